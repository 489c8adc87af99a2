package dev.footprint.analysis;

import dev.footprint.model.Network;
import dev.footprint.solve.Solution;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A yes/no property of a solution whose flip a break-even search looks for.
 *
 * @param name a short description, such as {@code cells made in US}
 * @param test the property; false for a solution without an allocation
 */
public record Decision(String name, Predicate<Solution> test) {

  /**
   * Validates.
   *
   * @param name a short description, such as {@code cells made in US}
   * @param test the property; false for a solution without an allocation
   */
  public Decision {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(test, "test");
  }

  /**
   * @param solution a solution
   * @return whether the property holds (false when there is no allocation)
   */
  public boolean holds(Solution solution) {
    return solution.hasAllocation() && test.test(solution);
  }

  /**
   * @param productId product id
   * @param countryId country id
   * @param minimumShare share of the product's units over the horizon, in (0, 1]
   * @return "at least this share of the product is made in the country"
   */
  public static Decision productMadeIn(String productId, String countryId, double minimumShare) {
    if (!(minimumShare > 0 && minimumShare <= 1)) {
      throw new IllegalArgumentException("minimumShare = " + minimumShare + ": must be in (0, 1]");
    }
    return new Decision(productId + " made in " + countryId + " (share >= " + minimumShare + ")",
        s -> shareOf(s, productId, countryId) >= minimumShare - 1e-9);
  }

  /**
   * @param siteId a candidate site id
   * @return "the site opens during the horizon"
   */
  public static Decision siteOpens(String siteId) {
    return new Decision(siteId + " opens", s -> s.allocation().openedIn(siteId).isPresent());
  }

  /**
   * @param s a solution with an allocation
   * @param productId product id
   * @param countryId country id
   * @return the share of the product's units over the horizon made in the country (0 if none made)
   */
  public static double shareOf(Solution s, String productId, String countryId) {
    Network n = s.network();
    double in = 0;
    double all = 0;
    for (int t = 0; t < n.periods(); t++) {
      in += s.allocation().productionInCountry(productId, countryId, t);
      for (var site : n.sites()) {
        all += s.allocation().production(productId, site.id(), t);
      }
    }
    return all > 0 ? in / all : 0;
  }
}
