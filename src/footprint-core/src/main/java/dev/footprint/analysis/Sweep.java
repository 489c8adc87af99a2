package dev.footprint.analysis;

import dev.footprint.model.InvalidModelException;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.result.Allocation;
import dev.footprint.result.Evaluation;
import dev.footprint.result.Figures;
import dev.footprint.result.VerificationReport;
import dev.footprint.result.Verifier;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.LiveModel;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A parametric sweep: the network solved at each value of a parameter, re-solved in place in one
 * live model per thread.
 *
 * <p>For a parameter that moves only cost coefficients ({@link Parameter#objectiveOnly()}), each
 * as an affine function of the parameter over the swept range ({@link Parameter#linearity()}), the
 * feasible set is the same at every value, each allocation's cost is a straight line in the
 * parameter and the optimal cost, their lower envelope, is concave: if the same allocation is
 * optimal at two values it is optimal at every value between them. With {@code skipBetweenEqual},
 * the sweep then solves the ends of the grid and bisects only the intervals whose ends differ;
 * points inside an interval whose ends agree take that allocation, costed and verified at their
 * own value in plain Java. Two ends also agree when one end's allocation costs no more, at the
 * other end, than the optimum found there (alternative optima). The answer is the same as solving
 * every point, up to the solver's relative gap, with far fewer solves.
 *
 * <p>Where a coefficient the parameter moves is not affine in it over the range (a tariff rate
 * under a FLOOR rule: {@code max(sum of ADD rates, v)}), an allocation's cost bends, an allocation
 * optimal at both ends of an interval may be beaten inside it, and nothing is skipped: every point
 * is confirmed by a solve of its own.
 *
 * @param parameter the parameter's name
 * @param points one point per value, in the order given
 * @param solves how many solves the sweep ran
 */
public record Sweep(String parameter, List<Point> points, int solves) {

  /**
   * One value of the sweep.
   *
   * @param value the parameter's value
   * @param summary the solution's figures
   * @param solved true if solved at this value, false if it took the allocation shared by the
   *     solved points around it
   */
  public record Point(double value, Summary summary, boolean solved) {
    /**
     * Validates.
     *
     * @param value the parameter's value
     * @param summary the solution's figures
     * @param solved true if solved at this value, false if it took a shared allocation
     */
    public Point {
      AnalysisLimits.require(summary, "sweep point: summary");
    }
  }

  /**
   * Copies.
   *
   * @param parameter the parameter's name
   * @param points one point per value, in the order given
   * @param solves how many solves the sweep ran
   */
  public Sweep {
    AnalysisLimits.require(parameter, "sweep.parameter");
    points = List.copyOf(AnalysisLimits.requireAll(points, "sweep.points"));
  }

  /**
   * Solves every value in order.
   *
   * @param solver the solver (its options are used)
   * @param base the network
   * @param parameter the parameter
   * @param values the values
   * @return the sweep
   */
  public static Sweep run(FootprintSolver solver, Network base, Parameter parameter, double[] values) {
    return run(solver, base, parameter, values, false);
  }

  /**
   * @param solver the solver (its options are used)
   * @param base the network
   * @param parameter the parameter
   * @param values the values; with {@code skipBetweenEqual} they must be strictly increasing
   * @param skipBetweenEqual solve only where needed (objective-only parameters linear over the
   *     range; others are solved at every point: see the class notes)
   * @return the sweep
   * @throws IllegalArgumentException if {@code skipBetweenEqual} is asked for a parameter that is not
   *     objective-only, or for values not strictly increasing
   */
  public static Sweep run(FootprintSolver solver, Network base, Parameter parameter, double[] values,
      boolean skipBetweenEqual) {
    return run(solver, base, parameter, values, skipBetweenEqual, 1);
  }

  /**
   * As {@link #run(FootprintSolver, Network, Parameter, double[], boolean)}, on {@code threads}
   * live models solving at once. Point by point, each thread takes a run of consecutive values.
   * With {@code skipBetweenEqual}, the sweep first solves {@code threads + 1} values spread evenly
   * over the grid (the ends among them), at once, then fills the intervals between them at once,
   * each by the bisection above: a few more solves than on one thread, on as many cores. The costs
   * are the same on any number of threads, up to the solver's relative gap; where a point has
   * alternative optima, which of them it reports may differ.
   *
   * @param solver the solver (stateless, shared by the threads; its options are used)
   * @param base the network
   * @param parameter the parameter
   * @param values the values; with {@code skipBetweenEqual} they must be strictly increasing
   * @param skipBetweenEqual solve only where needed (see the class notes)
   * @param threads live models solving at once, from 1 to {@link AnalysisLimits#MAX_THREADS}
   * @return the sweep
   * @throws IllegalArgumentException if {@code skipBetweenEqual} is asked for a parameter that is not
   *     objective-only, or for values not strictly increasing
   */
  public static Sweep run(FootprintSolver solver, Network base, Parameter parameter, double[] values,
      boolean skipBetweenEqual, int threads) {
    AnalysisLimits.require(solver, "solver");
    AnalysisLimits.require(base, "base");
    AnalysisLimits.require(parameter, "parameter");
    AnalysisLimits.require(values, "values");
    AnalysisLimits.count(threads, AnalysisLimits.MAX_THREADS, "threads");
    if (values.length == 0 || values.length > AnalysisLimits.MAX_POINTS) {
      throw new InvalidModelException("values", values.length + " values", "a sweep needs between 1 and "
          + AnalysisLimits.MAX_POINTS + " values (docs/analyses.md, Limits)");
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new InvalidModelException("values[" + i + "]", values[i], "must be finite");
      }
      min = Math.min(min, values[i]);
      max = Math.max(max, values[i]);
    }
    // the ends of the range are applied before anything is solved, so that a value the parameter
    // cannot take is refused up front
    parameter.at(base, min);
    parameter.at(base, max);
    if (skipBetweenEqual && !parameter.objectiveOnly()) {
      throw new IllegalArgumentException(parameter.name() + ": skipBetweenEqual needs a parameter that moves only"
          + " cost coefficients\nMaybe sweep it point by point.");
    }
    if (skipBetweenEqual) {
      for (int i = 1; i < values.length; i++) {
        if (!(values[i] > values[i - 1])) {
          throw new IllegalArgumentException("values[" + i + "] = " + values[i] + ": must be above values["
              + (i - 1) + "] = " + values[i - 1] + " to skip between equal solutions");
        }
      }
    }
    // Skip only where the optimal cost is concave: otherwise confirm every point by a solve.
    boolean share = skipBetweenEqual
        && parameter.concaveOn(base, values[0], values[values.length - 1]).isEmpty();
    boolean integral = !solver.options().relaxIntegrality();
    int n = values.length;
    Point[] points = new Point[n];
    Allocation[] allocations = new Allocation[n];
    AtomicInteger solves = new AtomicInteger();
    try (Workers workers = new Workers(solver, parameter.at(base, values[0]), Math.min(threads, n))) {
      int w = workers.count();
      if (!share) {
        List<Consumer<LiveModel>> runs = new ArrayList<>();
        for (int k = 0; k < w; k++) {
          int from = (int) ((long) k * n / w);
          int to = (int) ((long) (k + 1) * n / w);
          runs.add(live -> {
            for (int i = from; i < to; i++) {
              solveAt(live, base, parameter, values, i, points, allocations, solves);
            }
          });
        }
        workers.runAll(runs);
      } else {
        int[] anchors = anchors(n, w);
        List<Consumer<LiveModel>> ends = new ArrayList<>();
        for (int a : anchors) {
          ends.add(live -> solveAt(live, base, parameter, values, a, points, allocations, solves));
        }
        workers.runAll(ends);
        List<Consumer<LiveModel>> between = new ArrayList<>();
        for (int k = 0; k + 1 < anchors.length; k++) {
          int lo = anchors[k];
          int hi = anchors[k + 1];
          between.add(live -> fill(live, base, parameter, values, lo, hi, points, allocations, solves, integral));
        }
        workers.runAll(between);
      }
    }
    return new Sweep(parameter.name(), Arrays.asList(points), solves.get());
  }

  /** {@code w + 1} indexes spread evenly over {@code [0, n - 1]}, the ends among them, without repeats. */
  static int[] anchors(int n, int w) {
    return java.util.stream.IntStream.rangeClosed(0, w)
        .map(k -> (int) Math.round((double) k * (n - 1) / w)).distinct().toArray();
  }

  /** Live models on a pool of threads, each task borrowing one for its whole run. */
  private static final class Workers implements AutoCloseable {
    private final BlockingQueue<LiveModel> models;
    private final List<LiveModel> opened = new ArrayList<>();
    private final ExecutorService pool;

    Workers(FootprintSolver solver, Network first, int count) {
      models = new ArrayBlockingQueue<>(count);
      try {
        for (int k = 0; k < count; k++) {
          LiveModel live = solver.open(first);
          opened.add(live);
          models.add(live);
        }
      } catch (RuntimeException | Error e) {
        opened.forEach(LiveModel::close);
        throw e;
      }
      pool = count > 1 ? Executors.newFixedThreadPool(count) : null;
    }

    int count() {
      return opened.size();
    }

    /** Runs every task, at most {@link #count()} at once, and returns when all are done. */
    void runAll(List<Consumer<LiveModel>> tasks) {
      if (pool == null) {
        LiveModel live = models.peek();
        tasks.forEach(t -> t.accept(live));
        return;
      }
      List<Future<?>> runs = new ArrayList<>();
      for (Consumer<LiveModel> t : tasks) {
        runs.add(pool.submit(() -> {
          LiveModel live = models.take();
          try {
            t.accept(live);
          } finally {
            models.add(live);
          }
          return null;
        }));
      }
      for (Future<?> f : runs) {
        Tasks.await(f, "sweep");
      }
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow(); // interrupts the solves still running: each then stops and returns
      }
      opened.forEach(LiveModel::close); // waits for a model's solve in progress, if any
    }
  }

  private static void solveAt(LiveModel live, Network base, Parameter parameter, double[] values, int i,
      Point[] points, Allocation[] allocations, AtomicInteger solves) {
    live.update(parameter.at(base, values[i]));
    Solution s = live.solve();
    solves.incrementAndGet();
    points[i] = new Point(values[i], Summary.of(s), true);
    allocations[i] = s.hasAllocation() ? s.allocation() : null;
  }

  private static void fill(LiveModel live, Network base, Parameter parameter, double[] values, int lo, int hi,
      Point[] points, Allocation[] allocations, AtomicInteger solves, boolean integral) {
    if (hi - lo <= 1) {
      return;
    }
    Allocation shared = sharedOptimum(base, parameter, values, lo, hi, points, allocations,
        live.options().relativeGap());
    if (shared != null) {
      for (int k = lo + 1; k < hi; k++) {
        Network at = parameter.at(base, values[k]);
        Allocation rebound = shared.rebind(at);
        VerificationReport report = Verifier.create(Verifier.DEFAULT_TOLERANCE, integral).verify(rebound);
        if (!report.passed()) {
          throw new IllegalStateException(String.format(Locale.ROOT,
              "%s = %s: the allocation shared by its neighbours fails there: %s", parameter.name(), values[k], report));
        }
        points[k] = new Point(values[k], Summary.of(points[lo].summary().status() == SolveStatus.OPTIMAL
            && points[hi].summary().status() == SolveStatus.OPTIMAL ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE,
            Evaluation.of(rebound)), false);
        allocations[k] = rebound;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    solveAt(live, base, parameter, values, mid, points, allocations, solves);
    fill(live, base, parameter, values, lo, mid, points, allocations, solves, integral);
    fill(live, base, parameter, values, mid, hi, points, allocations, solves, integral);
  }

  /**
   * An allocation optimal at both ends of an interval, if one of the ends' allocations is: the same
   * decisions at both ends, or one end's decisions costing no more than the other end's optimum at
   * the other end (alternative optima), within the solver's relative gap. By concavity it is then
   * optimal at every value between.
   */
  private static Allocation sharedOptimum(Network base, Parameter parameter, double[] values, int lo, int hi,
      Point[] points, Allocation[] allocations, double gap) {
    Allocation a = allocations[lo];
    Allocation b = allocations[hi];
    if (a == null || b == null) {
      return null;
    }
    if (a.sameDecisions(b, 1e-7)) {
      return a;
    }
    double tolerance = Math.max(gap, 1e-9);
    double atHi = points[hi].summary().objective();
    if (Evaluation.of(a.rebind(parameter.at(base, values[hi]))).total() <= atHi + tolerance * Math.max(1, Math.abs(atHi))) {
      return a;
    }
    double atLo = points[lo].summary().objective();
    if (Evaluation.of(b.rebind(parameter.at(base, values[lo]))).total() <= atLo + tolerance * Math.max(1, Math.abs(atLo))) {
      return b;
    }
    return null;
  }

  /**
   * @param from first value
   * @param to last value
   * @param count number of values, at least 2
   * @return evenly spaced values from {@code from} to {@code to}
   */
  public static double[] grid(double from, double to, int count) {
    if (count < 2 || count > AnalysisLimits.MAX_POINTS) {
      throw new InvalidModelException("count", count, "a grid needs between 2 and " + AnalysisLimits.MAX_POINTS
          + " values (docs/analyses.md, Limits)");
    }
    if (!Double.isFinite(from) || !Double.isFinite(to)) {
      throw new InvalidModelException("grid", "[" + from + ", " + to + "]", "both ends must be finite");
    }
    double[] v = new double[count];
    for (int i = 0; i < count; i++) {
      v[i] = from + (to - from) * i / (count - 1);
    }
    return v;
  }

  /**
   * @return a table, one line per point: the parameter's value (without binary noise; tariff rates as
   *     percentages; money parameters labelled), the status, whether the point was solved or took the
   *     allocation shared by the solved points around it, the cost labelled with the network's money,
   *     and the sites opened; then how many solves it took
   */
  public String table() {
    double[] values = points.stream().mapToDouble(Point::value).toArray();
    String[] shown = Text.parameterValues(parameter, values, 1);
    Money money = points.isEmpty() ? null : points.get(0).summary().money();
    String unit = money == null ? "" : Text.parameterUnit(parameter, money);
    Text.Table t = new Text.Table(">" + (unit.isEmpty() ? parameter : parameter + " (" + unit + ")"), "status",
        "solved", ">" + Text.labelled("cost", money), "sites opened");
    for (int i = 0; i < points.size(); i++) {
      Summary s = points.get(i).summary();
      String sites = !s.status().hasAllocation() ? Figures.NONE
          : s.sitesOpened().isEmpty() ? "none" : String.join(", ", s.sitesOpened());
      t.row(shown[i], s.status().toString(), points.get(i).solved() ? "yes" : "shared",
          Figures.money(s.objective()), sites);
    }
    return t.render() + solves + (solves == 1 ? " solve" : " solves") + " for " + points.size()
        + (points.size() == 1 ? " point" : " points") + "\n";
  }

}
