package dev.footprint.result;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffQuota;
import dev.footprint.model.TariffRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-unit and per-site figures of a network, computed here from the records' own fields: unit
 * costs, customs values, the stacking of tariff measures, which tariff-rate quota a shipment counts
 * against and what entering within it saves, freight precedence, jobs, the scope, shares and
 * construction-start windows of credit programs, capex charged under the horizon's accounting and a
 * site's construction (in closed form, where the formulation sums period by period), fixed payroll
 * and closing costs, each converted from a country's local currency at the rate of the period it is
 * paid in (from the countries' currencies and the network's exchange-rate paths, read here). The
 * formulation prices the same things through the network's
 * helpers ({@code Network.effectiveTariff}, {@code customsValue}, {@code freightPerUnit}, {@code
 * investmentCreditShare}, {@code productionCreditCovers}, {@code ProductScope.covers}, {@code
 * TariffQuota.covers}, {@code InvestmentCredit.startsInWindow}, {@code InvestmentCredit.namesSite},
 * {@code Site.firstOpenPeriod}, {@code CurrencyConversion}); this class
 * calls none of them, so that a mistake in either is caught when the verifier compares the solver's
 * objective with the cost recomputed here (docs/model.md gives the rules both follow). The origin of
 * goods (agreements, content rules, the status a measure is limited to, drawback and zones) is priced
 * by {@link OriginPricing}, likewise on its own.
 */
final class Pricing {
  private final Network n;
  private final Map<String, Country> countries = new HashMap<>();
  private final Map<Long, double[]> tariffs = new HashMap<>();
  private final Map<String, List<FreightRate>> freightByPair = new HashMap<>();
  private final double[] creditShare;
  private final Map<String, double[]> perLocalUnit = new HashMap<>(); // country id -> [t], absent: 1
  private final double terminal;
  private final OriginPricing origins;

  Pricing(Network network) {
    this.n = network;
    this.origins = new OriginPricing(network, this);
    for (Country c : network.countries()) {
      countries.put(c.id(), c);
    }
    for (FreightRate r : network.freight()) {
      freightByPair.computeIfAbsent(r.origin() + "\u0000" + r.destination(), k -> new ArrayList<>()).add(r);
    }
    for (Country c : network.countries()) {
      String code = c.currency().orElse(network.money().currency());
      for (dev.footprint.model.ExchangeRate r : network.exchangeRates()) {
        if (r.currency().equals(code) && !code.equals(network.money().currency())) {
          double[] f = new double[network.periods()];
          for (int t = 0; t < f.length; t++) {
            f[t] = 1 / r.rate().at(t);
          }
          perLocalUnit.put(c.id(), f);
        }
      }
    }
    terminal = terminalFactor(network.horizon().terminalValue(), network.horizon().discountRate());
    creditShare = new double[network.sites().size()];
    for (int s = 0; s < creditShare.length; s++) {
      for (InvestmentCredit c : network.investmentCredits()) {
        if (investmentCreditCovers(c, s)) {
          creditShare[s] += c.share();
        }
      }
    }
  }

  /**
   * The annuity factor A of the terminal window (docs/model.md, Terminal value), in closed form
   * where the model sums period by period: {@code 1 / r} for a perpetuity, {@code (1 - v^N) / r} for
   * N periods ({@code N} at a rate of 0), 0 for none.
   */
  static double terminalFactor(dev.footprint.model.TerminalValue value, double r) {
    return switch (value.kind()) {
      case NONE -> 0;
      case PERPETUITY -> 1 / r;
      case PERIODS -> r == 0 ? value.periods() : (1 - Math.pow(1 + r, -value.periods())) / r;
    };
  }

  /** @return the pricing of the origin of goods, which draws its rates from this */
  OriginPricing origins() {
    return origins;
  }

  /** @return the annuity factor A of the terminal window, 0 without a terminal value */
  double terminal() {
    return terminal;
  }

  /** Whether a scope covers a product: listed by id or by sector, or the scope lists nothing. */
  static boolean covers(ProductScope scope, Product p) {
    return scope.products().isEmpty() && scope.sectors().isEmpty() || scope.products().contains(p.id())
        || scope.sectors().contains(p.sector());
  }

  private Country countryOf(int site) {
    return countries.get(n.sites().get(site).country());
  }

  /**
   * Network money per unit of a site's country's money in period t: one over the exchange rate of
   * its currency, 1 for a country in the network's currency.
   */
  double fx(int site, int t) {
    double[] f = perLocalUnit.get(n.sites().get(site).country());
    return f == null ? 1 : f[t];
  }

  /**
   * The material cost per unit in period t, in the network's money: the override of the site's
   * country converted at the rate of t, else the product's own cost.
   */
  double material(int p, int site, int t) {
    Product product = n.products().get(p);
    Double v = product.materialCostByCountry().get(n.sites().get(site).country());
    return v != null ? v * fx(site, t) : product.materialCostPerUnit();
  }

  /** The fixed cost of a site in period t while it is open, in the network's money. */
  double fixed(int site, int t) {
    return n.sites().get(site).fixedCost().at(t) * fx(site, t);
  }

  double laborHours(int p, int site) {
    return n.products().get(p).laborHoursPerUnit() / countryOf(site).productivity();
  }

  double labor(int p, int site, int t) {
    return laborHours(p, site) * countryOf(site).laborCostPerHour().at(t) * fx(site, t);
  }

  double jobs(int p, int site) {
    return laborHours(p, site) / countryOf(site).hoursPerJob();
  }

  double customsValue(int p, int site, int t) {
    Product product = n.products().get(p);
    if (product.declaredCustomsValue().isPresent()) {
      return product.declaredCustomsValue().getAsDouble();
    }
    return (material(p, site, t) + labor(p, site, t)) * (1 + product.customsMarkup());
  }

  /**
   * The ad valorem rate and specific duty on product p from one country into another in period t,
   * for goods of the default origin status ({@link OriginPricing#defaultStatus}).
   */
  double[] tariff(String origin, String destination, int p, int t) {
    return tariff(origin, destination, p, t, origins.defaultStatus(origin, destination, p));
  }

  /**
   * The ad valorem rate and specific duty on product p from one country into another in period t,
   * for goods originating in agreement {@code originatingIn} (null: in none): of the measures in
   * force, those limited to an origin status only where the goods have it (originating in the
   * measure's agreement or not); of these, the REPLACE ones alone if any applies (their rates and
   * duties summed); otherwise the larger of the summed ADD rates and the largest FLOOR rate, with the
   * duties of all summed. A domestic shipment pays none.
   */
  double[] tariff(String origin, String destination, int p, int t, String originatingIn) {
    if (origin.equals(destination)) {
      return new double[2];
    }
    Product product = n.products().get(p);
    String lane = origins.agreementOf(origin, destination);
    int status = originatingIn == null ? 0 : originatingIn.equals(lane) ? 1 : -1;
    if (status < 0) {
      return stack(origin, destination, product, t, originatingIn); // an agreement the lane is not in: not cached
    }
    long key = ((long) n.countryIndex(origin) * n.countries().size() + n.countryIndex(destination))
        * n.products().size() * n.periods() + (long) p * n.periods() + t;
    return tariffs.computeIfAbsent(2 * key + status, k -> stack(origin, destination, product, t, originatingIn));
  }

  private double[] stack(String origin, String destination, Product product, int t, String originatingIn) {
    double add = 0;
    double floor = 0;
    double specific = 0;
    double replaceRate = 0;
    double replaceSpecific = 0;
    boolean replaced = false;
    for (TariffMeasure m : n.tariffs()) {
      boolean inForce = m.destination().equals(destination)
          && (m.origins().isEmpty() || m.origins().contains(origin))
          && (m.periods().isEmpty() || m.periods().contains(t))
          && covers(m.scope(), product)
          && m.originCondition().map(c -> c.originating() == c.agreement().equals(originatingIn)).orElse(true);
      if (!inForce) {
        continue;
      }
      if (m.rule() == TariffRule.REPLACE) {
        replaced = true;
        replaceRate += m.adValoremRate();
        replaceSpecific += m.specificDutyPerUnit();
      } else {
        specific += m.specificDutyPerUnit();
        if (m.rule() == TariffRule.FLOOR) {
          floor = Math.max(floor, m.adValoremRate());
        } else {
          add += m.adValoremRate();
        }
      }
    }
    return replaced ? new double[] {replaceRate, replaceSpecific} : new double[] {Math.max(add, floor), specific};
  }

  /**
   * Duty per unit of p made at a site and sold in a market in period t, before claims: for a shipment
   * a tariff-rate quota covers, the out-of-quota duty (the quota's own where it states one); for one
   * under a content rule, that of a unit that does not qualify ({@link OriginPricing#ruledDuty});
   * otherwise the measures' at the default origin status.
   */
  double duty(int p, int site, int market, int t) {
    String origin = n.sites().get(site).country();
    String destination = n.markets().get(market).country();
    OriginPricing.ContentRule rule = origins.contentRule(p, origin, destination);
    if (rule != null) {
      return origins.ruledDuty(rule, p, site, origin, destination, t);
    }
    int k = quota(p, origin, destination, t);
    double[] rate = k >= 0 && n.quotas().get(k).outOfQuotaRate().isPresent()
        ? new double[] {n.quotas().get(k).outOfQuotaRate().getAsDouble(), n.quotas().get(k).outOfQuotaSpecificDutyPerUnit()}
        : tariff(origin, destination, p, t);
    if (rate[0] == 0 && rate[1] == 0) {
      return 0;
    }
    return rate[0] * customsValue(p, site, t) + rate[1];
  }

  /**
   * The quota a shipment of product p from one country into another in period t counts against: the
   * one on that product and destination whose origins list the origin (or are empty) and whose periods
   * list t (or are empty); never for a domestic shipment.
   *
   * @return its index, or -1
   */
  int quota(int p, String origin, String destination, int t) {
    if (origin.equals(destination)) {
      return -1;
    }
    String product = n.products().get(p).id();
    for (int k = 0; k < n.quotas().size(); k++) {
      TariffQuota q = n.quotas().get(k);
      if (q.product().equals(product) && q.destination().equals(destination)
          && (q.origins().isEmpty() || q.origins().contains(origin))
          && (q.periods().isEmpty() || q.periods().contains(t))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The duty a unit of p made at a site saves by entering within quota k in period t: its
   * out-of-quota duty less the in-quota duty.
   */
  double quotaSaving(int k, int p, int site, int t) {
    TariffQuota q = n.quotas().get(k);
    double[] out = q.outOfQuotaRate().isPresent()
        ? new double[] {q.outOfQuotaRate().getAsDouble(), q.outOfQuotaSpecificDutyPerUnit()}
        : tariff(n.sites().get(site).country(), q.destination(), p, t);
    return (out[0] - q.inQuotaRate()) * customsValue(p, site, t) + out[1] - q.inQuotaSpecificDutyPerUnit();
  }

  /**
   * Freight per unit: of the rates from the site's country to the market's, the one limited to the
   * site and the product, else to the site, else to the product, else the country pair's; NaN where
   * none exists between two countries, 0 for a domestic shipment without a rate.
   */
  double freight(int p, int site, int market) {
    return laneFreight(p, site, n.sites().get(site).country(), n.markets().get(market).country());
  }

  /**
   * Freight per unit of p from a country to another, for a component flow: with a source site, the
   * rate limited to it and the product, else to it, else to the product, else the pair's; without one
   * (a supplier), the product's rate, else the pair's; NaN where none exists between two countries, 0
   * for a domestic flow without a rate.
   */
  double laneFreight(int p, int site, String origin, String destination) {
    String product = n.products().get(p).id();
    String siteId = site >= 0 ? n.sites().get(site).id() : null;
    double[] byRank = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    for (FreightRate r : freightByPair.getOrDefault(origin + "\u0000" + destination, List.of())) {
      if (r.product().isPresent() && !r.product().get().equals(product)
          || r.site().isPresent() && !r.site().get().equals(siteId)) {
        continue;
      }
      int rank = (r.site().isPresent() ? 2 : 0) + (r.product().isPresent() ? 1 : 0);
      if (Double.isNaN(byRank[rank])) {
        byRank[rank] = r.costPerUnit();
      }
    }
    for (int rank = 3; rank >= 0; rank--) {
      if (!Double.isNaN(byRank[rank])) {
        return byRank[rank];
      }
    }
    return origin.equals(destination) ? 0 : Double.NaN;
  }

  boolean productionCreditCovers(ProductionCredit k, int p, int site) {
    return k.country().equals(n.sites().get(site).country()) && covers(k.scope(), n.products().get(p));
  }

  /**
   * Whether an investment credit covers a site: a candidate or committed site in the program's
   * country that may make some product of its scope (any site, for a scope of every product).
   */
  boolean investmentCreditCovers(InvestmentCredit c, int site) {
    Site s = n.sites().get(site);
    if (s.kind() == SiteKind.EXISTING || !c.country().equals(s.country())
        || !c.sites().isEmpty() && !c.sites().contains(s.id())) {
      return false;
    }
    for (Product p : n.products()) {
      if ((s.products().isEmpty() || s.products().contains(p.id())) && covers(c.scope(), p)) {
        return true;
      }
    }
    return c.scope().products().isEmpty() && c.scope().sectors().isEmpty();
  }

  /** The summed share of the investment credits covering a site. */
  double investmentCreditShare(int site) {
    return creditShare[site];
  }

  /**
   * Whether an investment credit covers a site that opens in a period: it covers the site, and the
   * site's construction starts (the opening period less its build periods) within the credit's
   * window, where it has one.
   */
  boolean investmentCreditCovers(InvestmentCredit c, int site, int opening) {
    int start = opening - n.sites().get(site).buildPeriods();
    boolean afterFrom = c.startFrom().isEmpty() || c.startFrom().getAsInt() <= start;
    boolean beforeTo = c.startTo().isEmpty() || start <= c.startTo().getAsInt();
    return afterFrom && beforeTo && investmentCreditCovers(c, site);
  }

  /**
   * The present value of the capex charges, before investment credits, of a candidate or committed
   * site that opens in period t, in closed form with v = 1 / (1 + r) and T periods: spending K v^t,
   * or K/B times the sum of v^(t-i) for i = 1..B over B construction periods; under the residual
   * accounting, less the book value K max(0, 1 - (T - t)/L) discounted by v^T; under the annuity, the
   * spending's value at opening divided by the annuity-due factor (1 - v^L)/(1 - v), charged in each
   * period from t to T - 1, and with a terminal value A more times at the weight v^(T-1) of the last
   * period. A site without an asset life is charged in full.
   */
  double capexCharge(int site, int t) {
    Site s = n.sites().get(site);
    return charge(s.openingCapex(), s.buildPeriods(), s.assetLife(), t, site);
  }

  /**
   * The present value of the capex charges of one module of a capacity step first in place in period
   * t: as for a site without construction ({@link #capexCharge}), with the step's capex (in the money
   * of its site's country) and asset life.
   */
  double stepCharge(int step, int t) {
    dev.footprint.model.CapacityStep k = n.capacitySteps().get(step);
    return charge(k.capex(), 0, k.assetLife(), t, n.siteIndex(k.site()));
  }

  /**
   * A capex k, in the money of the country of the given site, spent over b periods before t (or in
   * t), first in service in t, with an asset life.
   */
  private double charge(double k, int b, int life, int t, int site) {
    int horizon = n.periods();
    double r = n.horizon().discountRate();
    double v = 1 / (1 + r);
    double spent;
    double undiscounted; // the capex in the network's money, each share at the rate of its period
    if (perLocalUnit.containsKey(n.sites().get(site).country())) {
      // converted at the rate of each period a share is spent in: summed, as the rates differ
      spent = 0;
      undiscounted = 0;
      for (int i = b == 0 ? 0 : 1; i <= b; i++) {
        double share = (b == 0 ? k : k / b) * fx(site, t - i);
        undiscounted += share;
        spent += share * Math.pow(v, t - i);
      }
    } else {
      spent = b == 0 ? k * Math.pow(v, t) : k / b * (r == 0 ? b : Math.pow(v, t - 1) * (Math.pow(1 + r, b) - 1) / r);
      undiscounted = k;
    }
    if (life == 0) {
      return spent;
    }
    switch (n.horizon().capexAccounting()) {
      case RESIDUAL -> {
        return spent - undiscounted * Math.max(0, 1 - (horizon - t) / (double) life) * Math.pow(v, horizon);
      }
      case ANNUITY -> {
        double due = r == 0 ? life : (1 - Math.pow(v, life)) / (1 - v);
        double remaining = (r == 0 ? horizon - t : (Math.pow(v, t) - Math.pow(v, horizon)) / (1 - v))
            + terminal * Math.pow(v, horizon - 1);
        return spent / Math.pow(v, t) / due * remaining;
      }
      default -> {
        return spent;
      }
    }
  }

  /**
   * The capex of a candidate or committed site that opens in period t, in the network's money and
   * undiscounted: all of it at the rate of t, or 1/B of it at the rate of each of the B construction
   * periods before t.
   */
  double capexIn(int site, int t) {
    Site s = n.sites().get(site);
    int b = s.buildPeriods();
    if (b == 0) {
      return s.openingCapex() * fx(site, t);
    }
    double sum = 0;
    for (int i = 1; i <= b; i++) {
      sum += fx(site, t - i);
    }
    return s.openingCapex() * sum / b;
  }

  /**
   * The fixed payroll of a site in period t while it is open: its fixed jobs times its country's
   * hours per job and labor cost per hour.
   */
  double fixedPayroll(int site, int t) {
    Site s = n.sites().get(site);
    if (s.fixedJobs() == 0) {
      return 0;
    }
    Country c = countryOf(site);
    return s.fixedJobs() * c.hoursPerJob() * c.laborCostPerHour().at(t) * fx(site, t);
  }

  /**
   * The cost of closing an existing site in period t (its first period closed): its closing cost and
   * severance for its fixed jobs, in the network's money at the rate of t.
   */
  double closing(int site, int t) {
    return closing(site) * fx(site, t);
  }

  /** The cost of closing an existing site, its closing cost and severance, in its country's money. */
  double closing(int site) {
    Site s = n.sites().get(site);
    return s.closingCost() + s.fixedJobs() * s.severancePerJob();
  }
}
