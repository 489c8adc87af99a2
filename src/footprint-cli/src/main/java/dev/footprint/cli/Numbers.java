package dev.footprint.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers as the command's text output shows them to people: money with thousands separators and a
 * sensible number of digits, shares and rates as percentages, parameter values without binary noise
 * (0.19375, not 0.19374999999999998), durations in seconds and minutes. The {@code --json} document
 * keeps every number exact; only text goes through here.
 */
final class Numbers {
  /** What a number that does not exist (no plan, no bound) shows as. */
  static final String NONE = "-";

  private Numbers() {}

  /**
   * Money: whole units with separators from 1,000 up ({@code 875,974}), four significant digits
   * from 1 to 1,000 ({@code 45.91}, {@code 292.6}, {@code 1.253}), three below 1 ({@code 0.0132});
   * values within 1e-9 of zero are {@code 0}.
   *
   * @param v an amount
   * @return it for people
   */
  static String money(double v) {
    if (!Double.isFinite(v)) {
      return special(v);
    }
    double a = Math.abs(v);
    if (a < 1e-9) {
      return "0";
    }
    int decimals = a >= 999.5 ? 0 : a >= 1 ? 3 - (int) Math.floor(Math.log10(a)) : 2 - (int) Math.floor(Math.log10(a));
    return fixed(v, Math.max(0, decimals));
  }

  /**
   * A count or another whole quantity (jobs, units, bytes), rounded, with separators.
   *
   * @param v the quantity
   * @return such as {@code 134,756}
   */
  static String whole(double v) {
    if (!Double.isFinite(v)) {
      return special(v);
    }
    return noNegativeZero(String.format(Locale.ROOT, "%,.0f", v));
  }

  /**
   * @param n a count
   * @param one the noun for one
   * @param many the noun for any other count
   * @return such as {@code 1 market} or {@code 1,204 sites}
   */
  static String count(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }

  /**
   * A share of a whole, as a percentage with one decimal.
   *
   * @param fraction the share, such as 0.8823
   * @return such as {@code 88.2%}
   */
  static String share(double fraction) {
    return percent(fraction, 1);
  }

  /**
   * A rate (a tariff, a gap, a probability) as a percentage: one decimal, more where needed for
   * three significant digits, trailing zeros dropped down to the one decimal.
   *
   * @param fraction the rate, such as 0.025 or 0.16812
   * @return such as {@code 2.5%}, {@code 16.8%}, {@code 0.125%}
   */
  static String rate(double fraction) {
    if (!Double.isFinite(fraction)) {
      return special(fraction);
    }
    double p = Math.abs(100 * fraction);
    int decimals = p < 1e-9 || p >= 10 ? 1 : Math.min(9, Math.max(1, 2 - (int) Math.floor(Math.log10(p))));
    String s = percent(fraction, decimals);
    while (decimals > 1 && s.endsWith("0%")) {
      s = s.substring(0, s.length() - 2) + "%";
      decimals--;
    }
    return s;
  }

  /**
   * @param fraction a fraction
   * @param decimals decimals of the percentage
   * @return it as a percentage with exactly that many decimals
   */
  static String percent(double fraction, int decimals) {
    if (!Double.isFinite(fraction)) {
      return special(fraction);
    }
    return noNegativeZero(String.format(Locale.ROOT, "%." + decimals + "f", 100 * fraction)) + "%";
  }

  /**
   * A plain value (a factor, a parameter): up to six significant digits, trailing zeros dropped, no
   * exponent.
   *
   * @param v the value
   * @return such as {@code 0.19375} or {@code 1.15}
   */
  static String plain(double v) {
    if (!Double.isFinite(v)) {
      return special(v);
    }
    if (v == 0) {
      return "0";
    }
    return noNegativeZero(round(v, 6).stripTrailingZeros().toPlainString());
  }

  /**
   * A value of an analysis' parameter, as its kind reads: tariff rates as percentages, everything
   * else (wages, credits, freight rates in the study's money; FX and demand factors) plain.
   *
   * @param parameter the parameter's name, such as {@code tariff[kr-deal].rate}
   * @param v its value
   * @return such as {@code 16.8%} or {@code 2.7}
   */
  static String parameterValue(String parameter, double v) {
    return isRate(parameter) ? rate(v) : plain(v);
  }

  /**
   * A parameter's value with a fixed number of decimals, so that a column of them lines up.
   *
   * @param parameter the parameter's name
   * @param v the value
   * @param decimals decimals of the percentage (rates) or of the value (the rest), from {@link
   *     #gridDecimals} or {@link #intervalDecimals}
   * @return the value for people
   */
  static String parameterValue(String parameter, double v, int decimals) {
    return isRate(parameter) ? percent(v, decimals) : fixed(v, decimals);
  }

  /**
   * The decimals that show every value of a grid: the fewest (at least one for rates) that write its
   * step exactly, else three significant digits of the step.
   *
   * @param parameter the parameter's name
   * @param step the spacing of the grid's values
   * @return decimals for {@link #parameterValue(String, double, int)}
   */
  static int gridDecimals(String parameter, double step) {
    boolean rate = isRate(parameter);
    int min = rate ? 1 : 0;
    double s = Math.abs(rate ? 100 * step : step);
    if (!(s > 0) || !Double.isFinite(s)) {
      return min;
    }
    int threeSignificant = Math.max(min, Math.min(12, 2 - (int) Math.floor(Math.log10(s))));
    for (int d = min; d < threeSignificant; d++) {
      double scale = Math.pow(10, d);
      if (Math.abs(Math.round(s * scale) / scale - s) <= 1e-9 * s) {
        return d;
      }
    }
    return threeSignificant;
  }

  /**
   * The decimals that tell the two ends of an interval apart: two significant digits of its width
   * (at least one for rates).
   *
   * @param parameter the parameter's name
   * @param width the interval's width
   * @return decimals for {@link #parameterValue(String, double, int)}
   */
  static int intervalDecimals(String parameter, double width) {
    boolean rate = isRate(parameter);
    int min = rate ? 1 : 0;
    double w = Math.abs(rate ? 100 * width : width);
    if (!(w > 0) || !Double.isFinite(w)) {
      return min;
    }
    return Math.max(min, Math.min(12, 1 - (int) Math.floor(Math.log10(w))));
  }

  /**
   * @param parameter a parameter's name
   * @return whether its values are rates (tariffs), shown as percentages
   */
  static boolean isRate(String parameter) {
    return parameter.startsWith("tariff[") && parameter.endsWith("].rate");
  }

  /**
   * A duration: tenths of a second under 10 s, whole seconds under a minute, then minutes and
   * seconds, then hours and minutes.
   *
   * @param nanos nanoseconds
   * @return such as {@code 3.1 s}, {@code 42 s}, {@code 2 min 05 s}, {@code 1 h 02 min}
   */
  static String duration(long nanos) {
    double s = Math.max(0, nanos) / 1e9;
    if (s < 9.95) {
      return String.format(Locale.ROOT, "%.1f s", s);
    }
    long whole = Math.round(s);
    if (whole < 60) {
      return whole + " s";
    }
    if (whole < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
    }
    long minutes = Math.round(s / 60);
    return String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
  }

  /**
   * A solver's relative gap, as the solver reports it: {@code |incumbent - bound| / max(1,
   * |incumbent|)}.
   *
   * @param incumbent the best objective found
   * @param bound the best bound proven
   * @return the gap, NaN if either is missing
   */
  static double gap(double incumbent, double bound) {
    if (!Double.isFinite(incumbent) || !Double.isFinite(bound)) {
      return Double.NaN;
    }
    return Math.abs(incumbent - bound) / Math.max(1, Math.abs(incumbent));
  }

  /**
   * @param gap a relative gap
   * @return it as a percentage with one decimal, {@code <0.1%} for a positive gap below that
   */
  static String gapText(double gap) {
    if (!Double.isFinite(gap)) {
      return NONE;
    }
    return gap > 0 && gap < 0.0005 ? "<0.1%" : percent(gap, 1);
  }

  private static BigDecimal round(double v, int significant) {
    return new BigDecimal(v).round(new MathContext(significant, RoundingMode.HALF_EVEN));
  }

  private static String fixed(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return special(v);
    }
    return noNegativeZero(String.format(Locale.ROOT, "%,." + decimals + "f", v));
  }

  private static String special(double v) {
    return Double.isNaN(v) ? NONE : v > 0 ? "∞" : "-∞";
  }

  private static String noNegativeZero(String s) {
    return s.matches("-0(\\.0*)?%?") ? s.substring(1) : s;
  }
}
