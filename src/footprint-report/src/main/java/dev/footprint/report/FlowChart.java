package dev.footprint.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A two-column flow diagram as SVG: origins on the left, destinations on the right, each flow a band
 * whose thickness is proportional to its quantity (a Sankey diagram of one stage).
 *
 * <p>Each node is a {@code rect} of class {@code node} with {@code data-side} and {@code data-value};
 * each flow a {@code path} of class {@code flow} with {@code data-from}, {@code data-to} and
 * {@code data-value}.
 */
public final class FlowChart {
  private final String id;
  private final String title;
  private final String unit;
  private final Map<String, Map<String, Double>> flows = new LinkedHashMap<>();
  private final Palette palette;
  private double width = 760;

  /**
   * @param id SVG element id
   * @param title what the chart shows
   * @param unit what the quantities count
   * @param palette colors of the origins (shared with other charts for the same countries)
   */
  public FlowChart(String id, String title, String unit, Palette palette) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.palette = Objects.requireNonNull(palette, "palette");
  }

  /**
   * Adds to a flow.
   *
   * @param from origin
   * @param to destination
   * @param quantity quantity, positive (others are ignored)
   * @return this
   */
  public FlowChart add(String from, String to, double quantity) {
    if (quantity > 0 && Double.isFinite(quantity)) {
      flows.computeIfAbsent(from, k -> new LinkedHashMap<>()).merge(to, quantity, Double::sum);
    }
    return this;
  }

  /** @param w width in pixels @return this */
  public FlowChart width(double w) {
    this.width = w;
    return this;
  }

  /** @return the chart as an SVG element */
  public String render() {
    Map<String, Double> outTotals = new LinkedHashMap<>();
    Map<String, Double> inTotals = new LinkedHashMap<>();
    double total = 0;
    for (var e : flows.entrySet()) {
      for (var f : e.getValue().entrySet()) {
        outTotals.merge(e.getKey(), f.getValue(), Double::sum);
        inTotals.merge(f.getKey(), f.getValue(), Double::sum);
        total += f.getValue();
      }
    }
    List<String> left = sorted(outTotals);
    List<String> right = sorted(inTotals);
    double gap = 10;
    int rows = Math.max(1, Math.max(left.size(), right.size()));
    double height = Math.max(220, 40.0 * rows + 60);
    double top = 24;
    double bottom = height - 16;
    Svg svg = new Svg(id, width, height, title);
    svg.open("g", "font-family", Charts.FONT, "font-size", "12", "fill", Charts.INK);
    double maxLabel = 0;
    for (String s : left) {
      maxLabel = Math.max(maxLabel, Charts.textWidth(s + " " + Format.compact(outTotals.get(s))));
    }
    double maxRight = 0;
    for (String s : right) {
      maxRight = Math.max(maxRight, Charts.textWidth(s + " " + Format.compact(inTotals.get(s))));
    }
    double xl = Math.min(width * 0.3, 12 + maxLabel);
    double xr = Math.max(width * 0.7, width - 12 - maxRight - 14);
    double nodeWidth = 14;
    svg.text(xl + nodeWidth / 2, top - 8, "made in", "class", "axis-label", "text-anchor", "middle", "font-size",
        "11", "fill", Charts.MUTED);
    svg.text(xr + nodeWidth / 2, top - 8, "sold in", "class", "axis-label", "text-anchor", "middle", "font-size",
        "11", "fill", Charts.MUTED);
    if (total <= 0) {
      svg.text(width / 2, height / 2, "no shipments", "class", "note", "text-anchor", "middle", "fill",
          Charts.MUTED);
      return svg.toString();
    }
    double scale = (bottom - top - gap * (rows - 1)) / total;
    Map<String, Double> leftY = place(left, outTotals, top, bottom, gap, scale);
    Map<String, Double> rightY = place(right, inTotals, top, bottom, gap, scale);
    // Bands, ordered within each node by the other end's position to avoid crossings.
    Map<String, Double> leftCursor = new LinkedHashMap<>(leftY);
    Map<String, Double> rightCursor = new LinkedHashMap<>(rightY);
    svg.open("g", "class", "flows");
    for (String from : left) {
      for (String to : right) {
        Double q = flows.get(from).get(to);
        if (q == null) {
          continue;
        }
        double t = q * scale;
        double y0 = leftCursor.get(from);
        double y1 = rightCursor.get(to);
        leftCursor.put(from, y0 + t);
        rightCursor.put(to, y1 + t);
        double x0 = xl + nodeWidth;
        double x1 = xr;
        double xm = (x0 + x1) / 2;
        String d = "M" + Svg.num(x0) + "," + Svg.num(y0) + " C" + Svg.num(xm) + "," + Svg.num(y0) + " " + Svg.num(xm)
            + "," + Svg.num(y1) + " " + Svg.num(x1) + "," + Svg.num(y1) + " L" + Svg.num(x1) + "," + Svg.num(y1 + t)
            + " C" + Svg.num(xm) + "," + Svg.num(y1 + t) + " " + Svg.num(xm) + "," + Svg.num(y0 + t) + " "
            + Svg.num(x0) + "," + Svg.num(y0 + t) + " Z";
        svg.open("path", "class", "flow", "d", d, "fill", palette.of(from), "fill-opacity", "0.45", "stroke",
            palette.of(from), "stroke-opacity", "0.6", "stroke-width", "0.5", "data-from", from, "data-to", to,
            "data-value", Double.toString(q));
        svg.element("title", from + " → " + to + ": " + Format.grouped(q) + " " + unit);
        svg.close();
      }
    }
    svg.close();
    node(svg, left, outTotals, leftY, xl, nodeWidth, scale, "origin", true);
    node(svg, right, inTotals, rightY, xr, nodeWidth, scale, "destination", false);
    return svg.toString();
  }

  private void node(Svg svg, List<String> names, Map<String, Double> totals, Map<String, Double> ys, double x,
      double w, double scale, String side, boolean labelLeft) {
    for (String n : names) {
      double y = ys.get(n);
      double h = totals.get(n) * scale;
      svg.open("rect", "class", "node", "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(w), "height",
          Svg.num(Math.max(h, 0.5)), "fill", side.equals("origin") ? palette.of(n) : "#555", "data-side", side,
          "data-name", n, "data-value", Double.toString(totals.get(n)));
      svg.element("title", n + ": " + Format.grouped(totals.get(n)) + " " + unit);
      svg.close();
      svg.text(labelLeft ? x - 6 : x + w + 6, y + h / 2 + 4, n + " " + Format.compact(totals.get(n)), "class",
          "node-label", "text-anchor", labelLeft ? "end" : "start");
    }
  }

  private static Map<String, Double> place(List<String> names, Map<String, Double> totals, double top,
      double bottom, double gap, double scale) {
    double used = 0;
    for (String n : names) {
      used += totals.get(n) * scale;
    }
    used += gap * (names.size() - 1);
    double y = top + (bottom - top - used) / 2;
    Map<String, Double> out = new LinkedHashMap<>();
    for (String n : names) {
      out.put(n, y);
      y += totals.get(n) * scale + gap;
    }
    return out;
  }

  private static List<String> sorted(Map<String, Double> totals) {
    List<String> out = new ArrayList<>(totals.keySet());
    out.sort((a, b) -> Double.compare(totals.get(b), totals.get(a)));
    return out;
  }
}
