package dev.footprint.benchmarks;

import dev.footprint.analysis.Parameters;
import dev.footprint.analysis.RobustFootprint;
import dev.footprint.examples.KoreaUsStudy;
import dev.footprint.model.Network;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.internal.BendersEngine;
import dev.footprint.solve.internal.StochasticEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The flagship's robust footprint, its two-stage model solved whole (the extensive model) and by
 * Benders decomposition, in one JVM, to the same relative gap: wall time, status, objective and bound
 * of each, and for the decomposition its iterations, cuts and the split of its time between master
 * and regimes.
 *
 * <p>Cases: {@code 3}, the three regimes of the flagship ({@code 2025 deal}, {@code No deal}, {@code
 * 2026 post-ruling}, all with the pledge, probabilities 0.5, 0.2, 0.3 as in docs/cli.md); {@code 9},
 * those regimes times three demand levels (every demand times 0.8, 0.9, 1, probabilities 0.2, 0.3,
 * 0.5); {@code 27}, those times three capex levels (every site's opening capex times 1, 1.15, 1.3,
 * probabilities 0.5, 0.3, 0.2). ASSUMPTION: the levels and their probabilities are illustrative, not sourced: demand
 * falling short of the plan by up to 20%, and capex overruns of up to 30% on the announced costs.
 * Nothing above the plan or below the announced costs: the flagship's sites cannot meet 5% more
 * demand in any regime, and the pledge counts capex, so that at 0.9 times the costs no footprint
 * meets it (either makes the two-stage model infeasible).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.footprint.benchmarks.RobustRun [CASES] [METHODS] [GAP] [LIMIT_S] [LAMBDA]
 * </pre>
 *
 * <p>Cases default to {@code 3,27}; methods to {@code decomposed,extensive}; the gap to 1e-4; the
 * limit per solve to 600 s; lambda (the CVaR weight, alpha 0.2) to 0. A warm-up of the first method
 * on the 3-regime case, for at most 20 s, runs first.
 */
public final class RobustRun {
  private RobustRun() {}

  /**
   * @param args cases, methods, gap, limit, lambda (see the class comment)
   */
  public static void main(String[] args) {
    String[] cases = (args.length > 0 ? args[0] : "3,27").split(",");
    String[] methods = (args.length > 1 ? args[1] : "decomposed,extensive").split(",");
    double gap = args.length > 2 ? Double.parseDouble(args[2]) : 1e-4;
    int limit = args.length > 3 ? Integer.parseInt(args[3]) : 600;
    double lambda = args.length > 4 ? Double.parseDouble(args[4]) : 0;
    double alpha = 0.2;
    SolveOptions options = SolveOptions.DEFAULT.withRelativeGap(gap).withTimeLimit(Duration.ofSeconds(limit));
    int threads = Runtime.getRuntime().availableProcessors();
    // Warm-up: the first method on the three regimes, for at most 20 s.
    SolveOptions warm = options.withTimeLimit(Duration.ofSeconds(Math.min(limit, 20)));
    if (methods[0].strip().equals("decomposed")) {
      BendersEngine.solve(networks(regimes(3)), probabilities(regimes(3)), lambda, alpha, warm, threads);
    } else {
      StochasticEngine.solve(networks(regimes(3)), probabilities(regimes(3)), lambda, alpha, warm);
    }
    System.out.printf(Locale.ROOT, "gap %.0e, limit %d s, lambda %.2f, alpha %.2f, %d threads%n", gap, limit, lambda,
        alpha, threads);
    System.out.println("| regimes | method | seconds | status | objective | bound | iterations | cuts |"
        + " master s | regimes s |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (String c : cases) {
      List<RobustFootprint.Regime> regimes = regimes(Integer.parseInt(c.strip()));
      List<Network> nets = networks(regimes);
      double[] p = probabilities(regimes);
      for (String m : methods) {
        long t0 = System.nanoTime();
        if (m.strip().equals("decomposed")) {
          BendersEngine.Run r = BendersEngine.solve(nets, p, lambda, alpha, options, threads);
          double s = (System.nanoTime() - t0) / 1e9;
          System.out.printf(Locale.ROOT, "| %d | decomposed | %.1f | %s | %.2f | %.2f | %d + %d | %d | %.1f | %.1f |%n",
              regimes.size(), s, r.status(), r.upperBound(), r.lowerBound(), r.relaxedIterations(), r.iterations(),
              r.cuts(), r.masterNanos() / 1e9, r.subproblemNanos() / 1e9);
        } else {
          StochasticEngine.Run r = StochasticEngine.solve(nets, p, lambda, alpha, options);
          double s = (System.nanoTime() - t0) / 1e9;
          System.out.printf(Locale.ROOT, "| %d | extensive | %.1f | %s | %.2f | %.2f | – | – | – | – |%n",
              regimes.size(), s, r.raw().status(), r.raw().objective(), r.raw().bestBound());
        }
      }
    }
  }

  /**
   * @param count 3, 9 or 27
   * @return the regimes of that case (see the class comment)
   */
  static List<RobustFootprint.Regime> regimes(int count) {
    KoreaUsStudy.Regime[] tariffs = KoreaUsStudy.Regime.values();
    double[] tariffP = {0.5, 0.2, 0.3};
    if (count != 3 && count != 9 && count != 27) {
      throw new IllegalArgumentException("cases: 3, 9 or 27, not " + count);
    }
    double[] demand = count >= 9 ? new double[] {0.8, 0.9, 1} : new double[] {1};
    double[] capex = count == 27 ? new double[] {1, 1.15, 1.3} : new double[] {1};
    double[] demandP = count >= 9 ? new double[] {0.2, 0.3, 0.5} : new double[] {1};
    double[] capexP = count == 27 ? new double[] {0.5, 0.3, 0.2} : new double[] {1};
    List<RobustFootprint.Regime> out = new ArrayList<>();
    for (int r = 0; r < tariffs.length; r++) {
      Network base = KoreaUsStudy.network(tariffs[r], true);
      for (int d = 0; d < demand.length; d++) {
        for (int c = 0; c < capex.length; c++) {
          Network n = Parameters.capexScale().at(Parameters.demandScale().at(base, demand[d]), capex[c]);
          String name = String.format(Locale.ROOT, "%s, demand x%.2f, capex x%.2f", tariffs[r], demand[d], capex[c]);
          out.add(new RobustFootprint.Regime(name, n, tariffP[r] * demandP[d] * capexP[c]));
        }
      }
    }
    return out;
  }

  static List<Network> networks(List<RobustFootprint.Regime> regimes) {
    return regimes.stream().map(RobustFootprint.Regime::network).toList();
  }

  static double[] probabilities(List<RobustFootprint.Regime> regimes) {
    return regimes.stream().mapToDouble(RobustFootprint.Regime::probability).toArray();
  }
}
