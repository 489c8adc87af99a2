package dev.footprint.benchmarks;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;

/**
 * A fixed yardstick of the machine, independent of the library: summing 4,096 doubles (32 KB, about
 * the nonzero count of the size-S model, 4,572 when this was written; kept fixed so that it does not
 * move when the formulation does). Divide another benchmark's score by this one's to
 * compare runs made on different machines or days.
 */
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BaselineBenchmark extends AbstractBenchmark {
  /** The array length; never change it, or old and new runs stop being comparable. */
  public static final int LENGTH = 4_096;

  private double[] values;

  /** Fills the array from a fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    values = new double[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      values[i] = random.nextDouble();
    }
  }

  /** @return the sum of the array */
  @Benchmark
  public double sum() {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }
}
