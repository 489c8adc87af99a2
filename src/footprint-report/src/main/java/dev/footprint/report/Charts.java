package dev.footprint.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the charts share: fonts, colors of ink and grid, text widths, labels that fit (shortened with
 * an ellipsis, the full text in a tooltip, never two shortened to the same text) and the legend.
 *
 * <p>Text widths are estimated from the advance widths of DejaVu Sans and Liberation Sans, whichever
 * is wider for each character: the widest of the fonts the report's font list falls back to, so a
 * label measured to fit does fit in any of them.
 */
final class Charts {
  private Charts() {}

  /** System fonts only: a report loads nothing from outside. */
  static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', 'DejaVu Sans', "
      + "Arial, sans-serif";
  static final String INK = "#222";
  static final String MUTED = "#666";
  static final String GRID = "#e4e4e4";
  /** The ellipsis that marks a shortened label. */
  static final String ELLIPSIS = "…";

  /** Advance widths of the printable ASCII characters (32 to 126) in thousandths of the font size. */
  private static final int[] ADVANCE = {318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318,
      337, 636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 556, 1015, 684, 686, 722, 770,
      667, 611, 778, 752, 295, 500, 667, 557, 863, 748, 787, 667, 787, 722, 667, 611, 732, 684, 989, 685, 667, 685,
      390, 337, 390, 838, 556, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612, 635,
      635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838};

  /**
   * @param text a label
   * @return its width in pixels at 12 px
   */
  static double textWidth(String text) {
    return textWidth(text, 12);
  }

  /**
   * @param text a label
   * @param fontSize the font size in pixels
   * @return its width in pixels, an upper estimate over the fonts the charts use
   */
  static double textWidth(String text, double fontSize) {
    double w = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowSurrogate(c)) {
        continue;
      }
      w += c >= 32 && c < 127 ? ADVANCE[c - 32] : c == '·' ? 318 : c == '–' ? 556 : 1000;
    }
    return w * fontSize / 1000;
  }

  /**
   * @param text a label
   * @param maxWidth the room for it, in pixels
   * @param fontSize the font size in pixels
   * @return the label, or its longest start that fits followed by an ellipsis
   */
  static String fit(String text, double maxWidth, double fontSize) {
    if (textWidth(text, fontSize) <= maxWidth) {
      return text;
    }
    int n = text.length();
    while (n > 0 && textWidth(text.substring(0, n) + ELLIPSIS, fontSize) > maxWidth) {
      n--;
    }
    if (n > 0 && Character.isHighSurrogate(text.charAt(n - 1))) {
      n--;
    }
    return n == 0 ? (textWidth(ELLIPSIS, fontSize) <= maxWidth ? ELLIPSIS : "") : text.substring(0, n).stripTrailing()
        + ELLIPSIS;
  }

  /**
   * Labels that fit, each shortened as {@link #fit} does, and where two would then read the same,
   * shortened in the middle instead (start and end kept), so that different names never show as the
   * same text.
   *
   * @param texts the labels
   * @param maxWidth the room for each, in pixels
   * @param fontSize the font size in pixels
   * @return one label per text, in order
   */
  static List<String> distinct(List<String> texts, double maxWidth, double fontSize) {
    List<String> out = new ArrayList<>();
    for (String t : texts) {
      out.add(fit(t, maxWidth, fontSize));
    }
    for (int round = 0; round < 3; round++) {
      Map<String, List<Integer>> byShown = new HashMap<>();
      for (int i = 0; i < out.size(); i++) {
        byShown.computeIfAbsent(out.get(i), k -> new ArrayList<>()).add(i);
      }
      boolean clash = false;
      for (List<Integer> same : byShown.values()) {
        if (same.size() < 2 || same.stream().map(texts::get).distinct().count() < 2) {
          continue;
        }
        clash = true;
        for (int i : same) {
          String t = texts.get(i);
          out.set(i, round == 0 ? middle(t, maxWidth, fontSize) : round == 1 ? tail(t, maxWidth, fontSize)
              : fit("#" + (i + 1) + " " + t, maxWidth, fontSize));
        }
      }
      if (!clash) {
        break;
      }
    }
    return out;
  }

  /** The start and the end of the text around an ellipsis, as much of both as fits. */
  private static String middle(String text, double maxWidth, double fontSize) {
    if (textWidth(text, fontSize) <= maxWidth) {
      return text;
    }
    for (int keep = text.length() - 1; keep > 1; keep--) {
      int head = (keep + 1) / 2;
      int tail = keep - head;
      String s = text.substring(0, head) + ELLIPSIS + text.substring(text.length() - tail);
      if (textWidth(s, fontSize) <= maxWidth) {
        return s;
      }
    }
    return fit(text, maxWidth, fontSize);
  }

  /** An ellipsis and the end of the text, as much as fits. */
  private static String tail(String text, double maxWidth, double fontSize) {
    for (int keep = text.length() - 1; keep > 0; keep--) {
      String s = ELLIPSIS + text.substring(text.length() - keep);
      if (textWidth(s, fontSize) <= maxWidth) {
        return s;
      }
    }
    return fit(text, maxWidth, fontSize);
  }

  /**
   * Writes a text label; a shortened one is wrapped in a group whose tooltip is the full text, and
   * carries the full text in {@code data-full}.
   *
   * @param svg where to write
   * @param x x position
   * @param y baseline y position
   * @param full the full text
   * @param shown the text shown, the full text or a shortened one
   * @param attributes further name, value pairs of the text element
   */
  static void label(Svg svg, double x, double y, String full, String shown, String... attributes) {
    if (shown.equals(full)) {
      svg.text(x, y, shown, attributes);
      return;
    }
    String[] all = new String[attributes.length + 2];
    System.arraycopy(attributes, 0, all, 0, attributes.length);
    all[attributes.length] = "data-full";
    all[attributes.length + 1] = full;
    svg.open("g", "class", "shortened");
    svg.element("title", full);
    svg.text(x, y, shown, all);
    svg.close();
  }

  /**
   * Rows for labels along a line so that none overlaps another in its row: each label goes into the
   * first row whose last label ends before it starts.
   *
   * @param from each label's left end, in pixels
   * @param to each label's right end
   * @param gap the room to keep between two labels in a row
   * @return each label's row, 0 first
   */
  static int[] rows(double[] from, double[] to, double gap) {
    Integer[] order = new Integer[from.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(from[a], from[b]));
    List<Double> ends = new ArrayList<>();
    int[] row = new int[from.length];
    for (int i : order) {
      int r = 0;
      while (r < ends.size() && ends.get(r) + gap > from[i]) {
        r++;
      }
      if (r == ends.size()) {
        ends.add(to[i]);
      } else {
        ends.set(r, to[i]);
      }
      row[i] = r;
    }
    return row;
  }

  /**
   * Writes a legend across the top, wrapping as needed; a label too long for a line is shortened.
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
    List<String> all = new ArrayList<>(labels);
    List<String> kinds = new ArrayList<>();
    labels.forEach(l -> kinds.add("swatch"));
    if (markerLabel != null) {
      all.add(markerLabel);
      kinds.add("marker");
    }
    if (netLabel != null) {
      all.add(netLabel);
      kinds.add("net");
    }
    List<String> lineColors = new ArrayList<>(colors);
    while (lineColors.size() < all.size()) {
      lineColors.add("#111");
    }
    return legend(svg, all, kinds, lineColors, width);
  }

  /**
   * Writes a legend of entries of several kinds: {@code swatch} (a color square), {@code marker} (a
   * solid line), {@code dashed} (a dashed line), {@code net} (a hollow dot), {@code band} (a light
   * box).
   *
   * @param svg where to write
   * @param labels the entries' labels
   * @param kinds each entry's kind
   * @param colors each entry's color
   * @param width the chart's width
   * @return the y below the legend
   */
  static double legend(Svg svg, List<String> labels, List<String> kinds, List<String> colors, double width) {
    if (labels.isEmpty()) {
      return 4;
    }
    double x = 12;
    double y = 8;
    svg.open("g", "class", "legend");
    List<String> shown = distinct(labels, width - 24 - 18 - 8, 12);
    for (int i = 0; i < labels.size(); i++) {
      String label = shown.get(i);
      double w = 18 + textWidth(label) + 16;
      if (x + w > width - 8 && x > 12) {
        x = 12;
        y += 18;
      }
      String color = colors.get(i);
      switch (kinds.get(i)) {
        case "marker" -> svg.empty("line", "x1", Svg.num(x), "x2", Svg.num(x + 12), "y1", Svg.num(y + 6), "y2",
            Svg.num(y + 6), "stroke", color, "stroke-width", "2.5");
        case "dashed" -> svg.empty("line", "x1", Svg.num(x + 6), "x2", Svg.num(x + 6), "y1", Svg.num(y), "y2",
            Svg.num(y + 12), "stroke", color, "stroke-width", "1.5", "stroke-dasharray", "3 2");
        case "net" -> svg.empty("circle", "cx", Svg.num(x + 6), "cy", Svg.num(y + 6), "r", "3.5", "fill", "#fff",
            "stroke", color, "stroke-width", "1.5");
        case "band" -> svg.empty("rect", "x", Svg.num(x), "y", Svg.num(y), "width", "12", "height", "12",
            "fill", color, "fill-opacity", "0.18");
        default -> svg.empty("rect", "class", "swatch", "x", Svg.num(x), "y", Svg.num(y), "width", "12", "height",
            "12", "rx", "2", "fill", color);
      }
      label(svg, x + 17, y + 10.5, labels.get(i), label, "class", "legend-label");
      x += w;
    }
    svg.close();
    return y + 18;
  }
}
