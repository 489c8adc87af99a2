package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import dev.footprint.solve.Backend;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import dev.footprint.solve.Solution;
import dev.footprint.solve.internal.BendersEngine;
import dev.footprint.solve.internal.StochasticEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The robust footprint by Benders decomposition against the extensive model it decomposes: the same
 * optimum on the hand-built hedge case (whose regimes are infeasible with no site open, so feasibility
 * cuts are needed) and on generated networks, a lower bound never above the extensive model's optimum,
 * and a footprint whose cost, each regime re-solved by the facade with it fixed, is the decomposition's
 * upper bound.
 */
class RobustDecompositionTest {
  private static final FootprintSolver SOLVER = FootprintSolver.create();
  private static final double[][] LAMBDA_ALPHA = {{0, 1}, {0.3, 0.5}, {1, 0.4}};

  private static List<RobustFootprint.Regime> hedgeRegimes() {
    return List.of(
        new RobustFootprint.Regime("mx-hit", RobustFootprintTest.hedge(2, 0, true), 0.4),
        new RobustFootprint.Regime("vn-hit", RobustFootprintTest.hedge(0, 2, true), 0.4),
        new RobustFootprint.Regime("calm", RobustFootprintTest.hedge(0, 0, true), 0.2));
  }

  /** Three demand levels on a generated S network (10 sites, 3 of them candidates, 4 periods). */
  private static List<RobustFootprint.Regime> generatedRegimes(long seed) {
    Network base = NetworkGenerator.generate(NetworkGenerator.Size.S, seed);
    Parameter demand = Parameters.demandScale();
    return List.of(
        new RobustFootprint.Regime("low", demand.apply().apply(base, 0.7), 0.25),
        new RobustFootprint.Regime("mid", base, 0.5),
        new RobustFootprint.Regime("high", demand.apply().apply(base, 1.4), 0.25));
  }

  private static double[] probabilities(List<RobustFootprint.Regime> regimes) {
    return regimes.stream().mapToDouble(RobustFootprint.Regime::probability).toArray();
  }

  private static List<Network> networks(List<RobustFootprint.Regime> regimes) {
    return regimes.stream().map(RobustFootprint.Regime::network).toList();
  }

  /** The footprint's weighted cost with each regime solved by the facade (verified) with it fixed. */
  private static double weightedCost(List<RobustFootprint.Regime> regimes, Map<String, List<Boolean>> footprint,
      double lambda, double alpha) {
    double[] costs = new double[regimes.size()];
    double[] p = probabilities(regimes);
    double e = 0;
    for (int k = 0; k < regimes.size(); k++) {
      Solution s = SOLVER.solve(regimes.get(k).network(), SOLVER.options().withFixedSiteStatus(footprint));
      assertTrue(s.hasAllocation(), "regime " + k + " under the decomposition's footprint: " + s.status());
      costs[k] = s.objective();
      e += p[k] * costs[k];
    }
    return (1 - lambda) * e + lambda * RobustFootprint.cvar(costs, p, alpha);
  }

  private static void sameOptimum(List<RobustFootprint.Regime> regimes, String what) {
    List<Network> nets = networks(regimes);
    double[] p = probabilities(regimes);
    for (double[] la : LAMBDA_ALPHA) {
      String where = what + ", lambda " + la[0] + ", alpha " + la[1];
      StochasticEngine.Run extensive = StochasticEngine.solve(nets, p, la[0], la[1], SOLVER.options());
      assertEquals(SolveStatus.OPTIMAL, extensive.raw().status(), where);
      double optimum = extensive.raw().objective();
      BendersEngine.Run d = BendersEngine.solve(nets, p, la[0], la[1], SOLVER.options(), 2);
      assertEquals(SolveStatus.OPTIMAL, d.status(), where);
      double tol = 1e-5 * Math.max(1, Math.abs(optimum));
      assertEquals(optimum, d.upperBound(), tol, where + ": upper bound");
      assertTrue(d.lowerBound() <= optimum + tol, where + ": lower bound " + d.lowerBound() + " above " + optimum);
      assertTrue(d.gap() <= 1e-6 + 1e-12, where + ": gap " + d.gap());
      assertEquals(d.upperBound(), weightedCost(regimes, d.footprint(), la[0], la[1]), tol, where + ": recomputed");
      assertTrue(d.cuts() >= regimes.size(), where + ": at least the relaxation cuts");
    }
  }

  @Test
  void hedgeCaseMatchesTheExtensiveModelWithFeasibilityCuts() {
    sameOptimum(hedgeRegimes(), "hedge");
    // By hand (RobustFootprintTest): CA only, expected cost 4200.
    BendersEngine.Run d = BendersEngine.solve(networks(hedgeRegimes()), probabilities(hedgeRegimes()), 0, 1,
        SOLVER.options(), 1);
    assertEquals(4200, d.upperBound(), 1e-6);
    assertEquals(Map.of("MX-new", List.of(false), "VN-new", List.of(false), "CA-new", List.of(true)), d.footprint());
    assertEquals(4200, d.costs()[2], 1e-6, "calm under CA only: capex 1200 + 100 units at 30");
  }

  /**
   * The hedge case with lost sales allowed at 45 a unit and at least 40% of demand served: the cover
   * rows then ask for 60 units of capacity, and leaving demand unserved competes with every site.
   */
  @Test
  void lostSalesAndServiceSharesMatchTheExtensiveModel() {
    List<RobustFootprint.Regime> regimes = hedgeRegimes().stream().map(r -> {
      Network n = r.network();
      dev.footprint.model.Market m = n.markets().get(0);
      return new RobustFootprint.Regime(r.name(), n.toBuilder()
          .replaceMarket(m.withLostSalesPenalty("widget", 45).withMinServiceShare("widget", 0.4)).build(),
          r.probability());
    }).toList();
    sameOptimum(regimes, "hedge with lost sales");
  }

  @Test
  void generatedNetworksMatchTheExtensiveModel() {
    for (long seed : new long[] {1, 2}) {
      sameOptimum(generatedRegimes(seed), "S seed " + seed);
    }
  }

  @Test
  void robustFootprintIsTheSameEitherWay() {
    for (double[] la : LAMBDA_ALPHA) {
      RobustFootprint a = RobustFootprint.solve(SOLVER, hedgeRegimes(), la[0], la[1], 2,
          RobustFootprint.Method.EXTENSIVE);
      RobustFootprint b = RobustFootprint.solve(SOLVER, hedgeRegimes(), la[0], la[1], 2,
          RobustFootprint.Method.DECOMPOSED);
      assertEquals(a.status(), b.status());
      assertEquals(a.expectedCost(), b.expectedCost(), 1e-6);
      assertEquals(a.cvar(), b.cvar(), 1e-6);
      assertEquals(a.footprint(), b.footprint());
      assertEquals(a.costs(), b.costs());
    }
  }

  /**
   * The first stage alone, as footprint-spark runs it: each method gives the footprint the whole
   * analysis gives (the hand optimum, CA only, at lambda 0), says how it was solved, and refuses
   * what {@code solve} refuses, before solving.
   */
  @Test
  void firstStageAloneIsTheAnalysisFirstStage() {
    Map<String, List<Boolean>> caOnly = Map.of("MX-new", List.of(false), "VN-new", List.of(false),
        "CA-new", List.of(true));
    for (double[] la : LAMBDA_ALPHA) {
      String where = "lambda " + la[0] + ", alpha " + la[1];
      RobustFootprint whole = RobustFootprint.solve(SOLVER, hedgeRegimes(), la[0], la[1], 1,
          RobustFootprint.Method.EXTENSIVE);
      RobustFootprint.FirstStage extensive = RobustFootprint.firstStage(SOLVER, hedgeRegimes(), la[0], la[1], 1,
          RobustFootprint.Method.EXTENSIVE);
      RobustFootprint.FirstStage decomposed = RobustFootprint.firstStage(SOLVER, hedgeRegimes(), la[0], la[1], 2,
          RobustFootprint.Method.DECOMPOSED);
      assertEquals(SolveStatus.OPTIMAL, extensive.status(), where);
      assertEquals(SolveStatus.OPTIMAL, decomposed.status(), where);
      assertFalse(extensive.decomposed(), where);
      assertTrue(decomposed.decomposed(), where);
      assertEquals(whole.footprint(), extensive.footprint(), where);
      assertEquals(whole.footprint(), decomposed.footprint(), where);
      if (la[0] == 0) {
        assertEquals(caOnly, extensive.footprint(), where + ": the hand optimum");
      }
    }
    // Three regimes, one block each: AUTO solves the extensive model, as solve does.
    assertFalse(RobustFootprint.firstStage(SOLVER, hedgeRegimes(), 0, 1, 1, RobustFootprint.Method.AUTO)
        .decomposed());
    // Regimes that no footprint serves: a status, no footprint.
    List<RobustFootprint.Regime> tooMuch = hedgeRegimes().stream().map(r -> new RobustFootprint.Regime(r.name(),
        r.network().toBuilder().replaceMarket(r.network().markets().get(0).withDemand("widget", 1000)).build(),
        r.probability())).toList();
    RobustFootprint.FirstStage none = RobustFootprint.firstStage(SOLVER, tooMuch, 0, 1, 1,
        RobustFootprint.Method.DECOMPOSED);
    assertEquals(SolveStatus.INFEASIBLE, none.status());
    assertTrue(none.footprint().isEmpty());
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> RobustFootprint.firstStage(
        FootprintSolver.create(SOLVER.options().withRelaxIntegrality(true)), hedgeRegimes(), 0, 1, 1,
        RobustFootprint.Method.DECOMPOSED));
    assertTrue(refused.getMessage().contains("method DECOMPOSED"), refused.getMessage());
    IllegalArgumentException sum = assertThrows(IllegalArgumentException.class, () -> RobustFootprint.firstStage(
        SOLVER, hedgeRegimes().subList(0, 2), 0, 1, 1, RobustFootprint.Method.AUTO));
    assertTrue(sum.getMessage().contains("add up to 0.8"), sum.getMessage());
  }

  /**
   * Demand 1,000 against three sites of 200: no footprint serves it. Both ways say INFEASIBLE; and a
   * limit that stops the decomposition's solves early never turns into a cut (the answer is then
   * NO_SOLUTION or FEASIBLE, or the hand optimum 4200, never INFEASIBLE or a wrong optimum).
   */
  @Test
  void infeasibleAndStoppedRunsSaySo() {
    List<Network> tooMuch = networks(hedgeRegimes()).stream().map(n -> n.toBuilder()
        .replaceMarket(n.markets().get(0).withDemand("widget", 1000)).build()).toList();
    double[] p = probabilities(hedgeRegimes());
    assertEquals(SolveStatus.INFEASIBLE, StochasticEngine.solve(tooMuch, p, 0, 1, SOLVER.options()).raw().status());
    assertEquals(SolveStatus.INFEASIBLE, BendersEngine.solve(tooMuch, p, 0, 1, SOLVER.options(), 2).status());
    for (long micros : new long[] {1, 200, 2_000, 20_000}) {
      BendersEngine.Run d = BendersEngine.solve(networks(hedgeRegimes()), p, 0, 1,
          SOLVER.options().withTimeLimit(java.time.Duration.ofNanos(micros * 1000)), 2);
      assertTrue(d.status() != SolveStatus.INFEASIBLE, micros + " µs: " + d.status());
      if (d.status() == SolveStatus.OPTIMAL) {
        assertEquals(4200, d.upperBound(), 1e-6, micros + " µs");
      }
      if (d.status().hasAllocation()) {
        assertEquals(d.upperBound(), weightedCost(hedgeRegimes(), d.footprint(), 0, 1), 1e-6, micros + " µs");
      }
    }
  }

  @Test
  void decompositionIsRefusedWhereItIsNotExact() {
    List<Network> nets = networks(hedgeRegimes());
    double[] p = probabilities(hedgeRegimes());
    SolveOptions relaxed = SOLVER.options().withRelaxIntegrality(true);
    assertFalse(BendersEngine.applies(nets, relaxed));
    assertFalse(BendersEngine.applies(nets, SOLVER.options().withBackend(Backend.CP_SAT)));
    assertTrue(BendersEngine.applies(nets, SOLVER.options()));
    assertThrows(IllegalArgumentException.class, () -> BendersEngine.solve(nets, p, 0, 1, relaxed, 1));
  }
}
