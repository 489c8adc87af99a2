package dev.footprint.solve.internal;

import dev.footprint.model.CapexAccounting;
import dev.footprint.model.CurrencyConversion;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.JobGrant;
import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.model.SiteGrant;

/**
 * The objective terms of a {@link Formulation} that hang on the site statuses beyond fixed cost:
 * capex under the horizon's accounting and the sites' construction, investment credits with their
 * construction-start windows, fixed staffing and its payroll, severance, and grants to named sites
 * (docs/model.md: Capex accounting, Construction, Fixed staffing, Site grants). The costs of a site in
 * a country with a local currency are converted at the rate of the period they are paid in
 * (Exchange rates); the credits of programs with a budget are left to {@code InvestmentCapRows}. With
 * a terminal value (docs/model.md, Terminal value), the terms that recur while operating (fixed cost,
 * fixed payroll less its job grants, and the annuity charges under ANNUITY) weigh the operating weight,
 * which counts the last period's terms over the terminal window too; grants, closing costs and capex
 * spending keep the discount weight.
 */
final class SiteCosts {
  private final Network n;
  private final double[] weight; // [t], weight[T] = 0
  private final double[] operating; // [t], the weight of recurring terms, operating[T] = 0
  private final int periods;
  private final double rate;
  private final double[] grant; // [s*T + t], discounted
  private final double[][] grantPerJob; // [c][t]
  private final CurrencyConversion fx;

  /**
   * @param network the network
   * @param weight the discount weight of each period, with one more entry, 0, for the period after
   *     the horizon
   * @param operating the weight of the terms that recur while operating, the same but for the last
   *     period with a terminal value
   */
  SiteCosts(Network network, double[] weight, double[] operating) {
    this.n = network;
    this.weight = weight;
    this.operating = operating;
    this.periods = network.periods();
    this.rate = network.horizon().discountRate();
    this.fx = network.conversion();
    int T = periods;
    grant = new double[network.sites().size() * T];
    for (SiteGrant g : network.siteGrants()) {
      grant[network.siteIndex(g.site()) * T + g.period()] += weight[g.period()] * g.amount();
    }
    grantPerJob = new double[network.countries().size()][T];
    for (JobGrant g : network.jobGrants()) {
      int c = network.countryIndex(g.country());
      for (int t = 0; t < T; t++) {
        grantPerJob[c][t] += g.grantPerJob().at(t);
      }
    }
  }

  /**
   * @param s site index
   * @param t period
   * @return the discounted grants to the site paid in t if it is open then
   */
  double grant(int s, int t) {
    return grant[s * periods + t];
  }

  /**
   * @param s site index
   * @param t period
   * @return the discounted payroll of the site's fixed staff in t, less the job grants on those jobs
   *     (with the last period's over the terminal window)
   */
  double staffing(int s, int t) {
    Site site = n.sites().get(s);
    if (site.fixedJobs() == 0) {
      return 0;
    }
    int c = n.countryIndex(site.country());
    var country = n.countries().get(c);
    double payroll = site.fixedJobs() * country.hoursPerJob() * fx.wage(c, t);
    return operating[t] * (payroll - site.fixedJobs() * grantPerJob[c][t]);
  }

  /**
   * @param s site index of an existing site
   * @return what it costs to close it: its closing cost and severance for its fixed staff, in its
   *     country's money
   */
  double closing(int s) {
    Site site = n.sites().get(s);
    return site.closingCost() + site.severancePerJob() * site.fixedJobs();
  }

  /**
   * @param s site index of an existing site
   * @param t period, up to the number of periods
   * @return the discounted cost of closing it in t, converted at the rate of t; 0 after the horizon
   */
  double closingValue(int s, int t) {
    return t >= periods ? 0 : closing(s) * factor(s, t) * weight[t];
  }

  /**
   * @param s site index
   * @param t period
   * @return the discounted fixed cost of the site in t, converted at the rate of t (with the last
   *     period's over the terminal window)
   */
  double fixed(int s, int t) {
    return operating[t] * n.sites().get(s).fixedCost().at(t) * factor(s, t);
  }

  private double factor(int s, int t) {
    return fx.factor(n.countryIndex(n.sites().get(s).country()), t);
  }

  /**
   * @param s site index of a candidate or committed site
   * @param t the period it opens in
   * @return its capex in the network's money, undiscounted: each share converted at the rate of the
   *     period it is spent in
   */
  double capexSpent(int s, int t) {
    Site site = n.sites().get(s);
    int b = site.buildPeriods();
    if (b == 0) {
      return site.openingCapex() * factor(s, t);
    }
    double spent = 0;
    for (int i = 1; i <= b; i++) {
      spent += site.openingCapex() / b * factor(s, t - i);
    }
    return spent;
  }

  /**
   * @param s site index of a candidate or committed site
   * @return {@link #capexSpent} for each opening period from its first possible one, 0 before
   */
  double[] capexByOpening(int s) {
    double[] out = new double[periods];
    for (int t = n.sites().get(s).firstOpenPeriod(); t < periods; t++) {
      out[t] = capexSpent(s, t);
    }
    return out;
  }

  /**
   * @param credit an investment credit
   * @return whether a budget caps it (its credits are then variables, not coefficients)
   */
  static boolean capped(InvestmentCredit credit) {
    return credit.budget().isPresent();
  }

  /**
   * @param s site index
   * @param t opening period
   * @return the summed share of the uncapped investment credits covering s if it opens in t
   */
  private double uncappedShare(int s, int t) {
    int start = t - n.sites().get(s).buildPeriods();
    double share = 0;
    for (InvestmentCredit c : n.investmentCredits()) {
      if (!capped(c) && c.startsInWindow(start) && n.investmentCreditCovers(c, s)) {
        share += c.share();
      }
    }
    return share;
  }

  /**
   * The present value of the capex charges of a candidate or committed site, net of investment
   * credits, if it opens in t, for every t from its first possible opening period; null where that is
   * the capex net of a constant credit share paid at opening (no asset life under an accounting
   * that uses it, no construction, no credit window), which the formulation telescopes as it always
   * has.
   *
   * @param s site index
   * @return the values by opening period (0 before the site may open), or null
   */
  double[] openingValue(int s) {
    Site site = n.sites().get(s);
    CapexAccounting accounting = site.assetLife() > 0 ? n.horizon().capexAccounting() : CapexAccounting.FULL;
    boolean windows = false;
    for (InvestmentCredit c : n.investmentCredits()) {
      windows |= c.startFrom().isPresent() || c.startTo().isPresent() || capped(c);
    }
    boolean local = fx.isLocal(n.countryIndex(site.country()));
    if (accounting == CapexAccounting.FULL && site.buildPeriods() == 0 && !windows && !local) {
      return null;
    }
    int T = periods;
    double[] value = new double[T];
    for (int t = site.firstOpenPeriod(); t < T; t++) {
      value[t] = grossCharge(s, t) * (1 - uncappedShare(s, t));
    }
    return value;
  }

  /**
   * The present value of the capex charges of a candidate or committed site if it opens in t, before
   * investment credits, in the network's money (docs/model.md, Capex accounting and Exchange rates).
   *
   * @param s site index
   * @param t opening period, from the site's first possible one
   * @return the charges
   */
  double grossCharge(int s, int t) {
    Site site = n.sites().get(s);
    return charge(site.openingCapex(), site.buildPeriods(), site.assetLife(), t, n.countryIndex(site.country()));
  }

  /**
   * The present value of the charges, before credits, of a capex first in service in period t under
   * the horizon's capex accounting (FULL where there is no asset life): spent in t, or evenly over the
   * build periods before t, each share converted at its period's exchange rate; under RESIDUAL less the
   * book value at the end of the horizon (a share of the capex as converted when spent); under ANNUITY
   * the spending's value in t spread into equal charges at the start of each period of the life,
   * charged from t to the end of the horizon, and with a terminal value over the terminal window too
   * (the asset renewed at the end of each life, as within the horizon). Sites and capacity steps alike.
   *
   * @param capex the capex, in the money of the country it is spent in
   * @param b build periods before t over which it is spent, 0 to spend it in t
   * @param life asset life in periods, 0 for none
   * @param t the first period in service
   * @param country index of the country it is spent in
   * @return the present value of its charges, in the network's money
   */
  double charge(double capex, int b, int life, int t, int country) {
    CapexAccounting accounting = life > 0 ? n.horizon().capexAccounting() : CapexAccounting.FULL;
    int T = periods;
    // Spending: evenly over the b periods before t, or all in t, each share at its period's rate.
    double spent = 0;
    double spentUndiscounted = 0;
    if (b == 0) {
      spentUndiscounted = capex * fx.factor(country, t);
      spent = spentUndiscounted * weight[t];
    } else {
      for (int i = 1; i <= b; i++) {
        double share = capex / b * fx.factor(country, t - i);
        spentUndiscounted += share;
        spent += share * weight[t - i];
      }
    }
    double gross = spent;
    if (accounting == CapexAccounting.RESIDUAL) {
      // the book value at historical cost: a share of the capex as converted when spent
      double bookShare = Math.max(0, 1 - (double) (T - t) / life);
      gross -= spentUndiscounted * bookShare * Math.pow(1 + rate, -T);
    } else if (accounting == CapexAccounting.ANNUITY) {
      // The spending's value at opening, paid back by equal charges at the start of each of
      // `life` periods from the opening.
      double atOpening = spent / weight[t];
      double dueFactor = 0;
      for (int i = 0; i < life; i++) {
        dueFactor += Math.pow(1 + rate, -i);
      }
      double charge = atOpening / dueFactor;
      gross = 0;
      for (int u = t; u < T; u++) {
        gross += charge * operating[u]; // a recurring charge: the last one over the terminal window too
      }
    }
    return gross;
  }
}
