package dev.footprint.solve;

import dev.footprint.model.Network;
import dev.footprint.solve.internal.BendersEngine;
import dev.footprint.solve.internal.SolveControl;
import java.time.Duration;
import java.util.Optional;

/**
 * A solve by Benders decomposition ({@link SolveOptions#withDecomposition}): {@link BendersEngine}
 * finds the best footprint and a bound; the network is then solved again with that footprint's site
 * statuses fixed, a linear program in effect, so that the allocation is extracted, evaluated and
 * verified exactly as any other solve's. The solution carries the decomposition's status and bound.
 */
final class Decomposed {
  private Decomposed() {}

  /**
   * @param network the network
   * @param options how to solve; {@link SolveOptions#decomposition()} is not {@code OFF}
   * @param control the caller's control of the solve
   * @return the solution, or empty when decomposition is not exact here or (for {@code AUTO}) the
   *     network does not split into blocks: the caller solves the whole model
   */
  static Optional<Solution> solve(Network network, SolveOptions options, SolveControl control) {
    long start = System.nanoTime();
    int minBlocks = options.decomposition() == SolveOptions.Decomposition.AUTO ? 2 : 1;
    Optional<BendersEngine.Run> found = BendersEngine.solve(network, options, options.threads(), minBlocks);
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
    Solution fixed = FootprintSolver.solve(network,
        whole.withFixedSiteStatus(run.footprint()).withTimeLimit(left(options, start)), control);
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
            + run.iterations() + " master solves, " + run.cuts() + " cuts)",
        objective, bound, gap, s.buildMillis(), Math.max(0, millis - s.buildMillis()), s.variables(),
        s.integerVariables(), s.constraints(), s.nonzeros(), false,
        proved ? StopReason.FINISHED : stopOf(options, start), false);
    return Optional.of(new Solution(network, status, stats, fixed.allocation(), fixed.evaluation(),
        fixed.verification().orElse(null), null));
  }

  private static StopReason stopOf(SolveOptions options, long start) {
    return !options.timeLimit().isZero() && System.nanoTime() - start >= options.timeLimit().toNanos()
        ? StopReason.TIME_LIMIT : StopReason.FINISHED;
  }

  /** The time left of the caller's limit, at least a second for the last solve; none without a limit. */
  private static Duration left(SolveOptions options, long start) {
    if (options.timeLimit().isZero()) {
      return Duration.ZERO;
    }
    long left = options.timeLimit().toNanos() - (System.nanoTime() - start);
    return Duration.ofNanos(Math.max(1_000_000_000L, left));
  }
}
