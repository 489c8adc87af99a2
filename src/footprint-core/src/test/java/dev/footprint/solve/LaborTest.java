package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.HiringLimit;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.result.CostKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The labor structure (docs/model.md: Ramp-up, Severance on variable jobs, Hiring limits) on small
 * networks whose optimum is worked out by hand in each test's Javadoc, solved with SCIP and with
 * HiGHS; every solution is verified and the solver's objective must equal the evaluation's cost.
 * No discounting anywhere. (Severance making closure cheaper than idling above a computed payroll is
 * {@code EconomicsTest.fixedStaffingMakesClosingCheaperThanIdlingAboveThePayroll}.)
 */
class LaborTest {
  private static final double TOL = 1e-6;

  private static Solution solve(Network n, Backend backend) {
    return Solved.optimal(n, backend);
  }

  /**
   * Three periods; the US market wants 80 widgets a period (no labor, no material). An existing MX
   * plant (capacity 100) ships at freight 10 a unit; a US candidate fab (capacity 100, capex 1000,
   * fixed cost 100 a period) ships free and may open in period 0 or later.
   *
   * <p>No ramp-up: opening in period 0 costs 1000 + 3 * 100 = 1300; in period 1, MX ships 80 in
   * period 0 (800) and the fab costs 1000 + 200: 2000. Opens in 0: 1300.
   *
   * <p>Ramp-up [0.5, 0.8]: opened in period 0 the fab has 50, 80, 100: MX ships 30 in period 0 (300),
   * total 1300 + 300 = 1600. Opened in period 1 it has 50 then 80: MX ships 80 + 30 (1100), total
   * 1000 + 200 + 1100 = 2300. Opened in period 2: 1000 + 100 + MX 80 + 80 + 30 (1900) = 3000. Not
   * opening: MX ships 240 (2400). Opens in 0: 1600, MX shipping 30 in period 0 and nothing after.
   *
   * <p>The same fab committed to open in period 1 with ramp-up [0.5, 0.8]: MX ships 80 in period 0
   * and 30 in period 1: 1000 + 200 + 1100 = 2300.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void rampUpMakesASecondSiteNecessaryInTheFirstPeriods(Backend backend) {
    Site fab = Site.candidate("fab", "US", 100, 1000).withFixedCost(100);
    Network.Builder b = Network.builder().horizon(Horizon.of(3, 0))
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("widget", "goods", 0, 0))
        .site(Site.existing("MX-1", "MX", 100))
        .market(Market.of("US-M", "US").withDemand("widget", 80))
        .freight(FreightRate.lane("MX", "US", 10));

    Solution flat = solve(b.build().toBuilder().site(fab).build(), backend);
    assertEquals(1300, flat.objective(), TOL);
    assertEquals(0, flat.allocation().production("widget", "MX-1", 0), TOL);

    Solution ramped = solve(b.build().toBuilder().site(fab.withRampUp(0.5, 0.8)).build(), backend);
    assertEquals(1600, ramped.objective(), TOL);
    assertTrue(ramped.allocation().isActive("fab", 0));
    assertEquals(50, ramped.allocation().production("widget", "fab", 0), TOL);
    assertEquals(30, ramped.allocation().production("widget", "MX-1", 0), TOL);
    assertEquals(0, ramped.allocation().production("widget", "MX-1", 1), TOL);
    assertEquals(300, ramped.evaluation().cost(CostKind.FREIGHT), TOL);

    Site committed = Site.committed("fab", "US", 100, 1000, 1).withFixedCost(100).withRampUp(0.5, 0.8);
    Solution late = solve(b.build().toBuilder().site(committed).build(), backend);
    assertEquals(2300, late.objective(), TOL);
    assertEquals(List.of(80.0, 30.0, 0.0), List.of(late.allocation().production("widget", "MX-1", 0),
        late.allocation().production("widget", "MX-1", 1), late.allocation().production("widget", "MX-1", 2)));
  }

  /**
   * Three periods; the US market wants nothing in period 0 and 80 in periods 1 and 2, lost at 20 a
   * unit. The US candidate fab (capacity 100, capex 1000, fixed cost 100 a period) is the only site.
   * Without ramp-up it opens in period 1: 1000 + 200 = 1200. With ramp-up [0.5] opening in period 1
   * leaves 30 units lost in period 1 (600): 1800; opening in period 0, a period early, costs one
   * fixed cost more and loses nothing: 1000 + 300 = 1300. So the ramp-up brings the opening forward.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void rampUpBringsTheOpeningOfACandidateForward(Backend backend) {
    Site fab = Site.candidate("fab", "US", 100, 1000).withFixedCost(100);
    Network.Builder b = Network.builder().horizon(Horizon.of(3, 0))
        .country(Country.of("US", 0))
        .product(Product.of("widget", "goods", 0, 0))
        .market(Market.of("US-M", "US").withDemand("widget", Series.of(0, 80, 80)).withLostSalesPenalty("widget", 20));

    Solution flat = solve(b.build().toBuilder().site(fab).build(), backend);
    assertEquals(1200, flat.objective(), TOL);
    assertFalse(flat.allocation().isActive("fab", 0));

    Solution ramped = solve(b.build().toBuilder().site(fab.withRampUp(0.5)).build(), backend);
    assertEquals(1300, ramped.objective(), TOL);
    assertTrue(ramped.allocation().isActive("fab", 0));
    assertEquals(0, ramped.evaluation().cost(CostKind.LOST_SALES), TOL);
  }

  /**
   * Two periods; the US market wants 10 widgets a period, each needing 1 hour of labor; a job is 1
   * hour in both countries, so a unit is a job. An existing US plant pays 4 an hour in period 0 and
   * 30 in period 1 and has 2 fixed jobs (payroll 8, then 60); an existing MX plant pays 20 an hour,
   * freight free. Severance sigma a job, on the fixed jobs when the US plant closes and, with variable
   * severance, on every variable job it loses from period 0 to period 1. The choices: make the 10 in
   * the US in both periods, 48 + 360 = 408; make them in the US in period 0 and move to MX in period
   * 1, closing the US plant, 48 + 200 + 2 sigma + 10 sigma (the 10 variable jobs lost); the same
   * keeping the plant open idle, 48 + 200 + 60 + 10 sigma; close it at once, 200 + 2 sigma + 200.
   *
   * <ul>
   *   <li>sigma = 5 with variable severance: 408, 308, 358, 410: moves and closes, 308, severance 50,
   *       closing 10: the 12 jobs lost are each paid once.
   *   <li>sigma = 15 with variable severance: 408, 428, 458, 430: stays, 408, no severance; 12 jobs.
   *   <li>sigma = 15 without it (the default): 408, 278, 308, 430: moves and closes, 278, closing 30,
   *       as before the variable severance existed.
   * </ul>
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void severanceOnVariableJobsKeepsProductionWhereItIs(Backend backend) {
    Site us = Site.existing("US-1", "US", 100).withFixedJobs(2);
    for (double[] c : new double[][] {{5, 1, 308, 50, 10, 0}, {15, 1, 408, 0, 0, 1}, {15, 0, 278, 0, 30, 0}}) {
      Network n = Network.builder().horizon(Horizon.of(2, 0))
          .country(Country.of("US", 0).withLaborCostPerHour(Series.of(4, 30)).withHoursPerJob(1),
              Country.of("MX", 20).withHoursPerJob(1))
          .product(Product.of("widget", "goods", 1, 0))
          .site(us.withSeverancePerJob(c[0]).withVariableSeverance(c[1] == 1), Site.existing("MX-1", "MX", 100))
          .market(Market.of("US-M", "US").withDemand("widget", 10))
          .freight(FreightRate.lane("MX", "US", 0))
          .build();
      Solution s = solve(n, backend);
      String at = "severance " + c[0] + (c[1] == 1 ? " on variable jobs" : " on fixed jobs only");
      assertEquals(c[2], s.objective(), 1e-6, at);
      assertEquals(c[3], s.evaluation().cost(CostKind.SEVERANCE), 1e-6, at);
      assertEquals(c[4], s.evaluation().cost(CostKind.CLOSING), 1e-6, at);
      assertEquals(c[5] == 1, s.allocation().isActive("US-1", 1), at);
      assertEquals(c[5] == 1 ? 12 : 0, s.evaluation().jobs("US", 1), 1e-9, at);
    }
  }

  /**
   * Three periods; the US market wants 10 widgets a period, each 1 hour of labor, a job being 1 hour.
   * An existing MX plant pays 20 an hour; a US candidate fab (capex 50) pays 10 and may open from
   * period 1. Without a limit: MX makes the 10 in period 0 (200), the fab opens in period 1 and makes
   * 10 in periods 1 and 2 (2 * 100): 50 + 400 = 450. A hiring limit of 6 a period in the US lets the
   * fab's jobs grow from 0 to 6 only in period 1: MX makes 4 (80) and the fab 6 (60), and only in
   * period 2 does the fab make all 10: 50 + 200 + 140 + 100 = 490. With 2 fixed jobs at the fab
   * (payroll 20 a period) they count as hires too: 4 units in period 1 (40 + 6 * 20 = 160, plus
   * payroll 20); 50 + 200 + 180 + 120 = 550.
   *
   * <p>Opening from period 0 with a limit of 6 from 0 starting jobs: the fab makes 6 in period 0 (60
   * + MX 4 * 20 = 140) and 10 after: 50 + 140 + 200 = 390. Without the starting jobs the first period
   * is not limited: 50 + 300 = 350.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void aHiringLimitKeepsProductionAbroadOneMorePeriod(Backend backend) {
    Site fab = Site.candidate("fab", "US", 100, 50).withOpeningPeriod(1);
    Network.Builder b = Network.builder().horizon(Horizon.of(3, 0))
        .country(Country.of("US", 10).withHoursPerJob(1), Country.of("MX", 20).withHoursPerJob(1))
        .product(Product.of("widget", "goods", 1, 0))
        .site(Site.existing("MX-1", "MX", 100))
        .market(Market.of("US-M", "US").withDemand("widget", 10))
        .freight(FreightRate.lane("MX", "US", 0));
    HiringLimit limit = new HiringLimit("us-labor", "US", Series.constant(6));

    Solution free = solve(b.build().toBuilder().site(fab).build(), backend);
    assertEquals(450, free.objective(), TOL);
    assertEquals(10, free.allocation().production("widget", "fab", 1), TOL);

    Solution limited = solve(b.build().toBuilder().site(fab).hiringLimit(limit).build(), backend);
    assertEquals(490, limited.objective(), TOL);
    assertEquals(6, limited.allocation().production("widget", "fab", 1), TOL);
    assertEquals(4, limited.allocation().production("widget", "MX-1", 1), TOL);
    assertEquals(List.of(0.0, 6.0, 10.0), List.of(limited.evaluation().jobs("US", 0),
        limited.evaluation().jobs("US", 1), limited.evaluation().jobs("US", 2)));

    Solution staffed = solve(b.build().toBuilder().site(fab.withFixedJobs(2)).hiringLimit(limit).build(), backend);
    assertEquals(550, staffed.objective(), TOL);
    assertEquals(4, staffed.allocation().production("widget", "fab", 1), TOL);

    Site early = fab.withOpeningPeriod(0);
    Solution fromStart = solve(b.build().toBuilder().site(early).hiringLimit(limit.withStartingJobs(0)).build(),
        backend);
    assertEquals(390, fromStart.objective(), TOL);
    assertEquals(6, fromStart.allocation().production("widget", "fab", 0), TOL);
    Solution unlimitedStart = solve(b.build().toBuilder().site(early).hiringLimit(limit).build(), backend);
    assertEquals(350, unlimitedStart.objective(), TOL);
  }

  /**
   * One period; 300 widgets wanted, no lost sales. An existing MX plant makes 200; a US candidate of
   * capacity 60 with ramp-up [0.5] makes 30 in the period it opens: 70 cannot be supplied, and the
   * diagnosis names the US site at its ramped capacity, 30.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void theDiagnosisNamesARampingSiteAtItsRampedCapacity(Backend backend) {
    Network n = Network.builder()
        .country(Country.of("US", 30).withHoursPerJob(10), Country.of("MX", 10))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.existing("MX-1", "MX", 200), Site.candidate("US-new", "US", 60, 1000).withRampUp(0.5))
        .market(Market.of("US-M", "US").withDemand("widget", 300))
        .freight(FreightRate.lane("MX", "US", 5))
        .build();
    Solution s = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(backend)).solve(n);
    assertEquals(SolveStatus.INFEASIBLE, s.status());
    String d = s.diagnosis().orElseThrow();
    assertTrue(d.contains("70 of 300 units cannot be supplied (sites that could: 'MX-1' at capacity 200 "
        + "[capacity[MX-1,t0]], 'US-new' at capacity 30 [capacity[US-new,t0]])"), d);
  }
}
