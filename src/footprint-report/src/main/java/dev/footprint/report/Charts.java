package dev.footprint.report;

import java.util.List;

/** What the charts share: fonts, colors of ink and grid, text width estimates and the legend. */
final class Charts {
  private Charts() {}

  /** System fonts only: a report loads nothing from outside. */
  static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', 'DejaVu Sans', "
      + "Arial, sans-serif";
  static final String INK = "#222";
  static final String MUTED = "#666";
  static final String GRID = "#e4e4e4";

  /**
   * @param text a label
   * @return its approximate width at 12 px in a sans-serif font
   */
  static double textWidth(String text) {
    double w = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      w += "il.,:;'|!".indexOf(c) >= 0 ? 3.2 : Character.isUpperCase(c) || "mwMW".indexOf(c) >= 0 ? 8.2 : 6.6;
    }
    return w;
  }

  /**
   * Writes a legend across the top, wrapping as needed.
   *
   * @param svg where to write
   * @param labels entries with a color swatch
   * @param colors their colors
   * @param markerLabel an entry for marker lines, or null
   * @param netLabel an entry for net-total dots, or null
   * @param width the chart's width
   * @return the y below the legend
   */
  static double legend(Svg svg, List<String> labels, List<String> colors, String markerLabel, String netLabel,
      double width) {
    if (labels.isEmpty() && markerLabel == null && netLabel == null) {
      return 4;
    }
    double x = 12;
    double y = 8;
    svg.open("g", "class", "legend");
    int n = labels.size() + (markerLabel == null ? 0 : 1) + (netLabel == null ? 0 : 1);
    for (int i = 0; i < n; i++) {
      String label = i < labels.size() ? labels.get(i) : i == labels.size() && markerLabel != null ? markerLabel
          : netLabel;
      double w = 18 + textWidth(label) + 16;
      if (x + w > width - 8 && x > 12) {
        x = 12;
        y += 18;
      }
      if (i < labels.size()) {
        svg.empty("rect", "class", "swatch", "x", Svg.num(x), "y", Svg.num(y), "width", "12", "height", "12",
            "rx", "2", "fill", colors.get(i));
      } else if (label.equals(markerLabel) && i == labels.size()) {
        svg.empty("line", "x1", Svg.num(x), "x2", Svg.num(x + 12), "y1", Svg.num(y + 6), "y2", Svg.num(y + 6),
            "stroke", "#111", "stroke-width", "2.5");
      } else {
        svg.empty("circle", "cx", Svg.num(x + 6), "cy", Svg.num(y + 6), "r", "3.5", "fill", "#fff", "stroke", "#111",
            "stroke-width", "1.5");
      }
      svg.text(x + 17, y + 10.5, label, "class", "legend-label");
      x += w;
    }
    svg.close();
    return y + 18;
  }
}
