package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.analysis.Specs;
import dev.footprint.model.ContentMethod;
import dev.footprint.model.Country;
import dev.footprint.model.Network;
import dev.footprint.model.OriginRule;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.SupplierOffer;
import dev.footprint.model.TradeAgreement;
import dev.footprint.model.TransshipmentRule;
import org.junit.jupiter.api.Test;

/**
 * The values {@code content:RULE} and {@code supplier:OFFER} have in a network as given: the rule's
 * content share, and 1 (a factor on the offer's price).
 */
class OriginBaseValueTest {

  private static Network network() {
    return Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0), Country.of("VN", 0))
        .product(Product.of("car", "autos", 1, 10).withDeclaredCustomsValue(100).withComponent("engine", 1),
            Product.of("engine", "parts", 0, 0))
        .site(Site.existing("MX-1", "MX", 100).withProducts("car"))
        .supplierOffer(SupplierOffer.of("us-engines", "engine", "US", 30, 1000))
        .agreement(TradeAgreement.of("usmca", "US", "MX"))
        .originRule(OriginRule.of("car-rvc", "usmca", "car", 0.6, ContentMethod.BUILD_UP))
        .transshipmentRule(TransshipmentRule.of("vn-transship", "US", 0.4, 0.5, "VN"))
        .build();
  }

  @Test
  void aRulesShareAndAnOffersFactor() {
    Network n = network();
    assertEquals(0.6, BaseValues.of("content:car-rvc", n));
    assertEquals(0.4, BaseValues.of("content:vn-transship", n));
    assertEquals(1.0, BaseValues.of("supplier:us-engines", n));
    assertTrue(Double.isNaN(BaseValues.of("content:nope", n)));
    assertEquals(n, Specs.parameter("content:car-rvc").at(n, 0.6), "at its base value the network as given");
    assertEquals(n, Specs.parameter("content:vn-transship").at(n, 0.4), "at its base value the network as given");
    assertEquals(n, Specs.parameter("supplier:us-engines").at(n, 1), "at its base value the network as given");
  }
}
