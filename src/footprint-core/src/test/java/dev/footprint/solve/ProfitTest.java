package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Objective;
import dev.footprint.model.Product;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.result.Allocation;
import dev.footprint.result.CostKind;
import dev.footprint.result.Evaluation;
import dev.footprint.result.LostSale;
import dev.footprint.result.Shipment;
import dev.footprint.result.Verifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Profit mode (docs/model.md, Profit mode): demand as an upper bound on sales, prices, minimum
 * service shares, on a network whose optimum is worked out by hand in each test's Javadoc, solved
 * with SCIP and with HiGHS. Every solution is verified, and the solver's objective must equal cost
 * less revenue as the evaluation recomputes it with its own pricing.
 *
 * <p>The network: one product "widget", material 50 and 1 labor hour a unit; two existing plants
 * with capacity 100 and no fixed or closing cost, "us" in the US (wage 10) and "mx" in Mexico (wage
 * 4); freight US->CA 5, MX->CA 8, MX->US 7; Canada charges 10% ad valorem on every import (customs
 * value = material + labor). Landed unit costs:
 * <ul>
 *   <li>US market: from us 50 + 10 = 60; from mx 50 + 4 + 7 = 61. Cheapest 60.
 *   <li>CA market: from us 60 + 5 + 10% of 60 = 71; from mx 54 + 8 + 10% of 54 = 67.4. Cheapest 67.4.
 * </ul>
 * The US market demands 10 a period at a price of 90; Canada demands 20 at the price each test sets.
 */
class ProfitTest {
  private static final double TOL = 1e-6;

  private static Network network(Horizon horizon, Market ca) {
    return Network.builder().horizon(horizon)
        .country(Country.of("US", 10), Country.of("MX", 4), Country.of("CA", 0))
        .product(Product.of("widget", "goods", 1, 50))
        .site(Site.existing("us", "US", 100), Site.existing("mx", "MX", 100))
        .market(Market.of("US-M", "US").withDemand("widget", 10).withPrice("widget", 90), ca)
        .freight(FreightRate.lane("US", "CA", 5), FreightRate.lane("MX", "CA", 8), FreightRate.lane("MX", "US", 7))
        .tariff(TariffMeasure.adValorem("ca-duty", "CA", 0.10))
        .build();
  }

  private static Horizon profit() {
    return Horizon.single().withObjective(Objective.MAX_PROFIT);
  }

  private static Market canada(double price) {
    return Market.of("CA-M", "CA").withDemand("widget", 20).withPrice("widget", price);
  }

  private static double shipped(Solution s, String market) {
    return s.allocation().shipments().stream().filter(x -> x.market().equals(market)).mapToDouble(Shipment::units)
        .sum();
  }

  private static double lost(Solution s, String market) {
    return s.allocation().lostSales().stream().filter(x -> x.market().equals(market)).mapToDouble(LostSale::units)
        .sum();
  }

  /**
   * Canada at 65, below the landed cost of every source (67.4 and 71): it is not served, its 20 units
   * are reported lost (at no penalty). The US market is served from us: revenue 10 * 90 = 900, cost
   * 10 * 60 = 600, profit 300; the objective is cost less revenue, -300.
   *
   * <p>Canada at 70, above mx's 67.4: served from mx, 20 * 2.6 = 52 more profit, 352; revenue 900 +
   * 20 * 70 = 2300, cost 600 + 20 * 67.4 = 1948.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void profitModeDropsAnUnprofitableMarket(Backend backend) {
    Solution dropped = Solved.optimal(network(profit(), canada(65)), backend);
    assertEquals(0, shipped(dropped, "CA-M"), TOL);
    assertEquals(20, lost(dropped, "CA-M"), TOL);
    assertEquals(10, dropped.allocation().production("widget", "us", 0), TOL);
    assertEquals(300, dropped.evaluation().profit(), TOL);
    assertEquals(-300, dropped.objective(), TOL);
    assertEquals(900, dropped.evaluation().revenue(), TOL);
    assertEquals(-900, dropped.evaluation().cost(CostKind.REVENUE), TOL);
    assertEquals(0, dropped.evaluation().cost(CostKind.LOST_SALES), TOL);

    Solution served = Solved.optimal(network(profit(), canada(70)), backend);
    assertEquals(20, served.allocation().production("widget", "mx", 0), TOL);
    assertEquals(0, lost(served, "CA-M"), TOL);
    assertEquals(352, served.evaluation().profit(), TOL);
    assertEquals(2300, served.evaluation().revenue(), TOL);
    assertEquals(1948, served.evaluation().total() + served.evaluation().revenue(), TOL);
    assertEquals(-2300, served.evaluation().byProduct().get("widget").get(CostKind.REVENUE), TOL);
    assertEquals(-1400, served.evaluation().byCountry().get("CA").get(CostKind.REVENUE), TOL);
  }

  /**
   * Canada at 65 with a minimum service share of 0.25: 5 of its 20 units must be served, from mx at
   * a loss of 67.4 - 65 = 2.4 each, 12 in all: profit 300 - 12 = 288, 15 units lost.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void minimumServiceShareServesExactlyTheShareOfAnUnprofitableMarket(Backend backend) {
    Solution s = Solved.optimal(network(profit(), canada(65).withMinServiceShare("widget", 0.25)), backend);
    assertEquals(5, s.allocation().production("widget", "mx", 0), TOL);
    assertEquals(5, shipped(s, "CA-M"), TOL);
    assertEquals(15, lost(s, "CA-M"), TOL);
    assertEquals(288, s.evaluation().profit(), TOL);
    assertEquals(900 + 5 * 65, s.evaluation().revenue(), TOL);
  }

  /**
   * Canada at 65 with a lost-sales penalty of 3 a unit: leaving it unserved costs 20 * 3 = 60
   * (profit 240), serving it from mx loses 20 * 2.4 = 48 (profit 252): it is served in full.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void aLostSalesPenaltyAddsToTheForgoneRevenue(Backend backend) {
    Solution s = Solved.optimal(network(profit(), canada(65).withLostSalesPenalty("widget", 3)), backend);
    assertEquals(20, shipped(s, "CA-M"), TOL);
    assertEquals(252, s.evaluation().profit(), TOL);
  }

  /**
   * Two periods at 10%; the US market's price is [90, 55], Canada's 70. In period 1 the US price is
   * below both sources (60 and 61), so the US market is dropped then. Profit: period 0, 300 + 52 =
   * 352; period 1, Canada alone, 52 / 1.1 = 47.272727; total 399.272727. Revenue 900 + 1400 + 1400 /
   * 1.1 = 3572.727273.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void pricesByPeriodAreDiscounted(Backend backend) {
    Network base = network(Horizon.of(2, 0.10).withObjective(Objective.MAX_PROFIT), canada(70));
    Network n = base.toBuilder().replaceMarket(base.markets().get(0).withPrice("widget", Series.of(90, 55))).build();
    Solution s = Solved.optimal(n, backend);
    assertEquals(10, s.allocation().production("widget", "us", 0), TOL);
    assertEquals(0, s.allocation().production("widget", "us", 1), TOL);
    assertEquals(0, s.allocation().production("widget", "mx", 1) - 20, TOL);
    assertEquals(399.2727273, s.evaluation().profit(), 1e-6);
    assertEquals(3572.7272727, s.evaluation().revenue(), 1e-6);
  }

  /**
   * The same network in cost mode: prices are not used, every demand is served in full at the least
   * cost, 600 + 1348 = 1948, and no revenue is counted.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void costModeIgnoresPrices(Backend backend) {
    Solution s = Solved.optimal(network(Horizon.single(), canada(65)), backend);
    assertEquals(20, shipped(s, "CA-M"), TOL);
    assertEquals(1948, s.objective(), TOL);
    assertEquals(0, s.evaluation().revenue(), TOL);
    assertTrue(s.evaluation().describe().startsWith("cost by kind, present value"), s.evaluation().describe());
  }

  /**
   * The verifier's own checks of profit mode: a plan that serves Canada below its minimum share is
   * flagged, as are lost sales of a priced product in cost mode; and it recomputes the objective
   * (cost less revenue) of a hand-made plan, us serving the US market, Canada dropped: -300.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP"})
  void theVerifierChecksServiceSharesAndPricesRevenueItself(Backend backend) {
    Network n = network(profit(), canada(65).withMinServiceShare("widget", 0.25));
    Allocation plan = new Allocation(n, java.util.List.of(new Shipment("widget", "us", "US-M", 0, 10)),
        java.util.Map.of("us", new double[] {1}, "mx", new double[] {1}),
        java.util.List.of(new LostSale("widget", "CA-M", 0, 20)), java.util.Map.of());
    var report = Verifier.create().verify(plan, -300);
    assertEquals(1, report.violations().size(), report.toString());
    assertTrue(report.violations().get(0).constraint().startsWith("minService[widget,CA-M,"), report.toString());
    assertEquals(5, report.violations().get(0).amount(), TOL);
    assertEquals(-300, Evaluation.of(plan).total(), TOL);
    assertTrue(Evaluation.of(plan).describe().contains("profit 300"), Evaluation.of(plan).describe());

    Network costMode = network(Horizon.single(), canada(65));
    var inCostMode = Verifier.create().verify(plan.rebind(costMode));
    assertTrue(inCostMode.violations().stream().anyMatch(v -> v.detail().contains("allows no lost sales")),
        inCostMode.toString());
  }
}
