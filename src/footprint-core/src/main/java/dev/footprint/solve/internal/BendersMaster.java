package dev.footprint.solve.internal;

import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The master problem of {@link BendersEngine}: the site statuses, theta per regime, the CVaR terms,
 * the rows on statuses alone, and the cuts; rebuilt and solved from scratch each iteration (it is
 * small). Rebuilt rather than kept live: the mixed-integer backends start each solve afresh anyway,
 * and the linear master of the relaxation phase solves in milliseconds.
 */
final class BendersMaster {
  record Answer(double[] x, double[] theta, double bound) {}

  final int k;
  final double[] p;
  final double lambda;
  final double alpha;
  final double[] lower;
  final double[] upper;
  final double scale;
  final double[] thetaLower;
  final List<double[][]> rows = new ArrayList<>();
  final List<List<BendersSubproblem.Cut>> cuts = new ArrayList<>();
  int cutCount;

  BendersMaster(int k, double[] p, double lambda, double alpha, double[] lower, double[] upper, double scale) {
    this.k = k;
    this.p = p.clone();
    this.lambda = lambda;
    this.alpha = alpha;
    this.lower = lower;
    this.upper = upper;
    this.scale = scale;
    thetaLower = new double[k];
    for (int i = 0; i < k; i++) {
      cuts.add(new ArrayList<>());
    }
  }

  void add(int regime, BendersSubproblem.Cut c) {
    cuts.get(regime).add(c);
    cutCount++;
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
   * @param relaxed whether to solve the linear relaxation (by Glop)
   * @return the answer; null if the master is infeasible; an answer without x if a limit stopped it
   */
  Answer solve(SolveOptions options, Duration limit, boolean relaxed) {
    return solve(options, limit, relaxed, true);
  }

  private Answer solve(SolveOptions options, Duration limit, boolean relaxed, boolean optimalityCuts) {
    int columns = lower.length;
    boolean integer = false;
    for (int j = 0; j < columns; j++) {
      integer |= !relaxed && lower[j] != upper[j];
    }
    SolveOptions o = relaxed ? BendersSubproblem.glop(limit) : options.withTimeLimit(limit);
    NativeModel m = NativeModel.create(o, integer);
    m.scaleObjective(scale);
    for (int j = 0; j < columns; j++) {
      m.addVariable(lower[j], upper[j], integer && lower[j] != upper[j], 0, null);
    }
    int theta = columns;
    for (int i = 0; i < k; i++) {
      m.addVariable(thetaLower[i], Double.POSITIVE_INFINITY, false, (1 - lambda) * p[i], null);
    }
    if (lambda > 0) {
      int eta = m.addVariable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, lambda, null);
      for (int i = 0; i < k; i++) {
        int u = m.addVariable(0, Double.POSITIVE_INFINITY, false, lambda * p[i] / alpha, null);
        // s (u_i + eta - theta_i) >= 0, in the backend's scaled money
        int row = m.addConstraint(0, Double.POSITIVE_INFINITY, null);
        m.addTerm(row, u, scale);
        m.addTerm(row, eta, scale);
        m.addTerm(row, theta + i, -scale);
      }
    }
    for (double[][] row : rows) {
      int r = m.addConstraint(row[0][0], row[0][1], null);
      for (int i = 1; i < row.length; i++) {
        m.addTerm(r, (int) row[i][0], row[i][1]);
      }
    }
    for (int i = 0; i < k; i++) {
      for (BendersSubproblem.Cut c : cuts.get(i)) {
        if (c.optimality() && !optimalityCuts) {
          continue;
        }
        // optimality: s theta - s r x >= s constant; feasibility: -r x >= constant, normalized
        double norm = c.optimality() ? scale : 1 / Math.max(1e-12, maxAbs(c.coef()));
        int r = m.addConstraint(c.constant() * norm, Double.POSITIVE_INFINITY, null);
        if (c.optimality()) {
          m.addTerm(r, theta + i, scale);
        }
        for (int j = 0; j < columns; j++) {
          if (c.coef()[j] != 0) {
            m.addTerm(r, j, -c.coef()[j] * norm);
          }
        }
      }
    }
    RawResult r = BackendRunner.run(m, o, integer, SolveControl.quiet(), true);
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
    double[] th = Arrays.copyOfRange(r.values(), theta, theta + k);
    // The master's bound is the decomposition's; with no bound reported, an optimal master's value is.
    // Glop reports its objective as its bound even when stopped early: a relaxed master's value is a
    // bound only when optimal.
    double bound = relaxed ? (r.status() == SolveStatus.OPTIMAL ? r.objective() : Double.NEGATIVE_INFINITY)
        : Double.isFinite(r.bestBound()) ? Math.min(r.bestBound(), r.objective())
        : r.status() == SolveStatus.OPTIMAL ? r.objective() : Double.NEGATIVE_INFINITY;
    return new Answer(x, th, bound);
  }

  private static double maxAbs(double[] a) {
    double m = 0;
    for (double v : a) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }
}
