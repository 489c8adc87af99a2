package dev.footprint.model;

import static dev.footprint.model.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Bad input to capacity steps and closable candidates: each is refused with an {@link
 * InvalidModelException} naming the field and the value, while the value or the network is built.
 */
class CapacityStepValidationTest {


  /** Three periods; an existing plant and a candidate fab in the US. */
  private static Network.Builder base() {
    return Network.builder().horizon(Horizon.of(3, 0.05))
        .country(Country.of("US", 30))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.existing("plant", "US", 100), Site.candidate("fab", "US", 100, 1000))
        .market(Market.of("M", "US").withDemand("widget", 50));
  }

  @Test
  void stepsOnEveryKindOfSiteAreAccepted() {
    Network n = assertDoesNotThrow(() -> base()
        .site(Site.committed("new", "US", 50, 500, 1))
        .capacityStep(CapacityStep.of("a", "plant", 10, 100, 0), CapacityStep.of("b", "fab", 10, 100, 2)
            .withMaxCount(3).withAssetLife(10), new CapacityStep("c", "new", Series.of(0, 5, 10), 0, 1, 1, 0))
        .replaceSite(Site.candidate("fab", "US", 100, 1000).withClosable(true))
        .build());
    assertEquals(3, n.capacitySteps().size());
    assertTrue(n.sites().get(1).closable());
    assertEquals(n, n.toBuilder().build());
  }

  @Test
  void negativeIncrement() {
    assertInvalid(() -> CapacityStep.of("a", "plant", -5, 100, 0), "capacityStep 'a': capacityIncrement[0]", -5.0,
        "must be a finite number >= 0");
  }

  @Test
  void negativeCapex() {
    assertInvalid(() -> CapacityStep.of("a", "plant", 5, -1, 0), "capacityStep 'a': capex", -1.0, ">= 0");
  }

  @Test
  void negativeEarliestPeriod() {
    assertInvalid(() -> CapacityStep.of("a", "plant", 5, 100, -1), "capacityStep 'a': earliestPeriod", -1,
        "must be >= 0");
  }

  @Test
  void earliestPeriodBeyondTheHorizon() {
    assertInvalid(() -> base().capacityStep(CapacityStep.of("a", "plant", 5, 100, 3)).build(),
        "capacityStep 'a': earliestPeriod", 3, "outside the horizon: periods are 0 to 2");
  }

  @Test
  void unknownSite() {
    assertInvalid(() -> base().capacityStep(CapacityStep.of("a", "nowhere", 5, 100, 0)).build(),
        "capacityStep 'a': site", "nowhere", "no site has this id");
  }

  @Test
  void maxCountBelowOneOrAboveTheLimit() {
    assertInvalid(() -> CapacityStep.of("a", "plant", 5, 100, 0).withMaxCount(0), "capacityStep 'a': maxCount", 0,
        "must be between 1 and 1000");
    assertInvalid(() -> CapacityStep.of("a", "plant", 5, 100, 0).withMaxCount(1001), "capacityStep 'a': maxCount",
        1001, "must be between 1 and 1000");
  }

  @Test
  void negativeAssetLife() {
    assertInvalid(() -> CapacityStep.of("a", "plant", 5, 100, 0).withAssetLife(-2), "capacityStep 'a': assetLife", -2,
        "must be >= 0");
  }

  @Test
  void incrementOfTheWrongLength() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> base()
        .capacityStep(CapacityStep.of("a", "plant", 5, 100, 0).withCapacityIncrement(Series.of(1, 2))).build());
    assertEquals("capacityStep 'a': capacityIncrement", e.field());
    assertTrue(e.getMessage().contains("has 2 values but the horizon has 3 periods"), e.getMessage());
  }

  @Test
  void duplicateStepId() {
    assertInvalid(() -> base().capacityStep(CapacityStep.of("a", "plant", 5, 100, 0), CapacityStep.of("a", "fab", 5,
        100, 0)).build(), "capacitySteps[1].id", "a", "duplicate id");
  }

  @Test
  void onlyACandidateMayBeClosable() {
    assertInvalid(() -> Site.existing("plant", "US", 100).withClosable(true), "site 'plant': closable", true,
        "only a candidate site may be closable");
    assertInvalid(() -> Site.committed("new", "US", 100, 10, 1).withClosable(true), "site 'new': closable", true,
        "only a candidate site may be closable");
  }
}
