package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.ContentMethod;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.InvalidModelException;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.OriginCondition;
import dev.footprint.model.OriginRule;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.SupplierOffer;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TradeAgreement;
import dev.footprint.model.TransshipmentRule;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The parameters of the origin of goods: {@code content:RULE} (an origin rule's least originating
 * share or a transshipment rule's largest foreign share) and {@code supplier:OFFER} (a factor on a
 * supplier offer's price), and a tariff rate swept where the origin of goods makes the duty a choice.
 */
class OriginParametersTest {

  /**
   * MX-1 assembles cars from engines bought in the US (30, then 32) and in China (20) and ships them to
   * the US, inside USMCA, where a car needs 60% regional content; cars from Vietnam are under a
   * transshipment rule.
   */
  private static Network network() {
    return Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0), Country.of("CN", 0), Country.of("VN", 0))
        .product(Product.of("car", "autos", 1, 10).withDeclaredCustomsValue(100).withComponent("engine", 1),
            Product.of("engine", "parts", 0, 0), Product.of("bike", "cycles", 1, 5))
        .site(Site.existing("MX-1", "MX", 1000).withProducts("car"), Site.existing("VN-1", "VN", 1000).withProducts("bike"))
        .supplierOffer(new SupplierOffer("us-engines", "engine", "US", Series.of(30, 32), Series.constant(1000)),
            SupplierOffer.of("cn-engines", "engine", "CN", 20, 1000))
        .market(Market.of("US-M", "US").withDemand("car", Series.of(10, 10)).withDemand("bike", Series.of(5, 5)))
        .freight(FreightRate.lane("MX", "US", 1), FreightRate.lane("US", "MX", 1), FreightRate.lane("CN", "MX", 1),
            FreightRate.lane("VN", "US", 1))
        .agreement(TradeAgreement.of("usmca", "US", "MX"))
        .originRule(OriginRule.of("car-rvc", "usmca", "car", 0.6, ContentMethod.BUILD_DOWN))
        .transshipmentRule(TransshipmentRule.of("vn-transship", "US", 0.4, 0.4, "VN")
            .on(ProductScope.products("bike")))
        .tariff(TariffMeasure.adValorem("us-general", "US", 0.25).from("MX").forNonOriginating("usmca"),
            TariffMeasure.adValorem("us-vn", "US", 0.2).from("VN"))
        .horizon(dev.footprint.model.Horizon.of(2, 0))
        .build();
  }

  @Test
  void contentSetsAnOriginRulesShare() {
    Parameter p = Specs.parameter("content:car-rvc");
    assertEquals("content[car-rvc]", p.name());
    assertFalse(p.objectiveOnly(), "the share bounds the content rows");
    Network n = p.at(network(), 0.35);
    assertEquals(0.35, n.originRules().get(0).minContentShare(), 0);
    assertEquals(ContentMethod.BUILD_DOWN, n.originRules().get(0).method());
    assertEquals(network().transshipmentRules(), n.transshipmentRules());
    assertTrue(p.concaveOn(network(), 0.3, 0.7).isPresent());
  }

  @Test
  void contentSetsATransshipmentRulesShare() {
    Network n = Specs.parameter("content:vn-transship").at(network(), 0.25);
    assertEquals(0.25, n.transshipmentRules().get(0).maxForeignContentShare(), 0);
    assertEquals(0.4, n.transshipmentRules().get(0).penaltyRate(), 0);
    assertEquals(network().originRules(), n.originRules());
  }

  @Test
  void contentRefusesAnUnknownRuleAndAShareAboveOne() {
    InvalidModelException unknown = assertThrows(InvalidModelException.class,
        () -> Parameters.contentShare("nope").at(network(), 0.5));
    assertEquals("nope", unknown.value());
    assertTrue(unknown.getMessage().contains("no origin rule or transshipment rule has this id"), unknown.getMessage());
    InvalidModelException high = assertThrows(InvalidModelException.class,
        () -> Parameters.contentShare("car-rvc").at(network(), 1.5));
    assertEquals("originRule 'car-rvc': minContentShare", high.field());
  }

  @Test
  void contentRefusesAnIdBothKindsOfRuleHave() {
    Network both = network().toBuilder().transshipmentRule(TransshipmentRule.of("car-rvc", "US", 0.4, 0.4, "CN")
        .on(ProductScope.products("bike"))).build();
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> Parameters.contentShare("car-rvc").at(both, 0.5));
    assertTrue(e.getMessage().contains("both have this id"), e.getMessage());
  }

  @Test
  void supplierScalesAnOffersPriceInEveryPeriod() {
    Parameter p = Specs.parameter("supplier:us-engines");
    assertEquals("supplier[us-engines].price", p.name());
    assertTrue(p.objectiveOnly());
    Network n = p.at(network(), 1.5);
    assertEquals(Series.of(45, 48), n.supplierOffers().get(0).pricePerUnit());
    assertEquals(Series.constant(1000), n.supplierOffers().get(0).capacity());
    assertEquals(network().supplierOffers().get(1), n.supplierOffers().get(1));
    assertEquals(network(), p.at(network(), 1), "at 1 the network as given");
  }

  @Test
  void supplierRefusesAnUnknownOfferAndANegativeFactor() {
    InvalidModelException unknown = assertThrows(InvalidModelException.class,
        () -> Parameters.supplierPrice("nope").at(network(), 1));
    assertEquals("nope", unknown.value());
    assertTrue(unknown.getMessage().contains("no supplierOffer has this id"), unknown.getMessage());
    InvalidModelException negative = assertThrows(InvalidModelException.class,
        () -> Parameters.supplierPrice("us-engines").at(network(), -1));
    assertEquals("supplier[us-engines].price", negative.field());
  }

  /** Linear where no content rule covers a product made with the offer's component; not where one does. */
  @Test
  void supplierIsLinearUnlessItsComponentIsInAContentRulesRows() {
    Parameter p = Parameters.supplierPrice("cn-engines");
    Optional<String> why = p.concaveOn(network(), 0.5, 2);
    assertTrue(why.isPresent() && why.get().contains("origin rule 'car-rvc'"), why.toString());
    Network noRule = Network.builder()
        .country(Country.of("US", 0), Country.of("CN", 0))
        .product(Product.of("car", "autos", 1, 10).withComponent("engine", 1), Product.of("engine", "parts", 0, 0))
        .site(Site.existing("US-1", "US", 1000).withProducts("car"))
        .supplierOffer(SupplierOffer.of("cn-engines", "engine", "CN", 20, 1000))
        .market(Market.of("US-M", "US").withDemand("car", 10))
        .freight(FreightRate.lane("CN", "US", 1))
        .build();
    assertEquals(Optional.empty(), p.concaveOn(noRule, 0.5, 2));
  }

  /** A tariff rate swept keeps the measure's origin status, and is not said linear where origin is a choice. */
  @Test
  void tariffRateKeepsTheOriginStatusAndIsNotSaidLinearUnderAContentRule() {
    Parameter p = Parameters.tariffRate("us-general");
    Network n = p.at(network(), 0.3);
    assertEquals(Optional.of(new OriginCondition("usmca", false)), n.tariffs().get(0).originCondition());
    assertEquals(0.3, n.tariffs().get(0).adValoremRate(), 0);
    Optional<String> why = p.concaveOn(network(), 0.1, 0.5);
    assertTrue(why.isPresent() && why.get().contains("origin status"), why.toString());
    Optional<String> transship = Parameters.tariffRate("us-vn").concaveOn(network(), 0.1, 0.5);
    assertTrue(transship.isPresent() && transship.get().contains("transshipment rule 'vn-transship'"),
        transship.toString());
  }
}
