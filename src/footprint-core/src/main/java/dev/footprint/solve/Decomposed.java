package dev.footprint.solve;

import dev.footprint.model.Network;
import dev.footprint.solve.internal.BendersEngine;
import dev.footprint.solve.internal.BendersLearnt;
import dev.footprint.solve.internal.SolveControl;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A solve by Benders decomposition ({@link SolveOptions#withDecomposition}): {@link BendersEngine}
 * finds the best footprint and a bound; the network is then solved again with that footprint's site
 * statuses fixed, a linear program in effect, so that the allocation is extracted, evaluated and
 * verified exactly as any other solve's. The solution carries the decomposition's status and bound.
 */
final class Decomposed {
  /**
   * The fewest free site statuses for which {@link SolveOptions.Decomposition#AUTO} decomposes:
   * measured (benchmarks/RESULTS.md, Decomposition of one network), the flagship's scenarios (407 free
   * statuses, 30 blocks) solved 3 to 14 times as fast decomposed, size S (39, 41 blocks), solved whole
   * at the root in a quarter of a second, 1.7 to 1.8 times as slow.
   */
  static final int AUTO_MIN_FREE_STATUSES = 100;

  private Decomposed() {}

  /**
   * @param network the network
   * @param options how to solve; {@link SolveOptions#decomposition()} is not {@code OFF}
   * @param control the caller's control of the solve
   * @param footprints footprints to try first ({@link FootprintSolver#solve(Network, List)})
   * @param carried what earlier decomposed solves learnt ({@link FootprintSolver#solve(Network, List, List)})
   * @return the solution, or empty when decomposition is not exact here or (for {@code AUTO}) the
   *     network does not split into blocks: the caller solves the whole model
   */
  static Optional<Solution> solve(Network network, SolveOptions options, SolveControl control,
      List<Map<String, List<Boolean>>> footprints, List<BendersLearnt> carried) {
    long start = System.nanoTime();
    boolean auto = options.decomposition() == SolveOptions.Decomposition.AUTO;
    Optional<BendersEngine.Run> found = BendersEngine.solve(network, options, options.threads(), auto ? 2 : 1,
        auto ? AUTO_MIN_FREE_STATUSES : 0, control::isCancelled, footprints, carried);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    BendersEngine.Run run = found.get();
    SolveOptions whole = options.withDecomposition(SolveOptions.Decomposition.OFF);
    if (run.footprint().isEmpty()) {
      // No footprint: proved infeasible, or stopped by the limit. The whole model, with the time that
      // is left, says which, and diagnoses an infeasible one.
      return Optional.of(FootprintSolver.solve(network, whole.withTimeLimit(left(options, start)), control));
    }
    // The footprint's own program is solved even when the solve was cancelled or interrupted: it is
    // a linear program of moments, and it turns the best footprint found into a verified allocation.
    boolean interrupted = Thread.interrupted();
    boolean cancelled = interrupted || control.isCancelled();
    Solution fixed;
    try {
      SolveOptions fixing = whole.withFixedSiteStatus(run.footprint()).withTimeLimit(left(options, start));
      fixed = FootprintSolver.solve(network, fixing, cancelled ? SolveControl.of(fixing) : control);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    if (fixed.status() == SolveStatus.INFEASIBLE) {
      // The backend finds infeasible a footprint Glop solved: numerics disagree. The whole model, with
      // the time that is left, decides.
      return Optional.of(FootprintSolver.solve(network, whole.withTimeLimit(left(options, start)), control));
    }
    if (!fixed.hasAllocation()) {
      // The footprint's own program did not finish within the time left: nothing verified to return.
      return Optional.of(fixed);
    }
    SolverStats s = fixed.stats();
    double objective = fixed.objective();
    double bound = Math.min(run.lowerBound(), objective);
    double gap = Math.abs(objective - bound) / Math.max(1, Math.abs(objective));
    boolean proved = run.status() == SolveStatus.OPTIMAL
        && objective - bound <= options.relativeGap() * Math.max(Math.abs(objective), 1e-9) + 1e-9;
    SolveStatus status = proved ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
    long millis = (System.nanoTime() - start) / 1_000_000;
    SolverStats stats = new SolverStats(s.backend(), s.backendVersion(),
        "Benders " + run.status() + " (" + run.blocks() + " blocks, " + run.relaxedIterations() + " + "
            + run.iterations() + " master solves, " + run.cuts() + " cuts"
            + (run.carriedCuts() > 0 ? " (" + run.carriedCuts() + " carried)" : "")
            + (run.refutedBounds() > 0 ? ", " + run.refutedBounds() + " master bounds refuted" : "") + ")",
        objective, bound, gap, s.buildMillis(), Math.max(0, millis - s.buildMillis()), s.variables(),
        s.integerVariables(), s.constraints(), s.nonzeros(), false,
        proved ? StopReason.FINISHED : cancelled ? StopReason.CANCELLED : stopOf(options, start), false);
    return Optional.of(new Solution(network, status, stats, fixed.allocation(), fixed.evaluation(),
        fixed.verification().orElse(null), null, run.learnt()));
  }

  private static StopReason stopOf(SolveOptions options, long start) {
    return !options.timeLimit().isZero() && System.nanoTime() - start >= options.timeLimit().toNanos()
        ? StopReason.TIME_LIMIT : StopReason.FINISHED;
  }

  /**
   * The time left of the caller's limit, at least a second for the last solve (so that a footprint
   * found just before the limit still becomes a verified allocation: a decomposed solve may overrun
   * its limit by up to a second); none without a limit.
   */
  private static Duration left(SolveOptions options, long start) {
    if (options.timeLimit().isZero()) {
      return Duration.ZERO;
    }
    long left = options.timeLimit().toNanos() - (System.nanoTime() - start);
    return Duration.ofNanos(Math.max(1_000_000_000L, left));
  }
}
