package dev.footprint.solve.internal;

import dev.footprint.solve.SolveStatus;

/**
 * What a backend returned, before it is read in domain terms.
 *
 * @param status the status
 * @param backendStatus the backend's own status text
 * @param values variable values by index, or null when there is no solution
 * @param objective objective value, NaN if none
 * @param bestBound best bound, NaN if none
 * @param solveNanos backend time
 * @param duals row duals of a linear program solved by Glop or PDLP, else null
 * @param reducedCosts variable reduced costs of such a linear program, else null
 */
public record RawResult(SolveStatus status, String backendStatus, double[] values, double objective,
    double bestBound, long solveNanos, double[] duals, double[] reducedCosts) {

  RawResult(SolveStatus status, String backendStatus, double[] values, double objective, double bestBound,
      long solveNanos) {
    this(status, backendStatus, values, objective, bestBound, solveNanos, null, null);
  }
}
