package dev.footprint.report;

import java.util.Locale;

/** Numbers as people read them in reports: grouped digits, compact units (k, M, bn). */
public final class Format {
  private Format() {}

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
    String digits = a >= 99.95 ? String.format(Locale.ROOT, "%.0f", a)
        : a >= 9.995 ? String.format(Locale.ROOT, "%.1f", a) : String.format(Locale.ROOT, "%.2f", a);
    if (digits.contains(".")) {
      digits = digits.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return (v < 0 && !digits.equals("0") ? "-" : "") + digits + suffix[k];
  }

  /**
   * @param v a value
   * @return it with grouped digits and no decimals above 100, two below: {@code 1,234,567}
   */
  public static String grouped(double v) {
    if (!Double.isFinite(v)) {
      return compact(v);
    }
    if (v == 0) {
      return "0";
    }
    String s = Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%,.2f", v);
    return s.equals("-0") || s.equals("-0.00") ? s.substring(1) : s;
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
   * @return a percentage: {@code 42%}, {@code 0.5%}
   */
  public static String percent(double share) {
    if (!Double.isFinite(share)) {
      return compact(share);
    }
    double p = 100 * share;
    return (Math.abs(p) >= 9.95 || p == 0 ? String.format(Locale.ROOT, "%.0f", p)
        : String.format(Locale.ROOT, "%.1f", p)) + "%";
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
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
    return s.equals("-0") ? "0" : s;
  }
}
