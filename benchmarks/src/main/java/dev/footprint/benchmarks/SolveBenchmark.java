package dev.footprint.benchmarks;

import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.modelbuilder.ModelSolverHelper;
import com.google.ortools.modelbuilder.SolveStatus;
import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.internal.Formulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Solve alone, per backend and size, on a model built once per trial: SCIP, CP-SAT, HiGHS and CBC
 * on the MILP, Glop and PDLP on its LP relaxation. Each operation creates the backend, passes it the
 * same parameters as the library's {@code BackendRunner} (gap 1e-6, one thread, seed 0, no log),
 * solves, reads status and objective, and releases the backend; the model is not rebuilt. CBC, which
 * the model builder does not offer, runs in an {@link MPSolver} loaded from the model's proto before
 * each operation (not measured), as the library does.
 *
 * <p>Every solve has a wall-clock limit of {@link #timeLimitSeconds} (60 s by default). A solve that
 * stops at the limit, with or without a solution, is not an error: it is counted in the summary line
 * printed at the end of the trial ({@code # SCIP on M: solves by status {...}}), and its time is
 * then the limit, not the backend's speed. Read that line beside every score. Size L is left out:
 * see HOWTO.md.
 */
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
public class SolveBenchmark extends AbstractBenchmark {
  /** The instance size. */
  @Param({"S", "M"})
  public NetworkGenerator.Size size;

  /** The backend. */
  @Param({"SCIP", "CP_SAT", "HIGHS", "CBC", "GLOP", "PDLP"})
  public Backend backend;

  /** The wall-clock limit of one solve, seconds. */
  @Param({"60"})
  public double timeLimitSeconds;

  private SolveOptions options;
  private ModelBuilderSink model;
  private boolean integer;
  private MPModelProto proto;
  private MPSolver cbc;
  private final Map<String, Integer> statuses = new TreeMap<>();
  private double lastObjective = Double.NaN;

  /** Builds the model once: the MILP for integer backends, the LP relaxation for the others. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    loadNativeLibrary();
    options = SolveOptions.DEFAULT.withBackend(backend);
    Network network = network(size);
    Formulation f = new Formulation(network, options);
    integer = backend.solvesIntegerModels() && f.hasIntegerDecisions();
    describe(size + (integer ? " (MILP)" : " (LP relaxation)"), network, options, integer);
    model = new ModelBuilderSink();
    f.emit(model, integer, false);
    if (backend == Backend.CBC) {
      Path file = Files.createTempFile("footprint-bench", ".pb");
      try {
        if (!model.helper().writeModelToProtoFile(file.toString())) {
          throw new IllegalStateException("could not write the model proto to " + file);
        }
        proto = MPModelProto.parseFrom(Files.readAllBytes(file));
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }

  /** CBC only: a fresh MPSolver holding the model, loaded outside the measured time. */
  @Setup(Level.Invocation)
  public void loadCbc() {
    if (backend != Backend.CBC) {
      return;
    }
    cbc = MPSolver.createSolver(integer ? "CBC" : "CLP");
    if (cbc == null) {
      throw new IllegalStateException("CBC is not available in this OR-Tools build");
    }
    String error = cbc.loadModelFromProto(proto);
    if (!error.isEmpty()) {
      throw new IllegalStateException("CBC refused the model: " + error);
    }
    cbc.suppressOutput();
  }

  /** @return the objective of the solution found */
  @Benchmark
  public double solve() {
    return backend == Backend.CBC ? solveCbc() : solveModelBuilder();
  }

  private double solveModelBuilder() {
    ModelSolverHelper solver = new ModelSolverHelper(solverName(backend));
    try {
      if (!solver.solverIsSupported()) {
        throw new IllegalStateException("backend " + backend + " is not available in this OR-Tools build");
      }
      solver.enableOutput(false);
      solver.setTimeLimitInSeconds(timeLimitSeconds);
      String params = parameters(options, integer);
      if (!params.isEmpty()) {
        solver.setSolverSpecificParameters(params);
      }
      solver.solve(model.helper());
      SolveStatus status = solver.getStatus();
      switch (status) {
        case MODEL_INVALID, INVALID_SOLVER_PARAMETERS, SOLVER_TYPE_UNAVAILABLE, INCOMPATIBLE_OPTIONS ->
            throw new IllegalStateException("backend " + backend + " refused the model: " + status + " "
                + solver.getStatusString());
        default -> {
          // A solve stopped by the time limit still counts; the summary shows how each one ended.
        }
      }
      record(solver.hasSolution() ? status.toString() : status + " without solution",
          solver.hasSolution() ? solver.getObjectiveValue() : Double.NaN);
      return lastObjective;
    } finally {
      solver.delete();
    }
  }

  private double solveCbc() {
    MPSolverParameters params = new MPSolverParameters();
    try {
      cbc.setTimeLimit((long) (timeLimitSeconds * 1000));
      if (integer) {
        params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, options.relativeGap());
      }
      MPSolver.ResultStatus status = cbc.solve(params);
      if (status == MPSolver.ResultStatus.ABNORMAL || status == MPSolver.ResultStatus.MODEL_INVALID) {
        throw new IllegalStateException("backend CBC failed: " + status);
      }
      boolean found = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
      record(found ? status.toString() : status + " without solution", found ? cbc.objective().value() : Double.NaN);
      return lastObjective;
    } finally {
      params.delete();
    }
  }

  private void record(String status, double objective) {
    statuses.merge(status, 1, Integer::sum);
    lastObjective = objective;
  }

  /** Releases the CBC solver of this invocation. */
  @TearDown(Level.Invocation)
  public void releaseCbc() {
    if (cbc != null) {
      cbc.delete();
      cbc = null;
    }
  }

  /** Releases the model and prints how the solves ended (a TIME_LIMIT or FEASIBLE means the limit was hit). */
  @TearDown(Level.Trial)
  public void tearDown() {
    model.close();
    System.out.printf(Locale.ROOT, "%n# %s on %s: solves by status %s, last objective %.10g%n", backend, size,
        statuses, lastObjective);
  }

  /** The model builder's solver name of a backend, as in the library's BackendRunner. */
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

  /** The backend's own parameter text for gap, threads and seed, as in the library's BackendRunner. */
  static String parameters(SolveOptions o, boolean integer) {
    double gap = o.relativeGap();
    return switch (o.backend()) {
      case SCIP -> String.format(Locale.ROOT,
          "limits/gap = %s\nparallel/maxnthreads = %d\nrandomization/randomseedshift = %d", gap, o.threads(),
          o.seed());
      case CP_SAT -> String.format(Locale.ROOT,
          "relative_gap_limit:%s num_workers:%d random_seed:%d mip_var_scaling:1000 log_to_stdout:%s", gap,
          o.threads(), o.seed(), o.solverLog());
      case HIGHS -> String.format(Locale.ROOT, "mip_rel_gap=%s\nrandom_seed=%d\noutput_flag=%s", gap, o.seed(),
          o.solverLog());
      case CBC -> "";
      case GLOP -> String.format(Locale.ROOT, "random_seed:%d", o.seed());
      case PDLP -> String.format(Locale.ROOT, "num_threads:%d termination_criteria { simple_optimality_criteria { "
          + "eps_optimal_absolute: 1e-8 eps_optimal_relative: 1e-8 } }", o.threads());
    };
  }
}
