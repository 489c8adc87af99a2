package dev.footprint.result;

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
import dev.footprint.model.TariffRule;
import dev.footprint.model.TradeAgreement;
import dev.footprint.model.TransshipmentRule;
import dev.footprint.result.ComponentUse.Purpose;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The origin of goods on the result side (docs/model.md, Origin of goods): {@link Evaluation} prices
 * claims, drawback refunds and zone-entry duty, and the {@link Verifier} ({@code OriginChecks})
 * catches allocations whose claims or component uses break a row. The allocations are made by hand
 * (nothing is solved). One period, discount rate 0 (weight 1), no labor, no fixed costs; every site
 * is existing and open.
 */
class OriginChecksTest {
  private static final double TOL = 1e-9;

  /**
   * KORUS (KR, US). A car takes one battery; the car's declared customs value is 1000, its own
   * material 100. Rule car-korus: build-down, 50% (non-originating content at most 500 a unit).
   * Batteries: offer kr-batt (KR) at 800, cn-batt (CN) at 900 (no declared value: the customs value
   * is the price). Into US: a general 25% ADD on everything, and a preferential REPLACE of 0% for
   * goods originating in KORUS. Nothing is charged into KR or CN. Sites KR-plant (KR) and CN-plant
   * (CN) may make cars; markets US-E (4 cars) and US-W (6 cars); freight KR->US and CN->US 10, CN->KR
   * 0.
   */
  private static Network korus() {
    return Network.builder()
        .country(Country.of("KR", 0), Country.of("US", 0), Country.of("CN", 0))
        .product(Product.of("car", "autos", 0, 100).withComponent("battery", 1).withDeclaredCustomsValue(1000),
            Product.of("battery", "autos", 0, 50))
        .site(Site.existing("KR-plant", "KR", 100).withProducts("car"),
            Site.existing("CN-plant", "CN", 100).withProducts("car"))
        .supplierOffer(SupplierOffer.of("kr-batt", "battery", "KR", 800, 100),
            SupplierOffer.of("cn-batt", "battery", "CN", 900, 100))
        .market(Market.of("US-E", "US").withDemand("car", 4), Market.of("US-W", "US").withDemand("car", 6))
        .freight(FreightRate.lane("KR", "US", 10), FreightRate.lane("CN", "US", 10), FreightRate.lane("CN", "KR", 0))
        .agreement(TradeAgreement.of("KORUS", "KR", "US"))
        .originRule(OriginRule.of("car-korus", "KORUS", "car", 0.5, ContentMethod.BUILD_DOWN))
        .tariff(TariffMeasure.adValorem("general", "US", 0.25),
            TariffMeasure.adValorem("pref", "US", 0).rule(TariffRule.REPLACE).forOriginating("KORUS"))
        .build();
  }

  private static Map<String, double[]> open(Network n) {
    Map<String, double[]> status = new java.util.HashMap<>();
    for (Site s : n.sites()) {
      status.put(s.id(), new double[] {1});
    }
    return status;
  }

  /** KR-plant ships 4 cars to US-E and 6 to US-W, with {@code kr} batteries from kr-batt and the rest from cn-batt. */
  private static Allocation fromKorea(Network n, double kr, List<OriginClaim> claims, List<ComponentUse> uses) {
    return new Allocation(n, List.of(new Shipment("car", "KR-plant", "US-E", 0, 4),
        new Shipment("car", "KR-plant", "US-W", 0, 6)), open(n), List.of(), Map.of(), Map.of(),
        List.of(new ComponentFlow("battery", "kr-batt", "KR-plant", 0, kr),
            new ComponentFlow("battery", "cn-batt", "KR-plant", 0, 10 - kr)), claims, uses);
  }

  private static ComponentUse content(String source, double units) {
    return new ComponentUse(Purpose.CONTENT, "car-korus", "car", "battery", source, "KR-plant", 0, units);
  }

  private static List<String> names(VerificationReport r) {
    List<String> out = new ArrayList<>();
    r.violations().forEach(v -> out.add(v.constraint()));
    return out;
  }

  /**
   * Six korean batteries and four chinese; the 6 cars to US-W are claimed under car-korus, with the
   * six korean batteries (non-originating content 0 of at most 0.5 * 1000 * 6 = 3000). Every car
   * pays the non-originating duty 0.25 * 1000 = 250 (2500); a claimed one saves 250 - 0 (6 * 250 =
   * 1500): duty 1000, that of the 4 unclaimed cars at the general rate. Materials 10 * 100 + 6 * 800
   * + 4 * 900 = 9400, freight 100; total 10500. Without the claim the duty is 2500 (total 12000).
   */
  @Test
  void aClaimedUnitPaysThePreferentialRateAndAnUnclaimedOneTheGeneral() {
    Network n = korus();
    Allocation a = fromKorea(n, 6, List.of(new OriginClaim("car-korus", "car", "KR-plant", "US-W", 0, 6)),
        List.of(content("kr-batt", 6)));
    Evaluation e = Evaluation.of(a);
    assertEquals(1000, e.cost(CostKind.TARIFFS), TOL);
    assertEquals(9400, e.cost(CostKind.MATERIALS), TOL);
    assertEquals(100, e.cost(CostKind.FREIGHT), TOL);
    assertEquals(10500, e.total(), TOL);
    assertEquals(1000, e.tariffsByLane().get("KR->US"), TOL);
    assertEquals(1000, e.byCountry().get("KR").get(CostKind.TARIFFS), TOL);
    VerificationReport r = Verifier.create().verify(a, 10500);
    assertTrue(r.passed(), r.toString());
    Evaluation unclaimed = Evaluation.of(a.withOrigin(List.of(), List.of()));
    assertEquals(2500, unclaimed.cost(CostKind.TARIFFS), TOL);
    assertEquals(12000, unclaimed.total(), TOL);
    // the solver reporting the unclaimed cost for the claimed plan is caught
    assertTrue(names(Verifier.create().verify(a, 12000)).contains("objective"));
  }

  /**
   * Two korean batteries and eight chinese; 6 cars claimed with 2 korean and 4 chinese batteries:
   * non-originating content 4 * 900 = 3600, above 0.5 * 1000 * 6 = 3000 (no split of these flows
   * qualifies 6 cars: at best 2 korean and 4 chinese). The content row alone breaks.
   */
  @Test
  void aClaimOnUnitsWhoseComponentsFailTheRuleIsCaught() {
    Network n = korus();
    Allocation a = fromKorea(n, 2, List.of(new OriginClaim("car-korus", "car", "KR-plant", "US-W", 0, 6)),
        List.of(content("kr-batt", 2), content("cn-batt", 4)));
    VerificationReport r = Verifier.create().verify(a);
    assertEquals(List.of("content[car-korus,KR-plant,car,t0]"), names(r), r.toString());
    assertEquals(600, r.violations().get(0).amount(), 1e-6);
    // 4 cars claimed with 2 korean and 2 chinese batteries fit: 2 * 900 = 1800 <= 0.5 * 1000 * 4 = 2000
    Allocation four = fromKorea(n, 2, List.of(new OriginClaim("car-korus", "car", "KR-plant", "US-W", 0, 4)),
        List.of(content("kr-batt", 2), content("cn-batt", 2)));
    assertTrue(Verifier.create().verify(four).passed());
  }

  /** 6 cars claimed on the shipment to US-E, which has 4: the claim row breaks by 2, and nothing else. */
  @Test
  void aClaimExceedingItsShipmentIsCaught() {
    Network n = korus();
    Allocation a = fromKorea(n, 6, List.of(new OriginClaim("car-korus", "car", "KR-plant", "US-E", 0, 6)),
        List.of(content("kr-batt", 6)));
    VerificationReport r = Verifier.create().verify(a);
    assertEquals(List.of("claim[car,KR-plant,US-E,t0]"), names(r), r.toString());
    assertEquals(2, r.violations().get(0).amount(), 1e-9);
  }

  /**
   * CN-plant ships the 6 cars to US-W with chinese batteries and claims them under car-korus: CN is
   * no member, the rule does not cover the lane. Evaluation takes nothing off for such a claim: the 6
   * cars pay 6 * 250 = 1500 and the 4 korean ones 4 * 250 = 1000.
   */
  @Test
  void aClaimUnderARuleThatDoesNotCoverTheLaneIsCaught() {
    Network n = korus();
    Allocation a = new Allocation(n, List.of(new Shipment("car", "KR-plant", "US-E", 0, 4),
        new Shipment("car", "CN-plant", "US-W", 0, 6)), open(n), List.of(), Map.of(), Map.of(),
        List.of(new ComponentFlow("battery", "kr-batt", "KR-plant", 0, 4),
            new ComponentFlow("battery", "cn-batt", "CN-plant", 0, 6)),
        List.of(new OriginClaim("car-korus", "car", "CN-plant", "US-W", 0, 6)), List.of());
    VerificationReport r = Verifier.create().verify(a);
    assertEquals(List.of("claim[car-korus,car,CN-plant,US-W,t0]"), names(r), r.toString());
    assertTrue(r.violations().get(0).detail().contains("does not cover car from CN to US"));
    assertEquals(2500, Evaluation.of(a).cost(CostKind.TARIFFS), TOL);
    Allocation unknown = a.withOrigin(List.of(new OriginClaim("no-such-rule", "car", "KR-plant", "US-E", 0, 1)),
        List.of());
    assertEquals(List.of("claim[no-such-rule,car,KR-plant,US-E,t0]"), names(Verifier.create().verify(unknown)));
  }

  /**
   * Five korean batteries and five chinese; 6 cars claimed with 6 korean batteries: the claim and its
   * components (6 = 1 * 6) and the content (0) hold, but the flow from kr-batt has 5 units.
   */
  @Test
  void contentUsesExceedingAFlowAreCaught() {
    Network n = korus();
    Allocation a = fromKorea(n, 5, List.of(new OriginClaim("car-korus", "car", "KR-plant", "US-W", 0, 6)),
        List.of(content("kr-batt", 6)));
    VerificationReport r = Verifier.create().verify(a);
    assertEquals(List.of("flowAssigned[CONTENT,battery,kr-batt,KR-plant,t0]"), names(r), r.toString());
    assertEquals(1, r.violations().get(0).amount(), 1e-9);
    // uses that do not add up to the claim (5 of 6 batteries) break the claim-components row
    Allocation short1 = fromKorea(n, 5, List.of(new OriginClaim("car-korus", "car", "KR-plant", "US-W", 0, 6)),
        List.of(content("kr-batt", 5)));
    assertEquals(List.of("claimComponents[car-korus,KR-plant,car,battery,t0]"), names(Verifier.create().verify(short1)));
  }

  /**
   * US-plant (US) makes cars (material 100) from batteries of cn-batt (CN, 200); batteries pay 10%
   * into US: 20 a battery. Program us-dd refunds 99% of it on exported cars. 6 cars go to MX-M (MX),
   * 4 to US-M; freight CN->US and US->MX 0. Drawback on the 6 exported cars' batteries: -0.99 * 20 *
   * 6 = -118.8. Duty 10 * 20 = 200, so TARIFFS 81.2, all on lane CN->US, in US; materials 10 * 100 +
   * 10 * 200 = 3000; total 3081.2.
   */
  @Test
  void drawbackRefundsTheDutyOnExportedUnitsComponents() {
    Network n = drawbackNetwork(6);
    Allocation a = drawbackPlan(n, 6, 6);
    Evaluation e = Evaluation.of(a);
    assertEquals(81.2, e.cost(CostKind.TARIFFS), TOL);
    assertEquals(81.2, e.tariffsByLane().get("CN->US"), TOL);
    assertEquals(81.2, e.byCountry().get("US").get(CostKind.TARIFFS), TOL);
    assertEquals(3081.2, e.total(), TOL);
    assertTrue(Verifier.create().verify(a, 3081.2).passed(), Verifier.create().verify(a).toString());
    // a refund on 7 batteries when 6 cars are exported breaks the per-export row by 1
    VerificationReport over = Verifier.create().verify(drawbackPlan(n, 6, 7));
    assertEquals(List.of("drawbackPerExport[US-plant,car,battery,t0]"), names(over), over.toString());
  }

  /**
   * All 10 cars sold in US (none exported), with a drawback claimed on 5 batteries: the per-export
   * row (5 of at most 0) breaks. Evaluation still prices what the allocation says: 200 - 0.99 * 20 *
   * 5 = 101.
   */
  @Test
  void drawbackOnADomesticSaleIsCaught() {
    Network n = drawbackNetwork(0);
    Allocation a = drawbackPlan(n, 0, 5);
    assertEquals(101, Evaluation.of(a).cost(CostKind.TARIFFS), TOL);
    VerificationReport r = Verifier.create().verify(a);
    assertEquals(List.of("drawbackPerExport[US-plant,car,battery,t0]"), names(r), r.toString());
    assertEquals(5, r.violations().get(0).amount(), 1e-9);
  }

  /** MX-M wants {@code exported} cars, US-M the rest of 10. */
  private static Network drawbackNetwork(double exported) {
    return Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0), Country.of("CN", 0))
        .product(Product.of("car", "autos", 0, 100).withComponent("battery", 1), Product.of("battery", "autos", 0, 50))
        .site(Site.existing("US-plant", "US", 100).withProducts("car"))
        .supplierOffer(SupplierOffer.of("cn-batt", "battery", "CN", 200, 100))
        .market(Market.of("MX-M", "MX").withDemand("car", exported), Market.of("US-M", "US").withDemand("car", 10 - exported))
        .freight(FreightRate.lane("CN", "US", 0), FreightRate.lane("US", "MX", 0))
        .tariff(TariffMeasure.adValorem("batt", "US", 0.1).on(ProductScope.products("battery")))
        .dutyDrawback(DutyDrawback.of("us-dd", "US", 0.99))
        .build();
  }

  /** 10 cars from US-plant, {@code exported} of them to MX-M, the rest to US-M; drawback on {@code refunded} batteries. */
  private static Allocation drawbackPlan(Network n, double exported, double refunded) {
    List<Shipment> ships = new ArrayList<>();
    ships.add(new Shipment("car", "US-plant", "US-M", 0, 10 - exported));
    if (exported > 0) {
      ships.add(new Shipment("car", "US-plant", "MX-M", 0, exported));
    }
    return new Allocation(n, ships, open(n), List.of(), Map.of(), Map.of(),
        List.of(new ComponentFlow("battery", "cn-batt", "US-plant", 0, 10)), List.of(),
        List.of(new ComponentUse(Purpose.DRAWBACK, "us-dd", "car", "battery", "cn-batt", "US-plant", 0, refunded)));
  }

  /**
   * US-ftz (US, a foreign-trade zone) makes cars from batteries of cn-batt (CN, 200). Batteries pay
   * 10% into US, cars 2.5%. The batteries enter the zone free; the 10 cars sold into US pay, on
   * their batteries, the car's rate: 0.025 * 200 * 10 = 50, on lane CN->US, in US. Materials 3000;
   * total 3050. Without the zone-entry uses the zone-entry row breaks (0 of 10); with 12 it breaks
   * (12 of 10), and so does the flow-assigned row (12 of a flow of 10).
   */
  @Test
  void zoneEntryPaysTheFinishedGoodsRateOnForeignComponents() {
    Network n = Network.builder()
        .country(Country.of("US", 0), Country.of("CN", 0))
        .product(Product.of("car", "autos", 0, 100).withComponent("battery", 1), Product.of("battery", "autos", 0, 50))
        .site(Site.existing("US-ftz", "US", 100).withProducts("car").withForeignTradeZone(true))
        .supplierOffer(SupplierOffer.of("cn-batt", "battery", "CN", 200, 100))
        .market(Market.of("US-M", "US").withDemand("car", 10))
        .freight(FreightRate.lane("CN", "US", 0))
        .tariff(TariffMeasure.adValorem("batt", "US", 0.1).on(ProductScope.products("battery")),
            TariffMeasure.adValorem("cars", "US", 0.025).on(ProductScope.products("car")))
        .build();
    Allocation a = new Allocation(n, List.of(new Shipment("car", "US-ftz", "US-M", 0, 10)), open(n), List.of(),
        Map.of(), Map.of(), List.of(new ComponentFlow("battery", "cn-batt", "US-ftz", 0, 10)), List.of(),
        List.of(new ComponentUse(Purpose.ZONE_ENTRY, "", "car", "battery", "cn-batt", "US-ftz", 0, 10)));
    Evaluation e = Evaluation.of(a);
    assertEquals(50, e.cost(CostKind.TARIFFS), TOL);
    assertEquals(50, e.tariffsByLane().get("CN->US"), TOL);
    assertEquals(50, e.byCountry().get("US").get(CostKind.TARIFFS), TOL);
    assertEquals(3050, e.total(), TOL);
    assertTrue(Verifier.create().verify(a, 3050).passed(), Verifier.create().verify(a).toString());
    VerificationReport missing = Verifier.create().verify(a.withOrigin(List.of(), List.of()));
    assertEquals(List.of("zoneEntry[US-ftz,car,battery,t0]"), names(missing), missing.toString());
    assertEquals(0, Evaluation.of(a.withOrigin(List.of(), List.of())).cost(CostKind.TARIFFS), TOL);
    // 12 batteries assigned to zone entry: beyond the flow (10) and the 10 cars' batteries
    VerificationReport over = Verifier.create().verify(a.withOrigin(List.of(),
        List.of(new ComponentUse(Purpose.ZONE_ENTRY, "", "car", "battery", "cn-batt", "US-ftz", 0, 12))));
    assertEquals(List.of("flowAssigned[ZONE_ENTRY,battery,cn-batt,US-ftz,t0]", "zoneEntry[US-ftz,car,battery,t0]"),
        names(over), over.toString());
  }

  /**
   * Rule ts: widgets assembled in VN and shipped to US pay 40% unless their foreign content is at most
   * 40% of their declared value 100. US charges 20% on everything. VN-plant makes 10 widgets
   * (material 10) with one chip each: 5 from vn-chips (VN, 60), 5 from cn-chips (CN, 50). 5 widgets
   * are claimed with the 5 vietnamese chips (foreign content 0 of at most 0.4 * 100 * 5 = 200). Each
   * widget pays max(0.4, 0.2) * 100 = 40 (400); a claimed one saves 40 - 20 = 20 (100): duty 300.
   * Materials 100 + 300 + 250 = 650; total 950. Claiming all 10 with every chip (foreign 250 of at
   * most 400) also fits: duty 200; claiming 8 with the 5 chinese and 3 vietnamese chips (foreign 250
   * of at most 320) too; claiming 5 with the 5 chinese ones (250 of at most 200) does not.
   */
  @Test
  void transshipmentPenaltyOnUnclaimedUnits() {
    Network n = Network.builder()
        .country(Country.of("VN", 0), Country.of("US", 0), Country.of("CN", 0))
        .product(Product.of("widget", "goods", 0, 10).withComponent("chip", 1).withDeclaredCustomsValue(100),
            Product.of("chip", "goods", 0, 5))
        .site(Site.existing("VN-plant", "VN", 100).withProducts("widget"))
        .supplierOffer(SupplierOffer.of("vn-chips", "chip", "VN", 60, 100),
            SupplierOffer.of("cn-chips", "chip", "CN", 50, 100))
        .market(Market.of("US-M", "US").withDemand("widget", 10))
        .freight(FreightRate.lane("VN", "US", 0), FreightRate.lane("CN", "VN", 0))
        .tariff(TariffMeasure.adValorem("all", "US", 0.2))
        .transshipmentRule(TransshipmentRule.of("ts", "US", 0.4, 0.4, "VN"))
        .build();
    List<ComponentFlow> flows = List.of(new ComponentFlow("chip", "vn-chips", "VN-plant", 0, 5),
        new ComponentFlow("chip", "cn-chips", "VN-plant", 0, 5));
    java.util.function.BiFunction<Double, List<ComponentUse>, Allocation> plan = (claimed, uses) ->
        new Allocation(n, List.of(new Shipment("widget", "VN-plant", "US-M", 0, 10)), open(n), List.of(), Map.of(),
            Map.of(), flows, List.of(new OriginClaim("ts", "widget", "VN-plant", "US-M", 0, claimed)), uses);
    Allocation a = plan.apply(5.0, List.of(chips("vn-chips", 5)));
    Evaluation e = Evaluation.of(a);
    assertEquals(300, e.cost(CostKind.TARIFFS), TOL);
    assertEquals(950, e.total(), TOL);
    assertTrue(Verifier.create().verify(a, 950).passed(), Verifier.create().verify(a).toString());
    assertEquals(400, Evaluation.of(a.withOrigin(List.of(), List.of())).cost(CostKind.TARIFFS), TOL);
    Allocation all = plan.apply(10.0, List.of(chips("vn-chips", 5), chips("cn-chips", 5)));
    assertEquals(200, Evaluation.of(all).cost(CostKind.TARIFFS), TOL);
    assertTrue(Verifier.create().verify(all).passed());
    assertTrue(Verifier.create().verify(plan.apply(8.0, List.of(chips("vn-chips", 3), chips("cn-chips", 5)))).passed());
    VerificationReport foreign = Verifier.create().verify(plan.apply(5.0, List.of(chips("cn-chips", 5))));
    assertEquals(List.of("content[ts,VN-plant,widget,t0]"), names(foreign), foreign.toString());
    assertEquals(50, foreign.violations().get(0).amount(), 1e-9);
  }

  private static ComponentUse chips(String source, double units) {
    return new ComponentUse(Purpose.CONTENT, "ts", "widget", "chip", source, "VN-plant", 0, units);
  }

  /**
   * A ruled product without components has no claims: under build-down every unit originates and
   * pays the preferential 0; under build-up with a share of 0.3 none does and each pays 0.25 * 1000.
   * A product with no rule under KORUS made in KR originates by default (0); one made in CN does not.
   */
  @Test
  void aRuledProductWithoutComponentsHasTheStatusItsRuleGives() {
    Network base = Network.builder()
        .country(Country.of("KR", 0), Country.of("US", 0), Country.of("CN", 0))
        .product(Product.of("cell", "autos", 0, 100).withDeclaredCustomsValue(1000),
            Product.of("tyre", "autos", 0, 100).withDeclaredCustomsValue(1000))
        .site(Site.existing("KR-plant", "KR", 100), Site.existing("CN-plant", "CN", 100))
        .market(Market.of("US-M", "US").withDemand("cell", 1))
        .freight(FreightRate.lane("KR", "US", 0), FreightRate.lane("CN", "US", 0))
        .agreement(TradeAgreement.of("KORUS", "KR", "US"))
        .tariff(TariffMeasure.adValorem("general", "US", 0.25),
            TariffMeasure.adValorem("pref", "US", 0).rule(TariffRule.REPLACE).forOriginating("KORUS"))
        .build();
    Network down = base.toBuilder().originRule(OriginRule.of("r", "KORUS", "cell", 0.3, ContentMethod.BUILD_DOWN)).build();
    Network up = base.toBuilder().originRule(OriginRule.of("r", "KORUS", "cell", 0.3, ContentMethod.BUILD_UP)).build();
    assertEquals(0, new Pricing(down).duty(0, 0, 0, 0), TOL);
    assertEquals(250, new Pricing(up).duty(0, 0, 0, 0), TOL);
    assertEquals(0, new Pricing(up.toBuilder().replaceOriginRule(OriginRule.of("r", "KORUS", "cell", 0,
        ContentMethod.BUILD_UP)).build()).duty(0, 0, 0, 0), TOL);
    assertEquals(0, new Pricing(up).duty(1, 0, 0, 0), TOL);
    assertEquals(250, new Pricing(up).duty(1, 1, 0, 0), TOL);
  }
}
