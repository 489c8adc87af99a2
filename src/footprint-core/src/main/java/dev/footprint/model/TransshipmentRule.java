package dev.footprint.model;

import java.util.Set;

/**
 * A transshipment penalty (docs/model.md, Transshipment): a unit of a covered product assembled in
 * one of {@code origins} and shipped to {@code destination} is judged transshipped, and pays the ad
 * valorem {@code penaltyRate} (or the measures' rate if that is higher) instead of the measures'
 * rate, unless its foreign content (components from outside the assembly country, at their customs
 * values) is at most {@code maxForeignContentShare} of its customs value. Which units comply is a
 * decision of the model. Specific duties are unchanged. The US rule of 2025 on goods transshipped
 * to evade tariffs (40%) is the example.
 *
 * <p>A covered product with components needs a declared customs value (the share is of that value).
 * A lane may be inside a trade agreement whose rule covers the product or under a transshipment
 * rule, not both; a tariff-rate quota may not cover it either.
 *
 * @param id unique id
 * @param destination importing country id
 * @param origins assembly countries covered; empty means every country other than the destination
 * @param scope the products covered
 * @param maxForeignContentShare the largest foreign share of a compliant unit, in [0, 1]
 * @param penaltyRate the ad valorem rate a transshipped unit pays, a fraction
 */
public record TransshipmentRule(String id, String destination, Set<String> origins, ProductScope scope,
    double maxForeignContentShare, double penaltyRate) {

  /**
   * Validates and copies.
   *
   * @param id unique id
   * @param destination importing country id
   * @param origins assembly countries covered; empty means every country other than the destination
   * @param scope the products covered
   * @param maxForeignContentShare the largest foreign share of a compliant unit, in [0, 1]
   * @param penaltyRate the ad valorem rate a transshipped unit pays, a fraction
   */
  public TransshipmentRule {
    Check.id(id, "transshipmentRule.id");
    String where = "transshipmentRule '" + id + "'";
    Check.id(destination, where + ": destination");
    origins = Check.ids(origins, where + ": origins");
    if (origins.contains(destination)) {
      throw new InvalidModelException(where + ": origins", destination, "the destination cannot be an origin");
    }
    Check.present(scope, where + ": scope");
    Check.rate(maxForeignContentShare, 1, where + ": maxForeignContentShare");
    Check.rate(penaltyRate, 10, where + ": penaltyRate");
  }

  /**
   * A rule on every product.
   *
   * @param id unique id
   * @param destination importing country id
   * @param maxForeignContentShare the largest foreign share of a compliant unit
   * @param penaltyRate the rate a transshipped unit pays
   * @param origins assembly countries covered; none means every other country
   * @return the rule
   */
  public static TransshipmentRule of(String id, String destination, double maxForeignContentShare,
      double penaltyRate, String... origins) {
    return new TransshipmentRule(id, destination, Check.idArray(origins, "transshipmentRule '" + id + "': origins"),
        ProductScope.ALL, maxForeignContentShare, penaltyRate);
  }

  /**
   * @param productScope products covered
   * @return a copy limited to them
   */
  public TransshipmentRule on(ProductScope productScope) {
    Check.present(productScope, "transshipmentRule '" + id + "': scope");
    return new TransshipmentRule(id, destination, origins, productScope, maxForeignContentShare, penaltyRate);
  }

  /**
   * @param share the largest foreign share of a compliant unit
   * @return a copy with it
   */
  public TransshipmentRule withMaxForeignContentShare(double share) {
    return new TransshipmentRule(id, destination, origins, scope, share, penaltyRate);
  }

  /**
   * @param origin assembly country id
   * @param dest destination country id
   * @param product the product
   * @return whether the rule covers the lane and product
   */
  public boolean covers(String origin, String dest, Product product) {
    Check.key(origin, "transshipmentRule '" + id + "': origin");
    Check.key(dest, "transshipmentRule '" + id + "': destination");
    Check.present(product, "transshipmentRule '" + id + "': product");
    return destination.equals(dest) && !origin.equals(dest) && (origins.isEmpty() || origins.contains(origin))
        && scope.covers(product);
  }
}
