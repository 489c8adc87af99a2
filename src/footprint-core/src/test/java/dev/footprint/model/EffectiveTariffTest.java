package dev.footprint.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Effective tariffs against rates computed by hand from {@link TariffRule}: ADD rates sum; a FLOOR
 * lifts the ad valorem total to its rate; a REPLACE measure leaves only the replacing measures;
 * specific duties of the measures that count sum; domestic shipments pay nothing.
 */
class EffectiveTariffTest {
  private static final double TOL = 1e-9;

  private static final int SEDAN = 0;
  private static final int PICKUP = 1;
  private static final int COIL = 2;

  /**
   * Five countries, three products (sedan and pickup in sector "autos", coil in "steel"), a 3-period
   * horizon and the given measures. No sites or markets: only tariffs are asked for.
   */
  private static Network network(TariffMeasure... measures) {
    return Network.builder()
        .horizon(Horizon.of(3, 0))
        .country(Country.of("US", 30), Country.of("KR", 25), Country.of("MX", 8), Country.of("DE", 35),
            Country.of("CN", 6))
        .product(Product.of("sedan", "autos", 30, 15_000), Product.of("pickup", "autos", 35, 18_000),
            Product.of("coil", "steel", 2, 500))
        .tariff(measures)
        .build();
  }

  private static TariffMeasure add(String id, double rate) {
    return TariffMeasure.adValorem(id, "US", rate);
  }

  private static void assertTariff(double rate, double specific, List<String> applied, List<String> overridden,
      EffectiveTariff actual) {
    assertEquals(rate, actual.adValoremRate(), TOL, actual.toString());
    assertEquals(specific, actual.specificDutyPerUnit(), TOL, actual.toString());
    assertEquals(applied, actual.applied(), actual.toString());
    assertEquals(overridden, actual.overridden(), actual.toString());
  }

  /**
   * MFN 0.025 on everything, Section 232 0.25 on the steel sector, a 0.10 surcharge on China.
   * Coil from CN: 0.025 + 0.25 + 0.10 = 0.375. From MX the surcharge does not apply: 0.275. A sedan
   * from CN is outside the steel scope: 0.025 + 0.10 = 0.125. A sedan from MX: MFN alone, 0.025.
   */
  @Test
  void addMeasuresSum() {
    Network n = network(add("mfn", 0.025),
        add("s232-steel", 0.25).on(ProductScope.sectors("steel")),
        add("cn-surcharge", 0.10).from("CN"));
    assertTariff(0.375, 0, List.of("mfn", "s232-steel", "cn-surcharge"), List.of(),
        n.effectiveTariff("CN", "US", COIL, 0));
    assertTariff(0.275, 0, List.of("mfn", "s232-steel"), List.of(), n.effectiveTariff("MX", "US", COIL, 0));
    assertTariff(0.125, 0, List.of("mfn", "cn-surcharge"), List.of(), n.effectiveTariff("CN", "US", SEDAN, 0));
    assertTariff(0.025, 0, List.of("mfn"), List.of(), n.effectiveTariff("MX", "US", SEDAN, 0));
  }

  /**
   * "The higher of MFN or 15%": with MFN 0.025 ADD and a 0.15 FLOOR on DE, max(0.025, 0.15) = 0.15,
   * set by the floor, MFN overridden. From MX the floor does not apply: 0.025. With MFN 0.20,
   * max(0.20, 0.15) = 0.20, set by MFN, the floor overridden.
   */
  @Test
  void floorLiftsTheTotalOnlyWhenItIsHigher() {
    TariffMeasure floor = add("eu-floor", 0.15).from("DE").rule(TariffRule.FLOOR);
    Network low = network(add("mfn", 0.025), floor);
    assertTariff(0.15, 0, List.of("eu-floor"), List.of("mfn"), low.effectiveTariff("DE", "US", SEDAN, 0));
    assertTariff(0.025, 0, List.of("mfn"), List.of(), low.effectiveTariff("MX", "US", SEDAN, 0));

    Network high = network(add("mfn", 0.20), floor);
    assertTariff(0.20, 0, List.of("mfn"), List.of("eu-floor"), high.effectiveTariff("DE", "US", SEDAN, 0));
  }

  /**
   * The floor compares with the sum of the ADD rates, not with each: MFN 0.025 + Section 232 autos
   * 0.25 = 0.275 > 0.15, so the floor does not bind and both ADD measures apply.
   */
  @Test
  void floorComparesWithTheSumOfAddRates() {
    Network n = network(add("mfn", 0.025), add("s232-autos", 0.25).on(ProductScope.sectors("autos")),
        add("eu-floor", 0.15).from("DE").rule(TariffRule.FLOOR));
    assertTariff(0.275, 0, List.of("mfn", "s232-autos"), List.of("eu-floor"),
        n.effectiveTariff("DE", "US", PICKUP, 0));
    // coil is outside the autos scope: max(0.025, 0.15) = 0.15
    assertTariff(0.15, 0, List.of("eu-floor"), List.of("mfn"), n.effectiveTariff("DE", "US", COIL, 0));
  }

  /**
   * Section 232 autos 0.25 (sector autos) plus MFN 0.025, and a Korea deal of 0.15 REPLACE on the
   * product "sedan" from KR. Sedan from KR: only the deal counts, 0.15, the other two overridden.
   * Pickup from KR is outside the deal's scope: 0.025 + 0.25 = 0.275. Sedan from MX is outside the
   * deal's origins: 0.275. Coil from KR: MFN only, 0.025.
   */
  @Test
  void replaceOverridesTheOthersInItsScopeOnly() {
    Network n = network(add("mfn", 0.025),
        add("s232-autos", 0.25).on(ProductScope.sectors("autos")),
        add("kr-deal", 0.15).from("KR").on(ProductScope.products("sedan")).rule(TariffRule.REPLACE));
    assertTariff(0.15, 0, List.of("kr-deal"), List.of("mfn", "s232-autos"), n.effectiveTariff("KR", "US", SEDAN, 0));
    assertTariff(0.275, 0, List.of("mfn", "s232-autos"), List.of(), n.effectiveTariff("KR", "US", PICKUP, 0));
    assertTariff(0.275, 0, List.of("mfn", "s232-autos"), List.of(), n.effectiveTariff("MX", "US", SEDAN, 0));
    assertTariff(0.025, 0, List.of("mfn"), List.of(), n.effectiveTariff("KR", "US", COIL, 0));
  }

  /**
   * Specific duties sum: 40/unit on coil from everywhere plus 15/unit on everything from CN, with MFN
   * 0.10 ad valorem. Coil from CN: 0.10 and 55/unit; on a customs value of 200 the duty is 0.10 * 200
   * + 55 = 75. Coil from MX: 0.10 and 40/unit, 20 + 40 = 60. Sedan from CN: 0.10 and 15/unit.
   */
  @Test
  void specificDutiesAdd() {
    Network n = network(add("mfn", 0.10),
        TariffMeasure.specific("coil-duty", "US", 40).on(ProductScope.products("coil")),
        TariffMeasure.specific("cn-duty", "US", 15).from("CN"));
    EffectiveTariff coilCn = n.effectiveTariff("CN", "US", COIL, 0);
    assertTariff(0.10, 55, List.of("mfn", "coil-duty", "cn-duty"), List.of(), coilCn);
    assertEquals(75, coilCn.dutyPerUnit(200), TOL);
    EffectiveTariff coilMx = n.effectiveTariff("MX", "US", COIL, 0);
    assertTariff(0.10, 40, List.of("mfn", "coil-duty"), List.of(), coilMx);
    assertEquals(60, coilMx.dutyPerUnit(200), TOL);
    assertTariff(0.10, 15, List.of("mfn", "cn-duty"), List.of(), n.effectiveTariff("CN", "US", SEDAN, 0));
  }

  /**
   * Combining directly. ADD 0.05 + 10/unit with FLOOR 0.15 + 5/unit: max(0.05, 0.15) = 0.15 and
   * 10 + 5 = 15/unit; the ADD measure still counts through its specific duty, so both applied.
   * ADD 0.25 + 10/unit with REPLACE 0.15 + 2/unit: only the REPLACE counts, 0.15 and 2/unit.
   * Two REPLACE measures 0.10 and 0.05 sum to 0.15. Two floors 0.15 and 0.10 over ADD 0.05: 0.15, set
   * by the higher floor alone. No measure: no tariff.
   */
  @Test
  void combineRules() {
    TariffMeasure addWithDuty = add("a", 0.05).withSpecificDuty(10);
    TariffMeasure floorWithDuty = add("f", 0.15).withSpecificDuty(5).rule(TariffRule.FLOOR);
    assertTariff(0.15, 15, List.of("a", "f"), List.of(), EffectiveTariff.combine(List.of(addWithDuty, floorWithDuty)));

    TariffMeasure add25 = add("a25", 0.25).withSpecificDuty(10);
    TariffMeasure replace = add("r", 0.15).withSpecificDuty(2).rule(TariffRule.REPLACE);
    assertTariff(0.15, 2, List.of("r"), List.of("a25"), EffectiveTariff.combine(List.of(add25, replace)));

    assertTariff(0.15, 0, List.of("r1", "r2"), List.of(), EffectiveTariff.combine(List.of(
        add("r1", 0.10).rule(TariffRule.REPLACE), add("r2", 0.05).rule(TariffRule.REPLACE))));

    assertTariff(0.15, 0, List.of("f15"), List.of("f10", "a5"), EffectiveTariff.combine(List.of(
        add("f10", 0.10).rule(TariffRule.FLOOR), add("a5", 0.05), add("f15", 0.15).rule(TariffRule.FLOOR))));

    assertTariff(0, 0, List.of(), List.of(), EffectiveTariff.combine(List.of()));
  }

  /**
   * A measure with no origins hits every country but the destination itself: a US-made unit sold in
   * the US pays nothing, whatever the US measures say. A US measure does not touch shipments into MX.
   */
  @Test
  void domesticShipmentsPayNone() {
    Network n = network(add("mfn", 0.10).withSpecificDuty(7));
    assertTariff(0, 0, List.of(), List.of(), n.effectiveTariff("US", "US", SEDAN, 0));
    assertTariff(0, 0, List.of(), List.of(), n.effectiveTariff("US", "MX", SEDAN, 0));
    assertEquals(0, n.effectiveTariff("US", "US", COIL, 2).dutyPerUnit(1000), TOL);
  }

  /**
   * Empty origins mean every foreign origin: MFN 0.10 applies from KR, MX, DE and CN alike; a measure
   * listing KR and MX applies to those two only.
   */
  @Test
  void originsScoping() {
    Network n = network(add("mfn", 0.10), add("nafta-ish", 0.05).from("KR", "MX"));
    for (String origin : List.of("DE", "CN")) {
      assertTariff(0.10, 0, List.of("mfn"), List.of(), n.effectiveTariff(origin, "US", PICKUP, 0));
    }
    for (String origin : List.of("KR", "MX")) {
      assertTariff(0.15, 0, List.of("mfn", "nafta-ish"), List.of(), n.effectiveTariff(origin, "US", PICKUP, 0));
    }
  }

  /**
   * A sector scope covers every product of the sector (sedan and pickup for "autos"); a product scope
   * only the products listed; a scope with both covers the union.
   */
  @Test
  void scopeBySectorAndByProductId() {
    Network n = network(add("autos", 0.20).on(ProductScope.sectors("autos")),
        add("pickup-only", 0.05).on(ProductScope.products("pickup")),
        add("coil-or-autos", 0.01).on(new ProductScope(Set.of("coil"), Set.of("autos"))));
    // sedan: autos 0.20 + coil-or-autos (via its sector) 0.01
    assertTariff(0.21, 0, List.of("autos", "coil-or-autos"), List.of(), n.effectiveTariff("MX", "US", SEDAN, 0));
    // pickup: 0.20 + 0.05 + 0.01
    assertTariff(0.26, 0, List.of("autos", "pickup-only", "coil-or-autos"), List.of(),
        n.effectiveTariff("MX", "US", PICKUP, 0));
    // coil: only coil-or-autos, through its product id
    assertTariff(0.01, 0, List.of("coil-or-autos"), List.of(), n.effectiveTariff("MX", "US", COIL, 0));
  }

  /**
   * A surcharge of 0.10 on CN limited to periods 1 and 2 over MFN 0.025: coil from CN pays 0.025 in
   * period 0 and 0.125 in periods 1 and 2.
   */
  @Test
  void periodScoping() {
    Network n = network(add("mfn", 0.025), add("cn-surcharge", 0.10).from("CN").inPeriods(1, 2));
    assertTariff(0.025, 0, List.of("mfn"), List.of(), n.effectiveTariff("CN", "US", COIL, 0));
    assertTariff(0.125, 0, List.of("mfn", "cn-surcharge"), List.of(), n.effectiveTariff("CN", "US", COIL, 1));
    assertTariff(0.125, 0, List.of("mfn", "cn-surcharge"), List.of(), n.effectiveTariff("CN", "US", COIL, 2));
  }

  /**
   * {@link Network#tariffRates} gives every period's numbers at once. MFN 0.025; a 0.10 surcharge on
   * CN in periods 1 and 2; a 0.15 floor on CN in period 2; a deal replacing the rest for KR in period
   * 0 at 0.05 plus 2/unit. Coil from CN: 0.025, 0.125, then max(0.125, 0.15) = 0.15. From KR: (0.05,
   * 2) in period 0, then 0.025 and 0.025 (the floor is CN's). Domestic: zero. Each period agrees with
   * {@link Network#effectiveTariff(String, String, int, int)}.
   */
  @Test
  void ratesForEveryPeriodAtOnce() {
    Network n = network(add("mfn", 0.025), add("cn-surcharge", 0.10).from("CN").inPeriods(1, 2),
        add("cn-floor", 0.15).from("CN").inPeriods(2).rule(TariffRule.FLOOR),
        add("kr-deal", 0.05).withSpecificDuty(2).from("KR").inPeriods(0).rule(TariffRule.REPLACE));
    assertArrayEquals(new double[] {0.025, 0, 0.125, 0, 0.15, 0}, n.tariffRates("CN", "US", COIL), TOL);
    assertArrayEquals(new double[] {0.05, 2, 0.025, 0, 0.025, 0}, n.tariffRates("KR", "US", COIL), TOL);
    assertArrayEquals(new double[] {0.025, 0, 0.025, 0, 0.025, 0}, n.tariffRates("MX", "US", COIL), TOL);
    assertArrayEquals(new double[6], n.tariffRates("US", "US", COIL), TOL);
    assertArrayEquals(new double[6], n.tariffRates("US", "KR", COIL), TOL);
    for (String origin : List.of("CN", "KR", "MX", "DE")) {
      double[] rates = n.tariffRates(origin, "US", SEDAN);
      for (int t = 0; t < 3; t++) {
        EffectiveTariff e = n.effectiveTariff(origin, "US", SEDAN, t);
        assertEquals(e.adValoremRate(), rates[2 * t], TOL, origin + " period " + t);
        assertEquals(e.specificDutyPerUnit(), rates[2 * t + 1], TOL, origin + " period " + t);
      }
    }
  }

  // ---- tariff per unit on a shipment ----

  /**
   * widget: 3 labor hours at productivity 1, material 20. MX: wage 8, 10, 12 by period and
   * productivity 2, so 1.5 hours per unit. US import measures: 0.25 ad valorem plus 3/unit.
   */
  private static Network.Builder shipmentNetwork(Product widget) {
    return Network.builder()
        .horizon(Horizon.of(3, 0))
        .country(Country.of("US", 30), Country.of("MX", 8).withLaborCostPerHour(Series.of(8, 10, 12))
            .withProductivity(2))
        .product(widget)
        .site(Site.existing("MX-1", "MX", 100), Site.existing("US-1", "US", 100))
        .market(Market.of("M", "US").withDemand("widget", 10))
        .freight(FreightRate.lane("MX", "US", 5))
        .tariff(add("mfn", 0.25).withSpecificDuty(3));
  }

  /**
   * Customs value = production cost at the origin: material 20 + 1.5 h * wage. Period 0: 20 + 12 =
   * 32, duty 0.25 * 32 + 3 = 11. Period 2: 20 + 18 = 38, duty 9.5 + 3 = 12.5. From the US site the
   * shipment is domestic: 0.
   */
  @Test
  void tariffPerUnitOnProductionCost() {
    Network n = shipmentNetwork(Product.of("widget", "goods", 3, 20)).build();
    int mx = n.siteIndex("MX-1");
    assertEquals(32, n.customsValue(0, mx, 0), TOL);
    assertEquals(11, n.tariffPerUnit(0, mx, 0, 0), TOL);
    assertEquals(38, n.customsValue(0, mx, 2), TOL);
    assertEquals(12.5, n.tariffPerUnit(0, mx, 0, 2), TOL);
    assertEquals(0, n.tariffPerUnit(0, n.siteIndex("US-1"), 0, 0), TOL);
  }

  /**
   * With a customs markup of 0.10: value 32 * 1.1 = 35.2, duty 8.8 + 3 = 11.8. With a material cost
   * of 24 in MX as well: (24 + 12) * 1.1 = 39.6, duty 9.9 + 3 = 12.9.
   */
  @Test
  void tariffPerUnitWithCustomsMarkup() {
    Network n = shipmentNetwork(Product.of("widget", "goods", 3, 20).withCustomsMarkup(0.10)).build();
    assertEquals(35.2, n.customsValue(0, 0, 0), TOL);
    assertEquals(11.8, n.tariffPerUnit(0, 0, 0, 0), TOL);
    Network m = shipmentNetwork(Product.of("widget", "goods", 3, 20).withCustomsMarkup(0.10)
        .withMaterialCost("MX", 24)).build();
    assertEquals(12.9, m.tariffPerUnit(0, 0, 0, 0), TOL);
  }

  /**
   * A declared customs value of 100 replaces the production cost (and the markup): 0.25 * 100 + 3 =
   * 28 in every period, whatever the wage.
   */
  @Test
  void tariffPerUnitWithDeclaredCustomsValue() {
    Network n = shipmentNetwork(Product.of("widget", "goods", 3, 20).withCustomsMarkup(0.5)
        .withDeclaredCustomsValue(100)).build();
    for (int t = 0; t < 3; t++) {
      assertEquals(100, n.customsValue(0, 0, t), TOL);
      assertEquals(28, n.tariffPerUnit(0, 0, 0, t), TOL);
    }
  }
}
