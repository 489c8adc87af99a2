package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One network solved by Benders decomposition ({@link SolveOptions#withDecomposition}) against the
 * same network solved whole: the same optimum, a bound never above it, a verified allocation; the
 * whole model where decomposition is not exact or (AUTO) the network does not split; an infeasible
 * network still infeasible, with its diagnosis; a stopped run never a false optimum.
 */
class DecomposedSolveTest {
  private static final FootprintSolver SOLVER = FootprintSolver.create();
  private static final SolveOptions BENDERS =
      SolveOptions.DEFAULT.withDecomposition(SolveOptions.Decomposition.BENDERS);
  private static final SolveOptions AUTO = SolveOptions.DEFAULT.withDecomposition(SolveOptions.Decomposition.AUTO);

  private static boolean decomposed(Solution s) {
    return s.stats().backendStatus().startsWith("Benders");
  }

  private static void sameAsWhole(Network n, SolveOptions options, String what) {
    Solution whole = SOLVER.solve(n);
    assertEquals(SolveStatus.OPTIMAL, whole.status(), what);
    Solution d = SOLVER.solve(n, options);
    assertTrue(decomposed(d), what + ": " + d.stats());
    assertEquals(SolveStatus.OPTIMAL, d.status(), what + ": " + d.stats());
    double tol = 1e-6 * Math.max(1, Math.abs(whole.objective()));
    assertEquals(whole.objective(), d.objective(), tol, what);
    assertTrue(d.stats().bestBound() <= whole.objective() + tol, what + ": bound " + d.stats().bestBound());
    assertTrue(d.verification().orElseThrow().passed(), what);
    // The allocation's own cost, recomputed from its flows and statuses, is the objective reported.
    assertEquals(d.objective(), d.evaluation().total(), tol, what);
  }

  /** Generated S networks (10 sites, 3 candidates, 4 periods). */
  @Test
  void generatedNetworksHaveTheWholeModelsOptimum() {
    for (long seed : new long[] {1, 2, 3}) {
      Network n = NetworkGenerator.generate(NetworkGenerator.Size.S, seed);
      sameAsWhole(n, BENDERS, "S seed " + seed);
    }
  }

  /**
   * The benchmarks' S network falls into 41 blocks once its statuses are fixed, but has 39 free
   * statuses: AUTO solves it whole. Forty sites, 32 of them candidates, over 4 periods (128 free
   * statuses): one block with a budget-capped credit, solved whole; blocks apart without it, and AUTO
   * decomposes, to the whole model's optimum.
   */
  @Test
  void autoDecomposesANetworkThatSplitsAndIsLargeEnough() {
    Network small = NetworkGenerator.generate(NetworkGenerator.Size.S, 20260101L);
    assertFalse(decomposed(SOLVER.solve(small, AUTO)));
    assertTrue(SOLVER.solve(small, BENDERS).stats().backendStatus().contains("(41 blocks"));
    Network generated = NetworkGenerator.generate(new NetworkGenerator.Spec(6, 20, 40, 5, 10, 5, 4, 0.8), 7);
    // Its budget-capped credit joins every period into one block; without the cap's credit it splits.
    String capped = generated.productionCredits().stream().filter(c -> c.budget().isPresent()).findFirst()
        .orElseThrow().id();
    Network larger = generated.toBuilder().removeProductionCredit(capped).build();
    assertFalse(decomposed(SOLVER.solve(generated, AUTO)));
    sameAsWhole(larger, AUTO, "40 sites, 32 candidates");
  }

  /**
   * Footprints tried first change nothing but the time: with the optimum's own footprint, with every
   * site closed (no footprint can serve the demand: feasibility cuts only), and with a footprint that
   * names one site too few (skipped), the decomposed solve reaches the whole model's optimum; a whole
   * solve ignores them.
   */
  @Test
  void footprintsTriedFirstKeepTheOptimum() {
    Network n = NetworkGenerator.generate(NetworkGenerator.Size.S, 2);
    Solution whole = SOLVER.solve(n);
    double tol = 1e-6 * Math.abs(whole.objective());
    Map<String, List<Boolean>> optimum = whole.allocation().footprint();
    Map<String, List<Boolean>> closed = new LinkedHashMap<>();
    optimum.forEach((site, flags) -> closed.put(site, Collections.nCopies(flags.size(), false)));
    Map<String, List<Boolean>> short1 = new LinkedHashMap<>(optimum);
    short1.remove(short1.keySet().iterator().next());
    FootprintSolver decomposing = FootprintSolver.create(BENDERS);
    for (var tried : List.of(List.of(optimum), List.of(closed, short1),
        List.of(short1, optimum, closed))) {
      Solution d = decomposing.solve(n, tried);
      assertTrue(decomposed(d), d.stats().toString());
      assertEquals(SolveStatus.OPTIMAL, d.status(), d.stats().toString());
      assertEquals(whole.objective(), d.objective(), tol);
      assertEquals(d.objective(), d.evaluation().total(), tol);
    }
    Solution ignored = SOLVER.solve(n, List.of(closed));
    assertFalse(decomposed(ignored));
    assertEquals(whole.objective(), ignored.objective(), tol);
    assertThrows(NullPointerException.class,
        () -> SOLVER.solve(n, Arrays.asList(optimum, null)));
  }

  /** Cancelled at once, a decomposed solve returns what it has: never an error, never a false optimum. */
  @Test
  void aCancelledRunReturnsWhatItHas() throws Exception {
    Network n = NetworkGenerator.generate(NetworkGenerator.Size.S, 3);
    double optimum = SOLVER.solve(n).objective();
    SolveHandle h = SOLVER.start(n, BENDERS);
    h.cancel();
    Solution s = h.get();
    if (s.status() == SolveStatus.OPTIMAL) {
      assertEquals(optimum, s.objective(), 1e-6 * Math.abs(optimum));
    } else if (s.hasAllocation()) {
      assertTrue(s.verification().orElseThrow().passed());
      assertTrue(s.objective() >= optimum - 1e-6 * Math.abs(optimum));
    } else {
      assertEquals(SolveStatus.NO_SOLUTION, s.status());
    }
  }

  /** A single-period facility-location instance is one block: AUTO solves it whole, BENDERS decomposes. */
  @Test
  void oneBlockIsSolvedWholeUnlessAskedOtherwise() {
    Network n = FacilityLocation.network(8, 12, 5);
    assertFalse(decomposed(SOLVER.solve(n, AUTO)));
    sameAsWhole(n, BENDERS, "facility location 8 x 12");
  }

  /** The hand-derived optimum of HandDerivedOptimaTest.oneProductTwoSites (4500), decomposed. */
  @Test
  void handDerivedOptimumHolds() {
    Solution s = SOLVER.solve(HandDerivedOptimaTest.twoSites(0.10, 100), BENDERS);
    assertTrue(decomposed(s));
    assertEquals(SolveStatus.OPTIMAL, s.status());
    assertEquals(4500, s.objective(), 1e-6);
  }

  @Test
  void whereDecompositionIsNotExactTheWholeModelIsSolved() {
    Network n = NetworkGenerator.generate(NetworkGenerator.Size.S, 1);
    Solution relaxed = SOLVER.solve(n, BENDERS.withRelaxIntegrality(true));
    assertFalse(decomposed(relaxed));
    assertEquals(SolveStatus.OPTIMAL, relaxed.status());
    Solution glop = SOLVER.solve(n, BENDERS.withBackend(Backend.GLOP).withRelaxIntegrality(true));
    assertFalse(decomposed(glop));
  }

  /** Demand 120 against capacity 70 with no lost sales: infeasible, and diagnosed as the whole model is. */
  @Test
  void infeasibleNetworkIsInfeasibleWithADiagnosis() {
    Solution s = SOLVER.solve(HandDerivedOptimaTest.twoSites(0.10, 10), BENDERS);
    assertEquals(SolveStatus.INFEASIBLE, s.status());
    assertFalse(s.hasAllocation());
    assertTrue(s.diagnosis().isPresent());
  }

  /** Whatever a short limit leaves, a stopped run is never reported optimal at a worse cost. */
  @Test
  void aStoppedRunIsNeverAFalseOptimum() {
    Network n = NetworkGenerator.generate(NetworkGenerator.Size.S, 2);
    double optimum = SOLVER.solve(n).objective();
    double tol = 1e-6 * Math.abs(optimum);
    Solution s = SOLVER.solve(n, BENDERS.withTimeLimit(Duration.ofMillis(50)));
    if (s.hasAllocation()) {
      assertTrue(s.verification().orElseThrow().passed());
      assertTrue(s.objective() >= optimum - tol, "cost below the optimum: " + s.objective());
      assertTrue(s.stats().bestBound() <= optimum + tol, "bound above the optimum: " + s.stats().bestBound());
      if (s.status() == SolveStatus.OPTIMAL) {
        assertEquals(optimum, s.objective(), tol);
      }
    } else {
      assertEquals(SolveStatus.NO_SOLUTION, s.status());
    }
  }
}
