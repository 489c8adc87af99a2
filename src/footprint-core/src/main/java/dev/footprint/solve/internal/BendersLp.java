package dev.footprint.solve.internal;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import dev.footprint.solve.SolveStatus;
import java.time.Duration;

/**
 * One {@link BendersBlock}'s linear program kept in a Glop {@code MPSolver} from solve to solve of a
 * run: between two solves only the bounds of the fixed site statuses change, so Glop starts from its
 * last basis (still dual feasible: the costs and the matrix are the same) instead of from scratch.
 * Presolve is off, since a presolved program would not keep the basis, and the dual simplex is asked
 * for, as it resumes from a dual feasible basis.
 *
 * <p>Its native memory is released by {@link #close}, which the run calls once it is done; a block is
 * solved by one thread at a time (the run solves each point's blocks in parallel, one task a block),
 * and the methods are synchronized so that a mistake there cannot corrupt the solver.
 */
final class BendersLp implements AutoCloseable {
  private final MPSolver solver;
  private final MPVariable[] variables;
  private final MPConstraint[] constraints;
  private final MPSolverParameters params;
  private final double scale;
  private final double[] objective;
  private final int[] termRow;
  private final int[] termVar;
  private final double[] termCoef;
  private boolean closed;

  /**
   * Writes the program; the variables' bounds are set at each {@link #solve}.
   *
   * @param variables the number of variables
   * @param objective per variable, its cost
   * @param rowLower per row, its lower side
   * @param rowUpper per row, its upper side
   * @param termRow per term, its row
   * @param termVar per term, its variable
   * @param termCoef per term, its coefficient
   * @param offset the objective's constant
   * @param scale the objective scale Glop solves with (costs and offset times it)
   */
  BendersLp(int variables, double[] objective, double[] rowLower, double[] rowUpper, int[] termRow, int[] termVar,
      double[] termCoef, double offset, double scale) {
    NativeLibrary.load();
    MPSolver s = MPSolver.createSolver("GLOP");
    if (s == null) {
      throw new IllegalStateException("backend GLOP is not available in this OR-Tools build");
    }
    MPSolverParameters p = null;
    try {
      s.suppressOutput();
      this.variables = new MPVariable[variables];
      MPObjective o = s.objective();
      for (int i = 0; i < variables; i++) {
        this.variables[i] = s.makeNumVar(0, 0, "");
        if (objective[i] != 0) {
          o.setCoefficient(this.variables[i], objective[i] * scale);
        }
      }
      o.setOffset(offset * scale);
      o.setMinimization();
      this.constraints = new MPConstraint[rowLower.length];
      for (int r = 0; r < rowLower.length; r++) {
        constraints[r] = s.makeConstraint(rowLower[r], rowUpper[r]);
      }
      for (int t = 0; t < termRow.length; t++) {
        constraints[termRow[t]].setCoefficient(this.variables[termVar[t]], termCoef[t]);
      }
      p = new MPSolverParameters();
      p.setIntegerParam(MPSolverParameters.IntegerParam.PRESOLVE,
          MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
      p.setIntegerParam(MPSolverParameters.IntegerParam.LP_ALGORITHM,
          MPSolverParameters.LpAlgorithmValues.DUAL.swigValue());
      p.setIntegerParam(MPSolverParameters.IntegerParam.INCREMENTALITY,
          MPSolverParameters.IncrementalityValues.INCREMENTALITY_ON.swigValue());
    } catch (RuntimeException e) {
      if (p != null) {
        p.delete();
      }
      s.delete();
      throw e;
    }
    this.solver = s;
    this.params = p;
    this.scale = scale;
    this.objective = objective.clone();
    this.termRow = termRow.clone();
    this.termVar = termVar.clone();
    this.termCoef = termCoef.clone();
  }

  /** @return the objective scale this program was written with */
  double scale() {
    return scale;
  }

  /**
   * Solves with these bounds.
   *
   * @param lower per variable, its lower bound
   * @param upper per variable, its upper bound
   * @param limit time left, or zero for none
   * @return the answer in the program's own money (objective and duals divided by the scale), with
   *     duals and reduced costs ({@code c - A'y}) where it is optimal
   */
  synchronized RawResult solve(double[] lower, double[] upper, Duration limit) {
    if (closed) {
      throw new IllegalStateException("the block's program was released");
    }
    for (int i = 0; i < variables.length; i++) {
      variables[i].setBounds(lower[i], upper[i]);
    }
    solver.setTimeLimit(limit.isZero() ? 0 : Math.max(1, limit.toMillis()));
    long start = System.nanoTime();
    MPSolver.ResultStatus s = solver.solve(params);
    long nanos = System.nanoTime() - start;
    SolveStatus status = switch (s) {
      case OPTIMAL -> SolveStatus.OPTIMAL;
      case INFEASIBLE -> SolveStatus.INFEASIBLE;
      case UNBOUNDED -> SolveStatus.UNBOUNDED;
      default -> SolveStatus.NO_SOLUTION;
    };
    if (status != SolveStatus.OPTIMAL) {
      return new RawResult(status, "GLOP " + s, null, Double.NaN, Double.NaN, nanos);
    }
    double[] values = new double[variables.length];
    for (int i = 0; i < variables.length; i++) {
      values[i] = variables[i].solutionValue();
    }
    double[] duals = new double[constraints.length];
    for (int r = 0; r < constraints.length; r++) {
      duals[r] = constraints[r].dualValue() / scale;
    }
    // The reduced costs from the duals, c - A'y, in the program's own money: what Glop reports (they
    // agreed on every block compared), made here from the duals the cut carries.
    double[] reduced = objective.clone();
    for (int t = 0; t < termRow.length; t++) {
      reduced[termVar[t]] -= termCoef[t] * duals[termRow[t]];
    }
    double value = solver.objective().value() / scale;
    return new RawResult(status, "GLOP " + s, values, value, value, nanos, duals, reduced);
  }

  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      params.delete();
      solver.delete();
    }
  }
}
