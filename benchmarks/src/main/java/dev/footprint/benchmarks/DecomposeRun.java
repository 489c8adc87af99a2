package dev.footprint.benchmarks;

import dev.footprint.examples.KoreaUsStudy;
import dev.footprint.model.Network;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveOptions.Decomposition;
import dev.footprint.solve.internal.BendersEngine;
import dev.footprint.solve.internal.Engine;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One network solved whole against by Benders decomposition ({@link SolveOptions#withDecomposition}),
 * each the library's whole {@code solve} call (for the decomposition: the decomposition, then the
 * footprint's own linear program, extraction and verification), rounds of the methods interleaved so
 * that load falls on both alike, the median of the rounds after a warm-up. Not JMH: a solve takes
 * seconds to minutes, and the methods are compared as ratios measured back to back.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.footprint.benchmarks.DecomposeRun \
 *     [CASES] [METHODS] [REPEATS] [LIMIT_SECONDS] [GAP]
 * </pre>
 *
 * <p>Cases (comma-separated; default the flagship's six scenarios and {@code S}): those of {@link
 * BackendRun}, and {@code REGIME/PLEDGE} for a flagship scenario ({@code DEAL_2025/true}, ...; {@code
 * flagship6} for all six). Methods: {@code OFF}, {@code BENDERS}, {@code AUTO} (default OFF,BENDERS), or
 * {@code NONE} to count each case's blocks only.
 * Repeats default to 3, the limit to 600 s a solve, the gap to the library's 1e-6. Prints one line per
 * case and method, then a table with each case's blocks (its formulation's, once the site statuses are
 * fixed) and the ratio of each method's median to the first's.
 */
public final class DecomposeRun {
  private DecomposeRun() {}

  /**
   * @param args cases, methods, repeats, limit in seconds, gap (see the class comment)
   * @throws InterruptedException if interrupted while waiting for backend threads
   */
  public static void main(String[] args) throws InterruptedException {
    List<String> cases = Arrays.stream((args.length > 0 ? args[0] : "flagship6,S").split(","))
        .flatMap(c -> c.equals("flagship6") ? flagshipScenarios().stream() : List.of(c).stream()).toList();
    String methodNames = args.length > 1 ? args[1] : "OFF,BENDERS";
    if (methodNames.equals("NONE")) {
      for (String c : cases) {
        System.out.printf(Locale.ROOT, "%s: %d blocks%n", c, BendersEngine.blocks(instance(c), SolveOptions.DEFAULT));
      }
      return;
    }
    List<Decomposition> methods = Arrays.stream(methodNames.split(",")).map(Decomposition::valueOf).toList();
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Duration limit = Duration.ofMillis(Math.round(1000 * (args.length > 3 ? Double.parseDouble(args[3]) : 600)));
    double gap = args.length > 4 ? Double.parseDouble(args[4]) : SolveOptions.DEFAULT.relativeGap();
    SolveOptions base = SolveOptions.DEFAULT.withTimeLimit(limit).withRelativeGap(gap);
    System.out.printf(Locale.ROOT, "gap %.0e, limit %d s, %d rounds%n", gap, limit.toSeconds(), repeats);

    Network warm = BackendRun.instance("S");
    for (Decomposition m : methods) {
      FootprintSolver.create(base.withDecomposition(m)).solve(warm);
    }
    StringBuilder table = new StringBuilder("| case | blocks |");
    methods.forEach(m -> table.append(' ').append(m).append(" s | status | objective | bound |"));
    methods.subList(1, methods.size()).forEach(m -> table.append(' ').append(m).append(" / ")
        .append(methods.get(0)).append(" |"));
    table.append("\n|---|---|").append("---|---|---|---|".repeat(methods.size()))
        .append("---|".repeat(methods.size() - 1)).append('\n');
    for (String c : cases) {
      Network n = instance(c);
      int blocks = BendersEngine.blocks(n, base);
      double[][] seconds = new double[methods.size()][repeats];
      Solution[] last = new Solution[methods.size()];
      for (int i = 0; i < repeats; i++) {
        for (int k = 0; k < methods.size(); k++) {
          long t0 = System.nanoTime();
          last[k] = FootprintSolver.create(base.withDecomposition(methods.get(k))).solve(n);
          seconds[k][i] = (System.nanoTime() - t0) / 1e9;
          while (Engine.busyBackendThreads() > 0) {
            Thread.sleep(10); // the next run starts on a quiet machine
          }
          System.out.printf(Locale.ROOT, "# %s %s round %d: %.3f s %s %.10g bound %.10g (%s)%n", c, methods.get(k),
              i + 1, seconds[k][i], last[k].status(), last[k].hasAllocation() ? last[k].objective() : Double.NaN,
              last[k].stats().bestBound(), last[k].stats().backendStatus());
        }
      }
      table.append("| ").append(c).append(" | ").append(blocks).append(" |");
      double first = TighteningRun.median(seconds[0]);
      for (int k = 0; k < methods.size(); k++) {
        Solution s = last[k];
        table.append(String.format(Locale.ROOT, " %.2f | %s | %s | %s |", TighteningRun.median(seconds[k]),
            s.status(),
            s.hasAllocation() ? String.format(Locale.ROOT, "%.2f", s.objective()) : "–",
            Double.isFinite(s.stats().bestBound())
                ? String.format(Locale.ROOT, "%.2f", s.stats().bestBound()) : "–"));
      }
      for (int k = 1; k < methods.size(); k++) {
        table.append(String.format(Locale.ROOT, " %.2f× |", TighteningRun.median(seconds[k]) / first));
      }
      table.append('\n');
    }
    System.out.println();
    System.out.print(table);
  }

  private static List<String> flagshipScenarios() {
    return Arrays.stream(KoreaUsStudy.Regime.values())
        .flatMap(r -> List.of(r + "/true", r + "/false").stream()).toList();
  }

  private static Network instance(String name) {
    if (name.contains("/")) {
      String[] rp = name.split("/");
      return KoreaUsStudy.network(KoreaUsStudy.Regime.valueOf(rp[0]), Boolean.parseBoolean(rp[1]));
    }
    return BackendRun.instance(name);
  }
}
