package dev.footprint.solve;

/** Why the backend's run ended, or why the solve stopped waiting for it. */
public enum StopReason {
  /** The backend ended by itself: optimal within the gap, infeasible, unbounded. */
  FINISHED,
  /**
   * The time limit was reached: the backend stopped at its own limit, or the solve stopped waiting
   * for it shortly after (see {@link SolverStats#detached()}).
   */
  TIME_LIMIT,
  /** {@link SolveHandle#cancel()} was called, or the thread blocked in a solve was interrupted. */
  CANCELLED
}
