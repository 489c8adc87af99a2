package dev.footprint.solve.internal;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import dev.footprint.solve.Backend;
import java.util.Arrays;

/**
 * A {@link LinearModel} written into an {@link MPSolver} through its object API, for the backends
 * run there: SCIP, because only {@code MPSolver} passes an interrupt on to SCIP in OR-Tools 9.15
 * ({@code ModelSolverHelper} ignores it), and CBC, which the model builder does not offer. The
 * solver is created for its backend (CLP for CBC's linear programs) and silenced: its log would go
 * to standard output.
 */
public final class MpSolverModel extends NativeModel {
  private final MPSolver solver;
  private final MPObjective objective;
  private MPVariable[] variables = new MPVariable[64];
  private MPConstraint[] constraints = new MPConstraint[64];
  private int variableCount;
  private int constraintCount;
  private int integerVariables;
  private long nonzeros;

  /**
   * @param backend SCIP or CBC
   * @param integer whether the model will have integer variables (CBC's linear programs go to CLP)
   * @throws IllegalStateException if the backend is not in this OR-Tools build
   */
  MpSolverModel(Backend backend, boolean integer) {
    String id = switch (backend) {
      case SCIP -> "SCIP";
      case CBC -> integer ? "CBC" : "CLP";
      default -> throw new IllegalArgumentException("backend " + backend + " is not run through MPSolver");
    };
    MPSolver s = MPSolver.createSolver(id);
    if (s == null) {
      throw new IllegalStateException("backend " + backend + " is not available in this OR-Tools build");
    }
    s.suppressOutput();
    this.solver = s;
    this.objective = s.objective();
  }

  /**
   * Copies a model-builder model into an {@code MPSolver} through its proto (for CBC, which the
   * model builder does not offer, when a caller built a model-builder model).
   *
   * @param source the model, without a HiGHS anchor
   * @param backend SCIP or CBC
   * @param integer whether it has integer variables
   * @return the copy
   */
  static MpSolverModel fromModelBuilder(OrToolsModel source, Backend backend, boolean integer) {
    if (source.nativeIndex(0) != 0) {
      throw new IllegalArgumentException("a model with a HiGHS anchor column cannot be copied to " + backend);
    }
    MpSolverModel m = new MpSolverModel(backend, integer);
    try {
      String error = m.solver.loadModelFromProto(BackendRunner.proto(source));
      if (!error.isEmpty()) {
        throw new IllegalStateException("backend " + backend + " refused the model: " + error);
      }
      m.variables = m.solver.variables();
      m.variableCount = m.variables.length;
      m.constraints = m.solver.constraints();
      m.constraintCount = m.constraints.length;
      m.integerVariables = source.integerVariables();
      m.objectiveScale = source.objectiveScale(); // the proto holds the scaled objective
      m.nonzeros = source.nonzeros();
      return m;
    } catch (RuntimeException e) {
      m.close();
      throw e;
    }
  }

  @Override
  public void reserve(int count) {
    if (variables.length < count) {
      variables = Arrays.copyOf(variables, count);
    }
  }

  @Override
  public int addVariable(double lower, double upper, boolean integer, double cost, String name) {
    MPVariable v = solver.makeVar(lower, upper, integer, name == null ? "" : name);
    if (cost != 0) {
      objective.setCoefficient(v, cost * objectiveScale);
    }
    if (integer) {
      integerVariables++;
    }
    if (variableCount == variables.length) {
      variables = Arrays.copyOf(variables, variableCount * 2);
    }
    variables[variableCount] = v;
    return variableCount++;
  }

  @Override
  public int addConstraint(double lower, double upper, String name) {
    MPConstraint c = name == null ? solver.makeConstraint(lower, upper) : solver.makeConstraint(lower, upper, name);
    if (constraintCount == constraints.length) {
      constraints = Arrays.copyOf(constraints, constraintCount * 2);
    }
    constraints[constraintCount] = c;
    return constraintCount++;
  }

  @Override
  public void setConstraintBounds(int row, double lower, double upper) {
    constraints[row].setBounds(lower, upper);
  }

  @Override
  public void addTerm(int row, int variable, double coefficient) {
    constraints[row].setCoefficient(variables[variable], coefficient);
    nonzeros++;
  }

  @Override
  public void setObjectiveOffset(double offset) {
    objective.setOffset(offset * objectiveScale);
  }

  /** @return the solver holding the model */
  MPSolver solver() {
    return solver;
  }

  /**
   * @param i a variable index
   * @return its value in the solver's last solution
   */
  double value(int i) {
    return variables[i].solutionValue();
  }

  @Override
  public int variables() {
    return variableCount;
  }

  @Override
  public int constraints() {
    return constraintCount;
  }

  @Override
  public int integerVariables() {
    return integerVariables;
  }

  @Override
  public long nonzeros() {
    return nonzeros;
  }

  @Override
  void delete() {
    solver.delete();
  }
}
