package dev.footprint.analysis;

import dev.footprint.model.Network;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A numeric parameter of a network that an analysis varies: a name and a way to make the network
 * with the parameter at a given value. {@link Parameters} has the common ones (a tariff rate, a
 * wage, a production credit, a freight rate, demand scaling, an FX factor).
 *
 * @param name a short name for tables and charts, such as {@code tariff[kr-deal].rate}
 * @param apply makes the network with the parameter at a value; must not change the network's shape
 *     (its ids and which lanes exist) if it is to be re-solved in place
 * @param objectiveOnly whether the parameter only moves cost coefficients (never bounds or
 *     constraint coefficients): then the optimal cost is concave in it, which a sweep may use
 */
public record Parameter(String name, BiFunction<Network, Double, Network> apply, boolean objectiveOnly) {

  /**
   * Validates.
   *
   * @param name a short name for tables and charts, such as {@code tariff[kr-deal].rate}
   * @param apply makes the network with the parameter at a value; must not change the network's shape (its ids and which lanes exist) if it is to be re-solved in place
   * @param objectiveOnly whether the parameter only moves cost coefficients (never bounds or constraint coefficients): then the optimal cost is concave in it, which a sweep may use
   */
  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(apply, "apply");
  }

  /**
   * @param base the network
   * @param value the value
   * @return the network with the parameter at that value
   */
  public Network at(Network base, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " = " + value + ": must be finite");
    }
    return apply.apply(base, value);
  }
}
