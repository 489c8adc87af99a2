package dev.footprint.model;

import static dev.footprint.model.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Bad input to trade agreements, origin rules, transshipment rules, duty drawback and foreign-trade
 * zones (docs/model.md, Origin of goods): each is refused with an {@link InvalidModelException}
 * naming the field and the value, while the value or the network is built.
 */
class OriginValidationTest {

  /** Korea assembles phones (declared value 100, 2 chips) for the US; chips from China or Korea. */
  private static Network.Builder base() {
    return Network.builder()
        .country(Country.of("KR", 0), Country.of("US", 0), Country.of("CN", 0), Country.of("VN", 0))
        .product(Product.of("phone", "electronics", 0, 0).withDeclaredCustomsValue(100).withComponent("chip", 2),
            Product.of("chip", "electronics", 0, 0), Product.of("tv", "electronics", 0, 5).withComponent("chip", 1))
        .site(Site.existing("kr", "KR", 1000))
        .supplierOffer(SupplierOffer.of("cn-chips", "chip", "CN", 30, 1000))
        .market(Market.of("US-M", "US").withDemand("phone", 10))
        .freight(FreightRate.lane("KR", "US", 0), FreightRate.lane("CN", "KR", 0))
        .agreement(TradeAgreement.of("KORUS", "KR", "US"));
  }

  private static OriginRule rule(double share) {
    return new OriginRule("korus-phone", "KORUS", "phone", share, ContentMethod.BUILD_DOWN);
  }

  @Test
  void aValidNetworkBuilds() {
    Network n = assertDoesNotThrow(() -> base().originRule(rule(0.5))
        .tariff(TariffMeasure.adValorem("us", "US", 0.25).forNonOriginating("KORUS"))
        .transshipmentRule(TransshipmentRule.of("us-vn", "US", 0.4, 0.4, "VN").on(ProductScope.products("phone")))
        .dutyDrawback(DutyDrawback.of("kr", "KR", 0.99)).build());
    assertEquals("KORUS", n.agreementOf("US", "KR").orElseThrow().id());
    assertEquals("KORUS", n.defaultOriginatingIn("KR", "US", n.productIndex("tv")));
    assertEquals(null, n.defaultOriginatingIn("KR", "US", n.productIndex("phone")));
    assertEquals(null, n.defaultOriginatingIn("CN", "US", n.productIndex("tv")));
  }

  @Test
  void aContentShareOutsideZeroToOneIsRefused() {
    assertInvalid(() -> rule(1.2), "originRule 'korus-phone': minContentShare", 1.2, "");
    assertInvalid(() -> rule(-0.1), "originRule 'korus-phone': minContentShare", -0.1, "");
    assertInvalid(() -> TransshipmentRule.of("t", "US", 1.5, 0.4, "VN"), "transshipmentRule 't': maxForeignContentShare",
        1.5, "");
    assertInvalid(() -> DutyDrawback.of("d", "KR", 2), "dutyDrawback 'd': share", 2.0, "");
  }

  @Test
  void aRuleNamingAnUnknownAgreementOrProductIsRefused() {
    assertInvalid(() -> base().originRule(new OriginRule("r", "NAFTA", "phone", 0.5, ContentMethod.BUILD_UP)).build(),
        "originRule 'r': agreement", "NAFTA", "no agreement has this id");
    assertInvalid(() -> base().originRule(new OriginRule("r", "KORUS", "laptop", 0.5, ContentMethod.BUILD_UP)).build(),
        "originRule 'r': product", "laptop", "no product has this id");
    assertInvalid(() -> base().tariff(TariffMeasure.adValorem("us", "US", 0.1).forOriginating("NAFTA")).build(),
        "tariff 'us': originCondition.agreement", "NAFTA", "no agreement has this id");
  }

  @Test
  void anUnknownCountryIsRefused() {
    assertInvalid(() -> base().agreement(TradeAgreement.of("X", "KR", "JP")).build(), "agreement 'X': members", "JP",
        "no country has this id");
    assertInvalid(() -> base().transshipmentRule(TransshipmentRule.of("t", "US", 0.4, 0.4, "TH")).build(),
        "transshipmentRule 't': origins", "TH", "no country has this id");
    assertInvalid(() -> base().dutyDrawback(DutyDrawback.of("d", "JP", 0.5)).build(), "dutyDrawback 'd': country", "JP",
        "no country has this id");
  }

  @Test
  void aLaneInsideTwoAgreementsIsRefused() {
    assertInvalid(() -> base().agreement(TradeAgreement.of("OTHER", "US", "KR", "VN")).build(),
        "agreement 'OTHER': members", List.of("KR", "US"), "members of agreement 'KORUS' too");
  }

  @Test
  void aRuleNeedsADeclaredCustomsValue() {
    assertInvalid(() -> base().originRule(new OriginRule("r", "KORUS", "tv", 0.5, ContentMethod.BUILD_DOWN)).build(),
        "originRule 'r': product", "tv", "declared customs value");
    assertInvalid(() -> base().transshipmentRule(TransshipmentRule.of("t", "US", 0.4, 0.4, "VN")
        .on(ProductScope.products("tv"))).build(), "transshipmentRule 't': scope", "tv", "declared customs value");
  }

  @Test
  void twoRulesOnOneLaneAreRefused() {
    assertInvalid(() -> base().originRule(rule(0.5), new OriginRule("again", "KORUS", "phone", 0.3,
        ContentMethod.BUILD_UP)).build(), "originRule 'korus-phone': product", "phone", "originRule 'again'");
    assertInvalid(() -> base().originRule(rule(0.5)).transshipmentRule(TransshipmentRule.of("t", "US", 0.4, 0.4))
        .build(), "transshipmentRule 't': origins", "KR", "under originRule 'korus-phone'");
    assertInvalid(() -> base().originRule(rule(0.5)).quota(TariffQuota.of("q", "phone", "US", 5, 0.0)).build(),
        "quota 'q': product", "phone", "originRule 'korus-phone'");
  }

  @Test
  void aMeasureForAnAgreementItsDestinationIsNotInIsRefused() {
    assertInvalid(() -> base().tariff(TariffMeasure.adValorem("cn", "CN", 0.1).forNonOriginating("KORUS")).build(),
        "tariff 'cn': originCondition.agreement", "KORUS", "not a member");
  }

  @Test
  void anAgreementNeedsTwoMembers() {
    assertInvalid(() -> new TradeAgreement("solo", Set.of("KR")), "agreement 'solo': members", Set.of("KR"),
        "at least two");
  }

  @Test
  void aZoneMakingASubAssemblyItUsesIsRefused() {
    assertInvalid(() -> base()
        .product(Product.of("module", "electronics", 0, 1).withComponent("chip", 1),
            Product.of("car", "auto", 0, 1).withComponent("module", 1))
        .site(Site.existing("zone", "US", 100).withProducts("module", "car").withForeignTradeZone(true)).build(),
        "site 'zone': foreignTradeZone", true, "not traced");
  }

  @Test
  void twoDrawbackProgramsOnOneProductAreRefused() {
    assertInvalid(() -> base().dutyDrawback(DutyDrawback.of("a", "KR", 0.99),
        DutyDrawback.of("b", "KR", 0.5).on(ProductScope.products("tv"))).build(), "dutyDrawback 'a': scope",
        ProductScope.ALL, "covers product 'tv' too");
  }
}
