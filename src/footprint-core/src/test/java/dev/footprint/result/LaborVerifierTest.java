package dev.footprint.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.HiringLimit;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The verifier and the evaluation on the labor structure, with allocations written by hand: the
 * ramped capacity of a new site, the hires a limit allows, the severance on variable jobs lost.
 */
class LaborVerifierTest {

  /** Two periods at 10%; a widget is 1 hour of labor and a job is 1 hour; the US market wants 80. */
  private static Network.Builder base(Site site) {
    return base(site, Series.constant(80));
  }

  private static Network.Builder base(Site site, Series demand) {
    return Network.builder().horizon(Horizon.of(2, 0.10))
        .country(Country.of("US", 1).withHoursPerJob(1))
        .product(Product.of("widget", "goods", 1, 0))
        .site(site)
        .market(Market.of("M", "US").withDemand("widget", demand));
  }

  private static Allocation shipping(Network n, double first, double second) {
    return new Allocation(n, List.of(new Shipment("widget", "fab", "M", 0, first),
        new Shipment("widget", "fab", "M", 1, second)), Map.of("fab", new double[] {1, 1}), List.of(), Map.of());
  }

  /**
   * A fab of capacity 100 with ramp-up [0.5] opened in period 0 has 50 then: making 80 breaks its
   * capacity by 30; in period 1 it has 100. Committed to open in period 0, the same.
   */
  @Test
  void makingMoreThanTheRampedCapacityIsCaught() {
    for (Site fab : List.of(Site.candidate("fab", "US", 100, 0).withRampUp(0.5),
        Site.committed("fab", "US", 100, 0, 0).withRampUp(0.5))) {
      VerificationReport r = Verifier.create().verify(shipping(base(fab).build(), 80, 80));
      assertEquals(1, r.violations().size(), r.toString());
      assertEquals("capacity[fab,t0]", r.violations().get(0).constraint());
      assertEquals(30, r.violations().get(0).amount(), 1e-9);
      assertTrue(Verifier.create().verify(shipping(base(fab.withRampUp()).build(), 80, 80)).passed());
    }
  }

  /**
   * An existing plant ignores ramp-up: 80 of 100. Limit of 50 hires a period from 20 starting jobs:
   * period 0 grows from 20 to 80 (60 hires, 10 too many); period 1 stays at 80. Without the starting
   * jobs period 0 is not limited; a limit of 50 in period 1 is met by 80 to 80.
   */
  @Test
  void hiringBeyondTheLimitIsCaught() {
    Site fab = Site.existing("fab", "US", 100).withRampUp(0.5);
    HiringLimit limit = new HiringLimit("us", "US", Series.constant(50));
    VerificationReport r = Verifier.create().verify(shipping(base(fab).hiringLimit(limit.withStartingJobs(20)).build(),
        80, 80));
    assertEquals(1, r.violations().size(), r.toString());
    assertEquals("hires[us,t0]", r.violations().get(0).constraint());
    assertEquals(10, r.violations().get(0).amount(), 1e-9);
    assertTrue(Verifier.create().verify(shipping(base(fab).hiringLimit(limit).build(), 80, 80)).passed());
    // From 30 to 80 in period 1: 50 hires, at the limit; 49 would be one too few.
    Network tight = base(fab, Series.of(30, 80)).hiringLimit(limit).build();
    assertTrue(Verifier.create().verify(shipping(tight, 30, 80)).passed());
    Network tighter = base(fab, Series.of(30, 80)).hiringLimit(limit.withMaxHires(Series.constant(49))).build();
    assertEquals(1, Verifier.create().verify(shipping(tighter, 30, 80)).violations().size());
  }

  /**
   * Severance 5 a job on variable jobs: 80 jobs in period 0, 30 in period 1: 50 lost, 250 / 1.1 =
   * 227.2727. Jobs rising cost nothing; without the opt-in nothing either.
   */
  @Test
  void severanceIsChargedOnTheVariableJobsLost() {
    Site fab = Site.existing("fab", "US", 100).withSeverancePerJob(5);
    Network on = base(fab.withVariableSeverance(true), Series.of(80, 30)).build();
    assertEquals(250 / 1.1, Evaluation.of(shipping(on, 80, 30)).cost(CostKind.SEVERANCE), 1e-9);
    assertTrue(Verifier.create().verify(shipping(on, 80, 30), 80 + 30 / 1.1 + 250 / 1.1).passed());
    assertEquals(1, Verifier.create().verify(shipping(on, 80, 30), 80 + 30 / 1.1).violations().size());
    Network rising = base(fab.withVariableSeverance(true), Series.of(30, 80)).build();
    assertEquals(0, Evaluation.of(shipping(rising, 30, 80)).cost(CostKind.SEVERANCE), 1e-9);
    Network off = base(fab, Series.of(80, 30)).build();
    assertEquals(0, Evaluation.of(shipping(off, 80, 30)).cost(CostKind.SEVERANCE), 1e-9);
    assertTrue(Evaluation.of(shipping(on, 80, 30)).describe().contains("severance"));
    assertTrue(!Evaluation.of(shipping(off, 80, 30)).describe().contains("severance"));
  }
}
