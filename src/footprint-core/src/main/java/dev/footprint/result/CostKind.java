package dev.footprint.result;

/**
 * The kinds of cost the objective adds up. Credits and grants are negative costs; so is revenue, in
 * profit mode, where the objective is cost less revenue (the negative of the profit).
 */
public enum CostKind {
  /** Material and overhead cost of units made. */
  MATERIALS,
  /** Labor cost of units made. */
  LABOR,
  /** Freight from site to market. */
  FREIGHT,
  /** Import duties paid. */
  TARIFFS,
  /** Per-unit production credits received (negative). */
  PRODUCTION_CREDITS,
  /** Grants per job received (negative). */
  JOB_GRANTS,
  /** Fixed cost of active sites. */
  FIXED,
  /** Payroll of the fixed staff of open sites, whatever they make. */
  FIXED_PAYROLL,
  /** Gross capex of sites opened, as the horizon's capex accounting charges it. */
  CAPEX,
  /** Investment credits on that capex (negative). */
  INVESTMENT_CREDITS,
  /** Grants to named sites (negative). */
  SITE_GRANTS,
  /** Cost of closing existing sites, severance for their fixed staff included. */
  CLOSING,
  /** Severance on the variable jobs a site loses from one period to the next (sites that opt in). */
  SEVERANCE,
  /** Penalty on demand not supplied. */
  LOST_SALES,
  /** Revenue of the units sold, in profit mode (negative); always 0 in cost mode. */
  REVENUE,
  /** Capex of the capacity steps put in place, as the horizon's capex accounting charges it. */
  EXPANSION_CAPEX,
  /**
   * With a terminal value (docs/model.md, Terminal value): the present value of the last period's
   * recurring terms (every kind above that recurs while operating: materials to job grants, fixed
   * cost and payroll, lost sales, revenue) counted again over the terminal window, beyond the horizon;
   * negative where revenue and credits outweigh the costs. Under ANNUITY the annuity charges of the
   * terminal window stay with CAPEX and EXPANSION_CAPEX, their credits with INVESTMENT_CREDITS.
   * Always 0 without a terminal value.
   */
  TERMINAL_VALUE
}
