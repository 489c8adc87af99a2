package dev.footprint.solve;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to solve: backend, limits, threads, seed, and what to do with the answer. Immutable; the
 * {@code with*} methods return changed copies.
 *
 * @param backend the solver (default {@link Backend#SCIP})
 * @param timeLimit wall-clock limit of the solve, or {@link Duration#ZERO} for none
 * @param relativeGap stop when (cost - bound) / |cost| is at most this (default 1e-6)
 * @param threads solver threads (default 1, for reproducible runs)
 * @param seed random seed passed to the solver (default 0)
 * @param verify whether to verify every solution and refuse one that fails (default true)
 * @param relaxIntegrality solve the LP relaxation: site decisions may take fractional values
 * @param strengthenLinking add {@code ship <= demand * active} where it cuts the relaxation
 * @param fixedSiteStatus site id to its active flag per period, fixing those decisions
 * @param solverLog whether the backend may print its log to standard output
 */
public record SolveOptions(Backend backend, Duration timeLimit, double relativeGap, int threads, int seed,
    boolean verify, boolean relaxIntegrality, boolean strengthenLinking,
    Map<String, List<Boolean>> fixedSiteStatus, boolean solverLog) {

  /** The defaults: SCIP, no time limit, gap 1e-6, one thread, seed 0, verified. */
  public static final SolveOptions DEFAULT =
      new SolveOptions(Backend.SCIP, Duration.ZERO, 1e-6, 1, 0, true, false, true, Map.of(), false);

  /**
   * Validates and copies.
   *
   * @param backend the solver (default {@link Backend#SCIP})
   * @param timeLimit wall-clock limit of the solve, or {@link Duration#ZERO} for none
   * @param relativeGap stop when (cost - bound) / |cost| is at most this (default 1e-6)
   * @param threads solver threads (default 1, for reproducible runs)
   * @param seed random seed passed to the solver (default 0)
   * @param verify whether to verify every solution and refuse one that fails (default true)
   * @param relaxIntegrality solve the LP relaxation: site decisions may take fractional values
   * @param strengthenLinking add {@code ship <= demand * active} where it cuts the relaxation
   * @param fixedSiteStatus site id to its active flag per period, fixing those decisions
   * @param solverLog whether the backend may print its log to standard output
   */
  public SolveOptions {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(timeLimit, "timeLimit");
    if (timeLimit.isNegative()) {
      throw new IllegalArgumentException("timeLimit = " + timeLimit + ": must not be negative");
    }
    if (!(relativeGap >= 0 && relativeGap < 1)) {
      throw new IllegalArgumentException("relativeGap = " + relativeGap + ": must be in [0, 1)");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads = " + threads + ": must be at least 1");
    }
    Objects.requireNonNull(fixedSiteStatus, "fixedSiteStatus");
    fixedSiteStatus.forEach((k, v) -> {
      Objects.requireNonNull(k, "fixedSiteStatus key");
      Objects.requireNonNull(v, "fixedSiteStatus['" + k + "']");
    });
    Map<String, List<Boolean>> copy = new java.util.HashMap<>();
    fixedSiteStatus.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    fixedSiteStatus = Map.copyOf(copy);
  }

  /** @return the defaults */
  public static SolveOptions defaults() {
    return DEFAULT;
  }

  /**
   * @param value the backend
   * @return a copy with it
   */
  public SolveOptions withBackend(Backend value) {
    return new SolveOptions(value, timeLimit, relativeGap, threads, seed, verify, relaxIntegrality,
        strengthenLinking, fixedSiteStatus, solverLog);
  }

  /**
   * @param value the time limit, zero for none
   * @return a copy with it
   */
  public SolveOptions withTimeLimit(Duration value) {
    return new SolveOptions(backend, value, relativeGap, threads, seed, verify, relaxIntegrality,
        strengthenLinking, fixedSiteStatus, solverLog);
  }

  /**
   * @param value the relative gap
   * @return a copy with it
   */
  public SolveOptions withRelativeGap(double value) {
    return new SolveOptions(backend, timeLimit, value, threads, seed, verify, relaxIntegrality,
        strengthenLinking, fixedSiteStatus, solverLog);
  }

  /**
   * @param value the thread count
   * @return a copy with it
   */
  public SolveOptions withThreads(int value) {
    return new SolveOptions(backend, timeLimit, relativeGap, value, seed, verify, relaxIntegrality,
        strengthenLinking, fixedSiteStatus, solverLog);
  }

  /**
   * @param value the seed
   * @return a copy with it
   */
  public SolveOptions withSeed(int value) {
    return new SolveOptions(backend, timeLimit, relativeGap, threads, value, verify, relaxIntegrality,
        strengthenLinking, fixedSiteStatus, solverLog);
  }

  /**
   * @param value whether to verify
   * @return a copy with it
   */
  public SolveOptions withVerify(boolean value) {
    return new SolveOptions(backend, timeLimit, relativeGap, threads, seed, value, relaxIntegrality,
        strengthenLinking, fixedSiteStatus, solverLog);
  }

  /**
   * @param value whether to solve the LP relaxation
   * @return a copy with it
   */
  public SolveOptions withRelaxIntegrality(boolean value) {
    return new SolveOptions(backend, timeLimit, relativeGap, threads, seed, verify, value,
        strengthenLinking, fixedSiteStatus, solverLog);
  }

  /**
   * @param value whether to add the strengthening linking rows
   * @return a copy with it
   */
  public SolveOptions withStrengthenLinking(boolean value) {
    return new SolveOptions(backend, timeLimit, relativeGap, threads, seed, verify, relaxIntegrality,
        value, fixedSiteStatus, solverLog);
  }

  /**
   * @param value site id to its active flag per period (one per period of the horizon)
   * @return a copy that fixes those site decisions
   */
  public SolveOptions withFixedSiteStatus(Map<String, List<Boolean>> value) {
    return new SolveOptions(backend, timeLimit, relativeGap, threads, seed, verify, relaxIntegrality,
        strengthenLinking, value, solverLog);
  }

  /**
   * @param value whether the solver may log
   * @return a copy with it
   */
  public SolveOptions withSolverLog(boolean value) {
    return new SolveOptions(backend, timeLimit, relativeGap, threads, seed, verify, relaxIntegrality,
        strengthenLinking, fixedSiteStatus, value);
  }
}
