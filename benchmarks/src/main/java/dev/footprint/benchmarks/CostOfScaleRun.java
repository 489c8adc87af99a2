package dev.footprint.benchmarks;

import com.google.ortools.Loader;
import dev.footprint.generate.NetworkGenerator;
import dev.footprint.generate.NetworkGenerator.Spec;
import dev.footprint.model.Network;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import dev.footprint.solve.internal.Formulation;
import dev.footprint.solve.internal.OrToolsModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The cost of scale (issue #12 point 6): build and solve time against nonzeros on a ladder of
 * generated sizes from S to XL, with the growth exponent {@code b} of {@code time = a * nonzeros^b}
 * fitted by least squares on the logarithms. Not JMH: one JVM, sizes in increasing order, solves
 * of seconds to minutes.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar dev.footprint.benchmarks.CostOfScaleRun \
 *     [SIZES] [LIMIT_SECONDS] [LARGEST_SOLVED]
 * </pre>
 *
 * <p>Sizes (comma-separated, default {@code S,S+,S++,M,M+,L,XL}): the presets of {@link
 * NetworkGenerator.Size} and, between them, {@code S+} and {@code S++} (between S and M) and {@code
 * M+} (between M and L), defined below. Per size:
 *
 * <ul>
 *   <li><b>build</b>: the library's route ({@code Formulation} into OR-Tools' model builder, the
 *       model then released), the median of the builds of 3 s (at least three; two for XL) after
 *       3 s of builds that warm the JVM up (at least one);
 *   <li><b>LP</b>: the LP relaxation ({@code withRelaxIntegrality(true)}) through {@code
 *       FootprintSolver.solve} with the default backend (HiGHS): the whole call, wall time;
 *   <li><b>MILP</b>: the model to a 1e-4 relative gap through {@code FootprintSolver.solve}, the
 *       default backend, wall time.
 * </ul>
 *
 * <p>Each solve has the time limit given (default 120 s); sizes after {@code LARGEST_SOLVED}
 * (default {@code L}) are built only. A solve that ends at its limit is reported with its status and
 * left out of the fit: its time is a lower bound. Every solve is verified, as the library does by
 * default. Prints a Markdown table and the fitted exponents, as recorded in benchmarks/RESULTS.md.
 */
public final class CostOfScaleRun {
  private CostOfScaleRun() {}

  /** Seconds of warm-up builds, and at least as many seconds of measured builds, per size. */
  static final double WARM_UP_SECONDS = 3;

  /** The fewest measured builds of a size (XL: two). */
  static final int MIN_BUILDS = 3;

  /** The ladder: presets and the sizes between them. */
  static final Map<String, Spec> LADDER = new LinkedHashMap<>();

  static {
    LADDER.put("S", NetworkGenerator.Size.S.spec());
    // countries, products, sites, products per site, markets, markets per product, periods, candidates
    LADDER.put("S+", new Spec(8, 40, 25, 7, 14, 7, 5, 0.3));
    LADDER.put("S++", new Spec(9, 60, 50, 8, 16, 8, 5, 0.3));
    LADDER.put("M", NetworkGenerator.Size.M.spec());
    LADDER.put("M+", new Spec(15, 200, 220, 15, 20, 10, 5, 0.3));
    LADDER.put("L", NetworkGenerator.Size.L.spec());
    LADDER.put("XL", NetworkGenerator.Size.XL.spec());
  }

  /** One size's figures; NaN where not measured. */
  record Row(String size, int variables, int integers, long nonzeros, double buildMs, double lpS,
      String lpStatus, double milpS, String milpStatus, double milpGap, boolean lpFits, boolean milpFits) {}

  /**
   * @param args sizes, time limit in seconds per solve, the largest size solved
   */
  public static void main(String[] args) {
    List<String> sizes = Arrays.asList((args.length > 0 ? args[0] : String.join(",", LADDER.keySet())).split(","));
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 120;
    String largestSolved = args.length > 2 ? args[2] : "L";
    List<String> names = new ArrayList<>(LADDER.keySet());
    for (String s : sizes) {
      if (!LADDER.containsKey(s)) {
        throw new IllegalArgumentException("unknown size '" + s + "': expected one of " + names);
      }
    }
    Loader.loadNativeLibraries();
    List<Row> rows = new ArrayList<>();
    for (String size : sizes) {
      Network network = NetworkGenerator.generate(LADDER.get(size), AbstractBenchmark.SEED);
      Formulation probe = new Formulation(network, SolveOptions.DEFAULT);
      boolean integer = probe.hasIntegerDecisions();
      // warm-up: builds for at least WARM_UP_SECONDS (at least one); then builds for at least as
      // long, at least MIN_BUILDS (two for XL, whose build takes seconds): the median
      long[] nonzeros = {0};
      Runnable build = () -> {
        try (OrToolsModel model = new OrToolsModel()) {
          new Formulation(network, SolveOptions.DEFAULT).emit(model, integer, false);
          nonzeros[0] = model.nonzeros();
        }
      };
      long warmUntil = System.nanoTime() + (long) (WARM_UP_SECONDS * 1e9);
      do {
        build.run();
      } while (System.nanoTime() < warmUntil);
      int least = size.equals("XL") ? 2 : MIN_BUILDS;
      List<Double> ms = new ArrayList<>();
      long measureUntil = System.nanoTime() + (long) (WARM_UP_SECONDS * 1e9);
      while (ms.size() < least || System.nanoTime() < measureUntil) {
        long t0 = System.nanoTime();
        build.run();
        ms.add((System.nanoTime() - t0) / 1e6);
      }
      java.util.Collections.sort(ms);
      double buildMs = ms.size() % 2 == 1 ? ms.get(ms.size() / 2)
          : (ms.get(ms.size() / 2 - 1) + ms.get(ms.size() / 2)) / 2;
      Row row;
      if (names.indexOf(size) <= names.indexOf(largestSolved)) {
        SolveOptions base = SolveOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(limit));
        Timed lp = solve(network, base.withRelaxIntegrality(true));
        Timed milp = solve(network, base.withRelativeGap(1e-4));
        row = new Row(size, milp.solution.stats().variables(), milp.solution.stats().integerVariables(), nonzeros[0],
            buildMs, lp.seconds, lp.status(), milp.seconds, milp.status(), milp.solution.stats().relativeGap(),
            lp.proven(), milp.proven());
      } else {
        row = new Row(size, -1, -1, nonzeros[0], buildMs, Double.NaN, "not solved", Double.NaN, "not solved",
            Double.NaN, false, false);
      }
      rows.add(row);
      System.out.printf(Locale.ROOT, "%s: %s%n", size, row);
    }
    print(rows, limit);
  }

  private record Timed(Solution solution, double seconds) {
    boolean proven() {
      return solution.status() == SolveStatus.OPTIMAL;
    }

    String status() {
      return solution.status() + (solution.verification().map(v -> v.passed() ? ", verified" : ", VERIFICATION FAILED")
          .orElse(""));
    }
  }

  private static Timed solve(Network network, SolveOptions options) {
    long t0 = System.nanoTime();
    Solution s = FootprintSolver.create(options).solve(network);
    return new Timed(s, (System.nanoTime() - t0) / 1e9);
  }

  private static void print(List<Row> rows, int limit) {
    System.out.println();
    System.out.println("| size | variables (integer) | nonzeros | build ms | LP relaxation s | MILP to 1e-4 s |");
    System.out.println("|---|---|---|---|---|---|");
    for (Row r : rows) {
      String vars = r.variables() < 0 ? "–" : String.format(Locale.ROOT, "%,d (%,d)", r.variables(), r.integers());
      System.out.printf(Locale.ROOT, "| %s | %s | %,d | %.1f | %s | %s |%n", r.size(), vars, r.nonzeros(),
          r.buildMs(), cell(r.lpS(), r.lpStatus(), Double.NaN), cell(r.milpS(), r.milpStatus(), r.milpGap()));
    }
    System.out.println();
    printFit("build", rows, r -> true, Row::buildMs);
    printFit("LP relaxation", rows, Row::lpFits, Row::lpS);
    printFit("MILP to 1e-4", rows, Row::milpFits, Row::milpS);
    System.out.printf(Locale.ROOT, "(solves limited to %d s; those at the limit are not fitted)%n", limit);
  }

  private static String cell(double seconds, String status, double gap) {
    if (Double.isNaN(seconds)) {
      return "–";
    }
    String g = Double.isNaN(gap) ? "" : String.format(Locale.ROOT, ", gap %.2g", gap);
    return String.format(Locale.ROOT, "%.2f (%s%s)", seconds, status, g);
  }

  /** A fitted growth: {@code time ~ nonzeros^exponent} over the sizes named. */
  record Growth(double exponent, double rSquare, double exponentStandardError, List<String> sizes) {}

  /**
   * Least squares of log(time) on log(nonzeros) over the rows {@code use} accepts.
   *
   * @return the growth, or null with fewer than two sizes
   */
  static Growth fit(List<Row> rows, java.util.function.Predicate<Row> use,
      java.util.function.ToDoubleFunction<Row> time) {
    SimpleRegression regression = new SimpleRegression();
    List<String> used = new ArrayList<>();
    for (Row r : rows) {
      if (use.test(r) && time.applyAsDouble(r) > 0) {
        regression.addData(Math.log(r.nonzeros()), Math.log(time.applyAsDouble(r)));
        used.add(r.size());
      }
    }
    if (used.size() < 2) {
      return null;
    }
    return new Growth(regression.getSlope(), regression.getRSquare(),
        used.size() > 2 ? regression.getSlopeStdErr() : Double.NaN, used);
  }

  private static void printFit(String what, List<Row> rows, java.util.function.Predicate<Row> use,
      java.util.function.ToDoubleFunction<Row> time) {
    Growth g = fit(rows, use, time);
    if (g == null) {
      System.out.printf(Locale.ROOT, "%s: fewer than two sizes to fit%n", what);
      return;
    }
    System.out.printf(Locale.ROOT, "%s: time ~ nonzeros^%.2f (R^2 %.3f, %d sizes: %s)%s%n", what, g.exponent(),
        g.rSquare(), g.sizes().size(), String.join(", ", g.sizes()), Double.isNaN(g.exponentStandardError()) ? ""
            : String.format(Locale.ROOT, ", slope standard error %.2f", g.exponentStandardError()));
  }
}
