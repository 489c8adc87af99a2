package dev.footprint.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffRule;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The verifier's own pricing ({@link Pricing}) is independent of the network helpers the formulation
 * uses, and agrees with them: by hand on the stacking rules, on random measure sets, and by a look at
 * the compiled classes of this package, which must not call those helpers.
 */
class PricingTest {
  private static final double TOL = 1e-12;

  /**
   * Two products (sedan in "autos", coil in "steel"), KR and US, a US market; a KR site may make
   * both, customs value = production cost (sedan 100 material + 10 h at 5 = 150; coil 20 + 1 h at 5
   * = 25) with a markup of 0.1 on the sedan (165).
   */
  private static Network.Builder base() {
    return Network.builder()
        .country(Country.of("US", 30), Country.of("KR", 5))
        .product(Product.of("sedan", "autos", 10, 100).withCustomsMarkup(0.1), Product.of("coil", "steel", 1, 20))
        .site(Site.existing("KR-1", "KR", 100), Site.existing("US-1", "US", 100))
        .market(Market.of("US-M", "US").withDemand("sedan", 1).withDemand("coil", 1))
        .freight(FreightRate.lane("KR", "US", 3), FreightRate.lane("KR", "US", 7).forProduct("coil"),
            FreightRate.lane("KR", "US", 9).fromSite("KR-1"));
  }

  /**
   * MFN 0.025 ADD plus 2/unit, a FLOOR at 0.15 with 1/unit, a Section 232 ADD of 0.25 on steel. The
   * sedan: max(0.025, 0.15) = 0.15 ad valorem and 2 + 1 = 3 specific: 0.15 * 165 + 3 = 27.75. The
   * coil: max(0.275, 0.15) = 0.275 and 3: 0.275 * 25 + 3 = 9.875. With a REPLACE deal of 0.05 and
   * 0.5/unit on autos: the sedan pays 0.05 * 165 + 0.5 = 8.75, the coil is unchanged.
   */
  @Test
  void stackingByHand() {
    Network n = base().tariff(TariffMeasure.adValorem("mfn", "US", 0.025).withSpecificDuty(2),
        TariffMeasure.adValorem("floor", "US", 0.15).rule(TariffRule.FLOOR).withSpecificDuty(1),
        TariffMeasure.adValorem("s232", "US", 0.25).on(ProductScope.sectors("steel"))).build();
    Pricing p = new Pricing(n);
    assertEquals(165, p.customsValue(0, 0, 0), TOL);
    assertEquals(25, p.customsValue(1, 0, 0), TOL);
    assertEquals(27.75, p.duty(0, 0, 0, 0), TOL);
    assertEquals(9.875, p.duty(1, 0, 0, 0), TOL);
    assertEquals(0, p.duty(0, 1, 0, 0), TOL);
    Network deal = n.toBuilder().tariff(TariffMeasure.adValorem("deal", "US", 0.05).withSpecificDuty(0.5)
        .on(ProductScope.sectors("autos")).rule(TariffRule.REPLACE)).build();
    Pricing q = new Pricing(deal);
    assertEquals(8.75, q.duty(0, 0, 0, 0), TOL);
    assertEquals(9.875, q.duty(1, 0, 0, 0), TOL);
  }

  /** The site rate (9) beats the product rate (7), which beats the pair (3); domestic is free. */
  @Test
  void freightPrecedenceByHand() {
    Pricing p = new Pricing(base().build());
    assertEquals(9, p.freight(0, 0, 0), TOL);
    assertEquals(9, p.freight(1, 0, 0), TOL);
    assertEquals(0, p.freight(0, 1, 0), TOL);
    Pricing noSiteRate = new Pricing(base().clearFreight()
        .freight(FreightRate.lane("KR", "US", 3), FreightRate.lane("KR", "US", 7).forProduct("coil")).build());
    assertEquals(3, noSiteRate.freight(0, 0, 0), TOL);
    assertEquals(7, noSiteRate.freight(1, 0, 0), TOL);
  }

  /**
   * Random measure sets (rules, origins, sector and product scopes, periods, rates, duties) and
   * random freight tables: the verifier's code and the network's helpers give the same tariffs,
   * customs values and freight for every origin, product, period and site.
   */
  @Test
  void agreesWithTheNetworkHelpersOnRandomNetworks() {
    Random rnd = new Random(42);
    String[] countries = {"US", "KR", "MX", "CN"};
    for (int trial = 0; trial < 200; trial++) {
      Network.Builder b = Network.builder().horizon(Horizon.of(3, 0));
      for (String c : countries) {
        b.country(Country.of(c, 1 + rnd.nextInt(30)).withProductivity(0.5 + rnd.nextDouble()));
      }
      b.product(Product.of("sedan", "autos", rnd.nextInt(20), 50 + rnd.nextInt(100))
              .withCustomsMarkup(rnd.nextInt(3) / 10.0).withMaterialCost("MX", 40),
          Product.of("coil", "steel", rnd.nextInt(3), 10 + rnd.nextInt(20)).withDeclaredCustomsValue(33),
          Product.of("truck", "autos", 5, 80));
      List<Site> sites = new ArrayList<>();
      for (String c : countries) {
        sites.add(Site.existing(c + "-1", c, 10));
      }
      b.site(sites.toArray(Site[]::new));
      b.market(Market.of("US-M", "US"), Market.of("KR-M", "KR"));
      Set<String> lanes = new HashSet<>();
      for (int i = 0; i < 8; i++) {
        String o = countries[rnd.nextInt(4)];
        String d = rnd.nextBoolean() ? "US" : "KR";
        FreightRate r = FreightRate.lane(o, d, rnd.nextInt(10));
        if (rnd.nextBoolean()) {
          r = r.forProduct(rnd.nextBoolean() ? "sedan" : "coil");
        }
        if (rnd.nextInt(3) == 0) {
          r = r.fromSite(o + "-1");
        }
        if (lanes.add(r.describe())) {
          b.freight(r);
        }
      }
      int measures = 1 + rnd.nextInt(6);
      for (int i = 0; i < measures; i++) {
        TariffMeasure m = TariffMeasure.adValorem("m" + i, rnd.nextBoolean() ? "US" : "KR", rnd.nextInt(40) / 100.0)
            .withSpecificDuty(rnd.nextInt(3))
            .rule(TariffRule.values()[rnd.nextInt(3)]);
        switch (rnd.nextInt(4)) {
          case 0 -> m = m.on(ProductScope.sectors("autos"));
          case 1 -> m = m.on(ProductScope.products("coil"));
          default -> { }
        }
        if (rnd.nextBoolean()) {
          int first = rnd.nextInt(4);
          m = m.from(countries[first], countries[(first + 1 + rnd.nextInt(3)) % 4]);
        }
        if (rnd.nextInt(3) == 0) {
          m = m.inPeriods(rnd.nextInt(3));
        }
        b.tariff(m);
      }
      Network n = b.build();
      Pricing p = new Pricing(n);
      for (int s = 0; s < n.sites().size(); s++) {
        for (int prod = 0; prod < n.products().size(); prod++) {
          for (int m = 0; m < n.markets().size(); m++) {
            double f = p.freight(prod, s, m);
            var expected = n.freightPerUnit(prod, s, m);
            assertEquals(expected.isPresent(), !Double.isNaN(f), "trial " + trial);
            if (expected.isPresent()) {
              assertEquals(expected.getAsDouble(), f, TOL, "trial " + trial);
            }
            for (int t = 0; t < 3; t++) {
              assertEquals(n.tariffPerUnit(prod, s, m, t), p.duty(prod, s, m, t), 1e-9,
                  "trial " + trial + " " + n.tariffs());
              assertEquals(n.customsValue(prod, s, t), p.customsValue(prod, s, t), 1e-9);
            }
          }
          assertEquals(n.jobsPerUnit(prod, s), p.jobs(prod, s), TOL);
        }
      }
    }
  }

  /**
   * Credit scopes: a 48D-style credit on the "chips" sector covers a candidate that may make chips
   * and not one limited to cars, never an existing site, never a site abroad; two credits on one
   * site add up. A 45X-style credit covers chips made in its country only.
   */
  @Test
  void creditScopesByHand() {
    Network n = Network.builder()
        .country(Country.of("US", 30), Country.of("MX", 8))
        .product(Product.of("chip", "chips", 1, 10), Product.of("car", "autos", 1, 10))
        .site(Site.candidate("US-chips", "US", 10, 100).withProducts("chip"),
            Site.candidate("US-cars", "US", 10, 100).withProducts("car"),
            Site.candidate("US-any", "US", 10, 100), Site.existing("US-old", "US", 10),
            Site.candidate("MX-chips", "MX", 10, 100))
        .investmentCredit(new InvestmentCredit("48d", "US", ProductScope.sectors("chips"), 0.25),
            new InvestmentCredit("state", "US", ProductScope.ALL, 0.1))
        .productionCredit(ProductionCredit.of("45x", "US", ProductScope.products("chip"), 5))
        .build();
    Pricing p = new Pricing(n);
    double[] expected = {0.35, 0.1, 0.35, 0, 0};
    for (int s = 0; s < expected.length; s++) {
      assertEquals(expected[s], p.investmentCreditShare(s), TOL, n.sites().get(s).id());
      assertEquals(n.investmentCreditShare(s), p.investmentCreditShare(s), TOL);
    }
    ProductionCredit k = n.productionCredits().get(0);
    assertTrue(p.productionCreditCovers(k, 0, 0));
    assertFalse(p.productionCreditCovers(k, 1, 0));
    assertFalse(p.productionCreditCovers(k, 0, 4));
  }

  /**
   * Measures limited to an origin status (docs/model.md, Origin of goods): KORUS (KR, US); into US a
   * general 25% ADD on all goods, a 5% surcharge ADD on goods not originating in KORUS, and a
   * preferential REPLACE of 0% for goods originating in it. The sedan (customs value 165) originating
   * in KORUS pays the REPLACE alone: 0. Not originating (status null): 0.25 + 0.05 = 0.30, 49.5. From
   * CN, a non-member, it never originates: 0.30 whatever the status asked for. By default a sedan
   * made in KR, with no origin rule, originates (0); with a rule under KORUS it does not (0.30).
   */
  @Test
  void stackingHonoursTheOriginCondition() {
    Network n = base().country(Country.of("CN", 5)).site(Site.existing("CN-1", "CN", 100))
        .freight(FreightRate.lane("CN", "US", 3))
        .agreement(dev.footprint.model.TradeAgreement.of("KORUS", "KR", "US"))
        .tariff(TariffMeasure.adValorem("general", "US", 0.25),
            TariffMeasure.adValorem("surcharge", "US", 0.05).forNonOriginating("KORUS"),
            TariffMeasure.adValorem("pref", "US", 0).rule(TariffRule.REPLACE).forOriginating("KORUS"))
        .build();
    Pricing p = new Pricing(n);
    assertEquals(0, p.tariff("KR", "US", 0, 0, "KORUS")[0], TOL);
    assertEquals(0.30, p.tariff("KR", "US", 0, 0, null)[0], TOL);
    assertEquals(0.30, p.tariff("CN", "US", 0, 0, null)[0], TOL);
    assertEquals(0.30, p.tariff("CN", "US", 0, 0)[0], TOL);
    assertEquals(0, p.tariff("KR", "US", 0, 0)[0], TOL);
    assertEquals(0, p.duty(0, 0, 0, 0), TOL);
    assertEquals(0.30 * 165, p.duty(0, 2, 0, 0), TOL);
    for (String status : new String[] {null, "KORUS"}) {
      assertEquals(n.effectiveTariff("KR", "US", 0, 0, status).adValoremRate(), p.tariff("KR", "US", 0, 0, status)[0], TOL);
    }
    Network ruled = n.toBuilder().product(Product.of("part", "autos", 1, 1))
        .replaceProduct(n.products().get(0).withDeclaredCustomsValue(165))
        .originRule(dev.footprint.model.OriginRule.of("sedan-korus", "KORUS", "sedan", 0.5,
            dev.footprint.model.ContentMethod.BUILD_DOWN))
        .build();
    Pricing q = new Pricing(ruled);
    assertEquals(0.30, q.tariff("KR", "US", 0, 0)[0], TOL);
    assertEquals(ruled.effectiveTariff("KR", "US", 0, 0).adValoremRate(), q.tariff("KR", "US", 0, 0)[0], TOL);
  }

  /**
   * Random measures limited to origin statuses under two agreements (KORUS: KR, US; USMCA: US, MX),
   * random origin rules and a transshipment rule: the verifier's stacking at each status, its default
   * status and its content rule agree with the network's helpers on every lane, product and period.
   */
  @Test
  void originStatusAgreesWithTheNetworkHelpersOnRandomNetworks() {
    Random rnd = new Random(7);
    String[] countries = {"US", "KR", "MX", "CN"};
    for (int trial = 0; trial < 200; trial++) {
      Network.Builder b = Network.builder().horizon(Horizon.of(2, 0));
      for (String c : countries) {
        b.country(Country.of(c, 1 + rnd.nextInt(30)));
      }
      b.product(Product.of("sedan", "autos", 1, 50).withDeclaredCustomsValue(80),
          Product.of("coil", "steel", 1, 10).withDeclaredCustomsValue(20), Product.of("truck", "autos", 2, 60));
      b.site(Site.existing("US-1", "US", 10));
      b.agreement(dev.footprint.model.TradeAgreement.of("KORUS", "KR", "US"),
          dev.footprint.model.TradeAgreement.of("USMCA", "US", "MX"));
      String[] products = {"sedan", "coil"};
      for (String pr : products) {
        for (String g : new String[] {"KORUS", "USMCA"}) {
          if (rnd.nextInt(3) == 0) {
            b.originRule(dev.footprint.model.OriginRule.of(pr + "-" + g, g, pr, 0.5,
                dev.footprint.model.ContentMethod.BUILD_UP));
          }
        }
      }
      int measures = 1 + rnd.nextInt(6);
      for (int i = 0; i < measures; i++) {
        TariffMeasure m = TariffMeasure.adValorem("m" + i, "US", rnd.nextInt(40) / 100.0)
            .withSpecificDuty(rnd.nextInt(3)).rule(TariffRule.values()[rnd.nextInt(3)]);
        if (rnd.nextBoolean()) {
          m = m.on(ProductScope.sectors("autos"));
        }
        if (rnd.nextInt(3) == 0) {
          m = m.inPeriods(rnd.nextInt(2));
        }
        String g = rnd.nextBoolean() ? "KORUS" : "USMCA";
        switch (rnd.nextInt(3)) {
          case 0 -> m = m.forOriginating(g);
          case 1 -> m = m.forNonOriginating(g);
          default -> { }
        }
        b.tariff(m);
      }
      Network n;
      try {
        n = b.transshipmentRule(dev.footprint.model.TransshipmentRule.of("ts", "US", 0.4, 0.3, "CN", "KR")
            .on(ProductScope.products("truck"))).build();
      } catch (dev.footprint.model.InvalidModelException e) {
        throw new AssertionError("trial " + trial, e);
      }
      Pricing p = new Pricing(n);
      OriginPricing o = p.origins();
      for (String a : countries) {
        for (int prod = 0; prod < n.products().size(); prod++) {
          String expected = n.defaultOriginatingIn(a, "US", prod);
          assertEquals(expected, o.defaultStatus(a, "US", prod), "trial " + trial);
          assertEquals(n.agreementOf(a, "US").map(dev.footprint.model.TradeAgreement::id).orElse(null),
              o.agreementOf(a, "US"));
          OriginPricing.ContentRule rule = o.contentRule(prod, a, "US");
          String g = n.agreementOf(a, "US").map(dev.footprint.model.TradeAgreement::id).orElse(null);
          String want = g != null && n.originRule(n.products().get(prod).id(), g).isPresent()
              ? n.originRule(n.products().get(prod).id(), g).get().id()
              : n.transshipmentRule(a, "US", prod).map(dev.footprint.model.TransshipmentRule::id).orElse(null);
          assertEquals(want, rule == null ? null : rule.id(), "trial " + trial);
          for (int t = 0; t < 2; t++) {
            for (String status : new String[] {null, g}) {
              var e = n.effectiveTariff(a, "US", prod, t, status);
              double[] mine = p.tariff(a, "US", prod, t, status);
              assertEquals(e.adValoremRate(), mine[0], 1e-12, "trial " + trial + " " + n.tariffs());
              assertEquals(e.specificDutyPerUnit(), mine[1], 1e-12, "trial " + trial);
            }
            var d = n.effectiveTariff(a, "US", prod, t);
            assertEquals(d.adValoremRate(), p.tariff(a, "US", prod, t)[0], 1e-12, "trial " + trial);
          }
        }
      }
    }
  }

  /** Methods of the network and tariff records that price; the verifier's code must call none. */
  private static final Set<String> SHARED_HELPERS = Set.of(
      "dev/footprint/model/Network.effectiveTariff", "dev/footprint/model/Network.tariffRates",
      "dev/footprint/model/Network.tariffPerUnit",
      "dev/footprint/model/Network.customsValue", "dev/footprint/model/Network.freightPerUnit",
      "dev/footprint/model/Network.investmentCreditShare", "dev/footprint/model/Network.investmentCreditCovers",
      "dev/footprint/model/Network.productionCreditCovers", "dev/footprint/model/Network.jobsPerUnit",
      "dev/footprint/model/Network.laborCostPerUnit", "dev/footprint/model/Network.laborHoursPerUnit",
      "dev/footprint/model/Network.materialCostPerUnit", "dev/footprint/model/EffectiveTariff.combine",
      "dev/footprint/model/EffectiveTariff.dutyPerUnit", "dev/footprint/model/TariffMeasure.appliesTo",
      "dev/footprint/model/ProductScope.covers", "dev/footprint/model/ProductScope.isAll",
      "dev/footprint/model/TariffQuota.covers",
      "dev/footprint/model/Product.materialCostIn", "dev/footprint/model/InvestmentCredit.startsInWindow",
      "dev/footprint/model/Site.firstOpenPeriod", "dev/footprint/model/Site.mayBeActiveIn",
      "dev/footprint/model/Market.priceOf", "dev/footprint/model/Market.mayLeaveUnserved",
      "dev/footprint/model/Market.minServiceShareOf",

      "dev/footprint/model/InvestmentCredit.namesSite", "dev/footprint/model/Network.conversion",
      "dev/footprint/model/CurrencyConversion.factor", "dev/footprint/model/CurrencyConversion.wage",
      "dev/footprint/model/CurrencyConversion.material", "dev/footprint/model/CurrencyConversion.convert",
      "dev/footprint/model/CurrencyConversion.isLocal", "dev/footprint/model/Horizon.terminalFactor",
      "dev/footprint/model/TerminalValue.factor",

      "dev/footprint/model/Network.agreementOf", "dev/footprint/model/Network.originRule",
      "dev/footprint/model/Network.transshipmentRule", "dev/footprint/model/Network.dutyDrawback",
      "dev/footprint/model/Network.defaultOriginatingIn", "dev/footprint/model/TradeAgreement.covers",
      "dev/footprint/model/TransshipmentRule.covers");

  /**
   * The terminal window's factor A in closed form, against the model's period-by-period sum: four
   * periods at 10%, 1/1.1 + 1/1.21 + 1/1.331 + 1/1.4641 = (1 - 1.1^-4)/0.1 = 3.1698654; a perpetuity
   * at 10%, 10; five periods at 0%, 5; none, 0.
   */
  @Test
  void theTerminalFactorInClosedFormMatchesThePeriodByPeriodSum() {
    dev.footprint.model.TerminalValue four = dev.footprint.model.TerminalValue.periods(4);
    assertEquals(3.1698654463, Pricing.terminalFactor(four, 0.1), 1e-9);
    assertEquals(four.factor(0.1), Pricing.terminalFactor(four, 0.1), 1e-12);
    assertEquals(10, Pricing.terminalFactor(dev.footprint.model.TerminalValue.PERPETUITY, 0.1), 1e-12);
    assertEquals(5, Pricing.terminalFactor(dev.footprint.model.TerminalValue.periods(5), 0), 0);
    assertEquals(0, Pricing.terminalFactor(dev.footprint.model.TerminalValue.NONE, 0.1), 0);
  }

  /**
   * Reads the method references of every compiled class of the result package (the constant pool of
   * each class file) and asserts that none is one of {@link #SHARED_HELPERS}. A control: the
   * formulation's tariff table does call {@code Network.tariffRates}, so the reader finds such calls.
   */
  @Test
  void verifierCallsNoneOfTheFormulationsPricingHelpers() throws IOException, URISyntaxException {
    Path dir = Path.of(Verifier.class.getResource("Verifier.class").toURI()).getParent();
    List<Path> classes;
    try (Stream<Path> files = Files.list(dir)) {
      classes = files.filter(f -> f.toString().endsWith(".class")).toList();
    }
    assertTrue(classes.size() >= 5, classes.toString());
    for (Path c : classes) {
      try (InputStream in = Files.newInputStream(c)) {
        Set<String> called = methodReferences(in);
        for (String helper : SHARED_HELPERS) {
          assertFalse(called.contains(helper), c.getFileName() + " calls " + helper);
        }
      }
    }
    try (InputStream in = dev.footprint.solve.FootprintSolver.class.getClassLoader()
        .getResourceAsStream("dev/footprint/solve/internal/TariffTable.class")) {
      assertTrue(methodReferences(in).contains("dev/footprint/model/Network.tariffRates"));
    }
  }

  /** The "class.method" names of the Methodref entries of a class file's constant pool. */
  static Set<String> methodReferences(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    int[] classNameIndex = new int[count];
    int[][] ref = new int[count][];
    int[][] nameAndType = new int[count][];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4 -> in.readInt();
        case 5, 6 -> {
          in.readLong();
          i++;
        }
        case 7 -> classNameIndex[i] = in.readUnsignedShort();
        case 8, 16, 19, 20 -> in.readUnsignedShort();
        case 9, 17, 18 -> {
          in.readUnsignedShort();
          in.readUnsignedShort();
        }
        case 10, 11 -> ref[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
        case 12 -> nameAndType[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
        case 15 -> {
          in.readUnsignedByte();
          in.readUnsignedShort();
        }
        default -> throw new IOException("unknown constant pool tag " + tag);
      }
    }
    Set<String> out = new HashSet<>();
    for (int i = 1; i < count; i++) {
      if (ref[i] != null) {
        String owner = utf8[classNameIndex[ref[i][0]]];
        String name = utf8[nameAndType[ref[i][1]][0]];
        out.add(owner + "." + name);
      }
    }
    return out;
  }
}
