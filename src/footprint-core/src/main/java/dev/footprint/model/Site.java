package dev.footprint.model;

import java.util.List;
import java.util.Set;

/**
 * A production site.
 *
 * <p>The economics of investment and labor beyond the first year (docs/model.md): an asset life over
 * which the horizon's capex accounting may spread the capex, construction periods over which it is
 * spent before the site opens, a fixed staff paid while the site is open whatever it makes, and
 * severance per job when an existing site closes. Their defaults (no life, no construction, no
 * staff, no severance) leave the model as it was without them.
 *
 * @param id unique id
 * @param name display name
 * @param country id of the country it lies in
 * @param kind existing, candidate or committed
 * @param capacity capacity units available per period while active
 * @param fixedCost fixed cost per period while active, USD
 * @param openingCapex capital expenditure of a candidate or committed site, USD: paid once when it
 *     opens, or evenly over its construction periods
 * @param closingCost cost paid once when an existing site closes, USD (severance comes on top)
 * @param openingPeriod for a candidate the earliest period it may open; for a committed site the
 *     period it opens; ignored for an existing site
 * @param products ids of the products the site may make; empty means every product
 * @param assetLife life of the capex in periods of the horizon, for the annuity and residual
 *     accounting; 0 for none (the capex is then charged in full)
 * @param buildPeriods periods of construction before the opening period, over which the capex is
 *     spent evenly; 0 spends it in the opening period; ignored for an existing site
 * @param fixedJobs jobs staffed while the site is open, whatever it makes; paid at the country's
 *     labor cost per hour for its hours per job
 * @param severancePerJob cost per fixed job when an existing site closes, USD, added to its closing cost;
 *     with {@code variableSeverance}, also per variable job lost from one period to the next
 * @param closable for a candidate: whether it may close again after it opened, paying its closing
 *     cost and severance then (it opens once and closes once at most; docs/model.md, Closable
 *     candidates); false for existing and committed sites
 * @param rampUp share of capacity available in each of the first open periods of a candidate or
 *     committed site (the first entry for the period it opens, and so on; full capacity after the
 *     list); empty for none; ignored for an existing site (docs/model.md, Ramp-up)
 * @param variableSeverance whether {@code severancePerJob} is also paid on every job the units made
 *     at the site lose from one period to the next (docs/model.md, Severance on variable jobs)
 * @param foreignTradeZone whether the site is in a foreign-trade zone: components enter it without
 *     duty, and the units it sells into its own country pay the finished good's rate on their
 *     foreign components (docs/model.md, Foreign-trade zones)
 */
public record Site(String id, String name, String country, SiteKind kind, Series capacity,
    Series fixedCost, double openingCapex, double closingCost, int openingPeriod, Set<String> products,
    int assetLife, int buildPeriods, double fixedJobs, double severancePerJob, boolean closable,
    List<Double> rampUp, boolean variableSeverance, boolean foreignTradeZone) {

  /**
   * Validates and copies.
   *
   * @param id unique id
   * @param name display name
   * @param country id of the country it lies in
   * @param kind existing, candidate or committed
   * @param capacity capacity units available per period while active
   * @param fixedCost fixed cost per period while active, USD
   * @param openingCapex capital expenditure of a candidate or committed site, USD
   * @param closingCost cost paid once when an existing site closes, USD
   * @param openingPeriod for a candidate the earliest period it may open; for a committed site the period it opens; ignored for an existing site
   * @param products ids of the products the site may make; empty means every product
   * @param assetLife life of the capex in periods, 0 for none
   * @param buildPeriods periods of construction before the opening period
   * @param fixedJobs jobs staffed while the site is open
   * @param severancePerJob cost per fixed job when an existing site closes, USD
   * @param closable whether a candidate may close again after it opened
   * @param rampUp share of capacity in each of the first open periods, empty for none
   * @param variableSeverance whether severance is also paid on variable jobs lost
   * @param foreignTradeZone whether the site is in a foreign-trade zone
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
    if (assetLife < 0) {
      throw new InvalidModelException(where + ": assetLife", assetLife, "must be >= 0 (0: no asset life)");
    }
    if (buildPeriods < 0) {
      throw new InvalidModelException(where + ": buildPeriods", buildPeriods, "must be >= 0");
    }
    Check.nonNegative(fixedJobs, where + ": fixedJobs");
    Check.nonNegative(severancePerJob, where + ": severancePerJob");
    if (closable && kind != SiteKind.CANDIDATE) {
      throw new InvalidModelException(where + ": closable", true, "only a candidate site may be closable: this one is "
          + kind + (kind == SiteKind.EXISTING ? ", and may close anyway" : ", and opens in its opening period to stay open"));
    }
    rampUp = Check.list(rampUp, where + ": rampUp");
    if (closable && !rampUp.isEmpty()) {
      // The ramp-up rows count openings as rises of y, which a closing would offset (docs/model.md).
      throw new InvalidModelException(where + ": rampUp", rampUp,
          "a closable site cannot have a ramp-up: give one or the other");
    }
    for (int i = 0; i < rampUp.size(); i++) {
      double share = rampUp.get(i);
      if (!(share >= 0 && share <= 1)) {
        throw new InvalidModelException(where + ": rampUp[" + i + "]", share,
            "must be a share of capacity in [0, 1]");
      }
    }
  }

  /**
   * A site outside any foreign-trade zone.
   *
   * @param id unique id
   * @param name display name
   * @param country id of the country it lies in
   * @param kind existing, candidate or committed
   * @param capacity capacity units available per period while active
   * @param fixedCost fixed cost per period while active, USD
   * @param openingCapex capital expenditure of a candidate or committed site, USD
   * @param closingCost cost paid once when an existing site closes, USD
   * @param openingPeriod for a candidate the earliest period it may open; for a committed site the period it opens; ignored for an existing site
   * @param products ids of the products the site may make; empty means every product
   * @param assetLife life of the capex in periods, 0 for none
   * @param buildPeriods periods of construction before the opening period
   * @param fixedJobs jobs staffed while the site is open
   * @param severancePerJob cost per fixed job when an existing site closes, USD
   * @param closable whether a candidate may close again after it opened
   * @param rampUp share of capacity in each of the first open periods, empty for none
   * @param variableSeverance whether severance is also paid on variable jobs lost
   */
  public Site(String id, String name, String country, SiteKind kind, Series capacity, Series fixedCost,
      double openingCapex, double closingCost, int openingPeriod, Set<String> products, int assetLife,
      int buildPeriods, double fixedJobs, double severancePerJob, boolean closable, List<Double> rampUp,
      boolean variableSeverance) {
    this(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products,
        assetLife, buildPeriods, fixedJobs, severancePerJob, closable, rampUp, variableSeverance, false);
  }

  /**
   * A site that is not closable, without ramp-up or severance on variable jobs.
   *
   * @param id unique id
   * @param name display name
   * @param country id of the country it lies in
   * @param kind existing, candidate or committed
   * @param capacity capacity units available per period while active
   * @param fixedCost fixed cost per period while active, USD
   * @param openingCapex capital expenditure of a candidate or committed site, USD
   * @param closingCost cost paid once when an existing site closes, USD
   * @param openingPeriod for a candidate the earliest period it may open; for a committed site the period it opens; ignored for an existing site
   * @param products ids of the products the site may make; empty means every product
   * @param assetLife life of the capex in periods, 0 for none
   * @param buildPeriods periods of construction before the opening period
   * @param fixedJobs jobs staffed while the site is open
   * @param severancePerJob cost per fixed job when an existing site closes, USD
   */
  public Site(String id, String name, String country, SiteKind kind, Series capacity, Series fixedCost,
      double openingCapex, double closingCost, int openingPeriod, Set<String> products, int assetLife,
      int buildPeriods, double fixedJobs, double severancePerJob) {
    this(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products,
        assetLife, buildPeriods, fixedJobs, severancePerJob, false, List.of(), false);
  }

  /**
   * A site without asset life, construction, fixed staff or severance.
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
  public Site(String id, String name, String country, SiteKind kind, Series capacity, Series fixedCost,
      double openingCapex, double closingCost, int openingPeriod, Set<String> products) {
    this(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products, 0, 0, 0, 0,
        false, List.of(), false);
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
    return kind == SiteKind.EXISTING || period >= firstOpenPeriod();
  }

  /**
   * @return the first period a candidate or committed site may be open: its opening period, and no
   *     earlier than its construction allows (construction starts in period 0 at the earliest)
   */
  public int firstOpenPeriod() {
    return kind == SiteKind.EXISTING ? 0 : Math.max(openingPeriod, buildPeriods);
  }

  /**
   * @param name display name
   * @return a copy with it
   */
  public Site withName(String name) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products,
        assetLife, buildPeriods, fixedJobs, severancePerJob, closable, rampUp, variableSeverance, foreignTradeZone);
  }

  /**
   * @param capacity capacity by period
   * @return a copy with it
   */
  public Site withCapacity(Series capacity) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products,
        assetLife, buildPeriods, fixedJobs, severancePerJob, closable, rampUp, variableSeverance, foreignTradeZone);
  }

  /**
   * @param fixedCost fixed cost per active period
   * @return a copy with it
   */
  public Site withFixedCost(Series fixedCost) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products,
        assetLife, buildPeriods, fixedJobs, severancePerJob, closable, rampUp, variableSeverance, foreignTradeZone);
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
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products,
        assetLife, buildPeriods, fixedJobs, severancePerJob, closable, rampUp, variableSeverance, foreignTradeZone);
  }

  /**
   * @param closingCost cost of closing
   * @return a copy with it
   */
  public Site withClosingCost(double closingCost) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products,
        assetLife, buildPeriods, fixedJobs, severancePerJob, closable, rampUp, variableSeverance, foreignTradeZone);
  }

  /**
   * @param openingPeriod earliest (candidate) or actual (committed) opening period
   * @return a copy
   */
  public Site withOpeningPeriod(int openingPeriod) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products,
        assetLife, buildPeriods, fixedJobs, severancePerJob, closable, rampUp, variableSeverance, foreignTradeZone);
  }

  /**
   * @param products ids of the products it may make
   * @return a copy limited to them
   */
  public Site withProducts(String... products) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod,
        Check.idArray(products, "site '" + id + "': products"), assetLife, buildPeriods, fixedJobs, severancePerJob, closable, rampUp, variableSeverance, foreignTradeZone);
  }

  /**
   * @param assetLife life of the capex in periods, 0 for none
   * @return a copy with it
   */
  public Site withAssetLife(int assetLife) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products,
        assetLife, buildPeriods, fixedJobs, severancePerJob, closable, rampUp, variableSeverance, foreignTradeZone);
  }

  /**
   * @param buildPeriods periods of construction before the opening period
   * @return a copy with it
   */
  public Site withBuildPeriods(int buildPeriods) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products,
        assetLife, buildPeriods, fixedJobs, severancePerJob, closable, rampUp, variableSeverance, foreignTradeZone);
  }

  /**
   * @param fixedJobs jobs staffed while the site is open, whatever it makes
   * @return a copy with it
   */
  public Site withFixedJobs(double fixedJobs) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products,
        assetLife, buildPeriods, fixedJobs, severancePerJob, closable, rampUp, variableSeverance, foreignTradeZone);
  }

  /**
   * @param severancePerJob cost per fixed job when an existing site closes, USD
   * @return a copy with it
   */
  public Site withSeverancePerJob(double severancePerJob) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products,
        assetLife, buildPeriods, fixedJobs, severancePerJob, closable, rampUp, variableSeverance, foreignTradeZone);
  }

  /**
   * @param closable for a candidate: whether it may close again after it opened
   * @return a copy with it
   */
  public Site withClosable(boolean closable) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products,
        assetLife, buildPeriods, fixedJobs, severancePerJob, closable, rampUp, variableSeverance, foreignTradeZone);
  }

  /**
   * @param shares share of capacity in each of the first open periods (full capacity after them)
   * @return a copy with that ramp-up
   */
  public Site withRampUp(double... shares) {
    Check.present(shares, "site '" + id + "': rampUp");
    List<Double> list = java.util.Arrays.stream(shares).boxed().toList();
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products,
        assetLife, buildPeriods, fixedJobs, severancePerJob, closable, list, variableSeverance, foreignTradeZone);
  }

  /**
   * @param variableSeverance whether severance is also paid on variable jobs lost from one period
   *     to the next
   * @return a copy with it
   */
  public Site withVariableSeverance(boolean variableSeverance) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products,
        assetLife, buildPeriods, fixedJobs, severancePerJob, closable, rampUp, variableSeverance, foreignTradeZone);
  }

  /**
   * @param zone whether the site is in a foreign-trade zone
   * @return a copy with it
   */
  public Site withForeignTradeZone(boolean zone) {
    return new Site(id, name, country, kind, capacity, fixedCost, openingCapex, closingCost, openingPeriod, products,
        assetLife, buildPeriods, fixedJobs, severancePerJob, closable, rampUp, variableSeverance, zone);
  }

  /**
   * @param age periods since a candidate or committed site opened (0 in the period it opens)
   * @return the share of its capacity available then: its ramp-up entry, 1 after the ramp-up (and
   *     always for an existing site)
   */
  public double rampShare(int age) {
    return kind == SiteKind.EXISTING || age >= rampUp.size() ? 1 : rampUp.get(age);
  }
}
