package dev.footprint.analysis;

import dev.footprint.model.Network;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.math3.distribution.RealDistribution;

/**
 * One uncertain input of a Monte Carlo run: given a uniform draw in (0, 1), it changes the network.
 * Draws by inverse CDF keep each sample a function of its own random numbers alone, so a run gives
 * the same answer on any number of threads.
 */
public interface Uncertainty {

  /** @return a short name */
  String name();

  /**
   * @param network the network so far
   * @param u a uniform draw in (0, 1)
   * @return the network with this input drawn
   */
  Network apply(Network network, double u);

  /**
   * A continuous parameter drawn from a distribution of Apache Commons Math (normal, log-normal,
   * triangular, uniform, ...).
   *
   * @param parameter the parameter
   * @param distribution its distribution
   * @return the uncertainty
   */
  static Uncertainty of(Parameter parameter, RealDistribution distribution) {
    AnalysisLimits.require(parameter, "parameter");
    AnalysisLimits.require(distribution, "distribution");
    return new Uncertainty() {
      @Override
      public String name() {
        return parameter.name();
      }

      @Override
      public Network apply(Network network, double u) {
        return parameter.at(network, distribution.inverseCumulativeProbability(u));
      }
    };
  }

  /**
   * Discrete scenarios, such as tariff regimes, each with its probability.
   *
   * @param name a short name
   * @param regimes the scenarios, each a change of the network
   * @return the uncertainty
   * @throws IllegalArgumentException if the probabilities are not in [0, 1] or do not add up to 1
   */
  static Uncertainty regimes(String name, List<Regime> regimes) {
    AnalysisLimits.require(name, "uncertainty.name");
    List<Regime> copy = List.copyOf(AnalysisLimits.requireAll(regimes, "uncertainty '" + name + "': regimes"));
    if (copy.isEmpty()) {
      throw new dev.footprint.model.InvalidModelException("uncertainty '" + name + "': regimes", "[]",
          "at least one regime is needed");
    }
    double sum = 0;
    for (Regime r : copy) {
      if (!(r.probability() >= 0 && r.probability() <= 1)) {
        throw new IllegalArgumentException("regime '" + r.name() + "': probability = " + r.probability()
            + ": must be in [0, 1]");
      }
      sum += r.probability();
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException(name + ": the regime probabilities add up to " + sum + ", not 1");
    }
    return new Uncertainty() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Network apply(Network network, double u) {
        double cumulative = 0;
        for (Regime r : copy) {
          cumulative += r.probability();
          if (u < cumulative) {
            return r.change().apply(network);
          }
        }
        return copy.get(copy.size() - 1).change().apply(network);
      }
    };
  }

  /**
   * A discrete scenario.
   *
   * @param name its name
   * @param probability its probability
   * @param change how it changes the network
   */
  record Regime(String name, double probability, UnaryOperator<Network> change) {
    /**
     * Validates.
     *
     * @param name its name
     * @param probability its probability
     * @param change how it changes the network
     */
    public Regime {
      AnalysisLimits.require(name, "regime.name");
      AnalysisLimits.require(change, "regime '" + name + "': change");
    }
  }
}
