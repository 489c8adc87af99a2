package dev.footprint.analysis;

import dev.footprint.model.InvalidModelException;
import dev.footprint.model.Network;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.LiveModel;
import dev.footprint.solve.Solution;
import java.util.Locale;

/**
 * The value of a parameter at which a decision flips, found by bisection to a stated tolerance. The
 * answer comes with its proof: the solutions just below and just above, one with the decision and
 * one without.
 *
 * <p>Bisection assumes one flip between the ends of the range; with several, it finds one of them.
 * Each point is re-solved in place in one live model.
 *
 * @param parameter the parameter's name
 * @param decision the decision's name
 * @param low the largest value found on the side of the range's low end
 * @param high the smallest value found on the side of the range's high end
 * @param belowHolds whether the decision holds at {@code low}
 * @param below the solution at {@code low}
 * @param above the solution at {@code high}
 * @param solves how many solves it took
 */
public record BreakEven(String parameter, String decision, double low, double high, boolean belowHolds,
    Solution below, Solution above, int solves) {

  /**
   * Validates.
   *
   * @param parameter the parameter's name
   * @param decision the decision's name
   * @param low the largest value found on the side of the range's low end
   * @param high the smallest value found on the side of the range's high end
   * @param belowHolds whether the decision holds at {@code low}
   * @param below the solution at {@code low}
   * @param above the solution at {@code high}
   * @param solves how many solves it took
   */
  public BreakEven {
    AnalysisLimits.require(parameter, "breakEven.parameter");
    AnalysisLimits.require(decision, "breakEven.decision");
    AnalysisLimits.require(below, "breakEven.below");
    AnalysisLimits.require(above, "breakEven.above");
  }

  /** @return the break-even estimate, the middle of the final interval */
  public double value() {
    return (low + high) / 2;
  }

  /**
   * Searches [lo, hi] for the flip.
   *
   * @param solver the solver (its options are used)
   * @param base the network
   * @param parameter the parameter to vary
   * @param decision the decision that flips
   * @param lo low end of the range
   * @param hi high end of the range
   * @param tolerance the width of the final interval, {@code > 0}
   * @return the break-even and its proof pair
   * @throws IllegalArgumentException if the decision is the same at both ends (no flip in range)
   * @throws dev.footprint.model.InvalidModelException before any solve, if an argument is missing,
   *     the range or tolerance is off, the decision names an id the network lacks, or the parameter
   *     cannot take the range's ends
   */
  public static BreakEven find(FootprintSolver solver, Network base, Parameter parameter, Decision decision,
      double lo, double hi, double tolerance) {
    AnalysisLimits.require(solver, "solver");
    AnalysisLimits.require(base, "base");
    AnalysisLimits.require(parameter, "parameter");
    AnalysisLimits.require(decision, "decision");
    if (!(lo < hi) || !(tolerance > 0) || !Double.isFinite(hi - lo)) {
      throw new InvalidModelException("range", "[" + lo + ", " + hi + "] with tolerance " + tolerance,
          "needs finite lo < hi and tolerance > 0");
    }
    if (tolerance < (hi - lo) * Math.pow(2, -AnalysisLimits.MAX_BISECTIONS)) {
      throw new InvalidModelException("tolerance", tolerance, "is below what " + AnalysisLimits.MAX_BISECTIONS
          + " bisections of [" + lo + ", " + hi + "] reach (docs/analyses.md, Limits)");
    }
    decision.check(base);
    Network atLoNetwork = parameter.at(base, lo);
    Network atHiNetwork = parameter.at(base, hi);
    try (LiveModel live = solver.open(atLoNetwork)) {
      Solution atLo = live.solve();
      live.update(atHiNetwork);
      Solution atHi = live.solve();
      int solves = 2;
      boolean loHolds = decision.holds(atLo);
      if (loHolds == decision.holds(atHi)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s: '%s' is %s at both %s = %s and %s: no flip in this range", parameter.name(), decision.name(),
            loHolds, parameter.name(), lo, hi));
      }
      for (int step = 0; hi - lo > tolerance && step < AnalysisLimits.MAX_BISECTIONS; step++) {
        double mid = lo + (hi - lo) / 2;
        if (!(mid > lo && mid < hi)) {
          break; // the interval is down to neighbouring doubles
        }
        live.update(parameter.at(base, mid));
        Solution s = live.solve();
        solves++;
        if (decision.holds(s) == loHolds) {
          lo = mid;
          atLo = s;
        } else {
          hi = mid;
          atHi = s;
        }
      }
      return new BreakEven(parameter.name(), decision.name(), lo, hi, loHolds, atLo, atHi, solves);
    }
  }

  /**
   * What would it take: the smallest per-unit production credit in a country that makes it win a
   * product (make at least {@code share} of it), by break-even search on a new credit program.
   *
   * @param solver the solver
   * @param base the network
   * @param productId the product
   * @param countryId the country
   * @param share the share of the product's units that counts as winning, in (0, 1]
   * @param maxCredit the largest credit per unit to consider, USD
   * @param tolerance the precision wanted, USD per unit
   * @return the break-even; {@link #value()} is the credit that tips the decision
   * @throws IllegalArgumentException if the country already wins without a credit, or does not win
   *     even at {@code maxCredit}
   */
  public static BreakEven creditToWin(FootprintSolver solver, Network base, String productId, String countryId,
      double share, double maxCredit, double tolerance) {
    AnalysisLimits.require(solver, "solver");
    AnalysisLimits.require(base, "base");
    AnalysisLimits.require(productId, "product");
    AnalysisLimits.require(countryId, "country");
    return find(solver, base, Parameters.newProductionCredit(countryId, productId),
        Decision.productMadeIn(productId, countryId, share), 0, maxCredit, tolerance);
  }

  /**
   * @return what flips where: the break-even and the interval it lies in, written to the fewest
   *     decimals that tell the three apart (tariff rates as percentages, money parameters labelled
   *     with the network's money), and the solves it took
   */
  @Override
  public String toString() {
    String[] v = Text.parameterValues(parameter, new double[] {low, value(), high}, 0);
    String unit = Text.parameterUnit(parameter, below.network().money());
    return String.format(Locale.ROOT, "'%s' %s when %s crosses %s%s (between %s and %s, %d %s)", decision,
        belowHolds ? "stops" : "starts", parameter, v[1], unit.isEmpty() ? "" : " " + unit, v[0], v[2], solves,
        solves == 1 ? "solve" : "solves");
  }
}
