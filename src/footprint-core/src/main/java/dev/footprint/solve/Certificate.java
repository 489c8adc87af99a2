package dev.footprint.solve;

import java.util.List;
import java.util.Locale;

/**
 * What a second backend said about a solution ({@link Certifier}): whether the two agree within the
 * relative gap they were asked for, with the figures to show it.
 *
 * @param verdict agreed, disagreed, or inconclusive (the second backend hit a limit without proving
 *     anything either way)
 * @param first the backend of the solution certified
 * @param second the backend that checked it
 * @param firstStatus the status of the solution certified
 * @param secondStatus the second backend's status
 * @param firstObjective the cost of the certified solution's allocation, recomputed from its
 *     decisions; NaN without one
 * @param secondObjective the cost of the second backend's allocation, recomputed; NaN without one
 * @param firstBound the first backend's best bound, NaN if none
 * @param secondBound the second backend's best bound, NaN if none
 * @param relativeGap the relative gap both solves were asked for
 * @param tolerance the relative tolerance allowed on top of the gap (feasibility tolerances of the
 *     backends)
 * @param findings every disagreement and every check that could not be made, one sentence each;
 *     empty when the two agree
 */
public record Certificate(Verdict verdict, Backend first, Backend second, SolveStatus firstStatus,
    SolveStatus secondStatus, double firstObjective, double secondObjective, double firstBound,
    double secondBound, double relativeGap, double tolerance, List<String> findings) {

  /** The outcome of a certification. */
  public enum Verdict {
    /** Both backends agree within the gap: the same status and costs a proven gap apart. */
    AGREED,
    /** The backends contradict each other beyond the gap: the answer must not be used. */
    DISAGREED,
    /** The second backend proved nothing either way (it hit a limit). */
    INCONCLUSIVE
  }

  /**
   * Copies.
   *
   * @param verdict agreed, disagreed, or inconclusive
   * @param first the backend of the solution certified
   * @param second the backend that checked it
   * @param firstStatus the status of the solution certified
   * @param secondStatus the second backend's status
   * @param firstObjective the cost of the certified solution's allocation, recomputed; NaN without one
   * @param secondObjective the cost of the second backend's allocation, recomputed; NaN without one
   * @param firstBound the first backend's best bound, NaN if none
   * @param secondBound the second backend's best bound, NaN if none
   * @param relativeGap the relative gap both solves were asked for
   * @param tolerance the relative tolerance allowed on top of the gap
   * @param findings every disagreement and every check that could not be made
   */
  public Certificate {
    findings = List.copyOf(findings);
  }

  /** @return whether the second backend confirmed the solution */
  public boolean passed() {
    return verdict == Verdict.AGREED;
  }

  /**
   * @return this certificate
   * @throws IllegalStateException naming both backends and their figures, unless it passed
   */
  public Certificate requirePassed() {
    if (!passed()) {
      throw new IllegalStateException("certification " + verdict + ": " + describe());
    }
    return this;
  }

  /** @return the largest bound either backend proved (NaN if neither did) */
  public double provenLowerBound() {
    if (Double.isNaN(firstBound)) {
      return secondBound;
    }
    return Double.isNaN(secondBound) ? firstBound : Math.max(firstBound, secondBound);
  }

  /** @return one paragraph: both backends with their status, cost and bound, then the findings */
  public String describe() {
    StringBuilder sb = new StringBuilder(verdict + ": " + first + " " + firstStatus + " cost "
        + Certifier.num(firstObjective) + " bound " + Certifier.num(firstBound) + "; " + second + " " + secondStatus
        + " cost " + Certifier.num(secondObjective) + " bound " + Certifier.num(secondBound)
        + String.format(Locale.ROOT, " (gap %.3g, tolerance %.3g)", relativeGap, tolerance));
    for (String f : findings) {
      sb.append("\n  ").append(f);
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
