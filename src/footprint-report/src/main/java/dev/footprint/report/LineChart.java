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

  private record Marker(double x, String label) {}

  private final String id;
  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final List<Series> series = new ArrayList<>();
  private final List<Marker> markers = new ArrayList<>();
  private String hollowLabel;
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

  /** @param label what a hollow point means, for the legend @return this */
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
    markers.add(new Marker(x, label));
    return this;
  }

  /** @param w width @param h height @return this */
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
    List<String> colors = new ArrayList<>();
    if (series.size() > 1) {
      series.forEach(s -> {
        names.add(s.name());
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
    double legendBottom = Charts.legend(svg, names, colors, null, anyHollow ? hollowLabel : null, width);
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
      xLow = Math.min(xLow, m.x());
      xHigh = Math.max(xHigh, m.x());
    }
    Axis probe = Axis.nice(yLow, yHigh, 6, 0, 1);
    double tickWidth = 0;
    for (double t : probe.ticks()) {
      tickWidth = Math.max(tickWidth, Charts.textWidth(Format.compact(t)));
    }
    double left = 12 + tickWidth + 10;
    double right = width - 20;
    double top = legendBottom + 22;
    double bottom = height - 44;
    Axis x = Axis.nice(xLow, xHigh, 8, left, right);
    Axis y = Axis.nice(yLow, yHigh, 6, bottom, top);
    svg.text(12, top - 12, yLabel, "class", "axis-label", "text-anchor", "start", "font-size", "11",
        "fill", Charts.MUTED);
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
      svg.text(px, bottom + 16, Format.compact(t), "class", "tick-label", "text-anchor", "middle", "font-size", "11",
          "fill", Charts.MUTED);
    }
    svg.empty("line", "x1", Svg.num(left), "x2", Svg.num(right), "y1", Svg.num(bottom), "y2", Svg.num(bottom),
        "stroke", "#666");
    svg.text((left + right) / 2, height - 8, xLabel, "class", "axis-label", "text-anchor", "middle", "font-size",
        "11", "fill", Charts.MUTED);
    for (Marker m : markers) {
      double px = x.map(m.x());
      svg.open("line", "class", "vmarker", "x1", Svg.num(px), "x2", Svg.num(px), "y1", Svg.num(top - 4), "y2",
          Svg.num(bottom), "stroke", "#111", "stroke-width", "1.5", "stroke-dasharray", "5 3", "data-x",
          Double.toString(m.x()));
      svg.element("title", m.label());
      svg.close();
      boolean flip = px > right - 120;
      svg.text(flip ? px - 4 : px + 4, top + 8, m.label(), "class", "marker-label", "font-size", "11", "text-anchor",
          flip ? "end" : "start");
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
        svg.element("title", s.name() + ": " + xLabel + " " + Format.plain(s.x()[i]) + " → " + Format.grouped(s.y()[i])
            + " " + yLabel + (s.hollow()[i] && hollowLabel != null ? " (" + hollowLabel + ")" : ""));
        svg.close();
      }
    }
    return svg.toString();
  }
}
