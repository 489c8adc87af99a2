package dev.footprint.solve;

import dev.footprint.model.Network;
import dev.footprint.result.Allocation;
import dev.footprint.result.Evaluation;
import dev.footprint.result.VerificationReport;
import dev.footprint.result.Verifier;
import dev.footprint.solve.internal.BendersLearnt;
import dev.footprint.solve.internal.Engine;
import dev.footprint.solve.internal.SolveControl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The entry point: solves a {@link Network} and returns a {@link Solution}.
 *
 * <pre>{@code
 * Solution s = FootprintSolver.create().solve(network);
 * if (s.hasAllocation()) {
 *   System.out.println(s.evaluation().describe());
 * }
 * }</pre>
 *
 * <p>Immutable and stateless: one instance may be shared by any number of threads, each solve
 * building its own native model and releasing it before it returns. Every solution with an
 * allocation is checked by the {@link Verifier} unless {@link SolveOptions#verify()} is off; a
 * solution that fails is never returned ({@link VerificationException}).
 *
 * <p><b>Time limits, cancellation, interrupts.</b> The backend runs on a thread of its own while the
 * solving thread waits for it, so that a solve can be stopped: at the time limit, by {@link
 * SolveHandle#cancel()} (for a solve begun with {@link #start}), or by interrupting the thread
 * blocked in {@link #solve}. The backend is then asked to stop and returns its best allocation found
 * so far ({@link SolveStatus#FEASIBLE}, or {@link SolveStatus#NO_SOLUTION} if it has none; {@link
 * SolverStats#stop()} says why it stopped). An interrupted {@code solve} returns that solution with
 * the thread's interrupt flag set again. Backends that OR-Tools 9.15 cannot interrupt (HiGHS, CBC,
 * PDLP) are not waited for beyond the limit or a cancellation: the solve returns what is known
 * (HiGHS's last incumbent) and the backend releases its native memory when it stops by itself
 * ({@link SolverStats#detached()}, {@link #detachedBackends()}). See docs/design.md for each
 * backend's behaviour.
 */
public final class FootprintSolver {
  private final SolveOptions options;

  private FootprintSolver(SolveOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** @return a solver with {@link SolveOptions#DEFAULT} */
  public static FootprintSolver create() {
    return new FootprintSolver(SolveOptions.DEFAULT);
  }

  /**
   * @param options how to solve
   * @return a solver with those options
   */
  public static FootprintSolver create(SolveOptions options) {
    return new FootprintSolver(options);
  }

  /** @return this solver's options */
  public SolveOptions options() {
    return options;
  }

  /**
   * Solves with this solver's options.
   *
   * @param network the network
   * @return the outcome; an infeasible model comes back with status {@link SolveStatus#INFEASIBLE}
   *     and a diagnosis, never with an allocation
   * @throws IllegalArgumentException if the options do not fit the network (an LP-only backend on a
   *     model with site decisions, a fixing naming an unknown site)
   * @throws VerificationException if the backend returns a solution that breaks a constraint
   */
  public Solution solve(Network network) {
    return solve(network, options);
  }

  /**
   * Solves with the given options. If the calling thread is interrupted meanwhile, the solve is
   * cancelled as by {@link SolveHandle#cancel()}: it returns what the backend found ({@link
   * SolverStats#stop()} {@link StopReason#CANCELLED}) and sets the thread's interrupt flag again.
   *
   * @param network the network
   * @param solveOptions how to solve
   * @return the outcome
   * @throws IllegalArgumentException if the options do not fit the network
   * @throws VerificationException if the backend returns a solution that breaks a constraint
   */
  public Solution solve(Network network, SolveOptions solveOptions) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(solveOptions, "options");
    return solve(network, solveOptions, SolveControl.of(solveOptions));
  }

  /**
   * Solves with this solver's options, trying the given footprints first. A solve by decomposition
   * ({@link SolveOptions#withDecomposition}) solves its blocks at each of them before its first
   * integer master: one that suits the network is an upper bound from the start, and its cuts are in
   * the master. A previous answer reused this way saves master solves where the new network's
   * answer is near it ({@link dev.footprint.analysis.MonteCarlo} reuses earlier samples' footprints;
   * measured in benchmarks/RESULTS.md). The answer is the same as without, up to the gap. A solve of
   * the whole model, and a portfolio, ignore them: HiGHS through OR-Tools 9.15 crashes on a hinted
   * model, and SCIP was measured slower with a hint.
   *
   * @param network the network
   * @param footprints footprints to try first: site id to its active flag per period, as {@link
   *     dev.footprint.result.Allocation#footprint()}; one that does not name every site for every
   *     period, or breaks a fixing or a row on site statuses alone, is skipped
   * @return the outcome, as {@link #solve(Network)}
   * @throws IllegalArgumentException if the options do not fit the network
   * @throws VerificationException if the backend returns a solution that breaks a constraint
   */
  public Solution solve(Network network, List<Map<String, List<Boolean>>> footprints) {
    return solve(network, footprints, List.of());
  }

  /**
   * Solves with this solver's options, trying the given footprints first ({@link #solve(Network, List)})
   * and carrying the cuts earlier decomposed solves learnt. A solve by decomposition ({@link
   * SolveOptions#withDecomposition}) learns, block by block, the row duals of its cuts. A later one, of a
   * network whose blocks have the same shape and prices (the same sites, lanes, rows, costs and
   * coefficients; demand, capacity and other bounds and right-hand sides may differ, and so may fixed
   * costs and capex, which its master prices; a change that adds or drops a row changes the shape of its
   * block, which then takes none), prices those duals again with its own numbers and starts
   * its master from the cuts they make: valid by weak duality, and exact where the duals stay optimal.
   * A block whose costs or coefficients changed (a tariff, a wage) takes none: measured, such cuts were
   * weak and slowed the master. The answer is the same as without, up to the gap; {@link
   * SolverStats#backendStatus()} counts the cuts carried. A solve of the whole model, and a portfolio,
   * carry none. Measured in benchmarks/RESULTS.md ("Cuts carried").
   *
   * @param network the network
   * @param footprints footprints to try first, as {@link #solve(Network, List)}
   * @param earlier solutions whose decomposed solves' cuts are carried (a whole solve's carry none);
   *     each decomposed solution keeps at most 16 MB of duals for this, besides a copy of its blocks
   * @return the outcome, as {@link #solve(Network)}
   * @throws IllegalArgumentException if the options do not fit the network
   * @throws VerificationException if the backend returns a solution that breaks a constraint
   */
  public Solution solve(Network network, List<Map<String, List<Boolean>>> footprints, List<Solution> earlier) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(footprints, "footprints");
    Objects.requireNonNull(earlier, "earlier");
    for (int i = 0; i < footprints.size(); i++) {
      Objects.requireNonNull(footprints.get(i), "footprints[" + i + "]");
    }
    List<BendersLearnt> carried = new ArrayList<>();
    for (int i = 0; i < earlier.size(); i++) {
      carried.add(Objects.requireNonNull(earlier.get(i), "earlier[" + i + "]").learnt());
    }
    return solve(network, options, SolveControl.of(options), List.copyOf(footprints), carried);
  }

  static Solution solve(Network network, SolveOptions solveOptions, SolveControl control) {
    return solve(network, solveOptions, control, List.of(), List.of());
  }

  private static Solution solve(Network network, SolveOptions solveOptions, SolveControl control,
      List<Map<String, List<Boolean>>> footprints, List<BendersLearnt> carried) {
    if (!solveOptions.portfolio().isEmpty() && Portfolio.racers(solveOptions).size() > 1) {
      return Portfolio.solve(network, solveOptions, control);
    }
    if (solveOptions.decomposition() != SolveOptions.Decomposition.OFF) {
      Optional<Solution> decomposed = Decomposed.solve(network, solveOptions, control, footprints, carried);
      if (decomposed.isPresent()) {
        return decomposed.get();
      }
    }
    return finish(network, solveOptions, Engine.solve(network, solveOptions, control));
  }

  /**
   * Starts solving on a thread of the library's and returns at once; {@link SolveHandle#cancel()}
   * stops the backend and {@link SolveHandle#get()} returns the best solution found.
   *
   * @param network the network
   * @return the handle of the running solve
   */
  public SolveHandle start(Network network) {
    return start(network, options);
  }

  /**
   * Starts solving with the given options; see {@link #start(Network)}.
   *
   * @param network the network
   * @param solveOptions how to solve
   * @return the handle of the running solve
   */
  public SolveHandle start(Network network, SolveOptions solveOptions) {
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(solveOptions, "options");
    return SolveHandle.start(network, solveOptions);
  }

  /**
   * @return how many backend runs are still going on after their solve returned without waiting
   *     for them (a time limit or cancellation of a backend that cannot be interrupted); each
   *     releases its native memory when its backend stops by itself
   */
  public static int detachedBackends() {
    return Engine.detachedBackends();
  }

  /**
   * Opens a live model of a network, to solve it again and again as its numbers change (sweeps,
   * Monte Carlo): changes of coefficients and bounds are applied in place and each solve starts from
   * the previous solution as a hint (CP-SAT). Close it to release its native memory.
   *
   * @param network the first version of the network
   * @return the live model, using this solver's options
   * @throws IllegalArgumentException if the options do not fit the network
   */
  public LiveModel open(Network network) {
    return new LiveModel(Objects.requireNonNull(network, "network"), this);
  }

  /** Reads a run into a solution: extraction, evaluation, verification, diagnosis. */
  static Solution finish(Network network, SolveOptions solveOptions, Engine.Run run) {
    var raw = run.raw();
    Allocation allocation = null;
    Evaluation evaluation = null;
    VerificationReport report = null;
    String diagnosis = null;
    double objective = Double.NaN;
    if (raw.status().hasAllocation()) {
      allocation = run.formulation().extract(raw.values(), run.integer());
      evaluation = Evaluation.of(allocation);
      // The allocation's quotas are filled best (docs/model.md, reading the answer): its cost is the
      // backend's objective less what a worse fill at a point short of optimal cost.
      objective = raw.objective() + run.formulation().quotaRefillGain(raw.values())
          + run.formulation().laborTightenGain(raw.values()); // jobs lost, likewise (docs/model.md)
      if (solveOptions.verify()) {
        report = Verifier.create(Verifier.DEFAULT_TOLERANCE, run.integer()).verify(allocation, objective);
        if (!report.passed()) {
          throw new VerificationException(solveOptions.backend().toString(), report);
        }
      }
    } else if (raw.status() == SolveStatus.INFEASIBLE) {
      // The diagnosis gets what is left of the caller's time limit, not a limit of its own.
      Duration budget = Duration.ZERO;
      if (!solveOptions.timeLimit().isZero()) {
        long left = solveOptions.timeLimit().toNanos() - run.buildNanos() - raw.solveNanos();
        budget = Duration.ofNanos(Math.max(1_000_000, left));
      }
      diagnosis = Engine.diagnoseInfeasibility(network, solveOptions, budget);
    }
    double bound = raw.bestBound();
    double gap = Double.isNaN(objective) || Double.isNaN(bound) ? Double.NaN
        : Math.abs(objective - bound) / Math.max(1, Math.abs(objective));
    SolverStats stats = new SolverStats(solveOptions.backend(), run.backendVersion(), raw.backendStatus(),
        objective, bound, gap, run.buildNanos() / 1_000_000, raw.solveNanos() / 1_000_000, run.variables(),
        run.integerVariables(), run.constraints(), run.nonzeros(),
        !run.integer() && run.formulation().hasIntegerDecisions(), raw.stop(), raw.detached());
    return new Solution(network, raw.status(), stats, allocation, evaluation, report, diagnosis);
  }

  /**
   * Writes the model of a network in a text format other solvers read, with variables and
   * constraints named from domain keys ({@code ship[cells,KR-Ulsan,US,2026]}).
   *
   * @param network the network
   * @param format the format
   * @return the model text
   */
  public String export(Network network, ModelFormat format) {
    return Engine.export(Objects.requireNonNull(network, "network"), options, format == ModelFormat.MPS);
  }

  /**
   * Writes the model of a network to a file, streaming, for models too large for one string.
   *
   * @param network the network
   * @param format the format
   * @param file where to write it
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public void export(Network network, ModelFormat format, java.nio.file.Path file) {
    Engine.export(Objects.requireNonNull(network, "network"), options, format == ModelFormat.MPS,
        Objects.requireNonNull(file, "file"));
  }
}
