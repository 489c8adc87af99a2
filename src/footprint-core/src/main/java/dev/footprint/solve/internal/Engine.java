package dev.footprint.solve.internal;

import dev.footprint.model.Network;
import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;

/**
 * Builds a network's model in OR-Tools, runs the backend and releases the native memory before it
 * returns. Holds no state between calls, so any number of threads may use it at once.
 */
public final class Engine {
  private Engine() {}

  /**
   * What one run produced.
   *
   * @param formulation the formulation, to read the values back
   * @param raw the backend's answer
   * @param integer whether site decisions were integer
   * @param buildNanos time to build the model
   * @param variables variables
   * @param integerVariables integer variables
   * @param constraints constraints
   * @param nonzeros nonzeros
   * @param backendVersion the backend's name and version
   */
  public record Run(Formulation formulation, RawResult raw, boolean integer, long buildNanos, int variables,
      int integerVariables, int constraints, long nonzeros, String backendVersion) {}

  /**
   * @param network the network
   * @param options solve options
   * @return the run
   * @throws IllegalArgumentException if the backend cannot solve this model with these options
   */
  public static Run solve(Network network, SolveOptions options) {
    return solve(network, options, SolveControl.of(options));
  }

  /**
   * @param network the network
   * @param options solve options
   * @param control cancellation and progress of this solve
   * @return the run
   * @throws IllegalArgumentException if the backend cannot solve this model with these options
   */
  public static Run solve(Network network, SolveOptions options, SolveControl control) {
    return solve(network, options, control, null);
  }

  /**
   * Solves with the single-sourcing choices of an allocation fixed ({@link Formulation#fixSourcing}):
   * with the site statuses fixed too (by the options), the model is a linear program.
   *
   * @param network the network
   * @param options solve options
   * @param sourcing the allocation whose sourcing to keep
   * @return the run
   * @throws IllegalArgumentException if the backend cannot solve this model with these options
   */
  public static Run solveWithSourcingOf(Network network, SolveOptions options, dev.footprint.result.Allocation sourcing) {
    return solve(network, options, SolveControl.of(options), java.util.Objects.requireNonNull(sourcing, "sourcing"));
  }

  private static Run solve(Network network, SolveOptions options, SolveControl control,
      dev.footprint.result.Allocation sourcing) {
    long start = System.nanoTime();
    Formulation f = new Formulation(network, options);
    if (sourcing != null) {
      f.fixSourcing(sourcing);
    }
    boolean integer = !options.relaxIntegrality() && f.hasIntegerDecisions();
    checkBackend(options, integer);
    checkGrid(f, options);
    try (NativeModel model = NativeModel.create(options, integer)) {
      model.scaleObjective(f.objectiveScale()); // the backend's objective only; RawResult comes back unscaled
      f.emit(model, integer, false);
      long build = System.nanoTime() - start;
      int variables = model.variables();
      int integerVariables = model.integerVariables();
      int constraints = model.constraints();
      long nonzeros = model.nonzeros();
      // The model is the run's alone: the backend's thread deletes it after handing over the answer.
      RawResult raw = BackendRunner.run(model, options, integer, control, true);
      return new Run(f, raw, integer, build, variables, integerVariables, constraints, nonzeros,
          BackendRunner.version(options.backend()));
    }
  }

  /** CP-SAT has no continuous variables; refuse data it cannot hold rather than return a wrong answer. */
  static void checkGrid(Formulation f, SolveOptions options) {
    if (options.backend() != Backend.CP_SAT) {
      return;
    }
    String off = f.demandOffGrid(BackendRunner.CP_SAT_SCALING, BackendRunner.CP_SAT_MAX_BOUND);
    if (off != null) {
      throw new IllegalArgumentException(off + ": backend CP_SAT solves shipments on a grid of "
          + 1 / BackendRunner.CP_SAT_SCALING + " unit up to " + BackendRunner.CP_SAT_MAX_BOUND / BackendRunner.CP_SAT_SCALING
          + " units, and this demand is off it"
          + "\nMaybe use SCIP, HiGHS or CBC, or state demand in units this grid holds.");
    }
  }

  /**
   * Solves a model already written into OR-Tools, exactly as {@link #solve} does after building:
   * for the benchmarks, which measure the solve apart from the build. Build the model with {@link
   * #newModel}, its objective scaled by {@link NativeModel#scaleObjective} with {@link
   * Formulation#objectiveScale()}, to take the route {@link #solve} takes.
   *
   * @param model the model
   * @param options solve options (backend, limits, gap, threads, seed)
   * @param integer whether the model has integer decisions
   * @return the backend's answer
   */
  public static RawResult solveBuilt(NativeModel model, SolveOptions options, boolean integer) {
    checkBackend(options, integer);
    return BackendRunner.run(model, options, integer, SolveControl.of(options), false);
  }

  /** @return backend runs still going on after their solve stopped waiting for them */
  public static int detachedBackends() {
    return NativeCall.detached();
  }

  /**
   * @return backend threads not done yet: running (detached or not), or releasing their native
   *     memory after handing over their answer
   */
  public static int busyBackendThreads() {
    return NativeCall.busy();
  }

  /**
   * @param options solve options (the backend decides the model kind)
   * @param integer whether the model will have integer decisions
   * @return an empty native model of the kind {@link #solve} builds for that backend
   */
  public static NativeModel newModel(SolveOptions options, boolean integer) {
    return NativeModel.create(options, integer);
  }

  static void checkBackend(SolveOptions options, boolean integer) {
    Backend b = options.backend();
    if (integer && !b.solvesIntegerModels()) {
      throw new IllegalArgumentException("backend = " + b + ": it solves linear programs only, and this model"
          + " has open/close decisions for its sites (or single-sourcing choices)"
          + "\nMaybe use SCIP, CP_SAT, HIGHS or CBC, set relaxIntegrality to solve the LP relaxation,"
          + " or fix the site decisions with fixedSiteStatus.");
    }
  }

  /**
   * Writes the model with names from domain keys, in MPS or LP format, in the user's units: the
   * objective is not scaled as it is for a backend ({@link Formulation#objectiveScale()}).
   *
   * @param network the network
   * @param options solve options (integrality, fixings, strengthening)
   * @param mps true for free MPS, false for LP format
   * @return the model text
   */
  public static String export(Network network, SolveOptions options, boolean mps) {
    Formulation f = new Formulation(network, options);
    boolean integer = !options.relaxIntegrality() && f.hasIntegerDecisions();
    RecordedModel model = new RecordedModel();
    f.emit(model, integer, true);
    return mps ? ModelText.mps(model, "footprint") : ModelText.lp(model, "footprint");
  }

  /**
   * Writes the model with names from domain keys to a file, streaming (for models too large for
   * one string).
   *
   * @param network the network
   * @param options solve options
   * @param mps true for free MPS, false for LP format
   * @param file where to write
   * @throws java.io.UncheckedIOException if the file cannot be written
   */
  public static void export(Network network, SolveOptions options, boolean mps, java.nio.file.Path file) {
    Formulation f = new Formulation(network, options);
    boolean integer = !options.relaxIntegrality() && f.hasIntegerDecisions();
    RecordedModel model = new RecordedModel();
    f.emit(model, integer, true);
    try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
      if (mps) {
        ModelText.mps(model, "footprint", out);
      } else {
        ModelText.lp(model, "footprint", out);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("could not write the model to " + file, e);
    }
  }

  /**
   * Finds which constraints of an infeasible model conflict, within the options' time limit for all
   * its solves together (see {@link ElasticModel}).
   *
   * @param network the infeasible network
   * @param options the options it was solved with
   * @return a sentence naming the constraints that must give way in domain terms, or null if none
   *     could be found
   */
  public static String diagnoseInfeasibility(Network network, SolveOptions options) {
    return diagnoseInfeasibility(network, options, options.timeLimit());
  }

  /**
   * Finds which constraints of an infeasible model conflict, within a time budget: the caller passes
   * what remains of its own time limit after the solve that found the model infeasible.
   *
   * @param network the infeasible network
   * @param options the options it was solved with
   * @param budget time for all the diagnosis's solves together, {@link java.time.Duration#ZERO} for
   *     no limit
   * @return a sentence naming the constraints that must give way in domain terms, or null if none
   *     could be found
   */
  public static String diagnoseInfeasibility(Network network, SolveOptions options, java.time.Duration budget) {
    return ElasticModel.diagnose(network, options, budget);
  }
}
