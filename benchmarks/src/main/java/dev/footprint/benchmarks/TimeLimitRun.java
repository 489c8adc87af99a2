package dev.footprint.benchmarks;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import dev.footprint.solve.Backend;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.internal.Engine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How closely each backend keeps to a time limit: wall time of {@code FootprintSolver.solve} against
 * the limit, per backend and size, on the generated instances. Not a JMH benchmark: each cell is one
 * solve in one JVM (a time limit is a one-shot affair), so repeat the run to see its spread.
 *
 * <pre>
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar dev.footprint.benchmarks.TimeLimitRun
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar dev.footprint.benchmarks.TimeLimitRun M:1,L:5 SCIP,HIGHS
 * </pre>
 *
 * <p>Arguments: size:limit pairs (default {@code M:1,M:5,L:5}, limits in seconds) and backends
 * (default all; CBC last, since it may keep a core busy long after the limit). Glop and PDLP solve
 * the LP relaxation, the others the MILP. Every solve runs with the library's defaults otherwise. A
 * warm-up solve of size S per backend first loads the native library and each backend.
 *
 * <p>Columns: {@code build} is the library's model build; {@code backend} the time from the
 * backend's start until the solve has its answer ({@code SolverStats.solveMillis}); {@code answer}
 * the rest of the call, reading the answer in domain terms (extraction, evaluation, verification);
 * {@code wall} the whole {@code solve} call; {@code backend over} is {@code backend / limit - 1} and
 * {@code wall - build over} is {@code (wall - build) / limit - 1}, the overruns the target (10%) is
 * about. {@code detached} says
 * whether the backend was still running when the solve returned; {@code tail} how long the
 * backend's thread then ran on, solving (detached) or freeing native memory after its answer (the
 * harness waits for it before the next cell, so that cells do not disturb each other, and gives up
 * after {@code MAX_TAIL}).
 */
public final class TimeLimitRun {
  private static final Duration MAX_TAIL = Duration.ofMinutes(15);

  private TimeLimitRun() {}

  /** One cell of the table. */
  private record Cell(String size, Backend backend, double limit, long build, long backend_, double wall,
      String status, String stop, boolean detached, double tail, String objective, String backendStatus) {}

  /**
   * @param args size:limit pairs, backends (see the class comment)
   * @throws InterruptedException if interrupted while waiting for a detached backend
   */
  public static void main(String[] args) throws InterruptedException {
    String[] cells = (args.length > 0 ? args[0] : "M:1,M:5,L:5").split(",");
    List<Backend> backends = args.length > 1
        ? Arrays.stream(args[1].split(",")).map(Backend::valueOf).toList()
        : List.of(Backend.SCIP, Backend.CP_SAT, Backend.HIGHS, Backend.GLOP, Backend.PDLP, Backend.CBC);
    warmUp(backends);
    List<Cell> table = new ArrayList<>();
    String lastSize = null;
    Network network = null;
    for (String c : cells) {
      String[] sl = c.split(":");
      String size = sl[0];
      double limit = Double.parseDouble(sl[1]);
      if (!size.equals(lastSize)) {
        long t0 = System.nanoTime();
        network = NetworkGenerator.generate(NetworkGenerator.Size.valueOf(size), AbstractBenchmark.SEED);
        System.out.printf(Locale.ROOT, "# %s generated in %.1f s%n", size, (System.nanoTime() - t0) / 1e9);
        lastSize = size;
      }
      for (Backend b : backends) {
        Cell cell = run(network, size, b, limit);
        table.add(cell);
        System.out.println("# " + cell);
      }
    }
    System.out.println();
    System.out.println("| size | backend | limit s | build s | backend s | answer s | wall s | backend over | wall - build"
        + " over | status | stop | detached | tail s |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (Cell c : table) {
      double build = c.build() / 1000.0;
      double backend = c.backend_() / 1000.0;
      System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %.2f | %.2f | %.2f | %.2f | %+.0f%% | %+.0f%% | %s | %s | %s | %s |%n",
          c.size(), c.backend(), c.limit(), build, backend, c.wall() - build - backend, c.wall(),
          100 * (backend / c.limit() - 1), 100 * ((c.wall() - build) / c.limit() - 1), c.status(), c.stop(),
          c.detached() ? "yes" : "no", String.format(Locale.ROOT, "%.1f", c.tail()));
    }
  }

  /** Loads the native library and each backend once, so that no cell pays for first use. */
  private static void warmUp(List<Backend> backends) {
    Network tiny = NetworkGenerator.generate(NetworkGenerator.Size.S, AbstractBenchmark.SEED);
    for (Backend b : backends) {
      FootprintSolver.create(SolveOptions.DEFAULT.withBackend(b).withRelaxIntegrality(!b.solvesIntegerModels())
          .withTimeLimit(Duration.ofSeconds(2))).solve(tiny);
    }
  }

  private static Cell run(Network network, String size, Backend b, double limit) throws InterruptedException {
    SolveOptions o = SolveOptions.DEFAULT.withBackend(b).withRelaxIntegrality(!b.solvesIntegerModels())
        .withTimeLimit(Duration.ofMillis(Math.round(limit * 1000)));
    long t0 = System.nanoTime();
    Solution s = FootprintSolver.create(o).solve(network);
    double wall = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    long giveUp = t1 + MAX_TAIL.toNanos();
    while (Engine.busyBackendThreads() > 0 && System.nanoTime() < giveUp) {
      Thread.sleep(20);
    }
    double tail = (System.nanoTime() - t1) / 1e9;
    String tailText = Engine.busyBackendThreads() > 0 ? " (backend still running after " + MAX_TAIL + ")" : "";
    return new Cell(size, b, limit, s.stats().buildMillis(), s.stats().solveMillis(), wall,
        s.status() + tailText, s.stats().stop().toString(), s.stats().detached(), tail,
        s.hasAllocation() ? String.format(Locale.ROOT, "%.6g", s.objective()) : "-", s.stats().backendStatus());
  }
}
