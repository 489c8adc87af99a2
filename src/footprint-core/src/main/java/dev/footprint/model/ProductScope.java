package dev.footprint.model;

import java.util.Set;

/**
 * Which products a measure or program covers: those listed by id, plus those of the listed
 * sectors. Both empty means every product.
 *
 * @param products product ids
 * @param sectors sector names
 */
public record ProductScope(Set<String> products, Set<String> sectors) {

  /** Every product. */
  public static final ProductScope ALL = new ProductScope(Set.of(), Set.of());

  /**
   * Validates and copies.
   *
   * @param products product ids
   * @param sectors sector names
   */
  public ProductScope {
    products = Check.ids(products, "scope.products");
    sectors = Check.ids(sectors, "scope.sectors");
  }

  /**
   * @param ids product ids
   * @return a scope of those products
   */
  public static ProductScope products(String... ids) {
    return new ProductScope(Check.idArray(ids, "scope.products"), Set.of());
  }

  /**
   * @param names sector names
   * @return a scope of those sectors
   */
  public static ProductScope sectors(String... names) {
    return new ProductScope(Set.of(), Check.idArray(names, "scope.sectors"));
  }

  /** @return whether the scope covers every product */
  public boolean isAll() {
    return products.isEmpty() && sectors.isEmpty();
  }

  /**
   * @param product a product
   * @return whether the scope covers it
   */
  public boolean covers(Product product) {
    Check.present(product, "scope: product");
    return isAll() || products.contains(product.id()) || sectors.contains(product.sector());
  }

  @Override
  public String toString() {
    if (isAll()) {
      return "all products";
    }
    return (products.isEmpty() ? "" : "products " + new java.util.TreeSet<>(products))
        + (products.isEmpty() || sectors.isEmpty() ? "" : " and ")
        + (sectors.isEmpty() ? "" : "sectors " + new java.util.TreeSet<>(sectors));
  }
}
