package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.Horizon;
import dev.footprint.model.InvalidModelException;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Objective;
import dev.footprint.model.Product;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import org.junit.jupiter.api.Test;

/** The sweepable parameter {@code price:MARKET:PRODUCT}, a factor on a market's price. */
class PriceParameterTest {

  private static Network network() {
    return Network.builder().horizon(Horizon.of(2, 0).withObjective(Objective.MAX_PROFIT))
        .country(Country.of("US", 0))
        .product(Product.of("widget", "goods", 0, 10))
        .site(Site.existing("plant", "US", 100))
        .market(Market.of("M", "US").withDemand("widget", 5).withPrice("widget", Series.of(20, 30))
            .withMinServiceShare("widget", 0.5))
        .build();
  }

  /** Scaling [20, 30] by 1.5 gives [30, 45]; demand, share and the rest are kept. */
  @Test
  void scalesThePriceInEveryPeriod() {
    Parameter p = Specs.parameter("price:M:widget");
    assertEquals("price[M,widget]", p.name());
    Market m = p.at(network(), 1.5).markets().get(0);
    assertEquals(30, m.priceOf("widget", 0), 1e-12);
    assertEquals(45, m.priceOf("widget", 1), 1e-12);
    assertEquals(0.5, m.minServiceShareOf("widget"));
    assertEquals(5, m.demandOf("widget", 1));
  }

  /** The demand scale keeps prices and shares (it rebuilds each market). */
  @Test
  void theDemandScaleKeepsPrices() {
    Market m = Parameters.demandScale().at(network(), 2).markets().get(0);
    assertEquals(10, m.demandOf("widget", 0));
    assertEquals(30, m.priceOf("widget", 1), 1e-12);
    assertEquals(0.5, m.minServiceShareOf("widget"));
  }

  @Test
  void unknownMarketOrProductAndBadFactor() {
    assertThrows(InvalidModelException.class, () -> Specs.parameter("price:X:widget").at(network(), 1));
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> Specs.parameter("price:M:gadget").at(network(), 1));
    assertTrue(e.getMessage().contains("no price for this product"), e.getMessage());
    assertThrows(InvalidModelException.class, () -> Specs.parameter("price:M:widget").at(network(), -1));
    assertThrows(IllegalArgumentException.class, () -> Specs.parameter("price:M"));
  }
}
