package dev.footprint.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checks across a network's parts: references, series lengths, servable demand. */
final class NetworkValidation {
  private final Network n;
  private final int periods;

  NetworkValidation(Network network) {
    this.n = network;
    this.periods = network.periods();
  }

  private boolean annuityBeyondHorizon() {
    return n.horizon().capexAccounting() == CapexAccounting.ANNUITY && !n.horizon().terminalValue().isNone();
  }

  void run() {
    for (Country c : n.countries()) {
      c.laborCostPerHour().checkLength(periods, "country '" + c.id() + "': laborCostPerHour");
    }
    for (Product p : n.products()) {
      for (String c : p.materialCostByCountry().keySet()) {
        country(c, "product '" + p.id() + "': materialCostByCountry");
      }
    }
    for (Site s : n.sites()) {
      String where = "site '" + s.id() + "'";
      country(s.country(), where + ": country");
      s.capacity().checkLength(periods, where + ": capacity");
      s.fixedCost().checkLength(periods, where + ": fixedCost");
      for (String p : s.products()) {
        product(p, where + ": products");
      }
      if (s.kind() != SiteKind.EXISTING) {
        period(s.openingPeriod(), where + ": openingPeriod");
        if (s.buildPeriods() >= periods) {
          throw new InvalidModelException(where + ": buildPeriods", s.buildPeriods(), "the site could not open within"
              + " the horizon: construction starts in period 0 at the earliest, and the horizon has " + periods
              + " periods");
        }
        if (s.kind() == SiteKind.COMMITTED && s.buildPeriods() > s.openingPeriod()) {
          throw new InvalidModelException(where + ": buildPeriods", s.buildPeriods(), "the committed site opens in period "
              + s.openingPeriod() + ", so its construction would start before the horizon"
              + "\nMaybe give the construction periods left from the first period of the horizon.");
        }
      }
      if (s.closable() && annuityBeyondHorizon() && (s.assetLife() > 0 || n.capacitySteps().stream()
          .anyMatch(k -> k.site().equals(s.id()) && k.assetLife() > 0))) {
        throw new InvalidModelException(where + ": closable", true, "a closable candidate with an asset life (its own or"
            + " a capacity step's) cannot go with horizon.capexAccounting = ANNUITY and horizon.terminalValue = "
            + n.horizon().terminalValue() + ": the annuity stays charged after the site closes, and over the terminal"
            + " window it would be charged for ever on a site that no longer runs\nMaybe use capexAccounting FULL, or"
            + " no terminal value.");
      }
      if (n.investmentCreditShare(n.siteIndex(s.id())) > 1 + 1e-12) {
        throw new InvalidModelException(where + ": investment credit share", n.investmentCreditShare(n.siteIndex(s.id())),
            "the investment credits covering this site add up to more than 1");
      }
    }
    for (Market m : n.markets()) {
      String where = "market '" + m.id() + "'";
      country(m.country(), where + ": country");
      for (Map.Entry<String, Series> e : m.demand().entrySet()) {
        product(e.getKey(), where + ": demand");
        e.getValue().checkLength(periods, where + ": demand['" + e.getKey() + "']");
      }
      for (String p : m.lostSalesPenalty().keySet()) {
        product(p, where + ": lostSalesPenalty");
      }
      ProfitValidation.market(n, m);
    }
    Map<String, Integer> lanes = new java.util.HashMap<>();
    for (int i = 0; i < n.freight().size(); i++) {
      FreightRate r = n.freight().get(i);
      String where = "freight[" + i + "] " + r.describe();
      Integer first = lanes.putIfAbsent(r.origin() + "\u0000" + r.destination() + "\u0000" + r.product().orElse("")
          + "\u0000" + r.site().orElse(""), i);
      if (first != null) {
        throw new InvalidModelException(where, r.costPerUnit(), "duplicates freight[" + first + "] "
            + n.freight().get(first).describe() + " (cost " + n.freight().get(first).costPerUnit()
            + "): two rates for the same lane and scope, of which only one could apply"
            + "\nMaybe remove one of them, or limit one to a product or a site.");
      }
      country(r.origin(), where + ": origin");
      country(r.destination(), where + ": destination");
      r.product().ifPresent(p -> product(p, where + ": product"));
      if (r.site().isPresent()) {
        int s = n.siteIndex(r.site().get());
        if (s < 0) {
          throw new InvalidModelException(where + ": site", r.site().get(), "no site has this id");
        }
        if (!n.sites().get(s).country().equals(r.origin())) {
          throw new InvalidModelException(where + ": site", r.site().get(),
              "the site lies in " + n.sites().get(s).country() + ", not in the origin " + r.origin());
        }
      }
    }
    for (TariffMeasure m : n.tariffs()) {
      String where = "tariff '" + m.id() + "'";
      country(m.destination(), where + ": destination");
      for (String c : m.origins()) {
        country(c, where + ": origins");
      }
      scope(m.scope(), where + ": scope");
      for (int t : m.periods()) {
        period(t, where + ": periods");
      }
    }
    for (TariffQuota q : n.quotas()) {
      String where = "quota '" + q.id() + "'";
      product(q.product(), where + ": product");
      country(q.destination(), where + ": destination");
      for (String c : q.origins()) {
        country(c, where + ": origins");
      }
      for (int t : q.periods()) {
        period(t, where + ": periods");
      }
      q.volume().checkLength(periods, where + ": volume");
    }
    checkQuotas();
    for (ProductionCredit c : n.productionCredits()) {
      String where = "productionCredit '" + c.id() + "'";
      country(c.country(), where + ": country");
      scope(c.scope(), where + ": scope");
      c.creditPerUnit().checkLength(periods, where + ": creditPerUnit");
    }
    for (InvestmentCredit c : n.investmentCredits()) {
      String where = "investmentCredit '" + c.id() + "'";
      country(c.country(), where + ": country");
      scope(c.scope(), where + ": scope");
      c.startFrom().ifPresent(t -> period(t, where + ": startFrom"));
      c.startTo().ifPresent(t -> period(t, where + ": startTo"));
      for (String id : c.sites()) {
        int i = n.siteIndex(id);
        if (i < 0) {
          throw new InvalidModelException(where + ": sites", id, "no site has this id");
        }
        Site s = n.sites().get(i);
        if (!s.country().equals(c.country()) || s.kind() == SiteKind.EXISTING) {
          throw new InvalidModelException(where + ": sites", id, s.country().equals(c.country())
              ? "an existing site earns no investment credit" : "the site lies in " + s.country() + ", not in the"
              + " credit's country " + c.country());
        }
      }
    }
    for (SiteGrant g : n.siteGrants()) {
      String where = "siteGrant '" + g.id() + "'";
      if (n.siteIndex(g.site()) < 0) {
        throw new InvalidModelException(where + ": site", g.site(), "no site has this id");
      }
      period(g.period(), where + ": period");
    }
    for (CapacityStep k : n.capacitySteps()) {
      String where = "capacityStep '" + k.id() + "'";
      if (n.siteIndex(k.site()) < 0) {
        throw new InvalidModelException(where + ": site", k.site(), "no site has this id");
      }
      period(k.earliestPeriod(), where + ": earliestPeriod");
      k.capacityIncrement().checkLength(periods, where + ": capacityIncrement");
    }
    for (JobGrant g : n.jobGrants()) {
      String where = "jobGrant '" + g.id() + "'";
      country(g.country(), where + ": country");
      g.grantPerJob().checkLength(periods, where + ": grantPerJob");
    }
    for (HiringLimit h : n.hiringLimits()) {
      String where = "hiringLimit '" + h.id() + "'";
      country(h.country(), where + ": country");
      h.maxHires().checkLength(periods, where + ": maxHires");
    }
    for (Policy p : n.policies()) {
      String where = "policy '" + p.id() + "'";
      if (p instanceof Policy.InvestmentPledge x) {
        country(x.country(), where + ": country");
      } else if (p instanceof Policy.EmploymentFloor x) {
        country(x.country(), where + ": country");
        x.minimumJobs().checkLength(periods, where + ": minimumJobs");
      } else if (p instanceof Policy.HomeShare x) {
        product(x.product(), where + ": product");
        country(x.country(), where + ": country");
      } else if (p instanceof Policy.ConcentrationCap x) {
        product(x.product(), where + ": product");
      }
    }
    checkDemandCanBeServed();
    checkDerivedMagnitudes();
  }

  /**
   * A shipment counts against one quota at most, and a quota whose units beyond the volume pay the
   * duty of the tariff measures has an in-quota duty no higher than theirs, for every origin and
   * period it covers (rate and specific duty each), so that the model stays convex.
   */
  private void checkQuotas() {
    List<TariffQuota> quotas = n.quotas();
    for (int j = 0; j < quotas.size(); j++) {
      TariffQuota q = quotas.get(j);
      String where = "quota '" + q.id() + "'";
      String product = q.product();
      for (int i = 0; i < j; i++) {
        TariffQuota other = quotas.get(i);
        if (!other.product().equals(product) || !other.destination().equals(q.destination())) {
          continue;
        }
        for (Country c : n.countries()) {
          for (int t = 0; t < periods; t++) {
            if (q.covers(c.id(), q.destination(), product, t) && other.covers(c.id(), q.destination(), product, t)) {
              throw new InvalidModelException(where + ": origins", c.id(), "overlaps quota '" + other.id() + "' on '"
                  + product + "' from " + c.id() + " into " + q.destination() + " in period " + n.horizon().label(t)
                  + ": a shipment counts against one quota only"
                  + "\nMaybe limit the origins or the periods of one of them.");
            }
          }
        }
      }
      if (q.outOfQuotaRate().isPresent()) {
        continue;
      }
      int p = n.productIndex(product);
      for (Country c : n.countries()) {
        for (int t = 0; t < periods; t++) {
          if (!q.covers(c.id(), q.destination(), product, t)) {
            continue;
          }
          EffectiveTariff e = n.effectiveTariff(c.id(), q.destination(), p, t);
          String lane = " that the tariff measures set on '" + product + "' from " + c.id() + " into "
              + q.destination() + " in period " + n.horizon().label(t) + " " + e.applied()
              + ": the duty beyond the quota must be at least the duty within it"
              + "\nMaybe give the quota an outOfQuotaRate, or limit its origins or periods.";
          if (e.adValoremRate() < q.inQuotaRate()) {
            throw new InvalidModelException(where + ": inQuotaRate", q.inQuotaRate(),
                "is above the out-of-quota rate " + e.adValoremRate() + lane);
          }
          if (e.specificDutyPerUnit() < q.inQuotaSpecificDutyPerUnit()) {
            throw new InvalidModelException(where + ": inQuotaSpecificDutyPerUnit", q.inQuotaSpecificDutyPerUnit(),
                "is above the out-of-quota specific duty " + e.specificDutyPerUnit() + lane);
          }
        }
      }
    }
  }

  /**
   * The per-unit figures the model forms from several numbers stay within {@link
   * Limits#MAX_MAGNITUDE}: labor cost per unit (hours over productivity times the wage), jobs per
   * unit (hours over productivity over hours per job), customs value ((material + labor) times one
   * plus the markup) and the largest duty per unit (every ad valorem rate into a country on that
   * value, plus every specific duty).
   */
  private void checkDerivedMagnitudes() {
    Map<String, double[]> dutyBounds = new java.util.HashMap<>();
    for (TariffMeasure m : n.tariffs()) {
      double[] b = dutyBounds.computeIfAbsent(m.destination(), k -> new double[2]);
      b[0] += m.adValoremRate();
      b[1] += m.specificDutyPerUnit();
    }
    for (TariffQuota q : n.quotas()) {
      double[] b = dutyBounds.computeIfAbsent(q.destination(), k -> new double[2]);
      b[0] += q.inQuotaRate() + q.outOfQuotaRate().orElse(0);
      b[1] += q.inQuotaSpecificDutyPerUnit() + q.outOfQuotaSpecificDutyPerUnit();
    }
    double maxRate = 0;
    double maxSpecific = 0;
    for (double[] b : dutyBounds.values()) {
      maxRate = Math.max(maxRate, b[0]);
      maxSpecific = Math.max(maxSpecific, b[1]);
    }
    for (Product p : n.products()) {
      for (Country c : n.countries()) {
        String where = "product '" + p.id() + "' made in country '" + c.id() + "'";
        double hours = p.laborHoursPerUnit() / c.productivity();
        double wage = 0;
        for (int t = 0; t < periods; t++) {
          wage = Math.max(wage, c.laborCostPerHour().at(t));
        }
        Check.bounded(hours * wage, where + ": labor cost per unit (hours / productivity * wage)");
        Check.bounded(hours / c.hoursPerJob(), where + ": jobs per unit (hours / productivity / hoursPerJob)");
        double customs = p.declaredCustomsValue().isPresent() ? p.declaredCustomsValue().getAsDouble()
            : (p.materialCostIn(c.id()) + hours * wage) * (1 + p.customsMarkup());
        Check.bounded(customs, where + ": customs value");
        Check.bounded(maxRate * customs + maxSpecific, where + ": largest duty per unit");
      }
    }
  }

  /**
   * Every positive demand needs a site that may make the product and reach the market, or a penalty
   * (or a price in profit mode) and no minimum service share.
   */
  private void checkDemandCanBeServed() {
    for (int m = 0; m < n.markets().size(); m++) {
      Market market = n.markets().get(m);
      for (Map.Entry<String, Series> e : market.demand().entrySet()) {
        if (!e.getValue().anyPositive() || ProfitValidation.mayGoUnserved(n, market, e.getKey())) {
          continue;
        }
        int p = n.productIndex(e.getKey());
        boolean anyMaker = false;
        boolean anyLane = false;
        for (int s = 0; s < n.sites().size(); s++) {
          if (n.sites().get(s).mayMake(e.getKey())) {
            anyMaker = true;
            if (n.freightPerUnit(p, s, m).isPresent()) {
              anyLane = true;
              break;
            }
          }
        }
        if (!anyLane) {
          String why = anyMaker
              ? "no site that may make '" + e.getKey() + "' has a freight lane to " + market.country()
              : "no site may make '" + e.getKey() + "'";
          throw new InvalidModelException("market '" + market.id() + "': demand['" + e.getKey() + "']",
              e.getValue(), why + (market.mayLeaveUnserved(e.getKey(), n.horizon().objective())
                  ? ", and the market's minimum service share for it is " + market.minServiceShareOf(e.getKey())
                  : ", and the market has no lost-sales penalty for it")
                  + "\nMaybe allow a site to make it, add a freight rate, or set a lost-sales penalty.");
        }
      }
    }
  }

  void country(String id, String field) {
    if (n.countryIndex(id) < 0) {
      throw new InvalidModelException(field, id, "no country has this id"
          + "\nMaybe add the country, or check the spelling against " + ids(n.countries().stream().map(Country::id).toList()));
    }
  }

  void product(String id, String field) {
    if (n.productIndex(id) < 0) {
      throw new InvalidModelException(field, id, "no product has this id");
    }
  }

  void scope(ProductScope scope, String field) {
    for (String p : scope.products()) {
      product(p, field + ".products");
    }
    Set<String> sectors = n.sectors();
    for (String s : scope.sectors()) {
      if (!sectors.contains(s)) {
        throw new InvalidModelException(field + ".sectors", s, "no product is in this sector; sectors are " + ids(sectors));
      }
    }
  }

  private void period(int t, String field) {
    if (t < 0 || t >= periods) {
      throw new InvalidModelException(field, t, "outside the horizon: periods are 0 to " + (periods - 1));
    }
  }

  private static String ids(java.util.Collection<String> ids) {
    return new java.util.TreeSet<>(ids).toString();
  }
}
