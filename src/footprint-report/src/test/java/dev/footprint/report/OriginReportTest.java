package dev.footprint.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.io.Study;
import dev.footprint.model.ContentMethod;
import dev.footprint.model.Country;
import dev.footprint.model.DutyDrawback;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.OriginRule;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.SupplierOffer;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TradeAgreement;
import dev.footprint.result.Allocation;
import dev.footprint.result.ComponentFlow;
import dev.footprint.result.ComponentUse;
import dev.footprint.result.Evaluation;
import dev.footprint.result.OriginClaim;
import dev.footprint.result.Shipment;
import dev.footprint.result.VerificationReport;
import dev.footprint.solve.Backend;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import dev.footprint.solve.SolverStats;
import dev.footprint.solve.StopReason;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report of scenarios with origin claims and component uses, from allocations built by hand (not
 * by the solver): the HTML report has a section on the origin of goods, the report folder holds
 * origin_claims.csv and component_uses.csv and their sheets; a report without claims or uses has
 * no such section.
 */
class OriginReportTest {
  @TempDir
  Path dir;

  /** MX-1 assembles cars from US engines for the US market, inside USMCA under a 50% content rule. */
  private static Network network() {
    return Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("car", "autos", 1, 10).withDeclaredCustomsValue(100).withComponent("engine", 1),
            Product.of("engine", "parts", 0, 0).withUnit("engine"))
        .site(Site.existing("MX-1", "MX", 1000).withProducts("car"))
        .supplierOffer(SupplierOffer.of("us-engines", "engine", "US", 30, 1000))
        .market(Market.of("US-M", "US").withDemand("car", 10))
        .freight(FreightRate.lane("MX", "US", 1), FreightRate.lane("US", "MX", 1))
        .agreement(TradeAgreement.of("usmca", "US", "MX"))
        .originRule(OriginRule.of("car-rvc", "usmca", "car", 0.5, ContentMethod.BUILD_DOWN))
        .tariff(TariffMeasure.adValorem("us-general", "US", 0.25).from("MX").forNonOriginating("usmca"),
            TariffMeasure.adValorem("mx-mfn", "MX", 0.1))
        .dutyDrawback(DutyDrawback.of("mx-dd", "MX", 0.99))
        .build();
  }

  private static Allocation allocation(Network n, double claimed) {
    return new Allocation(n, List.of(new Shipment("car", "MX-1", "US-M", 0, 10)), Map.of("MX-1", new double[] {1}),
        List.of(), Map.of(), Map.of(), List.of(new ComponentFlow("engine", "us-engines", "MX-1", 0, 10)),
        claimed == 0 ? List.of() : List.of(new OriginClaim("car-rvc", "car", "MX-1", "US-M", 0, claimed)),
        claimed == 0 ? List.of() : List.of(
            new ComponentUse(ComponentUse.Purpose.CONTENT, "car-rvc", "car", "engine", "us-engines", "MX-1", 0,
                claimed),
            new ComponentUse(ComponentUse.Purpose.DRAWBACK, "mx-dd", "car", "engine", "us-engines", "MX-1", 0, 10)));
  }

  /** @return a solution made of a hand-built allocation (Solution has no public constructor) */
  private static Solution solution(Allocation a) throws Exception {
    Constructor<Solution> c = Solution.class.getDeclaredConstructor(Network.class, SolveStatus.class,
        SolverStats.class, Allocation.class, Evaluation.class, VerificationReport.class, String.class);
    c.setAccessible(true);
    SolverStats stats = new SolverStats(Backend.HIGHS, "test", "OPTIMAL", 0, 0, 0, 0, 0, 0, 0, 0, 0, false,
        StopReason.FINISHED, false);
    return c.newInstance(a.network(), SolveStatus.OPTIMAL, stats, a, Evaluation.of(a), null, null);
  }

  @Test
  void theReportShowsClaimsAndUsesAndWritesTheirTables() throws Exception {
    Network n = network();
    Map<String, Solution> solutions = new LinkedHashMap<>();
    solutions.put(Study.BASE, solution(allocation(n, 6)));
    solutions.put("none", solution(allocation(n, 0)));
    String html = new HtmlReport(HtmlReportTest.RUN, "origin").scenarios(solutions, Study.BASE).render();
    assertTrue(html.contains("Origin of goods"), "no origin section");
    assertTrue(html.contains("Origin claims (units claimed to qualify under a content rule, whole horizon)"));
    assertTrue(html.contains("<td>car-rvc</td><td>origin</td><td>car</td><td>MX-1</td><td>US-M</td>"), html);
    assertTrue(html.contains(">60%<") || html.contains(">60.0%<"), "no share claimed");
    assertTrue(html.contains("Component uses"));
    assertTrue(html.contains("<td>drawback</td><td>mx-dd</td><td>car</td><td>engine</td><td>us-engines</td><td>US</td>"
        + "<td>MX-1</td>"), html);
    Xml.parse(html);

    List<Path> files = ReportWriter.scenarios(dir, HtmlReportTest.RUN, "compare", solutions, Study.BASE, true);
    List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
    assertTrue(names.contains("origin_claims.csv") && names.contains("component_uses.csv"), names.toString());
    assertTrue(Files.readString(dir.resolve("origin_claims.csv")).contains("base,car-rvc,origin,car,MX-1,MX,US-M,US"));
    assertTrue(Files.readString(dir.resolve("result.json")).contains("\"originClaims\""));
  }

  @Test
  void noClaimsNoSection() throws Exception {
    Map<String, Solution> solutions = Map.of(Study.BASE, solution(allocation(network(), 0)));
    String html = new HtmlReport(HtmlReportTest.RUN, "origin").scenarios(solutions, Study.BASE).render();
    assertFalse(html.contains("Origin claims"));
    assertFalse(html.contains("Component uses"));
    List<Path> files = ReportWriter.scenarios(dir, HtmlReportTest.RUN, "solve", solutions, Study.BASE, false);
    assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().equals("origin_claims.csv")),
        "the network has a content rule: its (empty) table is written, as quotas.csv is");
  }
}
