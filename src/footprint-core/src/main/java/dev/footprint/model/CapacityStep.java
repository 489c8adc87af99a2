package dev.footprint.model;

/**
 * A modular capacity expansion of a site (docs/model.md, Capacity steps): a line or module that adds
 * {@code capacityIncrement} units of capacity in every period from the one it is put in place, for a
 * capex charged under the horizon's capex accounting when it is put in place. It may be put in place
 * in {@code earliestPeriod} or later, up to {@code maxCount} times (each a module of its own), only
 * while its site is open, and it stays in place once put there; its capacity counts only while the
 * site is open. Existing, candidate and committed sites may all have steps.
 *
 * @param id unique id
 * @param site id of the site it expands
 * @param capacityIncrement capacity units each module adds per period, {@code >= 0}
 * @param capex capital expenditure of one module, USD, {@code >= 0}
 * @param earliestPeriod the first 0-based period a module may be in place
 * @param maxCount how many modules may be put in place, {@code >= 1}
 * @param assetLife life of the capex in periods, for the annuity and residual accounting; 0 for none
 *     (the capex is then charged in full)
 */
public record CapacityStep(String id, String site, Series capacityIncrement, double capex, int earliestPeriod,
    int maxCount, int assetLife) {

  /** The most modules one step may have: each is an integer variable's unit, and a step is a few lines. */
  public static final int MAX_COUNT = 1000;

  /**
   * Validates.
   *
   * @param id unique id
   * @param site id of the site it expands
   * @param capacityIncrement capacity units each module adds per period
   * @param capex capital expenditure of one module, USD
   * @param earliestPeriod the first period a module may be in place
   * @param maxCount how many modules may be put in place
   * @param assetLife life of the capex in periods, 0 for none
   */
  public CapacityStep {
    Check.id(id, "capacityStep.id");
    String where = "capacityStep '" + id + "'";
    Check.id(site, where + ": site");
    Check.present(capacityIncrement, where + ": capacityIncrement").checkNonNegative(where + ": capacityIncrement");
    Check.nonNegative(capex, where + ": capex");
    if (earliestPeriod < 0) {
      throw new InvalidModelException(where + ": earliestPeriod", earliestPeriod, "must be >= 0");
    }
    if (maxCount < 1 || maxCount > MAX_COUNT) {
      throw new InvalidModelException(where + ": maxCount", maxCount, "must be between 1 and " + MAX_COUNT);
    }
    if (assetLife < 0) {
      throw new InvalidModelException(where + ": assetLife", assetLife, "must be >= 0 (0: no asset life)");
    }
  }

  /**
   * @param id unique id
   * @param site id of the site it expands
   * @param capacityIncrement capacity units it adds per period
   * @param capex its capital expenditure, USD
   * @param earliestPeriod the first period it may be in place
   * @return a step of one module, without asset life
   */
  public static CapacityStep of(String id, String site, double capacityIncrement, double capex, int earliestPeriod) {
    return new CapacityStep(id, site, Series.constant(capacityIncrement), capex, earliestPeriod, 1, 0);
  }

  /**
   * @param capex capital expenditure of one module, USD
   * @return a copy with it
   */
  public CapacityStep withCapex(double capex) {
    return new CapacityStep(id, site, capacityIncrement, capex, earliestPeriod, maxCount, assetLife);
  }

  /**
   * @param capacityIncrement capacity units each module adds per period
   * @return a copy with it
   */
  public CapacityStep withCapacityIncrement(Series capacityIncrement) {
    return new CapacityStep(id, site, capacityIncrement, capex, earliestPeriod, maxCount, assetLife);
  }

  /**
   * @param maxCount how many modules may be put in place
   * @return a copy with it
   */
  public CapacityStep withMaxCount(int maxCount) {
    return new CapacityStep(id, site, capacityIncrement, capex, earliestPeriod, maxCount, assetLife);
  }

  /**
   * @param assetLife life of the capex in periods, 0 for none
   * @return a copy with it
   */
  public CapacityStep withAssetLife(int assetLife) {
    return new CapacityStep(id, site, capacityIncrement, capex, earliestPeriod, maxCount, assetLife);
  }
}
