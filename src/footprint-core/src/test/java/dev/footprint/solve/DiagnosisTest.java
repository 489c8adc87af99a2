package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.solve.internal.Engine;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The diagnosis of infeasible models, one cause of each kind, each worked out by hand; every
 * backend that solves these models (SCIP, HiGHS, CP-SAT: every figure here lies on CP-SAT's grid)
 * must give the same sentence, word for word.
 *
 * <p>The base ({@link #base}): US (wage 30, 10 hours per job) and MX (wage 10); a widget of 1 hour
 * and material 10; MX-1 existing with capacity 200; US-new a candidate with capacity
 * {@code usCapacity} and capex 1000; a US market wanting {@code demand}; freight MX-&gt;US 5. A US
 * unit is 1/10 of a job.
 */
class DiagnosisTest {
  private static final List<Backend> BACKENDS = List.of(Backend.SCIP, Backend.HIGHS, Backend.CP_SAT);

  private static Network.Builder base(double usCapacity, double demand) {
    return Network.builder()
        .country(Country.of("US", 30).withHoursPerJob(10), Country.of("MX", 10))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.existing("MX-1", "MX", 200), Site.candidate("US-new", "US", usCapacity, 1000))
        .market(Market.of("US-M", "US").withDemand("widget", demand))
        .freight(FreightRate.lane("MX", "US", 5));
  }

  /** Solves on every backend: each infeasible, each diagnosis the same; returns it. */
  private static String diagnosis(Network n) {
    String first = null;
    for (Backend b : BACKENDS) {
      Solution s = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(b)).solve(n);
      assertEquals(SolveStatus.INFEASIBLE, s.status(), b + ": " + s);
      String d = s.diagnosis().orElseThrow(() -> new AssertionError(b + " gave no diagnosis"));
      if (first == null) {
        first = d;
      } else {
        assertEquals(first, d, b + " disagrees with " + BACKENDS.get(0));
      }
    }
    return first;
  }

  private static final String PREFIX = "the model becomes feasible only if these constraints give way: ";

  /**
   * At least 60% of widgets made in the US, but US-new makes at most 40 of the 100 wanted: the US
   * makes 60 - 40 = 20 units too few. Demand is met in full from MX, so it is not blamed.
   */
  @Test
  void homeShare() {
    Network n = base(40, 100).policy(new Policy.HomeShare("us-home-widget", "widget", "US", 0.6)).build();
    assertEquals(PREFIX + "policy 'us-home-widget' (home share: at least 60% of widget made in US): US makes 20 "
        + "units too few in t0 [homeShare[us-home-widget,t0]]", diagnosis(n));
  }

  /**
   * No country may make more than half of the widgets, but the US can make only 40 of 100, so MX
   * makes at least 60: 10 too many. The US row holds (40 &lt;= 50) and is not named.
   */
  @Test
  void concentrationCap() {
    Network n = base(40, 100).policy(new Policy.ConcentrationCap("half", "widget", 0.5)).build();
    assertEquals(PREFIX + "policy 'half' (concentration cap: no country makes more than 50% of widget): MX makes "
        + "10 units too many in t0 [concentration[half,MX,t0]]", diagnosis(n));
  }

  /** At most 100 US units, 10 jobs, against a floor of 50: 40 jobs short. */
  @Test
  void employmentFloor() {
    Network n = base(200, 100).policy(new Policy.EmploymentFloor("us-floor", "US", Series.constant(50))).build();
    assertEquals(PREFIX + "policy 'us-floor' (employment floor: at least 50 jobs in US): 40 jobs short in t0 "
        + "[jobs[us-floor,t0]]", diagnosis(n));
  }

  /** The only US candidate's capex is 1000 against a pledge of 5000: 4000 short. */
  @Test
  void pledge() {
    Network n = base(200, 100).policy(new Policy.InvestmentPledge("us-pledge", "US", 5000)).build();
    assertEquals(PREFIX + "policy 'us-pledge' (investment pledge: at least 5000 of capex opened in US): capex short "
        + "by 4000 [pledge[us-pledge]]", diagnosis(n));
  }

  /**
   * 300 wanted, 200 + 60 can be made: 40 units short, both sites at capacity (US-new opens: the
   * shortfall is smallest with it).
   */
  @Test
  void capacityAgainstDemand() {
    Network n = base(60, 300).build();
    assertEquals(PREFIX + "demand for 'widget' in market 'US-M' (US) in t0: 40 of 300 units cannot be supplied "
        + "(sites that could: 'MX-1' at capacity 200 [capacity[MX-1,t0]], 'US-new' at capacity 60 "
        + "[capacity[US-new,t0]]) [demand[widget,US-M,t0]]", diagnosis(n));
  }

  /**
   * Both at once: 40 of 300 short as above, and a US home share of 50% of the 260 made (130) against
   * the 60 US-new can make: 70 too few. The shortfall is held at its minimum, so the policy is
   * measured against the 260 made.
   */
  @Test
  void capacityAndAPolicy() {
    Network n = base(60, 300).policy(new Policy.HomeShare("us-half", "widget", "US", 0.5)).build();
    String d = diagnosis(n);
    assertTrue(d.startsWith(PREFIX + "demand for 'widget' in market 'US-M' (US) in t0: 40 of 300 units"), d);
    assertTrue(d.endsWith("; policy 'us-half' (home share: at least 50% of widget made in US): US makes 70 units "
        + "too few in t0 [homeShare[us-half,t0]]"), d);
  }

  /**
   * Two policies each possible alone but not together: US home share 60% (US-new can make all 100)
   * and a 50% concentration cap. In the network's order the home share is kept and the cap must give
   * way: the US makes 60 where 50 is the cap, 10 too many. A third, satisfiable policy (a 1-job
   * floor) is kept and not named.
   */
  @Test
  void twoPoliciesInConflict() {
    Network n = base(200, 100)
        .policy(new Policy.EmploymentFloor("floor", "US", Series.constant(1)),
            new Policy.HomeShare("us-home", "widget", "US", 0.6), new Policy.ConcentrationCap("cap", "widget", 0.5))
        .build();
    assertEquals(PREFIX + "policy 'cap' (concentration cap: no country makes more than 50% of widget): US makes 10 "
        + "units too many in t0 [concentration[cap,US,t0]]", diagnosis(n));
  }

  /**
   * Two periods; US-new may open only in t1 and MX-1 makes 200 of the 250 wanted: in t0, 50 units
   * short and US-new not open yet; in t1 US-new (capacity 60) covers the 50.
   */
  @Test
  void siteNotOpenYet() {
    Network n = base(60, 250).horizon(Horizon.of(2, 0))
        .replaceSite(Site.candidate("US-new", "US", 60, 1000).withOpeningPeriod(1)).build();
    assertEquals(PREFIX + "demand for 'widget' in market 'US-M' (US) in t0: 50 of 250 units cannot be supplied "
        + "(sites that could: 'MX-1' at capacity 200 [capacity[MX-1,t0]], 'US-new' not open before t1) "
        + "[demand[widget,US-M,t0]]", diagnosis(n));
  }

  /** A site fixed inactive by the options is named as such. */
  @Test
  void siteFixedInactive() {
    Network n = base(60, 250).build();
    Solution s = FootprintSolver.create(SolveOptions.DEFAULT.withFixedSiteStatus(Map.of("US-new", List.of(false))))
        .solve(n);
    assertEquals(SolveStatus.INFEASIBLE, s.status());
    assertTrue(s.diagnosis().orElseThrow().contains("'US-new' fixed inactive in t0"), s.diagnosis().get());
  }

  /**
   * The diagnosis shares one budget among its solves: with none left it says what it could not
   * check, at once, rather than taking another full time limit.
   */
  @Test
  void diagnosisStaysWithinItsBudget() {
    Network n = base(40, 100).policy(new Policy.HomeShare("us-home-widget", "widget", "US", 0.6)).build();
    long start = System.nanoTime();
    String d = Engine.diagnoseInfeasibility(n, SolveOptions.DEFAULT, Duration.ofNanos(1));
    assertTrue(System.nanoTime() - start < 2_000_000_000L);
    assertEquals("the model is infeasible; the diagnosis ran out of time while checking the model without its "
        + "policies", d);
    String full = Engine.diagnoseInfeasibility(n, SolveOptions.DEFAULT, Duration.ofSeconds(60));
    assertFalse(full.contains("ran out of time"), full);
  }
}
