package dev.footprint.solve.internal;

import dev.footprint.model.CapexAccounting;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.JobGrant;
import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.model.SiteGrant;

/**
 * The objective terms of a {@link Formulation} that hang on the site statuses beyond fixed cost:
 * capex under the horizon's accounting and the sites' construction, investment credits with their
 * construction-start windows, fixed staffing and its payroll, severance, and grants to named sites
 * (docs/model.md: Capex accounting, Construction, Fixed staffing, Site grants).
 */
final class SiteCosts {
  private final Network n;
  private final double[] weight; // [t], weight[T] = 0
  private final int periods;
  private final double rate;
  private final double[] grant; // [s*T + t], discounted
  private final double[][] grantPerJob; // [c][t]

  /**
   * @param network the network
   * @param weight the discount weight of each period, with one more entry, 0, for the period after
   *     the horizon
   */
  SiteCosts(Network network, double[] weight) {
    this.n = network;
    this.weight = weight;
    this.periods = network.periods();
    this.rate = network.horizon().discountRate();
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
   */
  double staffing(int s, int t) {
    Site site = n.sites().get(s);
    if (site.fixedJobs() == 0) {
      return 0;
    }
    int c = n.countryIndex(site.country());
    var country = n.countries().get(c);
    double payroll = site.fixedJobs() * country.hoursPerJob() * country.laborCostPerHour().at(t);
    return weight[t] * (payroll - site.fixedJobs() * grantPerJob[c][t]);
  }

  /**
   * @param s site index of an existing site
   * @return what it costs to close it: its closing cost and severance for its fixed staff
   */
  double closing(int s) {
    Site site = n.sites().get(s);
    return site.closingCost() + site.severancePerJob() * site.fixedJobs();
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
      windows |= c.startFrom().isPresent() || c.startTo().isPresent();
    }
    if (accounting == CapexAccounting.FULL && site.buildPeriods() == 0 && !windows) {
      return null;
    }
    int T = periods;
    double[] value = new double[T];
    for (int t = site.firstOpenPeriod(); t < T; t++) {
      value[t] = charge(site.openingCapex(), site.buildPeriods(), site.assetLife(), t)
          * (1 - n.investmentCreditShare(s, t));
    }
    return value;
  }

  /**
   * The present value of the charges, before credits, of a capex first in service in period t under
   * the horizon's capex accounting (FULL where there is no asset life): spent in t, or evenly over the
   * build periods before t; under RESIDUAL less the book value at the end of the horizon; under
   * ANNUITY the spending's value in t spread into equal charges at the start of each period of the
   * life, charged from t to the end of the horizon. Sites and capacity steps alike.
   *
   * @param capex the capex, USD
   * @param b build periods before t over which it is spent, 0 to spend it in t
   * @param life asset life in periods, 0 for none
   * @param t the first period in service
   * @return the present value of its charges
   */
  double charge(double capex, int b, int life, int t) {
    CapexAccounting accounting = life > 0 ? n.horizon().capexAccounting() : CapexAccounting.FULL;
    int T = periods;
    // Spending: evenly over the b periods before t, or all in t.
    double spent = 0;
    if (b == 0) {
      spent = capex * weight[t];
    } else {
      for (int i = 1; i <= b; i++) {
        spent += capex / b * weight[t - i];
      }
    }
    double gross = spent;
    if (accounting == CapexAccounting.RESIDUAL) {
      double bookShare = Math.max(0, 1 - (double) (T - t) / life);
      gross -= capex * bookShare * Math.pow(1 + rate, -T);
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
        gross += charge * weight[u];
      }
    }
    return gross;
  }
}
