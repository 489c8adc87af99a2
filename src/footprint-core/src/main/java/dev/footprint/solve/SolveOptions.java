package dev.footprint.solve;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to solve: backend, limits, threads, seed, and what to do with the answer. Immutable; the
 * {@code with*} methods return changed copies.
 *
 * @param backend the solver (default {@link Backend#HIGHS}: see {@link #DEFAULT})
 * @param timeLimit wall-clock limit of the solve, or {@link Duration#ZERO} for none
 * @param relativeGap stop when (cost - bound) / |cost| is at most this (default 1e-6)
 * @param threads solver threads (default 1, for reproducible runs)
 * @param seed random seed passed to the solver (default 0)
 * @param verify whether to verify every solution and refuse one that fails (default true)
 * @param relaxIntegrality solve the LP relaxation: site decisions may take fractional values
 * @param strengthenLinking add {@code ship <= demand * active} where it cuts the relaxation
 * @param fixedSiteStatus site id to its active flag per period, fixing those decisions
 * @param solverLog whether to pass the solve's log lines to the listener ({@link SolveListener#log},
 *     standard error by default); never to standard output
 * @param progress who hears the solve's progress and log (default {@link SolveListener#NONE})
 * @param portfolio backends raced against {@code backend} on threads of their own, the first proven
 *     answer kept and the others cancelled (default none; see {@link #withPortfolio})
 * @param decomposition whether to solve by Benders decomposition (default {@link Decomposition#OFF};
 *     see {@link #withDecomposition})
 */
public record SolveOptions(Backend backend, Duration timeLimit, double relativeGap, int threads, int seed,
    boolean verify, boolean relaxIntegrality, boolean strengthenLinking,
    Map<String, List<Boolean>> fixedSiteStatus, boolean solverLog, SolveListener progress,
    List<Backend> portfolio, Decomposition decomposition) {

  /**
   * Whether a mixed-integer model is solved whole or by Benders decomposition ({@link
   * #withDecomposition}).
   */
  public enum Decomposition {
    /** One model, solved whole by the backend (the default). */
    OFF,
    /**
     * Benders decomposition where it is exact, the model falls into two or more blocks once its site
     * statuses are fixed and at least 100 site statuses are free (a smaller model is solved whole
     * faster, measured); the whole model otherwise.
     */
    AUTO,
    /** Benders decomposition where it is exact; the whole model otherwise. */
    BENDERS
  }

  /** The most threads SCIP takes (its {@code parallel/maxnthreads} range). */
  public static final int MAX_SCIP_THREADS = 64;
  /** The most threads any other backend is given. */
  public static final int MAX_THREADS = 1024;
  /** The longest time limit: a year (use {@link Duration#ZERO} for none). */
  public static final Duration MAX_TIME_LIMIT = Duration.ofDays(365);

  /**
   * The defaults: HiGHS, no time limit, gap 1e-6, one thread, seed 0, verified. HiGHS is the default
   * by measurement: on the flagship, the generated sizes and facility-location instances it solved
   * 2 to 5 times faster than SCIP, and at size M it held the better incumbent at a limit
   * (benchmarks/RESULTS.md, backend choice); CBC was as fast on small models but cannot return an
   * incumbent at a time limit and overruns limits on large ones.
   */
  public static final SolveOptions DEFAULT =
      new SolveOptions(Backend.HIGHS, Duration.ZERO, 1e-6, 1, 0, true, false, true, Map.of(), false);

  /**
   * Validates and copies.
   *
   * @param backend the solver (default {@link Backend#HIGHS}: see {@link #DEFAULT})
   * @param timeLimit wall-clock limit of the solve, or {@link Duration#ZERO} for none
   * @param relativeGap stop when (cost - bound) / |cost| is at most this (default 1e-6)
   * @param threads solver threads (default 1, for reproducible runs)
   * @param seed random seed passed to the solver (default 0)
   * @param verify whether to verify every solution and refuse one that fails (default true)
   * @param relaxIntegrality solve the LP relaxation: site decisions may take fractional values
   * @param strengthenLinking add {@code ship <= demand * active} where it cuts the relaxation
   * @param fixedSiteStatus site id to its active flag per period, fixing those decisions
   * @param solverLog whether to pass the solve's log lines to the listener
   * @param progress who hears the solve's progress and log
   * @param portfolio backends raced against {@code backend}
   * @param decomposition whether to solve by Benders decomposition
   * @throws IllegalArgumentException naming the field and its value, for a negative or over-long
   *     time limit, a gap outside [0, 1) or NaN, a thread count below 1 or above what the backend
   *     takes ({@value #MAX_SCIP_THREADS} for SCIP, {@value #MAX_THREADS} otherwise), a negative seed
   */
  public SolveOptions {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(timeLimit, "timeLimit");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(decomposition, "decomposition");
    for (int i = 0; i < portfolio.size(); i++) {
      Objects.requireNonNull(portfolio.get(i), "portfolio[" + i + "]");
    }
    portfolio = List.copyOf(portfolio);
    if (timeLimit.isNegative()) {
      throw new IllegalArgumentException("timeLimit = " + timeLimit + ": must not be negative");
    }
    if (timeLimit.compareTo(MAX_TIME_LIMIT) > 0) {
      throw new IllegalArgumentException("timeLimit = " + timeLimit + ": must be at most " + MAX_TIME_LIMIT
          + " (Duration.ZERO for no limit)");
    }
    if (!(relativeGap >= 0 && relativeGap < 1)) {
      throw new IllegalArgumentException("relativeGap = " + relativeGap + ": must be in [0, 1)");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads = " + threads + ": must be at least 1");
    }
    if (backend == Backend.SCIP && threads > MAX_SCIP_THREADS) {
      throw new IllegalArgumentException("threads = " + threads + ": SCIP takes at most " + MAX_SCIP_THREADS);
    }
    if (threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads = " + threads + ": must be at most " + MAX_THREADS);
    }
    if (seed < 0) {
      throw new IllegalArgumentException("seed = " + seed + ": must be at least 0 (SCIP, HiGHS and Glop take no"
          + " negative seed)");
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

  /**
   * Validates and copies, without decomposition (the form of earlier releases).
   *
   * @param backend the solver
   * @param timeLimit wall-clock limit of the solve, or {@link Duration#ZERO} for none
   * @param relativeGap the relative gap
   * @param threads solver threads
   * @param seed random seed
   * @param verify whether to verify every solution
   * @param relaxIntegrality solve the LP relaxation
   * @param strengthenLinking add the strengthening linking rows
   * @param fixedSiteStatus site id to its active flag per period
   * @param solverLog whether to pass the solve's log lines to the listener
   * @param progress who hears the solve's progress and log
   * @param portfolio backends raced against {@code backend}
   * @throws IllegalArgumentException as the canonical constructor
   */
  public SolveOptions(Backend backend, Duration timeLimit, double relativeGap, int threads, int seed, boolean verify,
      boolean relaxIntegrality, boolean strengthenLinking, Map<String, List<Boolean>> fixedSiteStatus,
      boolean solverLog, SolveListener progress, List<Backend> portfolio) {
    this(backend, timeLimit, relativeGap, threads, seed, verify, relaxIntegrality, strengthenLinking,
        fixedSiteStatus, solverLog, progress, portfolio, Decomposition.OFF);
  }

  /**
   * Validates and copies, without a portfolio (the form of earlier releases).
   *
   * @param backend the solver
   * @param timeLimit wall-clock limit of the solve, or {@link Duration#ZERO} for none
   * @param relativeGap the relative gap
   * @param threads solver threads
   * @param seed random seed
   * @param verify whether to verify every solution
   * @param relaxIntegrality solve the LP relaxation
   * @param strengthenLinking add the strengthening linking rows
   * @param fixedSiteStatus site id to its active flag per period
   * @param solverLog whether to pass the solve's log lines to the listener
   * @param progress who hears the solve's progress and log
   * @throws IllegalArgumentException as the canonical constructor
   */
  public SolveOptions(Backend backend, Duration timeLimit, double relativeGap, int threads, int seed, boolean verify,
      boolean relaxIntegrality, boolean strengthenLinking, Map<String, List<Boolean>> fixedSiteStatus,
      boolean solverLog, SolveListener progress) {
    this(backend, timeLimit, relativeGap, threads, seed, verify, relaxIntegrality, strengthenLinking,
        fixedSiteStatus, solverLog, progress, List.of());
  }

  /**
   * Validates and copies, without a listener (the form of earlier releases).
   *
   * @param backend the solver
   * @param timeLimit wall-clock limit of the solve, or {@link Duration#ZERO} for none
   * @param relativeGap the relative gap
   * @param threads solver threads
   * @param seed random seed
   * @param verify whether to verify every solution
   * @param relaxIntegrality solve the LP relaxation
   * @param strengthenLinking add the strengthening linking rows
   * @param fixedSiteStatus site id to its active flag per period
   * @param solverLog whether to pass the solve's log lines to standard error
   * @throws IllegalArgumentException as the canonical constructor
   */
  public SolveOptions(Backend backend, Duration timeLimit, double relativeGap, int threads, int seed, boolean verify,
      boolean relaxIntegrality, boolean strengthenLinking, Map<String, List<Boolean>> fixedSiteStatus,
      boolean solverLog) {
    this(backend, timeLimit, relativeGap, threads, seed, verify, relaxIntegrality, strengthenLinking,
        fixedSiteStatus, solverLog, SolveListener.NONE);
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
        strengthenLinking, fixedSiteStatus, solverLog, progress, portfolio, decomposition);
  }

  /**
   * @param value the time limit, zero for none
   * @return a copy with it
   */
  public SolveOptions withTimeLimit(Duration value) {
    return new SolveOptions(backend, value, relativeGap, threads, seed, verify, relaxIntegrality,
        strengthenLinking, fixedSiteStatus, solverLog, progress, portfolio, decomposition);
  }

  /**
   * @param value the relative gap
   * @return a copy with it
   */
  public SolveOptions withRelativeGap(double value) {
    return new SolveOptions(backend, timeLimit, value, threads, seed, verify, relaxIntegrality,
        strengthenLinking, fixedSiteStatus, solverLog, progress, portfolio, decomposition);
  }

  /**
   * @param value the thread count
   * @return a copy with it
   */
  public SolveOptions withThreads(int value) {
    return new SolveOptions(backend, timeLimit, relativeGap, value, seed, verify, relaxIntegrality,
        strengthenLinking, fixedSiteStatus, solverLog, progress, portfolio, decomposition);
  }

  /**
   * @param value the seed
   * @return a copy with it
   */
  public SolveOptions withSeed(int value) {
    return new SolveOptions(backend, timeLimit, relativeGap, threads, value, verify, relaxIntegrality,
        strengthenLinking, fixedSiteStatus, solverLog, progress, portfolio, decomposition);
  }

  /**
   * @param value whether to verify
   * @return a copy with it
   */
  public SolveOptions withVerify(boolean value) {
    return new SolveOptions(backend, timeLimit, relativeGap, threads, seed, value, relaxIntegrality,
        strengthenLinking, fixedSiteStatus, solverLog, progress, portfolio, decomposition);
  }

  /**
   * @param value whether to solve the LP relaxation
   * @return a copy with it
   */
  public SolveOptions withRelaxIntegrality(boolean value) {
    return new SolveOptions(backend, timeLimit, relativeGap, threads, seed, verify, value,
        strengthenLinking, fixedSiteStatus, solverLog, progress, portfolio, decomposition);
  }

  /**
   * @param value whether to add the strengthening linking rows
   * @return a copy with it
   */
  public SolveOptions withStrengthenLinking(boolean value) {
    return new SolveOptions(backend, timeLimit, relativeGap, threads, seed, verify, relaxIntegrality,
        value, fixedSiteStatus, solverLog, progress, portfolio, decomposition);
  }

  /**
   * @param value site id to its active flag per period (one per period of the horizon)
   * @return a copy that fixes those site decisions
   */
  public SolveOptions withFixedSiteStatus(Map<String, List<Boolean>> value) {
    return new SolveOptions(backend, timeLimit, relativeGap, threads, seed, verify, relaxIntegrality,
        strengthenLinking, value, solverLog, progress, portfolio, decomposition);
  }

  /**
   * @param value whether the solver may log
   * @return a copy with it
   */
  public SolveOptions withSolverLog(boolean value) {
    return new SolveOptions(backend, timeLimit, relativeGap, threads, seed, verify, relaxIntegrality,
        strengthenLinking, fixedSiteStatus, value, progress, portfolio, decomposition);
  }

  /**
   * @param value who hears the solve's progress and log lines ({@link SolveListener#NONE} for no one)
   * @return a copy with it
   */
  public SolveOptions withProgress(SolveListener value) {
    return new SolveOptions(backend, timeLimit, relativeGap, threads, seed, verify, relaxIntegrality,
        strengthenLinking, fixedSiteStatus, solverLog, value, portfolio, decomposition);
  }

  /**
   * Races these backends against {@link #backend()}: each solves the same model on a thread of its
   * own with these options, the first proven answer (optimal within the gap, infeasible or
   * unbounded) is kept and the others are cancelled; if none proves its answer before the time
   * limit, the lowest-cost allocation is kept. A backend that refuses the model drops out of the
   * race. Each racer takes {@link #threads()} threads, so a race of two wants two cores. {@link
   * SolverStats#backend()} names the winner. Live models ({@link FootprintSolver#open}) solve with
   * {@link #backend()} alone.
   *
   * @param value the rivals (empty for none); the backend itself and repeats are ignored
   * @return a copy with them
   */
  public SolveOptions withPortfolio(List<Backend> value) {
    return new SolveOptions(backend, timeLimit, relativeGap, threads, seed, verify, relaxIntegrality,
        strengthenLinking, fixedSiteStatus, solverLog, progress, value, decomposition);
  }

  /**
   * Solves a mixed-integer model by Benders decomposition instead of whole: a master problem holds
   * the site statuses, and each block of the model that the statuses alone join (in most networks one
   * per period, or finer) is a linear program of its own, solved on {@link #threads()} threads, whose
   * cuts the master learns. Exact, and used, only where the site statuses are the model's only integer
   * decisions (no free capacity steps or single sourcing), integrality is kept and the backend is
   * HiGHS, SCIP or CBC; otherwise the model is solved whole. In a portfolio, each racer decomposes with
   * its own backend for the master. The footprint the decomposition finds (proved best within {@link
   * #relativeGap()} when the status is OPTIMAL) is solved again with its statuses fixed, so that the
   * allocation is extracted, evaluated and verified as any other; its bound is the decomposition's.
   * Cancelling returns the best footprint found so far; the footprint's own program gets at least a
   * second, so a decomposed solve may overrun {@link #timeLimit()} by that much. The decomposed solve
   * tells {@link #progress()} of no incumbents. A live model ({@link FootprintSolver#open}) with
   * these options decomposes too, each solve carrying the previous one's footprint and cuts. Measured in benchmarks/RESULTS.md ("Decomposition of
   * one network"): on the flagship, which falls into 30 blocks, 3 to 14 times as fast as the whole
   * model; on a model that is one block (a budget joining its periods, or one period), or small, slower,
   * which is why {@link Decomposition#AUTO} decomposes only from two blocks and 100 free statuses.
   *
   * @param value whether and when to decompose
   * @return a copy with it
   */
  public SolveOptions withDecomposition(Decomposition value) {
    return new SolveOptions(backend, timeLimit, relativeGap, threads, seed, verify, relaxIntegrality,
        strengthenLinking, fixedSiteStatus, solverLog, progress, portfolio, value);
  }
}
