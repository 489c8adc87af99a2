package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.Parameters;
import dev.footprint.analysis.Sweep;
import dev.footprint.analysis.Uncertainty;
import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Cuts carried from earlier decomposed solves ({@link FootprintSolver#solve(Network, List, List)}): by the
 * facade and a live model, each answer the whole model's, up to the gap, verified, with its own cost
 * recomputed, the cuts carried where demand changed and counted in the status, none where the earlier
 * solve was whole; a decomposed sweep and Monte Carlo over demand (which carry cuts from point to point
 * and batch to batch, but report no status to count them by) at the whole model's costs.
 */
class CarriedCutsTest {
  private static final FootprintSolver WHOLE = FootprintSolver.create();
  /** The whole model to a gap far below the decomposition's, so that the two agree within its gap. */
  private static final FootprintSolver EXACT = FootprintSolver.create(SolveOptions.DEFAULT.withRelativeGap(1e-9));
  private static final SolveOptions BENDERS =
      SolveOptions.DEFAULT.withDecomposition(SolveOptions.Decomposition.BENDERS);
  private static final FootprintSolver DECOMPOSING = FootprintSolver.create(BENDERS);
  /** A generated S network that falls into 41 blocks once its statuses are fixed. */
  private static final Network BASE = NetworkGenerator.generate(NetworkGenerator.Size.S, 20260101L);

  private static int carried(Solution s) {
    String status = s.stats().backendStatus();
    int at = status.indexOf(" carried)");
    if (at < 0) {
      return 0;
    }
    int from = status.lastIndexOf('(', at);
    return Integer.parseInt(status.substring(from + 1, at));
  }

  private static void assertWholeOptimum(Network n, Solution s, String what) {
    Solution whole = EXACT.solve(n);
    assertEquals(SolveStatus.OPTIMAL, whole.status(), what);
    assertEquals(SolveStatus.OPTIMAL, s.status(), what + ": " + s.stats());
    double tol = 1e-6 * Math.max(1, Math.abs(whole.objective()));
    assertEquals(whole.objective(), s.objective(), tol, what);
    assertTrue(s.stats().bestBound() <= whole.objective() + tol, what + ": bound " + s.stats().bestBound());
    assertTrue(s.verification().orElseThrow().passed(), what);
    assertEquals(s.objective(), s.evaluation().total(), tol, what);
  }

  @Test
  void theFacadeCarriesCutsWhereDemandChanged() {
    Solution first = DECOMPOSING.solve(BASE);
    assertEquals(0, carried(first));
    for (double scale : new double[] {0.9, 1.05}) {
      Network n = Parameters.demandScale().at(BASE, scale);
      Solution s = DECOMPOSING.solve(n, List.of(), List.of(first));
      assertTrue(carried(s) >= 41, "a cut a block at least: " + s.stats().backendStatus());
      assertWholeOptimum(n, s, "demand x" + scale);
    }
    // A whole solve learns nothing to carry.
    Network n = Parameters.demandScale().at(BASE, 1.05);
    assertEquals(0, carried(DECOMPOSING.solve(n, List.of(), List.of(WHOLE.solve(BASE)))));
    assertThrows(NullPointerException.class, () -> DECOMPOSING.solve(n, List.of(), Arrays.asList((Solution) null)));
  }

  @Test
  void aLiveModelDecomposesAndCarriesFromOnePointToTheNext() {
    try (LiveModel live = DECOMPOSING.open(BASE)) {
      Solution first = live.solve();
      assertTrue(first.stats().backendStatus().startsWith("Benders"), first.stats().backendStatus());
      assertEquals(0, carried(first));
      Network n = Parameters.demandScale().at(BASE, 1.05);
      live.update(n);
      Solution next = live.solve();
      assertTrue(carried(next) >= 41, next.stats().backendStatus());
      assertWholeOptimum(n, next, "live, demand x1.05");
    }
  }

  @Test
  void aDecomposedSweepHasTheWholeSweepsCosts() {
    double[] values = {0.9, 0.95, 1.0, 1.05};
    Sweep whole = Sweep.run(EXACT, BASE, Parameters.demandScale(), values, false, 1);
    Sweep decomposed = Sweep.run(DECOMPOSING, BASE, Parameters.demandScale(), values, false, 2);
    for (int i = 0; i < values.length; i++) {
      double w = whole.points().get(i).summary().objective();
      assertEquals(w, decomposed.points().get(i).summary().objective(), 1e-6 * Math.abs(w), "point " + i);
    }
  }

  @Test
  void monteCarloOverDemandKeepsItsOptimaOnAnyThreadCount() {
    List<Uncertainty> demand = List.of(Uncertainty.of(Parameters.demandScale(), new NormalDistribution(1, 0.04)));
    int n = 2 * 8 + 1;
    MonteCarlo one = MonteCarlo.run(DECOMPOSING, BASE, demand, n, 3, 1, null, null);
    MonteCarlo three = MonteCarlo.run(DECOMPOSING, BASE, demand, n, 3, 3, null, null);
    MonteCarlo whole = MonteCarlo.run(EXACT, BASE, demand, n, 3, 2, null, null);
    assertEquals(n, one.completed());
    assertFalse(Double.isNaN(whole.costs()[0]));
    // The same costs on any thread count: batches of a fixed size carry the same cuts.
    assertEquals(Arrays.toString(one.costs()), Arrays.toString(three.costs()));
    for (int i = 0; i < n; i++) {
      assertEquals(whole.costs()[i], one.costs()[i], 1e-6 * Math.abs(whole.costs()[i]), "sample " + i);
    }
  }
}
