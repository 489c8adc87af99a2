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
    double top = 36;
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
    Axis yProbe = Axis.nice(0, maxCount, 5, 0, 1);
    double tickWidth = 0;
    for (double t : yProbe.ticks()) {
      tickWidth = Math.max(tickWidth, Charts.textWidth(Format.compact(t), 11));
    }
    double left = 12 + tickWidth + 10;
    List<Double> xTicks = Axis.nice(lo, hi, 8, 0, 1).ticks();
    double right = width - Math.max(20, Charts.textWidth(Format.compact(xTicks.get(xTicks.size() - 1)), 11) / 2 + 6);
    Axis x = Axis.nice(lo, hi, 8, left, right);
    // Percentile labels in rows above the plot, so none covers another.
    double[] labelFrom = new double[lines.size()];
    double[] labelTo = new double[lines.size()];
    boolean[] flip = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      double px = x.map(l.x());
      double w = Charts.textWidth(l.label() + " " + Format.compact(l.x()), 11);
      flip[i] = px + 4 + w > width - 4;
      labelFrom[i] = flip[i] ? px - 4 - w : px + 4;
      labelTo[i] = labelFrom[i] + w;
    }
    int[] row = Charts.rows(labelFrom, labelTo, 6);
    int rows = 0;
    for (int r : row) {
      rows = Math.max(rows, r + 1);
    }
    top += 14 * rows;
    Axis y = Axis.nice(0, maxCount, 5, bottom, top);
    svg.text(12, 18, "samples", "class", "axis-label", "text-anchor", "start", "font-size", "11", "fill",
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
      svg.text(x.map(t), bottom + 18, Format.compact(t), "class", "tick-label", "text-anchor", "middle",
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
      svg.element("title", Format.exact(from) + " to " + Format.exact(to) + ": " + counts[i] + " samples");
      svg.close();
    }
    svg.close();
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      double px = x.map(l.x());
      double labelY = 36 + 14 * row[i];
      svg.open("line", "class", "percentile", "x1", Svg.num(px), "x2", Svg.num(px), "y1", Svg.num(labelY - 10), "y2",
          Svg.num(bottom), "stroke", "#111", "stroke-width", "1.5", "stroke-dasharray", "5 3", "data-x",
          Double.toString(l.x()));
      svg.element("title", l.label() + " = " + Format.exact(l.x()));
      svg.close();
      svg.text(flip[i] ? px - 4 : px + 4, labelY, l.label() + " " + Format.compact(l.x()), "class",
          "marker-label", "font-size", "11", "text-anchor", flip[i] ? "end" : "start");
    }
    return svg.toString();
  }
}
