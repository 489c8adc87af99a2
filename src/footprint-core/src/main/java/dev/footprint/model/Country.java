package dev.footprint.model;

import java.util.Optional;

/**
 * A country where sites or markets lie.
 *
 * <p>Labor hours needed per unit at a site in this country are the product's hours divided by
 * {@code productivity}; a job is {@code hoursPerJob} hours worked in one period.
 *
 * @param id short unique id, such as an ISO code ("KR")
 * @param name display name
 * @param laborCostPerHour fully loaded manufacturing labor cost per hour by period, in the network's money (or the local currency)
 * @param productivity relative labor productivity, {@code > 0} (1 = reference)
 * @param hoursPerJob hours one full-time job works in one period, {@code > 0}
 * @param currency the ISO 4217 code of the local currency its wages, material-cost overrides and
 *     site costs are stated in, if not the network's currency (docs/model.md, Exchange rates)
 */
public record Country(String id, String name, Series laborCostPerHour, double productivity,
    double hoursPerJob, Optional<String> currency) {

  /** Default hours of one job in one yearly period (50 weeks of 40 hours): an assumption. */
  public static final double DEFAULT_HOURS_PER_JOB = 2000;

  /**
   * Validates.
   *
   * @param id short unique id, such as an ISO code ("KR")
   * @param name display name
   * @param laborCostPerHour fully loaded manufacturing labor cost per hour by period, in the network's money (or the local currency)
   * @param productivity relative labor productivity, {@code > 0} (1 = reference)
   * @param hoursPerJob hours one full-time job works in one period, {@code > 0}
   * @param currency the ISO 4217 code of its local currency, if not the network's
   */
  public Country {
    Check.id(id, "country.id");
    String where = "country '" + id + "'";
    Check.text(name, where + ": name");
    Check.present(laborCostPerHour, where + ": laborCostPerHour").checkNonNegative(where + ": laborCostPerHour");
    Check.positive(productivity, where + ": productivity");
    Check.positive(hoursPerJob, where + ": hoursPerJob");
    Check.present(currency, where + ": currency");
    if (currency.isPresent()) {
      ExchangeRate.checkCode(currency.get(), where + ": currency");
    }
  }

  /**
   * A country whose money is stated in the network's currency.
   *
   * @param id short unique id, such as an ISO code ("KR")
   * @param name display name
   * @param laborCostPerHour fully loaded manufacturing labor cost per hour by period
   * @param productivity relative labor productivity, {@code > 0} (1 = reference)
   * @param hoursPerJob hours one full-time job works in one period, {@code > 0}
   */
  public Country(String id, String name, Series laborCostPerHour, double productivity, double hoursPerJob) {
    this(id, name, laborCostPerHour, productivity, hoursPerJob, Optional.empty());
  }

  /**
   * @param code ISO 4217 code of the local currency, such as KRW
   * @return a copy whose wages, material-cost overrides and site costs are in that currency
   */
  public Country withCurrency(String code) {
    return new Country(id, name, laborCostPerHour, productivity, hoursPerJob,
        Optional.of(ExchangeRate.checkCode(code, "country '" + id + "': currency")));
  }

  /** @return a copy whose money is stated in the network's currency */
  public Country withoutCurrency() {
    return new Country(id, name, laborCostPerHour, productivity, hoursPerJob, Optional.empty());
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
    return new Country(id, name, laborCostPerHour, productivity, hoursPerJob, currency);
  }

  /**
   * @param laborCostPerHour labor cost per hour by period
   * @return a copy with it
   */
  public Country withLaborCostPerHour(Series laborCostPerHour) {
    return new Country(id, name, laborCostPerHour, productivity, hoursPerJob, currency);
  }

  /**
   * @param productivity relative productivity
   * @return a copy with it
   */
  public Country withProductivity(double productivity) {
    return new Country(id, name, laborCostPerHour, productivity, hoursPerJob, currency);
  }

  /**
   * @param hoursPerJob hours per job per period
   * @return a copy with it
   */
  public Country withHoursPerJob(double hoursPerJob) {
    return new Country(id, name, laborCostPerHour, productivity, hoursPerJob, currency);
  }
}
