package dev.footprint.solve;

import dev.footprint.model.Network;
import dev.footprint.result.VerificationReport;
import dev.footprint.result.Verifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks an answer twice: the solution is verified again on its own (every constraint, and its
 * reported objective against the cost recomputed from its decisions), then the network is solved
 * with a second backend and the two are compared.
 *
 * <p>With {@code z1, z2} the recomputed costs of the two allocations, {@code b1, b2} the bounds the
 * backends proved, {@code g} the relative gap both were asked for, {@code e} the tolerance and
 * {@code scale = max(1, |z1|, |z2|)}, the two <em>disagree</em> when
 * <ul>
 *   <li>a bound lies above the other backend's verified cost: {@code b1 > z2 + e scale} or
 *       {@code b2 > z1 + e scale} (a false proof of optimality);
 *   <li>a backend that claims {@link SolveStatus#OPTIMAL} is beaten by the other beyond the gap:
 *       {@code z1 - z2 > (g + e) scale}, or the reverse;
 *   <li>one reports {@link SolveStatus#INFEASIBLE} (or {@link SolveStatus#UNBOUNDED}) and the other
 *       an allocation, or the first solution fails verification.
 * </ul>
 * They <em>agree</em> when nothing disagrees and the optimum is pinned within the gap: the second
 * backend proved optimality, or its bound shows {@code z1 - b2 <= (g + e) scale}; both infeasible
 * (or both unbounded) also agree. Anything else is inconclusive (the second solve hit a limit).
 *
 * <p>A disagreement is a failure, not a result: {@link Certificate#requirePassed()} throws it.
 */
public final class Certifier {
  /**
   * Default tolerance on top of the gap, relative to {@code max(1, |cost|)}: the order of the
   * backends' primal feasibility tolerances (1e-6), by which a correct solution may undercut the
   * exact optimum.
   */
  public static final double DEFAULT_TOLERANCE = 1e-6;

  private Certifier() {}

  /**
   * Certifies with {@link #DEFAULT_TOLERANCE}.
   *
   * @param network the network solved
   * @param solution its solution, from any backend other than {@code second}
   * @param second the backend to check it with
   * @param options the options the solution was solved with (gap, limits); the second solve uses
   *     them with {@code second} as backend, verification on
   * @return the certificate
   * @throws IllegalArgumentException if an argument is missing, the solution is of another network,
   *     {@code second} is the solution's own backend, or {@code second} cannot solve this model
   */
  public static Certificate certify(Network network, Solution solution, Backend second, SolveOptions options) {
    return certify(network, solution, second, options, DEFAULT_TOLERANCE);
  }

  /**
   * @param network the network solved
   * @param solution its solution, from any backend other than {@code second}
   * @param second the backend to check it with
   * @param options the options the solution was solved with
   * @param tolerance relative tolerance on top of the gap, {@code >= 0}
   * @return the certificate
   * @throws IllegalArgumentException as {@link #certify(Network, Solution, Backend, SolveOptions)},
   *     or for a negative tolerance
   */
  public static Certificate certify(Network network, Solution solution, Backend second, SolveOptions options,
      double tolerance) {
    require(network, "network");
    require(solution, "solution");
    require(second, "second");
    require(options, "options");
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance = " + tolerance + ": must be a finite number >= 0");
    }
    if (!solution.network().equals(network)) {
      throw new IllegalArgumentException("solution: it is the solution of another network than the one given");
    }
    Backend first = solution.stats().backend();
    if (first == second) {
      throw new IllegalArgumentException("second = " + second + ": the solution already comes from " + first
          + "\nMaybe check it with SCIP, HIGHS, CBC or CP_SAT, whichever it was not solved with.");
    }
    List<String> findings = new ArrayList<>();
    double g = options.relativeGap();
    double z1 = Double.NaN;
    if (solution.hasAllocation()) {
      VerificationReport own = Verifier.create(Verifier.DEFAULT_TOLERANCE, !solution.stats().relaxed())
          .verify(solution.allocation(), solution.stats().objective());
      if (!own.passed()) {
        findings.add(first + "'s solution fails verification: " + own);
      }
      z1 = own.recomputedObjective();
    }
    double b1 = solution.stats().bestBound();
    Solution other;
    try {
      other = FootprintSolver.create(options.withBackend(second).withVerify(true)).solve(network);
    } catch (VerificationException e) {
      findings.add(second + "'s solution fails verification: " + e.report());
      return new Certificate(Certificate.Verdict.DISAGREED, first, second, solution.status(), SolveStatus.NO_SOLUTION,
          z1, Double.NaN, b1, Double.NaN, g, tolerance, findings);
    }
    double z2 = other.hasAllocation() ? other.objective() : Double.NaN;
    double b2 = other.stats().bestBound();
    boolean disagree = !findings.isEmpty();
    boolean settled = false;
    SolveStatus s1 = solution.status();
    SolveStatus s2 = other.status();
    if (s1.hasAllocation() && s2.hasAllocation()) {
      double scale = Math.max(1, Math.max(Math.abs(z1), Math.abs(z2)));
      double slack = tolerance * scale;
      double allowed = (g + tolerance) * scale;
      if (b1 > z2 + slack) {
        disagree = true;
        findings.add(first + "'s bound " + num(b1) + " lies above the cost " + num(z2) + " of " + second
            + "'s verified allocation: its proof of optimality is wrong");
      }
      if (b2 > z1 + slack) {
        disagree = true;
        findings.add(second + "'s bound " + num(b2) + " lies above the cost " + num(z1) + " of " + first
            + "'s verified allocation: its proof of optimality is wrong");
      }
      if (s1 == SolveStatus.OPTIMAL && z1 - z2 > allowed) {
        disagree = true;
        findings.add(first + " returned OPTIMAL at " + num(z1) + " but " + second + " found " + num(z2)
            + ", lower by " + num(z1 - z2) + String.format(Locale.ROOT, " (%.3g relative)", (z1 - z2) / scale)
            + ", more than the gap " + g + " allows");
      }
      if (s2 == SolveStatus.OPTIMAL && z2 - z1 > allowed) {
        disagree = true;
        findings.add(second + " returned OPTIMAL at " + num(z2) + " but " + first + "'s solution costs " + num(z1)
            + ", lower by " + num(z2 - z1) + String.format(Locale.ROOT, " (%.3g relative)", (z2 - z1) / scale)
            + ", more than the gap " + g + " allows");
      }
      settled = s2 == SolveStatus.OPTIMAL || !Double.isNaN(b2) && z1 - b2 <= allowed;
      if (!settled && !disagree) {
        findings.add(second + " ended " + s2 + " with bound " + num(b2) + ": it neither confirms nor refutes "
            + num(z1));
      }
    } else if (s1.hasAllocation() || s2.hasAllocation()) {
      boolean otherProves = s1 == SolveStatus.INFEASIBLE || s1 == SolveStatus.UNBOUNDED
          || s2 == SolveStatus.INFEASIBLE || s2 == SolveStatus.UNBOUNDED;
      if (otherProves) {
        disagree = true;
        findings.add((s1.hasAllocation() ? second + " ended " + s2 : first + " ended " + s1) + " but "
            + (s1.hasAllocation() ? first + " ended " + s1 : second + " ended " + s2)
            + " with a verified allocation costing " + num(s1.hasAllocation() ? z1 : z2));
      } else {
        findings.add((s1.hasAllocation() ? second + " ended " + s2 : first + " ended " + s1)
            + " without an allocation: nothing to compare");
      }
    } else if (s1 == s2 && (s1 == SolveStatus.INFEASIBLE || s1 == SolveStatus.UNBOUNDED)) {
      settled = true;
    } else if ((s1 == SolveStatus.INFEASIBLE && s2 == SolveStatus.UNBOUNDED)
        || (s1 == SolveStatus.UNBOUNDED && s2 == SolveStatus.INFEASIBLE)) {
      disagree = true;
      findings.add(first + " ended " + s1 + " but " + second + " ended " + s2);
    } else {
      findings.add(first + " ended " + s1 + " and " + second + " ended " + s2 + ": nothing to compare");
    }
    Certificate.Verdict verdict = disagree ? Certificate.Verdict.DISAGREED
        : settled ? Certificate.Verdict.AGREED : Certificate.Verdict.INCONCLUSIVE;
    return new Certificate(verdict, first, second, s1, s2, z1, z2, b1, b2, g, tolerance, findings);
  }

  /** A cost with up to 9 significant digits and no trailing zeros, as it reads in a finding. */
  static String num(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(9)).stripTrailingZeros().toPlainString();
  }

  private static void require(Object value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " = null: a value is required");
    }
  }
}
