package dev.footprint.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one validation helper of the domain. Comparisons are written so that NaN fails them
 * ({@code !(v >= 0)}), and every message names the field, the value and where it is.
 */
final class Check {
  private Check() {}

  static String id(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidModelException(field, value, "an id must be a non-blank string");
    }
    if (!value.equals(value.strip())) {
      throw new InvalidModelException(field, value, "an id must not start or end with white space");
    }
    return value;
  }

  static String text(String value, String field) {
    if (value == null) {
      throw new InvalidModelException(field, null, "a value is required");
    }
    return value;
  }

  static <T> T present(T value, String field) {
    if (value == null) {
      throw new InvalidModelException(field, null, "a value is required");
    }
    return value;
  }

  /** A finite number {@code >= 0}, at most {@link Limits#MAX_MAGNITUDE}. */
  static double nonNegative(double value, String field) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new InvalidModelException(field, value, "must be a finite number >= 0");
    }
    return bounded(value, field);
  }

  /** A finite number {@code > 0}, at most {@link Limits#MAX_MAGNITUDE}. */
  static double positive(double value, String field) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new InvalidModelException(field, value, "must be a finite number > 0");
    }
    return bounded(value, field);
  }

  /** A finite number of any sign, at most {@link Limits#MAX_MAGNITUDE} in magnitude. */
  static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new InvalidModelException(field, value, "must be a finite number");
    }
    return bounded(value, field);
  }

  /** A number no larger in magnitude than {@link Limits#MAX_MAGNITUDE}. */
  static double bounded(double value, String field) {
    if (Math.abs(value) > Limits.MAX_MAGNITUDE) {
      throw new InvalidModelException(field, value, "is beyond the largest magnitude a model may hold, "
          + Limits.MAX_MAGNITUDE + " (docs/model.md, Limits)"
          + "\nMaybe state the figures in larger units: thousands or millions of the currency, thousands of units.");
    }
    return value;
  }

  /** The ids of a varargs array: none null or blank; duplicates collapse. */
  static Set<String> idArray(String[] values, String field) {
    present(values, field);
    Set<String> out = new HashSet<>();
    for (int i = 0; i < values.length; i++) {
      out.add(id(values[i], field + "[" + i + "]"));
    }
    return Set.copyOf(out);
  }

  /** A rate given as a fraction in [0, max]; a value that looks like a percentage gets a hint. */
  static double rate(double value, double max, String field) {
    if (!(value >= 0) || !(value <= max)) {
      String hint = value > 1 && value <= 100 * max
          ? "\nMaybe it was written as a percentage: rates are fractions, 0.25 for 25%."
          : "";
      throw new InvalidModelException(field, value, "must be a fraction in [0, " + max + "]" + hint);
    }
    return value;
  }

  static <T> List<T> list(List<T> values, String field) {
    present(values, field);
    for (int i = 0; i < values.size(); i++) {
      present(values.get(i), field + "[" + i + "]");
    }
    return List.copyOf(values);
  }

  static Set<String> ids(Collection<String> values, String field) {
    present(values, field);
    Set<String> seen = new HashSet<>();
    for (String v : values) {
      id(v, field + "[]");
      seen.add(v);
    }
    return Set.copyOf(seen);
  }

  /** A key to look up by: present, so that a lookup never fails on null. */
  static String key(String value, String field) {
    if (value == null) {
      throw new InvalidModelException(field, null, "an id is required");
    }
    return value;
  }

  static Map<String, Double> nonNegativeById(Map<String, Double> values, String field) {
    present(values, field);
    for (Map.Entry<String, Double> e : values.entrySet()) {
      id(e.getKey(), field + " key");
      String where = field + "['" + e.getKey() + "']";
      nonNegative(Objects.requireNonNullElse(e.getValue(), Double.NaN), where);
    }
    return Map.copyOf(values);
  }
}
