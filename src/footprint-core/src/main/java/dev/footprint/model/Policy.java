package dev.footprint.model;

/**
 * A policy constraint the allocation must meet. Each has a unique id, used to name its constraints
 * and to report it.
 */
public sealed interface Policy
    permits Policy.InvestmentPledge, Policy.EmploymentFloor, Policy.HomeShare, Policy.ConcentrationCap {

  /** @return the policy's unique id */
  String id();

  /**
   * Capex of sites opened in {@code country} over the horizon (candidates that open and committed
   * sites, gross of investment credits) must be at least {@code minimumCapex}.
   *
   * @param id unique id
   * @param country country id
   * @param minimumCapex USD
   */
  record InvestmentPledge(String id, String country, double minimumCapex) implements Policy {
    /**
     * Validates.
     *
     * @param id unique id
     * @param country country id
     * @param minimumCapex USD
     */
    public InvestmentPledge {
      Check.id(id, "policy.id");
      Check.id(country, "policy '" + id + "': country");
      Check.nonNegative(minimumCapex, "policy '" + id + "': minimumCapex");
    }
  }

  /**
   * Jobs in {@code country} (hours worked at its sites divided by its hours per job) must be at
   * least {@code minimumJobs} in each period.
   *
   * @param id unique id
   * @param country country id
   * @param minimumJobs jobs by period
   */
  record EmploymentFloor(String id, String country, Series minimumJobs) implements Policy {
    /**
     * Validates.
     *
     * @param id unique id
     * @param country country id
     * @param minimumJobs jobs by period
     */
    public EmploymentFloor {
      Check.id(id, "policy.id");
      Check.id(country, "policy '" + id + "': country");
      Check.present(minimumJobs, "policy '" + id + "': minimumJobs")
          .checkNonNegative("policy '" + id + "': minimumJobs");
    }
  }

  /**
   * In each period, at least {@code minimumShare} of the units of {@code product} made anywhere must
   * be made in {@code country}.
   *
   * @param id unique id
   * @param product product id
   * @param country country id
   * @param minimumShare a fraction
   */
  record HomeShare(String id, String product, String country, double minimumShare) implements Policy {
    /**
     * Validates.
     *
     * @param id unique id
     * @param product product id
     * @param country country id
     * @param minimumShare a fraction
     */
    public HomeShare {
      Check.id(id, "policy.id");
      Check.id(product, "policy '" + id + "': product");
      Check.id(country, "policy '" + id + "': country");
      Check.rate(minimumShare, 1, "policy '" + id + "': minimumShare");
    }
  }

  /**
   * In each period, no one country may make more than {@code maximumShare} of the units of
   * {@code product} made anywhere.
   *
   * @param id unique id
   * @param product product id
   * @param maximumShare a fraction
   */
  record ConcentrationCap(String id, String product, double maximumShare) implements Policy {
    /**
     * Validates.
     *
     * @param id unique id
     * @param product product id
     * @param maximumShare a fraction
     */
    public ConcentrationCap {
      Check.id(id, "policy.id");
      Check.id(product, "policy '" + id + "': product");
      Check.rate(maximumShare, 1, "policy '" + id + "': maximumShare");
    }
  }
}
