package dev.footprint.solve.internal;

import java.util.Arrays;

/**
 * A {@link LinearModel} kept in plain Java arrays: what a formulation wrote, to compare with a later
 * version of the same model and push only the differences into a live native model. Public for the
 * benchmarks, where it is the plain-Java floor under the native routes.
 */
public final class RecordedModel implements LinearModel {
  int variables;
  double[] varLower = new double[16];
  double[] varUpper = new double[16];
  double[] varObjective = new double[16];
  boolean[] varInteger = new boolean[16];
  int rows;
  double[] rowLower = new double[16];
  double[] rowUpper = new double[16];
  long terms;
  int[] termRow = new int[16];
  int[] termVar = new int[16];
  double[] termCoef = new double[16];
  double offset;
  String[] varNames;
  String[] rowNames;

  /** @return variables written */
  public int variables() {
    return variables;
  }

  /** @return integer variables written */
  public int integerVariables() {
    int n = 0;
    for (int i = 0; i < variables; i++) {
      n += varInteger[i] ? 1 : 0;
    }
    return n;
  }

  /** @return rows written */
  public int rows() {
    return rows;
  }

  /** @return nonzeros written */
  public long nonzeros() {
    return terms;
  }

  @Override
  public void reserve(int count) {
    if (varLower.length < count) {
      grow(count);
    }
  }

  private void grow(int count) {
    varLower = Arrays.copyOf(varLower, count);
    varUpper = Arrays.copyOf(varUpper, count);
    varObjective = Arrays.copyOf(varObjective, count);
    varInteger = Arrays.copyOf(varInteger, count);
  }

  @Override
  public int addVariable(double lower, double upper, boolean integer, double objective, String name) {
    if (variables == varLower.length) {
      grow(variables * 2);
    }
    if (name != null) {
      if (varNames == null) {
        varNames = new String[varLower.length];
      } else if (varNames.length <= variables) {
        varNames = Arrays.copyOf(varNames, varLower.length);
      }
      varNames[variables] = name;
    }
    varLower[variables] = lower;
    varUpper[variables] = upper;
    varObjective[variables] = objective;
    varInteger[variables] = integer;
    return variables++;
  }

  @Override
  public int addConstraint(double lower, double upper, String name) {
    if (rows == rowLower.length) {
      rowLower = Arrays.copyOf(rowLower, rows * 2);
      rowUpper = Arrays.copyOf(rowUpper, rows * 2);
    }
    if (name != null) {
      if (rowNames == null) {
        rowNames = new String[rowLower.length];
      } else if (rowNames.length <= rows) {
        rowNames = Arrays.copyOf(rowNames, rowLower.length);
      }
      rowNames[rows] = name;
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
      int len = Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, terms * 2));
      termRow = Arrays.copyOf(termRow, len);
      termVar = Arrays.copyOf(termVar, len);
      termCoef = Arrays.copyOf(termCoef, len);
    }
    int i = (int) terms++;
    termRow[i] = row;
    termVar[i] = variable;
    termCoef[i] = coefficient;
  }

  @Override
  public void setObjectiveOffset(double value) {
    this.offset = value;
  }

  /** @return whether the other model has the same variables, rows and nonzero pattern */
  boolean sameStructure(RecordedModel o) {
    if (variables != o.variables || rows != o.rows || terms != o.terms) {
      return false;
    }
    for (int i = 0; i < variables; i++) {
      if (varInteger[i] != o.varInteger[i]) {
        return false;
      }
    }
    for (int i = 0; i < terms; i++) {
      if (termRow[i] != o.termRow[i] || termVar[i] != o.termVar[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes into a native model what differs from this recording, then takes the other's values.
   *
   * @param next the new recording, of the same structure
   * @param target the native model holding this recording, or null to count the differences only
   * @return the number of values changed
   */
  int pushDifferences(RecordedModel next, OrToolsModel target) {
    var h = target == null ? null : target.helper;
    int changed = 0;
    for (int i = 0; i < variables; i++) {
      int col = target == null ? i : target.nativeIndex(i);
      if (varLower[i] != next.varLower[i]) {
        if (h != null) {
          h.setVarLowerBound(col, next.varLower[i]);
        }
        changed++;
      }
      if (varUpper[i] != next.varUpper[i]) {
        if (h != null) {
          h.setVarUpperBound(col, next.varUpper[i]);
        }
        changed++;
      }
      if (varObjective[i] != next.varObjective[i]) {
        if (h != null) {
          h.setVarObjectiveCoefficient(col, next.varObjective[i] * target.objectiveScale());
        }
        changed++;
      }
    }
    for (int r = 0; r < rows; r++) {
      if (rowLower[r] != next.rowLower[r]) {
        if (h != null) {
          h.setConstraintLowerBound(r, next.rowLower[r]);
        }
        changed++;
      }
      if (rowUpper[r] != next.rowUpper[r]) {
        if (h != null) {
          h.setConstraintUpperBound(r, next.rowUpper[r]);
        }
        changed++;
      }
    }
    for (int i = 0; i < terms; i++) {
      if (termCoef[i] != next.termCoef[i]) {
        if (h != null) {
          h.setConstraintCoefficient(termRow[i], target.nativeIndex(termVar[i]), next.termCoef[i]);
        }
        changed++;
      }
    }
    if (offset != next.offset) {
      if (h != null) {
        h.setObjectiveOffset(next.offset * target.objectiveScale());
      }
      changed++;
    }
    return changed;
  }

  /** Writes the whole recording into a native model. */
  void replay(LinearModel target) {
    target.reserve(variables);
    for (int i = 0; i < variables; i++) {
      target.addVariable(varLower[i], varUpper[i], varInteger[i], varObjective[i], null);
    }
    for (int r = 0; r < rows; r++) {
      target.addConstraint(rowLower[r], rowUpper[r], null);
    }
    for (int i = 0; i < terms; i++) {
      target.addTerm(termRow[i], termVar[i], termCoef[i]);
    }
    target.setObjectiveOffset(offset);
  }
}
