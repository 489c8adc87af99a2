package dev.footprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The charts that show changes: the waterfall adds up and its axis starts where small changes show,
 * zoomed bars say so, sweeps mark the base value and flips, and labels that do not fit are shortened
 * (never to the same text for two names) with the full text as a tooltip.
 */
class ChangeChartsTest {
  private static final double PX = 0.021;

  private static double value(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  @Test
  void waterfallStepsChainFromTheStartToTheEndAndAddUpToTheChange() {
    double start = 1_000_000;
    double[] deltas = {12_000, -4_500, 0, 300, -1e-12};
    WaterfallChart w = new WaterfallChart("w", "t", "USD", "base", start);
    String[] kinds = {"labor", "tariffs", "freight", "capex", "noise"};
    for (int i = 0; i < deltas.length; i++) {
      w.step(kinds[i], deltas[i]);
    }
    double end = start + 12_000 - 4_500 + 300;
    Document doc = Xml.parse(w.end("deal", end).render());
    List<Element> steps = Xml.find(doc, "rect", "step");
    assertEquals(List.of("labor", "tariffs", "capex"),
        steps.stream().map(s -> s.getAttribute("data-category")).toList(),
        "zero and rounding-noise changes are left out");
    double sum = steps.stream().mapToDouble(s -> value(s, "data-value")).sum();
    assertEquals(end - start, sum, 1e-9);
    double run = start;
    for (Element s : steps) {
      assertEquals(run, value(s, "data-from"), 1e-9, "each step starts where the one before ended");
      run += value(s, "data-value");
      assertEquals(run, value(s, "data-to"), 1e-9);
    }
    // Heights are proportional to the changes: labor is 12,000 / 4,500 times tariffs.
    assertEquals(12_000 / 4_500.0, value(steps.get(0), "height") / value(steps.get(1), "height"), 0.01);
    List<Element> totals = Xml.find(doc, "rect", "total");
    assertEquals(2, totals.size());
    assertEquals(start, value(totals.get(0), "data-value"));
    assertEquals(end, value(totals.get(1), "data-value"));
  }

  @Test
  void waterfallAxisStartsBelowTheTotalsButAboveZeroWhenTheyAreClose() {
    WaterfallChart close = new WaterfallChart("w", "t", "USD", "base", 1000).step("tariffs", 25).step("labor", -15)
        .end("deal", 1010);
    Axis a = close.axis(300, 0);
    assertTrue(a.min() > 0 && a.min() < 1000, "starts between zero and the lowest total: " + a);
    assertTrue(a.max() >= 1025, "covers the highest running total: " + a);
    // The changes take at least a quarter of the height.
    assertTrue(25 / (a.max() - a.min()) >= 0.25, a.toString());
    Document doc = Xml.parse(close.render());
    Element base = Xml.find(doc, "rect", "total").get(0);
    assertEquals(a.min(), value(base, "data-from"), 1e-9, "the total bar stands on the axis' start");
    assertTrue(Xml.find(doc, "text", "axis-label").get(0).getTextContent().contains("not zero"));
    assertEquals(2, Xml.find(doc, "path", "axis-break").size(), "both total bars are drawn broken");

    WaterfallChart far = new WaterfallChart("w", "t", "USD", "base", 100).step("credits", -90).end("deal", 10);
    assertEquals(0, far.axis(300, 0).min(), "totals far apart: the axis starts at zero");
    Document farDoc = Xml.parse(far.render());
    assertTrue(Xml.find(farDoc, "path", "axis-break").isEmpty());
    assertTrue(!Xml.find(farDoc, "text", "axis-label").get(0).getTextContent().contains("not zero"));
  }

  @Test
  void zoomedBarsStartNearTheTotalsAndSaySo() {
    BarChart chart = new BarChart("z", "Expected cost", "USD", List.of("robust", "best for A", "wait-and-see"),
        List.of("cost"), List.of("cost")).zoom(true).set(0, 0, 0, 1000).set(1, 0, 0, 1012).set(2, 0, 0, 990);
    Document doc = Xml.parse(chart.render());
    List<Element> bars = Xml.find(doc, "rect", "bar");
    double min = value(bars.get(0), "data-axis-min");
    assertTrue(min > 0 && min < 990, "the axis starts between zero and the smallest total: " + min);
    double scale = value(bars.get(0), "height") / (1000 - min);
    for (Element b : bars) {
      assertEquals((value(b, "data-value") - min) * scale, value(b, "height"), PX, "height above the axis' start");
    }
    assertTrue(Xml.find(doc, "text", "axis-label").get(0).getTextContent().contains("axis starts at"));
    // Totals far apart are drawn from zero, as usual.
    Document plain = Xml.parse(new BarChart("p", "t", "USD", List.of("a", "b"), List.of("c"), List.of("c")).zoom(true)
        .set(0, 0, 0, 10).set(1, 0, 0, 1000).render());
    assertTrue(Xml.find(plain, "rect", "bar").get(0).getAttribute("data-axis-min").isEmpty());
  }

  @Test
  void sweepChartsMarkTheBaseValueAndEachFlipWhereItLies() {
    LineChart c = new LineChart("s", "Cost", "tariff[x].rate", "USD")
        .series("cost", new double[] {0, 0.1, 0.2, 0.3}, new double[] {10, 12, 13, 13}, null)
        .base(0.15, "base 15%").flip(0.1, 0.2, "flip 1", "flip 1 between 10% and 20%: US-GA opens")
        .xFormat(v -> Format.percent(v));
    Document doc = Xml.parse(c.render());
    List<Element> points = Xml.find(doc, "circle", "point");
    double x0 = value(points.get(0), "cx");
    double perUnit = (value(points.get(1), "cx") - x0) / 0.1;
    Element base = Xml.find(doc, "line", "base-marker").get(0);
    assertEquals(x0 + 0.15 * perUnit, value(base, "x1"), PX * 3);
    Element flip = Xml.find(doc, "line", "flip-marker").get(0);
    assertEquals(x0 + 0.15 * perUnit, value(flip, "x1"), PX * 3, "drawn halfway");
    Element band = Xml.find(doc, "rect", "flip-band").get(0);
    assertEquals(x0 + 0.1 * perUnit, value(band, "x"), PX * 3);
    assertEquals(0.1 * perUnit, value(band, "width"), PX * 3, "the band spans the interval the flip lies in");
    assertTrue(band.getTextContent().contains("US-GA opens"), "the tooltip says what changes");
    List<String> ticks = Xml.find(doc, "text", "tick-label").stream().map(Element::getTextContent).toList();
    assertTrue(ticks.contains("20%"), "a rate's axis prints percentages: " + ticks);
    // The two marker labels are in different rows: they would overlap in one.
    List<Element> labels = Xml.find(doc, "text", "marker-label");
    assertEquals(2, labels.size());
    assertTrue(value(labels.get(0), "y") != value(labels.get(1), "y"), "stacked, not on top of each other");
  }

  @Test
  void labelsThatDoNotFitAreShortenedNeverToTheSameText() {
    List<String> names = List.of("Samsung-Taylor-Texas-Fab-2", "Samsung-Taylor-Texas-Fab-3", "KR");
    List<String> shown = Charts.distinct(names, 100, 12);
    assertEquals(3, new HashSet<>(shown).size(), "distinct: " + shown);
    for (String s : shown) {
      assertTrue(Charts.textWidth(s) <= 100, s);
    }
    assertEquals("KR", shown.get(2), "a label that fits is kept whole");
    Random r = new Random(3);
    for (int i = 0; i < 500; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(60); k > 0; k--) {
        b.append((char) (32 + r.nextInt(95)));
      }
      double room = 10 + r.nextInt(200);
      String fit = Charts.fit(b.toString(), room, 12);
      assertTrue(Charts.textWidth(fit) <= room, fit + " in " + room);
      assertTrue(fit.equals(b.toString()) || fit.endsWith(Charts.ELLIPSIS)
          || (fit.isEmpty() && Charts.textWidth(Charts.ELLIPSIS) > room), "[" + fit + "] in " + room);
    }
  }

  @Test
  void shortenedCategoryLabelsKeepTheFullTextAsATooltipAndStayInTheChart() {
    List<String> cats = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      cats.add("Candidate-Greenfield-Site-Alabama-" + i);
    }
    BarChart chart = new BarChart("c", "t", "units", cats, List.of("u"), List.of("u")).size(520, 300);
    for (int i = 0; i < cats.size(); i++) {
      chart.set(i, 0, 0, i + 1);
    }
    Document doc = Xml.parse(chart.render());
    List<Element> labels = Xml.find(doc, "text", "category-label");
    assertTrue(!labels.isEmpty());
    List<String> shownTexts = new ArrayList<>();
    for (Element l : labels) {
      String full = l.getAttribute("data-full").isEmpty() ? l.getTextContent() : l.getAttribute("data-full");
      assertTrue(cats.contains(full), full);
      shownTexts.add(l.getTextContent());
      if (!l.getAttribute("data-full").isEmpty()) {
        assertTrue(l.getTextContent().contains(Charts.ELLIPSIS));
        Element group = (Element) l.getParentNode();
        assertEquals(full, Xml.find(group, "title", null).get(0).getTextContent(), "the tooltip has the full name");
      }
    }
    assertEquals(shownTexts.size(), new HashSet<>(shownTexts).size(), "no two labels read the same: " + shownTexts);
  }

  @Test
  void flowNodeLabelsAreShortenedAndKeptALineApart() {
    FlowChart f = new FlowChart("f", "Flows", "GWh", new Palette()).width(520);
    f.add("Samsung-Taylor-Texas-Fab-2-Extremely-Long-Origin", "US", "cells", 1000);
    for (int i = 0; i < 6; i++) {
      f.add("tiny-" + i, "US", "cells", 0.001);
    }
    f.add("Samsung-Taylor-Texas-Fab-2-Extremely-Long-Origin", "KR", "packs", 10);
    Document doc = Xml.parse(f.render());
    List<Element> labels = Xml.find(doc, "text", "node-label");
    List<Double> leftY = new ArrayList<>();
    for (Element l : labels) {
      assertTrue(Charts.textWidth(l.getTextContent()) <= 520 * 0.3, l.getTextContent());
      if (l.getAttribute("text-anchor").equals("end")) {
        assertTrue(value(l, "x") - Charts.textWidth(l.getTextContent()) >= 0,
            "inside the chart: " + l.getTextContent());
        leftY.add(value(l, "y"));
      }
    }
    leftY.sort(Double::compare);
    for (int i = 1; i < leftY.size(); i++) {
      assertTrue(leftY.get(i) - leftY.get(i - 1) >= 16 - 1e-9, "a line apart: " + leftY);
    }
    Element band = Xml.find(doc, "path", "flow").stream().filter(p -> p.getAttribute("data-to").equals("US"))
        .findFirst().orElseThrow();
    assertTrue(band.getTextContent().endsWith("GWh"), "the unit is in the tooltip: " + band.getTextContent());
  }
}
