package dev.footprint.benchmarks;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.Solution;
import dev.footprint.solve.internal.Formulation;
import java.time.Duration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a user waits for: {@code FootprintSolver.solve(network)} with the default options (HiGHS, gap
 * 1e-6, one thread, verification on) and a 60 s time limit, so build, solve, extraction, evaluation
 * and verification together. Compare with {@link BuildBenchmark} (MODEL_BUILDER) and
 * {@link SolveBenchmark} (SCIP) on the same size to see what the rest costs.
 */
@Warmup(iterations = 1, time = 5)
@Measurement(iterations = 3, time = 5)
public class EndToEndBenchmark extends AbstractBenchmark {
  /** The instance size. */
  @Param({"S", "M"})
  public NetworkGenerator.Size size;

  private Network network;
  private FootprintSolver solver;

  /** Generates the network. */
  @Setup(Level.Trial)
  public void setUp() {
    network = network(size);
    solver = FootprintSolver.create(SolveOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(60)));
    describe(size + " (MILP)", network, solver.options(),
        new Formulation(network, solver.options()).hasIntegerDecisions());
  }

  /** @return the verified solution */
  @Benchmark
  public Solution solve() {
    Solution s = solver.solve(network);
    if (!s.hasAllocation()) {
      throw new IllegalStateException("no allocation on " + size + ": " + s.status());
    }
    return s;
  }
}
