package dev.footprint.spark;

import dev.footprint.analysis.RobustFootprint;
import dev.footprint.analysis.Summary;
import dev.footprint.io.Study;
import dev.footprint.result.Allocation;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The solves of a robust footprint ({@link RobustFootprint#solve}) in two Spark jobs. The first
 * solves the two-stage model (one item, {@link RobustFootprint#firstStage}, decomposed where
 * {@link RobustFootprint.Method#AUTO} decomposes) beside each regime alone (its optimal footprint and cost);
 * the second evaluates each single-regime footprint under every regime, and the robust footprint
 * under every regime. The driver then puts the figures together in the order the library does.
 */
final class RobustItems {
  private RobustItems() {}

  static final String TWO_STAGE = "two-stage";
  static final String ALONE = "alone";
  static final String SINGLE_FOOTPRINT = "single-footprint";
  static final String ROBUST_FOOTPRINT = "robust-footprint";

  static final StructType SCHEMA = Rows.schema(List.of(
      Rows.field("kind", Rows.STRING),
      Rows.field("footprint_of", Rows.STRING),
      Rows.field("regime", Rows.STRING),
      Rows.field("footprint", Rows.array(Rows.SITE_ACTIVE))), Rows.SUMMARY, Rows.ALLOCATION);

  private static List<Object> row(String kind, String footprintOf, String regime, Map<String, List<Boolean>> footprint,
      Summary summary, Allocation allocation) {
    List<Object> row = Rows.list(kind, footprintOf, regime, footprint == null ? null : Rows.footprint(footprint));
    row.addAll(Rows.summary(summary));
    row.addAll(Rows.allocation(allocation));
    return row;
  }

  /** Item 0: the two-stage model; item {@code k + 1}: regime {@code k} alone. */
  static final class First implements Items {
    private final RobustSpec spec;

    First(RobustSpec spec) {
      this.spec = spec;
    }

    @Override
    public long count() {
      return spec.regimes().size() + 1L;
    }

    @Override
    public StructType schema() {
      return SCHEMA;
    }

    @Override
    public Solver open(Study study, FootprintSolver solver) {
      List<RobustFootprint.Regime> regimes = spec.regimes(study);
      return index -> {
        if (index == 0) {
          // One thread: the regimes alone are solved by the other tasks of this job at the same time.
          RobustFootprint.FirstStage first = RobustFootprint.firstStage(solver, regimes, spec.cvarWeight(),
              spec.alpha(), 1, RobustFootprint.Method.AUTO);
          SolveStatus status = first.status();
          return row(TWO_STAGE, null, null, status.hasAllocation() ? first.footprint() : null, new Summary(status,
              Double.NaN, Map.of(), Map.of(), List.of(), List.of(), Map.of(), Map.of(),
              regimes.get(0).network().money()), null);
        }
        RobustFootprint.Regime r = regimes.get(Math.toIntExact(index - 1));
        Solution alone = solver.solve(r.network());
        return row(ALONE, r.name(), r.name(), alone.hasAllocation() ? alone.allocation().footprint() : null,
            Summary.of(alone), null);
      };
    }
  }

  /**
   * Items {@code k * K + j}: the footprint best for regime {@code k} alone, under regime {@code j};
   * items {@code K * K + j}: the robust footprint under regime {@code j} (when there is one).
   */
  static final class Second implements Items {
    private final RobustSpec spec;
    private final List<Map<String, List<Boolean>>> single;
    private final Map<String, List<Boolean>> robust;

    Second(RobustSpec spec, List<Map<String, List<Boolean>>> single, Map<String, List<Boolean>> robust) {
      this.spec = spec;
      this.single = List.copyOf(single);
      this.robust = robust;
    }

    @Override
    public long count() {
      int k = spec.regimes().size();
      return (long) k * k + (robust == null ? 0 : k);
    }

    @Override
    public StructType schema() {
      return SCHEMA;
    }

    @Override
    public Solver open(Study study, FootprintSolver solver) {
      List<RobustFootprint.Regime> regimes = spec.regimes(study);
      int count = regimes.size();
      SolveOptions options = solver.options();
      return index -> {
        int i = Math.toIntExact(index);
        if (i < count * count) {
          RobustFootprint.Regime of = regimes.get(i / count);
          RobustFootprint.Regime under = regimes.get(i % count);
          Map<String, List<Boolean>> footprint = single.get(i / count);
          Solution s = solver.solve(under.network(), options.withFixedSiteStatus(footprint));
          return row(SINGLE_FOOTPRINT, of.name(), under.name(), footprint, Summary.of(s), null);
        }
        RobustFootprint.Regime under = regimes.get(i - count * count);
        Solution s = solver.solve(under.network(), options.withFixedSiteStatus(robust));
        return row(ROBUST_FOOTPRINT, null, under.name(), robust, Summary.of(s), s.hasAllocation() ? s.allocation() : null);
      };
    }
  }

  /** What the first job found. */
  record Found(SolveStatus status, Map<String, List<Boolean>> robust, List<Map<String, List<Boolean>>> single,
      double waitAndSee) {}

  /**
   * @param spec the run
   * @param rows the first job's rows
   * @return the two-stage status and footprint, and each regime's own footprint and wait-and-see cost
   * @throws IllegalArgumentException if a regime alone has no allocation, as {@link RobustFootprint#solve} does
   */
  static Found first(RobustSpec spec, List<Row> rows) {
    List<String> names = spec.names();
    double[] p = spec.probabilities();
    Row twoStage = null;
    Row[] alone = new Row[names.size()];
    for (Row r : rows) {
      if (TWO_STAGE.equals(r.getAs("kind"))) {
        twoStage = r;
      } else {
        alone[names.indexOf(r.<String>getAs("regime"))] = r;
      }
    }
    List<Map<String, List<Boolean>>> single = new ArrayList<>();
    double waitAndSee = 0;
    for (int k = 0; k < names.size(); k++) {
      SolveStatus status = SolveStatus.valueOf(alone[k].getAs("status"));
      if (!status.hasAllocation()) {
        throw new IllegalArgumentException("regime '" + names.get(k) + "' alone ended " + status
            + "; every regime must be feasible on its own");
      }
      single.add(Rows.footprint(alone[k].<Row>getList(alone[k].fieldIndex("footprint"))));
      waitAndSee += p[k] * alone[k].<Double>getAs("objective");
    }
    SolveStatus status = SolveStatus.valueOf(twoStage.getAs("status"));
    Map<String, List<Boolean>> robust = status.hasAllocation()
        ? Rows.footprint(twoStage.<Row>getList(twoStage.fieldIndex("footprint"))) : null;
    return new Found(status, robust, single, waitAndSee);
  }

  /**
   * @param spec the run
   * @param found what the first job found
   * @param rows the second job's rows
   * @param study the study, on the driver
   * @return the robust footprint, as {@link RobustFootprint#solve} returns it
   */
  static RobustFootprint assemble(RobustSpec spec, Found found, List<Row> rows, Study study) {
    List<String> names = spec.names();
    int count = names.size();
    double[] p = spec.probabilities();
    Row[][] single = new Row[count][count];
    Row[] robust = new Row[count];
    for (Row r : rows) {
      int j = names.indexOf(r.<String>getAs("regime"));
      if (SINGLE_FOOTPRINT.equals(r.getAs("kind"))) {
        single[names.indexOf(r.<String>getAs("footprint_of"))][j] = r;
      } else {
        robust[j] = r;
      }
    }
    Map<String, Double> singleExpected = new LinkedHashMap<>();
    for (int k = 0; k < count; k++) {
      double expected = 0;
      for (int j = 0; j < count; j++) {
        boolean allocated = SolveStatus.valueOf(single[k][j].getAs("status")).hasAllocation();
        expected += allocated ? p[j] * single[k][j].<Double>getAs("objective") : Double.POSITIVE_INFINITY;
      }
      singleExpected.put(names.get(k), expected);
    }
    List<Double> probabilities = java.util.Arrays.stream(p).boxed().toList();
    if (!found.status().hasAllocation()) {
      return new RobustFootprint(found.status(), names, probabilities, Map.of(), Map.of(), Map.of(), Double.NaN,
          Double.NaN, singleExpected, found.waitAndSee());
    }
    Map<String, Allocation> allocations = new LinkedHashMap<>();
    Map<String, Double> costs = new LinkedHashMap<>();
    double expected = 0;
    for (int k = 0; k < count; k++) {
      SolveStatus status = SolveStatus.valueOf(robust[k].getAs("status"));
      if (!status.hasAllocation()) {
        throw new IllegalStateException("regime '" + names.get(k) + "' under the robust footprint ended " + status
            + ", though the stochastic model found it feasible");
      }
      allocations.put(names.get(k), Rows.allocation(robust[k], study.scenario(names.get(k))));
      double cost = robust[k].<Double>getAs("objective");
      costs.put(names.get(k), cost);
      expected += p[k] * cost;
    }
    return new RobustFootprint(found.status(), names, probabilities, found.robust(), allocations, costs, expected,
        RobustFootprint.cvar(costs.values().stream().mapToDouble(Double::doubleValue).toArray(), p, spec.alpha()),
        singleExpected, found.waitAndSee());
  }
}
