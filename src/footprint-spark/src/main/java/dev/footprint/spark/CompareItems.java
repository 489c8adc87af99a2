package dev.footprint.spark;

import dev.footprint.analysis.Comparison;
import dev.footprint.analysis.Summary;
import dev.footprint.io.Study;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/** The scenarios of a comparison: item {@code i} is the {@code i}-th scenario, solved. */
final class CompareItems implements Items {
  static final StructType SCHEMA = Rows.schema(List.of(
      Rows.field("position", Rows.INT),
      Rows.field("scenario", Rows.STRING)), Rows.SUMMARY, Rows.SOLVE, Rows.ALLOCATION);

  private final List<String> scenarios;
  private final String base;

  CompareItems(List<String> scenarios, String base) {
    this.scenarios = List.copyOf(scenarios);
    this.base = base;
  }

  @Override
  public long count() {
    return scenarios.size();
  }

  @Override
  public StructType schema() {
    return SCHEMA;
  }

  @Override
  public Solver open(Study study, FootprintSolver solver) {
    return index -> {
      int i = Math.toIntExact(index);
      Solution s = solver.solve(study.scenario(scenarios.get(i)));
      List<Object> row = Rows.list(i, scenarios.get(i));
      row.addAll(Rows.summary(Summary.of(s)));
      row.addAll(Rows.solve(s.stats(), s.verification().orElse(null), s.diagnosis().orElse(null)));
      row.addAll(Rows.allocation(s.hasAllocation() ? s.allocation() : null));
      return row;
    };
  }

  /**
   * @param rows every scenario's row, in any order
   * @param study the study, on the driver
   * @return the comparison, as {@link Comparison#run} returns it
   */
  Comparison assemble(List<Row> rows, Study study) {
    Solution[] solutions = new Solution[scenarios.size()];
    for (Row r : rows) {
      int i = r.getAs("position");
      var network = study.scenario(scenarios.get(i));
      SolveStatus status = SolveStatus.valueOf(r.getAs("status"));
      solutions[i] = Solutions.of(network, status, Rows.stats(r),
          status.hasAllocation() ? Rows.allocation(r, network) : null, Rows.verification(r), r.getAs("diagnosis"));
    }
    Map<String, Solution> out = new LinkedHashMap<>();
    for (int i = 0; i < solutions.length; i++) {
      if (solutions[i] == null) {
        throw new IllegalStateException("scenario '" + scenarios.get(i) + "' did not come back");
      }
      out.put(scenarios.get(i), solutions[i]);
    }
    return new Comparison(base, out);
  }
}
