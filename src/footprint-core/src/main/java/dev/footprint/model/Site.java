package dev.footprint.model;

import java.util.Set;

/**
 * A production site.
 *
 * @param id unique id
 * @param name display name
 * @param country id of the country it lies in
 * @param kind existing, candidate or committed
 * @param capacity capacity units available per period while active
 * @param fixedCost fixed cost per period while active, USD
 * @param openingCapex capital expenditure paid once when a candidate or committed site opens, USD
 * @param closingCost cost paid once when an existing site closes, USD
 * @param openingPeriod for a candidate the earliest period it may open; for a committed site the
 *     period it opens; ignored for an existing site
 * @param products ids of the products the site may make; empty means every product
 */
public record Site(String id, String name, String country, SiteKind kind, Series capacity,
    Series fixedCost, double openingCapex, double closingCost, int openingPeriod, Set<String> products) {

  /**
   * Validates and copies.
   *
   * @param id unique id
   * @param name display name
   * @param country id of the country it lies in
   * @param kind existing, candidate or committed
   * @param capacity capacity units available per period while active
   * @param fixedCost fixed cost per period while active, USD
   * @param openingCapex capital expenditure paid once when a candidate or committed site opens, USD
   * @param closingCost cost paid once when an existing site closes, USD
   * @param openingPeriod for a candidate the earliest period it may open; for a committed site the period it opens; ignored for an existing site
   * @param products ids of the products the site may make; empty means every product
   */
  public Site {
    Check.id(id, "site.id");
    String where = "site '" + id + "'";
    Check.text(name, where + ": name");
    Check.id(country, where + ": country");
    Check.present(kind, where + ": kind");
    Check.present(capacity, where + ": capacity").checkNonNegative(where + ": capacity");
    Check.present(fixedCost, where + ": fixedCost").checkNonNegative(where + ": fixedCost");
    Check.nonNegative(openingCapex, where + ": openingCapex");
    Check.nonNegative(closingCost, where + ": closingCost");
    if (openingPeriod < 0) {
      throw new InvalidModelException(where + ": openingPeriod", openingPeriod, "must be >= 0");
    }
    products = Check.ids(products, where + ": products");
  }

  /**
   * @param id site id
   * @param country country id
   * @param capacity capacity per period
   * @return an existing site with no fixed or closing cost, able to make every product
   */
  public static Site existing(String id, String country, double capacity) {
    return new Site(id, id, country, SiteKind.EXISTING, Series.constant(capacity), Series.zero(), 0, 0, 0,
        Set.of());
  }

  /**
   * @param id site id
   * @param country country id
   * @param capacity capacity per period once open
   * @param openingCapex capex paid when it opens, USD
   * @return a candidate site that may open from the first period, able to make every product
   */
  public static Site candidate(String id, String country, double capacity, double openingCapex) {
    return new Site(id, id, country, SiteKind.CANDIDATE, Series.constant(capacity), Series.zero(),
        openingCapex, 0, 0, Set.of());
  }

  /**
   * @param id site id
   * @param country country id
   * @param capacity capacity per period once open
   * @param openingCapex capex paid when it opens, USD
   * @param openingPeriod the period it opens
   * @return a committed site, able to make every product
   */
  public static Site committed(String id, String country, double capacity, double openingCapex,
      int openingPeriod) {
    return new Site(id, id, country, SiteKind.COMMITTED, Series.constant(capacity), Series.zero(),
        openingCapex, 0, openingPeriod, Set.of());
  }

  /**
   * @param product product id
   * @return whether this site may make it
   */
  public boolean mayMake(String product) {
    Check.key(product, "site '" + id + "': product");
    return products.isEmpty() || products.contains(product);
  }

  /**
   * @param period 0-based period
   * @return whether the site may be active in that period at all
   */
  public boolean mayBeActiveIn(int period) {
    return kind == SiteKind.EXISTING || period >= openingPeriod;
  }

  /**
   * @param name display name
   * @return a copy with it
   */
  public Site withName(String name) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products);
  }

  /**
   * @param capacity capacity by period
   * @return a copy with it
   */
  public Site withCapacity(Series capacity) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products);
  }

  /**
   * @param fixedCost fixed cost per active period
   * @return a copy with it
   */
  public Site withFixedCost(Series fixedCost) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products);
  }

  /**
   * @param fixedCost fixed cost per active period, the same each period
   * @return a copy with it
   */
  public Site withFixedCost(double fixedCost) {
    return withFixedCost(Series.constant(fixedCost));
  }

  /**
   * @param openingCapex capex on opening
   * @return a copy with it
   */
  public Site withOpeningCapex(double openingCapex) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products);
  }

  /**
   * @param closingCost cost of closing
   * @return a copy with it
   */
  public Site withClosingCost(double closingCost) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products);
  }

  /**
   * @param openingPeriod earliest (candidate) or actual (committed) opening period
   * @return a copy
   */
  public Site withOpeningPeriod(int openingPeriod) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products);
  }

  /**
   * @param products ids of the products it may make
   * @return a copy limited to them
   */
  public Site withProducts(String... products) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod,
        Check.idArray(products, "site '" + id + "': products"));
  }
}
