package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.result.Allocation;
import dev.footprint.result.LostSale;
import dev.footprint.result.VerificationReport;
import dev.footprint.result.Verifier;
import dev.footprint.result.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Single sourcing on a network where splitting is cheaper, against optima derived by hand, solved
 * with SCIP and with HiGHS.
 *
 * <p>The network: one product "widget" with no labor; three existing plants, each a country of its
 * own with free freight to the US: US-1 (material 10, capacity 60), MX-1 (material 15, capacity 100)
 * and VN-1 (material 14, capacity 100); a US market demanding 100.
 */
class SingleSourcingTest {
  private static final double TOL = 1e-6;

  private static Network.Builder base(Market market) {
    return Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0), Country.of("VN", 0))
        .product(Product.of("widget", "goods", 0, 10).withMaterialCost("MX", 15).withMaterialCost("VN", 14))
        .site(Site.existing("US-1", "US", 60), Site.existing("MX-1", "MX", 100), Site.existing("VN-1", "VN", 100))
        .market(market)
        .freight(FreightRate.lane("MX", "US", 0), FreightRate.lane("VN", "US", 0));
  }

  private static Market market() {
    return Market.of("US-M", "US").withDemand("widget", 100);
  }

  private static Solution solve(Network n, Backend backend) {
    return Solved.optimal(n, backend);
  }

  /**
   * Split: US-1 makes what it can, 60 at 10, and the cheapest other plant, VN-1 at 14, the other 40:
   * 600 + 560 = 1160.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void withoutSingleSourcingTheDemandIsSplit(Backend backend) {
    Solution s = solve(base(market()).build(), backend);
    assertEquals(1160, s.objective(), TOL);
    assertEquals(60, s.allocation().production("widget", "US-1", 0), TOL);
    assertEquals(40, s.allocation().production("widget", "VN-1", 0), TOL);
  }

  /**
   * Single-sourced, one plant must make all 100: US-1 cannot (capacity 60), so VN-1 at 14 beats
   * MX-1 at 15: 1400.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void singleSourcingServesTheMarketFromOneSite(Backend backend) {
    Solution s = solve(base(market().withSingleSource(true)).build(), backend);
    assertEquals(1400, s.objective(), TOL);
    assertEquals(100, s.allocation().production("widget", "VN-1", 0), TOL);
    assertEquals(0, s.allocation().production("widget", "US-1", 0), TOL);
    assertEquals(0, s.allocation().production("widget", "MX-1", 0), TOL);
  }

  /**
   * With a lost-sales penalty of 18, one site at most serves the market and the rest is lost:
   * US-1's 60 at 10 and 40 lost at 18 cost 600 + 720 = 1320, below VN-1's 1400. Without single
   * sourcing VN-1 (14 &lt; 18) fills the rest: 1160, nothing lost.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void withLostSalesOneSiteAtMostShipsAndTheRestIsLost(Backend backend) {
    Market lossy = market().withLostSalesPenalty("widget", 18);
    Solution split = solve(base(lossy).build(), backend);
    assertEquals(1160, split.objective(), TOL);
    assertTrue(split.allocation().lostSales().isEmpty(), split.allocation().lostSales().toString());

    Solution s = solve(base(lossy.withSingleSource(true)).build(), backend);
    assertEquals(1320, s.objective(), TOL);
    assertEquals(60, s.allocation().production("widget", "US-1", 0), TOL);
    assertEquals(0, s.allocation().production("widget", "VN-1", 0), TOL);
    assertEquals(40, s.allocation().lostSales().stream().mapToDouble(LostSale::units).sum(), TOL);
  }

  /**
   * The verifier checks single sourcing with its own code: the optimal single-sourced plan (VN-1
   * makes 100) with 10 units moved to US-1 is served by two sites, a violation of 10 (the smaller
   * share). The same plan in the network without single sourcing breaks nothing.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void verifierCatchesAMarketServedByTwoSites(Backend backend) {
    Network single = base(market().withSingleSource(true)).build();
    Allocation a = solve(single, backend).allocation()
        .withShipment("widget", "VN-1", "US-M", 0, 90)
        .withShipment("widget", "US-1", "US-M", 0, 10);
    VerificationReport report = Verifier.create().verify(a);
    assertFalse(report.passed(), report.toString());
    assertEquals(1, report.violations().size(), report.toString());
    Violation v = report.violations().get(0);
    assertEquals("singleSource[widget,US-M,t0]", v.constraint());
    assertEquals(10, v.amount(), TOL);
    assertTrue(v.detail().contains("US-1") && v.detail().contains("VN-1"), v.detail());

    Network split = base(market()).build();
    assertTrue(Verifier.create().verify(a.rebind(split)).passed());
    // An LP relaxation's sourcing choices are fractions: not checked.
    assertTrue(Verifier.create(Verifier.DEFAULT_TOLERANCE, false).verify(a).passed());
  }

  /**
   * With US-1 and VN-1 both at capacity 60 (MX-1 left out), no one site can serve 100: infeasible,
   * and the diagnosis says the market is single-sourced. Without single sourcing 60 + 40 fits.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void singleSourcingThatNoSiteCanMeetIsInfeasible(Backend backend) {
    Network.Builder b = Network.builder()
        .country(Country.of("US", 0), Country.of("VN", 0))
        .product(Product.of("widget", "goods", 0, 10))
        .site(Site.existing("US-1", "US", 60), Site.existing("VN-1", "VN", 60))
        .freight(FreightRate.lane("VN", "US", 0));
    FootprintSolver solver = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(backend));
    assertEquals(SolveStatus.OPTIMAL, solver.solve(b.market(market()).build()).status());
    Solution s = solver.solve(b.replaceMarket(market().withSingleSource(true)).build());
    assertEquals(SolveStatus.INFEASIBLE, s.status(), s.toString());
    String diagnosis = s.diagnosis().orElseThrow();
    assertTrue(diagnosis.contains("single-sourced") && diagnosis.contains("40 of 100 units"), diagnosis);
  }
}
