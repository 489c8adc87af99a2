package dev.footprint.analysis;

import dev.footprint.model.InvalidModelException;
import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.solve.Solution;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A yes/no property of a solution whose flip a break-even search looks for.
 *
 * @param name a short description, such as {@code cells made in US}
 * @param test the property; false for a solution without an allocation
 * @param requirements checks a network has what the property names (its product, country or
 *     site), throwing {@link InvalidModelException} naming what is missing; run before any solve
 */
public record Decision(String name, Predicate<Solution> test, Consumer<Network> requirements) {

  /**
   * Validates.
   *
   * @param name a short description, such as {@code cells made in US}
   * @param test the property; false for a solution without an allocation
   * @param requirements checks a network has what the property names, throwing {@link InvalidModelException} naming what is missing
   */
  public Decision {
    AnalysisLimits.require(name, "decision.name");
    AnalysisLimits.require(test, "decision '" + name + "': test");
    AnalysisLimits.require(requirements, "decision '" + name + "': requirements");
  }

  /**
   * A decision that names nothing a network must have.
   *
   * @param name a short description
   * @param test the property
   */
  public Decision(String name, Predicate<Solution> test) {
    this(name, test, network -> { });
  }

  /**
   * @param network the network the decision will be tested on
   * @throws InvalidModelException if the network lacks what the decision names
   */
  public void check(Network network) {
    requirements.accept(AnalysisLimits.require(network, "decision '" + name + "': network"));
  }

  /**
   * @param solution a solution
   * @return whether the property holds (false when there is no allocation)
   */
  public boolean holds(Solution solution) {
    AnalysisLimits.require(solution, "decision '" + name + "': solution");
    return solution.hasAllocation() && test.test(solution);
  }

  /**
   * @param productId product id
   * @param countryId country id
   * @param minimumShare share of the product's units over the horizon, in (0, 1]
   * @return "at least this share of the product is made in the country"
   */
  public static Decision productMadeIn(String productId, String countryId, double minimumShare) {
    AnalysisLimits.require(productId, "decision: product");
    AnalysisLimits.require(countryId, "decision: country");
    if (!(minimumShare > 0 && minimumShare <= 1)) {
      throw new InvalidModelException("decision: minimumShare", minimumShare, "must be in (0, 1]");
    }
    String name = productId + " made in " + countryId + " (share >= " + minimumShare + ")";
    return new Decision(name, s -> shareOf(s, productId, countryId) >= minimumShare - 1e-9, n -> {
      requireProduct(n, productId, "decision '" + name + "': product");
      requireCountry(n, countryId, "decision '" + name + "': country");
    });
  }

  /**
   * @param siteId a candidate site id
   * @return "the site opens during the horizon"
   */
  public static Decision siteOpens(String siteId) {
    AnalysisLimits.require(siteId, "decision: site");
    String name = siteId + " opens";
    return new Decision(name, s -> s.allocation().openedIn(siteId).isPresent(), n -> {
      int i = n.siteIndex(siteId);
      if (i < 0) {
        throw new InvalidModelException("decision '" + name + "': site", siteId, "no site has this id; sites are "
            + new java.util.TreeSet<>(n.sites().stream().map(Site::id).toList()));
      }
      if (n.sites().get(i).kind() == SiteKind.EXISTING) {
        throw new InvalidModelException("decision '" + name + "': site", siteId,
            "an existing site never opens (it may only close)\nMaybe name a candidate or committed site.");
      }
    });
  }

  /**
   * @param s a solution with an allocation
   * @param productId product id
   * @param countryId country id
   * @return the share of the product's units over the horizon made in the country (0 if none made)
   * @throws InvalidModelException if the network has no such product or country
   */
  public static double shareOf(Solution s, String productId, String countryId) {
    AnalysisLimits.require(s, "solution");
    AnalysisLimits.require(productId, "product");
    AnalysisLimits.require(countryId, "country");
    Network n = s.network();
    requireProduct(n, productId, "product");
    requireCountry(n, countryId, "country");
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

  private static void requireProduct(Network n, String id, String field) {
    if (n.productIndex(id) < 0) {
      throw new InvalidModelException(field, id, "no product has this id; products are "
          + new java.util.TreeSet<>(n.products().stream().map(p -> p.id()).toList()));
    }
  }

  private static void requireCountry(Network n, String id, String field) {
    if (n.countryIndex(id) < 0) {
      throw new InvalidModelException(field, id, "no country has this id; countries are "
          + new java.util.TreeSet<>(n.countries().stream().map(c -> c.id()).toList()));
    }
  }
}
