package dev.footprint.report;

import dev.footprint.io.Study;
import dev.footprint.io.StudyWriter;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.solve.SolveOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small studies for the command-line and report tests.
 *
 * <p>The tariff study: KR (wage 21), US (wage 43) and VN (wage 3), one hour of labor a job; cells
 * (0.5 h, material 90) and modules (2 h, material 40); KR-Ochang (existing, capacity 3000),
 * VN-HaiPhong (existing, 1000) and US-GA (candidate, 2000, capex 20,000); markets in the US (1000
 * cells, 800 modules a year) and KR (500 cells, 300 modules); two years at 5%. The US taxes KR at 15%
 * and VN at 20% and pays a 45X credit of 35 per cell made in the US, which opens US-GA for cells;
 * modules go to Vietnam as far as its capacity allows. Scenarios: {@code no-deal} (25% and 46%),
 * {@code no-credit} (no 45X: US-GA stays shut) and {@code pledge} (no 45X but a US capex pledge of
 * 20,000 and a floor of 500 jobs in KR).
 */
public final class SampleStudies {
  private SampleStudies() {}

  /** @return the tariff study's base network */
  public static Network base() {
    return Network.builder()
        .horizon(Horizon.years(2026, 2, 0.05))
        .country(Country.of("KR", 21).withHoursPerJob(1), Country.of("US", 43).withHoursPerJob(1),
            Country.of("VN", 3).withHoursPerJob(1))
        .product(Product.of("cells", "batteries", 0.5, 90), Product.of("modules", "electronics", 2, 40))
        .site(Site.existing("KR-Ochang", "KR", 3000), Site.existing("VN-HaiPhong", "VN", 1000),
            Site.candidate("US-GA", "US", 2000, 20_000))
        .market(Market.of("US-M", "US").withDemand("cells", 1000).withDemand("modules", 800),
            Market.of("KR-M", "KR").withDemand("cells", 500).withDemand("modules", 300))
        .freight(FreightRate.lane("KR", "US", 4), FreightRate.lane("VN", "US", 5), FreightRate.lane("VN", "KR", 2),
            FreightRate.lane("US", "KR", 4))
        .tariff(TariffMeasure.adValorem("us-kr", "US", 0.15).from("KR"),
            TariffMeasure.adValorem("us-vn", "US", 0.20).from("VN"))
        .productionCredit(ProductionCredit.of("45X", "US", ProductScope.products("cells"), 35))
        .build();
  }

  /** @return the tariff study: base, no-deal, no-credit, pledge */
  public static Study tariffStudy() {
    Network base = base();
    Map<String, Network> scenarios = new LinkedHashMap<>();
    scenarios.put(Study.BASE, base);
    scenarios.put("no-deal", base.toBuilder()
        .replaceTariff(TariffMeasure.adValorem("us-kr", "US", 0.25).from("KR"))
        .replaceTariff(TariffMeasure.adValorem("us-vn", "US", 0.46).from("VN")).build());
    Network noCredit = base.toBuilder().removeProductionCredit("45X").build();
    scenarios.put("no-credit", noCredit);
    scenarios.put("pledge", noCredit.toBuilder().policy(new Policy.InvestmentPledge("us-pledge", "US", 20_000),
        new Policy.EmploymentFloor("kr-floor", "KR", Series.constant(500))).build());
    return new Study("tariff test", scenarios, SolveOptions.defaults(), "0".repeat(64));
  }

  /** @return a study whose base cannot be solved: a US pledge above every candidate's capex */
  public static Study infeasibleStudy() {
    Network n = base().toBuilder().policy(new Policy.InvestmentPledge("us-pledge", "US", 1e9)).build();
    return new Study("infeasible test", Map.of(Study.BASE, n), SolveOptions.defaults(), "1".repeat(64));
  }

  /**
   * Ids that need escaping everywhere: a country {@code K&R <"x">}, a product {@code a<b>'c'} and a
   * scenario {@code deal & "more"}.
   *
   * @return the study
   */
  public static Study awkwardIds() {
    Network n = Network.builder()
        .country(Country.of("K&R <\"x\">", 20), Country.of("US", 40))
        .product(Product.of("a<b>'c'", "s&t", 1, 10))
        .site(Site.existing("site <1>", "K&R <\"x\">", 500), Site.candidate("US&1", "US", 500, 100))
        .market(Market.of("US-M", "US").withDemand("a<b>'c'", 100))
        .freight(FreightRate.lane("K&R <\"x\">", "US", 30))
        .build();
    Map<String, Network> scenarios = new LinkedHashMap<>();
    scenarios.put(Study.BASE, n);
    scenarios.put("deal & \"more\"", n.toBuilder().freight(FreightRate.lane("US", "K&R <\"x\">", 1)).build());
    return new Study("awkward <ids> & \"quotes\"", scenarios, SolveOptions.defaults(), "2".repeat(64));
  }

  /** The first 17 characters of these two scenario names are the same. */
  public static final String HIGH_2027 = "tariffs-high-with-pledge-2027";
  /** See {@link #HIGH_2027}. */
  public static final String HIGH_2028 = "tariffs-high-with-pledge-2028";
  /** Candidate sites of the long-names study that never open (their capex is far above any saving). */
  public static final int IDLE_CANDIDATES = 14;

  /**
   * Long site names, products in three units and a three-year horizon: wafers (unit {@code wafer}),
   * battery cells ({@code GWh}) and cars ({@code car}) made in KR, the US, MX and VN. Two US
   * candidates share their first 17 characters ({@code Samsung-Taylor-Texas-Fab-2} and {@code -3}),
   * and {@link #IDLE_CANDIDATES} more candidates are too dear ever to open. Scenarios: {@code base}
   * (US tariffs of 2%), {@link #HIGH_2027} and {@link #HIGH_2028} (US tariffs of 40% on everyone, a
   * US capex pledge, and a US credit for wafers, from 2027 or from 2028) and {@code no-credit} (no US
   * credits).
   *
   * @return the study
   */
  public static Study longNames() {
    Network.Builder b = Network.builder()
        .horizon(Horizon.years(2026, 3, 0.06))
        .country(Country.of("KR", 24).withHoursPerJob(2000), Country.of("US", 45).withHoursPerJob(2000),
            Country.of("MX", 7).withHoursPerJob(2000), Country.of("VN", 4).withHoursPerJob(2000))
        .product(Product.of("wafers", "semiconductors", 0.5, 60).withUnit("wafer"),
            Product.of("cells", "batteries", 40, 900).withUnit("GWh"),
            Product.of("cars", "autos", 30, 14_000).withUnit("car"))
        .site(Site.existing("LG-Energy-Solution-Ochang-Plant", "KR", 40_000),
            Site.existing("Monterrey-Nuevo-Leon-Assembly", "MX", 20_000),
            Site.existing("VinFast-Hai-Phong-Assembly-Complex", "VN", 20_000),
            Site.candidate("Samsung-Taylor-Texas-Fab-2", "US", 30_000, 400_000).withProducts("wafers", "cells"),
            Site.candidate("Samsung-Taylor-Texas-Fab-3", "US", 30_000, 420_000).withProducts("wafers", "cells"),
            Site.candidate("Hyundai-Motor-Group-Metaplant-Georgia", "US", 20_000, 900_000).withProducts("cars"));
    for (int i = 1; i <= IDLE_CANDIDATES; i++) {
      b.site(Site.candidate(String.format("Candidate-Greenfield-Site-Alabama-%02d", i), "US", 1_000, 5e9));
    }
    Network base = b
        .market(Market.of("US-Market", "US").withDemand("wafers", 20_000).withDemand("cells", 60)
                .withDemand("cars", 900),
            Market.of("KR-Market", "KR").withDemand("wafers", 8_000).withDemand("cells", 40).withDemand("cars", 300),
            Market.of("MX-Market", "MX").withDemand("cars", 400))
        .freight(FreightRate.lane("KR", "US", 2), FreightRate.lane("MX", "US", 1), FreightRate.lane("VN", "US", 3),
            FreightRate.lane("US", "KR", 2), FreightRate.lane("VN", "KR", 1), FreightRate.lane("MX", "KR", 3),
            FreightRate.lane("KR", "MX", 2), FreightRate.lane("US", "MX", 1), FreightRate.lane("VN", "MX", 3))
        .tariff(TariffMeasure.adValorem("us-all", "US", 0.02).from("KR", "MX", "VN"))
        .productionCredit(ProductionCredit.of("us-cells", "US", ProductScope.products("cells"), 400))
        .build();
    Map<String, Network> scenarios = new LinkedHashMap<>();
    scenarios.put(Study.BASE, base);
    for (String name : new String[] {HIGH_2027, HIGH_2028}) {
      int from = name.equals(HIGH_2027) ? 1 : 2;
      double[] credit = new double[3];
      for (int t = from; t < 3; t++) {
        credit[t] = 30;
      }
      scenarios.put(name, base.toBuilder()
          .replaceTariff(TariffMeasure.adValorem("us-all", "US", 0.4).from("KR", "MX", "VN"))
          .productionCredit(ProductionCredit.of("us-wafers", "US", ProductScope.products("wafers"), 0)
              .withCreditPerUnit(Series.of(credit)))
          .policy(new Policy.InvestmentPledge("us-pledge", "US", 400_000)).build());
    }
    scenarios.put("no-credit", base.toBuilder().removeProductionCredit("us-cells").build());
    return new Study("long names and units", scenarios, SolveOptions.defaults(), "3".repeat(64));
  }

  /**
   * The tariff study's shape in USD millions, with battery cells counted in GWh: cells cost 90 (USD
   * millions) of material per GWh, 20,000 labor hours per GWh at 0.000021 to 0.000043 USD millions
   * an hour, a US plant costs 2,500; the US credit is 35 per GWh. Scenarios: {@code base} and
   * {@code no-credit}.
   *
   * @return the study
   */
  public static Study millions() {
    Network base = Network.builder()
        .horizon(Horizon.years(2026, 2, 0.05))
        .money(Money.of("USD", 1e6))
        .country(Country.of("KR", 0.000021), Country.of("US", 0.000043), Country.of("VN", 0.000003))
        .product(Product.of("cells", "batteries", 20_000, 90).withUnit("GWh"),
            Product.of("packs", "batteries", 8_000, 30).withUnit("GWh"))
        .site(Site.existing("KR-Ochang", "KR", 60), Site.existing("VN-HaiPhong", "VN", 20),
            Site.candidate("US-GA", "US", 40, 2_500))
        .market(Market.of("US-M", "US").withDemand("cells", 30).withDemand("packs", 20),
            Market.of("KR-M", "KR").withDemand("cells", 15).withDemand("packs", 10))
        .freight(FreightRate.lane("KR", "US", 0.4), FreightRate.lane("VN", "US", 0.5),
            FreightRate.lane("VN", "KR", 0.2), FreightRate.lane("US", "KR", 0.4))
        .tariff(TariffMeasure.adValorem("us-kr", "US", 0.15).from("KR"),
            TariffMeasure.adValorem("us-vn", "US", 0.20).from("VN"))
        .productionCredit(ProductionCredit.of("45X", "US", ProductScope.products("cells"), 35))
        .build();
    Map<String, Network> scenarios = new LinkedHashMap<>();
    scenarios.put(Study.BASE, base);
    scenarios.put("no-credit", base.toBuilder().removeProductionCredit("45X").build());
    return new Study("in USD millions", scenarios, SolveOptions.defaults(), "4".repeat(64));
  }

  /**
   * @param study a study
   * @param dir a directory
   * @return the YAML study file written there by {@link StudyWriter}
   */
  public static Path write(Study study, Path dir) {
    Path file = dir.resolve("study.yaml");
    try {
      StudyWriter.write(study, file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
