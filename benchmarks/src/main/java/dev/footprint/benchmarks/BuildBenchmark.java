package dev.footprint.benchmarks;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.internal.Formulation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Model build alone, per route and size: {@code new Formulation(network, options)} plus
 * {@code emit} into the route's target, native memory released, no solve. The network is generated
 * once per trial and not measured.
 *
 * <p>Throughput mode: the primary score is whole builds per second; the secondary score
 * {@code build:nonzeros} is nonzeros written per second, comparable across sizes. XL runs with an
 * 8 GB heap (about 5 million shipment variables).
 *
 * <p>{@code bomDepth} adds bills of materials that many levels deep, with supplier offers ({@link
 * NetworkGenerator.Size#spec(int)}): {@code -p size=S,M,L -p bomDepth=0,2,3}. The default, 0, is the
 * presets as they were before bills of materials. XL with bills of materials (tens of millions of
 * component flows) does not fit the 8 GB heap.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class BuildBenchmark extends AbstractBenchmark {
  /** The instance size. */
  @Param({"S", "M", "L", "XL"})
  public NetworkGenerator.Size size;

  /** Levels of bills of materials of the instance, 0 for none. */
  @Param({"0"})
  public int bomDepth;

  /** Where the model is written. */
  @Param({"MODEL_BUILDER", "MPSOLVER", "PROTO", "ARRAYS"})
  public Route route;

  private Network network;
  private boolean integer;

  /** Nonzeros written, reported by JMH as a rate beside the primary score. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Written {
    /** Nonzeros written in this iteration. */
    public long nonzeros;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      nonzeros = 0;
    }
  }

  /** Generates the network and prints the model's dimensions. */
  @Setup(Level.Trial)
  public void setUp() {
    loadNativeLibrary();
    network = network(size, bomDepth);
    integer = new Formulation(network, SolveOptions.DEFAULT).hasIntegerDecisions();
    describe(size + (bomDepth == 0 ? "" : ", bill of materials depth " + bomDepth + ", "
        + network.supplierOffers().size() + " supplier offers") + " (MILP, route " + route + ")",
        network, SolveOptions.DEFAULT, integer);
  }

  /**
   * @param written the nonzero counter
   * @param sink consumes a value that depends on the built model
   * @return the number of nonzeros written
   */
  @Benchmark
  public long build(Written written, Blackhole sink) {
    long nonzeros = route.build(new Formulation(network, SolveOptions.DEFAULT), integer, sink);
    written.nonzeros += nonzeros;
    return nonzeros;
  }
}
