package dev.footprint.cli;

import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options that override the study's solver settings. */
final class SolverOverrides {
  @Option(names = "--backend", paramLabel = "NAME", description = "Solver: ${COMPLETION-CANDIDATES} "
      + "(default: the study's, else HIGHS).")
  Backend backend;

  @Option(names = "--portfolio", paramLabel = "NAME", split = ",", description = "Backends to race against "
      + "the backend, each on a thread of its own; the first proven answer is kept, the others cancelled "
      + "(default: the study's, else none).")
  java.util.List<Backend> portfolio;

  @Option(names = "--decompose", paramLabel = "MODE", description = "Benders decomposition: ${COMPLETION-CANDIDATES}; "
      + "AUTO decomposes where it is exact and the model splits into blocks once its site statuses are fixed "
      + "(default: the study's, else OFF).")
  SolveOptions.Decomposition decompose;

  @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Wall-clock limit of each solve, in "
      + "seconds (default: the study's, else none).")
  Double timeLimit;

  @Option(names = "--gap", paramLabel = "FRACTION", description = "Relative gap at which a solve stops, such as "
      + "0.001 (default: the study's, else 1e-6).")
  Double gap;

  @Option(names = "--solver-threads", paramLabel = "N", description = "Threads of each solve, at least 1 (SCIP: at "
      + "most " + SCIP_MAX_THREADS + "; default: the study's, else 1).")
  Integer threads;

  /** The most threads SCIP takes (its parameter parallel/maxnthreads). */
  static final int SCIP_MAX_THREADS = 64;

  /**
   * @param options the study's options
   * @param json whether standard output holds a JSON document (then the solver may not log to it)
   * @return them with the overrides applied
   */
  SolveOptions apply(SolveOptions options, boolean json) {
    SolveOptions o = options;
    if (backend != null) {
      o = o.withBackend(backend);
    }
    if (portfolio != null) {
      o = o.withPortfolio(portfolio);
    }
    if (decompose != null) {
      o = o.withDecomposition(decompose);
    }
    if (timeLimit != null) {
      if (!(timeLimit >= 0) || timeLimit.isInfinite()) {
        throw new CommandException(ExitCode.INVALID_INPUT, "--time-limit = " + timeLimit
            + ": must be a number of seconds >= 0");
      }
      try {
        o = o.withTimeLimit(Duration.ofNanos(Math.round(timeLimit * 1e9)));
      } catch (IllegalArgumentException e) {
        throw new CommandException(ExitCode.INVALID_INPUT, "--time-limit = " + timeLimit + ": " + reason(e));
      }
    }
    if (gap != null) {
      if (!(gap >= 0 && gap < 1)) {
        throw new CommandException(ExitCode.INVALID_INPUT, "--gap = " + gap + ": must be a fraction >= 0 and < 1, "
            + "such as 0.001");
      }
      try {
        o = o.withRelativeGap(gap);
      } catch (IllegalArgumentException e) {
        throw new CommandException(ExitCode.INVALID_INPUT, "--gap = " + gap + ": " + reason(e));
      }
    }
    if (threads != null) {
      if (threads < 1) {
        throw new CommandException(ExitCode.INVALID_INPUT, "--solver-threads = " + threads + ": must be at least 1");
      }
      try {
        o = o.withThreads(threads);
      } catch (IllegalArgumentException e) {
        throw new CommandException(ExitCode.INVALID_INPUT, "--solver-threads = " + threads + ": " + reason(e)
            + (o.backend() == Backend.SCIP ? " threads\nMaybe use --solver-threads " + SCIP_MAX_THREADS
                + ", or --backend CP_SAT." : ""));
      }
    }
    boolean scip = o.backend() == Backend.SCIP || o.portfolio().contains(Backend.SCIP);
    if (scip && o.threads() > SCIP_MAX_THREADS) {
      throw new CommandException(ExitCode.INVALID_INPUT, (threads != null ? "--solver-threads" : "the study's "
          + "solver threads") + " = " + o.threads() + ": SCIP takes at most " + SCIP_MAX_THREADS + " threads"
          + "\nMaybe use --solver-threads " + SCIP_MAX_THREADS + ", or --backend CP_SAT.");
    }
    return json ? o.withSolverLog(false) : o;
  }

  /** @return what core says is wrong with a value, without its own "field = value: " prefix */
  private static String reason(IllegalArgumentException e) {
    String m = String.valueOf(e.getMessage());
    int colon = m.indexOf(": ");
    return colon >= 0 ? m.substring(colon + 2) : m;
  }
}
