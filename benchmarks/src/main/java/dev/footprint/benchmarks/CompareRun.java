package dev.footprint.benchmarks;

import dev.footprint.analysis.Comparison;
import dev.footprint.examples.KoreaUsStudy;
import dev.footprint.model.Network;
import dev.footprint.solve.Backend;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.SolveOptions;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The flagship's six scenarios (three regimes, with and without the pledge) compared in one warmed-up
 * JVM, as {@code footprint compare} does: {@code Comparison.run} on 1 and 2 threads, per backend, the
 * median of a few runs after one warm-up comparison. Not JMH: a comparison takes seconds, and the
 * thread counts and backends are compared as ratios measured back to back.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.footprint.benchmarks.CompareRun [BACKENDS] [REPEATS] [DECOMPOSITION]
 * </pre>
 *
 * <p>Backends default to HIGHS,SCIP; repeats to 3; decomposition ({@code OFF}, {@code AUTO}, {@code
 * BENDERS}: {@code SolveOptions.withDecomposition}) to OFF.
 */
public final class CompareRun {
  private CompareRun() {}

  /**
   * @param args backends, repeats (see the class comment)
   */
  public static void main(String[] args) {
    List<Backend> backends = Arrays.stream((args.length > 0 ? args[0] : "HIGHS,SCIP").split(","))
        .map(Backend::valueOf).toList();
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    SolveOptions.Decomposition decomposition = args.length > 2 ? SolveOptions.Decomposition.valueOf(args[2])
        : SolveOptions.Decomposition.OFF;
    Map<String, Network> scenarios = new LinkedHashMap<>();
    for (KoreaUsStudy.Regime r : KoreaUsStudy.Regime.values()) {
      for (boolean pledge : new boolean[] {true, false}) {
        scenarios.put(new KoreaUsStudy.Key(r, pledge).toString(), KoreaUsStudy.network(r, pledge));
      }
    }
    String base = scenarios.keySet().iterator().next();
    System.out.println("| backend | decomposition | threads | median s | runs s |");
    System.out.println("|---|---|---|---|---|");
    for (Backend b : backends) {
      FootprintSolver solver =
          FootprintSolver.create(SolveOptions.DEFAULT.withBackend(b).withDecomposition(decomposition));
      Comparison.run(solver, scenarios, base, 2); // warm-up
      for (int threads : new int[] {1, 2}) {
        double[] s = new double[repeats];
        for (int i = 0; i < repeats; i++) {
          long t0 = System.nanoTime();
          Comparison c = Comparison.run(solver, scenarios, base, threads);
          s[i] = (System.nanoTime() - t0) / 1e9;
          if (c.solutions().size() != scenarios.size()) {
            throw new IllegalStateException("a comparison lost a scenario");
          }
        }
        double[] sorted = s.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %.2f | %s |%n", b, decomposition, threads, sorted[repeats / 2],
            Arrays.toString(Arrays.stream(s).map(x -> Math.round(x * 100) / 100.0).toArray()));
      }
    }
  }
}
