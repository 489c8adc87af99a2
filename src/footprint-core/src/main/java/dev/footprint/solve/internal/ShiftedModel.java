package dev.footprint.solve.internal;

import java.util.Arrays;

/**
 * Writes one formulation into a larger model: its variables start at an offset, its objective is
 * weighted, and its objective coefficients are kept so that the scenario's own cost can be written
 * as a row (for CVaR) or recomputed from a solution.
 */
final class ShiftedModel implements LinearModel {
  private final LinearModel inner;
  private final int variableOffset;
  private final double weight;
  private final String suffix;
  double[] objective = new double[16];
  int variables;
  double offset;

  ShiftedModel(LinearModel inner, int variableOffset, double weight, String suffix) {
    this.inner = inner;
    this.variableOffset = variableOffset;
    this.weight = weight;
    this.suffix = suffix;
  }

  @Override
  public void reserve(int count) {
    if (objective.length < count) {
      objective = Arrays.copyOf(objective, count);
    }
  }

  @Override
  public int addVariable(double lower, double upper, boolean integer, double cost, String name) {
    int v = inner.addVariable(lower, upper, integer, cost * weight, name == null ? null : name + suffix);
    if (v != variableOffset + variables) {
      throw new IllegalStateException("variables of a shifted model must be added in one run");
    }
    if (variables == objective.length) {
      objective = Arrays.copyOf(objective, variables * 2);
    }
    objective[variables++] = cost;
    return v - variableOffset;
  }

  @Override
  public int addConstraint(double lower, double upper, String name) {
    return inner.addConstraint(lower, upper, name == null ? null : name + suffix);
  }

  @Override
  public void setConstraintBounds(int row, double lower, double upper) {
    inner.setConstraintBounds(row, lower, upper);
  }

  @Override
  public void addTerm(int row, int variable, double coefficient) {
    inner.addTerm(row, variable + variableOffset, coefficient);
  }

  @Override
  public void setObjectiveOffset(double value) {
    this.offset = value;
  }

  /** @return the scenario's own cost at the given values of the whole model */
  double cost(double[] values) {
    double sum = offset;
    for (int i = 0; i < variables; i++) {
      sum += objective[i] * values[variableOffset + i];
    }
    return sum;
  }

  int variableOffset() {
    return variableOffset;
  }
}
