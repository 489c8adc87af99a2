package dev.footprint.model;

/**
 * How a site's capex is charged over the horizon (docs/model.md, Capex accounting). A site without
 * an asset life is charged in full whatever the choice: there is no life to spread its capex over.
 */
public enum CapexAccounting {
  /**
   * The capex is charged in full when it is spent (at opening, or evenly over the construction
   * periods), and the asset is worth nothing after the horizon. The default: it is what a cash
   * budget over the horizon sees, and what studies written before asset lives existed assume.
   */
  FULL,
  /**
   * The capex is turned into its equivalent annual cost over the asset life at the horizon's
   * discount rate, charged in every period the site is open (the asset is renewed at the end of its
   * life). A site opened late in the horizon pays only for the periods it is open within it.
   */
  ANNUITY,
  /**
   * The capex is charged in full when it is spent, and the asset's straight-line book value at the
   * end of the horizon is credited back, discounted from the end of the horizon.
   */
  RESIDUAL
}
