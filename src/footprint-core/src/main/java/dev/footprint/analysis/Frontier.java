package dev.footprint.analysis;

import dev.footprint.model.JobGrant;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.result.Figures;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;

/**
 * A trade-off frontier by the epsilon-constraint method: cost is minimized subject to a floor on a
 * second objective (jobs kept in a country, or capex placed in a pledged country), for a grid of
 * floors between the value at the cost optimum and the largest value reachable. Every point is a
 * verified solution; the points no other point beats on both counts are marked non-dominated.
 *
 * @param metric what the second objective measures, such as {@code jobs in KR (lowest period)}
 * @param points the points, by increasing floor
 */
public record Frontier(String metric, List<Point> points) {

  /**
   * One point.
   *
   * @param floor the floor imposed on the metric
   * @param cost the optimal cost under that floor (NaN if infeasible)
   * @param achieved the metric's value in the solution
   * @param summary the solution's figures
   * @param nonDominated whether no other point has lower or equal cost and higher or equal metric,
   *     one of them strictly
   */
  public record Point(double floor, double cost, double achieved, Summary summary, boolean nonDominated) {
    /**
     * Validates.
     *
     * @param floor the floor on the metric
     * @param cost the cost at that floor (NaN if infeasible)
     * @param achieved the metric's value at the solution
     * @param summary the solution's figures
     * @param nonDominated whether no other point is at least as good on both counts and better on one
     */
    public Point {
      AnalysisLimits.require(summary, "frontier point: summary");
    }
  }

  /**
   * Copies.
   *
   * @param metric what the second objective measures, such as {@code jobs in KR (lowest period)}
   * @param points the points, by increasing floor
   */
  public Frontier {
    AnalysisLimits.require(metric, "frontier.metric");
    points = List.copyOf(AnalysisLimits.requireAll(points, "frontier.points"));
  }

  /**
   * Cost against jobs kept in a country: the floor holds in every period, and the metric is the
   * country's jobs in its lowest period.
   *
   * @param solver the solver
   * @param base the network
   * @param country the country id
   * @param count number of points, at least 2
   * @return the frontier
   */
  public static Frontier jobs(FootprintSolver solver, Network base, String country, int count) {
    return jobs(solver, base, country, count, 1);
  }

  /**
   * As {@link #jobs(FootprintSolver, Network, String, int)}, solving the points on several threads
   * at once. The points are independent, so the frontier is the same on any number of threads.
   *
   * @param solver the solver (stateless, shared by the threads)
   * @param base the network
   * @param country the country id
   * @param count number of points, at least 2
   * @param threads points solved at once, from 1 to {@link AnalysisLimits#MAX_THREADS}
   * @return the frontier
   */
  public static Frontier jobs(FootprintSolver solver, Network base, String country, int count, int threads) {
    requireArguments(solver, base, country, count);
    AnalysisLimits.count(threads, AnalysisLimits.MAX_THREADS, "threads");
    ToDoubleFunction<Solution> metric = s -> {
      double min = Double.POSITIVE_INFINITY;
      for (int t = 0; t < base.periods(); t++) {
        min = Math.min(min, s.evaluation().jobs(country, t));
      }
      return min;
    };
    // The most jobs reachable: cost minimized under a grant per job far above any cost per job.
    double huge = 1e3 * Math.max(1, Math.abs(solver.solve(base).objective()));
    Network maxJobs = base.toBuilder().jobGrant(new JobGrant("frontier-max-jobs", country, Series.constant(huge)))
        .build();
    String id = "frontier-jobs-floor";
    return trace(solver, base, "jobs in " + country + " (lowest period)", metric, maxJobs, count, threads,
        floor -> base.toBuilder().policy(new Policy.EmploymentFloor(id, country, Series.constant(floor))).build());
  }

  /**
   * Cost against capex placed in a country (the figure a pledge counts).
   *
   * @param solver the solver
   * @param base the network
   * @param country the country id
   * @param count number of points, at least 2
   * @return the frontier
   */
  public static Frontier capex(FootprintSolver solver, Network base, String country, int count) {
    return capex(solver, base, country, count, 1);
  }

  /**
   * As {@link #capex(FootprintSolver, Network, String, int)}, solving the points on several threads
   * at once. The points are independent, so the frontier is the same on any number of threads.
   *
   * @param solver the solver (stateless, shared by the threads)
   * @param base the network
   * @param country the country id
   * @param count number of points, at least 2
   * @param threads points solved at once, from 1 to {@link AnalysisLimits#MAX_THREADS}
   * @return the frontier
   */
  public static Frontier capex(FootprintSolver solver, Network base, String country, int count, int threads) {
    requireArguments(solver, base, country, count);
    AnalysisLimits.count(threads, AnalysisLimits.MAX_THREADS, "threads");
    ToDoubleFunction<Solution> metric = s -> s.evaluation().capexByCountry().getOrDefault(country, 0.0);
    double all = 0;
    for (Site s : base.sites()) {
      if (s.kind() != SiteKind.EXISTING && s.country().equals(country)) {
        all += s.openingCapex();
      }
    }
    String id = "frontier-capex-floor";
    Network allOpen = base.toBuilder().policy(new Policy.InvestmentPledge(id, country, all)).build();
    return trace(solver, base, "capex in " + country, metric, allOpen, count, threads,
        floor -> base.toBuilder().policy(new Policy.InvestmentPledge(id, country, floor)).build());
  }

  private static Frontier trace(FootprintSolver solver, Network base, String name, ToDoubleFunction<Solution> metric,
      Network topNetwork, int count, int threads, java.util.function.DoubleFunction<Network> withFloor) {
    Objects.requireNonNull(solver, "solver");
    if (count < 2) {
      throw new IllegalArgumentException("count = " + count + ": a frontier needs at least 2 points");
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, count));
    try {
      // The two ends first (the grid lies between them), then every inner point, all independent.
      Future<Solution> cheapestRun = pool.submit(() -> solver.solve(base));
      Future<Solution> topRun = pool.submit(() -> solver.solve(topNetwork));
      Solution cheapest = Tasks.await(cheapestRun, "frontier");
      Solution top = Tasks.await(topRun, "frontier");
      if (!cheapest.hasAllocation() || !top.hasAllocation()) {
        throw new IllegalArgumentException(name + ": the network has no feasible allocation to start from ("
            + cheapest.status() + ", " + top.status() + ")");
      }
      double lo = metric.applyAsDouble(cheapest);
      double hi = metric.applyAsDouble(top);
      List<Future<Solution>> runs = new ArrayList<>();
      for (int i = 1; i < count; i++) {
        double floor = lo + (hi - lo) * i / (count - 1);
        runs.add(pool.submit(() -> solver.solve(withFloor.apply(floor))));
      }
      List<double[]> raw = new ArrayList<>();
      List<Summary> summaries = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        double floor = lo + (hi - lo) * i / (count - 1);
        Solution s = i == 0 ? cheapest : Tasks.await(runs.get(i - 1), "frontier");
        raw.add(new double[] {floor, s.hasAllocation() ? s.objective() : Double.NaN,
            s.hasAllocation() ? metric.applyAsDouble(s) : Double.NaN});
        summaries.add(Summary.of(s));
      }
      return frontier(name, raw, summaries);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Frontier frontier(String name, List<double[]> raw, List<Summary> summaries) {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      double[] a = raw.get(i);
      boolean dominated = Double.isNaN(a[1]);
      for (int j = 0; j < raw.size() && !dominated; j++) {
        double[] b = raw.get(j);
        if (j != i && !Double.isNaN(b[1]) && b[1] <= a[1] + 1e-9 * Math.max(1, Math.abs(a[1])) && b[2] >= a[2] - 1e-9
            && (b[1] < a[1] - 1e-9 * Math.max(1, Math.abs(a[1])) || b[2] > a[2] + 1e-9)) {
          dominated = true;
        }
      }
      points.add(new Point(a[0], a[1], a[2], summaries.get(i), !dominated));
    }
    return new Frontier(name, points);
  }

  private static void requireArguments(FootprintSolver solver, Network base, String country, int count) {
    AnalysisLimits.require(solver, "solver");
    AnalysisLimits.require(base, "base");
    AnalysisLimits.require(country, "country");
    if (count < 2 || count > AnalysisLimits.MAX_POINTS) {
      throw new dev.footprint.model.InvalidModelException("count", count, "a frontier needs between 2 and "
          + AnalysisLimits.MAX_POINTS + " points (docs/analyses.md, Limits)");
    }
    if (base.countryIndex(country) < 0) {
      throw new dev.footprint.model.InvalidModelException("country", country, "no country has this id");
    }
  }

  /**
   * @return the frontier as a table, one line per point: the floor on the metric and the value
   *     achieved (capex as money; jobs and other metrics without binary noise, to decimals that tell
   *     neighbouring points apart), the cost labelled with the network's money, and whether the
   *     point is non-dominated
   */
  public String table() {
    Money money = points.isEmpty() ? null : points.get(0).summary().money();
    boolean capex = metric.startsWith("capex");
    double[] floors = points.stream().mapToDouble(Point::floor).toArray();
    double[] achieved = points.stream().mapToDouble(Point::achieved).toArray();
    String[] floorText = Text.parameterValues(metric, floors, 1);
    String[] achievedText = Text.parameterValues(metric, achieved, 1);
    String what = capex ? Text.labelled(metric, money) : metric;
    Text.Table t = new Text.Table(">floor: " + what, ">achieved", ">" + Text.labelled("cost", money),
        "non-dominated");
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      String floor = capex ? Figures.money(p.floor()) : floorText[i];
      String got = Double.isNaN(p.cost()) ? Figures.NONE : capex ? Figures.money(p.achieved()) : achievedText[i];
      t.row(floor, got, Double.isNaN(p.cost()) ? "infeasible" : Figures.money(p.cost()),
          p.nonDominated() ? "yes" : "no");
    }
    return t.render();
  }
}
