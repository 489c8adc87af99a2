package dev.footprint.solve.internal;

import dev.footprint.model.Network;
import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;

/**
 * A native model kept alive between solves. A new version of the network whose model has the same
 * shape (same variables, rows and nonzero pattern) is applied by changing only the coefficients and
 * bounds that differ; the previous solution is passed to CP-SAT as a hint. A network of another
 * shape rebuilds the native model. Not thread-safe: the public wrapper serializes calls.
 *
 * <p>SCIP and CBC run on an {@code MPSolver}, built from the recording at each solve (their build
 * is well under 1% of their solve); the other backends keep a model-builder model. A model left to a
 * backend that could not be interrupted (a detached run, see {@link NativeCall}) is never changed
 * under it: the next update or solve replaces it by a fresh copy, and the old one is released when
 * that backend stops.
 *
 * <p>The backend sees the objective scaled as the first build chose ({@link
 * Formulation#objectiveScale()}); in-place updates keep that scale (any positive scale gives the
 * same optimum), a rebuild chooses again.
 */
public final class LiveEngine implements AutoCloseable {
  private final SolveOptions options;
  private Formulation formulation;
  private RecordedModel recorded;
  private OrToolsModel model;
  private boolean integer;
  /** The objective scale of the native model, chosen at the last build and kept by in-place updates. */
  private double scale = 1;
  private double[] lastValues;
  private long lastBuildNanos;
  private int lastChanges;
  private boolean closed;
  private boolean lastDetached;

  /**
   * Builds the native model of a network.
   *
   * @param network the network
   * @param options solve options, fixed for the life of this model
   */
  public LiveEngine(Network network, SolveOptions options) {
    this.options = options;
    rebuild(network);
  }

  private boolean keepsModel() {
    return !NativeModel.usesMpSolver(options.backend());
  }

  private void rebuild(Network network) {
    long start = System.nanoTime();
    Formulation f = new Formulation(network, options);
    boolean isInteger = !options.relaxIntegrality() && f.hasIntegerDecisions();
    Engine.checkBackend(options, isInteger);
    Engine.checkGrid(f, options);
    RecordedModel rec = new RecordedModel();
    f.emit(rec, isInteger, false);
    scale = f.objectiveScale();
    OrToolsModel fresh = keepsModel() ? replay(rec, isInteger) : null;
    if (model != null) {
      model.close();
    }
    model = fresh;
    lastDetached = false;
    recorded = rec;
    formulation = f;
    integer = isInteger;
    lastValues = null;
    lastChanges = -1;
    lastBuildNanos = System.nanoTime() - start;
  }

  private OrToolsModel replay(RecordedModel rec, boolean isInteger) {
    OrToolsModel fresh = new OrToolsModel(isInteger && options.backend() == Backend.HIGHS);
    try {
      fresh.scaleObjective(scale);
      rec.replay(fresh);
    } catch (RuntimeException e) {
      fresh.close();
      throw e;
    }
    return fresh;
  }

  /**
   * Makes the model free to change: waits for the backend thread of the last run to let go of it
   * (it releases native memory after handing over its answer, a matter of milliseconds), or, if that
   * run was detached, replaces it by a fresh copy of the recording.
   */
  private void reclaim() {
    if (model == null || !model.inUse()) {
      return;
    }
    if (!lastDetached) {
      model.awaitIdle();
      return;
    }
    OrToolsModel fresh = replay(recorded, integer);
    model.close(); // released by the detached run when its backend stops
    model = fresh;
    lastDetached = false;
  }

  /**
   * Moves the live model to a new version of the network.
   *
   * @param network the new version
   * @return true if it was applied in place, false if the model was rebuilt
   */
  public boolean update(Network network) {
    requireOpen();
    long start = System.nanoTime();
    Formulation f = new Formulation(network, options);
    boolean isInteger = !options.relaxIntegrality() && f.hasIntegerDecisions();
    Engine.checkGrid(f, options);
    RecordedModel next = new RecordedModel();
    f.emit(next, isInteger, false);
    if (isInteger != integer || !recorded.sameStructure(next)) {
      rebuild(network);
      return false;
    }
    reclaim();
    lastChanges = recorded.pushDifferences(next, model);
    recorded = next;
    formulation = f;
    lastBuildNanos = System.nanoTime() - start;
    return true;
  }

  /** @return the run of solving the live model now, hinted with the previous solution */
  public Engine.Run solve() {
    return solve(SolveControl.of(options));
  }

  /**
   * @param control cancellation and progress of this solve
   * @return the run of solving the live model now, hinted with the previous solution
   */
  public Engine.Run solve(SolveControl control) {
    requireOpen();
    RawResult raw;
    if (keepsModel()) {
      reclaim();
      model.helper.clearHints();
      // The previous solution goes to CP-SAT as a hint. Not to SCIP: measured on the flagship sweep,
      // hinted re-solves took 7% longer than unhinted ones (benchmarks/RESULTS.md). Not to HiGHS: through
      // this route a hinted model crashes it (SIGSEGV in HighsSolveProto, OR-Tools 9.15). The LP
      // backends ignore hints.
      boolean hint = options.backend() == Backend.CP_SAT;
      if (hint && lastValues != null) {
        for (int i = 0; i < lastValues.length; i++) {
          model.helper.addHint(model.nativeIndex(i), lastValues[i]);
        }
      }
      raw = BackendRunner.run(model, options, integer, control, false);
      lastDetached = raw.detached();
    } else {
      try (MpSolverModel mp = new MpSolverModel(options.backend(), integer)) {
        mp.scaleObjective(scale);
        recorded.replay(mp);
        raw = BackendRunner.run(mp, options, integer, control, true);
      }
    }
    if (raw.status().hasAllocation()) {
      lastValues = raw.values();
    }
    return new Engine.Run(formulation, raw, integer, lastBuildNanos, recorded.variables(),
        recorded.integerVariables(), recorded.rows(), recorded.terms, BackendRunner.version(options.backend()));
  }

  /** @return the number of coefficients and bounds the last in-place update changed, -1 after a build */
  public int lastChanges() {
    return lastChanges;
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("this live model is closed");
    }
  }

  @Override
  public void close() {
    closed = true;
    if (model != null) {
      model.close();
      model = null;
    }
  }
}
