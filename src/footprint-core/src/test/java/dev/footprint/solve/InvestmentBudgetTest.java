package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.Site;
import dev.footprint.result.CostKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Investment-credit budgets and credits limited to named sites (docs/model.md, Investment-credit
 * budgets), on networks worked out by hand, solved with SCIP and HiGHS, verified, and recomputed by
 * the evaluation's own fill of the budget (Solved.optimal). The product has no labor or material.
 */
class InvestmentBudgetTest {
  private static final double TOL = 1e-6;

  /**
   * Two periods at 10%; committed US sites X (opens in period 0) and Y (opens in period 1), capex
   * 1000 each; a 50% credit with a budget of 600. The awards asked are 500 for each, 1000 in all, so
   * the budget binds: an award is worth 1 a unit for X (paid in period 0) and 1/1.1 for Y, so X gets
   * 500 and Y the 100 left. Credits 500 + 100/1.1 = 590.9091; capex 1000 + 1000/1.1 = 1909.0909;
   * objective 1318.1818. Uncapped the credit would be 500 + 500/1.1 = 954.5455. Limited to site Y,
   * the budget of 600 does not bind: 500/1.1 = 454.5455 for Y alone, objective 1454.5455.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void theBudgetBindsExactlyAndGoesWhereItIsWorthMost(Backend backend) {
    InvestmentCredit credit = new InvestmentCredit("48D", "US", ProductScope.ALL, 0.5).withBudget(600);
    Network.Builder b = Network.builder().horizon(Horizon.of(2, 0.10))
        .country(Country.of("US", 0))
        .product(Product.of("widget", "goods", 0, 0))
        .site(Site.committed("X", "US", 100, 1000, 0), Site.committed("Y", "US", 100, 1000, 1))
        .market(Market.of("US-M", "US").withDemand("widget", 10));
    Solution capped = Solved.optimal(b.investmentCredit(credit).build(), backend);
    assertEquals(-(500 + 100 / 1.1), capped.evaluation().cost(CostKind.INVESTMENT_CREDITS), 1e-6);
    assertEquals(1000 + 1000 / 1.1, capped.evaluation().cost(CostKind.CAPEX), 1e-6);
    assertEquals(1318.181818, capped.objective(), 1e-6);
    assertEquals(600, capped.evaluation().investmentCreditAwarded("48D"), 1e-6);
    assertEquals(590.909091, capped.evaluation().subsidiesByProgram().get("48D"), 1e-6);

    Network uncapped = capped.network().toBuilder()
        .replaceInvestmentCredit(new InvestmentCredit("48D", "US", ProductScope.ALL, 0.5)).build();
    assertEquals(1909.090909 - 954.545455, Solved.optimal(uncapped, backend).objective(), 1e-6);

    Network onlyY = capped.network().toBuilder().replaceInvestmentCredit(credit.withSites("Y")).build();
    Solution y = Solved.optimal(onlyY, backend);
    assertEquals(1909.090909 - 454.545455, y.objective(), 1e-6);
    assertEquals(500, y.evaluation().investmentCreditAwarded("48D"), 1e-6);
  }

  /**
   * One period; the US market's 10 units come from a candidate US fab (capex 1000, a 50% credit with
   * a budget) or a candidate Mexican fab (capex 800, no credit). The US fab costs 1000 − min(500,
   * budget): with a budget of 199 it costs 801 and Mexico wins at 800; with 201 it costs 799 and
   * wins.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void theBudgetMovesTheChoiceAtItsBreakEven(Backend backend) {
    Network.Builder b = Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("widget", "goods", 0, 0))
        .site(Site.candidate("US-fab", "US", 100, 1000), Site.candidate("MX-fab", "MX", 100, 800))
        .market(Market.of("US-M", "US").withDemand("widget", 10))
        .freight(FreightRate.lane("MX", "US", 0));
    InvestmentCredit credit = new InvestmentCredit("48D", "US", ProductScope.ALL, 0.5);
    Solution low = Solved.optimal(b.investmentCredit(credit.withBudget(199)).build(), backend);
    assertEquals(1, low.allocation().siteStatus("MX-fab", 0), TOL);
    assertEquals(800, low.objective(), 1e-6);
    Solution high = Solved.optimal(low.network().toBuilder().replaceInvestmentCredit(credit.withBudget(201)).build(),
        backend);
    assertEquals(1, high.allocation().siteStatus("US-fab", 0), TOL);
    assertEquals(799, high.objective(), 1e-6);
    assertEquals(201, high.evaluation().investmentCreditAwarded("48D"), 1e-9);
  }
}
