package dev.footprint.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The verifier on a solved allocation and on copies tampered with one change each. Each tampered copy
 * is verified against the solver's objective, so the report must name exactly the constraint the
 * change breaks and, when the change alters the cost (worked out by hand), the objective as well.
 *
 * <p>The network: two periods, discount rate 0.1 (weights 1 and 1/1.1). Countries A (wage 10) and B
 * (wage 20); widget (1 h, material 10) and gadget (1 h, material 5); freight B->A 2. Sites:
 * <ul>
 *   <li>A-old, existing in A, capacity 80: widget 20, gadget 15;
 *   <li>A-gadget, existing in A, capacity 100, may make gadget only: gadget 15;
 *   <li>B-new, committed in B from period 0, capacity 100, capex 500: widget 32, gadget 27 delivered;
 *   <li>B-old, existing in B, capacity 50: same costs as B-new.
 * </ul>
 * Market MA in A wants 80 widgets and 20 gadgets each period. The optimum: A-old makes the 80 widgets
 * (the cheapest source, 12 less than from B), A-gadget the 20 gadgets (as cheap as A-old, which is
 * full). Per period 80 * 20 + 20 * 15 = 1900; capex 500 in period 0. Objective 2400 + 1900/1.1.
 */
class VerifierTest {
  private static final double TOL = 1e-6;

  private static Solution solution;
  private static Allocation optimal;

  @BeforeAll
  static void solve() {
    Network n = Network.builder()
        .horizon(Horizon.of(2, 0.1))
        .country(Country.of("A", 10), Country.of("B", 20))
        .product(Product.of("widget", "goods", 1, 10), Product.of("gadget", "goods", 1, 5))
        .site(Site.existing("A-old", "A", 80), Site.existing("A-gadget", "A", 100).withProducts("gadget"),
            Site.committed("B-new", "B", 100, 500, 0), Site.existing("B-old", "B", 50))
        .market(Market.of("MA", "A").withDemand("widget", 80).withDemand("gadget", 20))
        .freight(FreightRate.lane("B", "A", 2))
        .build();
    solution = FootprintSolver.create().solve(n);
    assertEquals(SolveStatus.OPTIMAL, solution.status());
    optimal = solution.allocation();
  }

  private static VerificationReport verify(Allocation a) {
    return Verifier.create().verify(a, solution.objective());
  }

  /** Asserts the report names exactly these constraints, in the verifier's order, and returns them. */
  private static List<Violation> violations(VerificationReport report, String... constraints) {
    assertEquals(List.of(constraints), report.violations().stream().map(Violation::constraint).toList(),
        report.toString());
    return report.violations();
  }

  @Test
  void untamperedAllocationPasses() {
    assertEquals(2400 + 1900 / 1.1, solution.objective(), TOL);
    assertEquals(80, optimal.production("widget", "A-old", 0), TOL);
    assertEquals(20, optimal.production("gadget", "A-gadget", 1), TOL);
    VerificationReport report = verify(optimal);
    assertTrue(report.passed(), report.toString());
    double expected = solution.stats().objective();
    assertEquals(expected, report.recomputedObjective(), 1e-6 * Math.abs(expected));
    assertEquals(2400 + 1900 / 1.1, report.recomputedObjective(), TOL);
  }

  /**
   * 70 widgets instead of 80 in period 0: demand[widget,MA,t0] is short by 10, and the plan costs 10 *
   * 20 = 200 less than reported.
   */
  @Test
  void demandShortfall() {
    List<Violation> v = violations(verify(optimal.withShipment("widget", "A-old", "MA", 0, 70)),
        "demand[widget,MA,t0]", "objective");
    assertEquals(-10, v.get(0).amount(), TOL);
    assertEquals(200, v.get(1).amount(), TOL);
  }

  /**
   * A-old closed in period 1 (an existing site may close) while it still ships 80 widgets then:
   * capacity[A-old,t1] is exceeded by 80 - 80 * 0. A-old has no fixed or closing cost, so the cost is
   * unchanged.
   */
  @Test
  void capacityOfAClosedSite() {
    List<Violation> v = violations(verify(optimal.withSiteStatus("A-old", 1, 0)), "capacity[A-old,t1]");
    assertEquals(80, v.get(0).amount(), TOL);
  }

  /**
   * -5 gadgets from B-new, made up by 25 from A-gadget: demand (25 - 5 = 20) and capacity still hold;
   * the negative units are reported, by 5. The cost moves by -5 * 27 + 5 * 15 = -60 (a B gadget costs
   * 5 + 20 + 2 = 27), so the reported objective is 60 too high.
   */
  @Test
  void negativeUnits() {
    Allocation a = optimal.withShipment("gadget", "B-new", "MA", 0, -5)
        .withShipment("gadget", "A-gadget", "MA", 0, 25);
    List<Violation> v = violations(verify(a), "ship[gadget,B-new,MA,t0]", "objective");
    assertTrue(v.get(0).detail().contains("negative"), v.get(0).detail());
    assertEquals(5, v.get(0).amount(), TOL);
    assertEquals(60, v.get(1).amount(), TOL);
  }

  /**
   * 10 of the 80 widgets moved from A-old to A-gadget, which may make gadgets only: demand and
   * capacity (20 + 10 <= 100) hold, the product restriction does not. Both sites are in A, so the
   * cost is unchanged.
   */
  @Test
  void siteThatMayNotMakeTheProduct() {
    Allocation a = optimal.withShipment("widget", "A-old", "MA", 0, 70)
        .withShipment("widget", "A-gadget", "MA", 0, 10);
    List<Violation> v = violations(verify(a), "ship[widget,A-gadget,MA,t0]");
    assertTrue(v.get(0).detail().contains("may not make"), v.get(0).detail());
    assertEquals(10, v.get(0).amount(), TOL);
  }

  /**
   * B-new is committed from period 0 but set inactive there and active in period 1 (it makes nothing,
   * so no capacity breaks). Its capex is then paid in period 1: 500/1.1 instead of 500, so the
   * reported objective is 500 - 500/1.1 = 45.45 too high.
   */
  @Test
  void committedSiteNotOpen() {
    List<Violation> v = violations(verify(optimal.withSiteStatus("B-new", 0, 1)), "active[B-new,t0]", "objective");
    assertTrue(v.get(0).detail().contains("committed"), v.get(0).detail());
    assertEquals(1, v.get(0).amount(), TOL);
    assertEquals(500 - 500 / 1.1, v.get(1).amount(), TOL);
  }

  /**
   * B-old (idle) closed in period 0 and active again in period 1: an existing site may not reopen. A
   * reopened site has no capex, so the cost is unchanged and only the reopening is reported.
   */
  @Test
  void existingSiteReopening() {
    List<Violation> v = violations(verify(optimal.withSiteStatus("B-old", 0, 1)), "active[B-old,t1]");
    assertTrue(v.get(0).detail().contains("reopens"), v.get(0).detail());
    assertEquals(1, v.get(0).amount(), TOL);
  }

  /**
   * A reported objective 1% above the true one is flagged, the gap being 0.01 * objective; the
   * tolerance is 1e-5 times the sum of the cost magnitudes, far below 1%.
   */
  @Test
  void objectiveMismatch() {
    double objective = solution.objective();
    VerificationReport report = Verifier.create().verify(optimal, objective * 1.01);
    List<Violation> v = violations(report, "objective");
    assertEquals(0.01 * objective, v.get(0).amount(), TOL);
    assertEquals(objective, report.recomputedObjective(), TOL);
    assertEquals(objective * 1.01, report.reportedObjective(), TOL);
  }
}
