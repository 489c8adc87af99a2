package dev.footprint.spark;

import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.Parameter;
import dev.footprint.analysis.Specs;
import dev.footprint.analysis.Uncertainty;
import dev.footprint.io.Study;
import dev.footprint.model.Network;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * A Monte Carlo run in the text forms of the command line, so that executors can rebuild it: the
 * uncertain inputs as {@code PARAMETER=DISTRIBUTION} specs ({@link Specs}), the regimes as scenarios
 * of the study with their probabilities. The inputs are built as {@code footprint montecarlo} builds
 * them: the regimes first (a sample picks one scenario by its probability), then each uncertain
 * input in the order given.
 *
 * <p>Serializable so that Spark can send it to the executors, which run the same jar: its serial form
 * is no exchange format and is left out of the serialized-form page.
 *
 * @param scenario the scenario to draw from when there are no regimes
 * @param uncertain the uncertain inputs, such as {@code wage:VN=normal(2.7,0.3)}
 * @param regimes scenario names with their probabilities, in order (empty for none)
 * @param samples how many samples
 * @param seed the run's seed
 * @serial exclude
 */
public record MonteCarloSpec(String scenario, List<String> uncertain, Map<String, Double> regimes, int samples,
    long seed) implements Serializable {

  /**
   * The most samples a run takes, as on the command line: the samples are spread over the cluster, but
   * their figures come back to the driver (about 1 to 2 KB each; the Parquet files hold them too).
   */
  public static final int MAX_SAMPLES = 1_000_000;

  /**
   * Validates and copies.
   *
   * @param scenario the scenario to draw from when there are no regimes
   * @param uncertain the uncertain inputs
   * @param regimes scenario names with their probabilities, in order
   * @param samples how many samples, from 1 to {@link #MAX_SAMPLES}
   * @param seed the run's seed
   */
  public MonteCarloSpec {
    Check.notNull(scenario, "scenario");
    uncertain = List.copyOf(Check.noNulls(uncertain, "uncertain"));
    regimes = new LinkedHashMap<>(Check.noNullEntries(regimes, "regimes"));
    Check.count(samples, MAX_SAMPLES, "samples");
    if (uncertain.isEmpty() && regimes.isEmpty()) {
      throw new IllegalArgumentException("nothing is uncertain: give an uncertain input or regimes");
    }
  }

  /**
   * @param study the study
   * @return the network the inputs are applied to: the first regime's scenario, else the scenario
   */
  public Network base(Study study) {
    return study.scenario(regimes.isEmpty() ? scenario : regimes.keySet().iterator().next());
  }

  /**
   * @param study the study
   * @return the uncertain inputs, in the order each sample draws them
   * @throws IllegalArgumentException if a spec is not understood or names an id the study lacks
   */
  public List<Uncertainty> inputs(Study study) {
    List<Uncertainty> inputs = new ArrayList<>();
    if (!regimes.isEmpty()) {
      List<Uncertainty.Regime> list = new ArrayList<>();
      for (var e : regimes.entrySet()) {
        Network n = study.scenario(e.getKey());
        list.add(new Uncertainty.Regime(e.getKey(), e.getValue(), ignored -> n));
      }
      inputs.add(Uncertainty.regimes("regime", list));
    }
    Network base = base(study);
    for (Input in : parsed()) {
      in.parameter().at(base, in.distribution().getNumericalMean()); // an unknown id fails here, not in a sample
      inputs.add(Uncertainty.of(in.parameter(), in.distribution()));
    }
    return inputs;
  }

  /** An uncertain input: its spec, parameter and distribution. */
  record Input(String spec, Parameter parameter, RealDistribution distribution) {}

  List<Input> parsed() {
    List<Input> out = new ArrayList<>();
    for (String u : uncertain) {
      int eq = u.indexOf('=');
      if (eq <= 0 || eq == u.length() - 1) {
        throw new IllegalArgumentException("uncertain = '" + u + "': not PARAMETER=DISTRIBUTION, such as "
            + "'wage:VN=normal(2.7,0.3)'");
      }
      out.add(new Input(u, Specs.parameter(u.substring(0, eq)), Specs.distribution(u.substring(eq + 1))));
    }
    return out;
  }

  /**
   * What one sample drew: the same numbers as {@link MonteCarlo#draw}, from the sample's own generator
   * seeded by (seed, index), told as values.
   *
   * @param regime the regime picked, or null without regimes
   * @param values per uncertain input, in order, the parameter's value
   */
  record Draw(String regime, List<Double> values) {}

  /**
   * @param inputs the parsed inputs
   * @param index the sample
   * @return what the sample draws
   */
  Draw draw(List<Input> inputs, int index) {
    RandomGenerator rng = new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), index, 0x5f3759df});
    String regime = null;
    if (!regimes.isEmpty()) {
      double u = uniform(rng);
      double cumulative = 0;
      for (var e : regimes.entrySet()) {
        cumulative += e.getValue();
        regime = e.getKey();
        if (u < cumulative) {
          break;
        }
      }
    }
    List<Double> values = new ArrayList<>();
    for (Input in : inputs) {
      values.add(in.distribution().inverseCumulativeProbability(uniform(rng)));
    }
    return new Draw(regime, values);
  }

  private static double uniform(RandomGenerator rng) {
    return Math.min(Math.max(rng.nextDouble(), 1e-12), 1 - 1e-12);
  }
}
