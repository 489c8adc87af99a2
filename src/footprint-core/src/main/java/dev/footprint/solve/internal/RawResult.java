package dev.footprint.solve.internal;

import dev.footprint.solve.SolveStatus;
import dev.footprint.solve.StopReason;

/**
 * What a backend returned, before it is read in domain terms. Objective, bound, duals and reduced
 * costs are in the user's units once {@link BackendRunner} has handed it over, whatever objective
 * scale the backend saw ({@link #unscaled}).
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

  /**
   * The answer in the user's units, from a backend that saw the objective times {@code scale} (see
   * {@link NativeModel#scaleObjective}): objective, bound, duals and reduced costs divided by it;
   * the values are the user's already (only the objective was scaled).
   *
   * @param scale the objective scale the backend saw
   * @return this answer in the user's units
   */
  RawResult unscaled(double scale) {
    if (scale == 1) {
      return this;
    }
    return new RawResult(status, backendStatus, values, objective / scale, bestBound / scale, solveNanos,
        divide(duals, scale), divide(reducedCosts, scale), stop, detached);
  }

  private static double[] divide(double[] a, double scale) {
    if (a == null) {
      return null;
    }
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] / scale;
    }
    return out;
  }

  RawResult withStop(StopReason reason, boolean isDetached, long nanos) {
    return new RawResult(status, backendStatus, values, objective, bestBound, nanos, duals, reducedCosts, reason,
        isDetached);
  }
}
