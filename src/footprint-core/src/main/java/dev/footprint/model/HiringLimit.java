package dev.footprint.model;

import java.util.OptionalDouble;

/**
 * A limit on hiring in {@code country}: from one period to the next, the jobs at the country's sites
 * (those the units made need, and the fixed staff of its open sites) may grow by at most {@code
 * maxHires} (docs/model.md, Hiring limits). It counts net hires: jobs lost at one site of the
 * country make room for as many hired at another. In the first period the growth is counted from
 * {@code startingJobs}, the jobs at the country's sites before the horizon, when it is given; without
 * it the first period is not limited.
 *
 * @param id unique id
 * @param country country id
 * @param maxHires the most jobs the country's sites may add in each period, by period
 * @param startingJobs the jobs at the country's sites before the first period, if known
 */
public record HiringLimit(String id, String country, Series maxHires, OptionalDouble startingJobs) {

  /**
   * Validates.
   *
   * @param id unique id
   * @param country country id
   * @param maxHires the most jobs the country's sites may add in each period, by period
   * @param startingJobs the jobs at the country's sites before the first period, if known
   */
  public HiringLimit {
    Check.id(id, "hiringLimit.id");
    String where = "hiringLimit '" + id + "'";
    Check.id(country, where + ": country");
    Check.present(maxHires, where + ": maxHires").checkNonNegative(where + ": maxHires");
    Check.present(startingJobs, where + ": startingJobs");
    if (startingJobs.isPresent()) {
      Check.nonNegative(startingJobs.getAsDouble(), where + ": startingJobs");
    }
  }

  /**
   * A limit from the second period on (the first period is not limited).
   *
   * @param id unique id
   * @param country country id
   * @param maxHires the most jobs the country's sites may add in each period, by period
   */
  public HiringLimit(String id, String country, Series maxHires) {
    this(id, country, maxHires, OptionalDouble.empty());
  }

  /**
   * @param maxHires the most jobs the country's sites may add in each period
   * @return a copy with it
   */
  public HiringLimit withMaxHires(Series maxHires) {
    return new HiringLimit(id, country, maxHires, startingJobs);
  }

  /**
   * @param jobs the jobs at the country's sites before the first period
   * @return a copy that limits the first period too, counting from them
   */
  public HiringLimit withStartingJobs(double jobs) {
    return new HiringLimit(id, country, maxHires, OptionalDouble.of(jobs));
  }
}
