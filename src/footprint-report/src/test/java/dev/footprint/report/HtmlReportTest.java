package dev.footprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.io.results.RunInfo;
import dev.footprint.analysis.Parameters;
import dev.footprint.analysis.Sweep;
import dev.footprint.io.Study;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The HTML report is one well-formed, self-contained document with the charts it promises. */
class HtmlReportTest {
  static final RunInfo RUN = new RunInfo("footprint test <&>", "study <&>", "study.yaml", "ab".repeat(32), "dev",
      "9.15", Instant.parse("2026-01-01T00:00:00Z"));

  static Map<String, Solution> solve(Study study) {
    FootprintSolver solver = FootprintSolver.create(study.options());
    Map<String, Solution> out = new LinkedHashMap<>();
    study.scenarios().forEach((k, v) -> out.put(k, solver.solve(v)));
    return out;
  }

  /**
   * Four scenarios, two products in the same unit: a production chart per product, the change in
   * total cost against the base and a waterfall per other scenario, the cost chart, capex and jobs,
   * and a flow chart per scenario; a sweep adds a line chart and a where-made chart per product.
   */
  @Test
  void tariffStudyReportHasEveryChartAndLoadsNothingFromOutside() {
    Study study = SampleStudies.tariffStudy();
    Map<String, Solution> solutions = solve(study);
    Sweep sweep = Sweep.run(FootprintSolver.create(), study.base(), Parameters.tariffRate("us-vn"),
        Sweep.grid(0, 0.6, 4));
    String html = new HtmlReport(RUN, "Report <&>").scenarios(solutions, Study.BASE).sweep(sweep).render();
    Document doc = Xml.parse(html);
    List<Element> svgs = Xml.find(doc, "svg", "chart");
    assertEquals(2 + (1 + 3) + 1 + 2 + 4 + 1 + 2, svgs.size());
    Set<String> ids = new HashSet<>();
    for (Element e : Xml.find(doc, "*", null)) {
      if (!e.getAttribute("id").isEmpty()) {
        assertTrue(ids.add(e.getAttribute("id")), "duplicate id " + e.getAttribute("id"));
      }
    }
    // The cost chart: one segment per nonzero cost kind per scenario, read from the solutions.
    Element cost = svgs.stream().filter(s -> s.getAttribute("id").contains("cost")).findFirst().orElseThrow();
    long expected = solutions.values().stream().flatMap(s -> s.evaluation().byKind().values().stream())
        .filter(v -> v != 0).count();
    assertEquals(expected, Xml.find(cost, "rect", "bar").size());
    assertEquals(4, Xml.find(cost, "text", "category-label").size());
    // The pledge scenario's pledge (20,000 in the US) is drawn as a marker.
    Element capex = svgs.stream().filter(s -> s.getAttribute("id").contains("capex")).findFirst().orElseThrow();
    assertEquals(List.of("20000.0"), Xml.find(capex, "line", "marker").stream().map(m -> m.getAttribute("data-value"))
        .toList());
    assertSelfContained(html);
    assertTrue(doc.getElementsByTagName("title").item(0).getTextContent().equals("Report <&>"));
  }

  /** Ids with markup characters are escaped everywhere: the document parses and shows them as written. */
  @Test
  void awkwardIdsAreEscaped() {
    Study study = SampleStudies.awkwardIds();
    String html = new HtmlReport(new RunInfo("c", study.name(), "s", "x", "dev", "v", Instant.EPOCH), study.name())
        .scenarios(solve(study), Study.BASE).render();
    Document doc = Xml.parse(html);
    String text = doc.getDocumentElement().getTextContent();
    assertTrue(text.contains("K&R <\"x\">"), "the country is shown as written");
    assertTrue(text.contains("deal & \"more\""), "the scenario is shown as written");
    assertTrue(text.contains("a<b>'c'"), "the product is shown as written");
    assertFalse(html.contains("<b>'c'"), "no raw markup from ids");
    assertSelfContained(html);
  }

  /** An infeasible scenario is reported with its status and diagnosis, and draws no bars. */
  @Test
  void infeasibleScenarioIsShownNotDrawn() {
    Map<String, Solution> solutions = new LinkedHashMap<>(solve(SampleStudies.tariffStudy()));
    solutions.put("impossible", solve(SampleStudies.infeasibleStudy()).get(Study.BASE));
    Document doc = Xml.parse(new HtmlReport(RUN, "r").scenarios(solutions, Study.BASE).render());
    Element cost = Xml.find(doc, "svg", "chart").stream().filter(s -> s.getAttribute("id").contains("cost"))
        .findFirst().orElseThrow();
    assertTrue(Xml.find(cost, "rect", "bar").stream().noneMatch(b -> b.getAttribute("data-category")
        .equals("impossible")));
    assertEquals(List.of("infeasible"), Xml.find(cost, "text", "note").stream().map(Element::getTextContent).toList());
    assertTrue(Xml.find(doc, "p", "problem").stream().anyMatch(p -> p.getTextContent().contains("pledge[us-pledge]")));
  }

  /** No script and nothing fetched: no src or href to another place, no CSS url() or @import. */
  static void assertSelfContained(String html) {
    assertFalse(html.toLowerCase(java.util.Locale.ROOT).contains("<script"), "no script");
    assertFalse(Pattern.compile("(src|href)\\s*=\\s*\"(?!#)").matcher(html).find(), "only in-page links");
    assertFalse(html.contains("url(") || html.contains("@import"), "no CSS fetches");
    String withoutNamespaces = html.replace("http://www.w3.org/2000/svg", "").replace("http://www.w3.org/1999/xhtml", "");
    assertFalse(withoutNamespaces.contains("http://") || withoutNamespaces.contains("https://"), "no URLs");
  }
}
