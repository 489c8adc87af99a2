package dev.footprint.solve.internal;

import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

/**
 * Benders decomposition (multi-cut L-shaped method) of a footprint model: the two-stage robust model
 * of {@link StochasticEngine} over several regimes, or one network ({@link #solve(Network, SolveOptions,
 * int, int, int, java.util.function.BooleanSupplier, List, List)}). A master problem holds the site statuses {@code
 * x[s,t]}, with their own costs (fixed costs, capex, grants) where a regime splits into blocks; the
 * rows on site statuses alone of every regime; rows by which the open sites cover each regime's demand
 * ({@link BendersSubproblem#coverRows}); the CVaR terms; and one variable {@code theta} per block of
 * each regime. A regime's formulation, once {@code x} is fixed, is a linear
 * program that falls into blocks sharing no row (one per period, or finer, unless a budget or a labour
 * row joins periods): each block ({@link BendersBlock}) is solved by Glop, the blocks of all regimes
 * on several threads at once, and its cuts bound its own theta. Three phases:
 *
 * <ol>
 *   <li>Each regime's whole linear relaxation (its average statuses are the core point below), and
 *       each block's with the statuses free: a lower bound on its theta and a first cut; with them,
 *       the cuts carried from earlier runs of one network ({@link BendersLearnt}).
 *   <li>The master's linear relaxation (HiGHS's simplex), cut at points between its answer and a core point
 *       inside the relaxation (in-out stabilization; the core moves halfway toward each separation
 *       point found feasible), until its bounds meet within 1e-5 or its bound stalls. Cheap, and it
 *       leaves the master almost the extensive model's linear relaxation.
 *   <li>The mixed-integer master (the solver options' backend and gap), each answer solved in every
 *       block: its weighted cost is an upper bound, the cuts it violates are added, until the best
 *       footprint's cost is within the relative gap of the master's bound. A master's bound above the
 *       best footprint's cost by more than the gap is wrong (that footprint meets the whole master
 *       below its cost) and is not taken, nor kept once a footprint found later refutes it; with HiGHS
 *       the first master refuted is solved again, and every master after a refutation is solved with
 *       HiGHS's cautious parameters ({@link Run#refutedBounds}).
 * </ol>
 *
 * <p>Over 500 lines: the three phases share one run's state (the master, the best footprint, the
 * counters, the deadline and the threads), which split apart would be passed around whole.
 *
 * <p>Exact when a regime's only integer decisions are its site statuses (no single sourcing or
 * capacity steps free): {@link #applies} says so. Measured in benchmarks/RESULTS.md: on the flagship
 * (30 blocks a regime) several times faster than the whole model; on a network that is one block
 * (a budget joining its periods, or one period), slower.
 */
public final class BendersEngine {
  private static final int MAX_ITERATIONS = 10_000;
  private static final int MAX_RELAXED_ITERATIONS = 500;
  /** The relaxation phase stops when its bounds are this close, relatively. */
  private static final double RELAXED_GAP = 1e-5;
  /** ... or when its bound has not risen by this much, relatively, in {@link #STALL} iterations. */
  private static final double STALL_RISE = 1e-6;
  private static final int STALL = 25;
  /** The weight of the master's answer in the separation point of the relaxation phase. */
  private static final double IN_OUT = 0.2;

  private BendersEngine() {}

  /**
   * What a run produced.
   *
   * @param status OPTIMAL when the gap was closed, FEASIBLE when a limit stopped it with a footprint
   *     found, INFEASIBLE when no footprint suits every regime, NO_SOLUTION when a limit stopped it
   *     with none
   * @param footprint the best footprint: per site id, the active flag per period (empty without one)
   * @param upperBound its weighted cost ({@code (1 - lambda) E[cost] + lambda CVaR})
   * @param lowerBound the master's bound on the optimum
   * @param costs per regime, its cost under the footprint (NaN without one)
   * @param relaxedIterations master solves of the relaxation phase
   * @param iterations master solves of the integer phase
   * @param cuts cuts added (optimality and feasibility)
   * @param subproblemSolves linear programs solved for the regimes (blocks and relaxations)
   * @param masterNanos time in master solves
   * @param subproblemNanos wall time in regime solves
   * @param blocks the blocks of all regimes together, each with its own theta in the master
   * @param refutedBounds bounds (an integer master's, or the relaxation's) that a footprint's cost proved
   *     wrong: not taken, or dropped once taken; with HiGHS, the first refuted master is solved again and
   *     every master after a refutation runs with its cautious parameters
   * @param carriedCuts cuts made, before the first master, of the duals of earlier runs ({@link BendersLearnt})
   * @param learnt the cuts of this run, for later runs to carry (one network's run only; empty otherwise)
   */
  public record Run(SolveStatus status, Map<String, List<Boolean>> footprint, double upperBound, double lowerBound,
      double[] costs, int relaxedIterations, int iterations, int cuts, int subproblemSolves, long masterNanos,
      long subproblemNanos, int blocks, int refutedBounds, int carriedCuts, BendersLearnt learnt) {

    Run(SolveStatus status, Map<String, List<Boolean>> footprint, double upperBound, double lowerBound,
        double[] costs, int relaxedIterations, int iterations, int cuts, int subproblemSolves, long masterNanos,
        long subproblemNanos, int blocks, int refutedBounds) {
      this(status, footprint, upperBound, lowerBound, costs, relaxedIterations, iterations, cuts, subproblemSolves,
          masterNanos, subproblemNanos, blocks, refutedBounds, 0, BendersLearnt.NONE);
    }

    /** @return the relative gap {@code (upper - lower) / max(|upper|, 1e-9)}, infinite without a footprint */
    public double gap() {
      return Double.isFinite(upperBound) ? (upperBound - lowerBound) / Math.max(Math.abs(upperBound), 1e-9)
          : Double.POSITIVE_INFINITY;
    }
  }

  /**
   * @param regimes one network per regime
   * @param options solve options
   * @return whether decomposition is exact for them with these options: a mixed-integer backend
   *     (HiGHS, SCIP or CBC), integrality kept, and no integer decision but the site statuses
   */
  public static boolean applies(List<Network> regimes, SolveOptions options) {
    if (!backendApplies(options)) {
      return false;
    }
    for (Network n : regimes) {
      if (!new Formulation(n, options).onlySiteStatusesInteger()) {
        return false;
      }
    }
    return true;
  }

  private static boolean backendApplies(SolveOptions options) {
    Backend b = options.backend();
    return !options.relaxIntegrality() && (b == Backend.HIGHS || b == Backend.SCIP || b == Backend.CBC);
  }

  /**
   * @param regimes one network per regime; the same sites and horizon
   * @param probabilities one per regime, adding up to 1
   * @param cvarWeight lambda in [0, 1]
   * @param alpha the tail share for CVaR, in (0, 1]
   * @param options solve options: the master's backend, the relative gap of the whole loop, its time
   *     limit
   * @param threads regimes solved at once
   * @return the run
   * @throws IllegalArgumentException if {@link #applies} is false
   */
  public static Run solve(List<Network> regimes, double[] probabilities, double cvarWeight, double alpha,
      SolveOptions options, int threads) {
    long start = System.nanoTime();
    List<BendersSubproblem> subs = prepare(regimes, options);
    if (subs == null) {
      throw notExact();
    }
    return run(start, regimes.get(0), subs, probabilities, cvarWeight, alpha, options, threads, () -> false,
        List.of(), List.of(), UnaryOperator.identity());
  }

  /**
   * One network solved by decomposition, when that is exact and the network falls into enough blocks
   * once its site statuses are fixed.
   *
   * @param network the network
   * @param options solve options: the master's backend, the relative gap, the time limit
   * @param threads blocks solved at once
   * @param minBlocks the fewest blocks worth decomposing for
   * @param minFree the fewest site statuses left free (not fixed by the network or the options) worth
   *     decomposing for
   * @param cancelled asked between steps: whether to stop with the best footprint found
   * @param tryFirst footprints (site id to active flag per period, as {@link Run#footprint}) solved in
   *     every block before the first integer master: each that suits the network is an upper bound
   *     and its cuts are the master's from the start (a previous answer, reused); none for none
   * @param carried what earlier runs learnt ({@link Run#learnt}), carried into the master before its first
   *     solve: each block takes the duals of the block of the same index where that has its shape and
   *     prices ({@link BendersLearnt}); none for none
   * @return the run, or empty when decomposition is not exact here or the network has fewer blocks or
   *     free statuses
   */
  public static java.util.Optional<Run> solve(Network network, SolveOptions options, int threads, int minBlocks,
      int minFree, java.util.function.BooleanSupplier cancelled, List<Map<String, List<Boolean>>> tryFirst,
      List<BendersLearnt> carried) {
    return solve(network, options, threads, minBlocks, minFree, cancelled, tryFirst, carried,
        UnaryOperator.identity());
  }

  /**
   * As {@link #solve(Network, SolveOptions, int, int, int, java.util.function.BooleanSupplier, List, List)},
   * nothing carried, each
   * integer master's answer passed through {@code review} before the loop sees it: in tests, a wrong
   * master's answer stood in for a backend whose numerics gave way.
   */
  static java.util.Optional<Run> solve(Network network, SolveOptions options, int threads, int minBlocks,
      int minFree, java.util.function.BooleanSupplier cancelled, List<Map<String, List<Boolean>>> tryFirst,
      UnaryOperator<BendersMaster.Answer> review) {
    return solve(network, options, threads, minBlocks, minFree, cancelled, tryFirst, List.of(), review);
  }

  static java.util.Optional<Run> solve(Network network, SolveOptions options, int threads, int minBlocks,
      int minFree, java.util.function.BooleanSupplier cancelled, List<Map<String, List<Boolean>>> tryFirst,
      List<BendersLearnt> carried, UnaryOperator<BendersMaster.Answer> review) {
    long start = System.nanoTime();
    List<BendersSubproblem> subs = prepare(List.of(network), options);
    if (subs == null || subs.get(0).blockCount() < minBlocks || subs.get(0).freeStatuses() < minFree) {
      return java.util.Optional.empty();
    }
    List<double[]> seeds = new ArrayList<>();
    for (Map<String, List<Boolean>> f : tryFirst) {
      double[] x = columns(network, f);
      if (x != null) {
        seeds.add(x);
      }
    }
    return java.util.Optional.of(run(start, network, subs, new double[] {1}, 0, 1, options, threads, cancelled,
        seeds, List.copyOf(carried), review));
  }

  /** @return a footprint as the master's columns, or null if it does not name every site for every period */
  private static double[] columns(Network n, Map<String, List<Boolean>> footprint) {
    int periods = n.periods();
    double[] x = new double[n.sites().size() * periods];
    for (int s = 0; s < n.sites().size(); s++) {
      List<Boolean> flags = footprint.get(n.sites().get(s).id());
      if (flags == null || flags.size() != periods) {
        return null;
      }
      for (int t = 0; t < periods; t++) {
        x[s * periods + t] = flags.get(t) ? 1 : 0;
      }
    }
    return x;
  }

  /**
   * @param network a network
   * @param options solve options
   * @return the blocks its formulation falls into once the site statuses are fixed, or 0 where
   *     decomposition is not exact
   */
  public static int blocks(Network network, SolveOptions options) {
    List<BendersSubproblem> subs = prepare(List.of(network), options);
    return subs == null ? 0 : subs.get(0).blockCount();
  }

  /** @return each regime's second stage, or null where decomposition is not exact */
  private static List<BendersSubproblem> prepare(List<Network> regimes, SolveOptions options) {
    if (!backendApplies(options)) {
      return null;
    }
    Network first = regimes.get(0);
    int sites = first.sites().size();
    int periods = first.periods();
    int columns = sites * periods;
    List<BendersSubproblem> subs = new ArrayList<>();
    for (Network n : regimes) {
      Formulation f = new Formulation(n, options);
      if (!f.onlySiteStatusesInteger()) {
        return null;
      }
      Engine.checkGrid(f, options);
      int[] status = new int[columns];
      for (int s = 0; s < sites; s++) {
        for (int t = 0; t < periods; t++) {
          status[s * periods + t] = f.active(s, t);
        }
      }
      subs.add(new BendersSubproblem(f, status));
    }
    return subs;
  }

  private static Run run(long start, Network first, List<BendersSubproblem> subs, double[] probabilities,
      double cvarWeight, double alpha, SolveOptions options, int threads,
      java.util.function.BooleanSupplier cancelled, List<double[]> seeds, List<BendersLearnt> carried,
      UnaryOperator<BendersMaster.Answer> review) {
    int k = subs.size();
    for (BendersSubproblem sub : subs) {
      if (sub.emptyRowInfeasible) {
        return new Run(SolveStatus.INFEASIBLE, Map.of(), Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            nan(k), 0, 0, 0, 0, 0, 0, 0, 0);
      }
      sub.build();
    }
    java.util.function.BooleanSupplier stop = () -> Thread.currentThread().isInterrupted()
        || cancelled.getAsBoolean();
    long deadline = options.timeLimit().isZero() ? Long.MAX_VALUE : start + options.timeLimit().toNanos();
    int columns = first.sites().size() * first.periods();
    double smallest = 1;
    for (BendersSubproblem sub : subs) {
      smallest = Math.min(smallest, sub.formulation.objectiveScale());
    }
    double scale = smallest;
    double[] lower = new double[columns];
    double[] upper = new double[columns];
    Arrays.fill(upper, Double.POSITIVE_INFINITY);
    Arrays.fill(lower, Double.NEGATIVE_INFINITY);
    for (BendersSubproblem sub : subs) {
      for (int j = 0; j < columns; j++) {
        lower[j] = Math.max(lower[j], sub.lower(j));
        upper[j] = Math.min(upper[j], sub.upper(j));
      }
    }
    BendersMaster master = new BendersMaster(probabilities, cvarWeight, alpha, lower, upper, scale, subs);
    List<BendersBlock> blocks = new ArrayList<>();
    // Several regimes (the robust footprint) iterate long enough for blocks kept warm in Glop to pay
    // (27 flagship regimes: 0.75 times the time); one network's runs, such as Monte Carlo samples that
    // start from carried cuts, were measured 1.08 times as long with them, and write each solve afresh.
    for (BendersSubproblem sub : subs) {
      blocks.addAll(sub.blocks);
      for (BendersBlock b : sub.blocks) {
        b.keepWarm(k > 1);
      }
    }
    int n = blocks.size();
    Set<String> seen = new HashSet<>();
    for (BendersSubproblem sub : subs) {
      List<double[][]> rows = new ArrayList<>(sub.statusRows());
      rows.addAll(sub.coverRows());
      for (double[][] row : rows) {
        if (seen.add(Arrays.deepToString(row))) {
          master.rows.add(row);
        }
      }
    }
    for (int j = 0; j < columns; j++) {
      if (lower[j] > upper[j]) {
        return new Run(SolveStatus.INFEASIBLE, Map.of(), Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            nan(k), 0, 0, 0, 0, 0, 0, n, 0);
      }
    }

    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, Math.max(k, n))));
    try {
      Points points = new Points(pool, blocks, scale, deadline);
      long masterNanos = 0;
      // Each regime's linear relaxation: averaged, the core point of the relaxation phase; each block's,
      // with the statuses free and unpriced: a bound on its theta and a first cut.
      long t0 = System.nanoTime();
      List<BendersBlock.Relaxation> wholes = all(pool, subs.stream().map(sub -> sub.whole).toList(),
          b -> b.relaxation(scale, left(deadline)));
      // A regime that is one block, whole, has its relaxation already.
      List<BendersBlock> split = new ArrayList<>();
      for (BendersSubproblem sub : subs) {
        if (sub.blocks.get(0) != sub.whole) {
          split.addAll(sub.blocks);
        }
      }
      List<BendersBlock.Relaxation> splitRelaxations = all(pool, split, b -> b.relaxation(scale, left(deadline)));
      if (wholes == null || splitRelaxations == null) {
        return new Run(SolveStatus.NO_SOLUTION, Map.of(), Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, nan(k),
            0, 0, 0, 0, 0, System.nanoTime() - t0, n, 0);
      }
      List<BendersBlock.Relaxation> relaxations = new ArrayList<>();
      for (int i = 0, next = 0; i < k; i++) {
        for (BendersBlock b : subs.get(i).blocks) {
          relaxations.add(b == subs.get(i).whole ? wholes.get(i) : splitRelaxations.get(next++));
        }
      }
      points.nanos += System.nanoTime() - t0;
      points.solves += k + split.size();
      double[] core = new double[columns];
      for (int i = 0; i < k; i++) {
        BendersBlock.Cut c = wholes.get(i).cut();
        if (c == null) {
          // Infeasible only when Glop proved a regime's relaxation so; else a limit or numerics.
          return new Run(wholes.get(i).infeasible() ? SolveStatus.INFEASIBLE : SolveStatus.NO_SOLUTION, Map.of(),
              Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, nan(k), 0, 0, 0, points.solves, 0, points.nanos, n,
              0);
        }
        for (int j = 0; j < columns; j++) {
          core[j] += c.point()[j] / k;
        }
      }
      for (int b = 0; b < n; b++) {
        BendersBlock.Cut c = relaxations.get(b).cut();
        if (c == null) {
          return new Run(relaxations.get(b).infeasible() ? SolveStatus.INFEASIBLE : SolveStatus.NO_SOLUTION,
              Map.of(), Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, nan(k), 0, 0, 0, points.solves, 0,
              points.nanos, n, 0);
        }
        master.thetaLower[b] = c.value();
        master.add(b, c);
      }
      // Cuts carried from earlier runs (BendersLearnt), before the first master.
      List<List<BendersBlock.Cut>> carriedCuts = BendersLearnt.cuts(carried, blocks, scale);
      int carriedCount = 0;
      for (int b = 0; b < n; b++) {
        for (BendersBlock.Cut c : carriedCuts.get(b)) {
          master.add(b, c);
          carriedCount++;
        }
      }
      // The relaxation phase: the master's linear relaxation, its cuts separated at points between the
      // master's answer and a core point inside the relaxation (in-out stabilization), until the
      // relaxation's bounds meet; the cuts stay for the integer phase.
      double relaxedBest = Double.POSITIVE_INFINITY;
      double relaxedBound = Double.NEGATIVE_INFINITY;
      int relaxedIterations = 0;
      boolean atMaster = false;
      double stallBound = Double.NEGATIVE_INFINITY;
      int stallSince = 0;
      while (relaxedIterations < MAX_RELAXED_ITERATIONS && System.nanoTime() < deadline && !stop.getAsBoolean()) {
        relaxedIterations++;
        long m0 = System.nanoTime();
        BendersMaster.Answer a = master.solve(options, left(deadline), true);
        masterNanos += System.nanoTime() - m0;
        if (a == null || a.x() == null) {
          // Optimality cuts cannot make the master infeasible, and the integer phase tells a truly
          // infeasible model apart; a linear master refused here ends this phase only.
          break;
        }
        if (a.bound() > stallBound + STALL_RISE * Math.abs(a.bound())) {
          stallBound = a.bound();
          stallSince = relaxedIterations;
        } else if (relaxedIterations - stallSince >= STALL) {
          break;
        }
        relaxedBound = Math.max(relaxedBound, a.bound());
        double[] xm = a.x();
        double[] sep = new double[columns];
        for (int j = 0; j < columns; j++) {
          sep[j] = atMaster ? xm[j] : IN_OUT * xm[j] + (1 - IN_OUT) * core[j];
        }
        List<BendersBlock.Cut> cuts = points.at(sep);
        if (cuts == null) {
          break;
        }
        boolean feasible = true;
        boolean violated = false;
        double[] values = new double[n];
        for (int b = 0; b < n; b++) {
          BendersBlock.Cut c = cuts.get(b);
          boolean violates = c.optimality() ? a.theta()[b] < c.at(xm) - 1e-7 * Math.max(1, Math.abs(c.value()))
              : c.at(xm) > 1e-9;
          if (c.optimality()) {
            values[b] = c.value();
          } else {
            feasible = false;
          }
          // Every cut is kept, violated or not: measured on the flagship, keeping only the violated
          // ones halved the relaxation phase and doubled the integer phase's iterations.
          master.add(b, c);
          violated |= violates;
        }
        if (feasible) {
          relaxedBest = Math.min(relaxedBest, master.weighted(costs(master, sep, values)));
          // The core moves toward points inside the relaxation only.
          for (int j = 0; j < columns; j++) {
            core[j] = 0.5 * (core[j] + sep[j]);
          }
        }
        if (relaxedBest < Double.POSITIVE_INFINITY
            && relaxedBest - relaxedBound <= RELAXED_GAP * Math.max(Math.abs(relaxedBest), 1e-9)) {
          break;
        }
        // A separation point whose cuts the master's answer meets teaches nothing new: go to the
        // master's answer itself next time.
        atMaster = !violated;
      }

      Best found = new Best(k);
      double bound = relaxedBound;
      // The bounds taken so far (the relaxation's first): each checked again as better footprints are found.
      List<Double> taken = new ArrayList<>(List.of(relaxedBound));
      int iterations = 0;
      int refuted = 0;
      Set<String> evaluated = new HashSet<>();
      SolveStatus status = SolveStatus.NO_SOLUTION;
      // Footprints given to try first: solved in every block, their cuts kept, the best that suits every
      // block the first upper bound. One that breaks a fixing or a row on statuses alone is skipped.
      for (double[] x : seeds) {
        String key = Arrays.toString(x);
        if (System.nanoTime() > deadline || stop.getAsBoolean() || !master.admits(x) || evaluated.contains(key)) {
          continue;
        }
        List<BendersBlock.Cut> cuts = points.at(x);
        if (cuts == null) {
          continue;
        }
        // Evaluated only once its cuts are in: the integer phase takes an evaluated answer's cuts as given.
        evaluated.add(key);
        boolean feasible = true;
        double[] values = new double[n];
        for (int b = 0; b < n; b++) {
          BendersBlock.Cut c = cuts.get(b);
          master.add(b, c);
          feasible &= c.optimality();
          values[b] = c.optimality() ? c.value() : Double.NaN;
        }
        if (feasible) {
          found.offer(master, x, values);
        }
      }
      // The integer master is solved to the options' gap throughout. A looser first phase (1e-3, its answers
      // footprints only) paid while the master restarted and ran its sub-MIP heuristics; without them it
      // costs a master solve or two: benchmarks/RESULTS.md, The scaled master.
      while (iterations < MAX_ITERATIONS) {
        if (System.nanoTime() > deadline || stop.getAsBoolean()) {
          status = found.x == null ? SolveStatus.NO_SOLUTION : SolveStatus.FEASIBLE;
          break;
        }
        iterations++;
        long m0 = System.nanoTime();
        BendersMaster.Answer a = review.apply(master.solve(options, left(deadline), false));
        if (a != null && a.x() != null && !Double.isFinite(a.bound()) && options.backend() == Backend.HIGHS
            && System.nanoTime() < deadline && !stop.getAsBoolean()) {
          // HiGHS inside OR-Tools 9.15 at times ends a master in an error after an incumbent (its answer read
          // from the incumbent file, with no bound), mapping a solution back from its presolved model: that
          // master is solved once more without presolve.
          master.unpresolved = true;
          try {
            BendersMaster.Answer again = review.apply(master.solve(options, left(deadline), false));
            // Kept only if it has an answer: one that has none takes nothing from the first answer.
            a = again != null && again.x() != null ? again : a;
          } finally {
            master.unpresolved = false;
          }
        }
        masterNanos += System.nanoTime() - m0;
        if (a == null) {
          // Infeasible with its cuts: truly so if it is without the optimality cuts, which no
          // footprint can violate in exact arithmetic; otherwise the backend's numerics gave way.
          boolean infeasible = master.infeasibleWithoutOptimalityCuts(options, left(deadline));
          status = found.x != null ? SolveStatus.FEASIBLE
              : infeasible ? SolveStatus.INFEASIBLE : SolveStatus.NO_SOLUTION;
          break;
        }
        if (a.x() == null) {
          status = found.x == null ? SolveStatus.NO_SOLUTION : SolveStatus.FEASIBLE;
          break;
        }
        double[] x = a.x();
        String key = Arrays.toString(x);
        // An answer solved before has its cuts in the master already, so the master's value is its cost up
        // to the master's tolerances: nothing new can be learnt from it.
        boolean repeated = !evaluated.add(key);
        boolean added = false;
        if (!repeated) {
          List<BendersBlock.Cut> cuts = points.at(x);
          if (cuts == null) {
            status = found.x == null ? SolveStatus.NO_SOLUTION : SolveStatus.FEASIBLE;
            break;
          }
          boolean feasible = true;
          double[] values = new double[n];
          for (int b = 0; b < n; b++) {
            BendersBlock.Cut c = cuts.get(b);
            if (!c.optimality()) {
              feasible = false;
              master.add(b, c);
              added = true;
              continue;
            }
            values[b] = c.value();
            if (a.theta()[b] < c.value() - 1e-7 * Math.max(1, Math.abs(c.value()))) {
              master.add(b, c);
              added = true;
            }
          }
          if (feasible) {
            found.offer(master, x, values);
          }
        }
        // A bound above the best footprint's cost (this answer's own, once solved, included) by more than the
        // gap is wrong: that footprint meets every row and cut of the master (its cuts are the blocks' own
        // duals at it, valid everywhere), at a value no higher than its cost. Every bound taken, this
        // master's and those before it, is checked against the footprints found so far and dropped once
        // refuted; the backend's numerics gave way, so every master after runs with the cautious
        // parameters, and with HiGHS a master refuted at once is solved again.
        taken.add(a.bound());
        int before = taken.size();
        taken.removeIf(v -> found.refutes(v, options.relativeGap()));
        if (taken.size() < before) {
          refuted += before - taken.size();
          boolean again = !master.cautious && options.backend() == Backend.HIGHS
              && found.refutes(a.bound(), options.relativeGap());
          master.cautious = true;
          if (again) {
            continue;
          }
        }
        bound = Double.NEGATIVE_INFINITY;
        for (double v : taken) {
          bound = Math.max(bound, v);
        }
        if (found.within(bound, options.relativeGap())) {
          status = SolveStatus.OPTIMAL;
          break;
        }
        if (repeated || !added) {
          // Every cut holds at the master's answer: the master's value is the footprint's; the master's
          // own gap is all that is left.
          status = found.x == null ? SolveStatus.NO_SOLUTION : SolveStatus.FEASIBLE;
          break;
        }
      }
      if (iterations == MAX_ITERATIONS && status == SolveStatus.NO_SOLUTION && found.x != null) {
        status = SolveStatus.FEASIBLE;
      }
      return new Run(status, found.x == null ? Map.of() : footprint(first, found.x), found.value,
          Math.min(bound, found.value), found.costs, relaxedIterations, iterations, master.cutCount, points.solves,
          masterNanos, points.nanos, n, refuted, carriedCount,
          k == 1 ? BendersLearnt.of(blocks, master, carriedCuts) : BendersLearnt.NONE);
    } finally {
      pool.shutdownNow();
      release(subs);
    }
  }

  /**
   * Releases the blocks' programs: a task the pool was told to stop may still be inside Glop, and a
   * block's release waits for that solve to end.
   */
  private static void release(List<BendersSubproblem> subs) {
    for (BendersSubproblem sub : subs) {
      if (sub.whole != null) {
        sub.whole.release();
      }
      if (sub.blocks != null) {
        sub.blocks.forEach(BendersBlock::release);
      }
    }
  }

  private static IllegalArgumentException notExact() {
    return new IllegalArgumentException("Benders decomposition needs a mixed-integer backend and no integer"
        + " decision but the site statuses");
  }

  /** @return each regime's cost at statuses x, its blocks' values given */
  private static double[] costs(BendersMaster master, double[] x, double[] values) {
    double[] out = new double[master.k];
    for (int i = 0; i < master.k; i++) {
      out[i] = master.cost(i, x, values);
    }
    return out;
  }

  private static Map<String, List<Boolean>> footprint(Network n, double[] x) {
    Map<String, List<Boolean>> out = new LinkedHashMap<>();
    int periods = n.periods();
    List<Site> sites = n.sites();
    for (int s = 0; s < sites.size(); s++) {
      List<Boolean> flags = new ArrayList<>();
      for (int t = 0; t < periods; t++) {
        flags.add(x[s * periods + t] > 0.5);
      }
      out.put(sites.get(s).id(), List.copyOf(flags));
    }
    return out;
  }

  private static double[] nan(int k) {
    double[] a = new double[k];
    Arrays.fill(a, Double.NaN);
    return a;
  }

  private static Duration left(long deadline) {
    if (deadline == Long.MAX_VALUE) {
      return Duration.ZERO;
    }
    return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
  }

  /** The best footprint found in a run. */
  private static final class Best {
    /** Its weighted cost, infinite without one. */
    double value = Double.POSITIVE_INFINITY;
    /** Its statuses, null without one. */
    double[] x;
    /** Each regime's cost under it. */
    double[] costs;

    Best(int regimes) {
      costs = nan(regimes);
    }

    /**
     * @return whether there is one, and a bound above its cost by more than a master stopped at the
     *     relative gap may report ({@code gap / (1 - gap)}: HiGHS through OR-Tools reports its
     *     incumbent's value as its bound) and the backends' tolerances (1e-6) proves the bound wrong
     */
    boolean refutes(double bound, double gap) {
      double allowed = gap / Math.max(1e-12, 1 - gap) + 1e-6;
      return x != null && bound - value > allowed * Math.max(Math.abs(value), 1e-9);
    }

    /** @return whether there is one, within the relative gap of the bound */
    boolean within(double bound, double gap) {
      return x != null && value - bound <= gap * Math.max(Math.abs(value), 1e-9);
    }

    /** Keeps statuses x, its blocks' values given, if they cost less than the best so far. */
    void offer(BendersMaster master, double[] x, double[] values) {
      double[] c = BendersEngine.costs(master, x, values);
      double v = master.weighted(c);
      if (v < value) {
        value = v;
        this.x = x;
        costs = c;
      }
    }
  }

  /** Every block solved at a point of the master's space, on the run's threads, with the time counted. */
  private static final class Points {
    private final ExecutorService pool;
    private final List<BendersBlock> blocks;
    private final double scale;
    private final long deadline;
    /** Linear programs solved for the regimes. */
    int solves;
    /** Wall time in them. */
    long nanos;

    Points(ExecutorService pool, List<BendersBlock> blocks, double scale, long deadline) {
      this.pool = pool;
      this.blocks = blocks;
      this.scale = scale;
      this.deadline = deadline;
    }

    /** @return each block's cut at x, in order; null if interrupted or a block had no answer */
    List<BendersBlock.Cut> at(double[] x) {
      long s0 = System.nanoTime();
      List<BendersBlock.Cut> cuts = all(pool, blocks, b -> b.at(x, scale, left(deadline)));
      nanos += System.nanoTime() - s0;
      solves += blocks.size();
      return cuts == null || cuts.contains(null) ? null : cuts;
    }
  }

  /** @return each block's result, in order; null if the calling thread was interrupted meanwhile */
  private static <T> List<T> all(ExecutorService pool, List<BendersBlock> subs,
      java.util.function.Function<BendersBlock, T> task) {
    List<Future<T>> runs = new ArrayList<>();
    for (BendersBlock sub : subs) {
      runs.add(pool.submit(() -> task.apply(sub)));
    }
    List<T> out = new ArrayList<>();
    for (Future<T> f : runs) {
      try {
        out.add(f.get());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        runs.forEach(r -> r.cancel(true));
        return null;
      } catch (ExecutionException e) {
        runs.forEach(r -> r.cancel(true));
        Throwable c = e.getCause();
        throw c instanceof RuntimeException re ? re : new IllegalStateException(c);
      }
    }
    return out;
  }
}
