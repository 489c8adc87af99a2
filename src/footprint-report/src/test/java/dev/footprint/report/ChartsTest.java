package dev.footprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The charts are well-formed SVG, and what they draw is proportional to the data: bar heights to
 * values (positive up from zero, negative down), markers where their values are, histogram bins to
 * counts, flow bands to quantities.
 */
class ChartsTest {
  /** Rounding to hundredths of a pixel at both ends of a bar. */
  private static final double PX = 0.021;

  @Test
  void stackedBarHeightsAreProportionalToValuesAndCreditsGoBelowZero() {
    BarChart chart = new BarChart("cost", "Cost", "USD", List.of("base", "no <deal>", "empty"), List.of("cost"),
        List.of("materials", "labor", "credits"))
        .set(0, 0, 0, 300).set(0, 0, 1, 120).set(0, 0, 2, -80)
        .set(1, 0, 0, 300).set(1, 0, 1, 45.5).set(1, 0, 2, 0)
        .note(2, "infeasible").net(true);
    Document doc = Xml.parse(chart.render());
    List<Element> bars = Xml.find(doc, "rect", "bar");
    assertEquals(5, bars.size(), "zero segments are left out");
    double scale = Xml.num(bars.get(0), "height") / 300;
    double zero = Xml.num(bars.get(0), "y") + Xml.num(bars.get(0), "height");
    for (Element b : bars) {
      double v = Double.parseDouble(b.getAttribute("data-value"));
      assertEquals(Math.abs(v) * scale, Xml.num(b, "height"), PX, b.getAttribute("data-series"));
      if (v < 0) {
        assertEquals(zero, Xml.num(b, "y"), PX, "a credit hangs from the zero line");
      }
    }
    // Stacking: labor sits on materials.
    Element materials = bars.get(0);
    Element labor = bars.get(1);
    assertEquals(Xml.num(materials, "y"), Xml.num(labor, "y") + Xml.num(labor, "height"), PX);
    // The net dot of the first bar is at 300 + 120 - 80 = 340.
    Element net = Xml.find(doc, "circle", "net").get(0);
    assertEquals(zero - 340 * scale, Xml.num(net, "cy"), PX);
    assertEquals(3, Xml.find(doc, "text", "category-label").size());
    assertEquals("no <deal>", Xml.find(doc, "text", "category-label").get(1).getTextContent());
    assertEquals(1, Xml.find(doc, "text", "note").size());
  }

  @Test
  void groupedBarsCarryMarkersAtTheirValues() {
    BarChart chart = new BarChart("capex", "Capex", "USD", List.of("US", "KR"), List.of("base", "pledge"),
        List.of("capex")).markerLabel("pledge")
        .set(0, 0, 0, 10_000).set(0, 1, 0, 20_000).set(1, 0, 0, 5_000).marker(0, 1, 15_000);
    Document doc = Xml.parse(chart.render());
    List<Element> bars = Xml.find(doc, "rect", "bar");
    assertEquals(3, bars.size());
    double scale = Xml.num(bars.get(0), "height") / 10_000;
    double zero = Xml.num(bars.get(0), "y") + Xml.num(bars.get(0), "height");
    assertEquals(20_000 * scale, Xml.num(bars.get(1), "height"), PX);
    List<Element> markers = Xml.find(doc, "line", "marker");
    assertEquals(1, markers.size());
    assertEquals(zero - 15_000 * scale, Xml.num(markers.get(0), "y1"), PX);
    // Side by side: the pledge bar starts right of the base bar.
    assertTrue(Xml.num(bars.get(1), "x") >= Xml.num(bars.get(0), "x") + Xml.num(bars.get(0), "width"));
    assertEquals(List.of("base", "pledge", "pledge"), Xml.find(doc, "text", "legend-label").stream()
        .map(Element::getTextContent).toList());
  }

  @Test
  void histogramBinsAddUpToTheSamplesWithHeightsProportionalToCounts() {
    double[] values = new double[100];
    for (int i = 0; i < values.length; i++) {
      values[i] = 1000 + (i * 37 % 100) * 10.0;
    }
    values[7] = Double.NaN;
    Histogram h = new Histogram("mc", "Cost", "USD", values).line(1500, "P50").line(Double.NaN, "none");
    Document doc = Xml.parse(h.render());
    List<Element> bars = Xml.find(doc, "rect", "bar");
    int total = bars.stream().mapToInt(b -> Integer.parseInt(b.getAttribute("data-count"))).sum();
    assertEquals(99, total, "the NaN sample is left out");
    assertEquals(Histogram.bins(99), bars.size());
    double perSample = Xml.num(bars.get(0), "height") / Integer.parseInt(bars.get(0).getAttribute("data-count"));
    for (Element b : bars) {
      assertEquals(Integer.parseInt(b.getAttribute("data-count")) * perSample, Xml.num(b, "height"), PX);
    }
    assertEquals(1, Xml.find(doc, "line", "percentile").size());
  }

  @Test
  void lineChartBreaksAtMissingPointsAndDrawsHollowOnes() {
    LineChart c = new LineChart("sweep", "Cost", "rate", "USD")
        .series("cost", new double[] {0, 0.1, 0.2, 0.3}, new double[] {10, 12, Double.NaN, 15},
            new boolean[] {false, true, false, false}).hollowLabel("shared").marker(0.15, "break-even");
    Document doc = Xml.parse(c.render());
    List<Element> points = Xml.find(doc, "circle", "point");
    assertEquals(3, points.size());
    assertEquals("#fff", points.get(1).getAttribute("fill"));
    assertEquals(2, Xml.find(doc, "polyline", "line").size(), "the NaN splits the line in two");
    // y is linear in the value: (12 - 10) / (15 - 10) of the way.
    double y0 = Xml.num(points.get(0), "cy");
    double y1 = Xml.num(points.get(1), "cy");
    double y3 = Xml.num(points.get(2), "cy");
    assertEquals(0.4, (y1 - y0) / (y3 - y0), 1e-3);
    assertEquals(1, Xml.find(doc, "line", "vmarker").size());
  }

  @Test
  void flowBandsAndNodesAreProportionalToQuantities() {
    FlowChart f = new FlowChart("flow", "Flows", "units", new Palette()).add("KR", "US", 300).add("VN", "US", 100)
        .add("KR", "KR", 100).add("KR", "US", 100).add("VN", "KR", 0);
    Document doc = Xml.parse(f.render());
    List<Element> nodes = Xml.find(doc, "rect", "node");
    assertEquals(4, nodes.size());
    double scale = Xml.num(nodes.get(0), "height") / Double.parseDouble(nodes.get(0).getAttribute("data-value"));
    for (Element n : nodes) {
      assertEquals(Double.parseDouble(n.getAttribute("data-value")) * scale, Xml.num(n, "height"), PX);
    }
    assertEquals("500.0", nodes.get(0).getAttribute("data-value"), "KR made 500, the largest origin first");
    List<Element> flows = Xml.find(doc, "path", "flow");
    assertEquals(3, flows.size(), "KR->US merged, the zero flow left out");
    assertEquals("400.0", flows.get(0).getAttribute("data-value"));
  }
}
