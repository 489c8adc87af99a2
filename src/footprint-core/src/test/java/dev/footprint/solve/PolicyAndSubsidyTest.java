package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.JobGrant;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.result.Allocation;
import dev.footprint.result.CostKind;
import dev.footprint.result.Evaluation;
import dev.footprint.result.LostSale;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Policies and subsidies on small networks solved with the default backend (HiGHS), each optimum
 * derived by hand in the test's Javadoc.
 *
 * <p>Unless a test says otherwise the network is {@link #base()}: one product "widget" (1 labor hour,
 * material 10), US (wage 30) and MX (wage 10), an existing site in each with capacity 200, a US market
 * demanding 100, freight MX->US 5 and no tariff. A unit delivered from US-1 costs 10 + 30 = 40; from
 * MX-1 10 + 10 + 5 = 25. Without policies MX-1 makes all 100: 2500.
 */
class PolicyAndSubsidyTest {
  private static final double TOL = 1e-6;

  private static Network.Builder base() {
    return Network.builder()
        .country(Country.of("US", 30), Country.of("MX", 10))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.existing("US-1", "US", 200), Site.existing("MX-1", "MX", 200))
        .market(Market.of("US-M", "US").withDemand("widget", 100))
        .freight(FreightRate.lane("MX", "US", 5));
  }

  private static Solution solve(Network n) {
    Solution s = FootprintSolver.create().solve(n);
    assertEquals(SolveStatus.OPTIMAL, s.status(), s.toString());
    assertTrue(s.verification().orElseThrow().passed(), s.verification().toString());
    return s;
  }

  @Test
  void baseOptimumIsAllFromMexico() {
    Solution s = solve(base().build());
    assertEquals(2500, s.objective(), TOL);
    assertEquals(100, s.allocation().production("widget", "MX-1", 0), TOL);
  }

  // ---- (a) production credit with a budget ----

  /**
   * A US credit of 20/unit makes US-1 cost 40 - 20 = 20 < 25. Uncapped, US-1 makes all 100: 100 *
   * 20 = 2000, credit paid 2000.
   */
  @Test
  void uncappedProductionCreditMovesAllProduction() {
    Solution s = solve(base().productionCredit(ProductionCredit.of("45X", "US", ProductScope.ALL, 20)).build());
    assertEquals(2000, s.objective(), TOL);
    assertEquals(100, s.allocation().production("widget", "US-1", 0), TOL);
    assertEquals(2000, s.evaluation().subsidiesByProgram().get("45X"), TOL);
    assertEquals(-2000, s.evaluation().cost(CostKind.PRODUCTION_CREDITS), TOL);
  }

  /**
   * Budget 1000 covers 50 units at 20. With x units in the US the cost is 40x + 25(100 - x) -
   * min(20x, 1000): 2500 - 5x up to x = 50, then 1500 + 15x. The optimum is x = 50: 50 * 40 + 50 *
   * 25 - 1000 = 2250, the claim equals the budget exactly.
   */
  @Test
  void productionCreditBudgetThatBinds() {
    Solution s = solve(base()
        .productionCredit(ProductionCredit.of("45X", "US", ProductScope.ALL, 20).withBudget(1000)).build());
    assertEquals(2250, s.objective(), TOL);
    assertEquals(50, s.allocation().production("widget", "US-1", 0), TOL);
    assertEquals(50, s.allocation().production("widget", "MX-1", 0), TOL);
    assertEquals(1000, s.allocation().creditClaimed("45X", 0), TOL);
    assertEquals(1000, s.evaluation().subsidiesByProgram().get("45X"), TOL);
    assertEquals(-1000, s.evaluation().cost(CostKind.PRODUCTION_CREDITS), TOL);
  }

  /** Budget 5000 is above the 2000 that 100 units earn: same optimum as uncapped, 2000, claim 2000. */
  @Test
  void productionCreditBudgetThatDoesNotBind() {
    Solution s = solve(base()
        .productionCredit(ProductionCredit.of("45X", "US", ProductScope.ALL, 20).withBudget(5000)).build());
    assertEquals(2000, s.objective(), TOL);
    assertEquals(100, s.allocation().production("widget", "US-1", 0), TOL);
    assertEquals(2000, s.allocation().creditClaimed("45X", 0), TOL);
    assertEquals(2000, s.evaluation().subsidiesByProgram().get("45X"), TOL);
  }

  /**
   * The budget spans the horizon (undiscounted). Two periods at discount rate 0.1, demand 100 each,
   * credit 20/unit, budget 1000. Each US unit claimed saves 20 - 15 = 5 in its period, worth 5 in t0
   * but 5/1.1 in t1, so the whole budget goes to t0: there 50 US units, 2250 as above; in t1 MX makes
   * all, 2500/1.1. Objective 2250 + 2500/1.1; claims 1000 in t0 and 0 in t1.
   */
  @Test
  void productionCreditBudgetIsSpentWhereItIsWorthMost() {
    Solution s = solve(base().horizon(Horizon.of(2, 0.1))
        .productionCredit(ProductionCredit.of("45X", "US", ProductScope.ALL, 20).withBudget(1000)).build());
    assertEquals(2250 + 2500 / 1.1, s.objective(), TOL);
    assertEquals(1000, s.allocation().creditClaimed("45X", 0), TOL);
    assertEquals(0, s.allocation().creditClaimed("45X", 1), TOL);
    assertEquals(50, s.allocation().production("widget", "US-1", 0), TOL);
    assertEquals(0, s.allocation().production("widget", "US-1", 1), TOL);
    assertEquals(1000, s.evaluation().subsidiesByProgram().get("45X"), TOL);
  }

  // ---- (b) investment pledge ----

  /**
   * A US candidate (capacity 200, capex 1000, unit cost 40) never pays: without a pledge the optimum
   * stays 2500 with nothing opened. A US pledge of 600 can only be met by opening it (capex 1000 >=
   * 600); production stays in MX (25 < 40): 1000 + 2500 = 3500, US capex 1000.
   */
  @Test
  void investmentPledgeForcesACandidateOpen() {
    Network.Builder b = base().site(Site.candidate("US-new", "US", 200, 1000));
    Solution without = solve(b.build());
    assertEquals(2500, without.objective(), TOL);
    assertEquals(List.of(), without.allocation().sitesOpened());
    assertEquals(0, without.evaluation().capexByCountry().get("US"), TOL);

    Solution with = solve(b.policy(new Policy.InvestmentPledge("us-pledge", "US", 600)).build());
    assertEquals(3500, with.objective(), TOL);
    assertEquals(List.of("US-new"), with.allocation().sitesOpened());
    assertEquals(1000, with.evaluation().capexByCountry().get("US"), TOL);
    assertEquals(0, with.evaluation().capexByCountry().get("MX"), TOL);
    assertEquals(1000, with.evaluation().cost(CostKind.CAPEX), TOL);
    assertEquals(100, with.allocation().production("widget", "MX-1", 0), TOL);
  }

  // ---- (c) employment floor ----

  /**
   * With 10 hours per US job a US unit makes 1/10 job. A floor of 3 US jobs needs 30 US units: 30 *
   * 40 + 70 * 25 = 1200 + 1750 = 2950. MX jobs: 70 units * 1 h / 2000 h = 0.035.
   */
  @Test
  void employmentFloorForcesProductionIntoACountry() {
    Network n = base().replaceCountry(Country.of("US", 30).withHoursPerJob(10))
        .policy(new Policy.EmploymentFloor("us-jobs", "US", Series.constant(3))).build();
    Solution s = solve(n);
    assertEquals(2950, s.objective(), TOL);
    assertEquals(30, s.allocation().productionInCountry("widget", "US", 0), TOL);
    assertEquals(3, s.evaluation().jobs("US", 0), TOL);
    assertEquals(0.035, s.evaluation().jobs("MX", 0), TOL);
  }

  // ---- (d) home share and concentration cap ----

  /** At least 60% made in the US: US >= 60 of 100, MX the 40 others: 60 * 40 + 40 * 25 = 3400. */
  @Test
  void homeShareBinds() {
    Solution s = solve(base().policy(new Policy.HomeShare("buy-american", "widget", "US", 0.6)).build());
    assertEquals(3400, s.objective(), TOL);
    assertEquals(60, s.allocation().productionInCountry("widget", "US", 0), TOL);
    assertEquals(40, s.allocation().productionInCountry("widget", "MX", 0), TOL);
  }

  /** No country above 70%: MX makes 70 and the US 30: 70 * 25 + 30 * 40 = 1750 + 1200 = 2950. */
  @Test
  void concentrationCapBinds() {
    Solution s = solve(base().policy(new Policy.ConcentrationCap("diversify", "widget", 0.7)).build());
    assertEquals(2950, s.objective(), TOL);
    assertEquals(70, s.allocation().productionInCountry("widget", "MX", 0), TOL);
    assertEquals(30, s.allocation().productionInCountry("widget", "US", 0), TOL);
  }

  // ---- (e) investment credit ----

  /**
   * MX-1 can make only 50; the other 50 are either lost at 50/unit (2500) or made at a US candidate
   * (capacity 200, capex 1000, unit cost 40: 2000 + capex). Without a credit: 2000 + 1000 = 3000 >
   * 2500, so the 50 are lost: 50 * 25 + 2500 = 3750. With a 60% investment credit: 2000 + 400 = 2400 <
   * 2500, the site opens: 1250 + 2000 + 1000 - 600 = 3650, CAPEX 1000 gross and INVESTMENT_CREDITS
   * -600.
   */
  @Test
  void investmentCreditReducesCapexCost() {
    Network.Builder b = Network.builder()
        .country(Country.of("US", 30), Country.of("MX", 10))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.candidate("US-new", "US", 200, 1000), Site.existing("MX-1", "MX", 50))
        .market(Market.of("US-M", "US").withDemand("widget", 100).withLostSalesPenalty("widget", 50))
        .freight(FreightRate.lane("MX", "US", 5));
    Solution without = solve(b.build());
    assertEquals(3750, without.objective(), TOL);
    assertEquals(List.of(), without.allocation().sitesOpened());
    assertEquals(2500, without.evaluation().cost(CostKind.LOST_SALES), TOL);

    Solution with = solve(b.investmentCredit(new InvestmentCredit("48D", "US", ProductScope.ALL, 0.6)).build());
    assertEquals(3650, with.objective(), TOL);
    assertEquals(List.of("US-new"), with.allocation().sitesOpened());
    Evaluation e = with.evaluation();
    assertEquals(1000, e.cost(CostKind.CAPEX), TOL);
    assertEquals(-600, e.cost(CostKind.INVESTMENT_CREDITS), TOL);
    assertEquals(600, e.subsidiesByProgram().get("48D"), TOL);
    assertEquals(0, e.cost(CostKind.LOST_SALES), TOL);
    assertEquals(50, with.allocation().production("widget", "US-new", 0), TOL);
  }

  // ---- (f) multi-period ----

  /**
   * Three periods, discount rate 0.1: weights 1, 1/1.1, 1/1.21. Demand 100, 100, 0 in the US. Unit
   * costs: US (wage 10) 10 + 10 = 20; MX (wage 25) 10 + 25 + 5 = 40. MX-old: existing, capacity 100,
   * fixed 500/period, closing cost 200. US-new: candidate from period 1, capacity 100, capex 1000,
   * fixed 300/period.
   *
   * <p>Period 0 only MX-old can supply: 500 + 4000 = 4500. Options for periods 1-2:
   * <ul>
   *   <li>keep MX-old in t1, close it in t2 (200 < 500): 4500/1.1 + 200/1.21 = 4256.20;
   *   <li>open US-new in t1 and close MX-old in t1: (1000 + 300 + 2000 + 200)/1.1 = 3181.82, plus
   *       US-new's fixed 300/1.21 = 247.93 in t2, where it has nothing to make but must stay open:
   *       3429.75 (cheapest; keeping MX-old open in t1 as well only adds 500/1.1).
   * </ul>
   * Objective 4500 + 3500/1.1 + 300/1.21. Capex 1000/1.1 (paid in t1), closing 200/1.1 (charged once,
   * in t1), fixed 500 + 300/1.1 + 300/1.21.
   */
  @Test
  void multiPeriodOpeningClosingAndDiscounting() {
    Network n = Network.builder()
        .horizon(Horizon.of(3, 0.1))
        .country(Country.of("US", 10), Country.of("MX", 25))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.existing("MX-old", "MX", 100).withFixedCost(500).withClosingCost(200),
            Site.candidate("US-new", "US", 100, 1000).withOpeningPeriod(1).withFixedCost(300))
        .market(Market.of("US-M", "US").withDemand("widget", Series.of(100, 100, 0)))
        .freight(FreightRate.lane("MX", "US", 5))
        .build();
    Solution s = solve(n);
    double w1 = 1 / 1.1;
    double w2 = 1 / 1.21;
    assertEquals(4500 + 3500 * w1 + 300 * w2, s.objective(), TOL);
    Allocation a = s.allocation();
    for (int t = 0; t < 3; t++) {
      assertEquals(t == 0 ? 0 : 1, a.siteStatus("US-new", t), TOL, "US-new in t" + t);
      assertEquals(t == 0 ? 1 : 0, a.siteStatus("MX-old", t), TOL, "MX-old in t" + t);
    }
    assertEquals(OptionalInt.of(1), a.openedIn("US-new"));
    assertEquals(OptionalInt.of(1), a.closedIn("MX-old"));
    assertEquals(100, a.production("widget", "MX-old", 0), TOL);
    assertEquals(100, a.production("widget", "US-new", 1), TOL);
    Evaluation e = s.evaluation();
    assertEquals(1000 * w1, e.cost(CostKind.CAPEX), TOL);
    assertEquals(200 * w1, e.cost(CostKind.CLOSING), TOL);
    assertEquals(500 + 300 * w1 + 300 * w2, e.cost(CostKind.FIXED), TOL);
    assertEquals(1000, e.capexByCountry().get("US"), TOL);
  }

  // ---- (g) job grant ----

  /**
   * A US grant of 40000 per job; a US unit takes 1 h of a 2000-hour job, so it earns 40000 * 1/2000 =
   * 20 and costs 40 - 20 = 20 < 25: US-1 makes all 100, 4000 - 2000 = 2000, 0.05 jobs. With a grant of
   * 20000 (10/unit) a US unit costs 30 > 25 and nothing moves: 2500, no grant paid.
   */
  @Test
  void jobGrantReducesCostPerUnitByGrantTimesJobsPerUnit() {
    Solution s = solve(base().jobGrant(new JobGrant("grant", "US", Series.constant(40_000))).build());
    assertEquals(2000, s.objective(), TOL);
    assertEquals(100, s.allocation().production("widget", "US-1", 0), TOL);
    assertEquals(0.05, s.evaluation().jobs("US", 0), TOL);
    assertEquals(-2000, s.evaluation().cost(CostKind.JOB_GRANTS), TOL);
    assertEquals(2000, s.evaluation().subsidiesByProgram().get("grant"), TOL);

    Solution small = solve(base().jobGrant(new JobGrant("grant", "US", Series.constant(20_000))).build());
    assertEquals(2500, small.objective(), TOL);
    assertEquals(0, small.evaluation().cost(CostKind.JOB_GRANTS), TOL);
  }

  // ---- (h) lost sales ----

  /** A penalty of 15 is below both supply costs (25, 40): all 100 are lost, 15 * 100 = 1500. */
  @Test
  void penaltyBelowEverySupplyCostLosesAllDemand() {
    Network n = base().replaceMarket(Market.of("US-M", "US").withDemand("widget", 100)
        .withLostSalesPenalty("widget", 15)).build();
    Solution s = solve(n);
    assertEquals(1500, s.objective(), TOL);
    assertEquals(List.of(), s.allocation().shipments());
    assertEquals(1, s.allocation().lostSales().size());
    LostSale lost = s.allocation().lostSales().get(0);
    assertEquals(List.of("widget", "US-M", 0), List.of(lost.product(), lost.market(), lost.period()));
    assertEquals(100, lost.units(), TOL);
    assertEquals(1500, s.evaluation().cost(CostKind.LOST_SALES), TOL);
  }

  /**
   * Penalty 30 and MX-1 capacity 60: MX makes 60 at 25 < 30; the 40 others cost 40 from the US or 30
   * lost, so they are lost: 60 * 25 + 40 * 30 = 2700.
   */
  @Test
  void penaltyBetweenSupplyCostsLosesOnlyTheExpensiveUnits() {
    Network n = base().replaceSite(Site.existing("MX-1", "MX", 60))
        .replaceMarket(Market.of("US-M", "US").withDemand("widget", 100).withLostSalesPenalty("widget", 30))
        .build();
    Solution s = solve(n);
    assertEquals(2700, s.objective(), TOL);
    assertEquals(60, s.allocation().production("widget", "MX-1", 0), TOL);
    assertEquals(0, s.allocation().production("widget", "US-1", 0), TOL);
    assertEquals(1, s.allocation().lostSales().size());
    assertEquals(40, s.allocation().lostSales().get(0).units(), TOL);
    assertEquals(1200, s.evaluation().cost(CostKind.LOST_SALES), TOL);
  }

  // ---- (i) fixed cost ----

  /**
   * MX-1 saves 40 - 25 = 15 per unit, 1500 on 100 units. With a fixed cost of 2000 it is not worth
   * it: MX-1 closes and US-1 makes all, 100 * 40 = 4000. With a fixed cost of 1000 it stays: 2500 +
   * 1000 = 3500.
   */
  @Test
  void fixedCostClosesASiteWhenItsCapacityIsNotWorthIt() {
    Solution closes = solve(base().replaceSite(Site.existing("MX-1", "MX", 200).withFixedCost(2000)).build());
    assertEquals(4000, closes.objective(), TOL);
    assertEquals(List.of("MX-1"), closes.allocation().sitesClosed());
    assertEquals(100, closes.allocation().production("widget", "US-1", 0), TOL);
    assertEquals(0, closes.evaluation().cost(CostKind.FIXED), TOL);

    Solution stays = solve(base().replaceSite(Site.existing("MX-1", "MX", 200).withFixedCost(1000)).build());
    assertEquals(3500, stays.objective(), TOL);
    assertTrue(stays.allocation().isActive("MX-1", 0));
    assertEquals(1000, stays.evaluation().cost(CostKind.FIXED), TOL);
  }
}
