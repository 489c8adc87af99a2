package dev.footprint.model;

import java.util.Optional;

/**
 * Freight cost per unit from an origin country to a destination country, optionally only for one
 * product and/or from one site. For a shipment the most specific rate applies: site and product,
 * then site, then product, then the country pair. A shipment between two countries with no rate
 * at all is not possible; a domestic shipment with no rate costs nothing.
 *
 * @param origin origin country id
 * @param destination destination country id
 * @param product the product it is limited to, if any
 * @param site the origin site it is limited to, if any (it must lie in {@code origin})
 * @param costPerUnit freight cost per unit, USD
 */
public record FreightRate(String origin, String destination, Optional<String> product,
    Optional<String> site, double costPerUnit) {

  /**
   * Validates.
   *
   * @param origin origin country id
   * @param destination destination country id
   * @param product the product it is limited to, if any
   * @param site the origin site it is limited to, if any (it must lie in {@code origin})
   * @param costPerUnit freight cost per unit, USD
   */
  public FreightRate {
    Check.id(origin, "freight.origin");
    Check.id(destination, "freight.destination");
    String where = "freight " + origin + "->" + destination;
    Check.present(product, where + ": product").ifPresent(p -> Check.id(p, "freight.product"));
    Check.present(site, where + ": site").ifPresent(s -> Check.id(s, "freight.site"));
    Check.nonNegative(costPerUnit, where + ": costPerUnit");
  }

  /**
   * @param origin origin country id
   * @param destination destination country id
   * @param costPerUnit cost per unit, USD
   * @return a country-pair rate for every product and site
   */
  public static FreightRate lane(String origin, String destination, double costPerUnit) {
    return new FreightRate(origin, destination, Optional.empty(), Optional.empty(), costPerUnit);
  }

  /**
   * @param productId product id
   * @return a copy limited to that product
   */
  public FreightRate forProduct(String productId) {
    return new FreightRate(origin, destination, Optional.of(Check.id(productId, "freight " + origin + "->"
        + destination + ": product")), site, costPerUnit);
  }

  /**
   * @param siteId origin site id
   * @return a copy limited to shipments from that site
   */
  public FreightRate fromSite(String siteId) {
    return new FreightRate(origin, destination, product, Optional.of(Check.id(siteId, "freight " + origin + "->"
        + destination + ": site")), costPerUnit);
  }

  /** @return 0 for a pair rate, 1 for a product rate, 2 for a site rate, 3 for site and product */
  int specificity() {
    return (site.isPresent() ? 2 : 0) + (product.isPresent() ? 1 : 0);
  }

  /** @return a short description such as {@code KR->US [cells] @KR-Ulsan} */
  public String describe() {
    return origin + "->" + destination + product.map(p -> " [" + p + "]").orElse("")
        + site.map(s -> " @" + s).orElse("");
  }
}
