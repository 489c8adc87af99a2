package dev.footprint.model;

/**
 * A grant per job in {@code country}: every full-time job (hours worked divided by the country's
 * hours per job) earns {@code grantPerJob} in its period.
 *
 * @param id unique id
 * @param country country id
 * @param grantPerJob grant per job per period, USD, by period
 */
public record JobGrant(String id, String country, Series grantPerJob) {

  /**
   * Validates.
   *
   * @param id unique id
   * @param country country id
   * @param grantPerJob grant per job per period, USD, by period
   */
  public JobGrant {
    Check.id(id, "jobGrant.id");
    String where = "jobGrant '" + id + "'";
    Check.id(country, where + ": country");
    Check.present(grantPerJob, where + ": grantPerJob").checkNonNegative(where + ": grantPerJob");
  }
}
