package dev.footprint.spark;

import dev.footprint.analysis.MonteCarlo;
import dev.footprint.io.Study;
import dev.footprint.io.StudyReader;
import dev.footprint.solve.FootprintSolver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark benchmark (not a test: run it with {@code benchmarks/spark-montecarlo.sh}): the flagship
 * study's Monte Carlo, the same samples and seed, in one JVM, one after another,
 *
 * <ol>
 *   <li>on one machine: {@code MonteCarlo.run} on 1 thread (after a warm-up of 2 samples);
 *   <li>on Spark in {@code local[1]}: one task slot, so its time against (1) is Spark's overhead;
 *   <li>on Spark in {@code local[2]}: two task slots, so its time against (2) is the speed-up.
 * </ol>
 *
 * It checks that the three runs give the same samples, and prints a Markdown table of the times.
 * Arguments: the number of samples (default 200).
 */
public final class SparkMonteCarloBenchmark {
  private SparkMonteCarloBenchmark() {}

  /** ASSUMPTION, for the benchmark only: Vietnam's costs in dollars within ±15%, US wages ±10%. */
  static final List<String> UNCERTAIN = List.of("fx:VN=normal(1,0.15)", "wage:US=normal(0.00004314,0.000004314)");
  static final long SEED = 7;

  /**
   * @param args the number of samples, optional
   */
  public static void main(String[] args) {
    int samples = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    Study study = StudyReader.read(Path.of("examples/korea-us/study.yaml"));
    MonteCarloSpec spec = new MonteCarloSpec("base", UNCERTAIN, Map.of(), samples, SEED);
    FootprintSolver solver = FootprintSolver.create(study.options());
    System.out.printf(Locale.ROOT, "# %s; %d processors, %d MB heap, Java %s; %d samples%n", LocalDate.now(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"), samples);
    System.out.println("load average at the start: " + loadAverage());

    MonteCarlo.run(solver, spec.base(study), spec.inputs(study), 2, SEED + 1, 1, null, null); // warm-up
    long t0 = System.nanoTime();
    MonteCarlo single = MonteCarlo.run(solver, spec.base(study), spec.inputs(study), samples, SEED, 1, null, null);
    double singleSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "single machine, 1 thread: %.1f s%n", singleSeconds);

    Map<String, double[]> spark = new LinkedHashMap<>();
    List<MonteCarlo> runs = new ArrayList<>();
    for (String master : List.of("local[1]", "local[2]")) {
      long s0 = System.nanoTime();
      SparkSession session = SparkSession.builder().master(master).appName("footprint-spark benchmark")
          .config("spark.ui.enabled", false).getOrCreate();
      double startSeconds = (System.nanoTime() - s0) / 1e9;
      long m0 = System.nanoTime();
      SparkResult<MonteCarlo> r = SparkAnalyses.of(session, study, study.options()).monteCarlo(spec, null);
      double runSeconds = (System.nanoTime() - m0) / 1e9;
      int partitions = r.rows().rdd().getNumPartitions();
      r.rows().unpersist();
      session.stop();
      runs.add(r.result());
      spark.put(master, new double[] {startSeconds, runSeconds, partitions});
      System.out.printf(Locale.ROOT, "%s: session %.1f s, run %.1f s on %d partitions%n", master, startSeconds,
          runSeconds, partitions);
    }
    for (MonteCarlo run : runs) {
      if (!run.summaries().equals(single.summaries())) {
        throw new IllegalStateException("a Spark run differs from the single-machine run");
      }
    }
    double one = spark.get("local[1]")[1];
    double two = spark.get("local[2]")[1];
    System.out.println();
    System.out.println("| run | wall time (s) | per sample (s) |");
    System.out.println("| --- | ---: | ---: |");
    System.out.printf(Locale.ROOT, "| single machine, `MonteCarlo.run`, 1 thread | %.1f | %.3f |%n", singleSeconds,
        singleSeconds / samples);
    for (var e : spark.entrySet()) {
      System.out.printf(Locale.ROOT, "| Spark `%s`, %d partitions (session start %.1f s, not included) | %.1f | %.3f |%n",
          e.getKey(), (int) e.getValue()[2], e.getValue()[0], e.getValue()[1], e.getValue()[1] / samples);
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "speed-up local[2] against local[1]: %.2f%n", one / two);
    System.out.printf(Locale.ROOT, "Spark's overhead per sample, local[1] against the single-machine run: %.1f ms "
        + "(%.1f%% of a sample's time)%n", (one - singleSeconds) / samples * 1000, (one - singleSeconds) / singleSeconds * 100);
    System.out.printf(Locale.ROOT, "mean cost %.1f, P5 %.1f, P95 %.1f; the three runs' %d samples are equal%n",
        single.mean(), single.percentile(5), single.percentile(95), samples);
    System.out.println("load average at the end: " + loadAverage());
  }

  /** @return the 1, 5 and 15 minute load averages (Linux), to tell whether others shared the cores */
  static String loadAverage() {
    try {
      String[] f = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "not known";
    }
  }
}
