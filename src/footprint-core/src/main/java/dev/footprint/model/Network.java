package dev.footprint.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * A manufacturer's network: countries, products, sites, markets, freight, tariffs and tariff-rate
 * quotas, subsidy programs, policies and the horizon. Immutable and validated when built: every
 * reference resolves, every series fits the horizon, every demand can be met or is allowed to go
 * unmet, no two quotas cover one shipment. A network that has been built can be solved.
 *
 * <p>Scenarios are new networks: {@link #toBuilder()} gives a builder holding this network, to change
 * and build again.
 *
 * <p>(A long class: the aggregate's lookups and its builder belong together, the builder needing the
 * private constructor; the cross-part checks live in {@code NetworkValidation}.)
 */
public final class Network {
  private final Horizon horizon;
  private final Money money;
  private final List<Country> countries;
  private final List<Product> products;
  private final List<Site> sites;
  private final List<Market> markets;
  private final List<FreightRate> freight;
  private final List<TariffMeasure> tariffs;
  private final List<TariffQuota> quotas;
  private final List<ProductionCredit> productionCredits;
  private final List<InvestmentCredit> investmentCredits;
  private final List<JobGrant> jobGrants;
  private final List<SiteGrant> siteGrants;
  private final List<Policy> policies;
  private final List<CapacityStep> capacitySteps;
  private final List<ExchangeRate> exchangeRates;
  private final CurrencyConversion conversion;
  private final List<HiringLimit> hiringLimits;
  private final List<SupplierOffer> supplierOffers;
  private final List<TradeAgreement> agreements;
  private final List<OriginRule> originRules;
  private final List<TransshipmentRule> transshipmentRules;
  private final List<DutyDrawback> dutyDrawbacks;

  private final Map<String, Integer> countryIndex;
  private final Map<String, Integer> productIndex;
  private final Map<String, Integer> siteIndex;
  private final Map<String, Integer> marketIndex;
  private final Map<String, List<FreightRate>> freightByPair;
  private final Map<String, List<TariffMeasure>> tariffsByDestination;

  private Network(Builder b) {
    this.horizon = Objects.requireNonNullElse(b.horizon, Horizon.single());
    this.money = Objects.requireNonNullElse(b.money, Money.USD);
    this.countries = List.copyOf(b.countries);
    this.products = List.copyOf(b.products);
    this.sites = List.copyOf(b.sites);
    this.markets = List.copyOf(b.markets);
    this.freight = List.copyOf(b.freight);
    this.tariffs = List.copyOf(b.tariffs);
    this.quotas = List.copyOf(b.quotas);
    this.productionCredits = List.copyOf(b.productionCredits);
    this.investmentCredits = List.copyOf(b.investmentCredits);
    this.jobGrants = List.copyOf(b.jobGrants);
    this.siteGrants = List.copyOf(b.siteGrants);
    this.policies = List.copyOf(b.policies);
    this.capacitySteps = List.copyOf(b.capacitySteps);
    this.exchangeRates = List.copyOf(b.exchangeRates);
    this.hiringLimits = List.copyOf(b.hiringLimits);
    this.supplierOffers = List.copyOf(b.supplierOffers);
    this.agreements = List.copyOf(b.agreements);
    this.originRules = List.copyOf(b.originRules);
    this.transshipmentRules = List.copyOf(b.transshipmentRules);
    this.dutyDrawbacks = List.copyOf(b.dutyDrawbacks);
    this.countryIndex = index(countries, Country::id, "countries");
    this.productIndex = index(products, Product::id, "products");
    this.siteIndex = index(sites, Site::id, "sites");
    this.marketIndex = index(markets, Market::id, "markets");
    index(tariffs, TariffMeasure::id, "tariffs");
    index(quotas, TariffQuota::id, "quotas");
    index(productionCredits, ProductionCredit::id, "productionCredits");
    index(investmentCredits, InvestmentCredit::id, "investmentCredits");
    index(jobGrants, JobGrant::id, "jobGrants");
    index(siteGrants, SiteGrant::id, "siteGrants");
    index(policies, Policy::id, "policies");
    index(capacitySteps, CapacityStep::id, "capacitySteps");
    index(exchangeRates, ExchangeRate::currency, "exchangeRates");
    index(hiringLimits, HiringLimit::id, "hiringLimits");
    index(supplierOffers, SupplierOffer::id, "supplierOffers");
    index(agreements, TradeAgreement::id, "agreements");
    index(originRules, OriginRule::id, "originRules");
    index(transshipmentRules, TransshipmentRule::id, "transshipmentRules");
    index(dutyDrawbacks, DutyDrawback::id, "dutyDrawbacks");
    this.freightByPair = new HashMap<>();
    for (FreightRate r : freight) {
      freightByPair.computeIfAbsent(r.origin() + "\u0000" + r.destination(), k -> new ArrayList<>()).add(r);
    }
    this.tariffsByDestination = new HashMap<>();
    for (TariffMeasure m : tariffs) {
      tariffsByDestination.computeIfAbsent(m.destination(), k -> new ArrayList<>()).add(m);
    }
    this.conversion = new CurrencyConversion(money, horizon.periods(), countries, exchangeRates);
    new NetworkValidation(this).run();
    new CurrencyValidation(this).run();
    new BomValidation(this).run();
    new OriginValidation(this).run();
  }

  private static <T> Map<String, Integer> index(List<T> items, Function<T, String> id, String field) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Integer previous = out.put(id.apply(items.get(i)), i);
      if (previous != null) {
        throw new InvalidModelException(field + "[" + i + "].id", id.apply(items.get(i)),
            "duplicate id: " + field + "[" + previous + "] has it too");
      }
    }
    return Map.copyOf(out);
  }

  /** @return a new, empty builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding everything in this network */
  public Builder toBuilder() {
    Builder b = new Builder().horizon(horizon).money(money);
    b.countries.addAll(countries);
    b.products.addAll(products);
    b.sites.addAll(sites);
    b.markets.addAll(markets);
    b.freight.addAll(freight);
    b.tariffs.addAll(tariffs);
    b.quotas.addAll(quotas);
    b.productionCredits.addAll(productionCredits);
    b.investmentCredits.addAll(investmentCredits);
    b.jobGrants.addAll(jobGrants);
    b.siteGrants.addAll(siteGrants);
    b.policies.addAll(policies);
    b.capacitySteps.addAll(capacitySteps);
    b.exchangeRates.addAll(exchangeRates);
    b.hiringLimits.addAll(hiringLimits);
    b.supplierOffers.addAll(supplierOffers);
    b.agreements.addAll(agreements);
    b.originRules.addAll(originRules);
    b.transshipmentRules.addAll(transshipmentRules);
    b.dutyDrawbacks.addAll(dutyDrawbacks);
    return b;
  }

  /** @return the horizon */
  public Horizon horizon() {
    return horizon;
  }

  /** @return the currency and unit of every money figure of the network (default: plain USD) */
  public Money money() {
    return money;
  }

  /** @return the number of periods */
  public int periods() {
    return horizon.periods();
  }

  /** @return the countries, in the order added */
  public List<Country> countries() {
    return countries;
  }

  /** @return the products, in the order added */
  public List<Product> products() {
    return products;
  }

  /** @return the sites, in the order added */
  public List<Site> sites() {
    return sites;
  }

  /** @return the markets, in the order added */
  public List<Market> markets() {
    return markets;
  }

  /** @return the freight rates */
  public List<FreightRate> freight() {
    return freight;
  }

  /** @return the tariff measures */
  public List<TariffMeasure> tariffs() {
    return tariffs;
  }

  /** @return the tariff-rate quotas */
  public List<TariffQuota> quotas() {
    return quotas;
  }

  /** @return the production credit programs */
  public List<ProductionCredit> productionCredits() {
    return productionCredits;
  }

  /** @return the investment credit programs */
  public List<InvestmentCredit> investmentCredits() {
    return investmentCredits;
  }

  /** @return the job grant programs */
  public List<JobGrant> jobGrants() {
    return jobGrants;
  }

  /** @return the grants to named sites */
  public List<SiteGrant> siteGrants() {
    return siteGrants;
  }

  /** @return the policies */
  public List<Policy> policies() {
    return policies;
  }

  /** @return the capacity steps: modular expansions of sites (docs/model.md, Capacity steps) */
  public List<CapacityStep> capacitySteps() {
    return capacitySteps;
  }

  /** @return the exchange-rate paths of the countries' local currencies */
  public List<ExchangeRate> exchangeRates() {
    return exchangeRates;
  }

  /** @return the conversion of local money into the network's, which the formulation prices with */
  public CurrencyConversion conversion() {
    return conversion;
  }

  /** @return the limits on hiring per country and period */
  public List<HiringLimit> hiringLimits() {
    return hiringLimits;
  }

  /** @return the external suppliers' offers of components (docs/model.md, Bills of materials) */
  public List<SupplierOffer> supplierOffers() {
    return supplierOffers;
  }

  /** @return the trade agreements (docs/model.md, Origin of goods) */
  public List<TradeAgreement> agreements() {
    return agreements;
  }

  /** @return the regional value content rules of products under agreements */
  public List<OriginRule> originRules() {
    return originRules;
  }

  /** @return the transshipment penalties (docs/model.md, Transshipment) */
  public List<TransshipmentRule> transshipmentRules() {
    return transshipmentRules;
  }

  /** @return the duty drawback programs (docs/model.md, Duty drawback) */
  public List<DutyDrawback> dutyDrawbacks() {
    return dutyDrawbacks;
  }

  /**
   * @param origin origin country id
   * @param destination destination country id
   * @return the trade agreement both are members of, if any (there is one at most)
   */
  public Optional<TradeAgreement> agreementOf(String origin, String destination) {
    Check.key(origin, "origin");
    Check.key(destination, "destination");
    for (TradeAgreement g : agreements) {
      if (g.covers(origin, destination)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /**
   * @param productId product id
   * @param agreementId agreement id
   * @return the product's content rule under the agreement, if any (one at most)
   */
  public Optional<OriginRule> originRule(String productId, String agreementId) {
    Check.key(productId, "product");
    Check.key(agreementId, "agreement");
    for (OriginRule r : originRules) {
      if (r.product().equals(productId) && r.agreement().equals(agreementId)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * @param origin assembly country id
   * @param destination destination country id
   * @param productIdx product index
   * @return the transshipment rule covering that lane and product, if any (one at most)
   */
  public Optional<TransshipmentRule> transshipmentRule(String origin, String destination, int productIdx) {
    Check.key(origin, "origin");
    Check.key(destination, "destination");
    Product p = products.get(productIdx);
    for (TransshipmentRule r : transshipmentRules) {
      if (r.covers(origin, destination, p)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * @param country refunding country id
   * @param productIdx index of the exported finished product
   * @return the drawback program of that country covering it, if any (one at most)
   */
  public Optional<DutyDrawback> dutyDrawback(String country, int productIdx) {
    Check.key(country, "country");
    Product p = products.get(productIdx);
    for (DutyDrawback k : dutyDrawbacks) {
      if (k.country().equals(country) && k.scope().covers(p)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * The agreement a unit of a product made in {@code origin} originates in when shipped to {@code
   * destination} without a claim under a content rule: the lane's agreement if the product has no
   * {@link OriginRule} under it (origin by last substantial transformation), else none.
   *
   * @param origin origin country id
   * @param destination destination country id
   * @param productIdx product index
   * @return the agreement id, or null
   */
  public String defaultOriginatingIn(String origin, String destination, int productIdx) {
    Check.key(origin, "origin");
    Check.key(destination, "destination");
    Optional<TradeAgreement> g = agreementOf(origin, destination);
    if (g.isEmpty() || originRule(products.get(productIdx).id(), g.get().id()).isPresent()) {
      return null;
    }
    return g.get().id();
  }

  /** @return whether some product has a bill of materials */
  public boolean hasBillsOfMaterials() {
    for (Product p : products) {
      if (!p.components().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param id supplier offer id
   * @return its index, or -1
   */
  public int supplierOfferIndex(String id) {
    Check.key(id, "supplierOffer");
    for (int i = 0; i < supplierOffers.size(); i++) {
      if (supplierOffers.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * @param id country id
   * @return its index, or -1
   */
  public int countryIndex(String id) {
    return countryIndex.getOrDefault(Check.key(id, "country"), -1);
  }

  /**
   * @param id product id
   * @return its index, or -1
   */
  public int productIndex(String id) {
    return productIndex.getOrDefault(Check.key(id, "product"), -1);
  }

  /**
   * @param id site id
   * @return its index, or -1
   */
  public int siteIndex(String id) {
    return siteIndex.getOrDefault(Check.key(id, "site"), -1);
  }

  /**
   * @param id market id
   * @return its index, or -1
   */
  public int marketIndex(String id) {
    return marketIndex.getOrDefault(Check.key(id, "market"), -1);
  }

  /**
   * @param id country id
   * @return the country
   * @throws InvalidModelException if there is none with that id
   */
  public Country country(String id) {
    Integer i = countryIndex.get(Check.key(id, "country"));
    if (i == null) {
      throw new InvalidModelException("country", id, "no country has this id");
    }
    return countries.get(i);
  }

  /**
   * @param siteIdx site index
   * @return the country the site lies in
   */
  public Country countryOfSite(int siteIdx) {
    return country(sites.get(siteIdx).country());
  }

  /**
   * Labor hours per unit of a product at a site: the product's hours over the productivity of the
   * site's country.
   *
   * @param productIdx product index
   * @param siteIdx site index
   * @return hours per unit
   */
  public double laborHoursPerUnit(int productIdx, int siteIdx) {
    return products.get(productIdx).laborHoursPerUnit() / countryOfSite(siteIdx).productivity();
  }

  /**
   * @param productIdx product index
   * @param siteIdx site index
   * @param period 0-based period
   * @return labor cost per unit in the network's money (a local wage converted at the period's rate)
   */
  public double laborCostPerUnit(int productIdx, int siteIdx, int period) {
    return laborHoursPerUnit(productIdx, siteIdx) * conversion.wage(countryIndex(sites.get(siteIdx).country()), period);
  }

  /**
   * @param productIdx product index
   * @param siteIdx site index
   * @return material and overhead cost per unit at the site's country, as stated (a country's
   *     override in its own money, where it has a currency)
   */
  public double materialCostPerUnit(int productIdx, int siteIdx) {
    return products.get(productIdx).materialCostIn(sites.get(siteIdx).country());
  }

  /**
   * @param productIdx product index
   * @param siteIdx site index
   * @param period 0-based period
   * @return material and overhead cost per unit at the site's country in the network's money (a
   *     local override converted at the period's rate)
   */
  public double materialCostPerUnit(int productIdx, int siteIdx, int period) {
    return conversion.material(products.get(productIdx), countryIndex(sites.get(siteIdx).country()), period);
  }

  /**
   * @param productIdx product index
   * @param siteIdx site index
   * @return jobs per unit made per period (hours per unit over hours per job)
   */
  public double jobsPerUnit(int productIdx, int siteIdx) {
    return laborHoursPerUnit(productIdx, siteIdx) / countryOfSite(siteIdx).hoursPerJob();
  }

  /**
   * The customs value of a unit made at a site: the declared value if the product has one, otherwise
   * the unit production cost there (materials and labor) times one plus the product's markup.
   *
   * @param productIdx product index
   * @param siteIdx site index
   * @param period 0-based period
   * @return customs value per unit, USD
   */
  public double customsValue(int productIdx, int siteIdx, int period) {
    Product p = products.get(productIdx);
    if (p.declaredCustomsValue().isPresent()) {
      return p.declaredCustomsValue().getAsDouble();
    }
    return (materialCostPerUnit(productIdx, siteIdx, period) + laborCostPerUnit(productIdx, siteIdx, period))
        * (1 + p.customsMarkup());
  }

  /**
   * The tariff on a product shipped from one country to another in a period, with the measures that
   * set it. Domestic shipments pay none.
   *
   * @param origin origin country id
   * @param destination destination country id
   * @param productIdx product index
   * @param period 0-based period
   * @return the effective tariff
   */
  public EffectiveTariff effectiveTariff(String origin, String destination, int productIdx, int period) {
    Check.key(origin, "origin");
    Check.key(destination, "destination");
    if (origin.equals(destination)) {
      return EffectiveTariff.NONE;
    }
    return effectiveTariff(origin, destination, productIdx, period, defaultOriginatingIn(origin, destination, productIdx));
  }

  /**
   * The tariff on goods of a given origin status (docs/model.md, Origin of goods): the measures
   * limited to goods originating in {@code originatingIn} apply, those limited to goods not
   * originating in it do not, and the reverse for every other agreement.
   *
   * @param origin origin country id
   * @param destination destination country id
   * @param productIdx product index
   * @param period 0-based period
   * @param originatingIn the agreement the goods originate in, or null for none
   * @return the effective tariff
   */
  public EffectiveTariff effectiveTariff(String origin, String destination, int productIdx, int period,
      String originatingIn) {
    Check.key(origin, "origin");
    Check.key(destination, "destination");
    if (origin.equals(destination)) {
      return EffectiveTariff.NONE;
    }
    List<TariffMeasure> candidates = tariffsByDestination.getOrDefault(destination, List.of());
    List<TariffMeasure> applying = new ArrayList<>();
    Product p = products.get(productIdx);
    for (TariffMeasure m : candidates) {
      if (m.appliesTo(origin, destination, p, period, originatingIn)) {
        applying.add(m);
      }
    }
    return EffectiveTariff.combine(applying);
  }

  /**
   * The numbers of {@link #effectiveTariff(String, String, int, int)} in every period at once,
   * without the ids of the measures: what a model builder needs. The measures are filtered by lane,
   * product and origin status once, then by period.
   *
   * @param origin origin country id
   * @param destination destination country id
   * @param productIdx product index
   * @return per period {@code t}, the ad valorem rate at {@code 2t} and the specific duty per unit at
   *     {@code 2t + 1}; all zero for a domestic shipment
   */
  public double[] tariffRates(String origin, String destination, int productIdx) {
    Check.key(origin, "origin");
    Check.key(destination, "destination");
    int periods = horizon.periods();
    double[] out = new double[2 * periods];
    if (origin.equals(destination)) {
      return out;
    }
    String originatingIn = defaultOriginatingIn(origin, destination, productIdx);
    Product p = products.get(productIdx);
    List<TariffMeasure> lane = new ArrayList<>();
    boolean everyPeriod = true;
    for (TariffMeasure m : tariffsByDestination.getOrDefault(destination, List.of())) {
      if (m.appliesOnLane(origin, destination, p, originatingIn)) {
        lane.add(m);
        everyPeriod &= m.periods().isEmpty();
      }
    }
    if (lane.isEmpty()) {
      return out;
    }
    if (everyPeriod) {
      EffectiveTariff.rates(lane, out, 0);
      for (int t = 1; t < periods; t++) {
        out[2 * t] = out[0];
        out[2 * t + 1] = out[1];
      }
      return out;
    }
    List<TariffMeasure> inForce = new ArrayList<>(lane.size());
    for (int t = 0; t < periods; t++) {
      inForce.clear();
      for (TariffMeasure m : lane) {
        if (m.inForce(t)) {
          inForce.add(m);
        }
      }
      EffectiveTariff.rates(inForce, out, 2 * t);
    }
    return out;
  }

  /**
   * @param productIdx product index
   * @param siteIdx site index
   * @param marketIdx market index
   * @param period 0-based period
   * @return tariff per unit on that shipment, USD
   */
  public double tariffPerUnit(int productIdx, int siteIdx, int marketIdx, int period) {
    return effectiveTariff(sites.get(siteIdx).country(), markets.get(marketIdx).country(), productIdx, period)
        .dutyPerUnit(customsValue(productIdx, siteIdx, period));
  }

  /**
   * The freight rate for a product from a site to a market, following {@link FreightRate}'s order of
   * precedence.
   *
   * @param productIdx product index
   * @param siteIdx site index
   * @param marketIdx market index
   * @return the cost per unit, USD, or empty if the lane is not possible
   */
  public OptionalDouble freightPerUnit(int productIdx, int siteIdx, int marketIdx) {
    Site s = sites.get(siteIdx);
    String origin = s.country();
    String destination = markets.get(marketIdx).country();
    String product = products.get(productIdx).id();
    FreightRate best = null;
    for (FreightRate r : freightByPair.getOrDefault(origin + "\u0000" + destination, List.of())) {
      boolean matches = r.product().map(product::equals).orElse(true)
          && r.site().map(s.id()::equals).orElse(true);
      if (matches && (best == null || r.specificity() > best.specificity())) {
        best = r;
      }
    }
    if (best != null) {
      return OptionalDouble.of(best.costPerUnit());
    }
    return origin.equals(destination) ? OptionalDouble.of(0) : OptionalDouble.empty();
  }

  /**
   * @param siteIdx site index
   * @return the summed share of capex that investment credits pay back for the site
   */
  public double investmentCreditShare(int siteIdx) {
    double share = 0;
    for (InvestmentCredit c : investmentCredits) {
      if (investmentCreditCovers(c, siteIdx)) {
        share += c.share();
      }
    }
    return share;
  }

  /**
   * @param siteIdx site index
   * @param openingPeriod the period the site opens
   * @return the summed share of capex paid back by the investment credits that cover the site and
   *     whose construction-start window holds the start of its construction (the opening period less
   *     its build periods)
   */
  public double investmentCreditShare(int siteIdx, int openingPeriod) {
    int start = openingPeriod - sites.get(siteIdx).buildPeriods();
    double share = 0;
    for (InvestmentCredit c : investmentCredits) {
      if (c.startsInWindow(start) && investmentCreditCovers(c, siteIdx)) {
        share += c.share();
      }
    }
    return share;
  }

  /**
   * @param credit an investment credit program
   * @param siteIdx site index
   * @return whether the program covers that site (whatever period its construction starts in)
   */
  public boolean investmentCreditCovers(InvestmentCredit credit, int siteIdx) {
    Check.present(credit, "investmentCredit");
    Site s = sites.get(siteIdx);
    if (s.kind() == SiteKind.EXISTING || !credit.country().equals(s.country()) || !credit.namesSite(s.id())) {
      return false;
    }
    if (credit.scope().isAll()) {
      return true;
    }
    for (Product p : products) {
      if (s.mayMake(p.id()) && credit.scope().covers(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param credit a production credit program
   * @param productIdx product index
   * @param siteIdx site index
   * @return whether units of the product made at the site earn the credit
   */
  public boolean productionCreditCovers(ProductionCredit credit, int productIdx, int siteIdx) {
    Check.present(credit, "productionCredit");
    return credit.country().equals(sites.get(siteIdx).country()) && credit.scope().covers(products.get(productIdx));
  }

  /** @return the set of sector names used by the products */
  public Set<String> sectors() {
    Set<String> out = new HashSet<>();
    for (Product p : products) {
      out.add(p.sector());
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Network n && horizon.equals(n.horizon) && money.equals(n.money)
        && countries.equals(n.countries)
        && products.equals(n.products) && sites.equals(n.sites) && markets.equals(n.markets)
        && freight.equals(n.freight) && tariffs.equals(n.tariffs) && quotas.equals(n.quotas)
        && productionCredits.equals(n.productionCredits) && investmentCredits.equals(n.investmentCredits)
        && jobGrants.equals(n.jobGrants) && siteGrants.equals(n.siteGrants) && policies.equals(n.policies)
        && capacitySteps.equals(n.capacitySteps)
        && exchangeRates.equals(n.exchangeRates)
        && hiringLimits.equals(n.hiringLimits) && supplierOffers.equals(n.supplierOffers)
        && agreements.equals(n.agreements) && originRules.equals(n.originRules)
        && transshipmentRules.equals(n.transshipmentRules) && dutyDrawbacks.equals(n.dutyDrawbacks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(horizon, money, countries, products, sites, markets, freight, tariffs, quotas,
        productionCredits, investmentCredits, jobGrants, siteGrants, policies, capacitySteps, exchangeRates,
        hiringLimits, supplierOffers, agreements, originRules, transshipmentRules, dutyDrawbacks);
  }

  @Override
  public String toString() {
    return "Network[" + countries.size() + " countries, " + products.size() + " products, " + sites.size()
        + " sites, " + markets.size() + " markets, " + horizon.periods() + " periods]";
  }

  /** Collects the parts of a network; {@link #build()} validates them. Not thread-safe. */
  public static final class Builder {
    private Horizon horizon;
    private Money money;
    private final List<Country> countries = new ArrayList<>();
    private final List<Product> products = new ArrayList<>();
    private final List<Site> sites = new ArrayList<>();
    private final List<Market> markets = new ArrayList<>();
    private final List<FreightRate> freight = new ArrayList<>();
    private final List<TariffMeasure> tariffs = new ArrayList<>();
    private final List<TariffQuota> quotas = new ArrayList<>();
    private final List<ProductionCredit> productionCredits = new ArrayList<>();
    private final List<InvestmentCredit> investmentCredits = new ArrayList<>();
    private final List<JobGrant> jobGrants = new ArrayList<>();
    private final List<SiteGrant> siteGrants = new ArrayList<>();
    private final List<Policy> policies = new ArrayList<>();
    private final List<CapacityStep> capacitySteps = new ArrayList<>();
    private final List<ExchangeRate> exchangeRates = new ArrayList<>();
    private final List<HiringLimit> hiringLimits = new ArrayList<>();
    private final List<SupplierOffer> supplierOffers = new ArrayList<>();
    private final List<TradeAgreement> agreements = new ArrayList<>();
    private final List<OriginRule> originRules = new ArrayList<>();
    private final List<TransshipmentRule> transshipmentRules = new ArrayList<>();
    private final List<DutyDrawback> dutyDrawbacks = new ArrayList<>();

    private Builder() {}

    /**
     * @param values trade agreements to add
     * @return this builder
     */
    public Builder agreement(TradeAgreement... values) {
      return addAll(agreements, values, "agreement");
    }

    /**
     * @param values content rules of products under agreements to add
     * @return this builder
     */
    public Builder originRule(OriginRule... values) {
      return addAll(originRules, values, "originRule");
    }

    /**
     * @param rule a content rule with the id of one already added
     * @return this builder, with it in that one's place
     */
    public Builder replaceOriginRule(OriginRule rule) {
      return replace(originRules, rule, OriginRule::id, "originRules");
    }

    /**
     * @param values transshipment penalties to add
     * @return this builder
     */
    public Builder transshipmentRule(TransshipmentRule... values) {
      return addAll(transshipmentRules, values, "transshipmentRule");
    }

    /**
     * @param rule a transshipment rule with the id of one already added
     * @return this builder, with it in that one's place
     */
    public Builder replaceTransshipmentRule(TransshipmentRule rule) {
      return replace(transshipmentRules, rule, TransshipmentRule::id, "transshipmentRules");
    }

    /**
     * @param values duty drawback programs to add
     * @return this builder
     */
    public Builder dutyDrawback(DutyDrawback... values) {
      return addAll(dutyDrawbacks, values, "dutyDrawback");
    }

    /**
     * @param value the horizon (default: one period, no discounting)
     * @return this builder
     */
    public Builder horizon(Horizon value) {
      this.horizon = Check.present(value, "horizon");
      return this;
    }

    /**
     * @param value the currency and unit of the network's money (default: {@link Money#USD})
     * @return this builder
     */
    public Builder money(Money value) {
      this.money = Check.present(value, "money");
      return this;
    }

    /**
     * @param values countries to add
     * @return this builder
     */
    public Builder country(Country... values) {
      return addAll(countries, values, "country");
    }

    /**
     * @param values products to add
     * @return this builder
     */
    public Builder product(Product... values) {
      return addAll(products, values, "product");
    }

    /**
     * @param values sites to add
     * @return this builder
     */
    public Builder site(Site... values) {
      return addAll(sites, values, "site");
    }

    /**
     * @param values markets to add
     * @return this builder
     */
    public Builder market(Market... values) {
      return addAll(markets, values, "market");
    }

    /**
     * @param values freight rates to add
     * @return this builder
     */
    public Builder freight(FreightRate... values) {
      return addAll(freight, values, "freight");
    }

    /**
     * @param values tariff measures to add
     * @return this builder
     */
    public Builder tariff(TariffMeasure... values) {
      return addAll(tariffs, values, "tariff");
    }

    /**
     * @param values tariff-rate quotas to add
     * @return this builder
     */
    public Builder quota(TariffQuota... values) {
      return addAll(quotas, values, "quota");
    }

    /**
     * @param values production credit programs to add
     * @return this builder
     */
    public Builder productionCredit(ProductionCredit... values) {
      return addAll(productionCredits, values, "productionCredit");
    }

    /**
     * @param values investment credit programs to add
     * @return this builder
     */
    public Builder investmentCredit(InvestmentCredit... values) {
      return addAll(investmentCredits, values, "investmentCredit");
    }

    /**
     * @param values job grants to add
     * @return this builder
     */
    public Builder jobGrant(JobGrant... values) {
      return addAll(jobGrants, values, "jobGrant");
    }

    /**
     * @param values grants to named sites to add
     * @return this builder
     */
    public Builder siteGrant(SiteGrant... values) {
      return addAll(siteGrants, values, "siteGrant");
    }

    /**
     * @param values policies to add
     * @return this builder
     */
    public Builder policy(Policy... values) {
      return addAll(policies, values, "policy");
    }

    /**
     * @param values exchange-rate paths to add, one per local currency
     * @return this builder
     */
    public Builder exchangeRate(ExchangeRate... values) {
      return addAll(exchangeRates, values, "exchangeRate");
    }

    /**
     * Replaces the investment credit program with the same id.
     *
     * @param credit the new version
     * @return this builder
     */
    public Builder replaceInvestmentCredit(InvestmentCredit credit) {
      return replace(investmentCredits, credit, InvestmentCredit::id, "investmentCredits");
    }

    /**
     * Replaces the exchange-rate path of the same currency.
     *
     * @param rate the new path
     * @return this builder
     */
    public Builder replaceExchangeRate(ExchangeRate rate) {
      return replace(exchangeRates, rate, ExchangeRate::currency, "exchangeRates");
    }

    /** @return this builder without any freight rate */
    public Builder clearFreight() {
      freight.clear();
      return this;
    }

    /**
     * @param id tariff measure id to remove
     * @return this builder
     */
    public Builder removeTariff(String id) {
      return remove(tariffs, id, TariffMeasure::id, "tariffs");
    }

    /**
     * @param id tariff-rate quota id to remove
     * @return this builder
     */
    public Builder removeQuota(String id) {
      return remove(quotas, id, TariffQuota::id, "quotas");
    }

    /**
     * @param id policy id to remove
     * @return this builder
     */
    public Builder removePolicy(String id) {
      return remove(policies, id, Policy::id, "policies");
    }

    /**
     * @param id production credit id to remove
     * @return this builder
     */
    public Builder removeProductionCredit(String id) {
      return remove(productionCredits, id, ProductionCredit::id, "productionCredits");
    }

    /**
     * @param id investment credit id to remove
     * @return this builder
     */
    public Builder removeInvestmentCredit(String id) {
      return remove(investmentCredits, id, InvestmentCredit::id, "investmentCredits");
    }

    /**
     * Replaces the site with the same id.
     *
     * @param site the new version
     * @return this builder
     */
    public Builder replaceSite(Site site) {
      return replace(sites, site, Site::id, "sites");
    }

    /**
     * Replaces the production credit program with the same id.
     *
     * @param credit the new version
     * @return this builder
     */
    public Builder replaceProductionCredit(ProductionCredit credit) {
      return replace(productionCredits, credit, ProductionCredit::id, "productionCredits");
    }

    /**
     * Replaces the policy with the same id.
     *
     * @param policy the new version
     * @return this builder
     */
    public Builder replacePolicy(Policy policy) {
      return replace(policies, policy, Policy::id, "policies");
    }

    /**
     * Replaces the market with the same id.
     *
     * @param market the new version
     * @return this builder
     */
    public Builder replaceMarket(Market market) {
      return replace(markets, market, Market::id, "markets");
    }

    /**
     * Replaces the country with the same id.
     *
     * @param country the new version
     * @return this builder
     */
    public Builder replaceCountry(Country country) {
      return replace(countries, country, Country::id, "countries");
    }

    /**
     * Replaces the tariff measure with the same id.
     *
     * @param measure the new version
     * @return this builder
     */
    public Builder replaceTariff(TariffMeasure measure) {
      return replace(tariffs, measure, TariffMeasure::id, "tariffs");
    }

    /**
     * Replaces the tariff-rate quota with the same id.
     *
     * @param quota the new version
     * @return this builder
     */
    public Builder replaceQuota(TariffQuota quota) {
      return replace(quotas, quota, TariffQuota::id, "quotas");
    }

    /**
     * @param values capacity steps to add
     * @return this builder
     */
    public Builder capacityStep(CapacityStep... values) {
      return addAll(capacitySteps, values, "capacityStep");
    }

    /**
     * Replaces the capacity step with the same id.
     *
     * @param step the new version
     * @return this builder
     */
    public Builder replaceCapacityStep(CapacityStep step) {
      return replace(capacitySteps, step, CapacityStep::id, "capacitySteps");
    }

    /**
     * @param values limits on hiring to add
     * @return this builder
     */
    public Builder hiringLimit(HiringLimit... values) {
      return addAll(hiringLimits, values, "hiringLimit");
    }

    /**
     * @param values external suppliers' offers of components to add
     * @return this builder
     */
    public Builder supplierOffer(SupplierOffer... values) {
      return addAll(supplierOffers, values, "supplierOffer");
    }

    /**
     * Replaces the supplier offer with the same id.
     *
     * @param offer the new version
     * @return this builder
     */
    public Builder replaceSupplierOffer(SupplierOffer offer) {
      return replace(supplierOffers, offer, SupplierOffer::id, "supplierOffers");
    }

    /**
     * Replaces the product with the same id.
     *
     * @param product the new version
     * @return this builder
     */
    public Builder replaceProduct(Product product) {
      return replace(products, product, Product::id, "products");
    }

    /**
     * @param limit a hiring limit with the id of one already added
     * @return this builder, with it in that one's place
     */
    public Builder replaceHiringLimit(HiringLimit limit) {
      return replace(hiringLimits, limit, HiringLimit::id, "hiringLimits");
    }

    /**
     * @return the validated network
     * @throws InvalidModelException naming the first problem found
     */
    public Network build() {
      return new Network(this);
    }

    private <T> Builder addAll(List<T> list, T[] values, String what) {
      Check.present(values, what);
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          throw new InvalidModelException(what + "[" + (list.size() + i) + "]", null, "must not be null");
        }
      }
      list.addAll(List.of(values));
      return this;
    }

    private <T> Builder remove(List<T> list, String id, Function<T, String> idOf, String what) {
      Check.key(id, what);
      if (!list.removeIf(x -> idOf.apply(x).equals(id))) {
        throw new InvalidModelException(what, id, "no element has this id");
      }
      return this;
    }

    private <T> Builder replace(List<T> list, T value, Function<T, String> idOf, String what) {
      String id = idOf.apply(Check.present(value, what));
      for (int i = 0; i < list.size(); i++) {
        if (idOf.apply(list.get(i)).equals(id)) {
          list.set(i, value);
          return this;
        }
      }
      throw new InvalidModelException(what, id, "no element has this id");
    }
  }
}
