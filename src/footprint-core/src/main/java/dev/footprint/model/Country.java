package dev.footprint.model;

/**
 * A country where sites or markets lie.
 *
 * <p>Labor hours needed per unit at a site in this country are the product's hours divided by
 * {@code productivity}; a job is {@code hoursPerJob} hours worked in one period.
 *
 * @param id short unique id, such as an ISO code ("KR")
 * @param name display name
 * @param laborCostPerHour fully loaded manufacturing labor cost per hour, USD, by period
 * @param productivity relative labor productivity, {@code > 0} (1 = reference)
 * @param hoursPerJob hours one full-time job works in one period, {@code > 0}
 */
public record Country(String id, String name, Series laborCostPerHour, double productivity,
    double hoursPerJob) {

  /** Default hours of one job in one yearly period (50 weeks of 40 hours): an assumption. */
  public static final double DEFAULT_HOURS_PER_JOB = 2000;

  /**
   * Validates.
   *
   * @param id short unique id, such as an ISO code ("KR")
   * @param name display name
   * @param laborCostPerHour fully loaded manufacturing labor cost per hour, USD, by period
   * @param productivity relative labor productivity, {@code > 0} (1 = reference)
   * @param hoursPerJob hours one full-time job works in one period, {@code > 0}
   */
  public Country {
    Check.id(id, "country.id");
    String where = "country '" + id + "'";
    Check.text(name, where + ": name");
    Check.present(laborCostPerHour, where + ": laborCostPerHour").checkNonNegative(where + ": laborCostPerHour");
    Check.positive(productivity, where + ": productivity");
    Check.positive(hoursPerJob, where + ": hoursPerJob");
  }

  /**
   * @param id country id
   * @param laborCostPerHour labor cost per hour, USD, the same in every period
   * @return a country with productivity 1 and {@link #DEFAULT_HOURS_PER_JOB}
   */
  public static Country of(String id, double laborCostPerHour) {
    return new Country(id, id, Series.constant(laborCostPerHour), 1, DEFAULT_HOURS_PER_JOB);
  }

  /**
   * @param name display name
   * @return a copy with that name
   */
  public Country withName(String name) {
    return new Country(id, name, laborCostPerHour, productivity, hoursPerJob);
  }

  /**
   * @param laborCostPerHour labor cost per hour by period
   * @return a copy with it
   */
  public Country withLaborCostPerHour(Series laborCostPerHour) {
    return new Country(id, name, laborCostPerHour, productivity, hoursPerJob);
  }

  /**
   * @param productivity relative productivity
   * @return a copy with it
   */
  public Country withProductivity(double productivity) {
    return new Country(id, name, laborCostPerHour, productivity, hoursPerJob);
  }

  /**
   * @param hoursPerJob hours per job per period
   * @return a copy with it
   */
  public Country withHoursPerJob(double hoursPerJob) {
    return new Country(id, name, laborCostPerHour, productivity, hoursPerJob);
  }
}
