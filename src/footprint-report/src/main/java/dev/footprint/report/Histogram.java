package dev.footprint.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A histogram as SVG, with labelled vertical lines (percentiles). Bins are equal-width, about the
 * square root of the sample count of them, between 5 and 40.
 *
 * <p>Each bin is a {@code rect} of class {@code bar} with {@code data-count}, {@code data-from} and
 * {@code data-to}; empty bins are left out.
 */
public final class Histogram {
  private record Line(double x, String label) {}

  private final String id;
  private final String title;
  private final String xLabel;
  private final double[] values;
  private final List<Line> lines = new ArrayList<>();
  private double width = 760;
  private double height = 300;

  /**
   * @param id SVG element id
   * @param title what the chart shows
   * @param xLabel what the values measure
   * @param values the samples; non-finite ones are left out
   */
  public Histogram(String id, String title, String xLabel, double[] values) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.xLabel = Objects.requireNonNull(xLabel, "xLabel");
    this.values = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
  }

  /**
   * @param x where
   * @param label such as {@code P50}
   * @return this
   */
  public Histogram line(double x, String label) {
    if (Double.isFinite(x)) {
      lines.add(new Line(x, label));
    }
    return this;
  }

  /**
   * @param n number of finite samples
   * @return the number of bins used for them
   */
  static int bins(int n) {
    return Math.max(5, Math.min(40, (int) Math.ceil(Math.sqrt(n))));
  }

  /** @return the chart as an SVG element */
  public String render() {
    Svg svg = new Svg(id, width, height, title);
    svg.open("g", "font-family", Charts.FONT, "font-size", "12", "fill", Charts.INK);
    double left = 56;
    double right = width - 20;
    double top = 30;
    double bottom = height - 44;
    if (values.length == 0) {
      svg.text(width / 2, height / 2, "no samples with a solution", "class", "note", "text-anchor", "middle",
          "fill", Charts.MUTED);
      return svg.toString();
    }
    double lo = values[0];
    double hi = values[values.length - 1];
    if (hi - lo < 1e-9 * Math.max(1, Math.abs(hi))) {
      double pad = Math.max(1, Math.abs(hi) * 0.01);
      lo -= pad;
      hi += pad;
    }
    int k = bins(values.length);
    double binWidth = (hi - lo) / k;
    int[] counts = new int[k];
    for (double v : values) {
      counts[Math.min(k - 1, (int) ((v - lo) / binWidth))]++;
    }
    int maxCount = Arrays.stream(counts).max().orElse(1);
    Axis x = Axis.nice(lo, hi, 8, left, right);
    Axis y = Axis.nice(0, maxCount, 5, bottom, top);
    svg.text(12, top - 12, "samples", "class", "axis-label", "text-anchor", "start", "font-size", "11", "fill",
        Charts.MUTED);
    for (double t : y.ticks()) {
      if (t != Math.rint(t)) {
        continue;
      }
      double py = y.map(t);
      svg.empty("line", "class", "grid-line", "x1", Svg.num(left), "x2", Svg.num(right), "y1", Svg.num(py), "y2",
          Svg.num(py), "stroke", Charts.GRID);
      svg.text(left - 6, py + 4, Format.compact(t), "class", "tick-label", "text-anchor", "end", "font-size", "11",
          "fill", Charts.MUTED);
    }
    for (double t : x.ticks()) {
      svg.text(x.map(t), bottom + 16, Format.compact(t), "class", "tick-label", "text-anchor", "middle",
          "font-size", "11", "fill", Charts.MUTED);
    }
    svg.empty("line", "x1", Svg.num(left), "x2", Svg.num(right), "y1", Svg.num(bottom), "y2", Svg.num(bottom),
        "stroke", "#666");
    svg.text((left + right) / 2, height - 8, xLabel, "class", "axis-label", "text-anchor", "middle", "font-size",
        "11", "fill", Charts.MUTED);
    svg.open("g", "class", "bars");
    for (int i = 0; i < k; i++) {
      if (counts[i] == 0) {
        continue;
      }
      double from = lo + i * binWidth;
      double to = from + binWidth;
      double x0 = x.map(from);
      double x1 = x.map(to);
      double y0 = y.map(counts[i]);
      svg.open("rect", "class", "bar", "x", Svg.num(x0 + 0.5), "y", Svg.num(y0), "width",
          Svg.num(Math.max(0.5, x1 - x0 - 1)), "height", Svg.num(bottom - y0), "fill", Palette.at(0),
          "data-count", Integer.toString(counts[i]), "data-from", Double.toString(from), "data-to",
          Double.toString(to));
      svg.element("title", Format.grouped(from) + " to " + Format.grouped(to) + ": " + counts[i] + " samples");
      svg.close();
    }
    svg.close();
    int row = 0;
    for (Line l : lines) {
      double px = x.map(l.x());
      svg.open("line", "class", "percentile", "x1", Svg.num(px), "x2", Svg.num(px), "y1", Svg.num(top - 6), "y2",
          Svg.num(bottom), "stroke", "#111", "stroke-width", "1.5", "stroke-dasharray", "5 3", "data-x",
          Double.toString(l.x()));
      svg.element("title", l.label() + " = " + Format.grouped(l.x()));
      svg.close();
      boolean flip = px > right - 90;
      svg.text(flip ? px - 4 : px + 4, top + 4 + 13 * (row++ % 3), l.label() + " " + Format.compact(l.x()), "class",
          "marker-label", "font-size", "11", "text-anchor", flip ? "end" : "start");
    }
    return svg.toString();
  }
}
