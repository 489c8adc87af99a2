package dev.footprint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A line chart as SVG: series of (x, y) points on linear axes, with a dot per point (hollow where a
 * point is flagged, such as a sweep point that was not solved), and optional vertical marker lines.
 * A NaN y breaks the line (an infeasible point).
 *
 * <p>Each dot is a {@code circle} of class {@code point} with {@code data-series}, {@code data-x}
 * and {@code data-y}; each line a {@code polyline} of class {@code line}.
 */
public final class LineChart {
  private record Series(String name, String color, double[] x, double[] y, boolean[] hollow) {}

  /**
   * A vertical line: {@code kind} is {@code marker} (a plain dashed line), {@code base} (the base
   * value, solid) or {@code flip} (a change between {@code from} and {@code to}, dashed over a light
   * band).
   */
  private record Marker(double x, String label, String tooltip, String kind, double from, double to) {}

  private static final String FLIP = "#c0392b";

  private final String id;
  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final List<Series> series = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();
  private String hollowLabel;
  private java.util.function.DoubleFunction<String> xFormat = Format::compact;
  private double width = 760;
  private double height = 320;

  /**
   * @param id SVG element id
   * @param title what the chart shows
   * @param xLabel what x measures
   * @param yLabel what y measures
   */
  public LineChart(String id, String title, String xLabel, String yLabel) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.xLabel = Objects.requireNonNull(xLabel, "xLabel");
    this.yLabel = Objects.requireNonNull(yLabel, "yLabel");
  }

  /**
   * @param name the series' name
   * @param x x values
   * @param y y values, NaN for none
   * @param hollow which points to draw hollow, or null for none
   * @return this
   */
  public LineChart series(String name, double[] x, double[] y, boolean[] hollow) {
    if (x.length != y.length || (hollow != null && hollow.length != x.length)) {
      throw new IllegalArgumentException("series '" + name + "': x, y and hollow differ in length");
    }
    series.add(new Series(name, Palette.at(series.size()), x.clone(), y.clone(),
        hollow == null ? new boolean[x.length] : hollow.clone()));
    return this;
  }

  /**
   * Sets what a hollow point means.
   *
   * @param label the legend's entry for hollow points
   * @return this
   */
  public LineChart hollowLabel(String label) {
    this.hollowLabel = label;
    return this;
  }

  /**
   * @param x where to draw a vertical line
   * @param label its label
   * @return this
   */
  public LineChart marker(double x, String label) {
    markers.add(new Marker(x, label, label, "marker", x, x));
    return this;
  }

  /**
   * Marks the base value: where the study stands before anything is varied.
   *
   * @param x the base value
   * @param label its label, such as {@code base 15%}
   * @return this
   */
  public LineChart base(double x, String label) {
    if (Double.isFinite(x)) {
      markers.add(new Marker(x, label, label, "base", x, x));
    }
    return this;
  }

  /**
   * Marks a flip: somewhere between two values the decisions change (a site opens, a product moves).
   * The line is drawn halfway, over a light band from one value to the other.
   *
   * @param from the last value before the change
   * @param to the first value after it
   * @param label a short label, such as {@code flip 1}
   * @param tooltip what changes, shown on hover
   * @return this
   */
  public LineChart flip(double from, double to, String label, String tooltip) {
    markers.add(new Marker((from + to) / 2, label, tooltip, "flip", Math.min(from, to), Math.max(from, to)));
    return this;
  }

  /**
   * Sets how x values print on the axis, such as percentages for a rate.
   *
   * @param format the format of an x value
   * @return this
   */
  public LineChart xFormat(java.util.function.DoubleFunction<String> format) {
    this.xFormat = Objects.requireNonNull(format, "format");
    return this;
  }

  /**
   * Sets the chart's size; it scales down with the page.
   *
   * @param w width in pixels
   * @param h height in pixels
   * @return this
   */
  public LineChart size(double w, double h) {
    this.width = w;
    this.height = h;
    return this;
  }

  /** @return the chart as an SVG element */
  public String render() {
    Svg svg = new Svg(id, width, height, title);
    svg.open("g", "font-family", Charts.FONT, "font-size", "12", "fill", Charts.INK);
    List<String> names = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    List<String> colors = new ArrayList<>();
    if (series.size() > 1) {
      series.forEach(s -> {
        names.add(s.name());
        kinds.add("swatch");
        colors.add(s.color());
      });
    }
    boolean anyHollow = series.stream().anyMatch(s -> {
      for (boolean h : s.hollow()) {
        if (h) {
          return true;
        }
      }
      return false;
    });
    if (anyHollow && hollowLabel != null) {
      names.add(hollowLabel);
      kinds.add("net");
      colors.add(Palette.at(0));
    }
    if (markers.stream().anyMatch(m -> m.kind().equals("base"))) {
      names.add("base value");
      kinds.add("marker");
      colors.add("#111");
    }
    if (markers.stream().anyMatch(m -> m.kind().equals("flip"))) {
      names.add("flip: the footprint or where a product is made changes in the band");
      kinds.add("dashed");
      colors.add(FLIP);
    }
    double legendBottom = Charts.legend(svg, names, kinds, colors, width);
    double xLow = Double.POSITIVE_INFINITY;
    double xHigh = Double.NEGATIVE_INFINITY;
    double yLow = Double.POSITIVE_INFINITY;
    double yHigh = Double.NEGATIVE_INFINITY;
    for (Series s : series) {
      for (int i = 0; i < s.x().length; i++) {
        if (Double.isFinite(s.x()[i])) {
          xLow = Math.min(xLow, s.x()[i]);
          xHigh = Math.max(xHigh, s.x()[i]);
        }
        if (Double.isFinite(s.y()[i])) {
          yLow = Math.min(yLow, s.y()[i]);
          yHigh = Math.max(yHigh, s.y()[i]);
        }
      }
    }
    for (Marker m : markers) {
      xLow = Math.min(xLow, m.from());
      xHigh = Math.max(xHigh, m.to());
    }
    Axis probe = Axis.nice(yLow, yHigh, 6, 0, 1);
    double tickWidth = 0;
    for (double t : probe.ticks()) {
      tickWidth = Math.max(tickWidth, Charts.textWidth(Format.compact(t), 11));
    }
    double left = 12 + tickWidth + 10;
    Axis xProbe = Axis.nice(xLow, xHigh, 8, 0, 1);
    List<Double> xTicks = xProbe.ticks();
    double lastTick = xTicks.isEmpty() ? 0 : Charts.textWidth(xFormat.apply(xTicks.get(xTicks.size() - 1)), 11);
    double right = width - Math.max(20, lastTick / 2 + 6);
    Axis x = Axis.nice(xLow, xHigh, 8, left, right);
    // Marker labels in rows above the plot, so none covers another.
    double[] from = new double[markers.size()];
    double[] to = new double[markers.size()];
    String[] shown = new String[markers.size()];
    boolean[] flipLeft = new boolean[markers.size()];
    for (int i = 0; i < markers.size(); i++) {
      Marker m = markers.get(i);
      double px = x.map(m.x());
      shown[i] = Charts.fit(m.label(), Math.max(40, (right - left) / 2), 11);
      double w = Charts.textWidth(shown[i], 11);
      flipLeft[i] = px + 4 + w > width - 4;
      from[i] = flipLeft[i] ? px - 4 - w : px + 4;
      to[i] = from[i] + w;
    }
    int[] row = Charts.rows(from, to, 6);
    int rows = 0;
    for (int r : row) {
      rows = Math.max(rows, r + 1);
    }
    double axisLabelY = legendBottom + 14;
    double top = axisLabelY + 14 + 14 * rows + 6;
    double bottom = height - 44;
    Axis y = Axis.nice(yLow, yHigh, 6, bottom, top);
    Charts.label(svg, 12, axisLabelY, yLabel, Charts.fit(yLabel, width - 24, 11), "class", "axis-label",
        "text-anchor", "start", "font-size", "11", "fill", Charts.MUTED);
    for (double t : y.ticks()) {
      double py = y.map(t);
      svg.empty("line", "class", "grid-line", "x1", Svg.num(left), "x2", Svg.num(right), "y1", Svg.num(py), "y2",
          Svg.num(py), "stroke", Charts.GRID);
      svg.text(left - 6, py + 4, Format.compact(t), "class", "tick-label", "text-anchor", "end", "font-size", "11",
          "fill", Charts.MUTED);
    }
    for (double t : x.ticks()) {
      double px = x.map(t);
      svg.empty("line", "class", "grid-line", "x1", Svg.num(px), "x2", Svg.num(px), "y1", Svg.num(top), "y2",
          Svg.num(bottom), "stroke", Charts.GRID);
      svg.text(px, bottom + 18, xFormat.apply(t), "class", "tick-label", "text-anchor", "middle", "font-size", "11",
          "fill", Charts.MUTED);
    }
    svg.empty("line", "x1", Svg.num(left), "x2", Svg.num(right), "y1", Svg.num(bottom), "y2", Svg.num(bottom),
        "stroke", "#666");
    Charts.label(svg, (left + right) / 2, height - 8, xLabel, Charts.fit(xLabel, width - 24, 11), "class",
        "axis-label", "text-anchor", "middle", "font-size", "11", "fill", Charts.MUTED);
    for (int i = 0; i < markers.size(); i++) {
      Marker m = markers.get(i);
      double px = x.map(m.x());
      double labelY = axisLabelY + 14 + 14 * row[i] + 10;
      if (m.kind().equals("flip")) {
        double x0 = x.map(m.from());
        svg.open("rect", "class", "flip-band", "x", Svg.num(x0), "y", Svg.num(top), "width",
            Svg.num(Math.max(0.5, x.map(m.to()) - x0)), "height", Svg.num(bottom - top), "fill", FLIP,
            "fill-opacity", "0.08", "data-from", Double.toString(m.from()), "data-to", Double.toString(m.to()));
        svg.element("title", m.tooltip());
        svg.close();
      }
      String cls = m.kind().equals("marker") ? "vmarker" : "vmarker " + m.kind() + "-marker";
      svg.open("line", "class", cls, "x1", Svg.num(px), "x2", Svg.num(px), "y1", Svg.num(labelY - 10), "y2",
          Svg.num(bottom), "stroke", m.kind().equals("flip") ? FLIP : "#111", "stroke-width",
          m.kind().equals("base") ? "2" : "1.5", "stroke-dasharray", m.kind().equals("base") ? null : "5 3",
          "data-x", Double.toString(m.x()));
      svg.element("title", m.tooltip());
      svg.close();
      Charts.label(svg, flipLeft[i] ? px - 4 : px + 4, labelY, m.tooltip(), shown[i], "class", "marker-label",
          "font-size", "11", "text-anchor", flipLeft[i] ? "end" : "start");
    }
    for (Series s : series) {
      StringBuilder run = new StringBuilder();
      for (int i = 0; i <= s.x().length; i++) {
        boolean ok = i < s.x().length && Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i]);
        if (ok) {
          run.append(run.length() == 0 ? "" : " ").append(Svg.num(x.map(s.x()[i]))).append(',')
              .append(Svg.num(y.map(s.y()[i])));
        } else if (run.length() > 0) {
          svg.empty("polyline", "class", "line", "points", run.toString(), "fill", "none", "stroke", s.color(),
              "stroke-width", "2", "data-series", s.name());
          run.setLength(0);
        }
      }
      for (int i = 0; i < s.x().length; i++) {
        if (!Double.isFinite(s.x()[i]) || !Double.isFinite(s.y()[i])) {
          continue;
        }
        svg.open("circle", "class", "point", "cx", Svg.num(x.map(s.x()[i])), "cy", Svg.num(y.map(s.y()[i])), "r",
            "3.5", "fill", s.hollow()[i] ? "#fff" : s.color(), "stroke", s.color(), "stroke-width", "1.5",
            "data-series", s.name(), "data-x", Double.toString(s.x()[i]), "data-y", Double.toString(s.y()[i]));
        svg.element("title", s.name() + ": " + xLabel + " " + Format.exact(s.x()[i]) + " → " + Format.exact(s.y()[i])
            + " " + yLabel + (s.hollow()[i] && hollowLabel != null ? " (" + hollowLabel + ")" : ""));
        svg.close();
      }
    }
    return svg.toString();
  }
}
