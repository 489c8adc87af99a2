package dev.footprint.solve.internal;

import com.google.ortools.modelbuilder.ModelBuilderHelper;
import java.util.BitSet;

/**
 * A {@link LinearModel} written straight into OR-Tools' native model builder, one JNI call per
 * bound or term (no strings unless names are asked for). Owns native memory: {@link #close()}
 * releases it. Public for the benchmarks, which measure the library's own route.
 *
 * <p><b>The HiGHS anchor.</b> OR-Tools 9.15 hands a model to HiGHS one row at a time
 * ({@code HighsSolveProto} calls {@code Highs::addRow} per row), and HiGHS scans the column
 * integrality for the first integer column on every such call ({@code HighsLp::isMip}). The
 * formulation writes its integer site decisions after all shipments, so each scan crosses nearly
 * every column: loading took 2.2 s of CPU at size M and about 100 s at size L before HiGHS even
 * started its clock. A model made with {@code integerAnchor} therefore begins with one integer
 * column fixed at 0, in no row and not in the objective; the scan stops there and the load is
 * linear (1.3 s at M, 12 s at L). The anchor is invisible through this class: indices, counts and
 * values exclude it, and {@link #nativeIndex(int)} maps an index to the backend's column.
 */
public final class OrToolsModel extends NativeModel {
  final ModelBuilderHelper helper;
  private final int base;
  private final BitSet integerColumns = new BitSet();
  private int integerVariables;
  private long nonzeros;

  /** Creates an empty native model (loading OR-Tools' native library on first use). */
  public OrToolsModel() {
    this(false);
  }

  /**
   * @param integerAnchor whether to begin with the fixed integer column that keeps HiGHS's model
   *     load linear (see the class comment)
   */
  public OrToolsModel(boolean integerAnchor) {
    this.helper = new ModelBuilderHelper();
    if (integerAnchor) {
      int v = helper.addVar();
      helper.setVarLowerBound(v, 0);
      helper.setVarUpperBound(v, 0);
      helper.setVarIntegrality(v, true);
      base = 1;
    } else {
      base = 0;
    }
  }

  @Override
  public int addVariable(double lower, double upper, boolean integer, double objective, String name) {
    int v = helper.addVar();
    // a new column is free, (-inf, +inf), and a new row unbounded: an infinite bound is not written
    if (lower != Double.NEGATIVE_INFINITY) {
      helper.setVarLowerBound(v, lower);
    }
    if (upper != Double.POSITIVE_INFINITY) {
      helper.setVarUpperBound(v, upper);
    }
    if (integer) {
      helper.setVarIntegrality(v, true);
      integerColumns.set(v - base);
      integerVariables++;
    }
    if (objective != 0) {
      helper.setVarObjectiveCoefficient(v, objective * objectiveScale);
    }
    if (name != null) {
      helper.setVarName(v, name);
    }
    return v - base;
  }

  @Override
  public int addConstraint(double lower, double upper, String name) {
    int row = helper.addLinearConstraint();
    if (lower != Double.NEGATIVE_INFINITY) {
      helper.setConstraintLowerBound(row, lower);
    }
    if (upper != Double.POSITIVE_INFINITY) {
      helper.setConstraintUpperBound(row, upper);
    }
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
    helper.addConstraintTerm(row, variable + base, coefficient);
    nonzeros++;
  }

  @Override
  public void setObjectiveOffset(double offset) {
    helper.setObjectiveOffset(offset * objectiveScale);
  }

  /**
   * @param variable an index of this model
   * @return the backend's column of it (shifted past the anchor, if any)
   */
  int nativeIndex(int variable) {
    return variable + base;
  }

  /** @return the number of columns the backend sees, the anchor included */
  int nativeColumns() {
    return helper.numVariables();
  }

  /**
   * @param variable an index of this model
   * @return whether it is integer
   */
  boolean isInteger(int variable) {
    return integerColumns.get(variable);
  }

  /** @return variables written (the anchor excluded) */
  @Override
  public int variables() {
    return helper.numVariables() - base;
  }

  /** @return rows written */
  @Override
  public int constraints() {
    return helper.numConstraints();
  }

  /** @return integer variables written (the anchor excluded) */
  @Override
  public int integerVariables() {
    return integerVariables;
  }

  /** @return nonzeros written */
  @Override
  public long nonzeros() {
    return nonzeros;
  }

  @Override
  void delete() {
    helper.delete();
  }
}
