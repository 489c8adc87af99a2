package dev.footprint.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers as people read them in reports: rounded to about three significant digits, grouped digits,
 * compact units (k, M, bn), percentages for rates. The exact figure goes into a tooltip
 * ({@link #exact}) and into result.json and the CSV files, never into the text people read.
 */
public final class Format {
  private Format() {}

  /** Largest number of decimals a rounded figure shows; smaller figures print as 0. */
  private static final int MAX_DECIMALS = 6;

  /**
   * @param v a value
   * @return it compactly with three significant digits: {@code 1.23 M}, {@code -45.6 k}, {@code 7.5}
   */
  public static String compact(double v) {
    if (Double.isNaN(v)) {
      return "–";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "-∞";
    }
    double a = Math.abs(v);
    String[] suffix = {"", " k", " M", " bn", " tn"};
    int k = 0;
    while (a >= 999.5 && k < suffix.length - 1) {
      a /= 1000;
      k++;
    }
    String digits = k == 0 && a < 1 ? significant(a, 3)
        : a >= 99.95 ? String.format(Locale.ROOT, "%.0f", a)
        : a >= 9.995 ? String.format(Locale.ROOT, "%.1f", a) : String.format(Locale.ROOT, "%.2f", a);
    digits = stripZeros(digits);
    return (v < 0 && !digits.equals("0") ? "-" : "") + digits + suffix[k];
  }

  /**
   * @param v a value
   * @return it with grouped digits, no decimals from 100 up and three significant digits below:
   *     {@code 1,234,567}, {@code 12.5}, {@code 0.194}
   */
  public static String grouped(double v) {
    if (!Double.isFinite(v)) {
      return compact(v);
    }
    if (v == 0) {
      return "0";
    }
    String s = Math.abs(v) >= 99.5 ? String.format(Locale.ROOT, "%,.0f", v) : significant(v, 3);
    return s.equals("-0") ? "0" : s;
  }

  /**
   * @param v a value
   * @return a signed form for deltas: {@code +1.2 M}, {@code -300}, {@code 0}
   */
  public static String signed(double v) {
    String c = compact(v);
    return v > 0 && !c.equals("0") ? "+" + c : c;
  }

  /**
   * @param share a fraction
   * @return a percentage with at most one decimal from 1% up and two below: {@code 42%},
   *     {@code 19.4%}, {@code 2.5%}, {@code 0.25%}, {@code <0.01%} for a tiny nonzero share
   */
  public static String percent(double share) {
    return percent(share, 0);
  }

  /**
   * @param share a fraction
   * @param extraDecimals decimals to add to the usual ones, to tell close values apart
   * @return a percentage as {@link #percent(double)} with that many more decimals
   */
  static String percent(double share, int extraDecimals) {
    if (!Double.isFinite(share)) {
      return compact(share);
    }
    double p = 100 * share;
    double a = Math.abs(p);
    if (p == 0) {
      return "0%";
    }
    if (a < 0.005 && extraDecimals == 0) {
      return (p < 0 ? "-" : "") + "<0.01%";
    }
    int decimals = (a >= 99.95 ? 0 : a >= 0.995 ? 1 : 2) + extraDecimals;
    String s = stripZeros(String.format(Locale.ROOT, "%." + decimals + "f", p));
    return (s.equals("-0") ? "0" : s) + "%";
  }

  /**
   * @param v a parameter value
   * @return it with up to six significant digits, no trailing zeros
   */
  public static String plain(double v) {
    if (!Double.isFinite(v)) {
      return compact(v);
    }
    String s = String.format(Locale.ROOT, "%.6g", v);
    if (s.contains("e") || s.contains("E")) {
      return s;
    }
    return stripZeros(s).equals("-0") ? "0" : stripZeros(s);
  }

  /**
   * Whether a parameter is a rate, a fraction shown as a percentage: its name ends in {@code rate}
   * (such as {@code tariff[us-vn].rate}).
   *
   * @param parameter a parameter's name
   * @return true for a rate
   */
  public static boolean isRate(String parameter) {
    return parameter != null && parameter.toLowerCase(Locale.ROOT).matches(".*\\brate\\b\\W*$");
  }

  /**
   * A parameter's value as fits the quantity: a rate as a percentage ({@code 19.4%}), anything else
   * with three significant digits ({@code 0.194}, {@code 12.5}, {@code 1,250}).
   *
   * @param parameter the parameter's name
   * @param v its value
   * @return the value for people
   */
  public static String parameter(String parameter, double v) {
    return isRate(parameter) ? percent(v) : grouped(v);
  }

  /**
   * Values of one parameter, each as {@link #parameter}, with more digits where two would read the
   * same: a sweep over 0.1501 and 0.1502 never shows two columns "0.15".
   *
   * @param parameter the parameter's name
   * @param values its values
   * @return one label per value, distinct where the values are
   */
  public static List<String> parameters(String parameter, double[] values) {
    boolean rate = isRate(parameter);
    for (int extra = 0; ; extra++) {
      List<String> out = new ArrayList<>();
      Map<String, Double> valueOf = new HashMap<>();
      boolean clash = false;
      for (double v : values) {
        String s = rate ? percent(v, extra) : extra == 0 ? grouped(v) : significant(v, 3 + extra);
        out.add(s);
        Double before = valueOf.putIfAbsent(s, v);
        clash |= before != null && before != v;
      }
      if (!clash || extra >= 12) {
        return out;
      }
    }
  }

  /**
   * The exact value, for tooltips: the shortest decimal that reads back as the same double, with
   * grouped digits and no exponent ({@code 1,234,567.891}, {@code 0.19374999999999998}).
   *
   * @param v a value
   * @return its exact form
   */
  public static String exact(double v) {
    if (!Double.isFinite(v)) {
      return compact(v);
    }
    if (v == 0) {
      return "0";
    }
    String plain = new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String fraction = dot < 0 ? "" : digits.substring(dot);
    StringBuilder g = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        g.append(',');
      }
      g.append(whole.charAt(i));
    }
    return (negative ? "-" : "") + g + fraction;
  }

  /** v with {@code digits} significant digits and no more than {@link #MAX_DECIMALS} decimals. */
  private static String significant(double v, int digits) {
    if (v == 0) {
      return "0";
    }
    int magnitude = (int) Math.floor(Math.log10(Math.abs(v)));
    int decimals = Math.max(0, Math.min(MAX_DECIMALS + digits - 3, digits - 1 - magnitude));
    String s = stripZeros(String.format(Locale.ROOT, "%,." + decimals + "f", v));
    return s.equals("-0") ? "0" : s;
  }

  private static String stripZeros(String s) {
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s;
  }
}
