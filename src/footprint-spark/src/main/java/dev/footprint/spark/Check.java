package dev.footprint.spark;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/** Argument checks of the specs, with messages that name the argument. */
final class Check {
  private Check() {}

  static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, name);
  }

  static <C extends Collection<?>> C noNulls(C values, String name) {
    notNull(values, name).forEach(v -> notNull(v, name + ": an element"));
    return values;
  }

  static <M extends Map<?, ?>> M noNullEntries(M values, String name) {
    notNull(values, name).forEach((k, v) -> {
      notNull(k, name + ": a key");
      notNull(v, name + "['" + k + "']");
    });
    return values;
  }

  static void count(long value, long max, String name) {
    if (value < 1 || value > max) {
      throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%s = %d: must be from 1 to %,d",
          name, value, max));
    }
  }
}
