package dev.footprint.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers as the library's text for people shows them ({@link Evaluation#describe()} and the
 * analyses' tables and reports): money with thousands separators and a sensible number of digits,
 * shares as percentages, counts as whole numbers. Text is for reading; the exact values stay in the
 * records and methods that return them.
 */
public final class Figures {
  /** What a number that does not exist (no plan, no sample) shows as. */
  public static final String NONE = "-";

  /** Amounts within this share of the largest amount they are shown with are written as 0. */
  private static final double NOISE = 1e-9;

  private Figures() {}

  /**
   * Money: whole units with separators from 1,000 up ({@code 672,896,340}), otherwise at most four
   * significant digits ({@code 45.91}, {@code 292.6}, {@code 480}, {@code 0.0132}), trailing zeros
   * dropped; amounts within 1e-9 of zero are {@code 0}.
   *
   * @param amount an amount
   * @return it for people; {@value #NONE} for NaN
   */
  public static String money(double amount) {
    return money(amount, 1);
  }

  /**
   * Money shown beside other amounts: as {@link #money(double)}, and an amount within 1e-9 of the
   * largest amount shown with it (computing noise, such as the difference of two equal costs solved
   * apart) is {@code 0}.
   *
   * @param amount an amount
   * @param magnitude the largest absolute amount it is shown with
   * @return it for people; {@value #NONE} for NaN
   */
  public static String money(double amount, double magnitude) {
    if (!Double.isFinite(amount)) {
      return special(amount);
    }
    double a = Math.abs(amount);
    double scale = Double.isFinite(magnitude) ? Math.max(1, Math.abs(magnitude)) : 1;
    if (a < NOISE * scale) {
      return "0";
    }
    if (a >= 999.5) {
      return noNegativeZero(String.format(Locale.ROOT, "%,.0f", amount));
    }
    BigDecimal rounded = new BigDecimal(amount).round(new java.math.MathContext(4, RoundingMode.HALF_UP));
    BigDecimal plain = rounded.stripTrailingZeros();
    if (plain.scale() < 0) {
      plain = plain.setScale(0, RoundingMode.UNNECESSARY);
    }
    return noNegativeZero(plain.toPlainString());
  }

  /**
   * A count or another whole quantity (jobs, samples), rounded, with separators.
   *
   * @param value the quantity
   * @return such as {@code 134,756}; {@value #NONE} for NaN
   */
  public static String whole(double value) {
    if (!Double.isFinite(value)) {
      return special(value);
    }
    return noNegativeZero(String.format(Locale.ROOT, "%,.0f", value));
  }

  /**
   * A share of a whole (or a probability), as a percentage with one decimal.
   *
   * @param fraction the share, such as 0.25
   * @return such as {@code 25.0%}; {@value #NONE} for NaN
   */
  public static String share(double fraction) {
    if (!Double.isFinite(fraction)) {
      return special(fraction);
    }
    return noNegativeZero(String.format(Locale.ROOT, "%.1f", 100 * fraction)) + "%";
  }

  private static String special(double v) {
    return Double.isNaN(v) ? NONE : v > 0 ? "\u221e" : "-\u221e";
  }

  private static String noNegativeZero(String s) {
    return s.matches("-0(\\.0*)?") ? s.substring(1) : s;
  }
}
