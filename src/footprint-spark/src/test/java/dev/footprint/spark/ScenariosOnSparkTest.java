package dev.footprint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.analysis.Comparison;
import dev.footprint.analysis.Parameters;
import dev.footprint.analysis.RobustFootprint;
import dev.footprint.analysis.Sweep;
import dev.footprint.io.Study;
import dev.footprint.report.TextReport;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolverStats;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps, scenario comparisons and robust footprints on Spark against the single-machine analyses of
 * footprint-core, on the apparel-and-toys example.
 */
class ScenariosOnSparkTest {
  static SparkSession spark;
  static Study study;
  static FootprintSolver solver;

  @BeforeAll
  static void setUp() {
    spark = LocalSpark.session();
    study = LocalSpark.apparelToys();
    solver = FootprintSolver.create(study.options());
  }

  @Test
  void aSweepSolvesEveryPointAsTheSingleMachineSweepDoes(@TempDir Path dir) {
    double[] values = Sweep.grid(0, 0.4, 9);
    Sweep expected = Sweep.run(solver, study.base(), Parameters.tariffRate("cn-fentanyl"), values, false);
    SparkResult<Sweep> r = SparkAnalyses.of(spark, study, study.options())
        .sweep(SweepSpec.grid("base", "tariff:cn-fentanyl", 0, 0.4, 9), dir.resolve("sweep.parquet").toString());
    Sweep actual = r.result();
    assertEquals(expected.parameter(), actual.parameter());
    assertEquals(expected.solves(), actual.solves());
    assertEquals(expected.points(), actual.points()); // values and figures, bit for bit
    assertEquals(expected.table(), actual.table());
    long costs = expected.points().stream().mapToDouble(p -> p.summary().objective()).distinct().count();
    assertTrue(costs > 1, "the tariff moves the cost");
    assertEquals(9, spark.read().parquet(dir.resolve("sweep.parquet").toString()).count());
  }

  @Test
  void aComparisonGivesTheSingleMachineSolutions(@TempDir Path dir) {
    Comparison expected = Comparison.run(solver, study.scenarios(), Study.BASE, 2);
    SparkResult<Comparison> r = SparkAnalyses.of(spark, study, study.options()).withPartitions(3)
        .compare(Study.BASE, dir.resolve("compare.parquet").toString());
    Comparison actual = r.result();
    assertEquals(List.copyOf(expected.solutions().keySet()), List.copyOf(actual.solutions().keySet()));
    assertEquals(9, actual.solutions().size()); // the base and eight scenarios
    for (String name : expected.solutions().keySet()) {
      Solution e = expected.solution(name);
      Solution a = actual.solution(name);
      assertEquals(e.status(), a.status(), name);
      assertEquals(e.network(), a.network(), name);
      assertEquals(e.diagnosis(), a.diagnosis(), name);
      // The decisions must be identical; the objective SCIP reports may differ in its last bit between
      // two solves of the same model (seen: 6.7289633949337E8 and 6.728963394933699E8), so figures
      // that come from the backend are compared to 1e-12 relative.
      SolverStats es = e.stats();
      SolverStats as = a.stats();
      assertEquals(es.backendVersion(), as.backendVersion(), name);
      assertEquals(es.backendStatus(), as.backendStatus(), name);
      assertEquals(es.objective(), as.objective(), 1e-12 * Math.abs(es.objective()), name + " objective");
      assertEquals(es.bestBound(), as.bestBound(), 1e-12 * Math.abs(es.bestBound()), name + " bound");
      assertEquals(es.relativeGap(), as.relativeGap(), 1e-12, name + " gap");
      assertEquals(es.stop(), as.stop(), name + " stop");
      assertEquals(List.of(es.variables(), es.integerVariables(), es.constraints()),
          List.of(as.variables(), as.integerVariables(), as.constraints()), name + " size");
      assertEquals(es.nonzeros(), as.nonzeros(), name + " nonzeros");
      if (e.hasAllocation()) {
        assertEquals(e.objective(), a.objective(), 1e-12 * Math.abs(e.objective()), name);
        assertTrue(e.allocation().sameDecisions(a.allocation(), 0), name + ": the same decisions");
        assertEquals(e.evaluation().byKind(), a.evaluation().byKind(), name);
        assertEquals(e.evaluation().total(), a.evaluation().total(), name);
        assertEquals(e.verification(), a.verification(), name);
      }
    }
    assertEquals(TextReport.comparison(expected), TextReport.comparison(actual));
    List<Row> rows = spark.read().parquet(dir.resolve("compare.parquet").toString()).orderBy("position")
        .collectAsList();
    assertEquals(List.copyOf(expected.solutions().keySet()), rows.stream().map(x -> x.<String>getAs("scenario")).toList());
  }

  /** The stats without what depends on timing: times, and whether the backend was still freeing memory. */
  static SolverStats withoutTimes(SolverStats s) {
    return new SolverStats(s.backend(), s.backendVersion(), s.backendStatus(), s.objective(), s.bestBound(),
        s.relativeGap(), 0, 0, s.variables(), s.integerVariables(), s.constraints(), s.nonzeros(), s.relaxed(),
        s.stop(), false);
  }

  @Test
  void aRobustFootprintIsTheSingleMachineOne(@TempDir Path dir) {
    Map<String, Double> regimes = new LinkedHashMap<>();
    regimes.put("base", 0.6);
    regimes.put("2025-no-usmca", 0.4);
    RobustSpec spec = new RobustSpec(regimes, 0.2, 0.1);
    RobustFootprint expected = RobustFootprint.solve(solver, spec.regimes(study), 0.2, 0.1);
    SparkResult<RobustFootprint> r = SparkAnalyses.of(spark, study, study.options())
        .robust(spec, dir.resolve("robust.parquet").toString());
    RobustFootprint actual = r.result();
    assertEquals(expected.status(), actual.status());
    assertEquals(expected.regimes(), actual.regimes());
    assertEquals(expected.probabilities(), actual.probabilities());
    assertEquals(expected.footprint(), actual.footprint());
    assertEquals(expected.costs(), actual.costs());
    assertEquals(expected.expectedCost(), actual.expectedCost());
    assertEquals(expected.cvar(), actual.cvar());
    assertEquals(expected.singleRegimeExpectedCost(), actual.singleRegimeExpectedCost());
    assertEquals(expected.waitAndSee(), actual.waitAndSee());
    for (String name : expected.regimes()) {
      assertTrue(expected.allocations().get(name).sameDecisions(actual.allocations().get(name), 0), name);
    }
    assertEquals(expected.report(), actual.report());
    // 1 two-stage model + 2 regimes alone, then 2 x 2 single-regime footprints + 2 under the robust one
    Map<String, Long> kinds = new LinkedHashMap<>();
    spark.read().parquet(dir.resolve("robust.parquet").toString()).collectAsList()
        .forEach(row -> kinds.merge(row.getAs("kind"), 1L, Long::sum));
    assertEquals(Map.of("two-stage", 1L, "alone", 2L, "single-footprint", 4L, "robust-footprint", 2L), kinds);
  }
}
