package dev.footprint.benchmarks;

import com.google.ortools.Loader;
import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.internal.Formulation;
import dev.footprint.solve.internal.RecordedModel;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings every benchmark shares unless it says otherwise: average time per operation in
 * milliseconds, one fork with a 2 GB heap, 3 warmup and 5 measured iterations of 2 s. Also the
 * instances: generated networks of the preset sizes, always from the same seed, so that every run
 * on every machine measures the same models.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public abstract class AbstractBenchmark {
  /** The seed of every generated instance. */
  public static final long SEED = 20260101L;

  /** Loads OR-Tools' native library (idempotent). */
  protected static void loadNativeLibrary() {
    Loader.loadNativeLibraries();
  }

  /**
   * @param size a preset size
   * @return the generated network of that size, from {@link #SEED}
   */
  protected static Network network(NetworkGenerator.Size size) {
    return NetworkGenerator.generate(size, SEED);
  }

  /**
   * @param size a preset size
   * @param bomDepth levels of bills of materials, 0 for none ({@link NetworkGenerator.Size#spec(int)})
   * @return the generated network of that size and depth, from {@link #SEED}
   */
  protected static Network network(NetworkGenerator.Size size, int bomDepth) {
    return NetworkGenerator.generate(size, bomDepth, SEED);
  }

  /**
   * Prints the model's dimensions once per trial, so that a run's log records what was measured.
   *
   * @param label what the model is
   * @param network the network
   * @param options the options it is formulated with
   * @param integer whether site decisions are integer
   * @return the number of nonzeros of the model
   */
  protected static long describe(String label, Network network, SolveOptions options, boolean integer) {
    RecordedModel sink = new RecordedModel();
    new Formulation(network, options).emit(sink, integer, false);
    System.out.printf(Locale.ROOT, "%n# model %s: %,d variables (%,d integer), %,d rows, %,d nonzeros%n", label,
        sink.variables(), sink.integerVariables(), sink.rows(), sink.nonzeros());
    return sink.nonzeros();
  }
}
