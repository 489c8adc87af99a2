package dev.footprint.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A waterfall chart as SVG: from a starting total (the base scenario's cost), one floating bar per
 * change (a cost kind's delta), to the ending total (the scenario's cost). Increases are red and go
 * up, decreases green and go down, each starting where the one before ended.
 *
 * <p>The value axis starts where the changes can be seen: below the lowest running total by half
 * the range the totals move over, or at zero where that is reached anyway. When it does not start
 * at zero, the axis label says so and the total bars are drawn with a break at their foot, so no one
 * reads their heights as proportional to the totals.
 *
 * <p>The total bars are {@code rect} elements of class {@code total}, the changes of class
 * {@code step}; each has {@code data-value} (the total, or the change), {@code data-from} and
 * {@code data-to} (the running total before and after), and a tooltip with the exact figures.
 */
public final class WaterfallChart {
  private record Step(String label, double delta) {}

  private static final String UP = "#d1495b";
  private static final String DOWN = "#4c9a52";
  private static final String TOTAL = "#5b6b7d";

  private final String id;
  private final String title;
  private final String valueLabel;
  private final String startLabel;
  private final double start;
  private final List<Step> steps = new ArrayList<>();
  private String endLabel;
  private double end = Double.NaN;
  private double width = 640;
  private double height = 340;

  /**
   * @param id the SVG element id
   * @param title what the chart shows
   * @param valueLabel the unit of the value axis, such as {@code USD millions}
   * @param startLabel the name of the starting total, such as the base scenario's
   * @param start the starting total
   */
  public WaterfallChart(String id, String title, String valueLabel, String startLabel, double start) {
    this.id = Objects.requireNonNull(id, "id");
    this.title = Objects.requireNonNull(title, "title");
    this.valueLabel = Objects.requireNonNull(valueLabel, "valueLabel");
    this.startLabel = Objects.requireNonNull(startLabel, "startLabel");
    if (!Double.isFinite(start)) {
      throw new IllegalArgumentException("start = " + start + ": must be finite");
    }
    this.start = start;
  }

  /**
   * Adds a change; a change of zero, or too small to tell from rounding (below a billionth of the
   * starting total), is left out.
   *
   * @param label what changes, such as a cost kind
   * @param delta the change
   * @return this
   */
  public WaterfallChart step(String label, double delta) {
    if (Double.isFinite(delta) && Math.abs(delta) > 1e-9 * Math.max(1, Math.abs(start))) {
      steps.add(new Step(label, delta));
    }
    return this;
  }

  /**
   * Sets the ending total. It should equal the start plus the changes; where it differs by rounding,
   * the ending bar shows the total given.
   *
   * @param label the name of the ending total, such as the scenario's
   * @param total the ending total
   * @return this
   */
  public WaterfallChart end(String label, double total) {
    this.endLabel = Objects.requireNonNull(label, "label");
    this.end = total;
    return this;
  }

  /**
   * Sets the chart's size; it scales down with the page.
   *
   * @param w width in pixels
   * @param h height in pixels
   * @return this
   */
  public WaterfallChart size(double w, double h) {
    this.width = w;
    this.height = h;
    return this;
  }

  /**
   * The value axis: the range of the running totals, extended down by half that range (so the
   * changes take up at least a third of the height), and to zero where zero is that close or the
   * totals change sign.
   *
   * @param from the pixel position of the axis' low end
   * @param to the pixel position of its high end
   * @return the axis
   */
  Axis axis(double from, double to) {
    double lo = start;
    double hi = start;
    double run = start;
    for (Step s : steps) {
      run += s.delta();
      lo = Math.min(lo, run);
      hi = Math.max(hi, run);
    }
    double last = Double.isFinite(end) ? end : run;
    lo = Math.min(lo, last);
    hi = Math.max(hi, last);
    double span = hi - lo;
    if (span <= 1e-12 * Math.max(1, Math.abs(hi))) {
      span = Math.max(1e-9, 0.05 * Math.max(Math.abs(hi), Math.abs(lo)));
    }
    double low = lo - 0.5 * span;
    double high = hi + 0.12 * span;
    if (lo >= 0 && low < 0) {
      low = 0;
    }
    if (hi <= 0 && high > 0) {
      high = 0;
    }
    Axis a = Axis.nice(low, high, 6, from, to);
    if (lo >= 0 && a.min() < 0) {
      a = new Axis(0, a.max(), a.step(), from, to);
    }
    return a;
  }

  /** @return the chart as an SVG element */
  public String render() {
    double last = Double.isFinite(end) ? end : start + steps.stream().mapToDouble(Step::delta).sum();
    String lastLabel = endLabel == null ? "total" : endLabel;
    List<String> names = new ArrayList<>();
    names.add(startLabel);
    steps.forEach(s -> names.add(s.label()));
    names.add(lastLabel);

    Svg svg = new Svg(id, width, height, title);
    svg.open("g", "font-family", Charts.FONT, "font-size", "12", "fill", Charts.INK);
    double legendBottom = Charts.legend(svg, List.of("increase", "decrease", "total"),
        List.of("swatch", "swatch", "swatch"), List.of(UP, DOWN, TOTAL), width);
    double top = legendBottom + 34;
    Axis probe = axis(1, 0);
    double tickWidth = 0;
    for (double t : probe.ticks()) {
      tickWidth = Math.max(tickWidth, Charts.textWidth(Format.compact(t), 11));
    }
    double left = 12 + tickWidth + 10;
    double right = width - 12;
    double slot = (right - left) / names.size();
    CategoryLabels labels = CategoryLabels.layout(names, left, slot, height);
    double bottom = height - labels.margin();
    Axis y = axis(bottom, top);
    boolean broken = y.min() != 0 && y.max() != 0;
    String axisText = valueLabel + (broken ? " · axis starts at " + Format.compact(y.min()) + ", not zero"
        : "");
    Charts.label(svg, 12, legendBottom + 14, axisText, Charts.fit(axisText, width - 24, 11), "class", "axis-label",
        "text-anchor", "start", "font-size", "11", "fill", Charts.MUTED);
    for (double t : y.ticks()) {
      double py = y.map(t);
      svg.empty("line", "x1", Svg.num(left), "x2", Svg.num(right), "y1", Svg.num(py), "y2", Svg.num(py),
          "stroke", t == 0 ? "#666" : Charts.GRID, "class", t == 0 ? "zero-line" : "grid-line");
      svg.text(left - 6, py + 4, Format.compact(t), "class", "tick-label", "text-anchor", "end", "font-size", "11",
          "fill", Charts.MUTED);
    }
    double barWidth = Math.min(slot * 0.64, 90);
    boolean labelsFit = true;
    for (Step s : steps) {
      labelsFit &= Charts.textWidth(Format.signed(s.delta()), 11) <= slot - 4;
    }
    labelsFit &= Charts.textWidth(Format.compact(start), 11) <= slot - 4
        && Charts.textWidth(Format.compact(last), 11) <= slot - 4;
    svg.open("g", "class", "bars");
    total(svg, y, left, slot, barWidth, 0, startLabel, start, bottom, broken, labelsFit);
    double run = start;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      double x = left + (i + 1) * slot + (slot - barWidth) / 2;
      double next = run + s.delta();
      double y0 = y.map(Math.max(run, next));
      double y1 = y.map(Math.min(run, next));
      svg.empty("line", "class", "connector", "x1", Svg.num(x - (slot - barWidth)), "x2", Svg.num(x), "y1",
          Svg.num(y.map(run)), "y2", Svg.num(y.map(run)), "stroke", "#888", "stroke-dasharray", "2 2");
      svg.open("rect", "class", "step", "x", Svg.num(x), "y", Svg.num(y0), "width", Svg.num(barWidth), "height",
          Svg.num(Math.max(0.5, y1 - y0)), "fill", s.delta() > 0 ? UP : DOWN, "data-category", s.label(),
          "data-value", Double.toString(s.delta()), "data-from", Double.toString(run), "data-to",
          Double.toString(next));
      svg.element("title", s.label() + ": " + (s.delta() > 0 ? "+" : "") + Format.exact(s.delta()) + " " + valueLabel
          + " (" + Format.exact(run) + " → " + Format.exact(next) + ")");
      svg.close();
      if (labelsFit) {
        svg.text(x + barWidth / 2, s.delta() > 0 ? y0 - 4 : y1 + 13, Format.signed(s.delta()), "class",
            "value-label", "text-anchor", "middle", "font-size", "11");
      }
      run = next;
    }
    double xEnd = left + (steps.size() + 1) * slot + (slot - barWidth) / 2;
    svg.empty("line", "class", "connector", "x1", Svg.num(xEnd - (slot - barWidth)), "x2", Svg.num(xEnd), "y1",
        Svg.num(y.map(run)), "y2", Svg.num(y.map(run)), "stroke", "#888", "stroke-dasharray", "2 2");
    total(svg, y, left, slot, barWidth, steps.size() + 1, lastLabel, last, bottom, broken, labelsFit);
    svg.close();
    labels.draw(svg, left, slot, bottom);
    return svg.toString();
  }

  private void total(Svg svg, Axis y, double left, double slot, double barWidth, int index, String label,
      double value, double bottom, boolean broken, boolean valueLabel) {
    double x = left + index * slot + (slot - barWidth) / 2;
    double base = y.map(Math.max(y.min(), Math.min(0, y.max())));
    double top = y.map(value);
    double y0 = Math.min(base, top);
    double h = Math.max(0.5, Math.abs(base - top));
    svg.open("rect", "class", "total", "x", Svg.num(x), "y", Svg.num(y0), "width", Svg.num(barWidth), "height",
        Svg.num(h), "fill", TOTAL, "data-category", label, "data-value", Double.toString(value), "data-from",
        Double.toString(y.min()), "data-to", Double.toString(value));
    svg.element("title", label + ": " + Format.exact(value) + " " + this.valueLabel);
    svg.close();
    if (broken) {
      // A break at the foot of the bar (its head for negative totals): the bar does not reach zero.
      double by = y.max() < 0 ? y.map(y.max()) + 8 : bottom - 6;
      svg.empty("path", "class", "axis-break", "d", "M" + Svg.num(x - 2) + "," + Svg.num(by + 2) + " l"
          + Svg.num(barWidth / 4 + 1) + ",-4 l" + Svg.num(barWidth / 4) + ",4 l" + Svg.num(barWidth / 4) + ",-4 l"
          + Svg.num(barWidth / 4 + 1) + ",4", "fill", "none", "stroke", "#fff", "stroke-width", "3");
    }
    if (valueLabel) {
      svg.text(x + barWidth / 2, value >= 0 ? y0 - 4 : y0 + h + 13, Format.compact(value), "class", "value-label",
          "text-anchor", "middle", "font-size", "11");
    }
  }
}
