package dev.footprint.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis: a domain rounded out to "nice" tick steps (1, 2, 2.5 or 5 times a power of ten) and
 * its mapping onto pixels.
 *
 * @param min the domain's low end, a tick
 * @param max the domain's high end, a tick
 * @param step the distance between ticks
 * @param from the pixel position of {@code min}
 * @param to the pixel position of {@code max} (below {@code from} for a y axis)
 */
public record Axis(double min, double max, double step, double from, double to) {

  /**
   * @param low lowest value to show
   * @param high highest value to show
   * @param ticks about how many ticks, at least 2
   * @param from pixel position of the low end
   * @param to pixel position of the high end
   * @return an axis covering [low, high] with nice ticks
   */
  public static Axis nice(double low, double high, int ticks, double from, double to) {
    if (!Double.isFinite(low) || !Double.isFinite(high)) {
      low = 0;
      high = 1;
    }
    if (low > high) {
      double t = low;
      low = high;
      high = t;
    }
    if (high - low < 1e-12 * Math.max(1, Math.abs(high))) {
      double pad = low == 0 ? 1 : Math.abs(low) * 0.1;
      low -= low == 0 ? 0 : pad;
      high += pad;
    }
    double raw = (high - low) / Math.max(1, ticks - 1);
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = power * 10;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * power >= raw) {
        step = m * power;
        break;
      }
    }
    double min = Math.floor(low / step + 1e-9) * step;
    double max = Math.ceil(high / step - 1e-9) * step;
    return new Axis(min, max, step, from, to);
  }

  /**
   * @param v a value
   * @return its pixel position
   */
  public double map(double v) {
    return from + (v - min) / (max - min) * (to - from);
  }

  /** @return pixels per unit of value, positive */
  public double scale() {
    return Math.abs(to - from) / (max - min);
  }

  /** @return the tick values from min to max */
  public List<Double> ticks() {
    List<Double> out = new ArrayList<>();
    int n = (int) Math.round((max - min) / step);
    for (int i = 0; i <= n; i++) {
      double v = min + i * step;
      out.add(Math.abs(v) < step * 1e-9 ? 0 : v);
    }
    return out;
  }
}
