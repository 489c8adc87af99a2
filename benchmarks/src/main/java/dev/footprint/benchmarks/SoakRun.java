package dev.footprint.benchmarks;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import dev.footprint.solve.Backend;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.LiveModel;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveHandle;
import dev.footprint.solve.SolveOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Soak: many consecutive solves of a small generated network in one JVM, with the process's
 * resident memory (VmRSS, /proc/self/status: JVM plus native solver memory) sampled every few
 * solves, to show whether native memory is released. Not a JMH benchmark and not run in CI.
 *
 * <pre>
 * java -Xms256m -Xmx256m -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar \
 *     dev.footprint.benchmarks.SoakRun 10000 250 SCIP,HIGHS,CP_SAT,CBC,GLOP 0
 * </pre>
 *
 * <p>Arguments: solves (10,000), sample every N solves (250), backends solved in turn (SCIP, HiGHS,
 * CP-SAT, CBC, Glop on the LP relaxation), a cap in minutes (0 for none: the run stops at the cap
 * and says how many solves it made). A fixed, pre-touched heap keeps the JVM's own footprint
 * constant, so that growth of VmRSS is native memory. Every 25th solve goes through {@code
 * FootprintSolver.start} and is cancelled at once, every 50th is one solve of a {@code LiveModel},
 * so that those paths release their memory too; each solve is checked (status and, for MILPs, the
 * objective against the first solve of the same backend).
 *
 * <p>Prints a table of samples (solves, VmRSS, heap in use, the JVM's non-heap memory: code cache
 * and metaspace, which grow as the JIT compiles; the JVM's thread count) and the least-squares slope of VmRSS
 * against solves over the samples after the first tenth, and over the second half (warm-up: class
 * loading, the JIT's code cache, the native library and each backend's first use, takes a few
 * thousand solves: a leak shows as a slope that does not fall in the second half).
 */
public final class SoakRun {
  /** The network: 5 sites (3 of them candidates) making 2 of 6 products each, 5 markets, one period. */
  static final NetworkGenerator.Spec SPEC = new NetworkGenerator.Spec(3, 6, 5, 2, 5, 3, 1, 0.6);

  private SoakRun() {}

  /**
   * @param args solves, sample interval, backends, cap in minutes (see the class comment)
   * @throws InterruptedException if interrupted while waiting for a cancelled solve
   */
  public static void main(String[] args) throws InterruptedException {
    int solves = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int every = args.length > 1 ? Integer.parseInt(args[1]) : 250;
    List<Backend> backends = args.length > 2
        ? Arrays.stream(args[2].split(",")).map(Backend::valueOf).toList()
        : List.of(Backend.SCIP, Backend.HIGHS, Backend.CP_SAT, Backend.CBC, Backend.GLOP);
    double capMinutes = args.length > 3 ? Double.parseDouble(args[3]) : 0;
    long deadline = capMinutes > 0 ? System.nanoTime() + (long) (capMinutes * 60e9) : Long.MAX_VALUE;

    Network network = NetworkGenerator.generate(SPEC, AbstractBenchmark.SEED);
    double[] reference = new double[Backend.values().length];
    Arrays.fill(reference, Double.NaN);
    List<long[]> samples = new ArrayList<>(); // solves, VmRSS kB, heap kB, non-heap committed kB, threads
    long start = System.nanoTime();
    samples.add(sample(0));
    int done = 0;
    for (int i = 1; i <= solves && System.nanoTime() < deadline; i++) {
      Backend b = backends.get(i % backends.size());
      SolveOptions o = SolveOptions.DEFAULT.withBackend(b).withRelaxIntegrality(!b.solvesIntegerModels())
          .withTimeLimit(Duration.ofSeconds(30));
      FootprintSolver solver = FootprintSolver.create(o);
      Solution s;
      if (i % 25 == 0) {
        SolveHandle h = solver.start(network);
        h.cancel();
        s = h.get();
      } else if (i % 50 == 1) {
        try (LiveModel live = solver.open(network)) {
          s = live.solve();
        }
      } else {
        s = solver.solve(network);
      }
      check(s, b, reference, i % 25 == 0);
      done = i;
      if (i % every == 0) {
        samples.add(sample(i));
        long[] last = samples.get(samples.size() - 1);
        System.out.printf(Locale.ROOT, "# %,d solves in %.0f s: VmRSS %,d kB, heap %,d kB, non-heap %,d kB, threads %d,"
            + " detached %d%n", i, (System.nanoTime() - start) / 1e9, last[1], last[2], last[3], last[4],
            FootprintSolver.detachedBackends());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%n%,d solves (%s) in %.0f s, %.1f ms per solve%s%n%n", done, backends, seconds,
        1000 * seconds / Math.max(1, done), done < solves ? "; stopped at the " + capMinutes + " min cap" : "");
    System.out.println("| solves | VmRSS kB | heap in use kB | JVM non-heap committed kB | threads |");
    System.out.println("|---|---|---|---|---|");
    for (long[] s : samples) {
      System.out.printf(Locale.ROOT, "| %,d | %,d | %,d | %,d | %d |%n", s[0], s[1], s[2], s[3], s[4]);
    }
    for (int from : new int[] {Math.max(1, samples.size() / 10), samples.size() / 2}) {
      System.out.printf(Locale.ROOT, "VmRSS slope from %,d solves on: %.1f kB per 1,000 solves (%d samples)%n",
          samples.get(from)[0], 1000 * slope(samples.subList(from, samples.size())), samples.size() - from);
    }
  }

  private static void check(Solution s, Backend b, double[] reference, boolean cancelled) {
    if (cancelled) {
      if (s.hasAllocation() && !s.verification().orElseThrow().passed()) {
        throw new IllegalStateException("a cancelled solve returned an unverified allocation: " + s.stats());
      }
      return;
    }
    if (!s.hasAllocation()) {
      throw new IllegalStateException(b + " ended " + s.status() + ": " + s.stats());
    }
    double ref = reference[b.ordinal()];
    if (Double.isNaN(ref)) {
      reference[b.ordinal()] = s.objective();
    } else if (Math.abs(s.objective() - ref) > 1e-6 * Math.max(1, Math.abs(ref))) {
      throw new IllegalStateException(b + " gave " + s.objective() + " after " + ref);
    }
  }

  private static long[] sample(long solves) {
    Runtime rt = Runtime.getRuntime();
    long nonHeap = java.lang.management.ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage().getCommitted();
    int threads = java.lang.management.ManagementFactory.getThreadMXBean().getThreadCount();
    return new long[] {solves, vmRssKb(), (rt.totalMemory() - rt.freeMemory()) >> 10, nonHeap >> 10, threads};
  }

  private static long vmRssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.substring(6).replace("kB", "").strip());
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** Least-squares slope of VmRSS (kB) against solves. */
  static double slope(List<long[]> samples) {
    int n = samples.size();
    if (n < 2) {
      return Double.NaN;
    }
    double mx = 0;
    double my = 0;
    for (long[] s : samples) {
      mx += s[0];
      my += s[1];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    for (long[] s : samples) {
      sxy += (s[0] - mx) * (s[1] - my);
      sxx += (s[0] - mx) * (s[0] - mx);
    }
    return sxy / sxx;
  }
}
