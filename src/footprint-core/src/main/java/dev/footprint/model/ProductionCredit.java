package dev.footprint.model;

import java.util.OptionalDouble;

/**
 * A per-unit production credit (US Section 45X style): every unit of a covered product made in
 * {@code country} earns {@code creditPerUnit} in its period. With a budget, the credits paid over
 * the whole horizon (undiscounted) are capped at the budget.
 *
 * @param id unique id
 * @param country country id where production earns the credit
 * @param scope products covered
 * @param creditPerUnit credit per unit made, USD, by period (0 where the program does not run)
 * @param budget cap on the total credit over the horizon, USD, if any
 */
public record ProductionCredit(String id, String country, ProductScope scope, Series creditPerUnit,
    OptionalDouble budget) {

  /**
   * Validates.
   *
   * @param id unique id
   * @param country country id where production earns the credit
   * @param scope products covered
   * @param creditPerUnit credit per unit made, USD, by period (0 where the program does not run)
   * @param budget cap on the total credit over the horizon, USD, if any
   */
  public ProductionCredit {
    Check.id(id, "productionCredit.id");
    String where = "productionCredit '" + id + "'";
    Check.id(country, where + ": country");
    Check.present(scope, where + ": scope");
    Check.present(creditPerUnit, where + ": creditPerUnit").checkNonNegative(where + ": creditPerUnit");
    Check.present(budget, where + ": budget");
    if (budget.isPresent()) {
      Check.nonNegative(budget.getAsDouble(), where + ": budget");
    }
  }

  /**
   * @param id program id
   * @param country country id
   * @param scope products covered
   * @param creditPerUnit credit per unit, USD, every period
   * @return an uncapped program
   */
  public static ProductionCredit of(String id, String country, ProductScope scope, double creditPerUnit) {
    return new ProductionCredit(id, country, scope, Series.constant(creditPerUnit), OptionalDouble.empty());
  }

  /**
   * @param creditByPeriod credit per unit by period
   * @return a copy with it
   */
  public ProductionCredit withCreditPerUnit(Series creditByPeriod) {
    return new ProductionCredit(id, country, scope, creditByPeriod, budget);
  }

  /**
   * @param cap total budget over the horizon, USD
   * @return a capped copy
   */
  public ProductionCredit withBudget(double cap) {
    return new ProductionCredit(id, country, scope, creditPerUnit, OptionalDouble.of(cap));
  }
}
