package dev.footprint.result;

/** The kinds of cost the objective adds up. Credits and grants are negative costs. */
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
  /** Gross capex of sites opened. */
  CAPEX,
  /** Investment credits on that capex (negative). */
  INVESTMENT_CREDITS,
  /** Cost of closing existing sites. */
  CLOSING,
  /** Penalty on demand not supplied. */
  LOST_SALES
}
