package dev.footprint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A bar chart as SVG: one slot per category, side by side one bar per group in each slot, each bar a
 * stack of series segments. Positive values stack up from zero and negative ones (credits) down, so a
 * bar's height is always proportional to its values. A bar may carry a marker line (a pledge or a
 * floor) and a net-total dot.
 *
 * <p>Each segment is a {@code rect} of class {@code bar} with {@code data-category},
 * {@code data-group}, {@code data-series} and {@code data-value}, and a tooltip; zero segments are
 * left out.
 */
public final class BarChart {
  private final String id;
  private final String title;
  private final String valueLabel;
  private final List<String> categories;
  private final List<String> groups;
  private final List<String> series;
  private final double[][][] values;
  private final double[][] markers;
  private final String[] notes;
  private final List<String> colors = new ArrayList<>();
  private String markerLabel = "target";
  private boolean net;
  private boolean legendAlways;
  private boolean valueLabels;
  private boolean zoom;
  private java.util.function.DoubleFunction<String> valueFormat = Format::compact;
  private final List<Integer> dividers = new ArrayList<>();
  private final List<String> dividerTitles = new ArrayList<>();
  private String dividerLabel = "change";
  private double width = 760;
  private double height = 340;

  /**
   * @param id the SVG element id (cleaned by {@link Svg#id})
   * @param title what the chart shows
   * @param valueLabel the unit of the value axis, such as {@code USD}
   * @param categories the slots along the x axis
   * @param groups the bars side by side in a slot; one name (any) for plain stacked bars
   * @param series the stacked segments of a bar
   */
  public BarChart(String id, String title, String valueLabel, List<String> categories, List<String> groups,
      List<String> series) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.valueLabel = Objects.requireNonNull(valueLabel, "valueLabel");
    this.categories = List.copyOf(categories);
    this.groups = List.copyOf(groups);
    this.series = List.copyOf(series);
    if (this.groups.isEmpty() || this.series.isEmpty()) {
      throw new IllegalArgumentException("groups and series: a bar chart needs at least one of each");
    }
    this.values = new double[this.categories.size()][this.groups.size()][this.series.size()];
    this.markers = new double[this.categories.size()][this.groups.size()];
    for (double[] m : markers) {
      java.util.Arrays.fill(m, Double.NaN);
    }
    this.notes = new String[this.categories.size()];
    int legendSize = this.series.size() > 1 ? this.series.size() : this.groups.size();
    for (int i = 0; i < legendSize; i++) {
      colors.add(Palette.at(i));
    }
  }

  /**
   * @param category category index
   * @param group group index
   * @param seriesIndex series index
   * @param value the segment's value (NaN or 0 leaves it out)
   * @return this
   */
  public BarChart set(int category, int group, int seriesIndex, double value) {
    values[category][group][seriesIndex] = value;
    return this;
  }

  /**
   * @param category category index
   * @param group group index
   * @param value where the bar's marker line goes (a pledge, a floor)
   * @return this
   */
  public BarChart marker(int category, int group, double value) {
    markers[category][group] = value;
    return this;
  }

  /**
   * Sets what the marker lines stand for.
   *
   * @param label the legend's entry for marker lines, such as {@code pledge}
   * @return this
   */
  public BarChart markerLabel(String label) {
    this.markerLabel = label;
    return this;
  }

  /**
   * Puts a dot at each bar's net total (positives plus negatives), for stacks with credits.
   *
   * @param show whether to draw the dots
   * @return this
   */
  public BarChart net(boolean show) {
    this.net = show;
    return this;
  }

  /**
   * Shows the legend even for a single series, when its name says something (a country's).
   *
   * @param show whether to show it
   * @return this
   */
  public BarChart legend(boolean show) {
    this.legendAlways = show;
    return this;
  }

  /**
   * Writes each bar's total at its end, where every such label fits over its bar; where they would
   * not fit, the values stay in the tooltips.
   *
   * @param show whether to write the totals
   * @return this
   */
  public BarChart valueLabels(boolean show) {
    this.valueLabels = show;
    return this;
  }

  /**
   * Starts the value axis near the smallest total instead of at zero, so that totals a few percent
   * apart look apart: below the smallest by half the range of the totals, or at zero where that is
   * reached anyway. Applies to charts of one series with no negative values. The axis label then says
   * where the axis starts, each bar has a break at its foot, and each carries the axis' start in
   * {@code data-axis-min}; heights are proportional to the value minus that.
   *
   * @param on whether to start the axis near the totals
   * @return this
   */
  public BarChart zoom(boolean on) {
    this.zoom = on;
    return this;
  }

  /**
   * Sets how value labels print, such as {@link Format#signed} for deltas.
   *
   * @param format the format of a value label
   * @return this
   */
  public BarChart valueFormat(java.util.function.DoubleFunction<String> format) {
    this.valueFormat = Objects.requireNonNull(format, "format");
    return this;
  }

  /**
   * Draws a dashed line between two slots, such as where a sweep's make-location changes.
   *
   * @param beforeCategory the index of the slot right of the line, from 1
   * @param tooltip what changes there, shown on hover
   * @return this
   */
  public BarChart divider(int beforeCategory, String tooltip) {
    if (beforeCategory < 1 || beforeCategory >= categories.size()) {
      throw new IllegalArgumentException("beforeCategory = " + beforeCategory + ": must be in 1.."
          + (categories.size() - 1));
    }
    dividers.add(beforeCategory);
    dividerTitles.add(tooltip);
    return this;
  }

  /**
   * Sets what the dashed lines between slots stand for.
   *
   * @param label the legend's entry for them
   * @return this
   */
  public BarChart dividerLabel(String label) {
    this.dividerLabel = Objects.requireNonNull(label, "label");
    return this;
  }

  /**
   * @param category category index
   * @param text a note shown in the slot instead of bars, such as {@code infeasible}
   * @return this
   */
  public BarChart note(int category, String text) {
    notes[category] = text;
    return this;
  }

  /**
   * @param colorsInLegendOrder one color per series (or per group when there is one series)
   * @return this
   */
  public BarChart colors(List<String> colorsInLegendOrder) {
    colors.clear();
    colors.addAll(colorsInLegendOrder);
    return this;
  }

  /**
   * Sets the chart's size; it scales down with the page.
   *
   * @param w width in pixels
   * @param h height in pixels
   * @return this
   */
  public BarChart size(double w, double h) {
    this.width = w;
    this.height = h;
    return this;
  }

  private boolean colorByGroup() {
    return series.size() == 1 && groups.size() > 1;
  }

  private String color(int group, int seriesIndex) {
    int i = colorByGroup() ? group : seriesIndex;
    return i < colors.size() ? colors.get(i) : Palette.at(i);
  }

  /** @return the chart as an SVG element */
  public String render() {
    Svg svg = new Svg(id, width, height, title);
    svg.open("g", "font-family", Charts.FONT, "font-size", "12", "fill", Charts.INK);
    // Legend.
    List<String> legend = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    List<String> legendColors = new ArrayList<>();
    if (series.size() > 1 || (legendAlways && groups.size() == 1)) {
      for (int s = 0; s < series.size(); s++) {
        legend.add(series.get(s));
        legendColors.add(color(0, s));
      }
    } else if (groups.size() > 1) {
      for (int g = 0; g < groups.size(); g++) {
        legend.add(groups.get(g));
        legendColors.add(color(g, 0));
      }
    }
    legend.forEach(l -> kinds.add("swatch"));
    boolean anyMarker = false;
    for (double[] m : markers) {
      for (double v : m) {
        anyMarker |= Double.isFinite(v);
      }
    }
    if (anyMarker) {
      legend.add(markerLabel);
      kinds.add("marker");
      legendColors.add("#111");
    }
    if (net && series.size() > 1) {
      legend.add("net total");
      kinds.add("net");
      legendColors.add("#111");
    }
    if (!dividers.isEmpty()) {
      legend.add(dividerLabel);
      kinds.add("dashed");
      legendColors.add("#c0392b");
    }
    double legendBottom = Charts.legend(svg, legend, kinds, legendColors, width);

    // Domain.
    double low = 0;
    double high = 0;
    boolean any = false;
    for (int c = 0; c < categories.size(); c++) {
      for (int g = 0; g < groups.size(); g++) {
        double pos = 0;
        double neg = 0;
        for (double v : values[c][g]) {
          if (v > 0) {
            pos += v;
          } else if (v < 0) {
            neg += v;
          }
          any |= v != 0 && Double.isFinite(v);
        }
        high = Math.max(high, pos);
        low = Math.min(low, neg);
        if (Double.isFinite(markers[c][g])) {
          high = Math.max(high, markers[c][g]);
          low = Math.min(low, markers[c][g]);
          any = true;
        }
      }
    }
    double zoomLow = zoomLow();
    if (zoomLow > 0) {
      low = zoomLow;
    }
    if (valueLabels) {
      double span = high - low;
      high += high > 0 ? 0.08 * span : 0;
      low -= low < 0 ? 0.08 * span : 0;
    }
    double top = legendBottom + 34;
    double left0 = 12;
    Axis probe = Axis.nice(low, high, 6, 0, 1);
    double tickWidth = 0;
    for (double t : probe.ticks()) {
      tickWidth = Math.max(tickWidth, Charts.textWidth(Format.compact(t), 11));
    }
    double left = left0 + tickWidth + 10;
    double right = width - 12;
    double slot = categories.isEmpty() ? right - left : (right - left) / categories.size();
    CategoryLabels labels = CategoryLabels.layout(categories, left, slot, height);
    double bottom = height - labels.margin();
    Axis y = Axis.nice(low, high, 6, bottom, top);
    boolean zoomed = zoomLow > 0 && y.min() > 0;
    String axisText = valueLabel + (zoomed ? " · axis starts at " + Format.compact(y.min()) + ", not zero" : "");

    // Grid and ticks.
    Charts.label(svg, left0, legendBottom + 14, axisText, Charts.fit(axisText, width - 2 * left0, 11), "class",
        "axis-label", "text-anchor", "start", "font-size", "11", "fill", Charts.MUTED);
    for (double t : y.ticks()) {
      double py = y.map(t);
      svg.empty("line", "x1", Svg.num(left), "x2", Svg.num(right), "y1", Svg.num(py), "y2", Svg.num(py),
          "stroke", t == 0 ? "#666" : Charts.GRID, "stroke-width", t == 0 ? "1.2" : "1", "class",
          t == 0 ? "zero-line" : "grid-line");
      svg.text(left - 6, py + 4, Format.compact(t), "class", "tick-label", "text-anchor", "end", "font-size", "11",
          "fill", Charts.MUTED);
    }
    if (!any) {
      svg.text((left + right) / 2, (top + bottom) / 2, "no data", "class", "note", "text-anchor", "middle",
          "fill", Charts.MUTED);
    }

    // Bars.
    double groupWidth = Math.min(slot * (groups.size() > 1 ? 0.82 : 0.62), 110.0 * groups.size());
    double barWidth = groupWidth / groups.size();
    double gap = groups.size() > 1 ? Math.min(2, barWidth * 0.15) : 0;
    double zero = y.map(Math.max(0, y.min()));
    boolean labelsFit = valueLabels && valueLabelsFit(groups.size() > 1 ? barWidth : slot);
    svg.open("g", "class", "bars");
    for (int c = 0; c < categories.size(); c++) {
      double slotX = left + c * slot;
      if (notes[c] != null) {
        Charts.label(svg, slotX + slot / 2, zero - 8, notes[c], Charts.fit(notes[c], slot - 4, 12), "class", "note",
            "text-anchor", "middle", "font-style", "italic", "fill", Charts.MUTED);
      }
      for (int g = 0; g < groups.size(); g++) {
        double x = slotX + (slot - groupWidth) / 2 + g * barWidth + gap / 2;
        double w = Math.max(0.5, barWidth - gap);
        double pos = 0;
        double neg = 0;
        boolean drawn = false;
        for (int s = 0; s < series.size(); s++) {
          double v = values[c][g][s];
          if (v == 0 || !Double.isFinite(v)) {
            continue;
          }
          double y0;
          double y1;
          if (v > 0) {
            y0 = y.map(pos + v);
            y1 = zoomed && pos == 0 ? bottom : y.map(pos);
            pos += v;
          } else {
            y0 = y.map(neg);
            y1 = y.map(neg + v);
            neg += v;
          }
          drawn = true;
          svg.open("rect", "class", "bar", "x", Svg.num(x), "y", Svg.num(y0), "width", Svg.num(w),
              "height", Svg.num(y1 - y0), "fill", color(g, s),
              "data-category", categories.get(c), "data-group", groups.get(g), "data-series", series.get(s),
              "data-value", Double.toString(v), "data-axis-min", zoomed ? Double.toString(y.min()) : null);
          svg.element("title", tooltip(c, g, s, v));
          svg.close();
          if (zoomed) {
            svg.empty("path", "class", "axis-break", "d", "M" + Svg.num(x - 1) + "," + Svg.num(bottom - 4) + " l"
                + Svg.num(w / 4 + 0.5) + ",-4 l" + Svg.num(w / 4) + ",4 l" + Svg.num(w / 4) + ",-4 l"
                + Svg.num(w / 4 + 0.5) + ",4", "fill", "none", "stroke", "#fff", "stroke-width", "3");
          }
        }
        if (drawn && labelsFit) {
          double end = pos + neg >= 0 ? y.map(pos) - 4 : y.map(neg) + 13;
          svg.text(x + w / 2, end, valueFormat.apply(pos + neg), "class", "value-label", "text-anchor", "middle",
              "font-size", "11");
        }
        if (drawn && net && series.size() > 1) {
          double total = pos + neg;
          svg.open("circle", "class", "net", "cx", Svg.num(x + w / 2), "cy", Svg.num(y.map(total)), "r", "3.5",
              "fill", "#fff", "stroke", "#111", "stroke-width", "1.5", "data-value", Double.toString(total));
          svg.element("title", label(c, g) + ": net " + Format.exact(total) + " " + valueLabel);
          svg.close();
        }
        double m = markers[c][g];
        if (Double.isFinite(m)) {
          double py = y.map(m);
          svg.open("line", "class", "marker", "x1", Svg.num(x - 2), "x2", Svg.num(x + w + 2), "y1", Svg.num(py),
              "y2", Svg.num(py), "stroke", "#111", "stroke-width", "2.5", "data-value", Double.toString(m));
          svg.element("title", label(c, g) + ": " + markerLabel + " " + Format.exact(m) + " " + valueLabel);
          svg.close();
        }
      }
    }
    svg.close();
    for (int d = 0; d < dividers.size(); d++) {
      double px = left + dividers.get(d) * slot;
      svg.open("line", "class", "divider", "x1", Svg.num(px), "x2", Svg.num(px), "y1", Svg.num(top - 6), "y2",
          Svg.num(bottom), "stroke", "#c0392b", "stroke-width", "1.5", "stroke-dasharray", "3 2",
          "data-before", Integer.toString(dividers.get(d)));
      svg.element("title", dividerTitles.get(d));
      svg.close();
    }
    labels.draw(svg, left, slot, bottom);
    return svg.toString();
  }

  /**
   * The start of a zoomed axis: below the smallest total by half the range of the totals, 0 where
   * that is below zero or the chart cannot be zoomed (several series, negative values, no data).
   */
  private double zoomLow() {
    if (!zoom || series.size() != 1) {
      return 0;
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < categories.size(); c++) {
      for (int g = 0; g < groups.size(); g++) {
        double v = values[c][g][0];
        if (v < 0 || Double.isFinite(markers[c][g])) {
          return 0;
        }
        if (v > 0 && Double.isFinite(v)) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    if (!Double.isFinite(lo)) {
      return 0;
    }
    double span = hi > lo ? hi - lo : 0.05 * hi;
    return Math.max(0, lo - 0.5 * span);
  }

  /** Whether every bar's value label fits in the given width at 11 px. */
  private boolean valueLabelsFit(double room) {
    for (double[][] slotValues : values) {
      for (double[] bar : slotValues) {
        double total = 0;
        for (double v : bar) {
          total += Double.isFinite(v) ? v : 0;
        }
        if (Charts.textWidth(valueFormat.apply(total), 11) > room - 2) {
          return false;
        }
      }
    }
    return true;
  }

  private String label(int c, int g) {
    return categories.get(c) + (groups.size() > 1 ? " · " + groups.get(g) : "");
  }

  private String tooltip(int c, int g, int s, double v) {
    return label(c, g) + (series.size() > 1 ? " · " + series.get(s) : "") + ": " + Format.exact(v) + " "
        + valueLabel;
  }
}
