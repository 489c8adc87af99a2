package dev.footprint.analysis;

import dev.footprint.model.InvalidModelException;
import java.util.Collection;
import java.util.Map;

/**
 * The limits of the analyses, checked before anything is solved (docs/analyses.md, "Limits"): a
 * request beyond them is refused by name instead of running for days or exhausting memory.
 */
public final class AnalysisLimits {
  private AnalysisLimits() {}

  /** The most values a sweep or a grid may have, and the most points of a frontier: 100,000. */
  public static final int MAX_POINTS = 100_000;

  /** The most samples of a Monte Carlo run: 100,000. */
  public static final int MAX_SAMPLES = 100_000;

  /** The most worker threads an analysis may start: 256. */
  public static final int MAX_THREADS = 256;

  /** The most bisection steps of a break-even search: 200 (a double halves to its last bit in 1,100). */
  public static final int MAX_BISECTIONS = 200;

  static <T> T require(T value, String field) {
    if (value == null) {
      throw new InvalidModelException(field, null, "a value is required");
    }
    return value;
  }

  static <T extends Collection<?>> T requireAll(T values, String field) {
    require(values, field);
    int i = 0;
    for (Object v : values) {
      require(v, field + "[" + i++ + "]");
    }
    return values;
  }

  static <T extends Map<?, ?>> T requireEntries(T values, String field) {
    require(values, field);
    for (Map.Entry<?, ?> e : values.entrySet()) {
      require(e.getKey(), field + " key");
      require(e.getValue(), field + "['" + e.getKey() + "']");
    }
    return values;
  }

  static int count(int value, int max, String field) {
    if (value < 1 || value > max) {
      throw new InvalidModelException(field, value, "must be between 1 and " + max + " (docs/analyses.md, Limits)");
    }
    return value;
  }
}
