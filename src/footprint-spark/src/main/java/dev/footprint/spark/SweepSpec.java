package dev.footprint.spark;

import dev.footprint.analysis.AnalysisLimits;
import dev.footprint.analysis.Sweep;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A sweep in the text forms of the command line: every value solved on its own (in parallel, each
 * from scratch), as {@code Sweep.run(solver, network, parameter, values, false)} solves every value.
 *
 * <p>Serializable so that Spark can send it to the executors, which run the same jar: its serial form
 * is no exchange format and is left out of the serialized-form page.
 *
 * @param scenario the scenario swept
 * @param parameter the parameter spec, such as {@code tariff:kr-deal} ({@link dev.footprint.analysis.Specs})
 * @param values the values, in order
 * @serial exclude
 */
public record SweepSpec(String scenario, String parameter, double[] values) implements Serializable {

  /** The most points a sweep takes, as on the command line. */
  public static final int MAX_POINTS = AnalysisLimits.MAX_POINTS;

  /**
   * Validates and copies.
   *
   * @param scenario the scenario swept
   * @param parameter the parameter spec
   * @param values the values, from 1 to {@link #MAX_POINTS}, finite
   */
  public SweepSpec {
    Check.notNull(scenario, "scenario");
    Check.notNull(parameter, "parameter");
    values = Check.notNull(values, "values").clone();
    Check.count(values.length, MAX_POINTS, "values");
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("values[" + i + "] = " + values[i] + ": must be finite");
      }
    }
  }

  /**
   * @param scenario the scenario swept
   * @param parameter the parameter spec
   * @param from first value
   * @param to last value
   * @param points number of values, at least 2
   * @return the sweep over {@link Sweep#grid}
   */
  public static SweepSpec grid(String scenario, String parameter, double from, double to, int points) {
    return new SweepSpec(scenario, parameter, Sweep.grid(from, to, points));
  }

  /**
   * Returns the values swept.
   *
   * @return a copy of the values, in order
   */
  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SweepSpec s && scenario.equals(s.scenario) && parameter.equals(s.parameter)
        && Arrays.equals(values, s.values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * scenario.hashCode() + parameter.hashCode()) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "SweepSpec[scenario=" + scenario + ", parameter=" + parameter + ", values=" + values.length + "]";
  }
}
