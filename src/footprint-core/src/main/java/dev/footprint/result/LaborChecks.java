package dev.footprint.result;

import dev.footprint.model.HiringLimit;
import dev.footprint.model.Network;
import dev.footprint.model.Site;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * The labor structure recomputed from the network and the decisions alone, for {@link Evaluation}
 * and {@link Verifier} (docs/model.md: Ramp-up, Severance on variable jobs, Hiring limits): the
 * capacity a ramping site has, the severance on variable jobs lost, and the hires a limit counts.
 * Jobs come from {@link Pricing}, not from the formulation's coefficients.
 */
final class LaborChecks {
  private LaborChecks() {}

  /**
   * The capacity a site has in period t: for a candidate or committed site, every part of it opened
   * in a period tau (its status rising from tau - 1 to tau) brings the capacity of t times the
   * ramp-up share for its age t - tau; for an existing site, capacity times status.
   *
   * @param a the decisions
   * @param site the site
   * @param t the period
   * @return the capacity units available
   */
  static double available(Allocation a, Site site, int t) {
    double cap = site.capacity().at(t);
    if (site.rampUp().isEmpty() || site.kind() == dev.footprint.model.SiteKind.EXISTING) {
      return cap * a.siteStatus(site.id(), t);
    }
    double share = 0;
    double previous = 0;
    for (int tau = 0; tau <= t; tau++) {
      double y = a.siteStatus(site.id(), tau);
      share += (y - previous) * site.rampShare(t - tau);
      previous = y;
    }
    return cap * share;
  }

  /**
   * @return the jobs the units made at site s in period t need (its fixed staff not counted)
   */
  private static double variableJobs(Allocation a, Pricing price, int s, int t) {
    Network n = a.network();
    double jobs = 0;
    for (int p = 0; p < n.products().size(); p++) {
      double units = a.production(p, s, t);
      if (units != 0) {
        jobs += units * price.jobs(p, s);
      }
    }
    return jobs;
  }

  /**
   * The severance on variable jobs: for each site that pays it, in each period t from the second on,
   * its severance per job times the variable jobs it has fewer than in t - 1, discounted.
   *
   * @param a the decisions
   * @param price the network's prices
   * @param charge receives each site's country and each discounted charge
   */
  static void severance(Allocation a, Pricing price, BiConsumer<String, Double> charge) {
    Network n = a.network();
    for (int s = 0; s < n.sites().size(); s++) {
      Site site = n.sites().get(s);
      if (!site.variableSeverance() || site.severancePerJob() == 0) {
        continue;
      }
      double before = variableJobs(a, price, s, 0);
      for (int t = 1; t < n.periods(); t++) {
        double now = variableJobs(a, price, s, t);
        if (before > now) {
          charge.accept(site.country(), n.horizon().weight(t) * site.severancePerJob() * (before - now));
        }
        before = now;
      }
    }
  }

  /**
   * Checks every hiring limit: in each period from the second on, the jobs of its country (as the
   * evaluation counts them) may grow by at most its hires; in the first, from its starting jobs if it
   * gives them.
   *
   * @param a the decisions
   * @param e their evaluation
   * @param tolerance the verifier's relative tolerance
   * @param out where to add violations
   */
  static void checkHiring(Allocation a, Evaluation e, double tolerance, List<Violation> out) {
    Network n = a.network();
    for (HiringLimit h : n.hiringLimits()) {
      for (int t = 0; t < n.periods(); t++) {
        if (t == 0 && h.startingJobs().isEmpty()) {
          continue;
        }
        double before = t == 0 ? h.startingJobs().getAsDouble() : e.jobs(h.country(), t - 1);
        double now = e.jobs(h.country(), t);
        double max = h.maxHires().at(t);
        if (now - before - max > tolerance * Math.max(1, Math.max(now, before))) {
          out.add(new Violation("hires[" + h.id() + "," + n.horizon().label(t) + "]", String.format(Locale.ROOT,
              "jobs in %s grow from %.6f to %.6f, more than the %.6f hires allowed", h.country(), before, now, max),
              now - before - max));
        }
      }
    }
  }
}
