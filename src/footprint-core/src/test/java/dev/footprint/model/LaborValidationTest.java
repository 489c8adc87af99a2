package dev.footprint.model;

import static dev.footprint.model.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Bad input to the labor structure (ramp-up, severance on variable jobs, hiring limits): each is
 * refused with an {@link InvalidModelException} naming the field and the value.
 */
class LaborValidationTest {


  /** Three periods; a US fab that may open from period 0. */
  private static Network.Builder base() {
    return Network.builder().horizon(Horizon.of(3, 0))
        .country(Country.of("US", 30))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.candidate("fab", "US", 100, 1000))
        .market(Market.of("M", "US").withDemand("widget", 50));
  }

  @Test
  void theLaborStructureOfAValidNetworkIsAccepted() {
    Network n = assertDoesNotThrow(() -> base()
        .replaceSite(Site.candidate("fab", "US", 100, 1000).withRampUp(0, 0.5, 1).withVariableSeverance(true))
        .hiringLimit(new HiringLimit("us", "US", Series.of(10, 20, 30)).withStartingJobs(5))
        .build());
    Site fab = n.sites().get(0);
    assertEquals(List.of(0.0, 0.5, 1.0), fab.rampUp());
    assertEquals(0.5, fab.rampShare(1), 0);
    assertEquals(1, fab.rampShare(7), 0);
    assertTrue(fab.variableSeverance());
    assertEquals(OptionalDouble.of(5), n.hiringLimits().get(0).startingJobs());
    // An existing site has its full capacity whatever its ramp-up says.
    assertEquals(1, Site.existing("old", "US", 100).withRampUp(0.5).rampShare(0), 0);
    // The defaults: no ramp-up, no severance on variable jobs, no limits.
    Site plain = Site.candidate("fab", "US", 100, 1000);
    assertEquals(List.of(), plain.rampUp());
    assertEquals(false, plain.variableSeverance());
    assertEquals(List.of(), base().build().hiringLimits());
  }

  @Test
  void aRampUpShareOutsideZeroToOne() {
    assertInvalid(() -> Site.candidate("fab", "US", 100, 1000).withRampUp(0.5, 1.2), "site 'fab': rampUp[1]", 1.2,
        "must be a share of capacity in [0, 1]");
    assertInvalid(() -> Site.candidate("fab", "US", 100, 1000).withRampUp(-0.1), "site 'fab': rampUp[0]", -0.1,
        "in [0, 1]");
    assertInvalid(() -> Site.candidate("fab", "US", 100, 1000).withRampUp(Double.NaN), "site 'fab': rampUp[0]",
        Double.NaN, "in [0, 1]");
  }

  @Test
  void aClosableSiteWithARampUp() {
    assertInvalid(() -> Site.candidate("fab", "US", 100, 1000).withClosable(true).withRampUp(0.5),
        "site 'fab': rampUp", java.util.List.of(0.5), "a closable site cannot have a ramp-up");
    assertInvalid(() -> Site.candidate("fab", "US", 100, 1000).withRampUp(0.5).withClosable(true),
        "site 'fab': rampUp", java.util.List.of(0.5), "a closable site cannot have a ramp-up");
  }

  @Test
  void aMissingRampUpShare() {
    Site fab = Site.candidate("fab", "US", 100, 1000);
    assertInvalid(() -> new Site("fab", "fab", "US", SiteKind.CANDIDATE, fab.capacity(), fab.fixedCost(), 1000, 0, 0,
        fab.products(), 0, 0, 0, 0, false, Arrays.asList(0.5, null), false), "site 'fab': rampUp[1]", null, "");
  }

  @Test
  void negativeMaxHires() {
    assertInvalid(() -> new HiringLimit("us", "US", Series.of(10, -1, 10)), "hiringLimit 'us': maxHires[1]", -1.0,
        "must be a finite number >= 0");
  }

  @Test
  void negativeOrInfiniteStartingJobs() {
    assertInvalid(() -> new HiringLimit("us", "US", Series.constant(10)).withStartingJobs(-3),
        "hiringLimit 'us': startingJobs", -3.0, "must be a finite number >= 0");
    assertInvalid(() -> new HiringLimit("us", "US", Series.constant(10)).withStartingJobs(Double.POSITIVE_INFINITY),
        "hiringLimit 'us': startingJobs", Double.POSITIVE_INFINITY, "must be a finite number >= 0");
  }

  @Test
  void aHiringLimitInAnUnknownCountry() {
    assertInvalid(() -> base().hiringLimit(new HiringLimit("mx", "MX", Series.constant(10))).build(),
        "hiringLimit 'mx': country", "MX", "");
  }

  @Test
  void maxHiresOfTheWrongLength() {
    Series two = Series.of(1, 2);
    assertInvalid(() -> base().hiringLimit(new HiringLimit("us", "US", two)).build(),
        "hiringLimit 'us': maxHires", two, "has 2 values but the horizon has 3 periods");
  }

  @Test
  void twoHiringLimitsWithOneId() {
    HiringLimit h = new HiringLimit("us", "US", Series.constant(10));
    assertInvalid(() -> base().hiringLimit(h, h).build(), "hiringLimits[1].id", "us", "duplicate id");
  }
}
