package dev.footprint.benchmarks;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.ModelFormat;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Time and peak memory of one size, end to end, in a fresh JVM: not a JMH benchmark but the scale
 * check of the benchmarks' RESULTS (a single run per size; run it with the heap limit to be shown).
 *
 * <pre>
 * java -Xmx2g -cp benchmarks/target/benchmarks.jar dev.footprint.benchmarks.ScaleRun L solve 600 0.01
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar dev.footprint.benchmarks.ScaleRun XL export 0
 * </pre>
 *
 * <p>{@code solve} builds, solves (the default backend, the given time limit in seconds, to the relative
 * gap given, 1e-4 if none) and verifies; {@code export}
 * builds and writes the model as MPS to a temporary file, then deletes it. Prints the times, the
 * JVM heap in use at the end, and the process's peak resident memory (VmHWM, Linux), which includes
 * the native solver's memory.
 */
public final class ScaleRun {
  private ScaleRun() {}

  /**
   * @param args size (S, M, L, XL), mode (solve or export), time limit in seconds (solve), relative gap
   *     (solve; optional, 1e-4 by default)
   * @throws IOException if the export file cannot be written
   */
  public static void main(String[] args) throws IOException {
    NetworkGenerator.Size size = NetworkGenerator.Size.valueOf(args[0]);
    String mode = args[1];
    int limit = Integer.parseInt(args[2]);
    double gap = args.length > 3 ? Double.parseDouble(args[3]) : 1e-4;
    long t0 = System.nanoTime();
    Network network = NetworkGenerator.generate(size, AbstractBenchmark.SEED);
    long t1 = System.nanoTime();
    System.out.printf(Locale.ROOT, "%s: generated in %.1f s: %s%n", size, (t1 - t0) / 1e9, network);
    if (mode.equals("solve")) {
      SolveOptions options = SolveOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(limit)).withRelativeGap(gap);
      Solution s = FootprintSolver.create(options).solve(network);
      long t2 = System.nanoTime();
      System.out.printf(Locale.ROOT, "%s: %s (gap asked %.1g) in %.1f s end to end (build %d ms, solve %d ms): %s%n",
          size, s.status(), gap, (t2 - t1) / 1e9, s.stats().buildMillis(), s.stats().solveMillis(), s.stats());
      if (s.verification().isPresent()) {
        System.out.println(size + ": verification " + (s.verification().get().passed() ? "passed" : "FAILED"));
      }
    } else {
      Path file = Files.createTempFile("footprint-" + size, ".mps");
      try {
        FootprintSolver.create().export(network, ModelFormat.MPS, file);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%s: built and exported in %.1f s, %,d bytes of MPS%n", size, (t2 - t1) / 1e9,
            Files.size(file));
      } finally {
        Files.deleteIfExists(file);
      }
    }
    Runtime rt = Runtime.getRuntime();
    System.gc();
    System.out.printf(Locale.ROOT, "%s: heap in use %,d MB of max %,d MB; peak resident %s%n", size,
        (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20, peakResident());
  }

  private static String peakResident() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return line.substring(6).strip();
        }
      }
    } catch (IOException | RuntimeException e) {
      return "unknown (" + e.getMessage() + ")";
    }
    return "unknown";
  }
}
