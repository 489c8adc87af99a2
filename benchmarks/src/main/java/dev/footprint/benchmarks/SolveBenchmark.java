package dev.footprint.benchmarks;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.internal.Engine;
import dev.footprint.solve.internal.Formulation;
import dev.footprint.solve.internal.NativeModel;
import dev.footprint.solve.internal.RawResult;
import java.time.Duration;
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
 * on the MILP, Glop and PDLP on its LP relaxation. Each operation runs the library's own solve of a
 * built model ({@link Engine#solveBuilt}: the backend created with the library's parameters, gap
 * 1e-6, one thread, seed 0, solved on a thread of its own while the caller waits, values read,
 * backend released); the model is not rebuilt. The model is of the kind the library builds for the
 * backend ({@link Engine#newModel}): an {@code MPSolver} for SCIP and CBC, the model builder for the
 * others.
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
  private NativeModel model;
  private boolean integer;
  private final Map<String, Integer> statuses = new TreeMap<>();
  private double lastObjective = Double.NaN;

  /** Builds the model once: the MILP for integer backends, the LP relaxation for the others. */
  @Setup(Level.Trial)
  public void setUp() {
    loadNativeLibrary();
    options = SolveOptions.DEFAULT.withBackend(backend)
        .withTimeLimit(Duration.ofMillis((long) (timeLimitSeconds * 1000)));
    Network network = network(size);
    Formulation f = new Formulation(network, options);
    integer = backend.solvesIntegerModels() && f.hasIntegerDecisions();
    describe(size + (integer ? " (MILP)" : " (LP relaxation)"), network, options, integer);
    model = Engine.newModel(options, integer);
    model.scaleObjective(f.objectiveScale()); // as Engine.solve does
    f.emit(model, integer, false);
  }

  /** @return the objective of the solution found (NaN without one) */
  @Benchmark
  public double solve() {
    RawResult r = Engine.solveBuilt(model, options, integer);
    statuses.merge(r.status().hasAllocation() ? r.status().toString() : r.status() + " without solution", 1,
        Integer::sum);
    lastObjective = r.objective();
    return lastObjective;
  }

  /** Releases the model and prints how the solves ended (FEASIBLE or NO_SOLUTION means the limit was hit). */
  @TearDown(Level.Trial)
  public void tearDown() {
    model.close();
    System.out.printf(Locale.ROOT, "%n# %s on %s: solves by status %s, last objective %.10g%n", backend, size,
        statuses, lastObjective);
  }
}
