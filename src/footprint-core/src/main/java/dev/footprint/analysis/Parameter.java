package dev.footprint.analysis;

import dev.footprint.model.InvalidModelException;
import dev.footprint.model.Network;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A numeric parameter of a network that an analysis varies: a name and a way to make the network
 * with the parameter at a given value. {@link Parameters} has the common ones (a tariff rate, a
 * wage, a production credit, a freight rate, demand scaling, an FX factor).
 *
 * <p>Two properties let a sweep skip solves ({@link Sweep}): the parameter is <em>objective-only</em>
 * (it never moves a bound or a constraint coefficient, so every value has the same feasible set),
 * and it is <em>linear</em> over the swept range (every cost coefficient it moves is an affine
 * function of it there). Only both together make the optimal cost concave in the parameter, with
 * each allocation's cost a straight line; a cost coefficient such as a tariff under a
 * {@link dev.footprint.model.TariffRule#FLOOR} rule, {@code max(sum of ADD rates, v)}, is not.
 *
 * @param name a short name for tables and charts, such as {@code tariff[kr-deal].rate}
 * @param apply makes the network with the parameter at a value; must not change the network's shape
 *     (its ids and which lanes exist) if it is to be re-solved in place
 * @param objectiveOnly whether the parameter only moves cost coefficients (never bounds or
 *     constraint coefficients)
 * @param linearity whether every cost coefficient it moves is affine in it over a range of values
 */
public record Parameter(String name, BiFunction<Network, Double, Network> apply, boolean objectiveOnly,
    Linearity linearity) {

  /**
   * Whether every cost coefficient a parameter moves is an affine function of the parameter, for a
   * given network and over a range of values.
   */
  @FunctionalInterface
  public interface Linearity {
    /** Every coefficient it moves is affine in it, whatever the network and range. */
    Linearity ALWAYS = (network, from, to) -> Optional.empty();

    /** Not known: a sweep treats it as not linear. */
    Linearity UNKNOWN = (network, from, to) ->
        Optional.of("the parameter does not state that the cost coefficients it moves are linear in it");

    /**
     * @param base the network the parameter is applied to
     * @param from the lowest value
     * @param to the highest value, at least {@code from}
     * @return empty if every cost coefficient the parameter moves is affine in it on
     *     {@code [from, to]}; otherwise a sentence saying where it is not
     */
    Optional<String> whyNot(Network base, double from, double to);
  }

  /**
   * Validates.
   *
   * @param name a short name for tables and charts, such as {@code tariff[kr-deal].rate}
   * @param apply makes the network with the parameter at a value; must not change the network's shape (its ids and which lanes exist) if it is to be re-solved in place
   * @param objectiveOnly whether the parameter only moves cost coefficients (never bounds or constraint coefficients)
   * @param linearity whether every cost coefficient it moves is affine in it over a range of values
   */
  public Parameter {
    if (name == null || name.isBlank()) {
      throw new InvalidModelException("parameter.name", name, "a parameter needs a non-blank name");
    }
    if (apply == null) {
      throw new InvalidModelException("parameter '" + name + "': apply", null, "a value is required");
    }
    if (linearity == null) {
      throw new InvalidModelException("parameter '" + name + "': linearity", null,
          "a value is required\nMaybe use Parameter.Linearity.UNKNOWN.");
    }
  }

  /**
   * A parameter whose linearity is not stated ({@link Linearity#UNKNOWN}): a sweep confirms every
   * point by a solve.
   *
   * @param name a short name for tables and charts
   * @param apply makes the network with the parameter at a value
   * @param objectiveOnly whether the parameter only moves cost coefficients
   */
  public Parameter(String name, BiFunction<Network, Double, Network> apply, boolean objectiveOnly) {
    this(name, apply, objectiveOnly, Linearity.UNKNOWN);
  }

  /**
   * @param base the network
   * @param from the lowest value
   * @param to the highest value
   * @return empty if the parameter is objective-only and every cost coefficient it moves is affine
   *     in it on {@code [from, to]} in {@code base}, so that the optimal cost is concave there;
   *     otherwise why not
   */
  public Optional<String> concaveOn(Network base, double from, double to) {
    if (base == null) {
      throw new InvalidModelException(name + ": network", null, "a network is required");
    }
    if (!objectiveOnly) {
      return Optional.of(name + " moves bounds or constraint coefficients, not only costs");
    }
    return linearity.whyNot(base, from, to);
  }

  /**
   * @param base the network
   * @param value the value
   * @return the network with the parameter at that value
   */
  public Network at(Network base, double value) {
    if (base == null) {
      throw new InvalidModelException(name + ": network", null, "a network is required");
    }
    if (!Double.isFinite(value)) {
      throw new InvalidModelException(name, value, "must be finite");
    }
    return apply.apply(base, value);
  }
}
