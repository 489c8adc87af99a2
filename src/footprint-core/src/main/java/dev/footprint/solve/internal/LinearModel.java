package dev.footprint.solve.internal;

/**
 * Where a {@link Formulation} writes its model: variables and rows by dense index, terms one at a
 * time. Indexes are handed out in order from 0.
 */
public interface LinearModel {

  /** @param variables the number of variables about to be added, a sizing hint */
  default void reserve(int variables) {}

  /**
   * @param lower lower bound
   * @param upper upper bound (may be infinite)
   * @param integer whether the variable is integer
   * @param objective objective coefficient
   * @param name name, or null for none
   * @return the variable's index
   */
  int addVariable(double lower, double upper, boolean integer, double objective, String name);

  /**
   * @param lower lower bound of the row (may be -infinity)
   * @param upper upper bound of the row (may be +infinity)
   * @param name name, or null for none
   * @return the row's index
   */
  int addConstraint(double lower, double upper, String name);

  /**
   * @param row row index
   * @param lower new lower bound
   * @param upper new upper bound
   */
  void setConstraintBounds(int row, double lower, double upper);

  /**
   * Adds {@code coefficient * variable} to a row; each (row, variable) pair is added at most once.
   *
   * @param row row index
   * @param variable variable index
   * @param coefficient the coefficient
   */
  void addTerm(int row, int variable, double coefficient);

  /** @param offset constant added to the objective */
  void setObjectiveOffset(double offset);
}
