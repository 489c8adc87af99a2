package dev.footprint.solve.internal;

import com.google.ortools.modelbuilder.ModelBuilderHelper;

/**
 * A {@link LinearModel} written straight into OR-Tools' native model builder, one JNI call per
 * bound or term (no strings unless names are asked for). Owns native memory: {@link #close()}
 * releases it. Public for the benchmarks, which measure the library's own route.
 */
public final class OrToolsModel implements LinearModel, AutoCloseable {
  final ModelBuilderHelper helper;
  private int integerVariables;
  private long nonzeros;

  /** Creates an empty native model (loading OR-Tools' native library on first use). */
  public OrToolsModel() {
    NativeLibrary.load();
    this.helper = new ModelBuilderHelper();
  }

  @Override
  public int addVariable(double lower, double upper, boolean integer, double objective, String name) {
    int v = helper.addVar();
    helper.setVarLowerBound(v, lower);
    helper.setVarUpperBound(v, upper);
    if (integer) {
      helper.setVarIntegrality(v, true);
      integerVariables++;
    }
    if (objective != 0) {
      helper.setVarObjectiveCoefficient(v, objective);
    }
    if (name != null) {
      helper.setVarName(v, name);
    }
    return v;
  }

  @Override
  public int addConstraint(double lower, double upper, String name) {
    int row = helper.addLinearConstraint();
    helper.setConstraintLowerBound(row, lower);
    helper.setConstraintUpperBound(row, upper);
    if (name != null) {
      helper.setConstraintName(row, name);
    }
    return row;
  }

  @Override
  public void setConstraintBounds(int row, double lower, double upper) {
    helper.setConstraintLowerBound(row, lower);
    helper.setConstraintUpperBound(row, upper);
  }

  @Override
  public void addTerm(int row, int variable, double coefficient) {
    helper.addConstraintTerm(row, variable, coefficient);
    nonzeros++;
  }

  @Override
  public void setObjectiveOffset(double offset) {
    helper.setObjectiveOffset(offset);
  }

  /** @return variables written */
  public int variables() {
    return helper.numVariables();
  }

  /** @return rows written */
  public int constraints() {
    return helper.numConstraints();
  }

  /** @return integer variables written */
  public int integerVariables() {
    return integerVariables;
  }

  /** @return nonzeros written */
  public long nonzeros() {
    return nonzeros;
  }

  @Override
  public void close() {
    helper.delete();
  }
}
