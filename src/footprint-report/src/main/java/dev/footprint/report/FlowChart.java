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
  /** Per origin, destination: quantity per part (a product), for the tooltips. */
  private final Map<String, Map<String, Map<String, Double>>> parts = new LinkedHashMap<>();
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

  /**
   * Adds to a flow, noting which part (such as a product) the quantity is of; the band's tooltip
   * then lists the parts.
   *
   * @param from origin
   * @param to destination
   * @param part what the quantity is of
   * @param quantity quantity, positive (others are ignored)
   * @return this
   */
  public FlowChart add(String from, String to, String part, double quantity) {
    if (quantity > 0 && Double.isFinite(quantity)) {
      add(from, to, quantity);
      parts.computeIfAbsent(from, k -> new LinkedHashMap<>()).computeIfAbsent(to, k -> new LinkedHashMap<>())
          .merge(part, quantity, Double::sum);
    }
    return this;
  }

  /**
   * Sets the chart's width; its height follows from the number of origins and destinations.
   *
   * @param w width in pixels
   * @return this
   */
  public FlowChart width(double w) {
    this.width = w;
    return this;
  }

  /** Height of a node's label line: nodes are placed at least this far apart, centre to centre. */
  private static final double LINE = 16;

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
    double top = 30;
    double span = Math.max(160, 40.0 * rows);
    double scale = total > 0 ? (span - gap * (rows - 1)) / total : 0;
    double used = Math.max(used(left, outTotals, scale, gap), used(right, inTotals, scale, gap));
    double bottom = top + Math.max(span, used);
    double height = bottom + 16;
    Svg svg = new Svg(id, width, height, title);
    svg.open("g", "font-family", Charts.FONT, "font-size", "12", "fill", Charts.INK);
    double nodeWidth = 14;
    // Labels get at most 30% of the width on each side; longer ones are shortened.
    double room = width * 0.3 - 18;
    List<String> leftLabels = labels(left, outTotals, room);
    List<String> rightLabels = labels(right, inTotals, room);
    double maxLabel = leftLabels.stream().mapToDouble(Charts::textWidth).max().orElse(0);
    double maxRight = rightLabels.stream().mapToDouble(Charts::textWidth).max().orElse(0);
    double xl = Math.max(40, 12 + maxLabel);
    double xr = Math.min(width - 40 - nodeWidth, width - 12 - maxRight - 6 - nodeWidth);
    svg.text(xl + nodeWidth / 2, top - 12, "made in", "class", "axis-label", "text-anchor", "middle", "font-size",
        "11", "fill", Charts.MUTED);
    svg.text(xr + nodeWidth / 2, top - 12, "sold in", "class", "axis-label", "text-anchor", "middle", "font-size",
        "11", "fill", Charts.MUTED);
    if (total <= 0) {
      svg.text(width / 2, (top + bottom) / 2, "no shipments", "class", "note", "text-anchor", "middle", "fill",
          Charts.MUTED);
      return svg.toString();
    }
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
        svg.element("title", from + " → " + to + ": " + Format.exact(q) + " " + unit + partsOf(from, to));
        svg.close();
      }
    }
    svg.close();
    node(svg, left, leftLabels, outTotals, leftY, xl, nodeWidth, scale, "origin", true);
    node(svg, right, rightLabels, inTotals, rightY, xr, nodeWidth, scale, "destination", false);
    return svg.toString();
  }

  private String partsOf(String from, String to) {
    Map<String, Double> m = parts.getOrDefault(from, Map.of()).get(to);
    if (m == null || m.size() < 2) {
      return "";
    }
    StringBuilder b = new StringBuilder(" (");
    m.forEach((part, q) -> b.append(b.length() > 2 ? "; " : "").append(part).append(' ').append(Format.exact(q)));
    return b.append(')').toString();
  }

  private static List<String> labels(List<String> names, Map<String, Double> totals, double room) {
    List<String> out = new ArrayList<>();
    List<String> shortNames = Charts.distinct(names, Math.max(20, room - 50), 12);
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      String full = n + " " + Format.compact(totals.get(n));
      out.add(Charts.textWidth(full) <= room ? full : shortNames.get(i) + " " + Format.compact(totals.get(n)));
    }
    return out;
  }

  private void node(Svg svg, List<String> names, List<String> labels, Map<String, Double> totals,
      Map<String, Double> ys, double x, double w, double scale, String side, boolean labelLeft) {
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      double y = ys.get(n);
      double h = totals.get(n) * scale;
      svg.open("rect", "class", "node", "x", Svg.num(x), "y", Svg.num(y), "width", Svg.num(w), "height",
          Svg.num(Math.max(h, 0.5)), "fill", side.equals("origin") ? palette.of(n) : "#555", "data-side", side,
          "data-name", n, "data-value", Double.toString(totals.get(n)));
      svg.element("title", n + ": " + Format.exact(totals.get(n)) + " " + unit);
      svg.close();
      Charts.label(svg, labelLeft ? x - 6 : x + w + 6, y + h / 2 + 4, n + " " + Format.compact(totals.get(n)),
          labels.get(i), "class", "node-label", "text-anchor", labelLeft ? "end" : "start");
    }
  }

  /** The height the nodes take: each at least a label line, with gaps between. */
  private static double used(List<String> names, Map<String, Double> totals, double scale, double gap) {
    double used = 0;
    for (String n : names) {
      used += Math.max(totals.get(n) * scale, LINE - gap);
    }
    return used + gap * (names.size() - 1);
  }

  /**
   * The top of each node: stacked with gaps, centred in [top, bottom], each node's slot at least a
   * label line tall so that labels never overlap.
   */
  private static Map<String, Double> place(List<String> names, Map<String, Double> totals, double top,
      double bottom, double gap, double scale) {
    double used = used(names, totals, scale, gap);
    double y = top + (bottom - top - used) / 2;
    Map<String, Double> out = new LinkedHashMap<>();
    for (String n : names) {
      double h = totals.get(n) * scale;
      double slot = Math.max(h, LINE - gap);
      out.put(n, y + (slot - h) / 2);
      y += slot + gap;
    }
    return out;
  }

  private static List<String> sorted(Map<String, Double> totals) {
    List<String> out = new ArrayList<>(totals.keySet());
    out.sort((a, b) -> Double.compare(totals.get(b), totals.get(a)));
    return out;
  }
}
