package dev.footprint.benchmarks;

import dev.footprint.solve.internal.LinearModel;
import java.util.Arrays;

/**
 * The floor under every route: a {@link LinearModel} kept in plain Java arrays (bounds, objective,
 * and the terms as row, column, value triplets), no solver involved. What is left of a route's time
 * above this one is the cost of handing the model to native code.
 */
public final class ArraySink implements LinearModel {
  private double[] varLower = new double[16];
  private double[] varUpper = new double[16];
  private double[] objective = new double[16];
  private boolean[] integer = new boolean[16];
  private int variables;
  private double[] rowLower = new double[16];
  private double[] rowUpper = new double[16];
  private int rows;
  private int[] termRow = new int[16];
  private int[] termColumn = new int[16];
  private double[] termValue = new double[16];
  private int terms;
  private double offset;

  @Override
  public void reserve(int count) {
    if (count > varLower.length) {
      varLower = Arrays.copyOf(varLower, count);
      varUpper = Arrays.copyOf(varUpper, count);
      objective = Arrays.copyOf(objective, count);
      integer = Arrays.copyOf(integer, count);
    }
  }

  @Override
  public int addVariable(double lower, double upper, boolean isInteger, double objectiveCoefficient, String name) {
    if (variables == varLower.length) {
      reserve(variables * 2);
    }
    varLower[variables] = lower;
    varUpper[variables] = upper;
    objective[variables] = objectiveCoefficient;
    integer[variables] = isInteger;
    return variables++;
  }

  @Override
  public int addConstraint(double lower, double upper, String name) {
    if (rows == rowLower.length) {
      rowLower = Arrays.copyOf(rowLower, rows * 2);
      rowUpper = Arrays.copyOf(rowUpper, rows * 2);
    }
    rowLower[rows] = lower;
    rowUpper[rows] = upper;
    return rows++;
  }

  @Override
  public void setConstraintBounds(int row, double lower, double upper) {
    rowLower[row] = lower;
    rowUpper[row] = upper;
  }

  @Override
  public void addTerm(int row, int variable, double coefficient) {
    if (terms == termRow.length) {
      int len = terms * 2;
      termRow = Arrays.copyOf(termRow, len);
      termColumn = Arrays.copyOf(termColumn, len);
      termValue = Arrays.copyOf(termValue, len);
    }
    termRow[terms] = row;
    termColumn[terms] = variable;
    termValue[terms] = coefficient;
    terms++;
  }

  @Override
  public void setObjectiveOffset(double value) {
    offset = value;
  }

  /** @return the number of variables */
  public int variables() {
    return variables;
  }

  /** @return the number of rows */
  public int rows() {
    return rows;
  }

  /** @return the number of terms written */
  public long nonzeros() {
    return terms;
  }

  /** @return the number of integer variables */
  public int integerVariables() {
    int count = 0;
    for (int i = 0; i < variables; i++) {
      if (integer[i]) {
        count++;
      }
    }
    return count;
  }

  /** @return a value that depends on every array, so that no store can be dropped as dead */
  public double checksum() {
    return offset + varLower[variables - 1] + varUpper[variables - 1] + objective[variables - 1]
        + rowLower[rows - 1] + rowUpper[rows - 1] + termRow[terms - 1] + termColumn[terms - 1]
        + termValue[terms - 1];
  }
}
