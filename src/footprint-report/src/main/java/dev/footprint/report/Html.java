package dev.footprint.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Markup of the HTML report other than charts: figures, key figures, notes and tables. Numbers in
 * tables print rounded for people and carry their exact value as a tooltip ({@code title}).
 */
final class Html {
  private Html() {}

  /**
   * A table cell.
   *
   * @param text what it shows
   * @param title its tooltip, or null
   * @param css its class, or null
   */
  record Cell(String text, String title, String css) {}

  /**
   * @param v a number
   * @return a cell showing it rounded ({@link Format#grouped}), exact in the tooltip
   */
  static Cell num(double v) {
    return Double.isFinite(v) ? new Cell(Format.grouped(v), Format.exact(v), "num") : new Cell("–", null, "num");
  }

  /**
   * @param v a change
   * @return a cell showing it signed and compact ({@link Format#signed}), exact in the tooltip
   */
  static Cell signed(double v) {
    return Double.isFinite(v) ? new Cell(Format.signed(v), (v > 0 ? "+" : "") + Format.exact(v), "num")
        : new Cell("–", null, "num");
  }

  /**
   * @param share a fraction
   * @return a cell showing it as a percentage, exact in the tooltip
   */
  static Cell percent(double share) {
    return Double.isFinite(share) ? new Cell(Format.percent(share), Format.exact(share), "num")
        : new Cell("–", null, "num");
  }

  /**
   * @param status a solve status' name
   * @return a cell showing it in its color
   */
  static Cell status(String status) {
    return new Cell(status, null, "status status-" + status);
  }

  /**
   * @param s any text
   * @return it escaped for HTML content and attributes
   */
  static String esc(String s) {
    return Svg.escape(s);
  }

  /**
   * @param caption the figure's caption
   * @param svg the chart
   * @return a figure
   */
  static String figure(String caption, String svg) {
    return "<figure><figcaption>" + esc(caption) + "</figcaption>" + svg + "</figure>\n";
  }

  /**
   * @param text a note's text
   * @return a paragraph of class {@code note}
   */
  static String note(String text) {
    return "<p class=\"note\">" + esc(text) + "</p>";
  }

  /**
   * @param pairs key figures: each a label, a value shown and optionally its exact value
   * @return a row of key figures
   */
  static String kpis(String[]... pairs) {
    StringBuilder b = new StringBuilder("<div class=\"kpis\">");
    for (String[] p : pairs) {
      b.append("<div class=\"kpi\"><div class=\"k\">").append(esc(p[0])).append("</div><div class=\"v\"")
          .append(p.length > 2 && p[2] != null ? " title=\"" + esc(p[2]) + "\"" : "").append('>').append(esc(p[1]))
          .append("</div></div>");
    }
    return b.append("</div>").toString();
  }

  /**
   * A table; cells are {@link Cell}s, or strings shown as text. Numeric columns are right-aligned.
   * The table scrolls sideways within its section when it is wider than the page.
   *
   * @param header the column names
   * @param rows the rows
   * @param numeric the indexes of the numeric columns
   * @return the table, or a note "None." for no rows
   */
  static String table(List<String> header, List<Object[]> rows, int... numeric) {
    if (rows.isEmpty()) {
      return note("None.");
    }
    Set<Integer> num = new HashSet<>();
    Arrays.stream(numeric).forEach(num::add);
    StringBuilder b = new StringBuilder("<div class=\"table-wrap\"><table><thead><tr>");
    for (int i = 0; i < header.size(); i++) {
      b.append(num.contains(i) ? "<th class=\"num\">" : "<th>").append(esc(header.get(i))).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (Object[] r : rows) {
      b.append("<tr>");
      for (int i = 0; i < r.length; i++) {
        Cell c = r[i] instanceof Cell cell ? cell : new Cell(r[i] == null ? "" : r[i].toString(), null, null);
        String css = c.css() == null ? (num.contains(i) ? "num" : null) : c.css();
        if (css != null && css.startsWith("status ")) {
          b.append("<td><span class=\"").append(esc(css)).append("\">").append(esc(c.text())).append("</span></td>");
          continue;
        }
        b.append("<td").append(css == null ? "" : " class=\"" + esc(css) + "\"")
            .append(c.title() == null ? "" : " title=\"" + esc(c.title()) + "\"").append('>').append(esc(c.text()))
            .append("</td>");
      }
      b.append("</tr>");
    }
    return b.append("</tbody></table></div>\n").toString();
  }

  /**
   * @param first the first column's name
   * @param names the other columns' names
   * @return the header
   */
  static List<String> header(String first, List<String> names) {
    List<String> h = new ArrayList<>();
    h.add(first);
    h.addAll(names);
    return h;
  }

  /**
   * @param from the first numeric column
   * @param count how many
   * @return their indexes
   */
  static int[] columns(int from, int count) {
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = from + i;
    }
    return out;
  }
}
