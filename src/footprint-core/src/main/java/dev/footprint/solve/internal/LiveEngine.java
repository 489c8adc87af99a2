package dev.footprint.solve.internal;

import dev.footprint.model.Network;
import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;

/**
 * A native model kept alive between solves. A new version of the network whose model has the same
 * shape (same variables, rows and nonzero pattern) is applied by changing only the coefficients and
 * bounds that differ; the previous solution is passed to CP-SAT as a hint. A network of another
 * shape rebuilds the native model. Not thread-safe: the public wrapper serializes calls.
 */
public final class LiveEngine implements AutoCloseable {
  private final SolveOptions options;
  private Formulation formulation;
  private RecordedModel recorded;
  private OrToolsModel model;
  private boolean integer;
  private double[] lastValues;
  private long lastBuildNanos;
  private int lastChanges;

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

  private void rebuild(Network network) {
    long start = System.nanoTime();
    Formulation f = new Formulation(network, options);
    boolean isInteger = !options.relaxIntegrality() && f.hasIntegerDecisions();
    Engine.checkBackend(options, isInteger);
    Engine.checkGrid(f, options);
    RecordedModel rec = new RecordedModel();
    f.emit(rec, isInteger, false);
    OrToolsModel fresh = new OrToolsModel();
    try {
      rec.replay(fresh);
    } catch (RuntimeException e) {
      fresh.close();
      throw e;
    }
    if (model != null) {
      model.close();
    }
    model = fresh;
    recorded = rec;
    formulation = f;
    integer = isInteger;
    lastValues = null;
    lastChanges = -1;
    lastBuildNanos = System.nanoTime() - start;
  }

  /**
   * Moves the live model to a new version of the network.
   *
   * @param network the new version
   * @return true if it was applied in place, false if the model was rebuilt
   */
  public boolean update(Network network) {
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
    lastChanges = recorded.pushDifferences(next, model);
    recorded = next;
    formulation = f;
    lastBuildNanos = System.nanoTime() - start;
    return true;
  }

  /** @return the run of solving the live model now, hinted with the previous solution */
  public Engine.Run solve() {
    model.helper.clearHints();
    // The previous solution goes to CP-SAT as a hint. Not to SCIP: measured on the flagship sweep,
    // hinted re-solves took 7% longer than unhinted ones (benchmarks/RESULTS.md). Not to HiGHS: through
    // this route a hinted model crashes it (SIGSEGV in HighsSolveProto, OR-Tools 9.15). The LP
    // backends ignore hints.
    boolean hint = options.backend() == Backend.CP_SAT;
    if (hint && lastValues != null) {
      for (int i = 0; i < lastValues.length; i++) {
        model.helper.addHint(i, lastValues[i]);
      }
    }
    RawResult raw = BackendRunner.run(model, options, integer);
    if (raw.status().hasAllocation()) {
      lastValues = raw.values();
    }
    return new Engine.Run(formulation, raw, integer, lastBuildNanos, model.variables(), model.integerVariables(),
        model.constraints(), recorded.terms, BackendRunner.version(options.backend()));
  }

  /** @return the number of coefficients and bounds the last in-place update changed, -1 after a build */
  public int lastChanges() {
    return lastChanges;
  }

  @Override
  public void close() {
    if (model != null) {
      model.close();
      model = null;
    }
  }
}
