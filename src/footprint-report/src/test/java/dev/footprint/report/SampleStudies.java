package dev.footprint.report;

import dev.footprint.io.Study;
import dev.footprint.io.StudyWriter;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
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
