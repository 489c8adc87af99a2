package dev.footprint.solve.internal;

import dev.footprint.model.Country;
import dev.footprint.model.JobGrant;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.model.TariffQuota;
import dev.footprint.result.Allocation;
import dev.footprint.result.LostSale;
import dev.footprint.result.Shipment;
import dev.footprint.solve.SolveOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The mixed-integer model of a network, as dense integer indexes (see docs/model.md for the math).
 *
 * <p>Variables, in this order: {@code ship[a,t]} for every arc (product, site, market) and period;
 * {@code active[s,t]} for every site and period; {@code lost[p,m,t]} where a penalty allows lost
 * sales; {@code claim[k,t]} for every budget-capped production credit; {@code inQuota[k,s,t]} for
 * the tariff-rate quotas ({@code QuotaRows}); {@code source[a,t]} for single-sourced markets
 * ({@code SourcingRows}); {@code step[k,t]} for the capacity steps ({@code StepRows}); {@code opens[s,t]}
 * and {@code closes[s,t]} for the closable candidates ({@code ClosingRows}); {@code award[k,s,o]} for
 * investment credits with a budget ({@code InvestmentCapRows}); {@code fall[s,t]}, the variable jobs a
 * site with severance on them loses ({@code LaborRows}, which also writes the ramp-up terms of the
 * capacity rows and the hiring-limit rows); {@code flow[i,t]} for the components brought to assembling
 * sites ({@code BomRows}); {@code claim[a,t]}, {@code use[i,g,t]}, {@code refund[i,p,t]} and {@code
 * entry[i,p,t]} for the origin of goods ({@code OriginRows}, {@code DutyReliefRows}). Local money is converted by the network's {@code
 * CurrencyConversion}. The coefficients are computed once here; {@link #emit} writes them to a
 * {@link LinearModel}.
 *
 * <p>(A long class: the coefficients and the rows of demand, capacity, linking, site dynamics and
 * credits share one set of dense index arrays. The quota, sourcing and policy rows are written by
 * {@code QuotaRows}, {@code SourcingRows} and {@code PolicyRows}; the site-status costs of capex
 * accounting, construction, credit windows, fixed staffing and site grants come from {@code
 * SiteCosts}.)
 */
public final class Formulation {
  private static final double INF = Double.POSITIVE_INFINITY;

  final Network n;
  final SolveOptions options;
  final int periods;
  final int productCount;
  final int siteCount;
  final int marketCount;

  // Arcs, ordered by site, then product, then market.
  final int arcCount;
  final int[] arcProduct;
  final int[] arcSite;
  final int[] arcMarket;
  final int[] siteArcStart; // arcs of site s: [siteArcStart[s], siteArcStart[s+1])
  final int[] demandArcStart; // arcs into (p, m): demandArcs[demandArcStart[p*M+m] ..]
  final int[] demandArcs;
  final int[] productArcStart; // arcs of product p: productArcs[productArcStart[p] ..]
  final int[] productArcs;
  final int[] lostSlot; // p*M+m -> index among lost-sale pairs, or -1
  final int lostPairCount;
  final int[] cappedCredits; // indexes of production credits with a budget

  final int shipBase = 0;
  final int activeBase;
  final int lostBase;
  final int claimBase;
  final int inQuotaBase;
  final int sourceBase;
  final int variableCount;
  final QuotaRows quotaRows;
  final SourcingRows sourcingRows = new SourcingRows();
  final int stepBase;
  final StepRows stepRows;
  final int closingBase;
  final ClosingRows closingRows;
  final int awardBase;
  final InvestmentCapRows capRows = new InvestmentCapRows();
  final SiteCosts siteCosts;
  final int fallBase;
  final LaborRows laborRows = new LaborRows();
  final int bomBase;
  final BomRows bomRows;
  final int originBase;
  final OriginRows originRows;
  final int reliefBase;
  final DutyReliefRows reliefRows;

  // Coefficients.
  final double[] shipCost; // [a*T + t], discounted
  final double[] activeCost; // [s*T + t], discounted, capex and closing telescoped
  final double objectiveOffset;
  final double[] activeLower; // [s*T + t]
  final double[] activeUpper;
  final double[] jobsPerUnitOfArc; // [a]
  final int[] countryOfSite;
  final int[] countryOfMarket;
  final double[] demand; // [(p*M + m)*T + t]
  /**
   * The weight of the terms that recur while operating: w_t, and w_{T-1} (1 + A) in the last period
   * with a terminal value (docs/model.md, Terminal value); one more entry, 0, after the horizon.
   */
  final double[] operatingWeight;
  // Rows of the last emit, for duals: -1 where no row was written.
  private int[] demandRow;
  private int[] capacityRow;
  private PolicyRows policyRows;

  /**
   * Computes indexes and coefficients.
   *
   * @param network the network
   * @param options solve options (site fixings, linking strengthening)
   */
  public Formulation(Network network, SolveOptions options) {
    this.n = network;
    this.options = options;
    this.periods = network.periods();
    this.productCount = network.products().size();
    this.siteCount = network.sites().size();
    this.marketCount = network.markets().size();
    int T = periods;

    countryOfSite = new int[siteCount];
    for (int s = 0; s < siteCount; s++) {
      countryOfSite[s] = network.countryIndex(network.sites().get(s).country());
    }
    boolean[][] demanded = new boolean[productCount][marketCount];
    demand = new double[productCount * marketCount * T];
    countryOfMarket = new int[marketCount];
    for (int m = 0; m < marketCount; m++) {
      countryOfMarket[m] = network.countryIndex(network.markets().get(m).country());
      for (Map.Entry<String, Series> e : network.markets().get(m).demand().entrySet()) {
        int p = network.productIndex(e.getKey());
        demanded[p][m] = e.getValue().anyPositive();
        for (int t = 0; t < T; t++) {
          demand[(p * marketCount + m) * T + t] = e.getValue().at(t);
        }
      }
    }
    FreightTable freight = new FreightTable(network);

    // Arcs and their freight.
    int capacityGuess = 16;
    int[] ap = new int[capacityGuess];
    int[] as = new int[capacityGuess];
    int[] am = new int[capacityGuess];
    double[] af = new double[capacityGuess];
    int count = 0;
    siteArcStart = new int[siteCount + 1];
    for (int s = 0; s < siteCount; s++) {
      siteArcStart[s] = count;
      Site site = network.sites().get(s);
      for (int p = 0; p < productCount; p++) {
        if (!site.mayMake(network.products().get(p).id())) {
          continue;
        }
        for (int m = 0; m < marketCount; m++) {
          if (!demanded[p][m]) {
            continue;
          }
          double f = freight.rate(p, s, countryOfSite[s], countryOfMarket[m]);
          if (Double.isNaN(f)) {
            continue;
          }
          if (count == ap.length) {
            int len = ap.length * 2;
            ap = java.util.Arrays.copyOf(ap, len);
            as = java.util.Arrays.copyOf(as, len);
            am = java.util.Arrays.copyOf(am, len);
            af = java.util.Arrays.copyOf(af, len);
          }
          ap[count] = p;
          as[count] = s;
          am[count] = m;
          af[count] = f;
          count++;
        }
      }
    }
    siteArcStart[siteCount] = count;
    arcCount = count;
    arcProduct = java.util.Arrays.copyOf(ap, count);
    arcSite = java.util.Arrays.copyOf(as, count);
    arcMarket = java.util.Arrays.copyOf(am, count);
    double[] arcFreight = java.util.Arrays.copyOf(af, count);

    // Arcs grouped by (product, market), counting sort.
    demandArcStart = new int[productCount * marketCount + 1];
    for (int a = 0; a < arcCount; a++) {
      demandArcStart[arcProduct[a] * marketCount + arcMarket[a] + 1]++;
    }
    for (int i = 0; i < productCount * marketCount; i++) {
      demandArcStart[i + 1] += demandArcStart[i];
    }
    demandArcs = new int[arcCount];
    int[] fill = java.util.Arrays.copyOf(demandArcStart, productCount * marketCount);
    for (int a = 0; a < arcCount; a++) {
      demandArcs[fill[arcProduct[a] * marketCount + arcMarket[a]]++] = a;
    }

    productArcStart = new int[productCount + 1];
    for (int a = 0; a < arcCount; a++) {
      productArcStart[arcProduct[a] + 1]++;
    }
    for (int p = 0; p < productCount; p++) {
      productArcStart[p + 1] += productArcStart[p];
    }
    productArcs = new int[arcCount];
    int[] next = java.util.Arrays.copyOf(productArcStart, productCount);
    for (int a = 0; a < arcCount; a++) {
      productArcs[next[arcProduct[a]]++] = a;
    }

    // Lost sales pairs.
    lostSlot = new int[productCount * marketCount];
    java.util.Arrays.fill(lostSlot, -1);
    int lost = 0;
    for (int m = 0; m < marketCount; m++) {
      Market market = network.markets().get(m);
      for (String product : ProfitTerms.unservable(network, market)) {
        int p = network.productIndex(product);
        if (demanded[p][m]) {
          lostSlot[p * marketCount + m] = lost++;
        }
      }
    }
    lostPairCount = lost;

    List<Integer> capped = new ArrayList<>();
    for (int k = 0; k < network.productionCredits().size(); k++) {
      if (network.productionCredits().get(k).budget().isPresent()) {
        capped.add(k);
      }
    }
    cappedCredits = capped.stream().mapToInt(Integer::intValue).toArray();

    activeBase = shipBase + arcCount * T;
    lostBase = activeBase + siteCount * T;
    claimBase = lostBase + lostPairCount * T;
    inQuotaBase = claimBase + cappedCredits.length * T;
    quotaRows = new QuotaRows(network);

    // Per-unit costs of shipments.
    double[] weight = new double[T + 1];
    for (int t = 0; t < T; t++) {
      weight[t] = network.horizon().weight(t);
    }
    weight[T] = 0;
    operatingWeight = weight.clone();
    operatingWeight[T - 1] *= 1 + network.horizon().terminalFactor();
    int countries = network.countries().size();
    double[][] wage = new double[countries][T];
    double[][] grantPerJob = new double[countries][T];
    for (int c = 0; c < countries; c++) {
      Country country = network.countries().get(c);
      for (int t = 0; t < T; t++) {
        wage[c][t] = network.conversion().wage(c, t); // in the network's money (Exchange rates)
      }
    }
    for (JobGrant g : network.jobGrants()) {
      int c = network.countryIndex(g.country());
      for (int t = 0; t < T; t++) {
        grantPerJob[c][t] += g.grantPerJob().at(t);
      }
    }
    // Uncapped production credit per unit, by country, product and period.
    double[][][] credit = new double[countries][][];
    for (ProductionCredit k : network.productionCredits()) {
      if (k.budget().isPresent()) {
        continue;
      }
      int c = network.countryIndex(k.country());
      if (credit[c] == null) {
        credit[c] = new double[productCount][T];
      }
      for (int p = 0; p < productCount; p++) {
        if (k.scope().covers(network.products().get(p))) {
          for (int t = 0; t < T; t++) {
            credit[c][p][t] += k.creditPerUnit().at(t);
          }
        }
      }
    }
    // Effective tariffs, computed once per (origin country, destination country, product).
    TariffTable tariffs = new TariffTable(network);

    shipCost = new double[arcCount * T];
    jobsPerUnitOfArc = new double[arcCount];
    for (int a = 0; a < arcCount; a++) {
      int p = arcProduct[a];
      int s = arcSite[a];
      int m = arcMarket[a];
      int c = countryOfSite[s];
      String destination = network.markets().get(m).country();
      Product product = network.products().get(p);
      Country origin = network.countries().get(c);
      double hours = product.laborHoursPerUnit() / origin.productivity();
      jobsPerUnitOfArc[a] = hours / origin.hoursPerJob();
      int dest = countryOfMarket[m];
      double[] tariff = null;
      if (dest != c) {
        tariff = tariffs.row(c, dest, p);
      }
      for (int t = 0; t < T; t++) {
        double material = network.conversion().material(product, c, t);
        double labor = hours * wage[c][t];
        double unit = material + labor + arcFreight[a];
        if (tariff != null) {
          double customs = product.declaredCustomsValue().isPresent()
              ? product.declaredCustomsValue().getAsDouble()
              : (material + labor) * (1 + product.customsMarkup());
          // A quota with its own out-of-quota duty replaces the measures (QuotaRows adds the savings).
          TariffQuota quota = quotaRows.explicitOutOfQuota(p, origin.id(), destination, t);
          unit += quota == null ? tariff[2 * t] * customs + tariff[2 * t + 1]
              : quota.outOfQuotaRate().getAsDouble() * customs + quota.outOfQuotaSpecificDutyPerUnit();
        }
        if (credit[c] != null) {
          unit -= credit[c][p][t];
        }
        unit -= grantPerJob[c][t] * jobsPerUnitOfArc[a];
        shipCost[a * T + t] = operatingWeight[t] * unit;
      }
    }
    originRows = new OriginRows(this);
    originRows.adjustShipCosts(this, shipCost); // ship arcs under content rules (docs/model.md, Origin of goods)
    ProfitTerms.subtractRevenue(this, operatingWeight, shipCost);

    // Site decisions: bounds, fixed cost, staffing, grants, capex and closing cost telescoped over periods.
    siteCosts = new SiteCosts(network, weight, operatingWeight);
    activeCost = new double[siteCount * T];
    activeLower = new double[siteCount * T];
    activeUpper = new double[siteCount * T];
    double offset = 0;
    Map<String, List<Boolean>> fixed = options.fixedSiteStatus();
    for (String id : fixed.keySet()) {
      if (network.siteIndex(id) < 0) {
        throw new IllegalArgumentException("fixedSiteStatus: no site has the id '" + id + "'");
      }
      List<Boolean> fix = fixed.get(id);
      if (fix.size() != T) {
        throw new IllegalArgumentException("fixedSiteStatus['" + id + "'] has " + fix.size()
            + " values but the horizon has " + T + " periods");
      }
      boolean existing = network.sites().get(network.siteIndex(id)).kind() == SiteKind.EXISTING;
      for (int t = 1; t < T; t++) {
        boolean now = fix.get(t);
        boolean closable = network.sites().get(network.siteIndex(id)).closable();
        if (closable && now && fix.subList(0, t).contains(true) && !fix.get(t - 1)) {
          throw new IllegalArgumentException("fixedSiteStatus['" + id + "'][" + t + "] = true: a closable site"
              + " cannot reopen once closed");
        }
        if (now != fix.get(t - 1).booleanValue() && now == existing && !closable) {
          throw new IllegalArgumentException("fixedSiteStatus['" + id + "'][" + t + "] = " + fix.get(t) + ": "
              + (existing ? "an existing site cannot reopen once closed" : "an opened site cannot close again"));
        }
      }
    }
    for (int s = 0; s < siteCount; s++) {
      Site site = network.sites().get(s);
      double share = network.investmentCreditShare(s);
      boolean existing = site.kind() == SiteKind.EXISTING;
      double[] openingValue = existing ? null : siteCosts.openingValue(s);
      List<Boolean> fix = fixed.get(site.id());
      for (int t = 0; t < T; t++) {
        int i = s * T + t;
        double cost = siteCosts.fixed(s, t) + siteCosts.staffing(s, t) - siteCosts.grant(s, t);
        if (existing) {
          // closing cost sum_t G_t w_t (y[t-1] - y[t]), y[-1] = 1, G_t converted at the rate of t
          cost += siteCosts.closingValue(s, t + 1) - siteCosts.closingValue(s, t);
          activeLower[i] = 0;
          activeUpper[i] = 1;
        } else {
          if (site.closable()) {
            // capex on the opening variable (ClosingRows)
          } else if (openingValue == null) {
            // capex K(1-share) * sum_t w_t (y[t] - y[t-1]), y[-1] = 0
            cost += site.openingCapex() * (1 - share) * (weight[t] - weight[t + 1]);
          } else {
            // sum_t V_t (y[t] - y[t-1]) = sum_t y[t] (V_t - V_{t+1}), y[-1] = 0, V_T = 0
            cost += openingValue[t] - (t + 1 < T ? openingValue[t + 1] : 0);
          }
          boolean open = t >= site.firstOpenPeriod();
          activeLower[i] = site.kind() == SiteKind.COMMITTED && open ? 1 : 0;
          activeUpper[i] = open ? 1 : 0;
        }
        if (fix != null) {
          double v = fix.get(t) ? 1 : 0;
          if (v < activeLower[i] || v > activeUpper[i]) {
            throw new IllegalArgumentException("fixedSiteStatus['" + site.id() + "'][" + t + "] = " + fix.get(t)
                + " contradicts the site: it is " + site.kind() + " with opening period " + site.firstOpenPeriod());
          }
          activeLower[i] = v;
          activeUpper[i] = v;
        }
        activeCost[i] = cost;
      }
      if (existing) {
        offset += siteCosts.closingValue(s, 0);
      }
    }
    objectiveOffset = offset;
    quotaRows.index(this);
    sourceBase = inQuotaBase + quotaRows.count;
    sourcingRows.index(this);
    stepRows = new StepRows(this, siteCosts);
    stepBase = sourceBase + sourcingRows.count;
    stepRows.index(stepBase);
    closingRows = new ClosingRows(this, siteCosts, weight);
    closingBase = stepBase + stepRows.count;
    closingRows.index(closingBase);
    awardBase = closingBase + closingRows.count;
    capRows.index(this, siteCosts);
    fallBase = awardBase + capRows.count;
    bomRows = new BomRows(this, freight, tariffs); // before the labor rows, which count the jobs of its flows
    laborRows.index(this);
    bomBase = fallBase + laborRows.count;
    bomRows.index(bomBase);
    originBase = bomBase + bomRows.count;
    originRows.index(this, bomRows, originBase);
    reliefRows = new DutyReliefRows(this);
    reliefBase = originBase + originRows.count;
    reliefRows.index(this, bomRows, reliefBase);
    variableCount = reliefBase + reliefRows.count;
  }

  /**
   * The largest objective coefficient a backend is given, in absolute value (see {@link
   * #objectiveScale()}): a decade below 1e6, where HiGHS starts to warn of excessively large costs.
   */
  static final double LARGEST_SCALED_COST = 1e5;

  /**
   * The power of ten the backends' objective is the user's times: 1 when every objective coefficient
   * is at most {@link #LARGEST_SCALED_COST} in absolute value, else {@code 10^-k} for the least
   * {@code k} that brings the largest coefficient to at most that (a study in plain dollars and the
   * same study in millions then give the backend the same objective). Only the objective is
   * scaled: variables and rows stay in the user's units. The offset is not counted: a constant does
   * not enter the solve.
   *
   * @return the scale, in (0, 1]
   */
  public double objectiveScale() {
    double largest = largestAbs(shipCost, activeCost);
    for (int m = 0; m < marketCount; m++) {
      for (double penalty : n.markets().get(m).lostSalesPenalty().values()) {
        largest = Math.max(largest, Math.abs(penalty) * maxWeight());
      }
    }
    if (cappedCredits.length > 0) {
      largest = Math.max(largest, maxWeight());
    }
    for (int i = 0; i < quotaRows.count; i++) {
      largest = Math.max(largest, Math.abs(quotaRows.saving[i]) * operatingWeight[quotaRows.period[i]]);
    }
    largest = Math.max(largest, Math.max(stepRows.largestCost(), closingRows.largestCost()));
    largest = Math.max(largest, capRows.largestCost());
    largest = Math.max(largest, laborRows.largestCost());
    largest = Math.max(largest, bomRows.largestCost());
    largest = Math.max(largest, originRows.largestCost(this, bomRows));
    largest = Math.max(largest, reliefRows.largestCost(this, bomRows));
    return scaleFor(largest);
  }

  /**
   * @param arrays coefficients
   * @return the largest of them in absolute value, 0 for none
   */
  static double largestAbs(double[]... arrays) {
    double largest = 0;
    for (double[] a : arrays) {
      for (double c : a) {
        largest = Math.max(largest, Math.abs(c));
      }
    }
    return largest;
  }

  /**
   * @param largest the largest objective coefficient in absolute value
   * @return 1 if it is at most {@link #LARGEST_SCALED_COST} (or not finite), else the largest
   *     {@code 10^-k} that brings it there
   */
  static double scaleFor(double largest) {
    if (!(largest > LARGEST_SCALED_COST) || Double.isInfinite(largest)) {
      return 1;
    }
    int k = 0;
    double power = 1;
    while (largest / power > LARGEST_SCALED_COST && k < 300) {
      k++;
      power = k <= 22 ? Math.pow(10, k) : power * 10; // exact up to 10^22
    }
    return 1 / power;
  }

  private double maxWeight() {
    double w = 0;
    for (int t = 0; t < periods; t++) {
      w = Math.max(w, Math.abs(operatingWeight[t]));
    }
    return w;
  }

  /**
   * The first demand CP-SAT cannot represent: it solves continuous variables on a grid of {@code
   * 1 / scaling} units up to {@code maxBound / scaling}.
   *
   * @param scaling CP-SAT's {@code mip_var_scaling}
   * @param maxBound CP-SAT's {@code mip_max_bound}
   * @return a description of the first demand off the grid, or null if every demand fits
   */
  String demandOffGrid(double scaling, double maxBound) {
    for (int p = 0; p < productCount; p++) {
      for (int m = 0; m < marketCount; m++) {
        for (int t = 0; t < periods; t++) {
          double d = demand(p, m, t);
          double scaled = d * scaling;
          if (d > 0 && (Math.abs(scaled - Math.rint(scaled)) > 1e-6 * Math.max(1, scaled) || scaled > maxBound)) {
            return "market '" + n.markets().get(m).id() + "': demand['" + n.products().get(p).id() + "']["
                + t + "] = " + d;
          }
        }
      }
    }
    return null;
  }

  /**
   * @return whether any decision is integer (a site status or a single-sourcing choice not fixed by
   *     its bounds)
   */
  public boolean hasIntegerDecisions() {
    for (int i = 0; i < activeLower.length; i++) {
      if (activeLower[i] != activeUpper[i]) {
        return true;
      }
    }
    return sourcingRows.hasFreeVariables() || stepRows.hasFreeVariables();
  }

  /**
   * @return whether the site statuses are the only integer decisions (no single-sourcing choice or
   *     capacity step free): with them fixed, the model is a linear program
   */
  public boolean onlySiteStatusesInteger() {
    return !sourcingRows.hasFreeVariables() && !stepRows.hasFreeVariables();
  }

  /**
   * Fixes the single-sourcing choices to those of an allocation (the site each single-sourced demand
   * is served from), and the capacity steps it puts in place, so that with the site statuses fixed too
   * the model is a linear program.
   *
   * @param allocation an allocation of this formulation's network
   */
  public void fixSourcing(Allocation allocation) {
    sourcingRows.fix(this, allocation);
    stepRows.fix(allocation);
  }

  /**
   * How much the objective of a solution falls when its in-quota units are replaced by the best fill
   * of its shipments (see {@code QuotaRows}): 0 at an optimum; negative for a point where a backend
   * stopped with its quotas filled worse than its shipments allow. The solution the values stand for
   * is the shipments with the best fill, whose cost is the objective plus this.
   *
   * @param values the values of a solution
   * @return the change in objective, at most 0 up to rounding
   */
  public double quotaRefillGain(double[] values) {
    return quotaRows.refillGain(this, values);
  }

  /**
   * How much the objective of a solution falls when its variables of jobs lost are brought down to
   * the jobs its shipments lose (see {@code LaborRows}): 0 at an optimum, negative for a point where a
   * backend stopped with them larger than needed.
   *
   * @param values the values of a solution
   * @return the change in objective, at most 0 up to rounding
   */
  public double laborTightenGain(double[] values) {
    return laborRows.tightenGain(this, values);
  }

  double demand(int p, int m, int t) {
    return demand[(p * marketCount + m) * periods + t];
  }

  int ship(int arc, int t) {
    return shipBase + arc * periods + t;
  }

  int active(int site, int t) {
    return activeBase + site * periods + t;
  }

  int lost(int slot, int t) {
    return lostBase + slot * periods + t;
  }

  int claim(int k, int t) {
    return claimBase + k * periods + t;
  }

  int inQuota(int i) {
    return inQuotaBase + i;
  }

  int source(int i) {
    return sourceBase + i;
  }

  int award(int i) {
    return awardBase + i;
  }

  int fall(int i) {
    return fallBase + i;
  }

  /**
   * Writes the model.
   *
   * @param model where to write it
   * @param integer whether site decisions are integer (false for the LP relaxation)
   * @param named whether to name variables and constraints from domain keys
   */
  public void emit(LinearModel model, boolean integer, boolean named) {
    int T = periods;
    Names names = named ? new Names(n) : null;
    demandRow = new int[productCount * marketCount * T];
    capacityRow = new int[siteCount * T];
    java.util.Arrays.fill(demandRow, -1);
    java.util.Arrays.fill(capacityRow, -1);
    model.reserve(variableCount);
    // Variables.
    for (int a = 0; a < arcCount; a++) {
      int p = arcProduct[a];
      int m = arcMarket[a];
      int s = arcSite[a];
      for (int t = 0; t < T; t++) {
        double d = demand(p, m, t);
        double ub = activeUpper[s * T + t] > 0 ? d : 0;
        model.addVariable(0, ub, false, shipCost[a * T + t], named ? names.ship(p, s, m, t) : null);
      }
    }
    for (int s = 0; s < siteCount; s++) {
      for (int t = 0; t < T; t++) {
        int i = s * T + t;
        boolean isInteger = integer && activeLower[i] != activeUpper[i];
        model.addVariable(activeLower[i], activeUpper[i], isInteger, activeCost[i],
            named ? names.active(s, t) : null);
      }
    }
    int[] lostPairP = new int[lostPairCount];
    int[] lostPairM = new int[lostPairCount];
    for (int i = 0; i < lostSlot.length; i++) {
      if (lostSlot[i] >= 0) {
        lostPairP[lostSlot[i]] = i / marketCount;
        lostPairM[lostSlot[i]] = i % marketCount;
      }
    }
    for (int k = 0; k < lostPairCount; k++) {
      Market market = n.markets().get(lostPairM[k]);
      String productId = n.products().get(lostPairP[k]).id();
      double penalty = market.lostSalesPenalty().getOrDefault(productId, 0.0);
      for (int t = 0; t < T; t++) {
        double upper = ProfitTerms.unservedUpper(market, productId, demand(lostPairP[k], lostPairM[k], t));
        model.addVariable(0, upper, false, operatingWeight[t] * penalty,
            named ? names.lost(lostPairP[k], lostPairM[k], t) : null);
      }
    }
    for (int k : cappedCredits) {
      for (int t = 0; t < T; t++) {
        model.addVariable(0, INF, false, -n.horizon().weight(t), named ? names.claim(k, t) : null);
      }
    }
    quotaRows.emitVariables(this, model, names);
    sourcingRows.emitVariables(this, model, integer, names);
    stepRows.emitVariables(model, integer, names);
    closingRows.emitVariables(this, model, names);
    capRows.emitVariables(this, model, names);
    laborRows.emitVariables(this, model, names);
    bomRows.emitVariables(model, names);
    originRows.emitVariables(this, bomRows, model, names);
    reliefRows.emitVariables(this, bomRows, model, names);
    model.setObjectiveOffset(objectiveOffset);

    emitDemand(model, names);
    emitCapacity(model, names);
    emitSiteDynamics(model, names);
    emitCredits(model, names);
    quotaRows.emitRows(this, model, names);
    sourcingRows.emitRows(this, model, names);
    stepRows.emitRows(this, model, names);
    closingRows.emitRows(this, model, names);
    capRows.emitRows(this, model, names);
    laborRows.emitRows(this, model, names);
    bomRows.emitRows(this, model, names);
    originRows.emitRows(this, bomRows, model, names);
    reliefRows.emitRows(this, bomRows, model, names);
    policyRows = PolicyRows.emit(this, model, names); // last: the diagnosis takes every row from the first on
  }

  private void emitDemand(LinearModel model, Names names) {
    int T = periods;
    for (int p = 0; p < productCount; p++) {
      String productId = n.products().get(p).id();
      for (int m = 0; m < marketCount; m++) {
        int pm = p * marketCount + m;
        int from = demandArcStart[pm];
        int to = demandArcStart[pm + 1];
        Market market = n.markets().get(m);
        for (int t = 0; t < T; t++) {
          double d = demand(p, m, t);
          if (d == 0) {
            continue; // every ship variable of this (p, m, t) has upper bound 0
          }
          int row = model.addConstraint(d, d, names == null ? null : names.row("demand", productId, market.id(), t));
          demandRow[pm * T + t] = row;
          for (int i = from; i < to; i++) {
            model.addTerm(row, ship(demandArcs[i], t), 1);
          }
          if (lostSlot[pm] >= 0) {
            model.addTerm(row, lost(lostSlot[pm], t), 1);
          }
        }
      }
    }
  }

  private void emitCapacity(LinearModel model, Names names) {
    int T = periods;
    for (int s = 0; s < siteCount; s++) {
      Site site = n.sites().get(s);
      for (int t = 0; t < T; t++) {
        if (activeUpper[s * T + t] == 0) {
          continue; // its ship variables have upper bound 0
        }
        double cap = site.capacity().at(t);
        int row = model.addConstraint(-INF, 0, names == null ? null : names.row("capacity", site.id(), t));
        capacityRow[s * T + t] = row;
        for (int a = siteArcStart[s]; a < siteArcStart[s + 1]; a++) {
          model.addTerm(row, ship(a, t), n.products().get(arcProduct[a]).capacityUsePerUnit());
        }
        if (LaborRows.ramps(this, s)) {
          LaborRows.addRampTerms(this, model, row, s, t, cap); // ramp-up of a new site
        } else {
          model.addTerm(row, active(s, t), -cap);
        }
        stepRows.addCapacityTerms(model, row, s, t);
        bomRows.addCapacityTerms(model, row, s, t);
        if (!options.strengthenLinking() || activeLower[s * T + t] == 1) {
          continue;
        }
        // ship[a,t] <= min(demand, cap/use) * active[s,t], where it is tighter than capacity alone.
        for (int a = siteArcStart[s]; a < siteArcStart[s + 1]; a++) {
          Product product = n.products().get(arcProduct[a]);
          double d = demand(arcProduct[a], arcMarket[a], t);
          if (d > 0 && d * product.capacityUsePerUnit() < cap) {
            int link = model.addConstraint(-INF, 0, names == null ? null
                : names.row("link", product.id(), site.id(), n.markets().get(arcMarket[a]).id(), t));
            model.addTerm(link, ship(a, t), 1);
            model.addTerm(link, active(s, t), -d);
          }
        }
      }
    }
  }

  private void emitSiteDynamics(LinearModel model, Names names) {
    int T = periods;
    for (int s = 0; s < siteCount; s++) {
      Site site = n.sites().get(s);
      if (site.closable()) {
        continue; // ClosingRows writes its dynamics
      }
      for (int t = 1; t < T; t++) {
        if (activeLower[s * T + t] == activeUpper[s * T + t]
            && activeLower[s * T + t - 1] == activeUpper[s * T + t - 1]) {
          continue; // both fixed: the verifier checks the fixing is monotone
        }
        boolean existing = site.kind() == SiteKind.EXISTING;
        // existing: active[t] <= active[t-1]; candidate or committed: active[t] >= active[t-1]
        int row = existing
            ? model.addConstraint(-INF, 0, names == null ? null : names.row("staysClosed", site.id(), t))
            : model.addConstraint(0, INF, names == null ? null : names.row("staysOpen", site.id(), t));
        model.addTerm(row, active(s, t), 1);
        model.addTerm(row, active(s, t - 1), -1);
      }
    }
  }

  private void emitCredits(LinearModel model, Names names) {
    int T = periods;
    for (int i = 0; i < cappedCredits.length; i++) {
      ProductionCredit k = n.productionCredits().get(cappedCredits[i]);
      int country = n.countryIndex(k.country());
      boolean[] covered = new boolean[productCount];
      for (int p = 0; p < productCount; p++) {
        covered[p] = k.scope().covers(n.products().get(p));
      }
      for (int t = 0; t < T; t++) {
        // claim[k,t] <= rate[t] * units made in scope
        int row = model.addConstraint(-INF, 0, names == null ? null : names.row("creditEarned", k.id(), t));
        model.addTerm(row, claim(i, t), 1);
        double rate = k.creditPerUnit().at(t);
        if (rate > 0) {
          for (int s = 0; s < siteCount; s++) {
            if (countryOfSite[s] != country) {
              continue;
            }
            for (int a = siteArcStart[s]; a < siteArcStart[s + 1]; a++) {
              if (covered[arcProduct[a]]) {
                model.addTerm(row, ship(a, t), -rate);
              }
            }
            bomRows.addCreditTerms(model, row, s, t, covered, rate);
          }
        }
      }
      int budget = model.addConstraint(-INF, k.budget().getAsDouble(),
          names == null ? null : names.row("creditBudget", k.id()));
      for (int t = 0; t < T; t++) {
        model.addTerm(budget, claim(i, t), 1);
      }
    }
  }

  /**
   * Reads an allocation from variable values.
   *
   * @param value the value of each variable, by index
   * @param integer whether site decisions were integer (their values are then rounded)
   * @return the allocation
   */
  public Allocation extract(double[] value, boolean integer) {
    int T = periods;
    List<Shipment> shipments = new ArrayList<>();
    for (int a = 0; a < arcCount; a++) {
      for (int t = 0; t < T; t++) {
        double v = value[ship(a, t)];
        if (v > 1e-9) {
          shipments.add(new Shipment(n.products().get(arcProduct[a]).id(), n.sites().get(arcSite[a]).id(),
              n.markets().get(arcMarket[a]).id(), t, v));
        }
      }
    }
    Map<String, double[]> status = new HashMap<>();
    for (int s = 0; s < siteCount; s++) {
      double[] y = new double[T];
      for (int t = 0; t < T; t++) {
        double v = value[active(s, t)];
        y[t] = integer && Math.abs(v - Math.rint(v)) < 1e-5 ? Math.rint(v) : v;
      }
      status.put(n.sites().get(s).id(), y);
    }
    List<LostSale> lostSales = new ArrayList<>();
    for (int i = 0; i < lostSlot.length; i++) {
      if (lostSlot[i] < 0) {
        continue;
      }
      for (int t = 0; t < T; t++) {
        double v = value[lost(lostSlot[i], t)];
        if (v > 1e-9) {
          lostSales.add(new LostSale(n.products().get(i / marketCount).id(), n.markets().get(i % marketCount).id(), t, v));
        }
      }
    }
    Map<String, double[]> claims = new HashMap<>();
    for (int i = 0; i < cappedCredits.length; i++) {
      double[] z = new double[T];
      for (int t = 0; t < T; t++) {
        z[t] = Math.max(0, value[claim(i, t)]);
      }
      claims.put(n.productionCredits().get(cappedCredits[i]).id(), z);
    }
    return new Allocation(n, shipments, status, lostSales, claims, stepRows.extract(value, integer),
        bomRows.extract(value), originRows.claims(this, value), uses(value));
  }

  private List<dev.footprint.result.ComponentUse> uses(double[] value) {
    List<dev.footprint.result.ComponentUse> out = new ArrayList<>(originRows.uses(bomRows, value));
    out.addAll(reliefRows.uses(bomRows, value));
    return out;
  }

  /**
   * @param p product index
   * @param m market index
   * @param t period
   * @return the demand row written by the last emit, or -1
   */
  public int demandRow(int p, int m, int t) {
    return demandRow[(p * marketCount + m) * periods + t];
  }

  /** @return the policy rows written by the last emit */
  PolicyRows policyRows() {
    return policyRows;
  }

  /**
   * @param s site index
   * @param t period
   * @return the capacity row written by the last emit, or -1
   */
  public int capacityRow(int s, int t) {
    return capacityRow[s * periods + t];
  }

  /**
   * @param arc arc index
   * @param t period
   * @return the index of its shipment variable
   */
  public int shipVariable(int arc, int t) {
    return ship(arc, t);
  }

  /** @param arc arc index @return its product index */
  public int arcProduct(int arc) {
    return arcProduct[arc];
  }

  /** @param arc arc index @return its site index */
  public int arcSite(int arc) {
    return arcSite[arc];
  }

  /** @param arc arc index @return its market index */
  public int arcMarket(int arc) {
    return arcMarket[arc];
  }

  /** @return the number of variables */
  public int variableCount() {
    return variableCount;
  }

  /** @return the number of shipment arcs (product, site, market) */
  public int arcCount() {
    return arcCount;
  }
}
