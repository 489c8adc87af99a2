package dev.footprint.benchmarks;

import com.google.ortools.modelbuilder.ModelBuilderHelper;
import dev.footprint.solve.internal.LinearModel;

/**
 * The production route: a {@link LinearModel} written straight into OR-Tools' native model builder
 * by index, one JNI call per bound or term. A copy of the library's package-private
 * {@code OrToolsModel}, which the benchmarks cannot reach. Owns native memory: {@link #close()}
 * releases it.
 */
public final class ModelBuilderSink implements LinearModel, AutoCloseable {
  final ModelBuilderHelper helper;
  private long nonzeros;

  /** Creates an empty native model (the native library must be loaded). */
  public ModelBuilderSink() {
    this.helper = new ModelBuilderHelper();
  }

  @Override
  public int addVariable(double lower, double upper, boolean integer, double objective, String name) {
    int v = helper.addVar();
    helper.setVarLowerBound(v, lower);
    helper.setVarUpperBound(v, upper);
    if (integer) {
      helper.setVarIntegrality(v, true);
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

  /** @return the native model */
  public ModelBuilderHelper helper() {
    return helper;
  }

  /** @return the number of terms written */
  public long nonzeros() {
    return nonzeros;
  }

  @Override
  public void close() {
    helper.delete();
  }
}
