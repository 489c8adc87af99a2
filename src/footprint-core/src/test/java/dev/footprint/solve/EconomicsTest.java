package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.CapexAccounting;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.SiteGrant;
import dev.footprint.result.CostKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Investment and labor economics beyond the first period (docs/model.md: capex accounting,
 * construction, site grants, fixed staffing), on small networks whose optimum is worked out by hand
 * in each test's Javadoc, solved with SCIP and with HiGHS. Every solution is verified, and the
 * solver's objective must equal the cost the evaluation recomputes with its own pricing.
 *
 * <p>Unless a test says otherwise: one product "widget" with no labor and no material; a candidate
 * site "fab" in the US, the only one, which must open for the US market's demand of 10 a period.
 */
class EconomicsTest {
  private static final double TOL = 1e-6;

  private static Solution solve(Network n, Backend backend) {
    return Solved.optimal(n, backend);
  }

  private static Network.Builder oneFab(Horizon horizon, Site fab, Series demand) {
    return Network.builder().horizon(horizon)
        .country(Country.of("US", 0))
        .product(Product.of("widget", "goods", 0, 0))
        .site(fab)
        .market(Market.of("US-M", "US").withDemand("widget", demand));
  }

  /**
   * Three periods at 10%, a fab of capex 1000 and asset life 5 that must open in period 0.
   *
   * <p>Annuity: the annuity-due factor over 5 periods is 1 + 1/1.1 + 1/1.1^2 + 1/1.1^3 + 1/1.1^4 =
   * 4.169865, so the charge is 1000 / 4.169865 = 239.8159 a period, paid in the 3 periods of the
   * horizon: 239.8159 * (1 + 1/1.1 + 1/1.21) = 239.8159 * 2.735537 = 656.0253. A credit of 25%
   * pays back a quarter of each charge: -164.0063, net 492.0190.
   *
   * <p>Residual: 1000 at opening, less the book value after 3 of 5 periods, 1000 * (1 - 3/5) = 400,
   * discounted from the end of the horizon, 400 / 1.1^3 = 300.5259: 699.4741.
   *
   * <p>Full (the default): 1000.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void annuityAndResidualValueMatchTheHandFormulas(Backend backend) {
    Horizon h = Horizon.of(3, 0.10);
    Site fab = Site.candidate("fab", "US", 100, 1000).withAssetLife(5);
    InvestmentCredit credit = new InvestmentCredit("48D", "US", ProductScope.ALL, 0.25);

    Solution annuity = solve(oneFab(h.withCapexAccounting(CapexAccounting.ANNUITY), fab, Series.constant(10))
        .investmentCredit(credit).build(), backend);
    assertEquals(656.0252903, annuity.evaluation().cost(CostKind.CAPEX), 1e-6);
    assertEquals(-164.0063226, annuity.evaluation().cost(CostKind.INVESTMENT_CREDITS), 1e-6);
    assertEquals(492.0189677, annuity.objective(), 1e-6);
    assertEquals(164.0063226, annuity.evaluation().subsidiesByProgram().get("48D"), 1e-6);

    Solution residual = solve(oneFab(h.withCapexAccounting(CapexAccounting.RESIDUAL), fab, Series.constant(10))
        .build(), backend);
    assertEquals(699.4740796, residual.objective(), 1e-6);
    assertEquals(699.4740796, residual.evaluation().cost(CostKind.CAPEX), 1e-6);

    Solution full = solve(oneFab(h, fab, Series.constant(10)).build(), backend);
    assertEquals(1000, full.objective(), TOL);
    // Without an asset life every accounting charges the capex in full.
    Solution noLife = solve(oneFab(h.withCapexAccounting(CapexAccounting.ANNUITY),
        Site.candidate("fab", "US", 100, 1000), Series.constant(10)).build(), backend);
    assertEquals(1000, noLife.objective(), TOL);
  }

  /**
   * Four periods at 10%; the fab (capex 1000) takes 2 construction periods, so it opens in period 2
   * at the earliest, its capex spent 500 in period 0 and 500 in period 1: 500 + 500/1.1 = 954.5455.
   * The market wants 5 units in period 1, when the fab cannot yet make them: they are lost at 1000
   * each, 5000/1.1 = 4545.4545. Total 5500.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void capexIsSpentOverTheConstructionPeriodsAndDiscountedThere(Backend backend) {
    Network n = Network.builder().horizon(Horizon.of(4, 0.10))
        .country(Country.of("US", 0))
        .product(Product.of("widget", "goods", 0, 0))
        .site(Site.candidate("fab", "US", 100, 1000).withBuildPeriods(2))
        .market(Market.of("US-M", "US").withDemand("widget", Series.of(0, 5, 10, 10))
            .withLostSalesPenalty("widget", 1000))
        .build();
    Solution s = solve(n, backend);
    assertEquals(5500, s.objective(), 1e-6);
    assertEquals(500 + 500 / 1.1, s.evaluation().cost(CostKind.CAPEX), 1e-6);
    assertEquals(5000 / 1.1, s.evaluation().cost(CostKind.LOST_SALES), 1e-6);
    assertFalse(s.allocation().isActive("fab", 1));
    assertTrue(s.allocation().isActive("fab", 2));
  }

  /**
   * Two periods at 10%, demand 100 a period. An existing MX plant ships at freight 10: 1000 +
   * 1000/1.1 = 1909.0909. The US fab (capex 2500, free of freight) opened in period 0 costs 2500, in
   * period 1 1000 + 2500/1.1 = 3272.73. A grant G paid to the fab in period 1 if it is open then
   * makes opening in period 0 cost 2500 - G/1.1, below 1909.0909 exactly when G > (2500 - 1909.0909)
   * * 1.1 = 650. At 649 MX ships (1909.0909); at 651 the fab opens (2500 - 651/1.1 = 1908.1818).
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void aGrantToANamedSiteFlipsTheChoiceAtItsBreakEven(Backend backend) {
    Network.Builder b = Network.builder().horizon(Horizon.of(2, 0.10))
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("widget", "goods", 0, 0))
        .site(Site.candidate("fab", "US", 1000, 2500), Site.existing("MX-1", "MX", 1000))
        .market(Market.of("US-M", "US").withDemand("widget", 100))
        .freight(FreightRate.lane("MX", "US", 10));
    Network base = b.build();

    Solution below = solve(base.toBuilder().siteGrant(new SiteGrant("chips", "fab", 1, 649)).build(), backend);
    assertEquals(1000 + 1000 / 1.1, below.objective(), 1e-6);
    assertFalse(below.allocation().isActive("fab", 1));
    assertEquals(0, below.evaluation().cost(CostKind.SITE_GRANTS), TOL);

    Solution above = solve(base.toBuilder().siteGrant(new SiteGrant("chips", "fab", 1, 651)).build(), backend);
    assertEquals(2500 - 651 / 1.1, above.objective(), 1e-6);
    assertTrue(above.allocation().isActive("fab", 0));
    assertEquals(-651 / 1.1, above.evaluation().cost(CostKind.SITE_GRANTS), 1e-6);
    assertEquals(651 / 1.1, above.evaluation().subsidiesByProgram().get("chips"), 1e-6);
  }

  /**
   * Three periods, no discounting; demand 10 in period 2 only. The fab (capex 1000, fixed cost 100 a
   * period) takes 1 construction period, so it may open in period 1 (construction starting in 0) or
   * 2 (starting in 1). Without a credit it opens in 2: 1000 + 100 = 1100. A credit of 50% for
   * construction starting in period 0 makes opening in 1 worth it: 500 + 200 = 700. The same credit
   * for construction starting in period 1 applies to opening in 2: 500 + 100 = 600. For a start in
   * period 2 (opening in 3, after the horizon) it never applies: 1100.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void anInvestmentCreditAppliesOnlyToConstructionStartingInItsWindow(Backend backend) {
    Site fab = Site.candidate("fab", "US", 100, 1000).withBuildPeriods(1).withFixedCost(100);
    Network base = oneFab(Horizon.of(3, 0), fab, Series.of(0, 0, 10)).build();
    InvestmentCredit credit = new InvestmentCredit("48D", "US", ProductScope.ALL, 0.5);

    Solution none = solve(base.toBuilder().build(), backend);
    assertEquals(1100, none.objective(), TOL);
    assertFalse(none.allocation().isActive("fab", 1));

    Solution early = solve(base.toBuilder().investmentCredit(credit.withStartWindow(0, 0)).build(), backend);
    assertEquals(700, early.objective(), TOL);
    assertTrue(early.allocation().isActive("fab", 1));
    assertEquals(-500, early.evaluation().cost(CostKind.INVESTMENT_CREDITS), TOL);

    Solution late = solve(base.toBuilder().investmentCredit(credit.withStartWindow(1, 1)).build(), backend);
    assertEquals(600, late.objective(), TOL);
    assertFalse(late.allocation().isActive("fab", 1));
    assertEquals(-500, late.evaluation().cost(CostKind.INVESTMENT_CREDITS), TOL);

    Solution never = solve(base.toBuilder().investmentCredit(credit.withStartWindow(2, 2)).build(), backend);
    assertEquals(1100, never.objective(), TOL);
    assertEquals(0, never.evaluation().cost(CostKind.INVESTMENT_CREDITS), TOL);
  }

  /**
   * One period. The MX market is served by an existing MX plant at no cost; an existing US plant
   * (closing cost 1000) cannot reach it and makes nothing. It has 1 fixed job of 100 hours at the US
   * wage w: idling costs a payroll of 100 w, closing costs 1000. At w = 9.9 it idles (990, and its
   * job counts); at w = 10.1 it closes (1000). Severance of 50 per job raises the closing cost to
   * 1050: at w = 10.4 it idles (1040), at w = 10.6 it closes (1050).
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void fixedStaffingMakesClosingCheaperThanIdlingAboveThePayroll(Backend backend) {
    Site us = Site.existing("US-1", "US", 100).withClosingCost(1000).withFixedJobs(1);
    for (double[] c : new double[][] {{9.9, 0, 990, 1}, {10.1, 0, 1000, 0}, {10.4, 50, 1040, 1}, {10.6, 50, 1050, 0}}) {
      Network n = Network.builder()
          .country(Country.of("US", c[0]).withHoursPerJob(100), Country.of("MX", 0))
          .product(Product.of("widget", "goods", 1, 0))
          .site(us.withSeverancePerJob(c[1]), Site.existing("MX-1", "MX", 100))
          .market(Market.of("MX-M", "MX").withDemand("widget", 10))
          .build();
      Solution s = solve(n, backend);
      String at = "wage " + c[0] + ", severance " + c[1];
      assertEquals(c[2], s.objective(), 1e-6, at);
      boolean idles = c[3] == 1;
      assertEquals(idles, s.allocation().isActive("US-1", 0), at);
      assertEquals(idles ? c[2] : 0, s.evaluation().cost(CostKind.FIXED_PAYROLL), 1e-6, at);
      assertEquals(idles ? 0 : c[2], s.evaluation().cost(CostKind.CLOSING), 1e-6, at);
      assertEquals(idles ? 1 : 0, s.evaluation().jobs("US", 0), 1e-9, at);
      assertEquals(idles ? List.of() : List.of("US-1"), s.allocation().sitesClosed(), at);
    }
  }
}
