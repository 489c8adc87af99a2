package dev.footprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.io.Study;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffQuota;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of scenarios with a tariff-rate quota: the tariffs section shows the units within the
 * quota against its volume, and the report folder holds quotas.csv and its sheet. The network ships
 * 150 MX widgets to the US under a quota of 100 (MFN 25%, 5% within); in the scenario "tight" the
 * quota is 40, in "none" there is none.
 */
class QuotaReportTest {
  @TempDir
  Path dir;

  private static Network network(Double volume) {
    Network.Builder b = Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("widget", "goods", 0, 10).withDeclaredCustomsValue(100))
        .site(Site.existing("MX-1", "MX", 1000))
        .market(Market.of("US-M", "US").withDemand("widget", 150))
        .freight(FreightRate.lane("MX", "US", 0))
        .tariff(TariffMeasure.adValorem("mfn", "US", 0.25));
    if (volume != null) {
      b.quota(TariffQuota.of("mx-trq", "widget", "US", volume, 0.05).from("MX"));
    }
    return b.build();
  }

  private static Map<String, Solution> solve(Map<String, Network> networks) {
    Map<String, Solution> out = new LinkedHashMap<>();
    networks.forEach((k, v) -> out.put(k, FootprintSolver.create().solve(v)));
    return out;
  }

  @Test
  void tariffsSectionShowsTheUseOfTheQuota() throws Exception {
    Map<String, Network> networks = new LinkedHashMap<>();
    networks.put(Study.BASE, network(100.0));
    networks.put("tight", network(40.0));
    networks.put("none", network(null));
    Map<String, Solution> solutions = solve(networks);
    String html = new HtmlReport(HtmlReportTest.RUN, "quotas").scenarios(solutions, Study.BASE).render();
    assertTrue(html.contains("Tariff-rate quotas (units within the quota of its volume)"), "no quota table");
    assertTrue(html.contains(">100 of 100<") && html.contains(">40 of 40<"), "no use of the quota");
    assertTrue(html.contains("mx-trq t0"), "no row for the quota and period");
    String text = TextReport.scenario("tight", solutions.get("tight"));
    assertTrue(text.contains("  quota mx-trq t0: 40 of 40 unit within, 110 beyond\n"), text);

    List<Path> files = ReportWriter.scenarios(dir, HtmlReportTest.RUN, "compare", solutions, Study.BASE, true);
    assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("quotas.csv")), files.toString());
  }

  @Test
  void noQuotaNoTableAndNoFile() throws Exception {
    Map<String, Solution> solutions = solve(Map.of(Study.BASE, network(null)));
    String html = new HtmlReport(HtmlReportTest.RUN, "no quotas").scenarios(solutions, Study.BASE).render();
    assertFalse(html.contains("Tariff-rate quotas"));
    List<Path> files = ReportWriter.scenarios(dir, HtmlReportTest.RUN, "solve", solutions, Study.BASE, false);
    assertEquals(List.of("result.json", "production.csv", "shipments.csv", "costs.csv", "sites.csv", "results.xlsx",
        "report.html"), files.stream().map(f -> f.getFileName().toString()).toList());
  }
}
