package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.result.Allocation;
import dev.footprint.result.VerificationReport;
import dev.footprint.result.Verifier;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Robust footprints on a hand-built hedge case. One product "widget" (1 labor hour, material 10),
 * one market in the US demanding 100, one period. Candidate sites, each of capacity 200 and capex
 * 1200: MX-new (wage 5), VN-new (wage 5), CA-new (wage 15); freight to the US 5 from each. A unit
 * costs 10 + 5 + 5 = 20 from MX or VN, 10 + 15 + 5 = 30 from CA. A tariff "us-on-mx" or "us-on-vn"
 * at rate 2 on the customs value 15 adds 30: 50 per unit from the country hit.
 *
 * <p>Regimes: "mx-hit" (p 0.4), "vn-hit" (p 0.4), "calm" (p 0.2). Footprints (capex + production):
 *
 * <ul>
 *   <li>VN only: 1200 + 2000 = 3200 under mx-hit and calm, 1200 + 5000 = 6200 under vn-hit:
 *       expected 0.4*3200 + 0.4*6200 + 0.2*3200 = 4400; MX only likewise 4400;
 *   <li>CA only: 1200 + 3000 = 4200 everywhere: 4200;
 *   <li>MX and VN: 2400 + 2000 = 4400 everywhere; CA with MX or VN: 0.4*4400 + 0.4*5400 + 0.2*4400 =
 *       4800; all three 5600.
 * </ul>
 *
 * The robust footprint is CA only, expected cost 4200, while each regime alone opens MX or VN (3200):
 * every single-regime footprint has expected cost 4400, so VSS = 200; wait-and-see is 3200, so EVPI
 * = 1000.
 */
class RobustFootprintTest {
  private static final FootprintSolver SOLVER = FootprintSolver.create();
  private static final double TOL = 1e-6;

  static Network hedge(double mxRate, double vnRate, boolean withVn) {
    Network.Builder b = Network.builder()
        .country(Country.of("US", 40), Country.of("MX", 5), Country.of("CA", 15))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.candidate("MX-new", "MX", 200, 1200), Site.candidate("CA-new", "CA", 200, 1200))
        .market(Market.of("US-M", "US").withDemand("widget", 100))
        .freight(FreightRate.lane("MX", "US", 5), FreightRate.lane("CA", "US", 5))
        .tariff(TariffMeasure.adValorem("us-on-mx", "US", mxRate).from("MX"));
    if (withVn) {
      b.country(Country.of("VN", 5)).site(Site.candidate("VN-new", "VN", 200, 1200))
          .freight(FreightRate.lane("VN", "US", 5))
          .tariff(TariffMeasure.adValorem("us-on-vn", "US", vnRate).from("VN"));
    }
    return b.build();
  }

  private static List<RobustFootprint.Regime> threeRegimes() {
    return List.of(
        new RobustFootprint.Regime("mx-hit", hedge(2, 0, true), 0.4),
        new RobustFootprint.Regime("vn-hit", hedge(0, 2, true), 0.4),
        new RobustFootprint.Regime("calm", hedge(0, 0, true), 0.2));
  }

  /** The hand values of the hedge case with the solves on three threads: the answer does not move. */
  @Test
  void threadsGiveTheSameAnswer() {
    RobustFootprint r = RobustFootprint.solve(SOLVER, threeRegimes(), 0, 1, 3);
    assertEquals(SolveStatus.OPTIMAL, r.status());
    assertEquals(4200, r.expectedCost(), TOL);
    assertEquals(List.of("mx-hit", "vn-hit", "calm"), r.regimes());
    assertEquals(Map.of("MX-new", List.of(false), "VN-new", List.of(false), "CA-new", List.of(true)), r.footprint());
    for (var e : r.singleRegimeExpectedCost().entrySet()) {
      assertEquals(4400, e.getValue(), TOL, e.getKey());
    }
    assertEquals(List.of("mx-hit", "vn-hit", "calm"), List.copyOf(r.singleRegimeExpectedCost().keySet()));
    assertEquals(3200, r.waitAndSee(), TOL);
    assertThrows(IllegalArgumentException.class, () -> RobustFootprint.solve(SOLVER, threeRegimes(), 0, 1, 0));
  }

  @Test
  void hedgeSiteBeatsEverySingleRegimeFootprint() {
    List<RobustFootprint.Regime> regimes = threeRegimes();
    RobustFootprint r = RobustFootprint.solve(SOLVER, regimes, 0, 1);
    assertEquals(SolveStatus.OPTIMAL, r.status());
    assertEquals(List.of("mx-hit", "vn-hit", "calm"), r.regimes());
    assertEquals(4200, r.expectedCost(), TOL);
    assertEquals(4200, r.cvar(), TOL);
    for (String k : r.regimes()) {
      assertEquals(4200, r.costs().get(k), TOL, k);
      assertEquals(List.of("CA-new"), r.allocations().get(k).sitesOpened(), k);
      assertEquals(100, r.allocations().get(k).production("widget", "CA-new", 0), TOL, k);
    }
    assertEquals(Map.of("MX-new", List.of(false), "VN-new", List.of(false), "CA-new", List.of(true)), r.footprint());

    // every single-regime footprint: hand value 4400, at or above the robust expected cost
    assertEquals(3, r.singleRegimeExpectedCost().size());
    for (var e : r.singleRegimeExpectedCost().entrySet()) {
      assertEquals(4400, e.getValue(), TOL, e.getKey());
      assertTrue(r.expectedCost() <= e.getValue() + TestNetworks.rel(e.getValue(), 1e-6), e.getKey());
    }
    assertEquals(200, r.valueOfStochasticSolution(), TOL);
    assertTrue(r.valueOfStochasticSolution() >= -TOL);
    assertEquals(3200, r.waitAndSee(), TOL);
    assertEquals(1000, r.expectedValueOfPerfectInformation(), TOL);
    assertTrue(r.expectedValueOfPerfectInformation() >= -TOL);

    // the robust footprint differs from each regime's own optimum (MX or VN, never CA)
    for (RobustFootprint.Regime g : regimes) {
      Solution alone = SOLVER.solve(g.network());
      assertEquals(3200, alone.objective(), TOL, g.name());
      assertEquals(1, alone.allocation().sitesOpened().size(), g.name());
      assertFalse(alone.allocation().sitesOpened().contains("CA-new"), g.name());
    }
    assertTrue(r.report().contains("VSS"));
  }

  /**
   * The report of the hedge case above in USD millions, under long regime names that share their
   * first 17 characters: expected cost and CVaR 4,200; per regime its probability (40.0%, 40.0%,
   * 20.0%), its cost under the robust footprint (4,200) and the expected cost of the footprint best
   * for it alone (4,400); VSS 200, wait-and-see 3,200, EVPI 1,000, all labelled.
   */
  @Test
  void reportIsRoundedLabelledAndNamesRegimesInFull() {
    String[] names = {"tariffs-from-2026-mexico-hit", "tariffs-from-2026-vietnam-hit", "tariffs-from-2026-calm"};
    List<RobustFootprint.Regime> regimes = new java.util.ArrayList<>();
    List<RobustFootprint.Regime> plain = threeRegimes();
    for (int k = 0; k < 3; k++) {
      regimes.add(new RobustFootprint.Regime(names[k],
          plain.get(k).network().toBuilder().money(dev.footprint.model.Money.of("USD", 1e6)).build(),
          plain.get(k).probability()));
    }
    String report = RobustFootprint.solve(SOLVER, regimes, 0, 1).report();
    List<String> lines = report.lines().toList();
    assertEquals("robust footprint: OPTIMAL; expected cost 4,200 USD millions, CVaR 4,200 USD millions", lines.get(0));
    assertEquals(List.of("regime", "probability", "cost under it (USD millions)",
        "expected cost of the footprint best for it alone (USD millions)"), List.of(lines.get(1).strip().split(" {2,}")));
    String[] probabilities = {"40.0%", "40.0%", "20.0%"};
    for (int k = 0; k < 3; k++) {
      assertEquals(List.of(names[k], probabilities[k], "4,200", "4,400"), List.of(lines.get(2 + k).strip().split(" {2,}")),
          report);
    }
    assertEquals("  VSS 200 USD millions; wait-and-see 3,200 USD millions; EVPI 1,000 USD millions", lines.get(5));
  }

  /**
   * Each regime's allocation satisfies every constraint of its own network (checked independently
   * by the verifier), its cost is its evaluation, and all regimes share the same site statuses.
   */
  @Test
  void regimeAllocationsVerifyAndShareTheFootprint() {
    List<RobustFootprint.Regime> regimes = threeRegimes();
    RobustFootprint r = RobustFootprint.solve(SOLVER, regimes, 0.3, 0.5);
    assertEquals(regimes.size(), r.allocations().size());
    double expected = 0;
    for (int k = 0; k < regimes.size(); k++) {
      RobustFootprint.Regime g = regimes.get(k);
      Allocation a = r.allocations().get(g.name());
      assertTrue(a.network() == g.network() || a.network().equals(g.network()), g.name());
      VerificationReport report = Verifier.create().verify(a);
      assertTrue(report.passed(), g.name() + ": " + report);
      assertEquals(report.recomputedObjective(), r.costs().get(g.name()), TOL, g.name());
      for (Site s : g.network().sites()) {
        assertEquals(r.footprint().get(s.id()).get(0), a.isActive(s.id(), 0), g.name() + " " + s.id());
      }
      expected += g.probability() * r.costs().get(g.name());
    }
    assertEquals(expected, r.expectedCost(), TOL);
    // CA only has 4200 in every regime, so its CVaR is 4200 too, and the objective
    // 0.7 E + 0.3 CVaR is smallest there: no other footprint has E or CVaR below 4200 together
    assertEquals(4200, r.expectedCost(), TOL);
    assertEquals(4200, r.cvar(), TOL);
  }

  /**
   * Two regimes without VN: "calm" (p 0.8) and "mx-hit" (p 0.2). MX only costs 3200 / 6200: E =
   * 3800, CVaR at alpha 0.2 (the worst 20%, the hit regime) = 6200. CA only: 4200 / 4200. Both: 2400
   * + 2000 = 4400 / 2400 + 3000 = 5400: E 4600, CVaR 5400. With lambda the objective is (1 - lambda)
   * E + lambda CVaR: MX 3800 + 2400 lambda, CA 4200, both 4600 + 800 lambda; MX wins below lambda =
   * 1/6, CA above. So lambda = 0 and 0.1 keep MX (E 3800, CVaR 6200), lambda = 0.25, 0.5 and 1 take
   * CA (E 4200, CVaR 4200 <= 6200). At alpha = 0.5, MX's CVaR is (0.2*6200 + 0.3*3200)/0.5 = 4400
   * and at lambda 0.5 MX scores 4100 < 4200: MX again.
   */
  @Test
  void cvarWeightBuysTheHedge() {
    List<RobustFootprint.Regime> regimes = List.of(
        new RobustFootprint.Regime("calm", hedge(0, 0, false), 0.8),
        new RobustFootprint.Regime("mx-hit", hedge(2, 0, false), 0.2));
    RobustFootprint neutral = RobustFootprint.solve(SOLVER, regimes, 0, 0.2);
    assertEquals(List.of("MX-new"), neutral.allocations().get("calm").sitesOpened());
    assertEquals(3800, neutral.expectedCost(), TOL);
    assertEquals(6200, neutral.cvar(), TOL);
    assertEquals(3200, neutral.costs().get("calm"), TOL);
    assertEquals(6200, neutral.costs().get("mx-hit"), TOL);

    RobustFootprint small = RobustFootprint.solve(SOLVER, regimes, 0.1, 0.2);
    assertEquals(List.of("MX-new"), small.allocations().get("calm").sitesOpened());
    assertEquals(6200, small.cvar(), TOL);

    for (double lambda : new double[] {0.25, 0.5, 1}) {
      RobustFootprint averse = RobustFootprint.solve(SOLVER, regimes, lambda, 0.2);
      assertEquals(List.of("CA-new"), averse.allocations().get("mx-hit").sitesOpened(), "lambda " + lambda);
      assertEquals(4200, averse.cvar(), TOL, "lambda " + lambda);
      assertEquals(4200, averse.expectedCost(), TOL, "lambda " + lambda);
      assertTrue(averse.cvar() <= neutral.cvar() + TOL);
      // the risk-averse footprint pays in expectation: never below the risk-neutral optimum
      assertTrue(averse.expectedCost() >= neutral.expectedCost() - TOL);
    }

    RobustFootprint wideTail = RobustFootprint.solve(SOLVER, regimes, 0.5, 0.5);
    assertEquals(List.of("MX-new"), wideTail.allocations().get("calm").sitesOpened());
    assertEquals(4400, wideTail.cvar(), TOL);
    assertEquals(3800, wideTail.expectedCost(), TOL);
  }

  /**
   * Independent brute force: every subset of the candidate sites as a fixed footprint, each regime
   * solved with it, scored by (1 - lambda) E + lambda CVaR_alpha (CVaR written out below). The
   * stochastic model's score must equal the best of them.
   */
  private static double bruteForce(List<RobustFootprint.Regime> regimes, double lambda, double alpha) {
    List<String> sites = regimes.get(0).network().sites().stream().map(Site::id).toList();
    double best = Double.POSITIVE_INFINITY;
    for (int mask = 0; mask < 1 << sites.size(); mask++) {
      Map<String, List<Boolean>> fixed = new java.util.HashMap<>();
      for (int i = 0; i < sites.size(); i++) {
        fixed.put(sites.get(i), List.of((mask >> i & 1) == 1));
      }
      double[] costs = new double[regimes.size()];
      double[] p = new double[regimes.size()];
      double e = 0;
      for (int k = 0; k < regimes.size(); k++) {
        Solution s = SOLVER.solve(regimes.get(k).network(), SOLVER.options().withFixedSiteStatus(fixed));
        costs[k] = s.hasAllocation() ? s.objective() : Double.POSITIVE_INFINITY;
        p[k] = regimes.get(k).probability();
        e += p[k] == 0 ? 0 : p[k] * costs[k];
      }
      if (Double.isFinite(e)) { // a footprint infeasible in some regime (no site at all) never wins
        best = Math.min(best, (1 - lambda) * e + lambda * tailMean(costs, p, alpha));
      }
    }
    return best;
  }

  /** The mean of the worst alpha of probability mass, outcomes of probability 0 carrying none. */
  private static double tailMean(double[] costs, double[] p, double alpha) {
    Integer[] order = new Integer[costs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(costs[b], costs[a]));
    double left = alpha;
    double sum = 0;
    for (int i : order) {
      double take = Math.min(p[i], left);
      if (take > 0) {
        sum += take * costs[i];
        left -= take;
      }
    }
    return sum / alpha;
  }

  @Test
  void robustScoreEqualsTheBruteForceOverAllFootprints() {
    List<RobustFootprint.Regime> three = threeRegimes();
    for (double[] la : new double[][] {{0, 1}, {0.3, 0.5}, {1, 0.4}}) {
      RobustFootprint r = RobustFootprint.solve(SOLVER, three, la[0], la[1]);
      double score = (1 - la[0]) * r.expectedCost() + la[0] * r.cvar();
      assertEquals(bruteForce(three, la[0], la[1]), score, TOL, "lambda " + la[0] + ", alpha " + la[1]);
    }
    List<RobustFootprint.Regime> two = List.of(
        new RobustFootprint.Regime("calm", hedge(0, 0, false), 0.8),
        new RobustFootprint.Regime("mx-hit", hedge(2, 0, false), 0.2));
    for (double[] la : new double[][] {{0, 0.2}, {0.1, 0.2}, {0.5, 0.2}, {0.5, 0.5}, {0.9, 0.7}}) {
      RobustFootprint r = RobustFootprint.solve(SOLVER, two, la[0], la[1]);
      double score = (1 - la[0]) * r.expectedCost() + la[0] * r.cvar();
      assertEquals(bruteForce(two, la[0], la[1]), score, TOL, "lambda " + la[0] + ", alpha " + la[1]);
    }
  }

  /**
   * CVaR of costs 100, 200, 300 with probabilities 0.5, 0.3, 0.2, by hand: alpha 0.1 or 0.2 takes
   * only 300; alpha 0.4 takes 0.2 of 300 and 0.2 of 200: (60 + 40)/0.4 = 250; alpha 0.5: (60 +
   * 60)/0.5 = 240; alpha 0.9: (60 + 60 + 0.4*100)/0.9 = 177.78; alpha 1 is the mean 50 + 60 + 60 =
   * 170. The order of the outcomes does not matter.
   */
  @Test
  void cvarFormulaByHand() {
    double[] c = {100, 200, 300};
    double[] p = {0.5, 0.3, 0.2};
    assertEquals(300, RobustFootprint.cvar(c, p, 0.1), 1e-9);
    assertEquals(300, RobustFootprint.cvar(c, p, 0.2), 1e-9);
    assertEquals(250, RobustFootprint.cvar(c, p, 0.4), 1e-9);
    assertEquals(240, RobustFootprint.cvar(c, p, 0.5), 1e-9);
    assertEquals(160 / 0.9, RobustFootprint.cvar(c, p, 0.9), 1e-9);
    assertEquals(170, RobustFootprint.cvar(c, p, 1), 1e-9);
    assertEquals(250, RobustFootprint.cvar(new double[] {300, 100, 200}, new double[] {0.2, 0.5, 0.3}, 0.4), 1e-9);
    // equal costs: the CVaR is that cost at any alpha
    assertEquals(7, RobustFootprint.cvar(new double[] {7, 7}, new double[] {0.5, 0.5}, 0.3), 1e-12);
  }

  /**
   * An outcome of probability 0 carries no mass, so it cannot change the CVaR, however large its
   * cost: costs 1000, 100, 200 with probabilities 0, 0.5, 0.5 at alpha 0.5 give 200 (the worst half is
   * the outcome 200), and at alpha 1 the mean 150.
   */
  @Test
  void cvarIgnoresOutcomesOfProbabilityZero() {
    double[] c = {1000, 100, 200};
    double[] p = {0, 0.5, 0.5};
    assertEquals(200, RobustFootprint.cvar(c, p, 0.5), 1e-9);
    assertEquals(150, RobustFootprint.cvar(c, p, 1), 1e-9);
  }

  /**
   * The same through the solve: a third regime "embargo" of probability 0 (MX tariffed at rate 5,
   * +75 per unit) leaves the risk-neutral answer of {@link #cvarWeightBuysTheHedge} (MX only,
   * expected 3800, CVaR at 0.2 of 6200).
   */
  @Test
  void zeroProbabilityRegimeLeavesTheCvar() {
    List<RobustFootprint.Regime> regimes = List.of(
        new RobustFootprint.Regime("calm", hedge(0, 0, false), 0.8),
        new RobustFootprint.Regime("mx-hit", hedge(2, 0, false), 0.2),
        new RobustFootprint.Regime("embargo", hedge(5, 0, false), 0));
    RobustFootprint r = RobustFootprint.solve(SOLVER, regimes, 0, 0.2);
    assertEquals(List.of("MX-new"), r.allocations().get("calm").sitesOpened());
    assertEquals(3800, r.expectedCost(), TOL);
    assertEquals(6200, r.cvar(), TOL);
  }

  @Test
  void regimesMustShareSitesAndProbabilitiesMustAddUp() {
    assertThrows(IllegalArgumentException.class, () -> RobustFootprint.solve(SOLVER, List.of(
        new RobustFootprint.Regime("with-vn", hedge(0, 0, true), 0.5),
        new RobustFootprint.Regime("without-vn", hedge(0, 0, false), 0.5)), 0, 1));
    assertThrows(IllegalArgumentException.class, () -> RobustFootprint.solve(SOLVER, List.of(
        new RobustFootprint.Regime("a", hedge(0, 0, true), 0.5),
        new RobustFootprint.Regime("b", hedge(2, 0, true), 0.4)), 0, 1));
    assertThrows(IllegalArgumentException.class, () -> RobustFootprint.solve(SOLVER, threeRegimes(), 1.5, 0.5));
    assertThrows(IllegalArgumentException.class, () -> RobustFootprint.solve(SOLVER, threeRegimes(), 0.5, 0));
    assertThrows(IllegalArgumentException.class, () -> RobustFootprint.solve(SOLVER, List.of(), 0, 1));
    assertThrows(IllegalArgumentException.class, () -> new RobustFootprint.Regime("x", hedge(0, 0, true), -0.1));
  }
}
