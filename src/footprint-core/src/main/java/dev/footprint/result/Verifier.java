package dev.footprint.result;

import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks an allocation against every constraint of the model and recomputes its cost, in plain Java
 * from the network alone: independent of the formulation and of the solver (single sourcing included,
 * when site decisions must be whole). Tariffs (stacking, customs value and tariff-rate quotas, each
 * filled with the units that save the most first), freight, jobs, and the scope and shares of credit
 * programs are computed by this
 * package's own code ({@link Evaluation}), not by the network helpers the formulation prices with, so
 * that a mistake in either shows as a difference between the reported and the recomputed cost. The
 * origin of goods (claims under content rules, the components assigned to them, drawback and
 * foreign-trade zones) is checked by {@code OriginChecks}, likewise in its own code.
 *
 * <p>A constraint {@code lhs <= rhs} is broken when {@code lhs - rhs > tolerance * max(1, |terms|)},
 * where {@code |terms|} is the largest magnitude on either side.
 */
public final class Verifier {
  /** Default relative tolerance: looser than solvers' 1e-6 feasibility tolerance on scaled rows. */
  public static final double DEFAULT_TOLERANCE = 1e-5;

  private final double tolerance;
  private final boolean integral;

  private Verifier(double tolerance, boolean integral) {
    this.tolerance = tolerance;
    this.integral = integral;
  }

  /** @return a verifier with the default tolerance that requires integral site decisions */
  public static Verifier create() {
    return new Verifier(DEFAULT_TOLERANCE, true);
  }

  /**
   * @param tolerance relative tolerance, {@code > 0}
   * @param integralSites whether site statuses must be 0 or 1 (false for an LP relaxation)
   * @return a verifier
   */
  public static Verifier create(double tolerance, boolean integralSites) {
    if (!(tolerance > 0)) {
      throw new IllegalArgumentException("tolerance = " + tolerance + ": must be > 0");
    }
    return new Verifier(tolerance, integralSites);
  }

  /**
   * @param allocation the decisions to check
   * @return the findings, with the recomputed cost and no reported cost to compare
   */
  public VerificationReport verify(Allocation allocation) {
    return verify(allocation, Double.NaN);
  }

  /**
   * @param allocation the decisions to check
   * @param reportedObjective the cost the solver reported, or NaN to skip that comparison
   * @return the findings
   */
  public VerificationReport verify(Allocation allocation, double reportedObjective) {
    List<Violation> out = new ArrayList<>();
    Network n = allocation.network();
    int periods = n.periods();
    Pricing price = new Pricing(n);
    checkShipments(allocation, price, out);
    checkSites(allocation, out);
    StepCosts.check(allocation, integral, out);
    checkDemand(allocation, out);
    new Sales(n).checkMinimumService(allocation, tolerance, out);
    if (integral) {
      checkSingleSourcing(allocation, out);
    }
    checkCapacity(allocation, out);
    BomChecks.check(allocation, price, tolerance, out);
    OriginChecks.check(allocation, price, tolerance, out);
    checkCredits(allocation, price, out);
    Evaluation e = Evaluation.of(allocation);
    checkPolicies(allocation, e, out);
    LaborChecks.checkHiring(allocation, e, tolerance, out);
    if (!Double.isNaN(reportedObjective)) {
      double scale = 0;
      for (double v : e.byKind().values()) {
        scale += Math.abs(v);
      }
      double diff = reportedObjective - e.total();
      if (!(Math.abs(diff) <= tolerance * Math.max(1, scale))) {
        out.add(new Violation("objective", String.format(Locale.ROOT,
            "the solver reported %.6f but the decisions cost %.6f", reportedObjective, e.total()), diff));
      }
    }
    assert periods > 0;
    return new VerificationReport(out, e.total(), reportedObjective);
  }

  private void checkShipments(Allocation a, Pricing price, List<Violation> out) {
    Network n = a.network();
    for (Shipment s : a.shipments()) {
      String name = "ship[" + s.product() + "," + s.site() + "," + s.market() + "," + label(n, s.period()) + "]";
      int p = n.productIndex(s.product());
      int site = n.siteIndex(s.site());
      int m = n.marketIndex(s.market());
      if (m < 0) {
        out.add(new Violation(name, "unknown market", s.units()));
        continue;
      }
      if (!(s.units() >= -absTol(s.units()))) {
        out.add(new Violation(name, "negative units " + s.units(), -s.units()));
      }
      if (s.units() > absTol(s.units())) {
        if (!n.sites().get(site).mayMake(s.product())) {
          out.add(new Violation(name, "the site may not make this product", s.units()));
        }
        if (Double.isNaN(price.freight(p, site, m))) {
          out.add(new Violation(name, "no freight lane from " + n.sites().get(site).country() + " to "
              + n.markets().get(m).country(), s.units()));
        }
      }
    }
    for (LostSale l : a.lostSales()) {
      String name = "lost[" + l.product() + "," + l.market() + "," + label(n, l.period()) + "]";
      Market market = n.markets().get(n.marketIndex(l.market()));
      if (!(l.units() >= -absTol(l.units()))) {
        out.add(new Violation(name, "negative units " + l.units(), -l.units()));
      }
      if (l.units() > absTol(l.units()) && !new Sales(n).unservedAllowed(market, l.product())) {
        out.add(new Violation(name, "the market allows no lost sales of this product", l.units()));
      }
    }
  }

  private void checkSites(Allocation a, List<Violation> out) {
    Network n = a.network();
    for (Site s : n.sites()) {
      double previous = s.kind() == SiteKind.EXISTING ? 1 : 0;
      boolean closed = false; // a closable candidate that opened and closed again
      for (int t = 0; t < n.periods(); t++) {
        double y = a.siteStatus(s.id(), t);
        String name = "active[" + s.id() + "," + label(n, t) + "]";
        if (!(y >= -1e-6 && y <= 1 + 1e-6)) {
          out.add(new Violation(name, "status " + y + " outside [0, 1]", y));
        } else if (integral && Math.min(y, 1 - y) > 1e-6) {
          out.add(new Violation(name, "status " + y + " is not 0 or 1", Math.min(y, 1 - y)));
        }
        switch (s.kind()) {
          case EXISTING -> {
            if (y > previous + 1e-6) {
              out.add(new Violation(name, "an existing site reopens after closing", y - previous));
            }
          }
          case CANDIDATE -> {
            if (s.closable()) {
              // it may close once, and not open again
              if (closed && y > previous + 1e-6) {
                out.add(new Violation(name, "a closable site reopens after closing", y - previous));
              }
              closed |= y < previous - 1e-6;
            } else if (y < previous - 1e-6) {
              out.add(new Violation(name, "an opened site closes again", previous - y));
            }
            // construction starts in period 0 at the earliest
            int earliest = Math.max(s.openingPeriod(), s.buildPeriods());
            if (t < earliest && y > 1e-6) {
              out.add(new Violation(name, "open before its earliest opening period " + label(n, earliest)
                  + (earliest > s.openingPeriod() ? " (its " + s.buildPeriods() + " construction periods)" : ""), y));
            }
          }
          case COMMITTED -> {
            double expected = t >= s.openingPeriod() ? 1 : 0;
            if (Math.abs(y - expected) > 1e-6) {
              out.add(new Violation(name, "a committed site must open in " + label(n, s.openingPeriod())
                  + " and stay open", Math.abs(y - expected)));
            }
          }
          default -> throw new IllegalStateException(s.kind().toString());
        }
        previous = y;
      }
    }
  }

  private void checkDemand(Allocation a, List<Violation> out) {
    Network n = a.network();
    int periods = n.periods();
    double[][][] supplied = new double[n.products().size()][n.markets().size()][periods];
    for (Shipment s : a.shipments()) {
      supplied[n.productIndex(s.product())][n.marketIndex(s.market())][s.period()] += s.units();
    }
    for (LostSale l : a.lostSales()) {
      supplied[n.productIndex(l.product())][n.marketIndex(l.market())][l.period()] += l.units();
    }
    for (int m = 0; m < n.markets().size(); m++) {
      Market market = n.markets().get(m);
      for (int p = 0; p < n.products().size(); p++) {
        String product = n.products().get(p).id();
        for (int t = 0; t < periods; t++) {
          double d = market.demandOf(product, t);
          double got = supplied[p][m][t];
          if (!(Math.abs(got - d) <= tolerance * Math.max(1, d))) {
            out.add(new Violation("demand[" + product + "," + market.id() + "," + label(n, t) + "]",
                String.format(Locale.ROOT, "supplied plus lost %.6f differs from demand %.6f", got, d), got - d));
          }
        }
      }
    }
  }

  /** One product's demand in one market and period. */
  private record Demand(String product, String market, int period) {}

  /**
   * In a single-sourced market, each product's demand in a period comes from one site at most: a
   * second site counts when it ships more than the tolerance relative to the demand. Not checked for
   * an LP relaxation, whose sourcing choices are fractions.
   */
  private void checkSingleSourcing(Allocation a, List<Violation> out) {
    Network n = a.network();
    Map<Demand, Map<String, Double>> sources = new LinkedHashMap<>();
    for (Shipment s : a.shipments()) {
      if (n.markets().get(n.marketIndex(s.market())).singleSource()) {
        sources.computeIfAbsent(new Demand(s.product(), s.market(), s.period()), k -> new LinkedHashMap<>())
            .merge(s.site(), s.units(), Double::sum);
      }
    }
    for (var e : sources.entrySet()) {
      Demand key = e.getKey();
      double d = n.markets().get(n.marketIndex(key.market())).demandOf(key.product(), key.period());
      List<Double> units = new ArrayList<>();
      StringBuilder sites = new StringBuilder();
      e.getValue().forEach((site, u) -> {
        if (u > tolerance * Math.max(1, d)) {
          units.add(u);
          sites.append(sites.length() == 0 ? "" : ", ").append(site).append(String.format(Locale.ROOT, " %.6f", u));
        }
      });
      if (units.size() > 1) {
        units.sort(null);
        out.add(new Violation("singleSource[" + key.product() + "," + key.market() + "," + label(n, key.period()) + "]",
            "served by " + units.size() + " sites (" + sites + ") but the market is single-sourced",
            units.get(units.size() - 2)));
      }
    }
  }

  private void checkCapacity(Allocation a, List<Violation> out) {
    Network n = a.network();
    for (int s = 0; s < n.sites().size(); s++) {
      Site site = n.sites().get(s);
      for (int t = 0; t < n.periods(); t++) {
        double used = 0;
        for (int p = 0; p < n.products().size(); p++) {
          used += n.products().get(p).capacityUsePerUnit() * a.production(p, s, t);
        }
        // ramp-up included; the steps' modules serve only while the site is open
        double cap = LaborChecks.available(a, site, t) + StepCosts.stepCapacity(a, s, t) * a.siteStatus(site.id(), t);
        if (used - cap > tolerance * Math.max(1, Math.max(used, site.capacity().at(t)))) {
          out.add(new Violation("capacity[" + site.id() + "," + label(n, t) + "]",
              String.format(Locale.ROOT, "uses %.6f of %.6f available (status %.3f)", used, cap,
                  a.siteStatus(site.id(), t)), used - cap));
        }
      }
    }
  }

  private void checkCredits(Allocation a, Pricing price, List<Violation> out) {
    Network n = a.network();
    for (ProductionCredit c : n.productionCredits()) {
      if (c.budget().isEmpty()) {
        continue;
      }
      double sum = 0;
      for (int t = 0; t < n.periods(); t++) {
        double claim = a.creditClaimed(c.id(), t);
        sum += claim;
        double eligible = 0;
        for (int p = 0; p < n.products().size(); p++) {
          for (int s = 0; s < n.sites().size(); s++) {
            if (price.productionCreditCovers(c, p, s)) {
              eligible += c.creditPerUnit().at(t) * a.production(p, s, t);
            }
          }
        }
        String name = "credit[" + c.id() + "," + label(n, t) + "]";
        if (claim < -absTol(claim)) {
          out.add(new Violation(name, "negative claim " + claim, -claim));
        }
        if (claim - eligible > tolerance * Math.max(1, eligible)) {
          out.add(new Violation(name, String.format(Locale.ROOT,
              "claims %.6f but production earns only %.6f", claim, eligible), claim - eligible));
        }
      }
      double budget = c.budget().getAsDouble();
      if (sum - budget > tolerance * Math.max(1, budget)) {
        out.add(new Violation("budget[" + c.id() + "]", String.format(Locale.ROOT,
            "claims %.6f over the horizon, above the budget %.6f", sum, budget), sum - budget));
      }
    }
  }

  private void checkPolicies(Allocation a, Evaluation e, List<Violation> out) {
    Network n = a.network();
    for (Policy policy : n.policies()) {
      if (policy instanceof Policy.InvestmentPledge x) {
        // gross capex of the sites opened, converted when spent (Evaluation, from Pricing)
        double capex = e.capexByCountry().getOrDefault(x.country(), 0.0);
        if (x.minimumCapex() - capex > tolerance * Math.max(1, x.minimumCapex())) {
          out.add(new Violation("pledge[" + x.id() + "]", String.format(Locale.ROOT,
              "capex opened in %s is %.2f, below the pledge %.2f", x.country(), capex, x.minimumCapex()),
              x.minimumCapex() - capex));
        }
      } else if (policy instanceof Policy.EmploymentFloor x) {
        for (int t = 0; t < n.periods(); t++) {
          double jobs = e.jobs(x.country(), t);
          double floor = x.minimumJobs().at(t);
          if (floor - jobs > tolerance * Math.max(1, floor)) {
            out.add(new Violation("jobs[" + x.id() + "," + label(n, t) + "]", String.format(Locale.ROOT,
                "%.3f jobs in %s, below the floor %.3f", jobs, x.country(), floor), floor - jobs));
          }
        }
      } else if (policy instanceof Policy.HomeShare x) {
        for (int t = 0; t < n.periods(); t++) {
          double total = totalProduction(a, x.product(), t);
          double home = a.productionInCountry(x.product(), x.country(), t);
          if (x.minimumShare() * total - home > tolerance * Math.max(1, total)) {
            out.add(new Violation("homeShare[" + x.id() + "," + label(n, t) + "]", String.format(Locale.ROOT,
                "%.6f of %.6f units made in %s, below the share %.4f", home, total, x.country(), x.minimumShare()),
                x.minimumShare() * total - home));
          }
        }
      } else if (policy instanceof Policy.ConcentrationCap x) {
        for (int t = 0; t < n.periods(); t++) {
          double total = totalProduction(a, x.product(), t);
          for (dev.footprint.model.Country c : n.countries()) {
            double in = a.productionInCountry(x.product(), c.id(), t);
            if (in - x.maximumShare() * total > tolerance * Math.max(1, total)) {
              out.add(new Violation("concentration[" + x.id() + "," + c.id() + "," + label(n, t) + "]",
                  String.format(Locale.ROOT, "%.6f of %.6f units made in %s, above the share %.4f", in, total,
                      c.id(), x.maximumShare()), in - x.maximumShare() * total));
            }
          }
        }
      }
    }
  }

  private static double totalProduction(Allocation a, String product, int t) {
    Network n = a.network();
    int p = n.productIndex(product);
    double sum = 0;
    for (int s = 0; s < n.sites().size(); s++) {
      sum += a.production(p, s, t);
    }
    return sum;
  }

  private double absTol(double magnitude) {
    return tolerance * Math.max(1, Math.abs(magnitude));
  }

  private static String label(Network n, int t) {
    return t >= 0 && t < n.periods() ? n.horizon().label(t) : Integer.toString(t);
  }

}
