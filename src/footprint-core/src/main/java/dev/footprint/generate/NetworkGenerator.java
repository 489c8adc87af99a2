package dev.footprint.generate;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.JobGrant;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.model.SupplierOffer;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;

/**
 * Generates random networks of a chosen size with the structure of real ones: countries with
 * spread-out wages, products in sectors, existing and candidate sites that each make a subset of
 * the products, markets that each demand a share of them over several periods, freight by distance,
 * tariff measures of every rule, production and investment credits, and policies. Every demand
 * allows lost sales at a high penalty, so every generated network is feasible.
 *
 * <p>With {@link Spec#bomDepth()} {@code >= 1} products also have bills of materials that many
 * levels deep, and external suppliers offer some components ({@code BomPlan}): product {@code p} is on
 * level {@code p % (bomDepth + 1)}, a product on level {@code k >= 1} takes 1 to 3 components from
 * lower levels, one of them from level {@code k - 1}, and every component that no site may make is
 * offered by a supplier. Site capacities then also cover the components made for the assemblies, and
 * a lost sale costs the penalty times the units the whole assembly takes. Freight lanes join every
 * pair of countries, so every component can reach every site. Depth 0 (the presets) draws nothing for
 * bills of materials: the network is exactly the one generated before they existed.
 *
 * <p>The same {@link Spec} and seed give the same network on any machine. The number of shipment
 * variables is about {@code sites * productsPerSite * marketsPerProduct * periods}; bills of
 * materials add component-flow variables, about {@code sites * components per site * sites making a
 * component * periods}.
 */
public final class NetworkGenerator {
  private static final String[] SECTORS = {"chips", "batteries", "autos", "electronics", "apparel", "toys"};

  /**
   * The shape of a generated network.
   *
   * @param countries number of countries
   * @param products number of products
   * @param sites number of sites
   * @param productsPerSite products each site may make
   * @param markets number of markets
   * @param marketsPerProduct markets demanding each product
   * @param periods periods of the horizon
   * @param candidateShare share of sites that are candidates rather than existing
   * @param bomDepth levels of bills of materials: 0 for none, else the length of the longest chain
   *     of components (2 for assembly, subassembly, part)
   * @param supplierOffers supplier offers on random components, besides one for each component no
   *     site may make; 0 when {@code bomDepth} is 0
   */
  public record Spec(int countries, int products, int sites, int productsPerSite, int markets,
      int marketsPerProduct, int periods, double candidateShare, int bomDepth, int supplierOffers) {

    /**
     * Validates.
     *
     * @param countries number of countries
     * @param products number of products
     * @param sites number of sites
     * @param productsPerSite products each site may make
     * @param markets number of markets
     * @param marketsPerProduct markets demanding each product
     * @param periods periods of the horizon
     * @param candidateShare share of sites that are candidates rather than existing
     * @param bomDepth levels of bills of materials, 0 for none, less than {@code products}
     * @param supplierOffers supplier offers besides the sole sources, {@code >= 0}; 0 without bills
     */
    public Spec {
      if (countries < 2 || products < 1 || sites < 1 || markets < 1 || periods < 1) {
        throw new IllegalArgumentException("spec needs >= 2 countries and >= 1 product, site, market, period: "
            + countries + ", " + products + ", " + sites + ", " + markets + ", " + periods);
      }
      if (productsPerSite < 1 || productsPerSite > products) {
        throw new IllegalArgumentException("productsPerSite = " + productsPerSite + ": must be in [1, " + products + "]");
      }
      if (marketsPerProduct < 1 || marketsPerProduct > markets) {
        throw new IllegalArgumentException("marketsPerProduct = " + marketsPerProduct + ": must be in [1, " + markets + "]");
      }
      if (!(candidateShare >= 0 && candidateShare <= 1)) {
        throw new IllegalArgumentException("candidateShare = " + candidateShare + ": must be in [0, 1]");
      }
      if (bomDepth < 0 || bomDepth >= products) {
        throw new IllegalArgumentException("bomDepth = " + bomDepth + ": must be in [0, " + (products - 1) + "]");
      }
      if (supplierOffers < 0 || (bomDepth == 0 && supplierOffers > 0)) {
        throw new IllegalArgumentException("supplierOffers = " + supplierOffers
            + ": must be >= 0, and 0 without bills of materials (bomDepth 0)");
      }
    }

    /**
     * A spec without bills of materials.
     *
     * @param countries number of countries
     * @param products number of products
     * @param sites number of sites
     * @param productsPerSite products each site may make
     * @param markets number of markets
     * @param marketsPerProduct markets demanding each product
     * @param periods periods of the horizon
     * @param candidateShare share of sites that are candidates rather than existing
     */
    public Spec(int countries, int products, int sites, int productsPerSite, int markets, int marketsPerProduct,
        int periods, double candidateShare) {
      this(countries, products, sites, productsPerSite, markets, marketsPerProduct, periods, candidateShare, 0, 0);
    }

    /**
     * @param depth levels of bills of materials, 0 for none
     * @param offers supplier offers besides the sole sources
     * @return this spec with bills of materials that deep and that many offers
     */
    public Spec withBom(int depth, int offers) {
      return new Spec(countries, products, sites, productsPerSite, markets, marketsPerProduct, periods,
          candidateShare, depth, offers);
    }

    /** @return the approximate number of shipment variables */
    public long shipmentVariables() {
      return (long) sites * productsPerSite * marketsPerProduct * periods;
    }
  }

  /** Preset sizes by number of shipment variables. */
  public enum Size {
    /** About 1,000 shipment variables. */
    S(new Spec(6, 20, 10, 5, 10, 5, 4, 0.3)),
    /** About 50,000 shipment variables. */
    M(new Spec(10, 100, 100, 10, 20, 10, 5, 0.3)),
    /** About 500,000 shipment variables. */
    L(new Spec(20, 400, 500, 20, 20, 10, 5, 0.3)),
    /** About 5,000,000 shipment variables. */
    XL(new Spec(30, 1000, 1000, 50, 40, 20, 5, 0.3));

    private final Spec spec;

    Size(Spec spec) {
      this.spec = spec;
    }

    /** @return the spec */
    public Spec spec() {
      return spec;
    }

    /**
     * The preset with bills of materials: {@code depth} levels and one supplier offer per five
     * products on random components (besides the sole sources). Depth 0 is {@link #spec()}.
     *
     * @param depth levels of bills of materials, 0 for none
     * @return the spec
     */
    public Spec spec(int depth) {
      return depth == 0 ? spec : spec.withBom(depth, spec.products() / 5);
    }
  }

  private NetworkGenerator() {}

  /**
   * @param size a preset size
   * @param seed random seed
   * @return the generated network
   */
  public static Network generate(Size size, long seed) {
    return generate(size.spec(), seed);
  }

  /**
   * @param size a preset size
   * @param bomDepth levels of bills of materials, 0 for none ({@link Size#spec(int)})
   * @param seed random seed
   * @return the generated network
   */
  public static Network generate(Size size, int bomDepth, long seed) {
    return generate(size.spec(bomDepth), seed);
  }

  /**
   * @param spec the shape
   * @param seed random seed
   * @return the generated network
   */
  public static Network generate(Spec spec, long seed) {
    Objects.requireNonNull(spec, "spec");
    Random rnd = new Random(seed);
    int T = spec.periods();
    Network.Builder b = Network.builder().horizon(Horizon.of(T, 0.08));

    // Countries on a plane (for freight by distance), wages from 1.5 to 45 USD/h.
    double[][] xy = new double[spec.countries()][2];
    List<String> countryIds = new ArrayList<>();
    List<Country> countries = new ArrayList<>();
    for (int c = 0; c < spec.countries(); c++) {
      String id = "C" + c;
      countryIds.add(id);
      xy[c][0] = rnd.nextDouble() * 10;
      xy[c][1] = rnd.nextDouble() * 10;
      double wage = 1.5 * Math.pow(30, rnd.nextDouble());
      double[] wages = new double[T];
      for (int t = 0; t < T; t++) {
        wages[t] = wage * Math.pow(1 + 0.02 + 0.04 * rnd.nextDouble(), t);
      }
      Country country = new Country(id, "Country " + c, Series.of(wages), 0.6 + 0.6 * rnd.nextDouble(), 2000);
      countries.add(country);
      b.country(country);
    }

    // Products in sectors.
    List<Product> products = new ArrayList<>();
    for (int p = 0; p < spec.products(); p++) {
      String sector = SECTORS[p % SECTORS.length];
      Map<String, Double> overrides = new HashMap<>();
      double material = 5 + 95 * rnd.nextDouble();
      if (rnd.nextDouble() < 0.3) {
        overrides.put(countryIds.get(rnd.nextInt(spec.countries())), material * (0.8 + 0.4 * rnd.nextDouble()));
      }
      Product product = new Product("P" + p, "Product " + p, sector, 0.1 + 4.9 * rnd.nextDouble(), material,
          overrides, 0.5 + 1.5 * rnd.nextDouble(), OptionalDouble.empty(), rnd.nextDouble() < 0.2 ? 0.1 : 0);
      products.add(product);
    }
    BomPlan bom = spec.bomDepth() == 0 ? null : new BomPlan(products, spec.bomDepth(), seed);
    if (bom != null) {
      products = bom.products();
    }
    for (Product product : products) {
      b.product(product);
    }
    double[] unitsInAll = bom == null ? null : bom.unitsInAll();

    // Markets and demand.
    double[] totalDemand = new double[spec.products()];
    List<Map<String, Series>> demand = new ArrayList<>();
    for (int m = 0; m < spec.markets(); m++) {
      demand.add(new HashMap<>());
    }
    for (int p = 0; p < spec.products(); p++) {
      for (int m : sample(rnd, spec.markets(), spec.marketsPerProduct())) {
        double base = 10 + 90 * rnd.nextDouble();
        double[] d = new double[T];
        for (int t = 0; t < T; t++) {
          d[t] = Math.round(base * Math.pow(1 + 0.05 * rnd.nextGaussian(), t) * 100) / 100.0;
          d[t] = Math.max(0, d[t]);
          totalDemand[p] += d[t] / T;
        }
        demand.get(m).put("P" + p, Series.of(d));
      }
    }
    for (int m = 0; m < spec.markets(); m++) {
      Map<String, Double> penalty = new HashMap<>();
      for (String p : demand.get(m).keySet()) {
        penalty.put(p, unitsInAll == null ? 2000.0 : 2000.0 * unitsInAll[Integer.parseInt(p.substring(1))]);
      }
      b.market(new Market("M" + m, "Market " + m, countryIds.get(m % spec.countries()), demand.get(m), penalty));
    }

    // Sites: each makes a subset of products; capacity covers its share of their demand with slack.
    List<Set<Integer>> made = new ArrayList<>();
    int[] makers = new int[spec.products()];
    for (int s = 0; s < spec.sites(); s++) {
      Set<Integer> set = new HashSet<>();
      // round-robin start so every product has a maker, then random
      set.add(s % spec.products());
      for (int p : sample(rnd, spec.products(), spec.productsPerSite())) {
        if (set.size() < spec.productsPerSite()) {
          set.add(p);
        }
      }
      made.add(set);
      for (int p : set) {
        makers[p]++;
      }
    }
    double[] derived = bom == null ? new double[spec.products()] : bom.derivedDemand(totalDemand);
    int candidates = (int) Math.round(spec.sites() * spec.candidateShare());
    for (int s = 0; s < spec.sites(); s++) {
      double need = 0;
      Set<String> ids = new HashSet<>();
      for (int p : made.get(s)) {
        need += (totalDemand[p] + derived[p]) * products.get(p).capacityUsePerUnit() / makers[p];
        ids.add("P" + p);
      }
      double capacity = Math.ceil(need * (1.2 + 0.6 * rnd.nextDouble()));
      boolean candidate = s >= spec.sites() - candidates;
      SiteKind kind = candidate ? SiteKind.CANDIDATE : SiteKind.EXISTING;
      double fixed = capacity * (5 + 20 * rnd.nextDouble());
      double capex = candidate ? capacity * (50 + 100 * rnd.nextDouble()) : 0;
      double closing = candidate ? 0 : capacity * 20 * rnd.nextDouble();
      int opening = candidate && T > 1 ? rnd.nextInt(Math.min(2, T)) : 0;
      b.site(new Site("S" + s, "Site " + s, countryIds.get(rnd.nextInt(spec.countries())), kind,
          Series.constant(capacity), Series.constant(fixed), capex, closing, opening, ids));
    }

    // Freight between every pair of countries, by distance.
    for (int o = 0; o < spec.countries(); o++) {
      for (int d = 0; d < spec.countries(); d++) {
        double dist = Math.hypot(xy[o][0] - xy[d][0], xy[o][1] - xy[d][1]);
        b.freight(FreightRate.lane(countryIds.get(o), countryIds.get(d), Math.round((0.5 + dist) * 100) / 100.0));
      }
    }

    // Tariffs: MFN per destination, a floor deal, a sector surcharge and a replacing deal.
    for (int d = 0; d < spec.countries(); d++) {
      String dest = countryIds.get(d);
      b.tariff(TariffMeasure.adValorem("mfn-" + dest, dest, 0.02 + 0.06 * rnd.nextDouble()));
      if (rnd.nextDouble() < 0.5) {
        String origin = countryIds.get((d + 1) % spec.countries());
        b.tariff(TariffMeasure.adValorem("deal-" + dest, dest, 0.15).from(origin).rule(TariffRule.FLOOR));
      }
      if (rnd.nextDouble() < 0.3) {
        b.tariff(TariffMeasure.adValorem("s232-" + dest, dest, 0.25).on(ProductScope.sectors("autos")));
        String origin = countryIds.get((d + 2) % spec.countries());
        b.tariff(TariffMeasure.adValorem("autos-" + dest, dest, 0.15).from(origin)
            .on(ProductScope.sectors("autos")).rule(TariffRule.REPLACE));
      }
    }

    // Subsidies and policies, loose enough to stay feasible.
    String first = countryIds.get(0);
    b.productionCredit(ProductionCredit.of("credit-" + first, first, ProductScope.sectors("batteries"), 5));
    String second = countryIds.get(1);
    b.productionCredit(ProductionCredit.of("capped-" + second, second, ProductScope.sectors("chips"), 8)
        .withBudget(1000 * spec.products()));
    b.investmentCredit(new InvestmentCredit("itc-" + first, first, ProductScope.ALL, 0.25));
    b.jobGrant(new JobGrant("grant-" + second, second, Series.constant(1000)));
    b.policy(new Policy.ConcentrationCap("cap-P0", "P0", 0.95));

    if (bom != null) {
      for (SupplierOffer offer : bom.offers(spec.supplierOffers(), countries, makers, derived, T)) {
        b.supplierOffer(offer);
      }
    }
    return b.build();
  }

  /** Distinct indexes from [0, n), k of them (all if k >= n), in random order. */
  private static int[] sample(Random rnd, int n, int k) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    int take = Math.min(k, n);
    for (int i = 0; i < take; i++) {
      int j = i + rnd.nextInt(n - i);
      int tmp = all[i];
      all[i] = all[j];
      all[j] = tmp;
    }
    return java.util.Arrays.copyOf(all, take);
  }
}
