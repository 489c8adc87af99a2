package dev.footprint.solve;

import dev.footprint.model.Network;
import dev.footprint.solve.internal.LiveEngine;
import dev.footprint.solve.internal.SolveControl;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A model kept in the solver between solves, for sweeps and Monte Carlo runs that solve the same
 * network many times with changed numbers. {@link #update(Network)} applies a changed network in
 * place when its model has the same shape (the same lanes, sites, rows and nonzero pattern; only
 * coefficients and bounds differ) and rebuilds it otherwise; {@link #solve()} passes the previous
 * solution to CP-SAT as a hint (SCIP measured slower with one; HiGHS crashes on one in OR-Tools
 * 9.15). Each solution is verified like {@link FootprintSolver#solve}'s.
 *
 * <p>Where the options ask for decomposition ({@link SolveOptions#withDecomposition}) and it applies,
 * each solve is a decomposed one that tries first the previous solve's footprint and carries its cuts
 * ({@link FootprintSolver#solve(Network, java.util.List, java.util.List)}): a point of a sweep starts
 * from the answer of the point the same live model solved before it. The kept native model then serves
 * only the solves decomposition does not take.
 *
 * <pre>{@code
 * try (LiveModel live = FootprintSolver.create().open(base)) {
 *   for (double rate : rates) {
 *     live.update(withTariff(base, rate));
 *     Solution s = live.solve();
 *   }
 * }
 * }</pre>
 *
 * <p>Holds native memory until {@link #close()}. Its methods are synchronized: threads may share
 * one, but they take turns; for parallel sweeps open one per thread. Time limits, progress and
 * interrupts work as for {@link FootprintSolver#solve}: an interrupt of the thread in {@link
 * #solve()} cancels that solve. SCIP and CBC build their {@code MPSolver} from the kept recording at
 * each solve (their build is well under 1% of their solve).
 */
public final class LiveModel implements AutoCloseable {
  private final SolveOptions options;
  private LiveEngine engine;
  private Network network;
  /** The last decomposed solve's solution, whose footprint and cuts the next decomposed solve reuses. */
  private Solution last;

  LiveModel(Network network, FootprintSolver solver) {
    this.options = solver.options().withPortfolio(java.util.List.of()); // a live model solves with one backend
    this.network = network;
    this.engine = new LiveEngine(network, options);
  }

  /** @return the options every solve of this model uses */
  public SolveOptions options() {
    return options;
  }

  /** @return the version of the network the model holds now */
  public synchronized Network network() {
    return network;
  }

  /**
   * @param next a changed version of the network
   * @return true if applied in place, false if the model had to be rebuilt
   * @throws IllegalStateException if closed
   */
  public synchronized boolean update(Network next) {
    requireOpen();
    boolean inPlace = engine.update(Objects.requireNonNull(next, "network"));
    network = next;
    return inPlace;
  }

  /**
   * @return the solution of the current version
   * @throws IllegalStateException if closed
   * @throws VerificationException if the backend returns a solution that breaks a constraint
   */
  public synchronized Solution solve() {
    requireOpen();
    if (options.decomposition() != SolveOptions.Decomposition.OFF) {
      List<Map<String, List<Boolean>>> footprints = last != null && last.hasAllocation()
          ? List.of(last.allocation().footprint()) : List.of();
      Optional<Solution> decomposed = Decomposed.solve(network, options, SolveControl.of(options), footprints,
          last == null ? List.of() : List.of(last.learnt()));
      if (decomposed.isPresent()) {
        last = decomposed.get();
        return last;
      }
    }
    return FootprintSolver.finish(network, options, engine.solve());
  }

  /** @return how many coefficients and bounds the last in-place update changed, -1 after a rebuild */
  public synchronized int lastChanges() {
    requireOpen();
    return engine.lastChanges();
  }

  private void requireOpen() {
    if (engine == null) {
      throw new IllegalStateException("this live model is closed");
    }
  }

  /** Releases the native model. Idempotent. */
  @Override
  public synchronized void close() {
    if (engine != null) {
      engine.close();
      engine = null;
      last = null;
    }
  }
}
