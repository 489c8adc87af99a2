package dev.footprint.analysis;

import dev.footprint.model.Money;
import dev.footprint.result.Figures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The analyses' text for people: parameter values without binary noise, money with its label,
 * shares of production, and plain-text tables whose columns are as wide as their widest cell (names
 * are never cut). Numbers themselves are written by {@link Figures}.
 */
final class Text {
  /** The most decimals a parameter value is written with. */
  private static final int MAX_DECIMALS = 12;

  /** Significant digits that keep a decimal value and drop the binary noise of its double. */
  private static final MathContext CLEAN = new MathContext(12, RoundingMode.HALF_EVEN);

  private Text() {}

  /**
   * @param parameter a parameter's name
   * @return whether its values are rates (tariff rates), written as percentages
   */
  static boolean isRate(String parameter) {
    return parameter.startsWith("tariff[") && parameter.endsWith("].rate");
  }

  /**
   * The unit of a parameter's values where they are money, as {@link Parameters} names them: a wage
   * is money per labor hour, a production credit and a freight rate money per unit of product.
   *
   * @param parameter a parameter's name
   * @param money the network's money
   * @return such as {@code USD millions per hour}, or empty for rates, factors and unknown names
   */
  static String parameterUnit(String parameter, Money money) {
    if (parameter.startsWith("wage[")) {
      return money.label() + " per labor hour";
    }
    if (parameter.startsWith("credit[") || parameter.startsWith("freight[")) {
      return money.label() + " per unit";
    }
    return "";
  }

  /**
   * A parameter's values for people, all with the same number of decimals (of the percentage, for a
   * rate). The values are first freed of the binary noise of their doubles (0.19374999999999998 is
   * 0.19375). Then: the fewest decimals that write every value exactly, if that is at most two more
   * than the fewest that tell each value from the values next to it; otherwise the fewest that tell
   * them apart plus {@code extra}. A single value (or values all equal) is written exactly to at most
   * five significant digits.
   *
   * @param parameter the parameter's name (tariff rates are written as percentages)
   * @param values the values, in the order they are shown
   * @param extra decimals added to those that tell neighbouring values apart when the values cannot
   *     be written exactly with few decimals
   * @return the values as text, in the same order
   */
  static String[] parameterValues(String parameter, double[] values, int extra) {
    boolean rate = isRate(parameter);
    int min = rate ? 1 : 0;
    BigDecimal[] v = new BigDecimal[values.length];
    int exact = min;
    double largest = 0;
    for (int i = 0; i < values.length; i++) {
      if (Double.isFinite(values[i])) {
        BigDecimal c = clean(values[i]);
        v[i] = rate ? c.movePointRight(2).stripTrailingZeros() : c;
        exact = Math.max(exact, Math.min(MAX_DECIMALS, v[i].scale()));
        largest = Math.max(largest, v[i].abs().doubleValue());
      }
    }
    int told = apart(v, min);
    int decimals;
    if (told < 0) {
      decimals = largest > 0 ? Math.min(exact, 4 - (int) Math.floor(Math.log10(largest))) : min;
    } else {
      decimals = exact <= told + 2 ? exact : Math.min(MAX_DECIMALS, told + extra);
    }
    decimals = Math.max(min, decimals);
    String[] out = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = v[i] == null ? Figures.money(values[i])
          : String.format(Locale.ROOT, "%,." + decimals + "f", v[i].setScale(decimals, RoundingMode.HALF_UP))
              .replaceFirst("^-(0[.,0]*)$", "$1") + (rate ? "%" : "");
    }
    return out;
  }

  /** @return the fewest decimals that tell neighbouring values apart, -1 if no two neighbours differ */
  private static int apart(BigDecimal[] v, int min) {
    boolean pairs = false;
    for (int i = 1; i < v.length; i++) {
      pairs |= v[i - 1] != null && v[i] != null && v[i - 1].compareTo(v[i]) != 0;
    }
    if (!pairs) {
      return -1;
    }
    for (int d = min; d < MAX_DECIMALS; d++) {
      boolean told = true;
      for (int i = 1; i < v.length && told; i++) {
        told = v[i - 1] == null || v[i] == null || v[i - 1].compareTo(v[i]) == 0
            || v[i - 1].setScale(d, RoundingMode.HALF_UP).compareTo(v[i].setScale(d, RoundingMode.HALF_UP)) != 0;
      }
      if (told) {
        return d;
      }
    }
    return MAX_DECIMALS;
  }

  private static BigDecimal clean(double x) {
    if (x == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal c = new BigDecimal(x).round(CLEAN).stripTrailingZeros();
    return c.scale() < 0 ? c.setScale(0, RoundingMode.UNNECESSARY) : c;
  }

  /**
   * A change of money, signed: {@code +480}, {@code -1,500}, {@code 0}.
   *
   * @param delta the change
   * @param magnitude the largest absolute amount it is shown with (see {@link Figures#money(double, double)})
   * @return it for people
   */
  static String signedMoney(double delta, double magnitude) {
    String s = Figures.money(delta, magnitude);
    return delta > 0 && !s.equals("0") ? "+" + s : s;
  }

  /**
   * Where a product is made, as shares of its units: {@code CN 25.0%, MX 75.0%}, in the order given;
   * countries whose share would show as 0.0% are left out.
   *
   * @param unitsByCountry units per country id
   * @return the shares, {@code none} if nothing is made
   */
  static String shares(Map<String, Double> unitsByCountry) {
    double all = unitsByCountry.values().stream().mapToDouble(Double::doubleValue).sum();
    List<String> parts = new ArrayList<>();
    if (all > 0) {
      unitsByCountry.forEach((country, units) -> {
        if (units / all >= 0.0005) {
          parts.add(country + " " + Figures.share(units / all));
        }
      });
    }
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  /**
   * @param what what is measured, such as {@code cost}
   * @param money the money it is in, or null if unknown
   * @return such as {@code cost (USD millions)}
   */
  static String labelled(String what, Money money) {
    return money == null ? what : what + " (" + money.label() + ")";
  }

  /**
   * A plain-text table: each column as wide as its widest cell, two spaces between columns, numbers
   * right-aligned, nothing cut.
   */
  static final class Table {
    private final boolean[] right;
    private final List<String[]> rows = new ArrayList<>();
    private final List<Boolean> titles = new ArrayList<>();

    /**
     * @param headers the column headers; a leading {@code >} right-aligns the column (and is not shown)
     */
    Table(String... headers) {
      right = new boolean[headers.length];
      String[] shown = new String[headers.length];
      for (int c = 0; c < headers.length; c++) {
        right[c] = headers[c].startsWith(">");
        shown[c] = right[c] ? headers[c].substring(1) : headers[c];
      }
      rows.add(shown);
      titles.add(false);
    }

    /**
     * @param cells one cell per column
     * @return this table
     */
    Table row(String... cells) {
      if (cells.length != right.length) {
        throw new IllegalArgumentException(cells.length + " cells for " + right.length + " columns");
      }
      rows.add(cells.clone());
      titles.add(false);
      return this;
    }

    /**
     * A line of its own, such as the title of the rows below it; it does not widen the columns.
     *
     * @param text the line
     * @return this table
     */
    Table title(String text) {
      rows.add(new String[] {text});
      titles.add(true);
      return this;
    }

    /** @return the table, one line per row, each ending with a line break */
    String render() {
      int[] width = new int[right.length];
      for (int i = 0; i < rows.size(); i++) {
        for (int c = 0; c < right.length && !titles.get(i); c++) {
          width[c] = Math.max(width[c], rows.get(i)[c].length());
        }
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < rows.size(); i++) {
        String[] r = rows.get(i);
        if (titles.get(i)) {
          sb.append(r[0]).append('\n');
          continue;
        }
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < r.length; c++) {
          if (c > 0) {
            line.append("  ");
          }
          String pad = " ".repeat(width[c] - r[c].length());
          line.append(right[c] ? pad + r[c] : r[c] + pad);
        }
        sb.append(line.toString().stripTrailing()).append('\n');
      }
      return sb.toString();
    }
  }
}
