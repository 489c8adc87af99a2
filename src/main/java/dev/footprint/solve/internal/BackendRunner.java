package dev.footprint.solve.internal;

import com.google.ortools.init.OrToolsVersion;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverResponseStatus;
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
      String text = s + (solver.getStatusString().isEmpty() ? "" : " " + solver.getStatusString());
      return new RawResult(status, text, values, objective, bound, nanos);
    } finally {
      solver.delete();
    }
  }

  /** CBC is not offered by the model-builder solver; it runs through MPSolver on the model's proto. */
  private static RawResult runThroughProto(OrToolsModel model, SolveOptions options, boolean integer) {
    Path file = null;
    try {
      file = Files.createTempFile("footprint-model", ".pb");
      if (!model.helper.writeModelToProtoFile(file.toString())) {
        throw new IllegalStateException("could not write the model for CBC to " + file);
      }
      MPModelProto proto = MPModelProto.parseFrom(Files.readAllBytes(file));
      MPModelRequest.Builder request = MPModelRequest.newBuilder()
          .setModel(proto)
          .setSolverType(integer ? MPModelRequest.SolverType.CBC_MIXED_INTEGER_PROGRAMMING
              : MPModelRequest.SolverType.CLP_LINEAR_PROGRAMMING)
          .setEnableInternalSolverOutput(options.solverLog());
      if (!options.timeLimit().isZero()) {
        request.setSolverTimeLimitSeconds(options.timeLimit().toNanos() / 1e9);
      }
      String params = parameters(options, integer);
      if (!params.isEmpty()) {
        request.setSolverSpecificParameters(params);
      }
      long start = System.nanoTime();
      MPSolutionResponse response = MPSolver.solveWithProto(request.build());
      long nanos = System.nanoTime() - start;
      MPSolverResponseStatus s = response.getStatus();
      boolean hasSolution = response.getVariableValueCount() == model.variables();
      dev.footprint.solve.SolveStatus status = switch (s) {
        case MPSOLVER_OPTIMAL -> dev.footprint.solve.SolveStatus.OPTIMAL;
        case MPSOLVER_FEASIBLE -> hasSolution ? dev.footprint.solve.SolveStatus.FEASIBLE
            : dev.footprint.solve.SolveStatus.NO_SOLUTION;
        case MPSOLVER_INFEASIBLE -> dev.footprint.solve.SolveStatus.INFEASIBLE;
        case MPSOLVER_UNBOUNDED -> dev.footprint.solve.SolveStatus.UNBOUNDED;
        case MPSOLVER_MODEL_INVALID, MPSOLVER_MODEL_INVALID_SOLUTION_HINT,
            MPSOLVER_MODEL_INVALID_SOLVER_PARAMETERS, MPSOLVER_SOLVER_TYPE_UNAVAILABLE,
            MPSOLVER_INCOMPATIBLE_OPTIONS -> throw new IllegalStateException(
                "backend CBC refused the model: " + s + " " + response.getStatusStr());
        default -> hasSolution ? dev.footprint.solve.SolveStatus.FEASIBLE
            : dev.footprint.solve.SolveStatus.NO_SOLUTION;
      };
      double[] values = null;
      if (status.hasAllocation()) {
        values = new double[model.variables()];
        for (int i = 0; i < values.length; i++) {
          values[i] = response.getVariableValue(i);
        }
      }
      return new RawResult(status, s + " " + response.getStatusStr(), values,
          status.hasAllocation() ? response.getObjectiveValue() : Double.NaN,
          status.hasAllocation() ? response.getBestObjectiveBound() : Double.NaN, nanos);
    } catch (IOException e) {
      throw new UncheckedIOException("could not pass the model to CBC", e);
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
      case SCIP -> String.format(Locale.ROOT,
          "limits/gap = %s\nparallel/maxnthreads = %d\nrandomization/randomseedshift = %d", gap, o.threads(),
          o.seed());
      case CP_SAT -> String.format(Locale.ROOT, "relative_gap_limit:%s num_workers:%d random_seed:%d", gap,
          Math.max(1, o.threads()), o.seed());
      case HIGHS -> String.format(Locale.ROOT, "mip_rel_gap=%s\nthreads=%d\nrandom_seed=%d", gap, o.threads(),
          o.seed());
      case CBC -> "";
      case GLOP -> String.format(Locale.ROOT, "random_seed:%d", o.seed());
      case PDLP -> String.format(Locale.ROOT, "num_threads:%d", o.threads());
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
