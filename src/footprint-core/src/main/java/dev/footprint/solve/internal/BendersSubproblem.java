package dev.footprint.solve.internal;

import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import java.time.Duration;
import java.util.Map;

/**
 * One regime's second stage for {@link BendersEngine}: its whole formulation, written once as a linear
 * program, solved by Glop with the site statuses fixed at the master's values. The value function
 * {@code Q(x)} of that program is convex and piecewise linear in the site statuses {@code x}; the
 * reduced costs of the fixed status variables ({@code c_x - A_x' y}, with {@code y} the optimal row
 * duals) are a subgradient, so {@code theta >= Q(x^) + r (x - x^)} holds for every {@code x}: an
 * optimality cut. Where the statuses leave the program infeasible, a phase-one program (every row but
 * those on site statuses alone made elastic, minimizing the total violation {@code w(x)}, convex and
 * zero exactly where the program is feasible) gives the feasibility cut {@code 0 >= w(x^) + r (x - x^)}.
 *
 * <p>Rows on site statuses alone (site dynamics, pledges on opened sites) are the master's: they are
 * kept hard in phase one, as the master meets them already.
 */
final class BendersSubproblem {
  /** Violation below which a phase-one program counts as feasible, relative to the rows' size. */
  private static final double FEASIBLE = 1e-7;

  final Formulation formulation;
  private final RecordedModel rec;
  /** Per master column j: the formulation's variable for site status j. */
  private final int[] statusVariable;
  /** Per formulation variable: its master column, or -1. */
  private final int[] column;
  /** Per row: whether every term is on a site status. */
  final boolean[] statusOnlyRow;

  /**
   * A cut {@code sum_j coef[j] x_j + (optimality ? -theta : 0) <= -constant}, written as
   * {@code theta >= constant + coef x} for optimality and {@code 0 >= constant + coef x} for
   * feasibility.
   *
   * @param optimality whether it bounds theta (else it cuts the statuses off)
   * @param constant the constant: {@code Q(x^) - r x^}, or {@code w(x^) - r x^}
   * @param coef per master column, the reduced cost r
   * @param value Q(x^) or w(x^)
   * @param point the site statuses it was taken at
   */
  record Cut(boolean optimality, double constant, double[] coef, double value, double[] point) {
    double at(double[] x) {
      double v = constant;
      for (int j = 0; j < coef.length; j++) {
        v += coef[j] * x[j];
      }
      return v;
    }
  }

  /**
   * @param formulation the regime's formulation
   * @param statusVariable per master column, the formulation's variable of that site status
   */
  BendersSubproblem(Formulation formulation, int[] statusVariable) {
    this.formulation = formulation;
    this.statusVariable = statusVariable.clone();
    rec = new RecordedModel();
    formulation.emit(rec, false, false);
    column = new int[rec.variables];
    java.util.Arrays.fill(column, -1);
    for (int j = 0; j < statusVariable.length; j++) {
      column[statusVariable[j]] = j;
    }
    statusOnlyRow = new boolean[rec.rows];
    java.util.Arrays.fill(statusOnlyRow, true);
    boolean[] hasTerm = new boolean[rec.rows];
    for (long i = 0; i < rec.terms; i++) {
      int r = rec.termRow[(int) i];
      hasTerm[r] = true;
      if (rec.termCoef[(int) i] != 0 && column[rec.termVar[(int) i]] < 0) {
        statusOnlyRow[r] = false;
      }
    }
    for (int r = 0; r < rec.rows; r++) {
      statusOnlyRow[r] &= hasTerm[r];
    }
  }

  /** @return the rows on site statuses alone, each as (lower, upper, master columns, coefficients) */
  java.util.List<double[][]> statusRows() {
    java.util.List<java.util.List<double[]>> terms = new java.util.ArrayList<>();
    for (int r = 0; r < rec.rows; r++) {
      terms.add(statusOnlyRow[r] ? new java.util.ArrayList<>() : null);
    }
    for (long i = 0; i < rec.terms; i++) {
      int r = rec.termRow[(int) i];
      if (statusOnlyRow[r] && rec.termCoef[(int) i] != 0) {
        terms.get(r).add(new double[] {column[rec.termVar[(int) i]], rec.termCoef[(int) i]});
      }
    }
    java.util.List<double[][]> out = new java.util.ArrayList<>();
    for (int r = 0; r < rec.rows; r++) {
      if (statusOnlyRow[r]) {
        double[][] row = new double[terms.get(r).size() + 1][];
        row[0] = new double[] {rec.rowLower[r], rec.rowUpper[r]};
        for (int i = 0; i < terms.get(r).size(); i++) {
          row[i + 1] = terms.get(r).get(i);
        }
        out.add(row);
      }
    }
    return out;
  }

  /**
   * Rows on the site statuses alone that every solution meets, for a master problem that sees no
   * shipments ({@link BendersEngine}): for each product and period, the sites that can make it must be
   * able to cover its demand that may not go unserved,
   * {@code sum_s min(cap[s,t] / use[p], demand site s can serve) active[s,t] >= required demand}. Valid
   * because a site makes no more than its capacity allows, only while active. None where capacity is
   * not simply {@code cap * active}: with capacity steps or ramp-up, or for a product that uses no
   * capacity.
   *
   * @return rows as {@code {{lower, upper}, {column, coefficient}, ...}}, the column of
   *     {@code active[s,t]} being {@code s * f.periods + t}
   */
  java.util.List<double[][]> coverRows() {
    Formulation f = formulation;
    java.util.List<double[][]> rows = new java.util.ArrayList<>();
    if (f.stepRows.count > 0) {
      return rows;
    }
    for (int s = 0; s < f.siteCount; s++) {
      if (LaborRows.ramps(f, s)) {
        return rows;
      }
    }
    int T = f.periods;
    for (int p = 0; p < f.productCount; p++) {
      dev.footprint.model.Product product = f.n.products().get(p);
      double use = product.capacityUsePerUnit();
      if (!(use > 0)) {
        continue;
      }
      for (int t = 0; t < T; t++) {
        double need = 0;
        for (int m = 0; m < f.marketCount; m++) {
          double d = f.demand(p, m, t);
          need += f.lostSlot[p * f.marketCount + m] >= 0
              ? d - ProfitTerms.unservedUpper(f.n.markets().get(m), product.id(), d) : d;
        }
        if (!(need > 0)) {
          continue;
        }
        java.util.Map<Integer, Double> served = new java.util.TreeMap<>();
        for (int i = f.productArcStart[p]; i < f.productArcStart[p + 1]; i++) {
          int a = f.productArcs[i];
          int s = f.arcSite[a];
          if (f.activeUpper[s * T + t] > 0) {
            served.merge(s, f.demand(p, f.arcMarket[a], t), Double::sum);
          }
        }
        double[][] row = new double[served.size() + 1][];
        row[0] = new double[] {need, Double.POSITIVE_INFINITY};
        int i = 1;
        for (var e : served.entrySet()) {
          double cap = f.n.sites().get(e.getKey()).capacity().at(t) / use;
          row[i++] = new double[] {e.getKey() * T + t, Math.min(cap, e.getValue())};
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** @return per master column, the lower bound the formulation gives the status */
  double lower(int j) {
    return rec.varLower[statusVariable[j]];
  }

  /** @return per master column, the upper bound the formulation gives the status */
  double upper(int j) {
    return rec.varUpper[statusVariable[j]];
  }

  /**
   * What a regime's linear relaxation gave.
   *
   * @param cut the cut at its own statuses, or null without an optimal answer
   * @param infeasible whether Glop proved the relaxation infeasible (then so is the regime)
   */
  record Relaxation(Cut cut, boolean infeasible) {}

  /**
   * The linear relaxation with the statuses free within their bounds: its value bounds {@code Q} from
   * below everywhere, and its reduced costs give a cut at its own statuses.
   *
   * @param scale the objective scale for the backend
   * @param limit time left, or zero for none
   * @return the cut, or why there is none
   */
  Relaxation relaxation(double scale, Duration limit) {
    RawResult r = solve(null, scale, limit);
    return new Relaxation(optimalityCut(r), r.status() == SolveStatus.INFEASIBLE);
  }

  /**
   * @param x the master's statuses, per column
   * @param scale the objective scale for the backend
   * @param limit time left, or zero for none
   * @return an optimality cut; a feasibility cut if Glop proved the statuses leave the regime
   *     infeasible and phase one measured by how much; null otherwise (a limit, or numerical trouble:
   *     nothing is known, and no cut is made)
   */
  Cut at(double[] x, double scale, Duration limit) {
    long start = System.nanoTime();
    RawResult r = solve(x, scale, limit);
    Cut c = optimalityCut(r);
    if (c != null || r.status() != SolveStatus.INFEASIBLE) {
      return c;
    }
    return phaseOne(x, limit.isZero() ? Duration.ZERO
        : Duration.ofNanos(Math.max(1_000_000, limit.toNanos() - (System.nanoTime() - start))));
  }

  private RawResult solve(double[] x, double scale, Duration limit) {
    NativeModel m = NativeModel.create(glop(limit), false);
    m.scaleObjective(scale);
    m.reserve(rec.variables);
    for (int i = 0; i < rec.variables; i++) {
      int j = column[i];
      double lo = x != null && j >= 0 ? x[j] : rec.varLower[i];
      double up = x != null && j >= 0 ? x[j] : rec.varUpper[i];
      m.addVariable(lo, up, false, rec.varObjective[i], null);
    }
    for (int r = 0; r < rec.rows; r++) {
      m.addConstraint(rec.rowLower[r], rec.rowUpper[r], null);
    }
    for (long i = 0; i < rec.terms; i++) {
      m.addTerm(rec.termRow[(int) i], rec.termVar[(int) i], rec.termCoef[(int) i]);
    }
    m.setObjectiveOffset(rec.offset);
    return BackendRunner.run(m, glop(limit), false, SolveControl.quiet(), true);
  }

  private Cut optimalityCut(RawResult r) {
    if (r.status() != SolveStatus.OPTIMAL || r.reducedCosts() == null) {
      return null;
    }
    double[] at = new double[statusVariable.length];
    double[] coef = new double[statusVariable.length];
    double constant = r.objective();
    for (int j = 0; j < coef.length; j++) {
      at[j] = r.values()[statusVariable[j]];
      coef[j] = r.reducedCosts()[statusVariable[j]];
      constant -= coef[j] * at[j];
    }
    return new Cut(true, constant, coef, r.objective(), at);
  }

  /**
   * Phase one: the statuses fixed, every other row elastic (a slack on each finite side, its weight
   * the inverse of the row's size), minimizing the weighted violation.
   */
  private Cut phaseOne(double[] x, Duration limit) {
    NativeModel m = NativeModel.create(glop(limit), false);
    int v = rec.variables;
    m.reserve(v + 2 * rec.rows);
    for (int i = 0; i < v; i++) {
      int j = column[i];
      m.addVariable(j >= 0 ? x[j] : rec.varLower[i], j >= 0 ? x[j] : rec.varUpper[i], false, 0, null);
    }
    for (int r = 0; r < rec.rows; r++) {
      m.addConstraint(rec.rowLower[r], rec.rowUpper[r], null);
    }
    for (long i = 0; i < rec.terms; i++) {
      m.addTerm(rec.termRow[(int) i], rec.termVar[(int) i], rec.termCoef[(int) i]);
    }
    for (int r = 0; r < rec.rows; r++) {
      if (statusOnlyRow[r]) {
        continue;
      }
      double size = 1 / Math.max(1, Math.max(finite(rec.rowLower[r]), finite(rec.rowUpper[r])));
      if (Double.isFinite(rec.rowLower[r])) {
        m.addTerm(r, m.addVariable(0, Double.POSITIVE_INFINITY, false, size, null), 1);
      }
      if (Double.isFinite(rec.rowUpper[r])) {
        m.addTerm(r, m.addVariable(0, Double.POSITIVE_INFINITY, false, size, null), -1);
      }
    }
    RawResult r = BackendRunner.run(m, glop(limit), false, SolveControl.quiet(), true);
    if (r.status() != SolveStatus.OPTIMAL || r.reducedCosts() == null || !(r.objective() > FEASIBLE)) {
      // Phase one did not finish, or found the statuses feasible after all (numerical trouble in
      // the first solve): nothing is known, and no cut is made.
      return null;
    }
    double[] coef = new double[statusVariable.length];
    double constant = r.objective();
    for (int j = 0; j < coef.length; j++) {
      coef[j] = r.reducedCosts()[statusVariable[j]];
      constant -= coef[j] * x[j];
    }
    return new Cut(false, constant, coef, r.objective(), x.clone());
  }

  private static double finite(double v) {
    return Double.isFinite(v) ? Math.abs(v) : 0;
  }

  static SolveOptions glop(Duration limit) {
    return new SolveOptions(Backend.GLOP, limit, 1e-9, 1, 0, false, true, false, Map.of(), false);
  }
}
