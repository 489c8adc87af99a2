package dev.footprint.benchmarks;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import dev.footprint.solve.internal.LinearModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The classic OR-Tools route: a {@link LinearModel} written into an {@link MPSolver} through its
 * object API ({@code makeNumVar}, {@code makeConstraint}, {@code setCoefficient}). Every variable
 * and row is a Java wrapper of a native object, kept in a list so that terms can find them by index.
 * Owns native memory: {@link #close()} releases it.
 */
public final class MpSolverSink implements LinearModel, AutoCloseable {
  /**
   * The MPSolver's solver id. CBC is the cheapest integer-capable id to create, and the model the
   * MPSolver keeps does not depend on it: the id only decides what {@code solve()} would call.
   */
  static final String SOLVER_ID = "CBC";

  private final MPSolver solver;
  private final MPObjective objective;
  private final List<MPVariable> variables = new ArrayList<>();
  private final List<MPConstraint> constraints = new ArrayList<>();
  private long nonzeros;

  /** Creates an empty solver (the native library must be loaded). */
  public MpSolverSink() {
    this(SOLVER_ID);
  }

  /**
   * Creates an empty solver of the given id, to be solved ({@code TighteningRun} solves with SCIP here
   * to read its node count, which the library's solve does not report).
   *
   * @param solverId an MPSolver solver id, such as {@code SCIP}
   */
  public MpSolverSink(String solverId) {
    this.solver = MPSolver.createSolver(solverId);
    if (solver == null) {
      throw new IllegalStateException("solver id " + solverId + " is not available in this OR-Tools build");
    }
    this.objective = solver.objective();
  }

  @Override
  public void reserve(int count) {
    ((ArrayList<MPVariable>) variables).ensureCapacity(count);
  }

  @Override
  public int addVariable(double lower, double upper, boolean integer, double objectiveCoefficient, String name) {
    String n = name == null ? "" : name;
    MPVariable v = integer ? solver.makeIntVar(lower, upper, n) : solver.makeNumVar(lower, upper, n);
    if (objectiveCoefficient != 0) {
      objective.setCoefficient(v, objectiveCoefficient);
    }
    variables.add(v);
    return variables.size() - 1;
  }

  @Override
  public int addConstraint(double lower, double upper, String name) {
    MPConstraint c = name == null ? solver.makeConstraint(lower, upper) : solver.makeConstraint(lower, upper, name);
    constraints.add(c);
    return constraints.size() - 1;
  }

  @Override
  public void setConstraintBounds(int row, double lower, double upper) {
    constraints.get(row).setBounds(lower, upper);
  }

  @Override
  public void addTerm(int row, int variable, double coefficient) {
    constraints.get(row).setCoefficient(variables.get(variable), coefficient);
    nonzeros++;
  }

  @Override
  public void setObjectiveOffset(double offset) {
    objective.setOffset(offset);
  }

  /** @return the solver holding the model */
  public MPSolver solver() {
    return solver;
  }

  /** @return the number of terms written */
  public long nonzeros() {
    return nonzeros;
  }

  @Override
  public void close() {
    solver.delete();
  }
}
