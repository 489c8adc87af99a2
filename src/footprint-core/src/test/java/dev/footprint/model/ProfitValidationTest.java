package dev.footprint.model;

import static dev.footprint.model.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Bad input to profit mode (prices, minimum service shares, the objective): each is refused with an
 * {@link InvalidModelException} naming the field and the value, while the value or the network is
 * built.
 */
class ProfitValidationTest {


  private static Market market() {
    return Market.of("M", "US").withDemand("widget", 50);
  }

  /** Two periods, profit mode; a US plant that can serve the US market. */
  private static Network.Builder base(Market m) {
    return Network.builder().horizon(Horizon.of(2, 0.05).withObjective(Objective.MAX_PROFIT))
        .country(Country.of("US", 30), Country.of("CA", 30))
        .product(Product.of("widget", "goods", 1, 10), Product.of("gadget", "goods", 1, 10))
        .site(Site.existing("plant", "US", 100))
        .market(m);
  }

  @Test
  void aPricedNetworkIsAccepted() {
    Network n = assertDoesNotThrow(() -> base(market().withPrice("widget", Series.of(40, 45))
        .withMinServiceShare("widget", 1)).build());
    assertEquals(45, n.markets().get(0).priceOf("widget", 1));
    assertEquals(1, n.markets().get(0).minServiceShareOf("widget"));
    assertEquals(0, n.markets().get(0).priceOf("gadget", 0));
    assertTrue(n.horizon().maximizesProfit());
    assertEquals(Objective.MIN_COST, Horizon.of(2, 0.05).objective());
  }

  @Test
  void negativePrice() {
    assertInvalid(() -> market().withPrice("widget", -1), "market 'M': prices['widget'][0]", -1.0,
        "must be a finite number >= 0");
  }

  @Test
  void priceForAProductTheMarketDoesNotDemand() {
    assertInvalid(() -> market().withPrice("gadget", 12), "market 'M': prices['gadget']", Series.constant(12),
        "the market has no demand for 'gadget'");
  }

  @Test
  void shareAboveOne() {
    assertInvalid(() -> market().withMinServiceShare("widget", 1.5), "market 'M': minServiceShare['widget']", 1.5,
        "must be a fraction in [0, 1.0]");
  }

  @Test
  void shareWrittenAsAPercentage() {
    assertInvalid(() -> market().withMinServiceShare("widget", 25), "market 'M': minServiceShare['widget']", 25.0,
        "percentage");
  }

  @Test
  void negativeShare() {
    assertInvalid(() -> market().withMinServiceShare("widget", -0.1), "market 'M': minServiceShare['widget']", -0.1,
        "must be a fraction in [0, 1.0]");
  }

  @Test
  void shareForAProductTheMarketDoesNotDemand() {
    assertInvalid(() -> market().withMinServiceShare("gadget", 0.5), "market 'M': minServiceShare['gadget']", 0.5,
        "the market has no demand for 'gadget'");
  }

  @Test
  void nullObjective() {
    assertInvalid(() -> Horizon.single().withObjective(null), "horizon.objective", null, "a value is required");
  }

  @Test
  void priceSeriesOfTheWrongLength() {
    assertInvalid(() -> base(market().withPrice("widget", Series.of(1, 2, 3))).build(),
        "market 'M': prices['widget']", Series.of(1, 2, 3), "has 3 values but the horizon has 2 periods");
  }

  @Test
  void profitModeNeedsAPriceForEveryProductDemanded() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> base(market()).build());
    assertEquals("market 'M': prices", e.field());
    assertEquals("widget", e.value());
    assertTrue(e.getMessage().contains("objective is MAX_PROFIT"), e.getMessage());
    // cost mode needs none
    assertDoesNotThrow(() -> base(market()).horizon(Horizon.of(2, 0.05)).build());
  }

  /**
   * A market no site can reach: in profit mode it may simply go unserved, unless a minimum service
   * share requires part of it.
   */
  @Test
  void aMinimumShareOfAnUnreachableMarketIsRefused() {
    Market canada = Market.of("C", "CA").withDemand("widget", 50).withPrice("widget", 40);
    assertDoesNotThrow(() -> base(canada).build());
    assertInvalid(() -> base(canada.withMinServiceShare("widget", 0.2)).build(), "market 'C': demand['widget']",
        Series.constant(50), "minimum service share for it is 0.2");
  }
}
