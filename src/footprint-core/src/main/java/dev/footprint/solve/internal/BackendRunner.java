package dev.footprint.solve.internal;

import com.google.ortools.init.OrToolsVersion;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.modelbuilder.ModelSolverHelper;
import com.google.ortools.modelbuilder.SolveStatus;
import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** Runs one OR-Tools backend on a built model and maps its answer to a {@link RawResult}. */
final class BackendRunner {
  /** CP-SAT's grid for continuous variables: 1/1000 of a unit. */
  static final double CP_SAT_SCALING = 1000;
  /** CP-SAT's largest scaled bound: demands up to 10 million units. */
  static final double CP_SAT_MAX_BOUND = 1e10;

  private static final Map<Backend, String> VERSIONS = new EnumMap<>(Backend.class);

  private BackendRunner() {}

  static RawResult run(OrToolsModel model, SolveOptions options, boolean integer) {
    if (options.backend() == Backend.CBC) {
      return runThroughProto(model, options, integer);
    }
    ModelSolverHelper solver = new ModelSolverHelper(solverName(options.backend()));
    try {
      if (!solver.solverIsSupported()) {
        throw new IllegalStateException("backend " + options.backend() + " is not available in this OR-Tools build");
      }
      solver.enableOutput(options.solverLog());
      if (!options.timeLimit().isZero()) {
        solver.setTimeLimitInSeconds(options.timeLimit().toNanos() / 1e9);
      }
      String params = parameters(options, integer);
      if (!params.isEmpty()) {
        solver.setSolverSpecificParameters(params);
      }
      long start = System.nanoTime();
      solver.solve(model.helper);
      long nanos = System.nanoTime() - start;
      SolveStatus s = solver.getStatus();
      boolean hasSolution = solver.hasSolution();
      dev.footprint.solve.SolveStatus status = switch (s) {
        case OPTIMAL -> dev.footprint.solve.SolveStatus.OPTIMAL;
        case FEASIBLE -> hasSolution ? dev.footprint.solve.SolveStatus.FEASIBLE
            : dev.footprint.solve.SolveStatus.NO_SOLUTION;
        case INFEASIBLE -> dev.footprint.solve.SolveStatus.INFEASIBLE;
        case UNBOUNDED -> dev.footprint.solve.SolveStatus.UNBOUNDED;
        case MODEL_INVALID, INVALID_SOLVER_PARAMETERS, SOLVER_TYPE_UNAVAILABLE, INCOMPATIBLE_OPTIONS ->
            throw new IllegalStateException("backend " + options.backend() + " refused the model: " + s
                + " " + solver.getStatusString());
        default -> hasSolution ? dev.footprint.solve.SolveStatus.FEASIBLE
            : dev.footprint.solve.SolveStatus.NO_SOLUTION;
      };
      double[] values = null;
      double objective = Double.NaN;
      double bound = Double.NaN;
      if (status.hasAllocation()) {
        int n = model.variables();
        values = new double[n];
        for (int i = 0; i < n; i++) {
          values[i] = solver.getVariableValue(i);
        }
        objective = solver.getObjectiveValue();
        bound = solver.getBestObjectiveBound();
      }
      double[] duals = null;
      double[] reduced = null;
      // Only Glop and PDLP report LP duals correctly through this route (HiGHS returns activities).
      boolean lpDuals = !integer && (options.backend() == Backend.GLOP || options.backend() == Backend.PDLP);
      if (lpDuals && status.hasAllocation()) {
        bound = objective;
        duals = new double[model.constraints()];
        for (int i = 0; i < duals.length; i++) {
          duals[i] = solver.getDualValue(i);
        }
        reduced = new double[values.length];
        for (int i = 0; i < reduced.length; i++) {
          reduced[i] = solver.getReducedCost(i);
        }
      }
      String text = s + (solver.getStatusString().isEmpty() ? "" : " " + solver.getStatusString());
      return new RawResult(status, text, values, objective, bound, nanos, duals, reduced);
    } finally {
      solver.delete();
    }
  }

  /**
   * CBC is not offered by the model-builder solver, and takes no parameter text through the proto
   * route; it runs in an {@link MPSolver} loaded from the model's proto, where the gap is a generic
   * parameter. CBC has no seed setting in OR-Tools.
   */
  private static RawResult runThroughProto(OrToolsModel model, SolveOptions options, boolean integer) {
    Path file = null;
    MPSolver solver = null;
    MPSolverParameters params = new MPSolverParameters();
    try {
      file = Files.createTempFile("footprint-model", ".pb");
      if (!model.helper.writeModelToProtoFile(file.toString())) {
        throw new IllegalStateException("could not write the model for CBC to " + file);
      }
      MPModelProto proto = MPModelProto.parseFrom(Files.readAllBytes(file));
      solver = MPSolver.createSolver(integer ? "CBC" : "CLP");
      if (solver == null) {
        throw new IllegalStateException("backend CBC is not available in this OR-Tools build");
      }
      String error = solver.loadModelFromProto(proto);
      if (!error.isEmpty()) {
        throw new IllegalStateException("backend CBC refused the model: " + error);
      }
      if (options.solverLog()) {
        solver.enableOutput();
      } else {
        solver.suppressOutput();
      }
      if (!options.timeLimit().isZero()) {
        solver.setTimeLimit(Math.max(1, options.timeLimit().toMillis()));
      }
      if (integer) {
        params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, options.relativeGap());
      }
      long start = System.nanoTime();
      MPSolver.ResultStatus s = solver.solve(params);
      long nanos = System.nanoTime() - start;
      dev.footprint.solve.SolveStatus status = switch (s) {
        case OPTIMAL -> dev.footprint.solve.SolveStatus.OPTIMAL;
        case FEASIBLE -> dev.footprint.solve.SolveStatus.FEASIBLE;
        case INFEASIBLE -> dev.footprint.solve.SolveStatus.INFEASIBLE;
        case UNBOUNDED -> dev.footprint.solve.SolveStatus.UNBOUNDED;
        case ABNORMAL, MODEL_INVALID -> throw new IllegalStateException("backend CBC failed: " + s);
        default -> dev.footprint.solve.SolveStatus.NO_SOLUTION;
      };
      double[] values = null;
      double objective = Double.NaN;
      double bound = Double.NaN;
      if (status.hasAllocation()) {
        MPVariable[] vars = solver.variables();
        values = new double[vars.length];
        for (int i = 0; i < vars.length; i++) {
          values[i] = vars[i].solutionValue();
        }
        objective = solver.objective().value();
        bound = integer ? solver.objective().bestBound() : objective;
      }
      return new RawResult(status, s.toString(), values, objective, bound, nanos);
    } catch (IOException e) {
      throw new UncheckedIOException("could not pass the model to CBC", e);
    } finally {
      params.delete();
      if (solver != null) {
        solver.delete();
      }
      if (file != null) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // a leftover temporary file is harmless
        }
      }
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

  /** The backend's own parameter text for the gap, threads and seed. */
  static String parameters(SolveOptions o, boolean integer) {
    double gap = o.relativeGap();
    return switch (o.backend()) {
      // SCIP in OR-Tools runs one thread whatever it is told; the setting is passed for the record.
      case SCIP -> String.format(Locale.ROOT,
          "limits/gap = %s\nparallel/maxnthreads = %d\nrandomization/randomseedshift = %d", gap, o.threads(),
          o.seed());
      // CP-SAT puts continuous variables on a grid; 1/1000 of a unit keeps fractional data exact enough,
      // and the verifier checks the result as for any backend.
      case CP_SAT -> String.format(Locale.ROOT,
          "relative_gap_limit:%s num_workers:%d random_seed:%d mip_var_scaling:%s mip_max_bound:%s log_to_stdout:%s",
          gap, o.threads(), o.seed(), CP_SAT_SCALING, CP_SAT_MAX_BOUND, o.solverLog());
      // HiGHS fixes its thread pool once per process, so the thread count is left to HiGHS.
      case HIGHS -> String.format(Locale.ROOT, "mip_rel_gap=%s\nrandom_seed=%d\noutput_flag=%s", gap, o.seed(),
          o.solverLog());
      case CBC -> "";
      case GLOP -> String.format(Locale.ROOT, "random_seed:%d", o.seed());
      // PDLP is a first-order method: ask for 1e-8 relative optimality so that answers verify.
      case PDLP -> String.format(Locale.ROOT, "num_threads:%d termination_criteria { simple_optimality_criteria { "
          + "eps_optimal_absolute: 1e-8 eps_optimal_relative: 1e-8 } }", o.threads());
    };
  }

  static synchronized String version(Backend backend) {
    return VERSIONS.computeIfAbsent(backend, b -> {
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
}
