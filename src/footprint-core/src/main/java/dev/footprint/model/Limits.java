package dev.footprint.model;

/**
 * The limits a network must respect, checked when its parts are made and when it is built, before
 * anything is solved (docs/model.md, "Limits"). Every figure is refused by name beyond them, rather
 * than handed to a backend that would reject the model without saying which number is at fault, or
 * take it as infinite.
 */
public final class Limits {
  private Limits() {}

  /**
   * The largest magnitude of any number a network holds (costs, prices, capacities, demands, hours,
   * jobs, budgets) and of every per-unit figure the model derives from them (labor cost and jobs
   * per unit, customs value, duty per unit): 1e15. Backends take 1e20 and above as infinite (SCIP,
   * HiGHS) and CP-SAT holds far less; below 2^53 (about 9e15) whole numbers stay exact in a double.
   * A study in raw currency units that comes near it is better stated in thousands or millions
   * ({@link Money}).
   */
  public static final double MAX_MAGNITUDE = 1e15;

  /** The most periods a horizon may have: 1000 (a daily horizon of almost three years). */
  public static final int MAX_PERIODS = 1000;
}
