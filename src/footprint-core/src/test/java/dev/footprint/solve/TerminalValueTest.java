package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.CapacityStep;
import dev.footprint.model.CapexAccounting;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.JobGrant;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Objective;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.SiteGrant;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffQuota;
import dev.footprint.model.TerminalValue;
import dev.footprint.result.CostKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The terminal value (docs/model.md, Terminal value): the last period's recurring terms counted again
 * over a terminal window of N periods (A = v + .. + v^N) or in perpetuity (A = 1/r), on small networks
 * whose optimum is worked out by hand in each test's Javadoc, solved with SCIP and with HiGHS. Every
 * solution is verified, and the solver's objective must equal the cost the evaluation recomputes with
 * its own pricing (its own closed form of A).
 */
class TerminalValueTest {
  private static final double TOL = 1e-6;
  private static final double V = 1 / 1.1;

  private static Solution solve(Network n, Backend backend) {
    return Solved.optimal(n, backend);
  }

  /**
   * Two periods at 10%: the US market wants 10 widgets a period (no labor, no material). An existing
   * MX plant ships them at freight 10: 100 a period. A candidate US fab (no freight) costs 500 to open
   * and 20 a period to run.
   */
  private static Network payback(TerminalValue terminal) {
    return Network.builder().horizon(Horizon.of(2, 0.10).withTerminalValue(terminal))
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("widget", "goods", 0, 0))
        .site(Site.existing("mx", "MX", 100), Site.candidate("fab", "US", 100, 500).withFixedCost(20))
        .market(Market.of("US-M", "US").withDemand("widget", 10))
        .freight(FreightRate.lane("MX", "US", 10))
        .build();
  }

  /**
   * With a terminal window of N periods the last period (weight v = 1/1.1) counts v (1 + A_N) =
   * v + .. + v^(N+1) = S_(N+1), where S_k = (1 - v^k)/0.1. Shipping from MX costs 100 + 100 S_(N+1);
   * the fab opened in period 0 costs 500 + 20 + 20 S_(N+1) (opening it in period 1 costs 100 + 500 v
   * + 20 S_(N+1) = 554.55 + .., always more). The fab pays back exactly when 80 S_(N+1) > 400, S_(N+1)
   * > 5, v^(N+1) < 1/2, N + 1 > ln 2 / ln 1.1 = 7.27: from N = 7 on.
   *
   * <ul>
   *   <li>None (S_1 = v): MX 100 + 90.9091 = 190.9091; the fab 538.18 does not pay back.
   *   <li>N = 6 (S_7 = 4.8684188): MX 586.8418818 against the fab's 617.37: MX; its freight 190.9091
   *       within the horizon and 100 v A_6 = 395.9327909 after it.
   *   <li>N = 7 (S_8 = 5.3349262): the fab 626.6985240 against MX's 633.49: the fab; fixed cost 20 +
   *       20 v = 38.1818 within the horizon, 20 v A_7 = 88.5167058 after it.
   *   <li>Perpetuity (A = 10, S = 11): the fab 500 + 20 + 20 * 10 = 720 against MX's 1100; terminal
   *       value 20 v * 10 = 181.8182.
   * </ul>
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void aPlantThatPaysBackOnlyAfterTheHorizonOpensWithATerminalValueLongEnough(Backend backend) {
    Solution none = solve(payback(TerminalValue.NONE), backend);
    assertEquals(100 + 100 * V, none.objective(), TOL);
    assertFalse(none.allocation().isActive("fab", 1));
    assertEquals(0, none.evaluation().cost(CostKind.TERMINAL_VALUE), 0);

    Solution six = solve(payback(TerminalValue.periods(6)), backend);
    assertEquals(586.8418818, six.objective(), TOL);
    assertFalse(six.allocation().isActive("fab", 1));
    assertEquals(100 + 100 * V, six.evaluation().cost(CostKind.FREIGHT), TOL);
    assertEquals(395.9327909, six.evaluation().cost(CostKind.TERMINAL_VALUE), TOL);
    assertEquals(395.9327909, six.evaluation().byCountry().get("MX").get(CostKind.TERMINAL_VALUE), TOL);

    Solution seven = solve(payback(TerminalValue.periods(7)), backend);
    assertEquals(626.6985240, seven.objective(), TOL);
    assertTrue(seven.allocation().isActive("fab", 0));
    assertEquals(500, seven.evaluation().cost(CostKind.CAPEX), TOL);
    assertEquals(20 + 20 * V, seven.evaluation().cost(CostKind.FIXED), TOL);
    assertEquals(88.5167058, seven.evaluation().cost(CostKind.TERMINAL_VALUE), TOL);

    Solution perpetuity = solve(payback(TerminalValue.PERPETUITY), backend);
    assertEquals(720, perpetuity.objective(), TOL);
    assertTrue(perpetuity.allocation().isActive("fab", 0));
    assertEquals(200 * V, perpetuity.evaluation().cost(CostKind.TERMINAL_VALUE), TOL);
    assertTrue(perpetuity.evaluation().describe().contains("terminal value"), perpetuity.evaluation().describe());
    assertFalse(none.evaluation().describe().contains("terminal value"), none.evaluation().describe());
  }

  /**
   * Three periods at 10%, a fab of capex 1000 and asset life 5 that must open in period 0 for the
   * market's 10 a period, under ANNUITY (EconomicsTest: a charge of 1000 / 4.169865 = 239.8159 at the
   * start of each period, 656.0253 over the horizon). The annuity is a recurring charge: the terminal
   * window charges it too.
   *
   * <ul>
   *   <li>Two more periods: 5 charges in all, v^0 .. v^4, exactly the annuity-due factor: 1000, the
   *       capex paid back over its life; a 25% credit pays -250.
   *   <li>Perpetuity: the charge over every period from 0 on, 239.8159 * (1 + v + v^2 + ..) = 239.8159
   *       * 11 = 2637.9748 (the asset renewed at the end of each life); the credit -659.4937.
   * </ul>
   * The fab has no operating cost, so the terminal value kind stays 0: the charges stay under CAPEX.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void underAnnuityTheTerminalWindowIsChargedTheAnnuity(Backend backend) {
    Horizon h = Horizon.of(3, 0.10).withCapexAccounting(CapexAccounting.ANNUITY);
    Site fab = Site.candidate("fab", "US", 100, 1000).withAssetLife(5);
    InvestmentCredit credit = new InvestmentCredit("48D", "US", ProductScope.ALL, 0.25);

    Solution two = solve(oneFab(h.withTerminalValue(TerminalValue.periods(2)), fab).investmentCredit(credit).build(),
        backend);
    assertEquals(1000, two.evaluation().cost(CostKind.CAPEX), TOL);
    assertEquals(-250, two.evaluation().cost(CostKind.INVESTMENT_CREDITS), TOL);
    assertEquals(750, two.objective(), TOL);
    assertEquals(0, two.evaluation().cost(CostKind.TERMINAL_VALUE), 0);

    Solution perpetuity = solve(oneFab(h.withTerminalValue(TerminalValue.PERPETUITY), fab).build(), backend);
    assertEquals(2637.9748079, perpetuity.objective(), TOL);
    assertEquals(2637.9748079, perpetuity.evaluation().cost(CostKind.CAPEX), TOL);

    // FULL: nothing more is charged; the capex is 1000 whatever the terminal value.
    Solution full = solve(oneFab(Horizon.of(3, 0.10).withTerminalValue(TerminalValue.PERPETUITY), fab).build(),
        backend);
    assertEquals(1000, full.objective(), TOL);
  }

  /**
   * A capacity step under ANNUITY with a terminal value: two periods at 10%, an existing US plant of
   * capacity 10 (no cost) and a market of 10 in period 0 and 15 in period 1, lost at 1000 a unit. A
   * step of 5 units (capex 1000, life 2) in period 1 is cheaper than the lost sales: the annuity
   * charge is 1000 / (1 + v) = 523.8095 at the start of each period from 1; with 3 more periods it is
   * charged in periods 1 to 4, weights v + v^2 + v^3 + v^4 = 3.1698654: 1660.4057. Losing the 5
   * units instead would cost 5000 v (1 + A_3) = 5000 * 3.1698654 = 15849.33.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void aCapacityStepUnderAnnuityIsChargedOverTheTerminalWindow(Backend backend) {
    Network n = Network.builder()
        .horizon(Horizon.of(2, 0.10).withCapexAccounting(CapexAccounting.ANNUITY).withTerminalValue(TerminalValue.periods(3)))
        .country(Country.of("US", 0))
        .product(Product.of("widget", "goods", 0, 0))
        .site(Site.existing("us", "US", 10))
        .capacityStep(CapacityStep.of("line2", "us", 5, 1000, 1).withAssetLife(2))
        .market(Market.of("US-M", "US").withDemand("widget", Series.of(10, 15)).withLostSalesPenalty("widget", 5000))
        .build();
    Solution s = solve(n, backend);
    double charge = 1000 / (1 + V);
    assertEquals(charge * (V + V * V + V * V * V + V * V * V * V), s.objective(), TOL);
    assertEquals(1660.4057100, s.evaluation().cost(CostKind.EXPANSION_CAPEX), TOL);
    assertEquals(0, s.evaluation().cost(CostKind.LOST_SALES), TOL);
  }

  private static Network.Builder oneFab(Horizon horizon, Site fab) {
    return Network.builder().horizon(horizon)
        .country(Country.of("US", 0))
        .product(Product.of("widget", "goods", 0, 0))
        .site(fab)
        .market(Market.of("US-M", "US").withDemand("widget", 10));
  }

  /**
   * Profit mode, two periods at 10%: the US market buys up to 10 widgets a period at 5; a widget costs
   * 3 in material, so a period's sales earn 20; the only site, a candidate fab, costs 100 to open.
   * Without a terminal value opening in period 0 earns 20 + 20 v - 100 = -61.82 (in period 1, 20 v -
   * 100 v = -72.73): the fab stays closed, profit 0. In perpetuity the last period counts v (1 + 10) =
   * 10: opening in period 0 earns 20 + 200 - 100 = 120 (in period 1, 200 - 90.91 = 109.09). Revenue
   * within the horizon 50 + 50 v = 95.4545; the terminal value holds -(50 - 30) v * 10 = -181.8182.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void profitModeCountsTheLastPeriodsProfitAfterTheHorizon(Backend backend) {
    Horizon h = Horizon.of(2, 0.10).withObjective(Objective.MAX_PROFIT);
    Network.Builder b = Network.builder().horizon(h)
        .country(Country.of("US", 0))
        .product(Product.of("widget", "goods", 0, 3))
        .site(Site.candidate("fab", "US", 100, 100))
        .market(Market.of("US-M", "US").withDemand("widget", 10).withPrice("widget", 5));
    Solution none = solve(b.build(), backend);
    assertEquals(0, none.evaluation().profit(), TOL);
    assertFalse(none.allocation().isActive("fab", 1));

    Solution perpetuity = solve(b.horizon(h.withTerminalValue(TerminalValue.PERPETUITY)).build(), backend);
    assertEquals(120, perpetuity.evaluation().profit(), TOL);
    assertEquals(-120, perpetuity.objective(), TOL);
    assertTrue(perpetuity.allocation().isActive("fab", 0));
    assertEquals(95.4545455, perpetuity.evaluation().revenue(), TOL);
    assertEquals(-181.8181818, perpetuity.evaluation().cost(CostKind.TERMINAL_VALUE), TOL);
    assertEquals(-181.8181818, perpetuity.evaluation().byProduct().get("widget").get(CostKind.TERMINAL_VALUE), TOL);
  }

  /**
   * Every kind of term at once, three periods at 8%, so that a term the formulation and the
   * evaluation weigh differently shows as a gap between the solver's objective and the recomputed
   * cost (Solved.optimal): labor, material, freight, tariffs with a quota, production credits with and
   * without a budget, job grants on variable and fixed jobs, fixed cost and payroll, severance on
   * variable jobs, closing, a site grant, lost sales; under FULL and under ANNUITY with asset lives,
   * a capacity step and investment credits with and without a budget. The terminal part must be
   * there and the two terminal windows must differ.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void everyRecurringTermIsWeighedAlikeByTheSolverAndTheEvaluation(Backend backend) {
    for (CapexAccounting accounting : new CapexAccounting[] {CapexAccounting.FULL, CapexAccounting.ANNUITY}) {
      double[] totals = new double[2];
      TerminalValue[] windows = {TerminalValue.periods(4), TerminalValue.PERPETUITY};
      for (int i = 0; i < 2; i++) {
        Solution s = solve(everything(Horizon.of(3, 0.08).withCapexAccounting(accounting).withTerminalValue(windows[i])),
            backend);
        assertTrue(s.evaluation().cost(CostKind.TERMINAL_VALUE) > 1, accounting + " " + windows[i]);
        totals[i] = s.objective();
      }
      assertTrue(totals[1] > totals[0] + 1, accounting + ": " + totals[0] + " " + totals[1]);
    }
  }

  private static Network everything(Horizon h) {
    return Network.builder().horizon(h)
        .country(Country.of("US", 30), Country.of("MX", 10))
        .product(Product.of("widget", "goods", 1, 50))
        .site(Site.existing("mx", "MX", 80).withFixedCost(100).withFixedJobs(0.5).withVariableSeverance(true)
                .withSeverancePerJob(500).withClosingCost(300),
            Site.candidate("fab", "US", 60, 3000).withFixedCost(50).withAssetLife(10).withFixedJobs(0.2))
        .capacityStep(CapacityStep.of("fab-2", "fab", 20, 800, 1).withAssetLife(6))
        .market(Market.of("US-M", "US").withDemand("widget", Series.of(100, 70, 170)).withLostSalesPenalty("widget", 5000))
        .freight(FreightRate.lane("MX", "US", 8))
        .tariff(TariffMeasure.adValorem("mfn", "US", 0.25))
        .quota(TariffQuota.of("q", "widget", "US", 30, 0))
        .productionCredit(ProductionCredit.of("45X", "US", ProductScope.ALL, 5),
            ProductionCredit.of("mx-credit", "MX", ProductScope.ALL, 4).withBudget(300))
        .investmentCredit(new InvestmentCredit("48D", "US", ProductScope.ALL, 0.2),
            new InvestmentCredit("chips", "US", ProductScope.ALL, 0.1).withBudget(200))
        .jobGrant(new JobGrant("jobs", "US", Series.constant(1000)))
        .siteGrant(new SiteGrant("fab-grant", "fab", 1, 100))
        .build();
  }

  /** The default is no terminal value: a horizon built without one has it, and its factor is 0. */
  @Test
  void noTerminalValueByDefault() {
    assertEquals(TerminalValue.NONE, Horizon.of(3, 0.1).terminalValue());
    assertEquals(0, Horizon.of(3, 0.1).terminalFactor(), 0);
    assertEquals(V + V * V, Horizon.of(3, 0.1).withTerminalValue(TerminalValue.periods(2)).terminalFactor(), 1e-12);
    assertEquals(10, Horizon.of(3, 0.1).withTerminalValue(TerminalValue.PERPETUITY).terminalFactor(), 1e-12);
    assertEquals(5, Horizon.of(3, 0).withTerminalValue(TerminalValue.periods(5)).terminalFactor(), 0);
  }
}
