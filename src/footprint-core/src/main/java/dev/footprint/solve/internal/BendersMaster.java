package dev.footprint.solve.internal;

import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The master problem of {@link BendersEngine}: the site statuses with their own costs, one theta per
 * block of each regime ({@link BendersSubproblem#blocks}), the CVaR terms, the rows on statuses alone,
 * and the cuts; rebuilt and solved from scratch each iteration (it is small). Each theta enters the
 * backend shifted by its lower bound ({@code theta - thetaLower >= 0}, the cuts' and CVaR rows'
 * right-hand sides and the objective's constant moved to match), so that its bound is 0 and the cuts'
 * right-hand sides are their intercepts less that bound rather than the intercepts themselves: a master whose
 * theta bound was 2e7 and rows reached 1e7 once made HiGHS report a bound above the optimum
 * (benchmarks/RESULTS.md, The scaled master). A regime's cost is its constant, its statuses' costs and
 * its blocks' thetas. Rebuilt rather than kept live: the mixed-integer backends start each solve
 * afresh anyway, and the linear master of the relaxation phase solves in milliseconds.
 */
final class BendersMaster {
  /**
   * HiGHS's parameters for the integer master: no restart (HiGHS presolves again and starts over once
   * its root has fixed enough columns), and none of the root's sub-MIP heuristics (RINS, RENS and the
   * reduced-cost one: 0.48 of 0.78 s in a flagship master profiled, spent on incumbents the loop does
   * not need, its upper bound being the blocks' cost of each answer). Measured (benchmarks/RESULTS.md,
   * The scaled master): with the master to the options' gap throughout, the flagship's six scenarios
   * compared in 3.48 s on 2 threads against 6.01 s with restarts off alone and a 1e-3 first phase.
   * Without theta shifted (the class comment), these parameters once gave a wrong bound on size M
   * decomposed.
   */
  static final String HIGHS_MASTER = String.join("\n", "mip_allow_restart=false", "mip_heuristic_run_rins=false",
      "mip_heuristic_run_rens=false", "mip_heuristic_run_root_reduced_cost=false");

  /**
   * HiGHS's parameters for the integer master once one master's bound proved wrong ({@link
   * BendersEngine.Run#refutedBounds}): restarts off alone, the sub-MIP heuristics back.
   */
  static final String HIGHS_CAUTIOUS = "mip_allow_restart=false";

  /**
   * @param x the statuses
   * @param theta per block of every regime, in order
   * @param bound the master's bound
   */
  record Answer(double[] x, double[] theta, double bound) {}

  final int k;
  final double[] p;
  final double lambda;
  final double alpha;
  final double[] lower;
  final double[] upper;
  final double scale;
  /** Per regime: the index of its first theta; {@code thetaStart[k]} thetas in all. */
  final int[] thetaStart;
  /** Per regime, per column: the status's own cost. */
  final double[][] statusCost;
  /** Per regime: its constant cost. */
  final double[] offset;
  /** Per theta: a lower bound on it. */
  final double[] thetaLower;
  final List<double[][]> rows = new ArrayList<>();
  /** Per theta: its cuts. */
  final List<List<BendersBlock.Cut>> cuts = new ArrayList<>();
  int cutCount;
  /** Whether the integer master is solved with the backend's cautious parameters. */
  boolean cautious;
  /**
   * Whether the next integer master is solved without HiGHS's presolve: once, after HiGHS ended a
   * master in an error (in OR-Tools 9.15 it can, mapping an incumbent back from its presolved model).
   */
  boolean unpresolved;

  BendersMaster(double[] p, double lambda, double alpha, double[] lower, double[] upper, double scale,
      List<BendersSubproblem> regimes) {
    this.k = regimes.size();
    this.p = p.clone();
    this.lambda = lambda;
    this.alpha = alpha;
    this.lower = lower;
    this.upper = upper;
    this.scale = scale;
    thetaStart = new int[k + 1];
    statusCost = new double[k][];
    offset = new double[k];
    for (int i = 0; i < k; i++) {
      thetaStart[i + 1] = thetaStart[i] + regimes.get(i).blocks.size();
      statusCost[i] = regimes.get(i).statusCost.clone();
      offset[i] = regimes.get(i).offset;
    }
    thetaLower = new double[thetaStart[k]];
    for (int i = 0; i < thetaStart[k]; i++) {
      cuts.add(new ArrayList<>());
    }
  }

  /** @return thetas in all */
  int thetas() {
    return thetaStart[k];
  }

  /** @return the regime whose block theta {@code b} is */
  int regimeOf(int b) {
    int i = 0;
    while (thetaStart[i + 1] <= b) {
      i++;
    }
    return i;
  }

  void add(int theta, BendersBlock.Cut c) {
    cuts.get(theta).add(c);
    cutCount++;
  }

  /** @return regime i's cost at statuses x with its blocks' values from {@code blockValues} */
  double cost(int i, double[] x, double[] blockValues) {
    double v = offset[i];
    for (int j = 0; j < x.length; j++) {
      v += statusCost[i][j] * x[j];
    }
    for (int b = thetaStart[i]; b < thetaStart[i + 1]; b++) {
      v += blockValues[b];
    }
    return v;
  }

  /**
   * @param x statuses
   * @return whether they lie within the statuses' bounds and meet every row on statuses alone and
   *     every cover row (up to 1e-9)
   */
  boolean admits(double[] x) {
    for (int j = 0; j < x.length; j++) {
      if (x[j] < lower[j] - 1e-9 || x[j] > upper[j] + 1e-9) {
        return false;
      }
    }
    for (double[][] row : rows) {
      double v = 0;
      for (int i = 1; i < row.length; i++) {
        v += row[i][1] * x[(int) row[i][0]];
      }
      double tolerance = 1e-9 * Math.max(1, Math.abs(v));
      if (v < row[0][0] - tolerance || v > row[0][1] + tolerance) {
        return false;
      }
    }
    return true;
  }

  /** @return the master's objective for these regime costs: (1 - lambda) E + lambda CVaR */
  double weighted(double[] costs) {
    double e = 0;
    for (int i = 0; i < k; i++) {
      e += p[i] * costs[i];
    }
    double cvar = lambda > 0 ? StochasticEngine.cvar(costs, p, alpha) : 0;
    return (1 - lambda) * e + lambda * cvar;
  }

  /**
   * @return whether the master is infeasible with its optimality cuts left out: then no footprint
   *     meets the rows on statuses alone, the cover rows and the feasibility cuts
   */
  boolean infeasibleWithoutOptimalityCuts(SolveOptions options, Duration limit) {
    return solve(options, limit, false, false) == null;
  }

  /**
   * @param options the backend and gap for the integer master
   * @param limit time left, or zero for none
   * @param relaxed whether to solve the linear relaxation (by HiGHS's simplex)
   * @return the answer; null if the master is infeasible; an answer without x if a limit stopped it
   */
  Answer solve(SolveOptions options, Duration limit, boolean relaxed) {
    return solve(options, limit, relaxed, true);
  }

  private Answer solve(SolveOptions options, Duration limit, boolean relaxed, boolean optimalityCuts) {
    long start = System.nanoTime();
    // The linear master by HiGHS: Glop (OR-Tools 9.15) once ran without end on one of the flagship's,
    // which HiGHS solved in 135 iterations (KoreaUsDecomposedTest); measured on the flagship's six
    // scenarios, 3 to 5% slower than Glop (benchmarks/RESULTS.md, The linear master by HiGHS).
    Answer a = attempt(relaxed ? BendersBlock.linear(Backend.HIGHS, limit) : options.withTimeLimit(limit), relaxed,
        optimalityCuts);
    if (relaxed && a != null && a.x() == null) {
      // HiGHS gave up on the linear master: Glop solves it, in the time that is left.
      Duration left = limit.isZero() ? Duration.ZERO
          : Duration.ofNanos(Math.max(1_000_000, limit.toNanos() - (System.nanoTime() - start)));
      a = attempt(BendersBlock.glop(left), true, optimalityCuts);
    }
    return a;
  }

  private Answer attempt(SolveOptions o, boolean relaxed, boolean optimalityCuts) {
    int columns = lower.length;
    boolean integer = false;
    for (int j = 0; j < columns; j++) {
      integer |= !relaxed && lower[j] != upper[j];
    }
    NativeModel m = NativeModel.create(o, integer);
    m.scaleObjective(scale);
    double constant = 0;
    double[] statusObjective = new double[columns];
    for (int i = 0; i < k; i++) {
      constant += (1 - lambda) * p[i] * offset[i];
      for (int j = 0; j < columns; j++) {
        statusObjective[j] += (1 - lambda) * p[i] * statusCost[i][j];
      }
    }
    for (int j = 0; j < columns; j++) {
      m.addVariable(lower[j], upper[j], integer && lower[j] != upper[j], statusObjective[j], null);
    }
    int theta = columns;
    int n = thetas();
    // Column theta + b is theta_b - thetaLower[b] (the class comment says why).
    double[] shift = thetaLower;
    for (int b = 0; b < n; b++) {
      constant += (1 - lambda) * p[regimeOf(b)] * shift[b];
      m.addVariable(0, Double.POSITIVE_INFINITY, false, (1 - lambda) * p[regimeOf(b)], null);
    }
    m.setObjectiveOffset(constant);
    if (lambda > 0) {
      int eta = m.addVariable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, lambda, null);
      for (int i = 0; i < k; i++) {
        int u = m.addVariable(0, Double.POSITIVE_INFINITY, false, lambda * p[i] / alpha, null);
        // s (u_i + eta - cost_i) >= 0, in the backend's scaled money; cost_i's constant takes in its
        // thetas' shifts
        double shifted = offset[i];
        for (int b = thetaStart[i]; b < thetaStart[i + 1]; b++) {
          shifted += shift[b];
        }
        int row = m.addConstraint(scale * shifted, Double.POSITIVE_INFINITY, null);
        m.addTerm(row, u, scale);
        m.addTerm(row, eta, scale);
        regimeCost(m, row, i, theta, -scale);
      }
    }
    for (double[][] row : rows) {
      int r = m.addConstraint(row[0][0], row[0][1], null);
      for (int i = 1; i < row.length; i++) {
        m.addTerm(r, (int) row[i][0], row[i][1]);
      }
    }
    for (int b = 0; b < n; b++) {
      for (BendersBlock.Cut c : cuts.get(b)) {
        if (c.optimality() && !optimalityCuts) {
          continue;
        }
        // optimality: s (theta - shift) - s r x >= s (constant - shift); feasibility: -r x >= constant,
        // normalized
        double norm = c.optimality() ? scale : 1 / Math.max(1e-12, maxAbs(c.coef()));
        int r = m.addConstraint((c.optimality() ? c.constant() - shift[b] : c.constant()) * norm,
            Double.POSITIVE_INFINITY, null);
        if (c.optimality()) {
          m.addTerm(r, theta + b, scale);
        }
        for (int j = 0; j < columns; j++) {
          if (c.coef()[j] != 0) {
            m.addTerm(r, j, -c.coef()[j] * norm);
          }
        }
      }
    }
    RawResult r = BackendRunner.run(m, o, integer, SolveControl.quiet(), true,
        integer && o.backend() == Backend.HIGHS ? (cautious ? HIGHS_CAUTIOUS : HIGHS_MASTER)
            + (unpresolved ? "\npresolve=off" : "") : "");
    if (r.status() == SolveStatus.INFEASIBLE) {
      return null;
    }
    if (!r.status().hasAllocation()) {
      return new Answer(null, null, Double.NEGATIVE_INFINITY);
    }
    double[] x = new double[columns];
    for (int j = 0; j < columns; j++) {
      x[j] = lower[j] == upper[j] ? lower[j] : relaxed ? Math.max(lower[j], Math.min(upper[j], r.values()[j]))
          : Math.rint(r.values()[j]);
    }
    double[] th = Arrays.copyOfRange(r.values(), theta, theta + n);
    for (int b = 0; b < n; b++) {
      th[b] += shift[b];
    }
    // The master's bound is the decomposition's; with no bound reported, an optimal master's value is.
    // A linear solver stopped early may report its objective as its bound: a relaxed master's value is a
    // bound only when optimal.
    double bound = relaxed ? (r.status() == SolveStatus.OPTIMAL ? r.objective() : Double.NEGATIVE_INFINITY)
        : Double.isFinite(r.bestBound()) ? Math.min(r.bestBound(), r.objective())
        : r.status() == SolveStatus.OPTIMAL ? r.objective() : Double.NEGATIVE_INFINITY;
    return new Answer(x, th, bound);
  }

  /** Adds {@code factor} times regime i's cost, its constant left out, to a row. */
  private void regimeCost(NativeModel m, int row, int i, int theta, double factor) {
    for (int j = 0; j < lower.length; j++) {
      if (statusCost[i][j] != 0) {
        m.addTerm(row, j, factor * statusCost[i][j]);
      }
    }
    for (int b = thetaStart[i]; b < thetaStart[i + 1]; b++) {
      m.addTerm(row, theta + b, factor);
    }
  }

  private static double maxAbs(double[] a) {
    double m = 0;
    for (double v : a) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }
}
