package dev.footprint.solve;

import java.util.Locale;

/**
 * Figures of one solve.
 *
 * @param backend the backend used
 * @param backendVersion its name and version
 * @param backendStatus the backend's own status text
 * @param objective objective of the allocation returned, NaN if none
 * @param bestBound best proven lower bound on the objective, NaN if none. HiGHS, through OR-Tools
 *     9.15's model builder, reports its incumbent's value here, so for HiGHS it is a bound only up to
 *     the relative gap asked for (benchmarks/RESULTS.md, Decomposition of one network); a decomposed
 *     solve reports its master's
 * @param relativeGap {@code |objective - bound| / max(1, |objective|)}, NaN if either is missing
 * @param buildMillis time to build the model, ms
 * @param solveMillis time the backend took, ms
 * @param variables number of variables
 * @param integerVariables number of integer variables
 * @param constraints number of constraints
 * @param nonzeros number of nonzero coefficients in the constraints
 * @param relaxed whether integrality was relaxed (an LP relaxation)
 * @param stop why the backend's run ended or the solve stopped waiting for it
 * @param detached whether the solve returned while the backend was still running: HiGHS, CBC and
 *     PDLP cannot be interrupted in OR-Tools 9.15, so at a time limit or a cancellation the solve
 *     takes what it has (HiGHS's last incumbent, or nothing) and the backend's thread releases the
 *     native memory when the backend stops by itself (see {@link FootprintSolver#detachedBackends()})
 */
public record SolverStats(Backend backend, String backendVersion, String backendStatus, double objective,
    double bestBound, double relativeGap, long buildMillis, long solveMillis, int variables,
    int integerVariables, int constraints, long nonzeros, boolean relaxed, StopReason stop, boolean detached) {

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "%s (%s) %s: objective %.6g, bound %.6g, gap %.3g; %d vars (%d integer), %d rows, %d nonzeros; "
            + "build %d ms, solve %d ms%s; stop %s%s",
        backend, backendVersion, backendStatus, objective, bestBound, relativeGap, variables, integerVariables,
        constraints, nonzeros, buildMillis, solveMillis, relaxed ? "; LP relaxation" : "", stop,
        detached ? " (backend still running, detached)" : "");
  }
}
