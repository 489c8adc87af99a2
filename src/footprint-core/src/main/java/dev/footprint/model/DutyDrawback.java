package dev.footprint.model;

/**
 * A duty drawback program (docs/model.md, Duty drawback): {@code country} refunds {@code share} of
 * the duty paid on components that entered it when the finished goods they went into, products in
 * {@code scope}, are exported (shipped to a market or a site in another country). A refund is
 * claimed on the components a site consumed in its exported units, at the duty those components
 * paid; components a site makes for itself from imported ones are not traced further. At most one
 * program per country covers a product.
 *
 * @param id unique id
 * @param country id of the country that refunds
 * @param scope the finished products whose export earns a refund
 * @param share the refunded share of the duty, in [0, 1] (the US refunds 99%)
 */
public record DutyDrawback(String id, String country, ProductScope scope, double share) {

  /**
   * Validates.
   *
   * @param id unique id
   * @param country id of the country that refunds
   * @param scope the finished products whose export earns a refund
   * @param share the refunded share of the duty, in [0, 1]
   */
  public DutyDrawback {
    Check.id(id, "dutyDrawback.id");
    String where = "dutyDrawback '" + id + "'";
    Check.id(country, where + ": country");
    Check.present(scope, where + ": scope");
    Check.rate(share, 1, where + ": share");
  }

  /**
   * @param id unique id
   * @param country refunding country id
   * @param share refunded share
   * @return a program covering every product
   */
  public static DutyDrawback of(String id, String country, double share) {
    return new DutyDrawback(id, country, ProductScope.ALL, share);
  }

  /**
   * @param productScope finished products covered
   * @return a copy limited to them
   */
  public DutyDrawback on(ProductScope productScope) {
    return new DutyDrawback(id, country, productScope, share);
  }
}
