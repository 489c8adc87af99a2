package dev.footprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.analysis.Parameters;
import dev.footprint.analysis.RobustFootprint;
import dev.footprint.analysis.Summary;
import dev.footprint.analysis.Sweep;
import dev.footprint.io.Study;
import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.result.CostKind;
import dev.footprint.result.Shipment;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What the report says, checked against figures the test computes itself from the solutions: the
 * change against the base, the sites that differ, flows per unit, sweep flips, money and periods.
 */
class ReportContentTest {
  static Study study;
  static Map<String, Solution> solutions;
  static Document doc;
  static String html;

  @BeforeAll
  static void solve() {
    study = SampleStudies.longNames();
    solutions = HtmlReportTest.solve(study);
    html = new HtmlReport(HtmlReportTest.RUN, "content").scenarios(solutions, Study.BASE).render();
    doc = Xml.parse(html);
  }

  static List<Element> charts(Document d, String idPart) {
    return Xml.find(d, "svg", "chart").stream().filter(s -> s.getAttribute("id").contains(idPart)).toList();
  }

  static double value(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  @Test
  void waterfallsAddUpToEachScenariosChangeInTotalCost() {
    Solution base = solutions.get(Study.BASE);
    List<Element> waterfalls = charts(doc, "waterfall");
    assertEquals(solutions.size() - 1, waterfalls.size(), "one per scenario other than the base");
    for (Element w : waterfalls) {
      List<Element> totals = Xml.find(w, "rect", "total");
      String name = totals.get(1).getAttribute("data-category");
      Solution s = solutions.get(name);
      double change = s.evaluation().total() - base.evaluation().total();
      double steps = Xml.find(w, "rect", "step").stream().mapToDouble(e -> value(e, "data-value")).sum();
      assertEquals(change, steps, 1e-6 * Math.abs(base.evaluation().total()), name);
      assertEquals(base.evaluation().total(), value(totals.get(0), "data-value"), 1e-9);
      assertEquals(s.evaluation().total(), value(totals.get(1), "data-value"), 1e-9);
      // Each step is one cost kind's change, as the evaluations have it.
      for (Element step : Xml.find(w, "rect", "step")) {
        CostKind k = CostKind.valueOf(step.getAttribute("data-category").toUpperCase().replace(' ', '_'));
        assertEquals(s.evaluation().cost(k) - base.evaluation().cost(k), value(step, "data-value"), 1e-6);
      }
    }
    Element delta = charts(doc, "delta").get(0);
    for (Element bar : Xml.find(delta, "rect", "bar")) {
      Solution s = solutions.get(bar.getAttribute("data-category"));
      assertEquals(s.objective() - base.objective(), value(bar, "data-value"), 1e-6);
    }
    // The change section comes right after the overview.
    List<Element> sections = Xml.find(doc, "section", null);
    assertTrue(sections.get(0).getAttribute("id").endsWith("overview"));
    assertTrue(sections.get(1).getAttribute("id").endsWith("changes"));
  }

  @Test
  void theOverviewListsOnlyTheSitesWhoseStatusDiffers() {
    Set<String> differ = new TreeSet<>();
    Network n = study.base();
    for (Site site : n.sites()) {
      Set<String> seen = new HashSet<>();
      for (Solution s : solutions.values()) {
        seen.add(s.allocation().openedIn(site.id()) + "/" + s.allocation().closedIn(site.id()));
      }
      if (seen.size() > 1) {
        differ.add(site.id());
      }
    }
    assertFalse(differ.isEmpty(), "the sample has sites that differ");
    Element overview = Xml.find(doc, "section", null).get(0);
    Element matrix = Xml.find(overview, "table", null).get(1);
    Set<String> listed = new TreeSet<>();
    for (Element row : Xml.find(Xml.find(matrix, "tbody", null).get(0), "tr", null)) {
      listed.add(Xml.find(row, "td", null).get(0).getTextContent());
    }
    assertEquals(differ, listed);
    int omitted = n.sites().size() - differ.size();
    assertTrue(overview.getTextContent().contains(omitted + " sites have the same status in every scenario"),
        "the note counts the sites left out: " + omitted);
    // A site opened in 2026 reads so: the period's label, not its index.
    assertTrue(matrix.getTextContent().contains("opens 2026"), matrix.getTextContent());
  }

  @Test
  void flowsAreDrawnPerUnitWithTheQuantitiesOfThatUnitOnly() {
    for (Map.Entry<String, Solution> e : solutions.entrySet()) {
      Network n = e.getValue().network();
      Map<String, Double> shippedByUnit = new HashMap<>();
      for (Shipment sh : e.getValue().allocation().shipments()) {
        shippedByUnit.merge(n.products().get(n.productIndex(sh.product())).unit(), sh.units(), Double::sum);
      }
      for (String unit : List.of("wafer", "GWh", "car")) {
        List<Element> flow = charts(doc, Svg.id("flow-" + e.getKey() + "-" + unit));
        if (flow.isEmpty()) {
          continue;
        }
        double origins = Xml.find(flow.get(0), "rect", "node").stream()
            .filter(r -> r.getAttribute("data-side").equals("origin")).mapToDouble(r -> value(r, "data-value")).sum();
        assertEquals(shippedByUnit.get(unit), origins, 1e-6, e.getKey() + " " + unit);
        for (Element t : Xml.find(flow.get(0), "title", null)) {
          if (t.getParentNode().getNodeName().equals("rect")) {
            assertTrue(t.getTextContent().endsWith(" " + unit), t.getTextContent());
          }
        }
      }
    }
    assertTrue(html.contains("cells (GWh)"), "the captions name the unit");
  }

  @Test
  void sweepMarksTheBaseValueAndEveryFlipTheTestFindsInThePoints() {
    Sweep sweep = Sweep.run(FootprintSolver.create(), study.base(), Parameters.tariffRate("us-all"),
        Sweep.grid(0, 0.6, 7));
    Document d = Xml.parse(new HtmlReport(HtmlReportTest.RUN, "s").network(study.base()).sweep(sweep, 0.1).render());
    List<double[]> expected = new ArrayList<>();
    List<Sweep.Point> points = sweep.points();
    for (int i = 1; i < points.size(); i++) {
      Summary a = points.get(i - 1).summary();
      Summary b = points.get(i).summary();
      boolean flip = !new HashSet<>(a.sitesOpened()).equals(new HashSet<>(b.sitesOpened()));
      for (String p : List.of("wafers", "cells", "cars")) {
        Set<String> before = new HashSet<>();
        Set<String> after = new HashSet<>();
        a.production().getOrDefault(p, Map.of()).forEach((c, u) -> {
          if (u > 0.005 * a.production().get(p).values().stream().mapToDouble(Double::doubleValue).sum()) {
            before.add(c);
          }
        });
        b.production().getOrDefault(p, Map.of()).forEach((c, u) -> {
          if (u > 0.005 * b.production().get(p).values().stream().mapToDouble(Double::doubleValue).sum()) {
            after.add(c);
          }
        });
        flip |= !before.equals(after);
      }
      if (flip) {
        expected.add(new double[] {points.get(i - 1).value(), points.get(i).value()});
      }
    }
    assertFalse(expected.isEmpty(), "the sample sweep has flips");
    Element line = charts(d, "sweep-cost").get(0);
    List<Element> bands = Xml.find(line, "rect", "flip-band");
    assertEquals(expected.size(), bands.size());
    for (int i = 0; i < bands.size(); i++) {
      assertEquals(expected.get(i)[0], value(bands.get(i), "data-from"), 1e-12);
      assertEquals(expected.get(i)[1], value(bands.get(i), "data-to"), 1e-12);
    }
    assertEquals(0.1, value(Xml.find(line, "line", "base-marker").get(0), "data-x"), 1e-12);
    // The points table: only the sites that differ between points, and the base row marked.
    Set<String> opened = new LinkedHashSet<>();
    points.forEach(p -> opened.addAll(p.summary().sitesOpened()));
    Set<String> always = new HashSet<>(opened);
    points.forEach(p -> always.retainAll(p.summary().sitesOpened()));
    opened.removeAll(always);
    Element table = Xml.find(d, "table", null).get(Xml.find(d, "table", null).size() - 1);
    List<String> header = Xml.find(table, "th", null).stream().map(Element::getTextContent).toList();
    for (String site : opened) {
      assertTrue(header.contains(site), site + " in " + header);
    }
    for (Site site : study.base().sites()) {
      assertEquals(opened.contains(site.id()), header.contains(site.id()), site.id());
    }
    assertTrue(table.getTextContent().contains("10% (base)"), "the base row is marked");
  }

  @Test
  void robustFootprintShowsPeriodsByTheirLabelsAndOnlyTheSitesItChanges() {
    RobustFootprint r = RobustFootprint.solve(FootprintSolver.create(), List.of(
        new RobustFootprint.Regime(Study.BASE, study.base(), 0.5),
        new RobustFootprint.Regime(SampleStudies.HIGH_2027, study.scenario(SampleStudies.HIGH_2027), 0.5)), 0, 1);
    Document d = Xml.parse(new HtmlReport(HtmlReportTest.RUN, "r").robust(r).render());
    Element table = Xml.find(d, "table", null).get(1);
    List<String> header = Xml.find(table, "th", null).stream().map(Element::getTextContent).toList();
    assertEquals(List.of("site", "country", "2026", "2027", "2028"), header);
    Set<String> changed = new TreeSet<>();
    r.footprint().forEach((site, active) -> {
      boolean existing = study.base().sites().get(study.base().siteIndex(site)).kind().name().equals("EXISTING");
      if (existing ? active.contains(false) : active.contains(true)) {
        changed.add(site);
      }
    });
    Set<String> listed = new TreeSet<>();
    Xml.find(Xml.find(table, "tbody", null).get(0), "tr", null)
        .forEach(row -> listed.add(Xml.find(row, "td", null).get(0).getTextContent()));
    assertEquals(changed, listed);
    long kept = r.footprint().entrySet().stream().filter(e -> !changed.contains(e.getKey())
        && study.base().sites().get(study.base().siteIndex(e.getKey())).kind().name().equals("EXISTING")).count();
    long shut = r.footprint().size() - changed.size() - kept;
    assertTrue(d.getDocumentElement().getTextContent().contains("Not shown: " + kept + " existing sites kept "
        + "throughout and " + shut + " candidates never opened."), "the note counts the sites left out");
  }

  @Test
  void moneyIsLabelledInTheStudysUnit() {
    Study m = SampleStudies.millions();
    String report = new HtmlReport(HtmlReportTest.RUN, "m").scenarios(HtmlReportTest.solve(m), Study.BASE).render();
    Document d = Xml.parse(report);
    assertTrue(report.contains("total cost (USD millions, PV)"));
    Element cost = charts(d, "cost").get(0);
    assertEquals("USD millions", Xml.find(cost, "text", "axis-label").get(0).getTextContent());
    for (Element w : charts(d, "waterfall")) {
      assertTrue(Xml.find(w, "text", "axis-label").get(0).getTextContent().startsWith("USD millions"));
    }
    assertFalse(Pattern.compile("\\(USD[,)]").matcher(report).find(), "no figure labelled in plain USD");
  }

  /** A break-even's interval prints with as many digits as tell its ends apart, as do the proof pair's names. */
  @Test
  void breakEvenIntervalEndsPrintApart() {
    Study m = SampleStudies.millions();
    var be = dev.footprint.analysis.BreakEven.find(FootprintSolver.create(), m.base(),
        Parameters.productionCredit("45X"), dev.footprint.analysis.Decision.siteOpens("US-GA"), 0, 60, 0.05);
    Document d = Xml.parse(new HtmlReport(HtmlReportTest.RUN, "b").breakEven(be).render());
    String between = Xml.find(d, "div", "kpi").get(1).getTextContent().replace("between", "");
    String[] ends = between.split(" and ");
    assertEquals(2, ends.length, between);
    assertFalse(ends[0].equals(ends[1]), "the ends read apart: " + between);
    assertEquals(be.low(), Double.parseDouble(ends[0]), 0.006 * Math.abs(be.low()), "rounded, not wrong");
    assertEquals(be.high(), Double.parseDouble(ends[1]), 0.006 * Math.abs(be.high()));
  }

  /** Visible text has no long decimals: exact values are only in tooltips and data attributes. */
  @Test
  void visibleNumbersAreRoundedForPeople() {
    String visible = html.replaceAll("<title>[^<]*</title>", "").replaceAll("(title|data-[a-z-]+)=\"[^\"]*\"", "")
        .replaceAll("<[^>]+>", " ");
    // A number with four or more decimals (a version such as 9.15.6755 is not a number).
    Matcher m = Pattern.compile("(?<![\\d.])\\d+\\.\\d{4,}(?![\\d.])").matcher(visible);
    assertFalse(m.find(), () -> "a long decimal is shown: ..." + visible.substring(Math.max(0, m.start() - 60),
        Math.min(visible.length(), m.end() + 20)));
    // And every rounded number in a table carries its exact value.
    for (Element td : Xml.find(doc, "td", "num")) {
      if (td.getTextContent().matches(".*\\d.*") && !td.getTextContent().endsWith("s")) {
        assertFalse(td.getAttribute("title").isEmpty(), "exact value of " + td.getTextContent());
      }
    }
  }
}
