package dev.footprint.model;

import static dev.footprint.model.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Bad input to the terminal value (docs/model.md, Terminal value): each is refused with an {@link
 * InvalidModelException} naming the field and the value, while the horizon or the network is built.
 */
class TerminalValueValidationTest {

  @Test
  void aPerpetuityNeedsAPositiveDiscountRate() {
    assertInvalid(() -> Horizon.of(3, 0).withTerminalValue(TerminalValue.PERPETUITY), "horizon.terminalValue",
        "PERPETUITY", "needs a positive horizon.discountRate, not 0.0");
    // A number of periods is fine at 0: A = N.
    assertEquals(4, Horizon.of(3, 0).withTerminalValue(TerminalValue.periods(4)).terminalFactor(), 0);
  }

  @Test
  void aNumberOfPeriodsIsAtLeastOne() {
    assertInvalid(() -> TerminalValue.periods(-2), "horizon.terminalValue.periods", -2, "must be a whole number of"
        + " periods in [1, 1000]\nMaybe use NONE");
    assertInvalid(() -> TerminalValue.periods(0), "horizon.terminalValue.periods", 0, "in [1, 1000]");
    assertInvalid(() -> TerminalValue.periods(1001), "horizon.terminalValue.periods", 1001, "Maybe use PERPETUITY");
    assertInvalid(() -> new TerminalValue(TerminalValue.Kind.PERPETUITY, 3), "horizon.terminalValue.periods", 3,
        "has no number of periods");
    assertInvalid(() -> new TerminalValue(null, 0), "horizon.terminalValue", null, "a value is required");
  }

  @Test
  void aTerminalValueCannotGoWithTheResidualAccounting() {
    Horizon h = Horizon.of(3, 0.1);
    assertInvalid(() -> h.withCapexAccounting(CapexAccounting.RESIDUAL).withTerminalValue(TerminalValue.PERPETUITY),
        "horizon.terminalValue", "perpetuity", "horizon.capexAccounting = RESIDUAL");
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> h.withCapexAccounting(CapexAccounting.RESIDUAL).withTerminalValue(TerminalValue.PERPETUITY));
    assertTrue(e.getMessage().contains("would be counted twice"), e.getMessage());
    assertInvalid(() -> h.withTerminalValue(TerminalValue.periods(5)).withCapexAccounting(CapexAccounting.RESIDUAL),
        "horizon.terminalValue", "5", "horizon.capexAccounting = RESIDUAL");
    assertDoesNotThrow(() -> h.withCapexAccounting(CapexAccounting.ANNUITY).withTerminalValue(TerminalValue.PERPETUITY));
  }

  /**
   * Under ANNUITY the annuity of a closable candidate stays charged after it closes; over a terminal
   * window it would be charged for ever on a site that no longer runs: refused, for its own asset
   * life or a capacity step's. Without an asset life, or under FULL, it is accepted.
   */
  @Test
  void aClosableCandidateWithAnAssetLifeCannotGoWithAnAnnuityBeyondTheHorizon() {
    Horizon annuity = Horizon.of(3, 0.1).withCapexAccounting(CapexAccounting.ANNUITY)
        .withTerminalValue(TerminalValue.PERPETUITY);
    Site closable = Site.candidate("fab", "US", 100, 1000).withClosable(true);
    assertInvalid(() -> network(annuity, closable.withAssetLife(10)).build(), "site 'fab': closable", true,
        "horizon.capexAccounting = ANNUITY and horizon.terminalValue = perpetuity");
    assertInvalid(() -> network(annuity, closable).capacityStep(CapacityStep.of("line", "fab", 10, 100, 0)
        .withAssetLife(4)).build(), "site 'fab': closable", true, "a capacity step's");
    assertDoesNotThrow(() -> network(annuity, closable).build());
    assertDoesNotThrow(() -> network(annuity.withCapexAccounting(CapexAccounting.FULL), closable.withAssetLife(10))
        .build());
  }

  private static Network.Builder network(Horizon h, Site site) {
    return Network.builder().horizon(h)
        .country(Country.of("US", 30))
        .product(Product.of("widget", "goods", 1, 10))
        .site(site)
        .market(Market.of("M", "US").withDemand("widget", 50));
  }
}
