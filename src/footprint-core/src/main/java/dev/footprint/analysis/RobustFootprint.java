package dev.footprint.analysis;

import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.result.Allocation;
import dev.footprint.result.Figures;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import dev.footprint.solve.internal.BendersEngine;
import dev.footprint.solve.internal.StochasticEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A robust footprint by two-stage stochastic programming: which sites to open (and close) is chosen
 * before the tariff regime is known; production and shipments are then chosen per regime. The
 * objective is {@code (1 - lambda) E[cost] + lambda CVaR_alpha(cost)}, where CVaR is the expected cost
 * of the worst {@code alpha} share of regimes (by probability).
 *
 * <p>Set against the footprints that are optimal for each regime alone: each is evaluated across all
 * regimes (its sites fixed, production re-optimized per regime), and the best of them gives the value
 * of the stochastic solution (VSS = best single-regime footprint's expected cost minus the robust
 * footprint's). The wait-and-see cost (each regime with its own optimal footprint) gives the expected
 * value of perfect information (EVPI = robust expected cost minus wait-and-see).
 *
 * @param status the status of the stochastic solve
 * @param regimes the regimes' names, in order
 * @param probabilities their probabilities
 * @param footprint the shared site decisions: per site id, active flag per period
 * @param allocations per regime, the cheapest allocation under the robust footprint (verified)
 * @param costs per regime, the cost under the robust footprint
 * @param expectedCost the robust footprint's expected cost
 * @param cvar the CVaR at {@code alpha} of its cost over regimes
 * @param singleRegimeExpectedCost per regime k, the expected cost across all regimes of the footprint
 *     optimal for k alone (infinite if it is infeasible in some regime)
 * @param waitAndSee the expected cost when each regime gets its own optimal footprint
 */
public record RobustFootprint(SolveStatus status, List<String> regimes, List<Double> probabilities,
    Map<String, List<Boolean>> footprint, Map<String, Allocation> allocations, Map<String, Double> costs,
    double expectedCost, double cvar, Map<String, Double> singleRegimeExpectedCost, double waitAndSee) {

  /**
   * Validates.
   *
   * @param status the status of the stochastic solve
   * @param regimes the regimes' names, in order
   * @param probabilities their probabilities
   * @param footprint the shared site decisions: per site id, active flag per period
   * @param allocations per regime, the cheapest allocation under the robust footprint (verified)
   * @param costs per regime, the cost under the robust footprint
   * @param expectedCost the robust footprint's expected cost
   * @param cvar the CVaR at {@code alpha} of its cost over regimes
   * @param singleRegimeExpectedCost per regime k, the expected cost across all regimes of the footprint optimal for k alone (infinite if it is infeasible in some regime)
   * @param waitAndSee the expected cost when each regime gets its own optimal footprint
   */
  public RobustFootprint {
    AnalysisLimits.require(status, "robust.status");
    AnalysisLimits.requireAll(regimes, "robust.regimes");
    AnalysisLimits.requireAll(probabilities, "robust.probabilities");
    AnalysisLimits.requireEntries(footprint, "robust.footprint");
    AnalysisLimits.requireEntries(allocations, "robust.allocations");
    AnalysisLimits.requireEntries(costs, "robust.costs");
    AnalysisLimits.requireEntries(singleRegimeExpectedCost, "robust.singleRegimeExpectedCost");
  }

  /**
   * A regime of the first stage's uncertainty.
   *
   * @param name its name
   * @param network the network under it (the same sites and horizon as every other regime)
   * @param probability its probability
   */
  public record Regime(String name, Network network, double probability) {
    /**
     * Validates.
     *
     * @param name its name
     * @param network the network under it (the same sites and horizon as every other regime)
     * @param probability its probability
     */
    public Regime {
      AnalysisLimits.require(name, "regime.name");
      AnalysisLimits.require(network, "regime '" + name + "': network");
      if (!(probability >= 0 && probability <= 1)) {
        throw new IllegalArgumentException("regime '" + name + "': probability = " + probability
            + ": must be in [0, 1]");
      }
    }
  }

  /** @return the value of the stochastic solution: best single-regime footprint's expected cost minus ours */
  public double valueOfStochasticSolution() {
    return singleRegimeExpectedCost.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN)
        - expectedCost;
  }

  /** @return the expected value of perfect information: our expected cost minus wait-and-see */
  public double expectedValueOfPerfectInformation() {
    return expectedCost - waitAndSee;
  }

  /**
   * @param solver the solver (its options are used for every solve)
   * @param regimes the regimes, probabilities adding up to 1
   * @param cvarWeight lambda in [0, 1]: 0 minimizes expected cost only
   * @param alpha the tail share for CVaR, in (0, 1]
   * @return the robust footprint and its comparison with single-regime footprints
   * @throws IllegalArgumentException if the regimes differ in sites or horizon, or the numbers are off
   */
  public static RobustFootprint solve(FootprintSolver solver, List<Regime> regimes, double cvarWeight, double alpha) {
    return solve(solver, regimes, cvarWeight, alpha, 1);
  }

  /**
   * As {@link #solve(FootprintSolver, List, double, double)}, with the independent solves on several
   * threads at once: the two-stage model, each regime alone, each single-regime footprint under each
   * regime, and each regime under the robust footprint. The answer is the same on any number of
   * threads.
   *
   * @param solver the solver (stateless, shared by the threads)
   * @param regimes the regimes, probabilities adding up to 1
   * @param cvarWeight lambda in [0, 1]: 0 minimizes expected cost only
   * @param alpha the tail share for CVaR, in (0, 1]
   * @param threads solves at once, from 1 to {@link AnalysisLimits#MAX_THREADS}
   * @return the robust footprint and its comparison with single-regime footprints
   * @throws IllegalArgumentException if the regimes differ in sites or horizon, or the numbers are off
   */
  public static RobustFootprint solve(FootprintSolver solver, List<Regime> regimes, double cvarWeight, double alpha,
      int threads) {
    return solve(solver, regimes, cvarWeight, alpha, threads, Method.AUTO);
  }

  /**
   * How the two-stage model is solved.
   */
  public enum Method {
    /**
     * Decomposed where that is exact (see {@link #DECOMPOSED}) and either the first regime's
     * formulation falls into two or more blocks once the site statuses are fixed, or there are at least
     * {@link #AUTO_DECOMPOSE_FROM} regimes; else extensive. Measured on the flagship to a 1e-4 gap
     * (benchmarks/RESULTS.md, Robust footprint: extensive against decomposed): with each regime's 30
     * blocks apart, decomposition took a fraction of the extensive model's time with 3, 9 and 27
     * regimes; with one block a regime (before blocks were split) the extensive model was faster with
     * 3 regimes, the two within 4% of each other with 9, and decomposition 1.6 times as fast with 27.
     */
    AUTO,
    /** One model with a copy of the formulation per regime, the site statuses shared. */
    EXTENSIVE,
    /**
     * Benders decomposition: a master over the shared site statuses, each regime a linear program
     * given them, cuts from their reduced costs, until the gap of the solver options is closed. Exact
     * when the site statuses are the only integer decisions and the backend is HiGHS, SCIP or CBC;
     * refused otherwise.
     */
    DECOMPOSED
  }

  /** The fewest regimes from which {@link Method#AUTO} decomposes. */
  public static final int AUTO_DECOMPOSE_FROM = 10;

  /**
   * As {@link #solve(FootprintSolver, List, double, double, int)}, the two-stage model solved as the
   * method says.
   *
   * @param solver the solver (stateless, shared by the threads)
   * @param regimes the regimes, probabilities adding up to 1
   * @param cvarWeight lambda in [0, 1]: 0 minimizes expected cost only
   * @param alpha the tail share for CVaR, in (0, 1]
   * @param threads solves at once, from 1 to {@link AnalysisLimits#MAX_THREADS}
   * @param method extensive, decomposed, or chosen
   * @return the robust footprint and its comparison with single-regime footprints
   * @throws IllegalArgumentException if the regimes differ in sites or horizon, the numbers are off,
   *     or decomposition is asked for where it is not exact
   */
  public static RobustFootprint solve(FootprintSolver solver, List<Regime> regimes, double cvarWeight, double alpha,
      int threads, Method method) {
    check(solver, regimes, cvarWeight, alpha, threads, method);
    List<String> names = regimes.stream().map(Regime::name).toList();
    double[] p = regimes.stream().mapToDouble(Regime::probability).toArray();
    SolveOptions options = solver.options();
    String what = "robust footprint";
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // Decided before the pool runs it, so that a refused method fails here, not inside a task.
      boolean decompose = decompose(regimes, options, method);
      Future<FirstStage> stochastic = pool.submit(() -> twoStage(regimes, cvarWeight, alpha, options, threads,
          decompose));

      // Each regime alone: its optimal footprint and cost.
      List<Future<Solution>> aloneRuns = new ArrayList<>();
      for (Regime r : regimes) {
        aloneRuns.add(pool.submit(() -> solver.solve(r.network())));
      }
      Map<String, Map<String, List<Boolean>>> singleFootprints = new LinkedHashMap<>();
      double waitAndSee = 0;
      for (int k = 0; k < regimes.size(); k++) {
        Solution alone = Tasks.await(aloneRuns.get(k), what);
        if (!alone.hasAllocation()) {
          throw new IllegalArgumentException("regime '" + names.get(k) + "' alone ended " + alone.status()
              + "; every regime must be feasible on its own");
        }
        singleFootprints.put(names.get(k), alone.allocation().footprint());
        waitAndSee += p[k] * alone.objective();
      }
      // Each distinct footprint is evaluated under each regime once: regimes often share their
      // optimal footprint, and the robust footprint is often one of them.
      Map<Map<String, List<Boolean>>, List<Future<Solution>>> byFootprint = new LinkedHashMap<>();
      java.util.function.Function<Map<String, List<Boolean>>, List<Future<Solution>>> evaluate = fp -> {
        List<Future<Solution>> runs = new ArrayList<>();
        for (Regime r : regimes) {
          runs.add(pool.submit(() -> solver.solve(r.network(), options.withFixedSiteStatus(fp))));
        }
        return runs;
      };
      Map<String, List<Future<Solution>>> evaluations = new LinkedHashMap<>();
      for (var e : singleFootprints.entrySet()) {
        evaluations.put(e.getKey(), byFootprint.computeIfAbsent(e.getValue(), evaluate));
      }
      Map<String, Double> singleExpected = new LinkedHashMap<>();
      for (var e : evaluations.entrySet()) {
        double expected = 0;
        for (int j = 0; j < regimes.size(); j++) {
          Solution s = Tasks.await(e.getValue().get(j), what);
          expected += s.hasAllocation() ? p[j] * s.objective() : Double.POSITIVE_INFINITY;
        }
        singleExpected.put(e.getKey(), expected);
      }

      FirstStage run = Tasks.await(stochastic, what);
      SolveStatus status = run.status();
      if (!status.hasAllocation()) {
        return new RobustFootprint(status, names, probabilityList(p), Map.of(), Map.of(), Map.of(), Double.NaN,
            Double.NaN, singleExpected, waitAndSee);
      }
      // The stochastic solve fixes the footprint; production under each regime is then re-optimized
      // with that footprint fixed, so that regimes with little weight in the objective (probability 0,
      // or outside the CVaR tail when lambda = 1) still get their cheapest production plan. Each of
      // those solves is verified by the facade.
      Map<String, List<Boolean>> footprint = run.footprint();
      List<Future<Solution>> underRobust = byFootprint.computeIfAbsent(footprint, evaluate);
      Map<String, Allocation> allocations = new LinkedHashMap<>();
      Map<String, Double> costs = new LinkedHashMap<>();
      double expected = 0;
      for (int k = 0; k < regimes.size(); k++) {
        Solution s = Tasks.await(underRobust.get(k), what);
        if (!s.hasAllocation()) {
          throw new IllegalStateException("regime '" + names.get(k) + "' under the robust footprint ended "
              + s.status() + ", though the stochastic model found it feasible");
        }
        allocations.put(names.get(k), s.allocation());
        costs.put(names.get(k), s.objective());
        expected += p[k] * s.objective();
      }
      return new RobustFootprint(status, names, probabilityList(p), footprint, allocations, costs,
          expected, cvar(costs.values().stream().mapToDouble(Double::doubleValue).toArray(), p, alpha),
          singleExpected, waitAndSee);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The first stage alone: the two-stage model solved as the method says, for its status and shared
   * footprint, without the evaluations {@link #solve(FootprintSolver, List, double, double, int, Method)}
   * adds (each regime alone, each footprint under each regime). For callers that run those solves
   * elsewhere, as footprint-spark does on its executors.
   *
   * @param solver the solver (its options are used)
   * @param regimes the regimes, probabilities adding up to 1
   * @param cvarWeight lambda in [0, 1]: 0 minimizes expected cost only
   * @param alpha the tail share for CVaR, in (0, 1]
   * @param threads threads for a decomposed solve's blocks, from 1 to {@link AnalysisLimits#MAX_THREADS}
   * @param method extensive, decomposed, or chosen (as in {@code solve})
   * @return the status and, with a solution, the shared footprint, and whether it was decomposed
   * @throws IllegalArgumentException as {@code solve} does
   */
  public static FirstStage firstStage(FootprintSolver solver, List<Regime> regimes, double cvarWeight, double alpha,
      int threads, Method method) {
    check(solver, regimes, cvarWeight, alpha, threads, method);
    SolveOptions options = solver.options();
    return twoStage(regimes, cvarWeight, alpha, options, threads, decompose(regimes, options, method));
  }

  /**
   * The first stage's answer.
   *
   * @param status the status of the two-stage solve
   * @param footprint with a solution, the shared site decisions (per site id, active flag per period);
   *     else empty
   * @param decomposed whether the two-stage model was solved by Benders decomposition (else as one
   *     extensive model)
   */
  public record FirstStage(SolveStatus status, Map<String, List<Boolean>> footprint, boolean decomposed) {
    /**
     * Validates and copies (the sites in their order).
     *
     * @param status the status of the two-stage solve
     * @param footprint with a solution, the shared site decisions; else empty
     * @param decomposed whether the two-stage model was solved by Benders decomposition
     */
    public FirstStage {
      AnalysisLimits.require(status, "firstStage.status");
      AnalysisLimits.requireEntries(footprint, "firstStage.footprint");
      footprint = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(footprint));
    }
  }

  private static void check(FootprintSolver solver, List<Regime> regimes, double cvarWeight, double alpha,
      int threads, Method method) {
    AnalysisLimits.require(solver, "solver");
    AnalysisLimits.require(method, "method");
    AnalysisLimits.requireAll(regimes, "regimes");
    AnalysisLimits.count(threads, AnalysisLimits.MAX_THREADS, "threads");
    if (regimes.isEmpty()) {
      throw new IllegalArgumentException("regimes: at least one is needed");
    }
    if (!(cvarWeight >= 0 && cvarWeight <= 1) || !(alpha > 0 && alpha <= 1)) {
      throw new IllegalArgumentException("cvarWeight = " + cvarWeight + ", alpha = " + alpha
          + ": need 0 <= cvarWeight <= 1 and 0 < alpha <= 1");
    }
    double sum = 0;
    for (Regime r : regimes) {
      sum += r.probability();
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("regimes: probabilities add up to " + sum + ", not 1");
    }
    Network first = regimes.get(0).network();
    List<String> a = first.sites().stream().map(Site::id).toList();
    for (Regime r : regimes) {
      List<String> b = r.network().sites().stream().map(Site::id).toList();
      if (!a.equals(b) || !first.horizon().equals(r.network().horizon())) {
        throw new IllegalArgumentException("regime '" + r.name() + "': its sites or horizon differ from regime '"
            + regimes.get(0).name() + "'; a shared footprint needs the same sites and horizon");
      }
    }
  }

  /**
   * Whether the method, on these regimes and options, decomposes.
   *
   * @throws IllegalArgumentException if decomposition is asked for where it is not exact
   */
  private static boolean decompose(List<Regime> regimes, SolveOptions options, Method method) {
    if (method == Method.EXTENSIVE) {
      return false;
    }
    // Whether decomposition is exact is asked only where it could be chosen (it builds each regime's
    // formulation); the blocks are counted on the first regime only.
    List<Network> networks = regimes.stream().map(Regime::network).toList();
    boolean candidate = method == Method.DECOMPOSED || regimes.size() >= AUTO_DECOMPOSE_FROM
        || BendersEngine.blocks(networks.get(0), options) >= 2;
    boolean exact = candidate && BendersEngine.applies(networks, options);
    if (method == Method.DECOMPOSED && !exact) {
      throw new IllegalArgumentException("method DECOMPOSED: Benders decomposition is exact only with HiGHS, SCIP"
          + " or CBC, integrality kept, and no integer decision but the site statuses (no single sourcing or"
          + " capacity steps left free)");
    }
    return candidate && exact;
  }

  /** The two-stage model, decomposed or extensive (arguments checked). */
  private static FirstStage twoStage(List<Regime> regimes, double cvarWeight, double alpha, SolveOptions options,
      int threads, boolean decompose) {
    List<Network> networks = regimes.stream().map(Regime::network).toList();
    double[] p = regimes.stream().mapToDouble(Regime::probability).toArray();
    if (decompose) {
      BendersEngine.Run run = BendersEngine.solve(networks, p, cvarWeight, alpha, options, threads);
      return new FirstStage(run.status(), run.footprint(), true);
    }
    StochasticEngine.Run run = StochasticEngine.solve(networks, p, cvarWeight, alpha, options);
    SolveStatus status = run.raw().status();
    return new FirstStage(status, status.hasAllocation()
        ? run.formulations().get(0).extract(run.values().get(0), run.integer()).footprint() : Map.of(), false);
  }

  /**
   * CVaR of a discrete distribution: the expected cost of the worst {@code alpha} probability mass.
   *
   * @param costs cost per outcome
   * @param probabilities probability per outcome
   * @param alpha tail share in (0, 1]
   * @return the CVaR
   */
  public static double cvar(double[] costs, double[] probabilities, double alpha) {
    AnalysisLimits.require(costs, "costs");
    AnalysisLimits.require(probabilities, "probabilities");
    if (costs.length != probabilities.length) {
      throw new dev.footprint.model.InvalidModelException("probabilities", probabilities.length,
          "there are " + costs.length + " costs but " + probabilities.length + " probabilities");
    }
    return StochasticEngine.cvar(costs, probabilities, alpha);
  }

  private static List<Double> probabilityList(double[] p) {
    return java.util.Arrays.stream(p).boxed().toList();
  }

  /**
   * @return a short report of the comparison, money labelled with the networks' money: the robust
   *     footprint's expected cost and CVaR; per regime (under its full name) its probability, its
   *     cost under the robust footprint and the expected cost of the footprint best for it alone;
   *     then VSS, wait-and-see and EVPI
   */
  public String report() {
    Money money = allocations.values().stream().findFirst().map(a -> a.network().money()).orElse(null);
    String unit = money == null ? "" : " " + money.label();
    StringBuilder sb = new StringBuilder("robust footprint: " + status);
    if (Double.isFinite(expectedCost)) {
      sb.append("; expected cost ").append(Figures.money(expectedCost)).append(unit).append(", CVaR ")
          .append(Figures.money(cvar)).append(unit);
    }
    sb.append('\n');
    Text.Table t = new Text.Table("  regime", ">probability", ">" + Text.labelled("cost under it", money),
        ">" + Text.labelled("expected cost of the footprint best for it alone", money));
    for (int k = 0; k < regimes.size(); k++) {
      String name = regimes.get(k);
      Double single = singleRegimeExpectedCost.get(name);
      t.row("  " + name, k < probabilities.size() ? Figures.share(probabilities.get(k)) : Figures.NONE,
          costs.containsKey(name) ? Figures.money(costs.get(name)) : Figures.NONE,
          single == null ? Figures.NONE : single == Double.POSITIVE_INFINITY ? "infeasible in some regime"
              : Figures.money(single));
    }
    sb.append(t.render());
    double scale = Math.max(Math.abs(expectedCost), Math.abs(waitAndSee));
    sb.append("  VSS ").append(Figures.money(valueOfStochasticSolution(), scale)).append(unit)
        .append("; wait-and-see ").append(Figures.money(waitAndSee)).append(unit).append("; EVPI ")
        .append(Figures.money(expectedValueOfPerfectInformation(), scale)).append(unit).append('\n');
    return sb.toString();
  }
}
