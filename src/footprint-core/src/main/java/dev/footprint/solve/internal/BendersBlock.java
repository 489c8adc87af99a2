package dev.footprint.solve.internal;

import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * A linear program of {@link BendersEngine}'s second stage, solved by Glop with the site statuses it
 * touches fixed at the master's values: one block of a regime's formulation ({@link
 * BendersSubproblem#blocks}), or the regime's whole formulation for its linear relaxation. Its value
 * {@code Q(x)} is convex and piecewise linear in the site statuses {@code x}; the reduced costs of the
 * fixed status variables ({@code c_x - A_x' y}, with {@code y} the optimal row duals) are a
 * subgradient, so {@code theta >= Q(x^) + r (x - x^)} holds for every {@code x}: an optimality cut.
 * Where the statuses leave the program infeasible, a phase-one program (every elastic row given
 * slacks, minimizing the total violation {@code w(x)}, convex and zero exactly where the program is
 * feasible) gives the feasibility cut {@code 0 >= w(x^) + r (x - x^)}.
 *
 * <p>The block keeps its own compact copy of its variables, rows and terms. Its first solve in a run
 * is written afresh through the model builder. Where the run keeps it warm ({@link #keepWarm}: runs
 * over several regimes), its program is then kept in a Glop {@code MPSolver} ({@link BendersLp}) and
 * solved again with each point's statuses, Glop starting from its last basis, until the run releases
 * it ({@link #release}); otherwise each solve is written afresh. Phase one, rare, is built afresh.
 */
final class BendersBlock {
  /** Violation below which a phase-one program counts as feasible, relative to the rows' size. */
  private static final double FEASIBLE = 1e-7;
  /**
   * A dual or reduced cost of the wrong sign up to this, in the scaled objective Glop solves and relative
   * to the variable's cost, counts as zero in a carried cut ({@link #carry}).
   */
  static final double DUAL_TOLERANCE = 1e-7;

  /** Master columns (site statuses) in all. */
  private final int columns;
  /** Per local variable: its master column, or -1. */
  private final int[] column;
  /** Per master column: its local variable, or -1 when the block does not touch that status. */
  private final int[] local;
  private final double[] varLower;
  private final double[] varUpper;
  private final double[] varObjective;
  private final double[] rowLower;
  private final double[] rowUpper;
  /** Per row: whether phase one may violate it (rows on site statuses alone stay hard). */
  private final boolean[] elastic;
  private final int[] termRow;
  private final int[] termVar;
  private final double[] termCoef;
  private final double offset;

  /**
   * A cut {@code sum_j coef[j] x_j + (optimality ? -theta : 0) <= -constant}, written as
   * {@code theta >= constant + coef x} for optimality and {@code 0 >= constant + coef x} for
   * feasibility.
   *
   * @param optimality whether it bounds theta (else it cuts the statuses off)
   * @param constant the constant: {@code Q(x^) - r x^}, or {@code w(x^) - r x^}
   * @param coef per master column, the reduced cost r (0 for statuses the block does not touch)
   * @param value Q(x^) or w(x^); NaN for a cut carried from an earlier run ({@link #carry}), taken at no
   *     point of this one
   * @param point the site statuses it was taken at (those the block does not touch: 0)
   * @param duals for an optimality cut, the block's row duals it was made from (so that it can be
   *     carried to a block of the same matrix and costs: {@link #carry}); null for a feasibility cut
   */
  record Cut(boolean optimality, double constant, double[] coef, double value, double[] point, double[] duals) {
    double at(double[] x) {
      double v = constant;
      for (int j = 0; j < coef.length; j++) {
        v += coef[j] * x[j];
      }
      return v;
    }
  }

  /**
   * What a linear relaxation gave.
   *
   * @param cut the cut at its own statuses, or null without an optimal answer
   * @param infeasible whether Glop proved the relaxation infeasible
   */
  record Relaxation(Cut cut, boolean infeasible) {}

  /**
   * Copies part of a recorded formulation.
   *
   * @param rec the whole formulation
   * @param column per formulation variable, its master column or -1
   * @param columns master columns in all
   * @param rows the rows of the block, ascending
   * @param variables the variables of the block (the statuses its rows touch included), ascending
   * @param statusOnlyRow per formulation row, whether it is on site statuses alone (kept hard)
   * @param statusCosts whether the statuses keep their objective coefficients (else 0: the master
   *     prices them)
   * @param offset the objective's constant
   */
  BendersBlock(RecordedModel rec, int[] column, int columns, int[] rows, int[] variables, boolean[] statusOnlyRow,
      boolean statusCosts, double offset) {
    this.columns = columns;
    this.offset = offset;
    int n = variables.length;
    int[] toLocal = new int[rec.variables];
    Arrays.fill(toLocal, -1);
    this.column = new int[n];
    local = new int[columns];
    Arrays.fill(local, -1);
    varLower = new double[n];
    varUpper = new double[n];
    varObjective = new double[n];
    for (int i = 0; i < n; i++) {
      int v = variables[i];
      toLocal[v] = i;
      this.column[i] = column[v];
      if (column[v] >= 0) {
        local[column[v]] = i;
      }
      varLower[i] = rec.varLower[v];
      varUpper[i] = rec.varUpper[v];
      varObjective[i] = column[v] >= 0 && !statusCosts ? 0 : rec.varObjective[v];
    }
    int[] rowLocal = new int[rec.rows];
    Arrays.fill(rowLocal, -1);
    rowLower = new double[rows.length];
    rowUpper = new double[rows.length];
    elastic = new boolean[rows.length];
    for (int r = 0; r < rows.length; r++) {
      rowLocal[rows[r]] = r;
      rowLower[r] = rec.rowLower[rows[r]];
      rowUpper[r] = rec.rowUpper[rows[r]];
      elastic[r] = !statusOnlyRow[rows[r]];
    }
    int count = 0;
    for (long i = 0; i < rec.terms; i++) {
      count += rowLocal[rec.termRow[(int) i]] >= 0 ? 1 : 0;
    }
    termRow = new int[count];
    termVar = new int[count];
    termCoef = new double[count];
    int k = 0;
    for (long i = 0; i < rec.terms; i++) {
      int r = rowLocal[rec.termRow[(int) i]];
      if (r >= 0) {
        termRow[k] = r;
        termVar[k] = toLocal[rec.termVar[(int) i]];
        termCoef[k] = rec.termCoef[(int) i];
        if (termVar[k] < 0) {
          throw new IllegalStateException("a block's row reaches a variable outside the block");
        }
        k++;
      }
    }
  }

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
    return new Relaxation(optimalityCut(r, null), r.status() == SolveStatus.INFEASIBLE);
  }

  /**
   * @param x the master's statuses, per column
   * @param scale the objective scale for the backend
   * @param limit time left, or zero for none
   * @return an optimality cut; a feasibility cut if Glop proved the statuses leave the block
   *     infeasible and phase one measured by how much; null otherwise (a limit, or numerical trouble:
   *     nothing is known, and no cut is made)
   */
  Cut at(double[] x, double scale, Duration limit) {
    long start = System.nanoTime();
    RawResult r = solve(x, scale, limit);
    Cut c = optimalityCut(r, x);
    if (c != null || r.status() != SolveStatus.INFEASIBLE) {
      return c;
    }
    return phaseOne(x, limit.isZero() ? Duration.ZERO
        : Duration.ofNanos(Math.max(1_000_000, limit.toNanos() - (System.nanoTime() - start))));
  }

  private NativeModel model(double[] x, SolveOptions o, boolean costs, double scale) {
    NativeModel m = NativeModel.create(o, false);
    m.scaleObjective(scale);
    m.reserve(varLower.length);
    for (int i = 0; i < varLower.length; i++) {
      int j = column[i];
      double lo = x != null && j >= 0 ? x[j] : varLower[i];
      double up = x != null && j >= 0 ? x[j] : varUpper[i];
      m.addVariable(lo, up, false, costs ? varObjective[i] : 0, null);
    }
    for (int r = 0; r < rowLower.length; r++) {
      m.addConstraint(rowLower[r], rowUpper[r], null);
    }
    for (int i = 0; i < termRow.length; i++) {
      m.addTerm(termRow[i], termVar[i], termCoef[i]);
    }
    return m;
  }

  /** The program kept from solve to solve, from the second solve on (see {@link BendersLp}); null until then. */
  private BendersLp lp;
  /** Solves of this block so far in the run (its first is written afresh: a block solved once gains nothing). */
  private int solves;
  /** Whether solves after the first are kept warm in Glop ({@link BendersEngine} says per run). */
  private boolean warm;

  /** @param value whether this run keeps the block's program in Glop from its second solve on */
  synchronized void keepWarm(boolean value) {
    warm = value;
  }

  /**
   * Releases the program kept from solve to solve, once a solve inside it has returned; the block is
   * written afresh from then on, until a run keeps it warm again.
   */
  synchronized void release() {
    warm = false;
    solves = 0;
    if (lp != null) {
      lp.close();
      lp = null;
    }
  }

  /** @return whether the block holds a program kept in Glop (for tests) */
  synchronized boolean keptWarm() {
    return lp != null;
  }

  /**
   * The block's program at these statuses (or with them free, for null): written afresh, or, kept
   * warm, solved again from Glop's last basis.
   */
  private RawResult solve(double[] x, double scale, Duration limit) {
    RawResult kept = solveKept(x, scale, limit);
    if (kept != null) {
      return kept;
    }
    // Written by the model builder, quicker to write than an MPSolver: a block solved once gains
    // nothing from being kept.
    SolveOptions o = glop(limit);
    NativeModel m = model(x, o, true, scale);
    m.setObjectiveOffset(offset);
    return BackendRunner.run(m, o, false, SolveControl.quiet(), true);
  }

  /**
   * The kept program's answer; null where this solve is written afresh: the run does not keep the
   * block warm, this is its first solve in the run, or the kept program ended neither optimal nor
   * infeasible (it is then dropped, and the point solved afresh). One lock from the choice to the
   * answer, so that a release waits for it and no program is written after one.
   */
  private synchronized RawResult solveKept(double[] x, double scale, Duration limit) {
    if (!warm || solves++ == 0) {
      return null;
    }
    if (lp != null && lp.scale() != scale) {
      lp.close();
      lp = null;
    }
    if (lp == null) {
      lp = new BendersLp(varLower.length, varObjective, rowLower, rowUpper, termRow, termVar, termCoef, offset, scale);
    }
    double[] lo = new double[varLower.length];
    double[] up = new double[varLower.length];
    for (int i = 0; i < lo.length; i++) {
      int j = column[i];
      lo[i] = x != null && j >= 0 ? x[j] : varLower[i];
      up[i] = x != null && j >= 0 ? x[j] : varUpper[i];
    }
    RawResult r = lp.solve(lo, up, limit);
    if (r.status() == SolveStatus.OPTIMAL || r.status() == SolveStatus.INFEASIBLE) {
      return r;
    }
    lp.close();
    lp = null;
    return null;
  }

  private Cut optimalityCut(RawResult r, double[] x) {
    if (r.status() != SolveStatus.OPTIMAL || r.reducedCosts() == null) {
      return null;
    }
    double[] at = new double[columns];
    double[] coef = new double[columns];
    double constant = r.objective();
    for (int j = 0; j < columns; j++) {
      int i = local[j];
      if (i >= 0) {
        at[j] = r.values()[i];
        coef[j] = r.reducedCosts()[i];
        constant -= coef[j] * at[j];
      } else if (x != null) {
        at[j] = x[j];
      }
    }
    return new Cut(true, constant, coef, r.objective(), at, r.duals());
  }

  /**
   * Phase one: the statuses fixed, every elastic row given a slack on each finite side (its weight the
   * inverse of the row's size), minimizing the weighted violation.
   */
  private Cut phaseOne(double[] x, Duration limit) {
    SolveOptions o = glop(limit);
    NativeModel m = model(x, o, false, 1);
    for (int r = 0; r < rowLower.length; r++) {
      if (!elastic[r]) {
        continue;
      }
      double size = 1 / Math.max(1, Math.max(finite(rowLower[r]), finite(rowUpper[r])));
      if (Double.isFinite(rowLower[r])) {
        m.addTerm(r, m.addVariable(0, Double.POSITIVE_INFINITY, false, size, null), 1);
      }
      if (Double.isFinite(rowUpper[r])) {
        m.addTerm(r, m.addVariable(0, Double.POSITIVE_INFINITY, false, size, null), -1);
      }
    }
    RawResult r = BackendRunner.run(m, o, false, SolveControl.quiet(), true);
    if (r.status() != SolveStatus.OPTIMAL || r.reducedCosts() == null || !(r.objective() > FEASIBLE)) {
      // Phase one did not finish, or found the statuses feasible after all (numerical trouble in
      // the first solve): nothing is known, and no cut is made.
      return null;
    }
    double[] coef = new double[columns];
    double constant = r.objective();
    for (int j = 0; j < columns; j++) {
      if (local[j] >= 0) {
        coef[j] = r.reducedCosts()[local[j]];
        constant -= coef[j] * x[j];
      }
    }
    return new Cut(false, constant, coef, r.objective(), x.clone(), null);
  }

  /**
   * @param other a block, of this regime or of another network's
   * @return whether it has this block's shape: the same rows, the same variables in the same master
   *     columns, and the same terms on every variable other than a status (their coefficients, the costs,
   *     bounds and right-hand sides may differ). Its row duals then speak of this block's rows, and
   *     {@link #carry} makes cuts of them.
   */
  boolean sameShape(BendersBlock other) {
    return matches(other, false);
  }

  /**
   * @param other a block
   * @return whether it has this block's shape ({@link #sameShape}) and its costs and matrix too, on every
   *     variable other than a status: its row duals are then dual feasible here, and the cuts {@link
   *     #carry} makes of them are exact where they stay optimal (only bounds and right-hand sides differ)
   */
  boolean samePrices(BendersBlock other) {
    return matches(other, true);
  }

  /** {@link #sameShape}, and with {@code prices} {@link #samePrices}: one walk over both blocks' terms. */
  private boolean matches(BendersBlock other, boolean prices) {
    if (other == this) {
      return true;
    }
    if (columns != other.columns || rowLower.length != other.rowLower.length
        || !Arrays.equals(column, other.column)) {
      return false;
    }
    for (int i = 0; prices && i < column.length; i++) {
      if (column[i] < 0 && varObjective[i] != other.varObjective[i]) {
        return false;
      }
    }
    int a = 0;
    int b = 0;
    while (true) {
      while (a < termRow.length && column[termVar[a]] >= 0) {
        a++;
      }
      while (b < other.termRow.length && column[other.termVar[b]] >= 0) {
        b++;
      }
      if (a == termRow.length || b == other.termRow.length) {
        return a == termRow.length && b == other.termRow.length;
      }
      if (termRow[a] != other.termRow[b] || termVar[a] != other.termVar[b]
          || (prices && termCoef[a] != other.termCoef[b])) {
        return false;
      }
      a++;
      b++;
    }
  }

  /**
   * An optimality cut of this block made of row duals found for another block of its shape ({@link
   * #sameShape}): an earlier sample's, or an earlier point's of a sweep, whose numbers differ. For any row
   * duals {@code y}, with {@code d = c - A'y} computed from this block's costs and matrix, the Lagrangian
   * <pre>
   *   L(y; x) = offset + sum_r min(y_r lo_r, y_r up_r) + sum_i min(d_i lo_i, d_i up_i) + sum_j d_j x_j
   * </pre>
   * (rows r, variables i other than the statuses, statuses j fixed at x) is at most {@code Q(x)} for
   * every {@code x} (weak duality): a valid cut, exact where {@code y} is still optimal, as it stays when
   * only bounds and right-hand sides changed (demand, capacity) and the basis is still feasible. A term
   * whose bound is infinite needs its multiplier of the sign that keeps it finite: one of the wrong sign
   * within Glop's own tolerance ({@link #DUAL_TOLERANCE} in the scaled objective Glop solves, relative to
   * the variable's cost) counts as zero, which may overstate the cut by that multiplier times the term's
   * activity, about 1e-7 of the block's value and within the master's allowance for its backends'
   * tolerances; a larger one (a cost that fell below what the duals price) leaves the duals unusable here,
   * as does a dual that is not finite.
   *
   * @param duals row duals of a block of this shape
   * @param scale the objective scale Glop solves this block with ({@link NativeModel#scaleObjective})
   * @return the cut, or null where the duals do not bound this block
   */
  Cut carry(double[] duals, double scale) {
    if (duals == null || duals.length != rowLower.length) {
      return null;
    }
    double tolerance = DUAL_TOLERANCE / scale;
    double[] d = varObjective.clone();
    for (int i = 0; i < termRow.length; i++) {
      d[termVar[i]] -= termCoef[i] * duals[termRow[i]];
    }
    double constant = offset;
    for (int r = 0; r < rowLower.length; r++) {
      double t = lagrangian(duals[r], rowLower[r], rowUpper[r], tolerance);
      if (Double.isNaN(t)) {
        return null;
      }
      constant += t;
    }
    double[] coef = new double[columns];
    for (int i = 0; i < d.length; i++) {
      if (column[i] >= 0) {
        coef[column[i]] = d[i];
        continue;
      }
      double t = lagrangian(d[i], varLower[i], varUpper[i], tolerance * Math.max(1, Math.abs(varObjective[i])));
      if (Double.isNaN(t)) {
        return null;
      }
      constant += t;
    }
    double[] at = new double[columns];
    return new Cut(true, constant, coef, Double.NaN, at, duals);
  }

  /**
   * @param m a multiplier: a row's dual, or a variable's reduced cost
   * @param lo the term's lower bound
   * @param up the term's upper bound
   * @param tolerance how far m may be of the sign an infinite bound needs and count as zero
   * @return {@code min(m lo, m up)}; 0 for m within the tolerance of the sign an infinite bound needs;
   *     NaN where the minimum is minus infinity, or m is not finite
   */
  static double lagrangian(double m, double lo, double up, double tolerance) {
    if (!Double.isFinite(m)) {
      return Double.NaN;
    }
    if (m > 0) {
      return Double.isFinite(lo) ? m * lo : m <= tolerance ? 0 : Double.NaN;
    }
    if (m < 0) {
      return Double.isFinite(up) ? m * up : -m <= tolerance ? 0 : Double.NaN;
    }
    return 0;
  }

  private static double finite(double v) {
    return Double.isFinite(v) ? Math.abs(v) : 0;
  }

  static SolveOptions glop(Duration limit) {
    return linear(Backend.GLOP, limit);
  }

  /** @return options for a linear program by this backend: integrality relaxed, unverified, one thread */
  static SolveOptions linear(Backend backend, Duration limit) {
    return new SolveOptions(backend, limit, 1e-9, 1, 0, false, true, false, Map.of(), false);
  }
}
