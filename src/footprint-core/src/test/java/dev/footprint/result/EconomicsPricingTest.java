package dev.footprint.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.CapexAccounting;
import dev.footprint.model.Country;
import dev.footprint.model.Horizon;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.SiteGrant;
import dev.footprint.solve.Backend;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The verifier's own pricing of the investment and labor economics (capex accounting,
 * construction, credit windows, site grants, fixed payroll, severance), against hand values, and the
 * verifier catching an objective that does not match them.
 */
class EconomicsPricingTest {
  private static final double TOL = 1e-9;

  /**
   * Three periods at 10%. "fab": capex 1000, asset life 5, one construction period, so it opens in
   * period 1 at the earliest; a 25% credit for construction starting in period 0; a grant of 100 in
   * period 2. "old": an existing US plant with 2 fixed jobs of 100 hours at 1 an hour (payroll 200 a
   * period), closing cost 50 and severance 10 a job. Demand 10 in periods 1 and 2.
   */
  private static Network network(CapexAccounting accounting) {
    return Network.builder().horizon(Horizon.of(3, 0.10).withCapexAccounting(accounting))
        .country(Country.of("US", 1).withHoursPerJob(100))
        .product(Product.of("widget", "goods", 0, 1))
        .site(Site.candidate("fab", "US", 100, 1000).withAssetLife(5).withBuildPeriods(1),
            Site.existing("old", "US", 100).withFixedJobs(2).withClosingCost(50).withSeverancePerJob(10))
        .market(Market.of("M", "US").withDemand("widget", Series.of(0, 10, 10)))
        .investmentCredit(new InvestmentCredit("48D", "US", ProductScope.ALL, 0.25).withStartWindow(0, 0))
        .siteGrant(new SiteGrant("chips", "fab", 2, 100))
        .build();
  }

  /**
   * Annuity, opening in period 1: 1000 spent in period 0 is worth 1100 at opening; the annuity-due
   * factor over 5 periods at 10% is 4.169865, so 263.7975 a period, charged in periods 1 and 2:
   * 263.7975 * (1/1.1 + 1/1.21) = 457.8303. Residual, 2 construction periods, opening in 2, life 4:
   * 500 + 500/1.1 = 954.5455 spent, less the book value 1000 * (1 - 1/4) = 750 discounted by 1.1^3:
   * 954.5455 - 563.4861 = 391.0594. Full: the spending alone, 1000 in period 0.
   */
  @Test
  void capexChargesInClosedFormMatchTheHandValues() {
    Network annuityNetwork = network(CapexAccounting.ANNUITY);
    Pricing annuity = new Pricing(annuityNetwork);
    assertEquals(457.8303385694, annuity.capexCharge(0, 1), 1e-9);
    Network residual = network(CapexAccounting.RESIDUAL).toBuilder()
        .replaceSite(Site.candidate("fab", "US", 100, 1000).withAssetLife(4).withBuildPeriods(2)).build();
    assertEquals(391.0593538693, new Pricing(residual).capexCharge(0, 2), 1e-9);
    assertEquals(1000, new Pricing(network(CapexAccounting.FULL)).capexCharge(0, 1), TOL);

    // The window: construction starting in 0 (opening in 1) is covered, starting in 1 is not.
    InvestmentCredit credit = annuityNetwork.investmentCredits().get(0);
    assertTrue(annuity.investmentCreditCovers(credit, 0, 1));
    assertFalse(annuity.investmentCreditCovers(credit, 0, 2));
    // Payroll 2 jobs * 100 hours * 1; closing 50 + 2 * 10.
    assertEquals(200, annuity.fixedPayroll(1, 0), TOL);
    assertEquals(0, annuity.fixedPayroll(0, 0), TOL);
    assertEquals(70, annuity.closing(1), TOL);
  }

  /**
   * Under each accounting the solved network verifies, its objective equals the cost recomputed by
   * the evaluation's own pricing, and an objective off by 0.1% is refused, naming the objective.
   */
  @ParameterizedTest
  @EnumSource(CapexAccounting.class)
  void theVerifierRecomputesTheNewCostsAndCatchesATamperedObjective(CapexAccounting accounting) {
    for (Backend backend : new Backend[] {Backend.HIGHS, Backend.SCIP}) {
      Solution s = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(backend)).solve(network(accounting));
      assertEquals(SolveStatus.OPTIMAL, s.status(), s.toString());
      assertTrue(s.verification().orElseThrow().passed(), s.verification().toString());
      assertEquals(s.evaluation().total(), s.stats().objective(), 1e-6 * Math.max(1, Math.abs(s.objective())));
      VerificationReport honest = Verifier.create().verify(s.allocation(), s.objective());
      assertTrue(honest.passed(), honest.toString());
      VerificationReport tampered = Verifier.create().verify(s.allocation(), s.objective() * 1.001);
      assertFalse(tampered.passed());
      assertTrue(tampered.violations().stream().anyMatch(v -> v.constraint().equals("objective")),
          tampered.toString());
    }
  }

  /**
   * A hand allocation: "old" closes in period 1, "fab" opens in period 1 and makes the 10 units of
   * periods 1 and 2 (material 1). Under the annuity: capex 457.8303, credit -114.4576 (a quarter),
   * grant -100/1.21 = -82.6446, payroll 200 in period 0, closing (50 + 20)/1.1 = 63.6364, materials
   * 10/1.1 + 10/1.21 = 17.3554. Total 541.7198. The old plant's 2 fixed jobs count in period 0 only.
   */
  @Test
  void theEvaluationPricesAHandAllocation() {
    Network n = network(CapexAccounting.ANNUITY);
    Allocation a = new Allocation(n,
        List.of(new Shipment("widget", "fab", "M", 1, 10), new Shipment("widget", "fab", "M", 2, 10)),
        Map.of("old", new double[] {1, 0, 0}, "fab", new double[] {0, 1, 1}), List.of(), Map.of());
    Evaluation e = Evaluation.of(a);
    assertEquals(457.8303385694, e.cost(CostKind.CAPEX), 1e-9);
    assertEquals(-457.8303385694 / 4, e.cost(CostKind.INVESTMENT_CREDITS), 1e-9);
    assertEquals(-100 / 1.21, e.cost(CostKind.SITE_GRANTS), 1e-9);
    assertEquals(200, e.cost(CostKind.FIXED_PAYROLL), 1e-9);
    assertEquals(70 / 1.1, e.cost(CostKind.CLOSING), 1e-9);
    assertEquals(10 / 1.1 + 10 / 1.21, e.cost(CostKind.MATERIALS), 1e-9);
    assertEquals(457.8303385694 * 0.75 - 100 / 1.21 + 200 + 70 / 1.1 + 10 / 1.1 + 10 / 1.21, e.total(), 1e-9);
    assertEquals(2, e.jobs("US", 0), TOL);
    assertEquals(0, e.jobs("US", 1), TOL);
  }
}
