package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.solve.FootprintSolver;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Epsilon-constraint frontiers on networks whose frontier is known by hand. */
class FrontierTest {
  private static final FootprintSolver SOLVER = FootprintSolver.create();
  private static final double TOL = 1e-6;

  /**
   * The checks every frontier must pass: each point feasible (a cost, not NaN), its metric at or
   * above its floor, cost non-decreasing with the floor, and the non-dominated flags equal to an
   * independent O(n^2) check (a point is dominated when another has cost <= and metric >=, one of
   * them strictly, with a 1e-6 relative tolerance on cost and 1e-6 on the metric).
   */
  private static void checkFrontier(Frontier f) {
    List<Frontier.Point> ps = f.points();
    for (int i = 0; i < ps.size(); i++) {
      Frontier.Point p = ps.get(i);
      assertFalse(Double.isNaN(p.cost()), "point " + i + " has no solution");
      assertEquals(p.cost(), p.summary().objective(), 0, "point " + i);
      assertTrue(p.achieved() >= p.floor() - 1e-6, "point " + i + ": achieved " + p.achieved() + " < " + p.floor());
      if (i > 0) {
        assertTrue(p.floor() > ps.get(i - 1).floor(), "floors increase");
        assertTrue(p.cost() >= ps.get(i - 1).cost() - TestNetworks.rel(p.cost(), 1e-6), "cost decreased at " + i);
      }
    }
    for (int i = 0; i < ps.size(); i++) {
      Frontier.Point a = ps.get(i);
      boolean dominated = false;
      for (int j = 0; j < ps.size(); j++) {
        Frontier.Point b = ps.get(j);
        double tol = TestNetworks.rel(a.cost(), 1e-6);
        boolean noWorse = b.cost() <= a.cost() + tol && b.achieved() >= a.achieved() - 1e-6;
        boolean better = b.cost() < a.cost() - tol || b.achieved() > a.achieved() + 1e-6;
        if (j != i && noWorse && better) {
          dominated = true;
        }
      }
      assertEquals(!dominated, a.nonDominated(), "point " + i + " of\n" + f.table());
    }
  }

  /**
   * {@link TestNetworks#usMx} with 10 hours per US job, so a US unit makes 0.1 job. Cost-optimal: MX
   * makes all (2500, 0 US jobs). Most jobs: all 100 in the US, 10 jobs. Five points: floors 0, 2.5,
   * 5, 7.5, 10 jobs, each met with 10N US units: 40*10N + 25*(100 - 10N) = 2500 + 150N, that is
   * 2500, 2875, 3250, 3625, 4000; each achieving exactly its floor, all non-dominated.
   */
  @Test
  void jobsFrontierIsLinearInTheFloor() {
    Network base = TestNetworks.usMx().replaceCountry(Country.of("US", 30).withHoursPerJob(10)).build();
    Frontier f = Frontier.jobs(SOLVER, base, "US", 5);
    checkFrontier(f);
    assertEquals(5, f.points().size());
    assertEquals(SOLVER.solve(base).objective(), f.points().get(0).cost(), TOL);
    for (int i = 0; i < 5; i++) {
      Frontier.Point p = f.points().get(i);
      double n = 2.5 * i;
      assertEquals(n, p.floor(), TOL);
      assertEquals(2500 + 150 * n, p.cost(), TOL, "floor " + n);
      assertEquals(n, p.achieved(), TOL);
      assertTrue(p.nonDominated());
      assertEquals(10 * n, p.summary().production().get("widget").getOrDefault("US", 0.0), TOL);
    }
    assertTrue(f.metric().contains("US"));
  }

  /** The same hand-computed frontier with its points solved on three threads at once. */
  @Test
  void threadsGiveTheSameFrontier() {
    Network base = TestNetworks.usMx().replaceCountry(Country.of("US", 30).withHoursPerJob(10)).build();
    Frontier f = Frontier.jobs(SOLVER, base, "US", 5, 3);
    checkFrontier(f);
    for (int i = 0; i < 5; i++) {
      double n = 2.5 * i;
      assertEquals(n, f.points().get(i).floor(), TOL);
      assertEquals(2500 + 150 * n, f.points().get(i).cost(), TOL, "floor " + n);
    }
    Frontier one = Frontier.capex(SOLVER, base, "US", 4, 1);
    Frontier two = Frontier.capex(SOLVER, base, "US", 4, 2);
    assertEquals(one.points().size(), two.points().size());
    for (int i = 0; i < one.points().size(); i++) {
      assertEquals(one.points().get(i).floor(), two.points().get(i).floor(), TOL);
      assertEquals(one.points().get(i).cost(), two.points().get(i).cost(), TOL);
      assertEquals(one.points().get(i).nonDominated(), two.points().get(i).nonDominated());
    }
    assertThrows(IllegalArgumentException.class, () -> Frontier.jobs(SOLVER, base, "US", 3, 0));
  }

  /**
   * Two periods at discount 0.1 and demand 100 then 50. The jobs metric is the lowest period's, so
   * the most reachable is 5 (all 50 units of t1 in the US). A floor of N jobs in both periods needs
   * 10N US units in each: cost (2500 + 150N) + (1250 + 150N)/1.1. Floors 0, 1.25, 2.5, 3.75, 5.
   */
  @Test
  void jobsFrontierWithDiscountingByHand() {
    Network base = TestNetworks.usMx().horizon(Horizon.of(2, 0.1))
        .replaceCountry(Country.of("US", 30).withHoursPerJob(10))
        .replaceMarket(Market.of("US-M", "US").withDemand("widget", Series.of(100, 50)))
        .build();
    Frontier f = Frontier.jobs(SOLVER, base, "US", 5);
    checkFrontier(f);
    for (int i = 0; i < 5; i++) {
      Frontier.Point p = f.points().get(i);
      double n = 1.25 * i;
      assertEquals(n, p.floor(), TOL);
      assertEquals(2500 + 150 * n + (1250 + 150 * n) / 1.1, p.cost(), TOL, "floor " + n);
      assertEquals(n, p.achieved(), TOL);
      assertEquals(n, p.summary().jobsByCountry().get("US").get(0), TOL);
      assertEquals(n, p.summary().jobsByCountry().get("US").get(1), TOL);
    }
    // the table: floors and jobs achieved with the two decimals that write them exactly, costs
    // 2500 + 150N + (1250 + 150N)/1.1 = 3,636.4, 3,994.3, 4,352.3, 4,710.2, 5,068.2 in whole USD
    List<String> lines = f.table().lines().toList();
    assertEquals(List.of("floor: jobs in US (lowest period)", "achieved", "cost (USD)", "non-dominated"),
        List.of(lines.get(0).strip().split(" {2,}")), f.table());
    String[] jobs = {"0.00", "1.25", "2.50", "3.75", "5.00"};
    String[] costs = {"3,636", "3,994", "4,352", "4,710", "5,068"};
    for (int i = 0; i < 5; i++) {
      assertEquals(List.of(jobs[i], jobs[i], costs[i], "yes"), List.of(lines.get(i + 1).strip().split(" {2,}")),
          f.table());
    }
  }

  /**
   * MX-1 (existing, unit 25) and two US candidates, US-a (capex 1000) and US-b (capex 2000), each of
   * capacity 200 with unit cost 40. Cost-optimal: MX makes all, 2500, no US capex. All US capex:
   * 3000. Floors 0, 750, 1500, 2250, 3000: the cheapest way to place at least 750 is US-a (3500,
   * 1000 placed); 1500 needs US-b (4500, 2000); 2250 and 3000 need both (5500, 3000). Production
   * stays in MX throughout. The last two points are equal, so neither dominates the other.
   */
  @Test
  void capexFrontierByHand() {
    Network base = TestNetworks.usMx()
        .site(Site.candidate("US-a", "US", 200, 1000), Site.candidate("US-b", "US", 200, 2000))
        .build();
    Frontier f = Frontier.capex(SOLVER, base, "US", 5);
    checkFrontier(f);
    double[] floors = {0, 750, 1500, 2250, 3000};
    double[] costs = {2500, 3500, 4500, 5500, 5500};
    double[] placed = {0, 1000, 2000, 3000, 3000};
    List<List<String>> opened = List.of(List.of(), List.of("US-a"), List.of("US-b"), List.of("US-a", "US-b"),
        List.of("US-a", "US-b"));
    for (int i = 0; i < 5; i++) {
      Frontier.Point p = f.points().get(i);
      assertEquals(floors[i], p.floor(), TOL);
      assertEquals(costs[i], p.cost(), TOL, "floor " + floors[i]);
      assertEquals(placed[i], p.achieved(), TOL);
      assertEquals(opened.get(i), p.summary().sitesOpened());
      assertEquals(100, p.summary().production().get("widget").get("MX"), TOL);
      assertTrue(p.nonDominated());
    }
    assertTrue(f.table().contains("capex in US"));
    List<String> lines = f.table().lines().toList();
    assertEquals(List.of("floor: capex in US (USD)", "achieved", "cost (USD)", "non-dominated"),
        List.of(lines.get(0).strip().split(" {2,}")), f.table());
    String[] shownFloors = {"0", "750", "1,500", "2,250", "3,000"};
    String[] shownPlaced = {"0", "1,000", "2,000", "3,000", "3,000"};
    String[] shownCosts = {"2,500", "3,500", "4,500", "5,500", "5,500"};
    for (int i = 0; i < 5; i++) {
      assertEquals(List.of(shownFloors[i], shownPlaced[i], shownCosts[i], "yes"),
          List.of(lines.get(i + 1).strip().split(" {2,}")), f.table());
    }
  }

  /**
   * A fixed step: US-1 has no capacity, so US jobs (10 hours per job) can only come from a candidate
   * US-c (capex 600, capacity 30, unit 40): at most 30 units, 3 jobs. Floors 0, 1, 2, 3 jobs: none
   * costs 2500 (MX makes all); N > 0 opens US-c and makes 10N units there: 600 + 40*10N + 25*(100 -
   * 10N) = 3100 + 150N, that is 3250, 3400, 3550.
   */
  @Test
  void jobsFrontierWithAnOpeningStep() {
    Network base = TestNetworks.usMx()
        .replaceCountry(Country.of("US", 30).withHoursPerJob(10))
        .replaceSite(Site.existing("US-1", "US", 0))
        .site(Site.candidate("US-c", "US", 30, 600))
        .build();
    Frontier f = Frontier.jobs(SOLVER, base, "US", 4);
    checkFrontier(f);
    double[] expected = {2500, 3250, 3400, 3550};
    for (int i = 0; i < 4; i++) {
      Frontier.Point p = f.points().get(i);
      assertEquals(i, p.floor(), TOL);
      assertEquals(expected[i], p.cost(), TOL, "floor " + i);
      assertEquals(i, p.achieved(), TOL);
    }
  }

  /**
   * On a generated network (Size.S, seed 5) with site decisions over four periods, for the country
   * with the most sites (jobs) and the one with the most candidate capex left unopened (capex): every point of the jobs and capex frontiers is feasible, meets its floor,
   * costs no less than the point before, and carries the non-dominated flag of the independent check.
   * The first point is the unconstrained optimum.
   */
  @Test
  void generatedNetworkFrontiersPassTheChecks() {
    Network base = dev.footprint.generate.NetworkGenerator.generate(dev.footprint.generate.NetworkGenerator.Size.S, 5);
    java.util.Map<String, Integer> perCountry = new java.util.HashMap<>();
    base.sites().forEach(s -> perCountry.merge(s.country(), 1, Integer::sum));
    String country = perCountry.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    double optimum = SOLVER.solve(base).objective();
    Frontier jobs = Frontier.jobs(SOLVER, base, country, 4);
    checkFrontier(jobs);
    assertEquals(optimum, jobs.points().get(0).cost(), TestNetworks.rel(optimum, 1e-6));
    // capex: the country with the most candidate capex left unopened at the optimum (a country
    // whose candidates all open anyway, or that has none, has a one-point frontier)
    dev.footprint.solve.Solution best = SOLVER.solve(base);
    java.util.Map<String, Double> unopened = new java.util.HashMap<>();
    base.sites().stream().filter(s -> s.kind() != dev.footprint.model.SiteKind.EXISTING)
        .filter(s -> !best.allocation().sitesOpened().contains(s.id()))
        .forEach(s -> unopened.merge(s.country(), s.openingCapex(), Double::sum));
    String investor = unopened.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow()
        .getKey();
    Frontier capex = Frontier.capex(SOLVER, base, investor, 4);
    checkFrontier(capex);
    assertEquals(optimum, capex.points().get(0).cost(), TestNetworks.rel(optimum, 1e-6));
  }

  @Test
  void unknownCountryAndTooFewPointsThrow() {
    Network base = TestNetworks.usMx().build();
    assertThrows(IllegalArgumentException.class, () -> Frontier.jobs(SOLVER, base, "XX", 3));
    assertThrows(IllegalArgumentException.class, () -> Frontier.capex(SOLVER, base, "XX", 3));
    assertThrows(IllegalArgumentException.class, () -> Frontier.jobs(SOLVER, base, "US", 1));
  }
}
