package dev.footprint.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.io.Decoder.Rule;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Reads numbers: as YAML or JSON numbers, or as text (a table's cells are text) in the usual
 * notation, {@code .nan}, {@code .inf}; and checks them against a {@link Rule} and
 * {@link StudyLimits#MAX_MAGNITUDE}, with a hint for a rate written as a percentage.
 */
final class NumberReader {
  private static final String LARGEST = "1e" + Math.round(Math.log10(StudyLimits.MAX_MAGNITUDE));

  private final Problems problems;

  NumberReader(Problems problems) {
    this.problems = problems;
  }

  /**
   * @param v a value
   * @param at where it is
   * @param rule what it must be
   * @return the number, or null (with a problem) when it is not a number or breaks the rule
   */
  Double checked(JsonNode v, Loc at, Rule rule) {
    Double d = read(v, at, rule);
    if (d == null) {
      return null;
    }
    return check(d, at, rule) ? d : null;
  }

  /**
   * @param v a value
   * @param at where it is
   * @param rule what it must be, for the message when it is not a number
   * @return the number it holds (a number, or text in the usual notation, NaN or infinity), or null
   *     (with a problem)
   */
  Double read(JsonNode v, Loc at, Rule rule) {
    if (v.isNumber()) {
      return v.asDouble();
    }
    if (!v.isTextual()) {
      problems.add(at, "must be " + (rule == Rule.ANY ? "a number" : rule.text) + ", not " + Documents.describe(v));
      return null;
    }
    String s = v.asText().strip();
    if (s.endsWith("%")) {
      String hint = "";
      try {
        hint = "\nMaybe you meant " + asFraction(Double.parseDouble(s.substring(0, s.length() - 1).strip())) + ".";
      } catch (NumberFormatException e) {
        // no hint
      }
      problems.add(at, "'" + s + "' is a percentage: rates are fractions (0.25 for 25%)" + hint);
      return null;
    }
    switch (s.toLowerCase(Locale.ROOT)) {
      case ".nan", "nan" -> {
        return Double.NaN;
      }
      case ".inf", "+.inf", "inf", "infinity" -> {
        return Double.POSITIVE_INFINITY;
      }
      case "-.inf", "-inf", "-infinity" -> {
        return Double.NEGATIVE_INFINITY;
      }
      default -> {
        // a number in the usual notation
      }
    }
    try {
      if (!s.isEmpty() && (Character.isDigit(s.charAt(s.length() - 1)) || s.endsWith("."))) {
        return Double.parseDouble(s.replace("_", ""));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(at, "must be " + (rule == Rule.ANY ? "a number" : rule.text) + ", not '" + s + "'");
    return null;
  }

  private boolean check(double d, Loc at, Rule rule) {
    String shown = at.raw() != null ? at.raw() : Double.toString(d);

    boolean ok = switch (rule) {
      case NON_NEGATIVE -> d >= 0 && d != Double.POSITIVE_INFINITY;
      case POSITIVE -> d > 0 && d != Double.POSITIVE_INFINITY;
      case FRACTION -> d >= 0 && d <= 1;
      case DISCOUNT -> d >= 0 && d < 1;
      case TARIFF_RATE -> d >= 0 && d <= 10 && !(d >= 5 && d == Math.rint(d));
      case ANY -> Double.isFinite(d);
    };
    if (ok && Math.abs(d) > StudyLimits.MAX_MAGNITUDE) {
      problems.add(at, "is " + shown + ", beyond " + LARGEST + ", the largest number a study may hold"
          + " (docs/study-format.md, Limits)\nMaybe state money in millions: money: {currency: USD, unit: millions}.");
      return false;
    }
    if (ok) {
      return true;
    }
    String hint = "";
    if (rule.isRate() && d > 1 && d <= 1000) {
      hint = "\nMaybe it was written as a percentage: you meant " + asFraction(d) + " for " + shown + "%.";
    } else if (Double.isNaN(d)) {
      hint = "\nMaybe a value is missing.";
    }
    problems.add(at, "is " + shown + " but must be " + rule.text + hint);
    return false;
  }

  private static String asFraction(double percent) {
    return new BigDecimal(Double.toString(percent)).movePointLeft(2).stripTrailingZeros().toPlainString();
  }
}
