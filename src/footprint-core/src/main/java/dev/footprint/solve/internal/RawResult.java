package dev.footprint.solve.internal;

import dev.footprint.solve.SolveStatus;
import dev.footprint.solve.StopReason;

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
 * @param stop why the run ended
 * @param detached whether the solve stopped waiting while the backend still ran
 */
public record RawResult(SolveStatus status, String backendStatus, double[] values, double objective,
    double bestBound, long solveNanos, double[] duals, double[] reducedCosts, StopReason stop, boolean detached) {

  RawResult(SolveStatus status, String backendStatus, double[] values, double objective, double bestBound,
      long solveNanos, double[] duals, double[] reducedCosts) {
    this(status, backendStatus, values, objective, bestBound, solveNanos, duals, reducedCosts, StopReason.FINISHED,
        false);
  }

  RawResult(SolveStatus status, String backendStatus, double[] values, double objective, double bestBound,
      long solveNanos) {
    this(status, backendStatus, values, objective, bestBound, solveNanos, null, null);
  }

  /** A run that ended with nothing: a stop before any solution. */
  static RawResult none(String backendStatus, long solveNanos) {
    return new RawResult(SolveStatus.NO_SOLUTION, backendStatus, null, Double.NaN, Double.NaN, solveNanos);
  }

  RawResult withStop(StopReason reason, boolean isDetached, long nanos) {
    return new RawResult(status, backendStatus, values, objective, bestBound, nanos, duals, reducedCosts, reason,
        isDetached);
  }
}
