package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.ContentMethod;
import dev.footprint.model.Country;
import dev.footprint.model.DutyDrawback;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.OriginRule;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.Site;
import dev.footprint.model.SupplierOffer;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TradeAgreement;
import dev.footprint.model.TransshipmentRule;
import dev.footprint.result.ComponentUse;
import dev.footprint.result.CostKind;
import dev.footprint.result.OriginClaim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The origin of goods (docs/model.md, Origin of goods) on small networks worked out by hand, solved
 * with SCIP and HiGHS; every solution is verified and the solver's objective must equal the
 * evaluation's ({@link Solved#optimal}). One period, no labor, no fixed costs, freight 0 on every lane
 * used, unless said.
 */
class OriginTest {

  /**
   * A phone (declared customs value 100, no material of its own) takes 2 chips and is assembled in
   * Korea for the US market (10 phones). Chips: from China at 30 (non-originating under KORUS) or
   * from Korea at {@code krChip} (originating). The US charges 25% on phones not originating in
   * KORUS, nothing on originating ones; the phone's rule is given by {@code rule} (null: none).
   */
  private static Network phones(double krChip, OriginRule rule) {
    return Network.builder()
        .country(Country.of("KR", 0), Country.of("US", 0), Country.of("CN", 0))
        .product(Product.of("phone", "electronics", 0, 0).withDeclaredCustomsValue(100).withComponent("chip", 2),
            Product.of("chip", "electronics", 0, 0))
        .site(Site.existing("kr-assembly", "KR", 1000).withProducts("phone"))
        .supplierOffer(SupplierOffer.of("cn-chips", "chip", "CN", 30, 1000),
            SupplierOffer.of("kr-chips", "chip", "KR", krChip, 1000))
        .market(Market.of("US-M", "US").withDemand("phone", 10))
        .freight(FreightRate.lane("KR", "US", 0), FreightRate.lane("CN", "KR", 0))
        .agreement(TradeAgreement.of("KORUS", "KR", "US"))
        .originRule(rule == null ? new OriginRule[0] : new OriginRule[] {rule})
        .tariff(TariffMeasure.adValorem("us-general", "US", 0.25).forNonOriginating("KORUS"))
        .build();
  }

  private static OriginRule buildDown(double share) {
    return OriginRule.of("korus-phone", "KORUS", "phone", share, ContentMethod.BUILD_DOWN);
  }

  /**
   * Build-down at 50%: a qualifying phone's non-originating chips are worth at most 50, so at most
   * 50/30 = 5/3 of its 2 chips come from China. All-Chinese phones cost 2 * 30 + 25% * 100 = 85 each;
   * a qualifying phone costs 30 * 5/3 + krChip * 1/3 = 50 + krChip/3 and pays no duty. Qualifying
   * pays while 50 + krChip/3 < 85, that is krChip < 105: the saving (25) against the extra component
   * cost ((krChip - 30)/3). Just below, at 104: 10 * (50 + 104/3) = 846.667 with every phone claimed,
   * 50/3 Chinese chips and 10/3 Korean ones assigned to the claims.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void sourcingSwitchesToQualifyingChipsJustBelowTheThreshold(Backend backend) {
    Solution s = Solved.optimal(phones(104, buildDown(0.5)), backend);
    assertEquals(500 + 1040 / 3.0, s.objective(), 1e-6);
    assertEquals(10, claimed(s, "korus-phone"), 1e-6);
    assertEquals(50 / 3.0, used(s, ComponentUse.Purpose.CONTENT, "cn-chips"), 1e-6);
    assertEquals(10 / 3.0, used(s, ComponentUse.Purpose.CONTENT, "kr-chips"), 1e-6);
    assertEquals(0, s.evaluation().cost(CostKind.TARIFFS), 1e-6);
    // the 250 of duty the 10 phones would have paid is the claims' saving
    assertEquals(-250, s.evaluation().dutyByRule().get("korus-phone"), 1e-6);
  }

  /** Just above, at 106: (106 - 30)/3 = 25.33 > 25, so no phone qualifies: 10 * 85 = 850, duty 250. */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void sourcingStaysChineseJustAboveTheThreshold(Backend backend) {
    Solution s = Solved.optimal(phones(106, buildDown(0.5)), backend);
    assertEquals(850, s.objective(), 1e-6);
    assertEquals(0, claimed(s, "korus-phone"), 1e-6);
    assertEquals(250, s.evaluation().cost(CostKind.TARIFFS), 1e-6);
  }

  /**
   * Build-up at 50% with Korean chips at 40: a qualifying phone's Korean chips are worth at least 50,
   * so at least 1.25 of its 2 chips are Korean: 0.75 * 30 + 1.25 * 40 = 72.5 < 85. 10 phones: 725.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void buildUpCountsOriginatingContent(Backend backend) {
    Solution s = Solved.optimal(phones(40, OriginRule.of("korus-phone", "KORUS", "phone", 0.5,
        ContentMethod.BUILD_UP)), backend);
    assertEquals(725, s.objective(), 1e-6);
    assertEquals(12.5, used(s, ComponentUse.Purpose.CONTENT, "kr-chips"), 1e-6);
  }

  /**
   * Without a rule a phone assembled in Korea originates there (last substantial transformation) and
   * pays nothing, whatever its chips: 10 * 60 = 600.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void withoutARuleTheAssemblyCountryIsTheOrigin(Backend backend) {
    Network noRule = phones(104, null);
    Solution s = Solved.optimal(noRule, backend);
    assertEquals(600, s.objective(), 1e-6);
    assertTrue(s.allocation().originClaims().isEmpty());
  }

  /**
   * Phones (value 100, 2 chips) assembled in Vietnam for the US, which charges 20% on Vietnamese
   * goods and 40% on those judged transshipped: foreign content above {@code maxForeign} of the value.
   * Chips: Chinese at 30 or Vietnamese at {@code vnChip}.
   */
  private static Network vietnam(double vnChip, double maxForeign) {
    return Network.builder()
        .country(Country.of("VN", 0), Country.of("US", 0), Country.of("CN", 0))
        .product(Product.of("phone", "electronics", 0, 0).withDeclaredCustomsValue(100).withComponent("chip", 2),
            Product.of("chip", "electronics", 0, 0))
        .site(Site.existing("vn-assembly", "VN", 1000).withProducts("phone"))
        .supplierOffer(SupplierOffer.of("cn-chips", "chip", "CN", 30, 1000),
            SupplierOffer.of("vn-chips", "chip", "VN", vnChip, 1000))
        .market(Market.of("US-M", "US").withDemand("phone", 10))
        .freight(FreightRate.lane("VN", "US", 0), FreightRate.lane("CN", "VN", 0))
        .tariff(TariffMeasure.adValorem("us-vn", "US", 0.20).from("VN"))
        .transshipmentRule(TransshipmentRule.of("us-transship", "US", maxForeign, 0.40, "VN"))
        .build();
  }

  /**
   * Share 40%: a compliant phone has at most 40 of Chinese chips, 4/3 chips. All-Chinese, penalized:
   * 60 + 40 = 100 a phone; compliant: 40 + vnChip * 2/3 + 20. At vnChip 59: 60 + 39.33 = 99.33 < 100,
   * so every phone complies (993.33, duty 200); at 61: 100.67 > 100, so all pay the penalty (1000,
   * duty 400).
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void thePenaltyAppliesAboveTheContentShareOnly(Backend backend) {
    Solution below = Solved.optimal(vietnam(59, 0.4), backend);
    assertEquals(600 + 590 * 2 / 3.0, below.objective(), 1e-6);
    assertEquals(10, claimed(below, "us-transship"), 1e-6);
    assertEquals(200, below.evaluation().cost(CostKind.TARIFFS), 1e-6);
    assertEquals(-200, below.evaluation().dutyByRule().get("us-transship"), 1e-6); // 10 * (40 - 20) saved

    Solution above = Solved.optimal(vietnam(61, 0.4), backend);
    assertEquals(1000, above.objective(), 1e-6);
    assertEquals(0, claimed(above, "us-transship"), 1e-6);
    assertEquals(400, above.evaluation().cost(CostKind.TARIFFS), 1e-6);
  }

  /**
   * Share 60%: all-Chinese phones have foreign content 60, not above the share, so they pay 20%:
   * 10 * (60 + 20) = 800, whatever the Vietnamese chips cost.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void contentAtTheShareIsNotPenalized(Backend backend) {
    Solution s = Solved.optimal(vietnam(1000, 0.6), backend);
    assertEquals(800, s.objective(), 1e-6);
    assertEquals(200, s.evaluation().cost(CostKind.TARIFFS), 1e-6);
  }

  /**
   * A Korean car plant assembles cars (material 50) from 5 cells bought from China at 10; Korea
   * charges 8% on Chinese cells (0.8 a cell). 10 cars sold in Korea, 20 exported to the US (no US
   * duty). Cells: 150, 1500; duty 150 * 0.8 = 120. With a 99% drawback, the 100 cells in exported
   * cars earn back 0.99 * 100 * 0.8 = 79.2: 1500 + 1500 + 120 - 79.2 = 3040.8; without, 3120.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void drawbackRefundsComponentDutyOnExports(Backend backend) {
    Network.Builder b = Network.builder()
        .country(Country.of("KR", 0), Country.of("US", 0), Country.of("CN", 0))
        .product(Product.of("car", "auto", 0, 50).withComponent("cell", 5), Product.of("cell", "auto", 0, 0))
        .site(Site.existing("kr-cars", "KR", 1000).withProducts("car"))
        .supplierOffer(SupplierOffer.of("cn-cells", "cell", "CN", 10, 1000))
        .market(Market.of("KR-M", "KR").withDemand("car", 10), Market.of("US-M", "US").withDemand("car", 20))
        .freight(FreightRate.lane("KR", "US", 0), FreightRate.lane("CN", "KR", 0))
        .tariff(TariffMeasure.adValorem("kr-cells", "KR", 0.08).on(ProductScope.products("cell")));
    Solution without = Solved.optimal(b.build(), backend);
    assertEquals(3120, without.objective(), 1e-6);
    assertEquals(120, without.evaluation().cost(CostKind.TARIFFS), 1e-6);

    Solution with = Solved.optimal(b.dutyDrawback(DutyDrawback.of("kr-drawback", "KR", 0.99)).build(), backend);
    assertEquals(3040.8, with.objective(), 1e-6);
    assertEquals(120 - 79.2, with.evaluation().cost(CostKind.TARIFFS), 1e-6);
    assertEquals(100, used(with, ComponentUse.Purpose.DRAWBACK, "cn-cells"), 1e-6);
    assertEquals(-79.2, with.evaluation().dutyByRule().get("kr-drawback"), 1e-6);
  }

  /**
   * A US car plant (material 50 a car) takes 5 Chinese cells at 10; the US charges 25% on Chinese
   * cells and 2.5% on Chinese cars. 10 cars sold in the US, 4 in Mexico (no duty). Outside a zone:
   * 70 cells pay 2.5 each, 175: 700 + 700 + 175 = 1575. In a foreign-trade zone no cell pays at entry;
   * the 10 cars sold in the US pay the car's 2.5% on their 50 cells' value, 500: 12.5, so 1412.5.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void aForeignTradeZonePaysTheFinishedGoodsRateOnForeignContent(Backend backend) {
    Site plant = Site.existing("us-cars", "US", 1000).withProducts("car");
    Network.Builder b = Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0), Country.of("CN", 0))
        .product(Product.of("car", "auto", 0, 50).withComponent("cell", 5), Product.of("cell", "auto", 0, 0))
        .supplierOffer(SupplierOffer.of("cn-cells", "cell", "CN", 10, 1000))
        .market(Market.of("US-M", "US").withDemand("car", 10), Market.of("MX-M", "MX").withDemand("car", 4))
        .freight(FreightRate.lane("US", "MX", 0), FreightRate.lane("CN", "US", 0))
        .tariff(TariffMeasure.adValorem("us-cells", "US", 0.25).from("CN").on(ProductScope.products("cell")),
            TariffMeasure.adValorem("us-cars", "US", 0.025).from("CN").on(ProductScope.products("car")));
    Solution outside = Solved.optimal(b.site(plant).build(), backend);
    assertEquals(1575, outside.objective(), 1e-6);
    assertEquals(175, outside.evaluation().cost(CostKind.TARIFFS), 1e-6);

    Solution zone = Solved.optimal(b.replaceSite(plant.withForeignTradeZone(true)).build(), backend);
    assertEquals(1412.5, zone.objective(), 1e-6);
    assertEquals(12.5, zone.evaluation().cost(CostKind.TARIFFS), 1e-6);
    assertEquals(50, used(zone, ComponentUse.Purpose.ZONE_ENTRY, "cn-cells"), 1e-6);
    assertEquals(12.5, zone.evaluation().dutyByRule().get("zone:us-cars"), 1e-6);
  }

  private static double claimed(Solution s, String rule) {
    return s.allocation().originClaims().stream().filter(c -> c.rule().equals(rule)).mapToDouble(OriginClaim::units).sum();
  }

  private static double used(Solution s, ComponentUse.Purpose purpose, String source) {
    return s.allocation().componentUses().stream().filter(u -> u.purpose() == purpose && u.source().equals(source))
        .mapToDouble(ComponentUse::units).sum();
  }
}
