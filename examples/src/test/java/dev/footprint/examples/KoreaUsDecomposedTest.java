package dev.footprint.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.analysis.Parameters;
import dev.footprint.model.Network;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The flagship decomposed where the decomposition once stalled: a Monte Carlo sample (the 2025 deal
 * with the pledge, Vietnam's currency factor 1.104, the US wage 4.004e-5 million USD an hour) whose
 * linear master Glop (OR-Tools 9.15) did not finish in 60 s, while HiGHS solves it in 135
 * iterations. The decomposed solve must reach the whole model's optimum, by decomposition.
 */
class KoreaUsDecomposedTest {
  @Test
  void sampleWhoseLinearMasterGlopDidNotFinish() {
    Network base = KoreaUsStudy.network(KoreaUsStudy.Regime.DEAL_2025, true);
    Network n = Parameters.wage("US").at(Parameters.fxFactor("VN").at(base, 1.104198928779978),
        4.003967016979796e-05);
    SolveOptions options = SolveOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(120));
    Solution whole = FootprintSolver.create(options).solve(n);
    Solution decomposed = FootprintSolver.create(options.withDecomposition(SolveOptions.Decomposition.BENDERS))
        .solve(n);
    assertEquals(SolveStatus.OPTIMAL, whole.status());
    assertEquals(SolveStatus.OPTIMAL, decomposed.status(), decomposed.stats().backendStatus());
    assertTrue(decomposed.stats().backendStatus().startsWith("Benders"), decomposed.stats().backendStatus());
    double tol = 1e-6 * Math.abs(whole.objective());
    assertEquals(whole.objective(), decomposed.objective(), tol);
    // The allocation's own cost, recomputed from its flows and statuses, is the objective reported.
    assertEquals(decomposed.objective(), decomposed.evaluation().total(), tol);
  }
}
