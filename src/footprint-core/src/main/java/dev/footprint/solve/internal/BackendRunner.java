package dev.footprint.solve.internal;

import com.google.ortools.init.OrToolsVersion;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one OR-Tools backend on a built model and maps its answer to a {@link RawResult}: the
 * backend-specific half of a solve, the waiting half being {@link NativeCall}.
 *
 * <p>Two routes, by model kind. An {@link OrToolsModel} is solved by {@code ModelSolverHelper}
 * ({@link HelperJob}): CP-SAT and Glop can be interrupted there, SCIP, HiGHS and PDLP cannot. An
 * {@link MpSolverModel} is solved by its {@code MPSolver} ({@link MpSolverJob}): SCIP can be
 * interrupted there, CBC cannot. No backend is ever allowed to write to standard output: only
 * CP-SAT's log reaches Java (through a callback); the others' logs are off.
 */
final class BackendRunner {
  /** CP-SAT's grid for continuous variables: 1/1000 of a unit. */
  static final double CP_SAT_SCALING = 1000;
  /** CP-SAT's largest scaled bound: demands up to 10 million units. */
  static final double CP_SAT_MAX_BOUND = 1e10;

  private static final Map<Backend, String> VERSIONS = new EnumMap<>(Backend.class);

  private BackendRunner() {}

  /**
   * Solves a model-builder model with no one listening and no way to cancel but an interrupt of the
   * calling thread (auxiliary solves: the infeasibility diagnosis).
   */
  static RawResult run(OrToolsModel model, SolveOptions options, boolean integer) {
    return run(model, options, integer, SolveControl.quiet(), false, "");
  }

  /**
   * @param model the built model
   * @param options backend, limit, gap, threads, seed
   * @param integer whether the model has integer variables
   * @param control cancellation and progress
   * @param closeAfter whether the model is this run's alone: the backend's thread then deletes it
   *     once it has handed over the answer (freeing a large model should not count against the time
   *     limit), and the caller must not use it again
   * @return the backend's answer
   */
  static RawResult run(NativeModel model, SolveOptions options, boolean integer, SolveControl control,
      boolean closeAfter) {
    return run(model, options, integer, control, closeAfter, "");
  }

  /**
   * As {@link #run(NativeModel, SolveOptions, boolean, SolveControl, boolean)}, with parameter text
   * appended to the backend's own (model-builder route; for tests that need a backend stopped by a
   * limit of its own, such as HiGHS's {@code mip_max_improving_sols}).
   */
  static RawResult run(NativeModel model, SolveOptions options, boolean integer, SolveControl control,
      boolean closeAfter, String extraParameters) {
    Backend b = options.backend();
    double scale = model.objectiveScale();
    control.begin(b, scale);
    NativeModel target = model;
    boolean closeTarget = closeAfter;
    NativeCall.Job job;
    if (model instanceof MpSolverModel mp) {
      job = new MpSolverJob(mp, options, integer);
    } else if (b == Backend.CBC) {
      MpSolverModel converted = MpSolverModel.fromModelBuilder((OrToolsModel) model, b, integer);
      try {
        job = new MpSolverJob(converted, options, integer);
      } catch (RuntimeException e) {
        converted.close();
        throw e;
      }
      if (closeAfter) {
        model.close();
      }
      target = converted;
      closeTarget = true;
    } else {
      job = new HelperJob((OrToolsModel) model, options, integer, control, extraParameters);
    }
    if (control.logging()) {
      control.note(String.format(Locale.ROOT, "%s started: %,d variables (%,d integer), %,d rows, time limit %s%s", b,
          target.variables(), target.integerVariables(), target.constraints(), limitText(options.timeLimit()),
          b == Backend.CP_SAT ? "" : "; " + b + "'s own log is not shown: OR-Tools 9.15 writes it only to standard"
              + " output"));
      if (scale != 1) {
        control.note(String.format(Locale.ROOT, "%s sees the objective times %.0e (money scaled for the backend);"
            + " every objective and bound reported here is in the model's own money%s", b, scale,
            b == Backend.CP_SAT ? ", but CP-SAT's own lines show the scaled objective" : ""));
      }
    }
    // Objective, bound, incumbent and duals in the user's units from here on.
    RawResult r = NativeCall.run(job, target, options.timeLimit(), control, closeTarget).unscaled(scale);
    if (control.logging()) {
      control.note(String.format(Locale.ROOT, "%s ended %s after %.2f s (%s%s): objective %.10g, bound %.10g", b,
          r.status(), r.solveNanos() / 1e9, r.stop(), r.detached() ? ", still running, detached" : "",
          r.objective(), r.bestBound()));
      control.deliver(r.solveNanos(), false);
    }
    return r;
  }

  private static String limitText(Duration d) {
    return d.isZero() ? "none" : String.format(Locale.ROOT, "%.3g s", seconds(d));
  }

  static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  /** A model-builder model solved by {@code ModelSolverHelper}. */
  static final class HelperJob extends NativeCall.Job {
    private final OrToolsModel model;
    private final Backend backend;
    private final boolean integer;
    private final com.google.ortools.modelbuilder.ModelSolverHelper solver;
    private final HighsIncumbentFile incumbents;
    private final java.util.function.Consumer<String> logCallback;
    private final SolveControl control;
    private final long started = System.nanoTime();
    /** The model's sizes, read here once: {@link #snapshot()} runs on the waiting thread, which must
     *  not touch the model's native memory (the backend's thread deletes it when the backend stops). */
    private final int nativeColumns;
    private final int variables;

    HelperJob(OrToolsModel model, SolveOptions options, boolean integer, SolveControl control, String extra) {
      this.model = model;
      this.nativeColumns = model.nativeColumns();
      this.variables = model.variables();
      this.backend = options.backend();
      this.integer = integer;
      this.control = control;
      this.solver = new com.google.ortools.modelbuilder.ModelSolverHelper(solverName(backend));
      HighsIncumbentFile file = null;
      try {
        if (!solver.solverIsSupported()) {
          throw new IllegalStateException("backend " + backend + " is not available in this OR-Tools build");
        }
        // Only CP-SAT's log reaches a callback; every other backend would write to standard output.
        boolean nativeLog = backend == Backend.CP_SAT && control.listening();
        solver.enableOutput(nativeLog);
        this.logCallback = nativeLog ? control::nativeLine : null;
        if (logCallback != null) {
          solver.setLogCallback(logCallback);
        }
        if (!options.timeLimit().isZero()) {
          solver.setTimeLimitInSeconds(seconds(options.timeLimit()));
        }
        file = backend == Backend.HIGHS && integer ? HighsIncumbentFile.create() : null;
        String params = parameters(options, integer) + (file == null ? "" : "\n" + file.options())
            + (extra.isEmpty() ? "" : "\n" + extra);
        if (!params.isEmpty()) {
          solver.setSolverSpecificParameters(params);
        }
      } catch (RuntimeException e) {
        solver.delete();
        if (file != null) {
          file.delete();
        }
        throw e;
      }
      this.incumbents = file;
    }

    @Override
    boolean interruptible() {
      // ModelSolverHelper passes the interrupt to Glop and CP-SAT only (OR-Tools 9.15).
      return backend == Backend.CP_SAT || backend == Backend.GLOP;
    }

    @Override
    void interrupt() {
      solver.interruptSolve();
    }

    @Override
    RawResult run() {
      long start = System.nanoTime();
      solver.solve(model.helper);
      long nanos = System.nanoTime() - start;
      poll(control); // the incumbents of the last moments, before cleanup deletes the file
      var s = solver.getStatus();
      boolean hasSolution = solver.hasSolution();
      String text = s + (solver.getStatusString().isEmpty() ? "" : " " + solver.getStatusString());
      SolveStatus status = switch (s) {
        case OPTIMAL -> SolveStatus.OPTIMAL;
        case FEASIBLE -> hasSolution ? SolveStatus.FEASIBLE : SolveStatus.NO_SOLUTION;
        case INFEASIBLE -> SolveStatus.INFEASIBLE;
        case UNBOUNDED -> SolveStatus.UNBOUNDED;
        case MODEL_INVALID, INVALID_SOLVER_PARAMETERS, SOLVER_TYPE_UNAVAILABLE, INCOMPATIBLE_OPTIONS ->
            throw new IllegalStateException("backend " + backend + " refused the model: " + text);
        default -> hasSolution ? SolveStatus.FEASIBLE : SolveStatus.NO_SOLUTION;
      };
      if (!status.hasAllocation() && incumbents != null && status != SolveStatus.INFEASIBLE
          && status != SolveStatus.UNBOUNDED) {
        // HiGHS at a limit: OR-Tools drops its incumbent; HiGHS wrote it to the file.
        RawResult fromFile = fromFile(nanos, text);
        if (fromFile != null) {
          return fromFile;
        }
      }
      double[] values = null;
      double objective = Double.NaN;
      double bound = Double.NaN;
      if (status.hasAllocation()) {
        int n = model.variables();
        values = new double[n];
        for (int i = 0; i < n; i++) {
          values[i] = solver.getVariableValue(model.nativeIndex(i));
        }
        objective = solver.getObjectiveValue();
        bound = solver.getBestObjectiveBound();
      }
      double[] duals = null;
      double[] reduced = null;
      // Only Glop and PDLP report LP duals correctly through this route (HiGHS returns activities).
      boolean lpDuals = !integer && (backend == Backend.GLOP || backend == Backend.PDLP);
      if (lpDuals && status.hasAllocation()) {
        bound = objective;
        duals = new double[model.constraints()];
        for (int i = 0; i < duals.length; i++) {
          duals[i] = solver.getDualValue(i);
        }
        reduced = new double[values.length];
        for (int i = 0; i < reduced.length; i++) {
          reduced[i] = solver.getReducedCost(model.nativeIndex(i));
        }
      }
      return new RawResult(status, text, values, objective, bound, nanos, duals, reduced);
    }

    private RawResult fromFile(long nanos, String backendText) {
      HighsIncumbentFile.Incumbent inc = incumbents.last(nativeColumns);
      if (inc == null) {
        return null;
      }
      int n = variables;
      double[] values = new double[n];
      for (int i = 0; i < n; i++) {
        double v = inc.values()[model.nativeIndex(i)];
        values[i] = model.isInteger(i) ? Math.rint(v) : v;
      }
      return new RawResult(SolveStatus.FEASIBLE, backendText + "; incumbent read from HiGHS's improving-solution file",
          values, inc.objective(), Double.NaN, nanos);
    }

    @Override
    RawResult snapshot() {
      return incumbents == null ? null : fromFile(System.nanoTime() - started, "HiGHS still running");
    }

    @Override
    void poll(SolveControl c) {
      if (incumbents != null) {
        for (double objective : incumbents.newObjectives()) {
          c.report(objective, Double.NaN); // divided by the objective scale there
          c.note(String.format(Locale.ROOT, "HiGHS incumbent %.10g after %.2f s", objective / c.objectiveScale(),
              (System.nanoTime() - started) / 1e9));
        }
      }
    }

    @Override
    void cleanup() {
      solver.delete();
      if (incumbents != null) {
        incumbents.delete();
      }
    }

    @Override
    public String toString() {
      return backend + " via ModelSolverHelper" + (integer ? " (MILP)" : "") + (control.logging() ? ", logging" : "");
    }
  }

  /** A model in an {@code MPSolver}: SCIP (interruptible there) and CBC. */
  private static final class MpSolverJob extends NativeCall.Job {
    private final MpSolverModel model;
    private final MPSolver solver;
    private final MPSolverParameters params = new MPSolverParameters();
    private final Backend backend;
    private final boolean integer;

    MpSolverJob(MpSolverModel model, SolveOptions options, boolean integer) {
      this.model = model;
      this.solver = model.solver();
      this.backend = options.backend();
      this.integer = integer;
      try {
        solver.suppressOutput();
        Duration limit = options.timeLimit();
        solver.setTimeLimit(limit.isZero() ? 0 : Math.max(1, limit.toMillis()));
        if (integer) {
          params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, options.relativeGap());
        }
        // A second solve of the same MPSolver would otherwise find SCIP's problem solved and return at once.
        params.setIntegerParam(MPSolverParameters.IntegerParam.INCREMENTALITY,
            MPSolverParameters.IncrementalityValues.INCREMENTALITY_OFF.swigValue());
        if (backend == Backend.SCIP) {
          // SCIP in OR-Tools runs one thread whatever it is told; the setting is passed for the record.
          // SCIP would otherwise install its own SIGINT handler while it solves, print to standard output
          // and end the solve as if at a limit, so that Ctrl-C never reached the program embedding it.
          String text = String.format(Locale.ROOT, "parallel/maxnthreads = %d\nrandomization/randomseedshift = %d"
              + "\nmisc/catchctrlc = FALSE", options.threads(), options.seed());
          if (!solver.setSolverSpecificParametersAsString(text)) {
            throw new IllegalStateException("backend SCIP refused the parameters " + text.replace('\n', ';'));
          }
        }
        // CBC takes no parameter text in OR-Tools, and has no seed setting.
      } catch (RuntimeException e) {
        params.delete();
        throw e;
      }
    }

    @Override
    boolean interruptible() {
      return backend == Backend.SCIP; // CBC's MPSolver interface does not implement interruptSolve
    }

    @Override
    void interrupt() {
      solver.interruptSolve();
    }

    @Override
    RawResult run() {
      long start = System.nanoTime();
      MPSolver.ResultStatus s = solver.solve(params);
      long nanos = System.nanoTime() - start;
      SolveStatus status = switch (s) {
        case OPTIMAL -> SolveStatus.OPTIMAL;
        case FEASIBLE -> SolveStatus.FEASIBLE;
        case INFEASIBLE -> SolveStatus.INFEASIBLE;
        case UNBOUNDED -> SolveStatus.UNBOUNDED;
        case ABNORMAL, MODEL_INVALID -> {
          if (stopRequested() && s == MPSolver.ResultStatus.ABNORMAL) {
            yield SolveStatus.NO_SOLUTION;
          }
          throw new IllegalStateException("backend " + backend + " failed: " + s);
        }
        default -> SolveStatus.NO_SOLUTION;
      };
      double[] values = null;
      double objective = Double.NaN;
      double bound = Double.NaN;
      if (status.hasAllocation()) {
        int n = model.variables();
        values = new double[n];
        for (int i = 0; i < n; i++) {
          values[i] = model.value(i);
        }
        objective = solver.objective().value();
        bound = integer ? solver.objective().bestBound() : objective;
      }
      String text = s.toString();
      if (stopRequested() && s == MPSolver.ResultStatus.ABNORMAL) {
        text += " (SCIP's answer to an interrupt before any solution)";
      }
      return new RawResult(status, text, values, objective, bound, nanos);
    }

    @Override
    void cleanup() {
      params.delete();
    }

    @Override
    public String toString() {
      return backend + " via MPSolver" + (integer ? " (MILP)" : "");
    }
  }

  static String solverName(Backend backend) {
    return switch (backend) {
      case SCIP -> "scip";
      case CP_SAT -> "sat";
      case HIGHS -> "highs";
      case GLOP -> "glop";
      case PDLP -> "pdlp";
      case CBC -> "cbc";
    };
  }

  /** The backend's own parameter text for the gap, threads and seed (model-builder route). */
  static String parameters(SolveOptions o, boolean integer) {
    double gap = o.relativeGap();
    return switch (o.backend()) {
      // SCIP in OR-Tools runs one thread whatever it is told; the setting is passed for the record.
      // SCIP must not catch Ctrl-C itself: the program stops the solve (SolveHandle.cancel).
      case SCIP -> String.format(Locale.ROOT,
          "limits/gap = %s\nparallel/maxnthreads = %d\nrandomization/randomseedshift = %d\nmisc/catchctrlc = FALSE",
          gap, o.threads(), o.seed());
      // CP-SAT puts continuous variables on a grid; 1/1000 of a unit keeps fractional data exact enough,
      // and the verifier checks the result as for any backend. Its log goes to the callback only. It must
      // not catch Ctrl-C itself: the program stops the solve (SolveHandle.cancel).
      case CP_SAT -> String.format(Locale.ROOT,
          "relative_gap_limit:%s num_workers:%d random_seed:%d mip_var_scaling:%s mip_max_bound:%s log_to_stdout:false"
              + " catch_sigint_signal:false",
          gap, o.threads(), o.seed(), CP_SAT_SCALING, CP_SAT_MAX_BOUND);
      // HiGHS fixes its thread pool once per process, so the thread count is left to HiGHS. Its output is
      // switched off first, before anything can print HiGHS's banner to standard output.
      case HIGHS -> String.format(Locale.ROOT, "output_flag=false\nlog_to_console=false\nmip_rel_gap=%s\nrandom_seed=%d",
          gap, o.seed());
      case CBC -> "";
      case GLOP -> String.format(Locale.ROOT, "random_seed:%d log_to_stdout:false", o.seed());
      // PDLP is a first-order method: ask for 1e-8 relative optimality so that answers verify.
      case PDLP -> String.format(Locale.ROOT, "num_threads:%d termination_criteria { simple_optimality_criteria { "
          + "eps_optimal_absolute: 1e-8 eps_optimal_relative: 1e-8 } }", o.threads());
    };
  }

  static synchronized String version(Backend backend) {
    return VERSIONS.computeIfAbsent(backend, b -> {
      NativeLibrary.load();
      String ortools = "OR-Tools " + OrToolsVersion.getVersionString();
      if (b == Backend.HIGHS || b == Backend.PDLP) {
        return (b == Backend.HIGHS ? "HiGHS" : "PDLP") + " (" + ortools + ")";
      }
      MPSolver solver = MPSolver.createSolver(b == Backend.CP_SAT ? "SAT" : b.name());
      try {
        return solver == null ? b + " (" + ortools + ")" : solver.solverVersion() + " (" + ortools + ")";
      } finally {
        if (solver != null) {
          solver.delete();
        }
      }
    });
  }

  /** Writes a model-builder model to a proto file and loads it into an {@code MPSolver} (CBC). */
  static MPModelProto proto(OrToolsModel model) {
    Path file = null;
    try {
      file = Files.createTempFile("footprint-model", ".pb");
      if (!model.helper.writeModelToProtoFile(file.toString())) {
        throw new IllegalStateException("could not write the model to " + file);
      }
      return MPModelProto.parseFrom(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("could not pass the model to MPSolver", e);
    } finally {
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a leftover temporary file is harmless
        }
      }
    }
  }
}
