package dev.footprint.model;

import static dev.footprint.model.Refusals.assertInvalid;

import org.junit.jupiter.api.Test;

/** Bills of materials and supplier offers refused by field and value (docs/model.md, Bills of materials). */
class BomValidationTest {

  private static Network.Builder base() {
    return Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("car", "auto", 0, 100).withComponent("engine", 2),
            Product.of("engine", "auto", 0, 50))
        .site(Site.existing("plant", "US", 100))
        .market(Market.of("US-M", "US").withDemand("car", 10));
  }

  @Test
  void aCycleIsRefusedNamingIt() {
    assertInvalid(() -> Network.builder().country(Country.of("US", 0))
            .product(Product.of("a", "s", 0, 1).withComponent("b", 1), Product.of("b", "s", 0, 1).withComponent("c", 1),
                Product.of("c", "s", 0, 1).withComponent("a", 1))
            .site(Site.existing("plant", "US", 100)).build(),
        "product 'c': components", "a -> b -> c -> a", "a bill of materials with a cycle");
  }

  @Test
  void aProductThatIsItsOwnComponentIsACycle() {
    assertInvalid(() -> Network.builder().country(Country.of("US", 0))
            .product(Product.of("a", "s", 0, 1).withComponent("a", 1))
            .site(Site.existing("plant", "US", 100)).build(),
        "product 'a': components", "a -> a", "cycle");
  }

  @Test
  void aComponentNobodyMakesOrSellsIsRefused() {
    assertInvalid(() -> base().replaceSite(Site.existing("plant", "US", 100).withProducts("car")).build(),
        "product 'car': components", "engine", "no site may make this component and no supplier offer sells it");
  }

  @Test
  void aComponentSoldByASupplierIsAccepted() {
    base().replaceSite(Site.existing("plant", "US", 100).withProducts("car"))
        .supplierOffer(SupplierOffer.of("engco", "engine", "MX", 40, 100)).build();
  }

  @Test
  void anUnknownComponentIsRefused() {
    assertInvalid(() -> base().product(Product.of("truck", "auto", 0, 1).withComponent("wheel", 4)).build(),
        "product 'truck': components", "wheel", "no product has this id");
  }

  @Test
  void aNegativeOrZeroQuantityIsRefused() {
    assertInvalid(() -> Product.of("car", "auto", 0, 1).withComponent("engine", -1),
        "product 'car': components['engine']", -1.0, "");
    assertInvalid(() -> Product.of("car", "auto", 0, 1).withComponent("engine", 0),
        "product 'car': components['engine']", 0.0, "");
  }

  @Test
  void aSupplierOfAnUnknownProductOrCountryIsRefused() {
    assertInvalid(() -> base().supplierOffer(SupplierOffer.of("x", "wheel", "MX", 1, 1)).build(),
        "supplierOffer 'x': product", "wheel", "no product has this id");
    assertInvalid(() -> base().supplierOffer(SupplierOffer.of("x", "engine", "CN", 1, 1)).build(),
        "supplierOffer 'x': country", "CN", "no country has this id");
  }

  @Test
  void aNegativePriceOrCapacityIsRefused() {
    assertInvalid(() -> SupplierOffer.of("x", "engine", "MX", -1, 1), "supplierOffer 'x': pricePerUnit[0]", -1.0, "");
    assertInvalid(() -> SupplierOffer.of("x", "engine", "MX", 1, -5), "supplierOffer 'x': capacity[0]", -5.0, "");
  }

  @Test
  void aSupplierOfferWithASiteIdIsRefused() {
    assertInvalid(() -> base().supplierOffer(SupplierOffer.of("plant", "engine", "MX", 1, 1)).build(),
        "supplierOffer 'plant': id", "plant", "a site has this id too");
  }

  @Test
  void anOfferSeriesOfTheWrongLengthIsRefused() {
    assertInvalid(() -> base().horizon(Horizon.of(2, 0))
            .supplierOffer(new SupplierOffer("x", "engine", "MX", Series.of(1, 2, 3), Series.constant(1))).build(),
        "supplierOffer 'x': pricePerUnit", Series.of(1, 2, 3), "");
  }
}
