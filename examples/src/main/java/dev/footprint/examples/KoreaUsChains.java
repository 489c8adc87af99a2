package dev.footprint.examples;

import dev.footprint.examples.KoreaUsStudy.Assumptions;
import dev.footprint.examples.KoreaUsStudy.Regime;
import dev.footprint.model.ContentMethod;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Network;
import dev.footprint.model.OriginRule;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.model.SupplierOffer;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffRule;
import dev.footprint.model.TradeAgreement;
import dev.footprint.model.TransshipmentRule;
import dev.footprint.solve.Solution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The supply-chain layer of the flagship study ({@code examples/README.md}, "Supply chains and
 * origin"): the study's network with two chains traced through bills of materials, and the origin
 * of goods under KORUS and the US transshipment rule.
 *
 * <ul>
 *   <li>EVs: a fifth of the car line's vehicles are EVs with 75 kWh packs (ASSUMPTION), so each
 *       vehicle takes 15 kWh of battery cells (the cell line) on average where it is assembled; the
 *       car's material cost no longer includes those cells.
 *   <li>Electronics: a device takes Korean memory (the chip line), a display (a new product made in
 *       Korea) and a kit of the other parts bought from Chinese suppliers (a {@link SupplierOffer} in
 *       China, a new supplier-only country); its material cost is then nothing beyond them.
 *   <li>Origin: KORUS (Korea, US) with content rules for EVs and electronics; US MFN duties on
 *       batteries (3.4%) and EVs (2.5%) for goods that do not originate under KORUS; in the 2025 deal
 *       and no-deal regimes, the 40% US rate on goods transshipped through Vietnam or Indonesia.
 * </ul>
 *
 * <p>Each regime is solved with the origin rules and without them (no content rules and no
 * transshipment rule: a good originates where it is assembled), without the pledge. Every figure is
 * cited (SOURCES.md) or labelled {@code // ASSUMPTION:}. {@link KoreaUsChainsFigures} renders the
 * README's {@code chains-*} blocks.
 */
public final class KoreaUsChains {

  private KoreaUsChains() {}

  /** Id of the KORUS free-trade agreement. */
  public static final String KORUS = "KORUS";
  /** Id of the China supplier offer of parts kits. */
  public static final String CN_PARTS_OFFER = "CN-parts-offer";

  // ---- EVs take cells ----
  // ASSUMPTION: a fifth of the car line's vehicles are EVs over 2026-30, each with a 75 kWh pack (a
  // mid-size crossover's; neither figure is in SOURCES.md). The line is one product, so every unit takes
  // the average: 0.2 x 75 = 15 kWh a vehicle, 15 kWh x 1,000 vehicles = 0.015 GWh of cells per unit of
  // the car line (1,000 vehicles), in the cell line's unit (GWh). (Reading the whole line as EVs needs
  // 300 GWh of cells in 2026, twice the study's cell demand: no plant could supply it.)
  static final double EV_SHARE = 0.2;
  static final double EV_PACK_KWH = 75;
  static final double CELLS_PER_CAR_UNIT = EV_SHARE * EV_PACK_KWH * 1_000 / 1e6;
  // ASSUMPTION: the study's $22,000 of purchased parts per car included the cells at the cell line's
  // price ($100/kWh, KoreaUsStudy.CELL_VALUE): 15 kWh x $100 = $1,500 comes out of the car's material
  // cost; the rest of the pack (modules, management system, housing) stays in it.
  static final double CELL_VALUE_PER_CAR = EV_SHARE * EV_PACK_KWH * KoreaUsStudy.CELL_VALUE / 1e6;
  static final double EV_MATERIALS = KoreaUsStudy.CAR_MATERIALS - CELL_VALUE_PER_CAR;
  // ASSUMPTION: the study's demand for cells and chips is what Korea's plants serve, the group's own
  // car and device assembly included. Cells and memory now reach that assembly as components, so each
  // year the layer takes the assembly's use (the line's demand times its bill) out of the component's
  // market demand, in proportion across markets: the total output needed is the study's.

  // ---- electronics take memory, a display and a Chinese parts kit ----
  // ASSUMPTION: a device holds about $30 of memory (DRAM and NAND) at the chip line's wafer value of
  // $6,000: 30 / 6,000 = 0.005 wafer a device, so 5 units of chips (1,000 wafer eq.) per 1M devices.
  static final double MEMORY_PER_DEVICE_USD = 30;
  static final double CHIPS_PER_DEVICE_UNIT =
      MEMORY_PER_DEVICE_USD * 1e6 / (KoreaUsStudy.CHIP_VALUE_PER_WAFER * 1_000);
  // ASSUMPTION: a display panel is worth $40 (its customs value), costs $28 in materials and overhead
  // (70%, as the cell line's materials/price) and takes 0.1 h (automated panel lines); made only in
  // Korea, at one existing site of 150M panels a year (above the most devices the network makes), whose
  // fixed costs are left out (the same in every solve).
  static final double DISPLAY_VALUE = 40;
  static final double DISPLAY_MATERIALS = 28;
  static final double DISPLAY_HOURS = 0.1;
  static final double DISPLAY_KR_CAPACITY = 150;
  // ASSUMPTION: 100,000 panels per FEU.
  static final double DISPLAY_FEU_PER_UNIT = 1e6 / 100_000;
  // ASSUMPTION: everything else on the bill (the study's $219.80 of materials, from Bloomberg's $224.80
  // hardware cost less $5 of labor: processor, camera modules, battery pack, casing, boards, passives)
  // is bought as one kit from suppliers in China, at its share of that cost: 219.80 - 30 - 40 = $149.80.
  // Memory and display come out of the device's own material cost, which is then nothing. (Memory is
  // charged at the chip line's production cost where the firm makes it, not at $30: the firm's own fabs
  // supply its assembly.) None of the kit originates in Korea, the US or the assembly country.
  static final double PARTS_PRICE = KoreaUsStudy.PHONE_MATERIALS - MEMORY_PER_DEVICE_USD - DISPLAY_VALUE;
  // ASSUMPTION: Chinese suppliers can sell 1,000M kits a year (never binding).
  static final double PARTS_CAPACITY = 1_000;
  // ASSUMPTION: a kit ships like a boxed device (20,000 per FEU; KoreaUsStudy.PHONE_FEU_PER_UNIT).
  // Xeneta China -> US West Coast, $2,457 (Mar 16, 2025) and $2,709 (Apr 25, 2025)
  // (shippingandreceiving.bar): mean. China -> Korea, Vietnam, Indonesia: the study's intra-Asia rate.
  static final double FEU_CN_US = (2_457 + 2_709) / 2.0;

  // ---- US duties by origin ----
  // SOURCES.md section 5: MFN (general) rates, HTS 8507.60.00 lithium-ion batteries 3.4%, 8703.80.00
  // cars with only electric motors 2.5%, each "Free" for KR under KORUS, "which applies only to goods
  // that meet its rules of origin" (vatcheck.io, hsfinder.io, htshub.com; lucria.co.uk, USITC 2026 Rev
  // 10). Memory chips 8542.32.00: Free (no measure). Smartphones: free under the ITA, not confirmed in
  // a retrieved page (ASSUMPTION: no MFN duty on electronics, displays or parts).
  static final double MFN_BATTERIES = 0.034;
  static final double MFN_EVS = 0.025;
  // Derived from SOURCES.md section 2: after Nov 10, 2025 China pays the 10% reciprocal baseline (the
  // suspended 24% stays suspended) plus the fentanyl tariff cut to 10%: 20% under IEEPA, in the deal
  // and no-deal regimes; void after the ruling, when Section 122 (all origins) applies instead.
  // ASSUMPTION: no Section 301 duty on the kit (SOURCES.md gives none for these parts).
  static final double CN_IEEPA_RATE = 0.10 + 0.10;
  // ASSUMPTION: KORUS's product rule for passenger cars is taken as 55% regional value content under
  // the build-down method (our reading of KORUS Annex 4-A: 35% build-up or 55% build-down, the
  // exporter's choice; SOURCES.md has no KORUS product rule, so this is not from a retrieved page).
  static final double KORUS_EV_SHARE = 0.55;
  // ASSUMPTION: KORUS's rule for phones is a change of tariff subheading, which any Korean assembly
  // meets; the model has content rules only, so we take a low 35% build-down share.
  static final double KORUS_ELECTRONICS_SHARE = 0.35;
  // SOURCES.md section 2: Vietnam deal (Jul 2, 2025) 20%, "40% on transshipped goods"; the executive
  // order of Jul 31, 2025 (in force Aug 7) sets the 40% transshipment penalty for every origin
  // (nnrglobal.com; allynintl.com), so the rule covers both non-KORUS assembly countries of the
  // network, Vietnam and Indonesia (covering Vietnam alone would move the same assembly to Indonesia).
  // IEEPA tariffs, so in force in the deal and no-deal regimes, void after the Feb 20, 2026 ruling.
  // The rule covers the two lines with components (a line without any always complies).
  static final double TRANSSHIPMENT_RATE = 0.40;
  // ASSUMPTION: the order defines no content test. A unit complies if its foreign content is at most
  // 60% of its customs value, i.e. at least 40% local content, the regional value content of ASEAN's
  // ATIGA and RCEP's general rule that Vietnam's and Indonesia's own certificates of origin apply.
  static final double TRANSSHIPMENT_MAX_FOREIGN = 0.60;

  /**
   * One solve of the layer.
   *
   * @param regime the tariff regime
   * @param withRules whether the content rules (KORUS, transshipment) are in; without them a good
   *     originates where it is assembled
   */
  public record Key(Regime regime, boolean withRules) {
    @Override
    public String toString() {
      return regime.label() + (withRules ? ", origin rules" : ", origin by assembly");
    }
  }

  /**
   * @param regime the tariff regime
   * @param withPledge whether the investment pledge is in
   * @param withRules whether the content rules are in
   * @return the study's network with the two chains and the origin of goods
   */
  public static Network network(Regime regime, boolean withPledge, boolean withRules) {
    Assumptions a = Assumptions.BASE;
    double u = a.moneyUnit();
    Network base = KoreaUsStudy.network(regime, withPledge, a);
    Network.Builder b = base.toBuilder();
    // ASSUMPTION: China is a supplier country only (no sites, no market); its labor cost is never used.
    b.country(new Country("CN", "China", Series.zero(), 1, Country.DEFAULT_HOURS_PER_JOB));

    Product cars = base.products().get(base.productIndex("cars"));
    b.replaceProduct(withMaterial(cars, EV_MATERIALS * 1_000 * u).withName("EVs (1,000 vehicles)")
        .withComponent("cells", CELLS_PER_CAR_UNIT));
    Product phones = base.products().get(base.productIndex("electronics"));
    b.replaceProduct(withMaterial(phones, 0).withComponent("chips", CHIPS_PER_DEVICE_UNIT)
        .withComponent("displays", 1).withComponent("parts", 1));
    b.product(new Product("displays", "Displays (1M panels)", "displays", DISPLAY_HOURS * 1e6,
        DISPLAY_MATERIALS * 1e6 * u, Map.of(), 1, OptionalDouble.of(DISPLAY_VALUE * 1e6 * u), 0).withUnit("1M panels"));
    b.product(new Product("parts", "Parts kits from China (1M kits)", "device-parts", 0, 0, Map.of(), 1,
        OptionalDouble.of(PARTS_PRICE * 1e6 * u), 0).withUnit("1M kits"));
    b.site(new Site("KR-displays", "Korea displays (existing)", "KR", SiteKind.EXISTING,
        Series.constant(DISPLAY_KR_CAPACITY), Series.constant(0), 0, 0, 0, Set.of("displays"), 0, 0, 0, 0));
    b.supplierOffer(SupplierOffer.of(CN_PARTS_OFFER, "parts", "CN", PARTS_PRICE * 1e6 * u, PARTS_CAPACITY));
    netOutInHouseUse(base, b);
    addComponentFreight(b, u);
    addDuties(b, regime);
    if (withRules) {
      b.originRule(OriginRule.of("korus-evs", KORUS, "cars", KORUS_EV_SHARE, ContentMethod.BUILD_DOWN),
          OriginRule.of("korus-electronics", KORUS, "electronics", KORUS_ELECTRONICS_SHARE, ContentMethod.BUILD_DOWN));
      if (regime != Regime.POST_RULING_2026) {
        b.transshipmentRule(TransshipmentRule.of("us-transshipment-40", "US", TRANSSHIPMENT_MAX_FOREIGN,
            TRANSSHIPMENT_RATE, "VN", "ID").on(ProductScope.products("cars", "electronics")));
      }
    }
    return b.build();
  }

  /**
   * Takes what the car and device assembly use of cells and memory out of those lines' market demand,
   * in proportion across markets, each period.
   */
  private static void netOutInHouseUse(Network base, Network.Builder b) {
    Map<String, double[]> factors = new LinkedHashMap<>();
    factors.put("cells", factors(base, "cells", "cars", CELLS_PER_CAR_UNIT));
    factors.put("chips", factors(base, "chips", "electronics", CHIPS_PER_DEVICE_UNIT));
    for (var m : base.markets()) {
      var market = m;
      for (var f : factors.entrySet()) {
        var series = m.demand().get(f.getKey());
        if (series == null) {
          continue;
        }
        double[] v = new double[base.periods()];
        for (int t = 0; t < v.length; t++) {
          v[t] = series.at(t) * f.getValue()[t];
        }
        market = market.withDemand(f.getKey(), Series.of(v));
      }
      b.replaceMarket(market);
    }
  }

  /** @return per period, the share of the component's market demand left after the assembly's use */
  private static double[] factors(Network base, String component, String assembly, double perUnit) {
    double[] factor = new double[base.periods()];
    for (int t = 0; t < factor.length; t++) {
      double need = 0;
      double market = 0;
      for (var m : base.markets()) {
        need += demandOf(m, assembly, t) * perUnit;
        market += demandOf(m, component, t);
      }
      if (need >= market) {
        throw new IllegalStateException(assembly + " needs more " + component + " than its markets take in " + t);
      }
      factor[t] = 1 - need / market;
    }
    return factor;
  }

  private static double demandOf(dev.footprint.model.Market m, String product, int t) {
    var series = m.demand().get(product);
    return series == null ? 0 : series.at(t);
  }

  private static Product withMaterial(Product p, double material) {
    return new Product(p.id(), p.name(), p.sector(), p.laborHoursPerUnit(), material, p.materialCostByCountry(),
        p.capacityUsePerUnit(), p.declaredCustomsValue(), p.customsMarkup(), p.unit(), p.components());
  }

  /** Lanes the study lacks: components into Vietnam and Indonesia, displays from Korea, kits from China. */
  private static void addComponentFreight(Network.Builder b, double u) {
    for (String o : KoreaUsStudy.PRODUCING) {
      for (String d : new String[] {"VN", "ID"}) {
        if (o.equals(d)) {
          continue;
        }
        b.freight(FreightRate.lane(o, d, KoreaUsStudy.CHIP_FREIGHT_PER_UNIT * u).forProduct("chips"));
        b.freight(FreightRate.lane(o, d, KoreaUsStudy.feu(o, d) * KoreaUsStudy.feuPerUnit("cells") * u)
            .forProduct("cells"));
      }
    }
    for (String d : new String[] {"US", "VN", "ID"}) {
      b.freight(FreightRate.lane("KR", d, KoreaUsStudy.feu("KR", d) * DISPLAY_FEU_PER_UNIT * u).forProduct("displays"));
    }
    for (String d : KoreaUsStudy.PRODUCING) {
      double feu = d.equals("US") ? FEU_CN_US : KoreaUsStudy.FEU_INTRA_ASIA;
      b.freight(FreightRate.lane("CN", d, feu * KoreaUsStudy.PHONE_FEU_PER_UNIT * u).forProduct("parts"));
    }
  }

  /** KORUS, MFN duties on non-originating goods, and the regime's rates on displays and kits. */
  private static void addDuties(Network.Builder b, Regime regime) {
    b.agreement(TradeAgreement.of(KORUS, "KR", "US"));
    b.tariff(TariffMeasure.adValorem("mfn-batteries", "US", MFN_BATTERIES).on(ProductScope.products("cells"))
            .forNonOriginating(KORUS),
        TariffMeasure.adValorem("mfn-evs", "US", MFN_EVS).on(ProductScope.products("cars")).forNonOriginating(KORUS));
    // The regime's general tariff on the two new products, as the study's on its own lines.
    ProductScope added = ProductScope.sectors("displays", "device-parts");
    switch (regime) {
      case DEAL_2025 -> b.tariff(
          TariffMeasure.adValorem("ieepa-KR-15-chains", "US", KoreaUsStudy.KR_DEAL_RATE).from("KR").on(added)
              .rule(TariffRule.FLOOR),
          TariffMeasure.adValorem("ieepa-CN-20", "US", CN_IEEPA_RATE).from("CN").on(added));
      case NO_DEAL -> b.tariff(
          TariffMeasure.adValorem("ieepa-KR-25-chains", "US", KoreaUsStudy.KR_NO_DEAL_RATE).from("KR").on(added),
          TariffMeasure.adValorem("ieepa-CN-20", "US", CN_IEEPA_RATE).from("CN").on(added));
      case POST_RULING_2026 -> b.tariff(
          TariffMeasure.adValorem("s122-chains", "US", Assumptions.BASE.s122Rate()).on(added));
      default -> throw new IllegalArgumentException(regime.toString());
    }
  }

  // =====================================================================================
  // Solving
  // =====================================================================================

  private static Map<Key, Solution> solved;

  /** @return the keys solved: each regime with and without the origin rules */
  static List<Key> keys() {
    List<Key> keys = new ArrayList<>();
    for (Regime r : Regime.values()) {
      for (boolean rules : new boolean[] {true, false}) {
        keys.add(new Key(r, rules));
      }
    }
    return keys;
  }

  /**
   * @return every regime solved with and without the origin rules, without the pledge, verified;
   *     solved once per JVM
   */
  public static synchronized Map<Key, Solution> solveAll() {
    if (solved == null) {
      List<Key> keys = keys();
      List<Solution> s = KoreaUsStudy.solveInParallel(keys.stream().map(k -> network(k.regime(), false,
          k.withRules())).toList());
      Map<Key, Solution> out = new LinkedHashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        out.put(keys.get(i), s.get(i));
      }
      solved = Collections.unmodifiableMap(out);
    }
    return solved;
  }
}
