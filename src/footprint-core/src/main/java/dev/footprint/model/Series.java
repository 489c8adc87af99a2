package dev.footprint.model;

import java.util.Arrays;

/**
 * An immutable value per period of the horizon. A series of length one is the same value in every
 * period; any other length must equal the horizon's number of periods (checked by {@link Network}).
 */
public final class Series {
  private final double[] values;

  private Series(double[] values) {
    this.values = values;
  }

  /**
   * @param value the value in every period
   * @return a constant series
   */
  public static Series constant(double value) {
    return new Series(new double[] {value});
  }

  /**
   * @param values one value per period, first period first
   * @return a series with those values
   * @throws InvalidModelException if no value is given
   */
  public static Series of(double... values) {
    if (values == null || values.length == 0) {
      throw new InvalidModelException("series", values == null ? null : "[]", "a series needs at least one value");
    }
    return new Series(values.clone());
  }

  /** @return a zero series */
  public static Series zero() {
    return constant(0);
  }

  /**
   * @param period period index, 0-based
   * @return the value in that period
   */
  public double at(int period) {
    return values.length == 1 ? values[0] : values[period];
  }

  /** @return the number of values given (1 for a constant series) */
  public int length() {
    return values.length;
  }

  /** @return whether this series holds one value for all periods */
  public boolean isConstant() {
    return values.length == 1;
  }

  /** @return a copy of the values as given */
  public double[] values() {
    return values.clone();
  }

  /** @return whether some period has a value {@code > 0} */
  public boolean anyPositive() {
    for (double v : values) {
      if (v > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param factor a multiplier
   * @return this series with every value multiplied by {@code factor}
   */
  public Series times(double factor) {
    double[] out = values.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] *= factor;
    }
    return new Series(out);
  }

  Series checkNonNegative(String field) {
    for (int i = 0; i < values.length; i++) {
      Check.nonNegative(values[i], field + "[" + i + "]");
    }
    return this;
  }

  Series checkRate(double max, String field) {
    for (int i = 0; i < values.length; i++) {
      Check.rate(values[i], max, field + "[" + i + "]");
    }
    return this;
  }

  void checkLength(int periods, String field) {
    if (values.length != 1 && values.length != periods) {
      throw new InvalidModelException(field, this,
          "has " + values.length + " values but the horizon has " + periods + " periods"
              + "\nMaybe give one value (the same in every period) or one per period.");
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Series s && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return values.length == 1 ? Double.toString(values[0]) : Arrays.toString(values);
  }
}
