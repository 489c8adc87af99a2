package dev.footprint.result;

import dev.footprint.model.Country;
import dev.footprint.model.JobGrant;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Site;
import dev.footprint.model.SiteGrant;
import dev.footprint.model.SiteKind;
import dev.footprint.model.TariffQuota;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an allocation costs and does, computed in plain Java from the network and the decisions alone
 * (no solver involved). Costs are present values: each period's cost is weighted by the horizon's
 * discount weight. Capex per country is gross and undiscounted, the figure a pledge counts. With a
 * terminal value, the last period's recurring terms are counted again over the terminal window, that
 * part under {@link CostKind#TERMINAL_VALUE} (docs/model.md, Terminal value).
 *
 * <p>Unit costs, tariffs (the stacking of measures, the customs value, tariff-rate quotas, each
 * filled with the units that save the most duty first, and the origin of goods: claims, drawback and
 * foreign-trade zones, {@code OriginPricing}), freight, jobs and the scope of credit
 * programs are computed by this package's own code from the records' fields, not by the network's
 * helpers that the formulation uses, so that the two are checked against each other.
 *
 * <p>(A long class: every cost kind is summed into the same maps by kind, product and country, and
 * the terms of a made unit are shared by shipments and component flows.)
 */
public final class Evaluation {
  private final Network network;
  private Allocation allocation;
  private final EnumMap<CostKind, Double> byKind = new EnumMap<>(CostKind.class);
  private final Map<String, EnumMap<CostKind, Double>> byProduct = new LinkedHashMap<>();
  private final Map<String, EnumMap<CostKind, Double>> byCountry = new LinkedHashMap<>();
  private final Map<String, Double> tariffsByLane = new LinkedHashMap<>();
  private final Map<String, Double> dutyByRule = new LinkedHashMap<>();
  private final Map<String, Double> subsidiesByProgram = new LinkedHashMap<>();
  private final Map<String, Double> capexByCountry = new LinkedHashMap<>();
  private final Map<String, double[]> jobsByCountry = new LinkedHashMap<>();
  private final List<QuotaUse> quotaUse = new ArrayList<>();
  private final Map<String, Double> investmentAwarded = new LinkedHashMap<>();
  private double total;
  private double terminal; // the terminal window's annuity factor A, from Pricing
  private int last; // the last period

  private Evaluation(Network network) {
    this.network = network;
  }

  /**
   * @param allocation the decisions
   * @return their costs and indicators
   */
  public static Evaluation of(Allocation allocation) {
    Evaluation e = new Evaluation(allocation.network());
    e.allocation = allocation;
    e.compute(allocation);
    return e;
  }

  private void compute(Allocation a) {
    Network n = network;
    Pricing price = new Pricing(n);
    Sales sales = new Sales(n);
    int periods = n.periods();
    terminal = price.terminal();
    last = periods - 1;
    for (CostKind k : CostKind.values()) {
      byKind.put(k, 0.0);
    }
    for (Country c : n.countries()) {
      jobsByCountry.put(c.id(), new double[periods]);
      capexByCountry.put(c.id(), 0.0);
    }
    for (ProductionCredit c : n.productionCredits()) {
      subsidiesByProgram.put(c.id(), 0.0);
    }
    for (dev.footprint.model.InvestmentCredit c : n.investmentCredits()) {
      subsidiesByProgram.put(c.id(), 0.0);
    }
    for (JobGrant g : n.jobGrants()) {
      subsidiesByProgram.put(g.id(), 0.0);
    }
    for (SiteGrant g : n.siteGrants()) {
      subsidiesByProgram.put(g.id(), 0.0);
    }
    // Units eligible under each capped program, per period and product, to apportion its claims.
    double[][][] eligible = new double[n.productionCredits().size()][periods][n.products().size()];
    // Units each tariff-rate quota covers, per period and site.
    double[][][] covered = new double[n.quotas().size()][periods][n.sites().size()];

    for (Shipment s : a.shipments()) {
      int p = n.productIndex(s.product());
      int site = n.siteIndex(s.site());
      int m = n.marketIndex(s.market());
      int t = s.period();
      double w = n.horizon().weight(t) * s.units();
      String product = s.product();
      String country = n.sites().get(site).country();
      made(p, site, t, s.units(), price, eligible);
      double freight = price.freight(p, site, m);
      recurring(CostKind.FREIGHT, product, country, w * (Double.isNaN(freight) ? 0 : freight), t);
      double tariff = recurring(CostKind.TARIFFS, product, country, w * price.duty(p, site, m, t), t);
      tariffsByLane.merge(country + "->" + n.markets().get(m).country(), tariff, Double::sum);
      if (sales.profitMode()) {
        // revenue counts where the market is, like lost sales
        recurring(CostKind.REVENUE, product, n.markets().get(m).country(), -w * sales.price(p, m, t), t);
      }
      int quota = price.quota(p, country, n.markets().get(m).country(), t);
      if (quota >= 0) {
        covered[quota][t][site] += s.units();
      }
    }
    for (ComponentFlow f : a.componentFlows()) {
      component(f, price, eligible);
    }
    // claims' savings, drawback refunds and zone-entry duty (docs/model.md, Origin of goods)
    price.origins().costs(a, (product, country, lane, rule, value, t) -> {
      double term = recurring(CostKind.TARIFFS, product, country, value, t);
      tariffsByLane.merge(lane, term, Double::sum);
      dutyByRule.merge(rule, term, Double::sum);
    });
    fillQuotas(price, covered);
    for (int k = 0; k < n.productionCredits().size(); k++) {
      ProductionCredit c = n.productionCredits().get(k);
      if (c.budget().isEmpty()) {
        continue;
      }
      for (int t = 0; t < periods; t++) {
        double claim = a.creditClaimed(c.id(), t);
        if (claim == 0) {
          continue;
        }
        double credit = n.horizon().weight(t) * claim;
        subsidiesByProgram.merge(c.id(), credit, Double::sum);
        double units = 0;
        for (double u : eligible[k][t]) {
          units += u;
        }
        for (int p = 0; p < n.products().size(); p++) {
          double share = units > 0 ? eligible[k][t][p] / units : 0;
          if (share > 0) {
            add(CostKind.PRODUCTION_CREDITS, n.products().get(p).id(), null, -credit * share);
          }
        }
        if (!(units > 0)) {
          byKind.merge(CostKind.PRODUCTION_CREDITS, -credit, Double::sum);
        }
        countryEntry(c.country()).merge(CostKind.PRODUCTION_CREDITS, -credit, Double::sum);
      }
    }
    for (int s = 0; s < n.sites().size(); s++) {
      Site site = n.sites().get(s);
      String country = site.country();
      double previous = site.kind() == SiteKind.EXISTING ? 1 : 0;
      for (int t = 0; t < periods; t++) {
        double y = a.siteStatus(site.id(), t);
        double w = n.horizon().weight(t);
        recurring(CostKind.FIXED, null, country, w * y * price.fixed(s, t), t);
        if (site.fixedJobs() > 0) {
          fixedStaff(s, t, y, w, price);
        }
        if (site.kind() == SiteKind.EXISTING) {
          add(CostKind.CLOSING, null, country, w * (previous - y) * price.closing(s, t));
        } else if (site.closable() && y < previous) {
          // a closable candidate closing: its closing cost and severance; the capex stays charged
          add(CostKind.CLOSING, null, country, w * (previous - y) * price.closing(s, t));
        } else if (y != previous) {
          // What opening in t is charged, over construction, the asset life or the horizon.
          double opened = y - previous;
          double charge = opened * price.capexCharge(s, t);
          add(CostKind.CAPEX, null, country, charge);
          capexByCountry.merge(country, opened * price.capexIn(s, t), Double::sum);
          for (dev.footprint.model.InvestmentCredit c : n.investmentCredits()) {
            if (c.budget().isPresent()) {
              continue; // awarded below, within the program's budget
            }
            if (price.investmentCreditCovers(c, s, t)) {
              add(CostKind.INVESTMENT_CREDITS, null, country, -charge * c.share());
              subsidiesByProgram.merge(c.id(), charge * c.share(), Double::sum);
            }
          }
        }
        previous = y;
      }
    }
    StepCosts.add(a, price, (country, value) -> add(CostKind.EXPANSION_CAPEX, null, country, value));
    new InvestmentAwards(n, price).award(a, this::addInvestmentCredit);
    LaborChecks.severance(a, price, (country, cost) -> add(CostKind.SEVERANCE, null, country, cost));
    for (SiteGrant g : n.siteGrants()) {
      double grant = n.horizon().weight(g.period()) * a.siteStatus(g.site(), g.period()) * g.amount();
      add(CostKind.SITE_GRANTS, null, n.sites().get(n.siteIndex(g.site())).country(), -grant);
      subsidiesByProgram.merge(g.id(), grant, Double::sum);
    }
    for (LostSale l : a.lostSales()) {
      Market market = n.markets().get(n.marketIndex(l.market()));
      Double penalty = market.lostSalesPenalty().get(l.product());
      double cost = n.horizon().weight(l.period()) * l.units() * (penalty == null ? 0 : penalty);
      recurring(CostKind.LOST_SALES, l.product(), market.country(), cost, l.period());
    }
    total = 0;
    for (double v : byKind.values()) {
      total += v;
    }
  }

  /**
   * The terms of units of product p made at a site in period t, shipped or sent on as components:
   * materials, labor, production credits (uncapped ones here, capped ones counted as eligible),
   * jobs and the job grants they earn.
   */
  private void made(int p, int site, int t, double units, Pricing price, double[][][] eligible) {
    Network n = network;
    double w = n.horizon().weight(t) * units;
    String product = n.products().get(p).id();
    String country = n.sites().get(site).country();
    recurring(CostKind.MATERIALS, product, country, w * price.material(p, site, t), t);
    recurring(CostKind.LABOR, product, country, w * price.labor(p, site, t), t);
    for (int k = 0; k < n.productionCredits().size(); k++) {
      ProductionCredit c = n.productionCredits().get(k);
      if (price.productionCreditCovers(c, p, site)) {
        if (c.budget().isPresent()) {
          eligible[k][t][p] += units;
        } else {
          double credit = -recurring(CostKind.PRODUCTION_CREDITS, product, country, -w * c.creditPerUnit().at(t), t);
          subsidiesByProgram.merge(c.id(), credit, Double::sum);
        }
      }
    }
    double jobs = units * price.jobs(p, site);
    jobsByCountry.get(country)[t] += jobs;
    for (JobGrant g : n.jobGrants()) {
      if (g.country().equals(country)) {
        double grant = -recurring(CostKind.JOB_GRANTS, product, country,
            -n.horizon().weight(t) * jobs * g.grantPerJob().at(t), t);
        subsidiesByProgram.merge(g.id(), grant, Double::sum);
      }
    }
  }

  /**
   * A component flow (docs/model.md, Bills of materials): a made unit's terms where it comes from a
   * site, the price under MATERIALS where it is bought; freight of its lane under FREIGHT and the
   * duty at the assembly border (none into a foreign-trade zone) under TARIFFS (by lane), counted in
   * the assembling site's country but for the made unit's own terms.
   */
  private void component(ComponentFlow f, Pricing price, double[][][] eligible) {
    Network n = network;
    int p = n.productIndex(f.product());
    int to = n.siteIndex(f.to());
    int from = n.siteIndex(f.from());
    int t = f.period();
    double w = n.horizon().weight(t) * f.units();
    String destination = n.sites().get(to).country();
    String origin = price.origins().sourceCountry(f.from());
    if (from >= 0) {
      made(p, from, t, f.units(), price, eligible);
    } else {
      double unitPrice = n.supplierOffers().get(n.supplierOfferIndex(f.from())).pricePerUnit().at(t);
      recurring(CostKind.MATERIALS, f.product(), destination, w * unitPrice, t);
    }
    double freight = price.laneFreight(p, from, origin, destination);
    recurring(CostKind.FREIGHT, f.product(), destination, w * (Double.isNaN(freight) ? 0 : freight), t);
    // at the component's default origin status; none into a foreign-trade zone
    double tariff = recurring(CostKind.TARIFFS, f.product(), destination, w * price.origins().flowDuty(p, f.from(), to, t), t);
    if (!origin.equals(destination)) {
      tariffsByLane.merge(origin + "->" + destination, tariff, Double::sum);
    }
  }

  /** Records the present value of an investment credit awarded within a program's budget. */
  private void addInvestmentCredit(String program, String country, double value, double awarded) {
    add(CostKind.INVESTMENT_CREDITS, null, country, -value);
    subsidiesByProgram.merge(program, value, Double::sum);
    investmentAwarded.merge(program, awarded, Double::sum);
  }

  /**
   * @param creditId the id of an investment credit program with a budget
   * @return the credits it awards, undiscounted (what counts against its budget); 0 for another id
   */
  public double investmentCreditAwarded(String creditId) {
    return investmentAwarded.getOrDefault(creditId, 0.0);
  }

  /**
   * The fixed staff of a site in a period, open to the extent y: its payroll, its jobs, and the job
   * grants those jobs earn.
   */
  private void fixedStaff(int s, int t, double y, double w, Pricing price) {
    Site site = network.sites().get(s);
    String country = site.country();
    recurring(CostKind.FIXED_PAYROLL, null, country, w * y * price.fixedPayroll(s, t), t);
    double jobs = y * site.fixedJobs();
    jobsByCountry.get(country)[t] += jobs;
    for (JobGrant g : network.jobGrants()) {
      if (g.country().equals(country)) {
        double grant = -recurring(CostKind.JOB_GRANTS, null, country, -w * jobs * g.grantPerJob().at(t), t);
        subsidiesByProgram.merge(g.id(), grant, Double::sum);
      }
    }
  }

  /**
   * Fills each tariff-rate quota, in each period it is in force, with the covered units that save the
   * most duty first, up to its volume, and credits the savings against the out-of-quota duty charged
   * on every covered unit: the least duty the shipments can pay.
   */
  private void fillQuotas(Pricing price, double[][][] covered) {
    Network n = network;
    for (int k = 0; k < n.quotas().size(); k++) {
      TariffQuota q = n.quotas().get(k);
      int p = n.productIndex(q.product());
      for (int t = 0; t < n.periods(); t++) {
        if (!(q.periods().isEmpty() || q.periods().contains(t))) {
          continue;
        }
        double[] units = covered[k][t];
        double[] saving = new double[units.length];
        Integer[] order = new Integer[units.length];
        double total = 0;
        for (int s = 0; s < units.length; s++) {
          order[s] = s;
          total += units[s];
          saving[s] = units[s] > 0 ? Math.max(0, price.quotaSaving(k, p, s, t)) : 0;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(saving[y], saving[x]));
        double volume = q.volume().at(t);
        double left = volume;
        double saved = 0;
        for (int s : order) {
          double in = Math.min(units[s], left);
          if (!(in > 0)) {
            continue;
          }
          left -= in;
          String country = n.sites().get(s).country();
          double amount = -recurring(CostKind.TARIFFS, q.product(), country, -n.horizon().weight(t) * in * saving[s], t);
          tariffsByLane.merge(country + "->" + q.destination(), -amount, Double::sum);
          saved += amount;
        }
        quotaUse.add(new QuotaUse(q.id(), t, volume, total, Math.min(volume, total), saved));
      }
    }
  }

  /**
   * Adds a term that recurs while operating, discounted to the present, in period t: in the last
   * period with a terminal value, its repetition over the terminal window, A times the term, is
   * added under {@link CostKind#TERMINAL_VALUE} with the same product and country.
   *
   * @return the term with its terminal part
   */
  private double recurring(CostKind kind, String product, String country, double value, int t) {
    add(kind, product, country, value);
    if (t != last || terminal == 0) {
      return value;
    }
    add(CostKind.TERMINAL_VALUE, product, country, value * terminal);
    return value * (1 + terminal);
  }

  private EnumMap<CostKind, Double> countryEntry(String country) {
    return byCountry.computeIfAbsent(country, k -> zeros());
  }

  private void add(CostKind kind, String product, String country, double value) {
    byKind.merge(kind, value, Double::sum);
    if (product != null) {
      byProduct.computeIfAbsent(product, k -> zeros()).merge(kind, value, Double::sum);
    }
    if (country != null) {
      countryEntry(country).merge(kind, value, Double::sum);
    }
  }

  private static EnumMap<CostKind, Double> zeros() {
    EnumMap<CostKind, Double> m = new EnumMap<>(CostKind.class);
    for (CostKind k : CostKind.values()) {
      m.put(k, 0.0);
    }
    return m;
  }

  /**
   * @return the total cost (present value), the objective of the model; in profit mode cost less
   *     revenue, the negative of {@link #profit()}
   */
  public double total() {
    return total;
  }

  /** @return the present value of the revenue of the units sold: 0 unless the model maximizes profit */
  public double revenue() {
    return -byKind.get(CostKind.REVENUE);
  }

  /** @return the present value of the profit, revenue less cost: {@code -total()} */
  public double profit() {
    return -total;
  }

  /**
   * @param kind a cost kind
   * @return its present value (negative for credits)
   */
  public double cost(CostKind kind) {
    return byKind.get(kind);
  }

  /** @return present value by cost kind */
  public Map<CostKind, Double> byKind() {
    return Collections.unmodifiableMap(byKind);
  }

  /**
   * @return per product id, present value by kind of the costs tied to units (materials, labor,
   *     freight, tariffs, production credits, job grants, lost sales)
   */
  public Map<String, Map<CostKind, Double>> byProduct() {
    return Collections.unmodifiableMap(byProduct);
  }

  /**
   * @return per country id, present value by kind; production costs count where the site is, lost
   *     sales where the market is
   */
  public Map<String, Map<CostKind, Double>> byCountry() {
    return Collections.unmodifiableMap(byCountry);
  }

  /** @return present value of tariffs paid per lane, keyed "origin->destination" */
  public Map<String, Double> tariffsByLane() {
    return Collections.unmodifiableMap(tariffsByLane);
  }

  /**
   * How the origin of goods changed the duty (docs/model.md, Origin of goods), in present value: per
   * origin or transshipment rule, the duty its claims saved (negative); per drawback program, the
   * duty it refunded (negative); per foreign-trade-zone site, "zone:SITE", the duty paid on entry from
   * it. Empty without claims, refunds or zone entries. The duty of units that do not qualify is in
   * {@link #tariffsByLane()}.
   *
   * @return the change in duty per rule, program or zone
   */
  public Map<String, Double> dutyByRule() {
    return Collections.unmodifiableMap(dutyByRule);
  }

  /**
   * @return for each tariff-rate quota and each period it is in force, in the network's order, the
   *     units it covers and those entered within it
   */
  public List<QuotaUse> quotaUse() {
    return Collections.unmodifiableList(quotaUse);
  }

  /** @return present value received per subsidy program id (production, investment, job) */
  public Map<String, Double> subsidiesByProgram() {
    return Collections.unmodifiableMap(subsidiesByProgram);
  }

  /** @return gross capex of sites opened over the horizon per country id, undiscounted */
  public Map<String, Double> capexByCountry() {
    return Collections.unmodifiableMap(capexByCountry);
  }

  /**
   * @param countryId country id
   * @param period 0-based period
   * @return full-time jobs at the country's sites in that period: those the units made need, and
   *     the fixed staff of its open sites
   */
  public double jobs(String countryId, int period) {
    double[] v = jobsByCountry.get(countryId);
    return v == null ? 0 : v[period];
  }

  /**
   * @param productId product id
   * @return the present value of the unit-driven costs of the product
   */
  public double productCost(String productId) {
    Map<CostKind, Double> m = byProduct.get(productId);
    return m == null ? 0 : m.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /**
   * @return the cost by kind, one kind a line, then the total: present values labelled with the
   *     network's money, written for people by {@link Figures#money(double, double)} (fixed payroll
   *     only for a network with fixed staff, site grants only for one with grants to sites, expansion
   *     capex only for one with capacity steps, severance only for one with a site that pays it on
   *     variable jobs, revenue and the profit, on the total's line, only in profit mode, the terminal
   *     value only with one); then,
   *     for a network with tariff-rate quotas, the units within each quota in each period
   */
  public String describe() {
    double magnitude = Math.abs(total);
    for (double v : byKind.values()) {
      magnitude = Math.max(magnitude, Math.abs(v));
    }
    Map<CostKind, Double> shown = new EnumMap<>(byKind);
    if (network.sites().stream().allMatch(s -> s.fixedJobs() == 0)) {
      shown.remove(CostKind.FIXED_PAYROLL);
    }
    if (network.siteGrants().isEmpty()) {
      shown.remove(CostKind.SITE_GRANTS);
    }
    if (network.capacitySteps().isEmpty()) {
      shown.remove(CostKind.EXPANSION_CAPEX);
    }
    if (network.sites().stream().noneMatch(Site::variableSeverance)) {
      shown.remove(CostKind.SEVERANCE);
    }
    if (network.horizon().terminalValue().isNone()) {
      shown.remove(CostKind.TERMINAL_VALUE);
    }
    boolean profitMode = network.horizon().maximizesProfit();
    if (!profitMode) {
      shown.remove(CostKind.REVENUE);
    }
    String[] names = new String[shown.size() + 1];
    String[] amounts = new String[names.length];
    int i = 0;
    for (Map.Entry<CostKind, Double> e : shown.entrySet()) {
      names[i] = e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      amounts[i++] = Figures.money(e.getValue(), magnitude);
    }
    names[i] = profitMode ? "total (profit " + Figures.money(-total, magnitude) + ")" : "total";
    amounts[i] = Figures.money(total, magnitude);
    int nameWidth = 0;
    int amountWidth = 0;
    for (int k = 0; k < names.length; k++) {
      nameWidth = Math.max(nameWidth, names[k].length());
      amountWidth = Math.max(amountWidth, amounts[k].length());
    }
    StringBuilder sb = new StringBuilder((profitMode ? "cost by kind less revenue" : "cost by kind")
        + ", present value (" + network.money().label() + ")\n");
    for (int k = 0; k < names.length; k++) {
      sb.append("  ").append(names[k]).append(" ".repeat(nameWidth - names[k].length() + 2))
          .append(" ".repeat(amountWidth - amounts[k].length())).append(amounts[k]).append('\n');
    }
    if (!quotaUse.isEmpty()) {
      sb.append("tariff-rate quotas (units within the quota of units it covers)\n");
      for (QuotaUse u : quotaUse) {
        sb.append("  ").append(u.quota()).append(' ').append(network.horizon().label(u.period())).append(": ")
            .append(Figures.money(u.inQuota())).append(" of ").append(Figures.money(u.units()))
            .append(" (volume ").append(Figures.money(u.volume())).append(")\n");
      }
    }
    return sb.toString();
  }

  /** @return the allocation evaluated */
  public Allocation allocation() {
    return allocation;
  }
}
