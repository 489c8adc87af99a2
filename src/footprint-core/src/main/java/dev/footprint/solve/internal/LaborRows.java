package dev.footprint.solve.internal;

import dev.footprint.model.HiringLimit;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The labor structure of a {@link Formulation} beyond fixed staffing (docs/model.md: Ramp-up,
 * Severance on variable jobs, Hiring limits). The jobs of site s in period t are
 * {@code jobs[s,t] = sum_a j[a] ship[a,t] + J[s] active[s,t]}, with j[a] the jobs per unit of arc a
 * and J[s] the site's fixed staff.
 *
 * <ul>
 *   <li>Ramp-up: the capacity row of a candidate or committed site with ramp-up shares r_0 .. r_{L-1}
 *       is {@code sum_a u ship[a,t] <= cap[t] (active[s,t] - sum_{j<L} (1 - r_j) open[s,t-j])} with
 *       {@code open[s,t] = active[s,t] - active[s,t-1]} (active before period 0 is 0): the capacity
 *       coefficients {@link #rampCoefficients} of active[s,t], active[s,t-1], .., active[s,t-L].
 *   <li>Severance on variable jobs: for a site with variable severance, a continuous {@code
 *       fall[s,t] >= 0} for t >= 1 with {@code fall[s,t] + sum_a j[a] ship[a,t] - sum_a j[a]
 *       ship[a,t-1] >= 0}, costing w_t sigma[s] per job. The fixed staff's severance stays in the
 *       closing cost ({@code SiteCosts}).
 *   <li>Hiring limits: for limit h of country c and period t >= 1, {@code sum_{s in c} (jobs[s,t] -
 *       jobs[s,t-1]) <= H[h,t]}; in period 0, where the limit gives the starting jobs S[h], {@code
 *       sum_{s in c} jobs[s,0] <= H[h,0] + S[h]}.
 * </ul>
 */
final class LaborRows {
  /** Number of fall variables. */
  int count;
  /** Per fall variable: its site and period (at least 1). */
  int[] site = new int[0];
  int[] period = new int[0];
  /** Per fall variable: its objective coefficient, w_t sigma[s]. */
  double[] cost = new double[0];

  /** Finds the fall variables: sites with variable severance, a positive rate and variable jobs. */
  void index(Formulation f) {
    int T = f.periods;
    List<int[]> vars = new ArrayList<>();
    List<Double> costs = new ArrayList<>();
    for (int s = 0; s < f.siteCount; s++) {
      Site st = f.n.sites().get(s);
      if (!st.variableSeverance() || !(st.severancePerJob() > 0) || !hasVariableJobs(f, s)) {
        continue;
      }
      for (int t = 1; t < T; t++) {
        if (f.activeUpper[s * T + t - 1] > 0) {
          vars.add(new int[] {s, t});
          costs.add(f.n.horizon().weight(t) * st.severancePerJob());
        }
      }
    }
    count = vars.size();
    site = new int[count];
    period = new int[count];
    cost = new double[count];
    for (int i = 0; i < count; i++) {
      site[i] = vars.get(i)[0];
      period[i] = vars.get(i)[1];
      cost[i] = costs.get(i);
    }
  }

  private static boolean hasVariableJobs(Formulation f, int s) {
    for (int a = f.siteArcStart[s]; a < f.siteArcStart[s + 1]; a++) {
      if (f.jobsPerUnitOfArc[a] != 0) {
        return true;
      }
    }
    return f.bomRows.hasJobs(s);
  }

  /** @return the largest objective coefficient of the fall variables, in absolute value */
  double largestCost() {
    return Formulation.largestAbs(cost);
  }

  /**
   * @param f the formulation
   * @param s site index
   * @return whether the capacity rows of the site carry a ramp-up
   */
  static boolean ramps(Formulation f, int s) {
    Site site = f.n.sites().get(s);
    return site.kind() != SiteKind.EXISTING && !site.rampUp().isEmpty();
  }

  /**
   * The coefficients of active[s,t-k], k = 0 .. L, in the capacity available at a site with ramp-up
   * shares r_0 .. r_{L-1}, from cap (y[t] - sum_{j<L} d_j (y[t-j] - y[t-j-1])) with d_j = 1 - r_j:
   * cap r_0 for k = 0; cap (d_{k-1} - d_k) for 0 < k < L; cap d_{L-1} for k = L. They add up to cap,
   * and over the first k + 1 of them to cap r_k: a site opened k periods before t has cap r_k.
   *
   * @param site the site
   * @param cap its capacity in the period
   * @return the coefficients by k
   */
  static double[] rampCoefficients(Site site, double cap) {
    int len = site.rampUp().size();
    double[] c = new double[len + 1];
    for (int k = 0; k <= len; k++) {
      // d_{k-1} - d_k, with d_{-1} = 1 (the site's own status) and d_L = 0 (past the ramp-up)
      double before = k == 0 ? 1 : 1 - site.rampUp().get(k - 1);
      double now = k < len ? 1 - site.rampUp().get(k) : 0;
      c[k] = cap * (before - now);
    }
    return c;
  }

  /** Writes the ramped capacity terms of site s in period t into a capacity row (as -coefficients). */
  static void addRampTerms(Formulation f, LinearModel model, int row, int s, int t, double cap) {
    int T = f.periods;
    double[] c = rampCoefficients(f.n.sites().get(s), cap);
    for (int k = 0; k < c.length && t - k >= 0; k++) {
      if (c[k] != 0 && f.activeUpper[s * T + t - k] > 0) {
        model.addTerm(row, f.active(s, t - k), -c[k]);
      }
    }
  }

  /** Writes the fall variables, in their order. */
  void emitVariables(Formulation f, LinearModel model, Names names) {
    for (int i = 0; i < count; i++) {
      model.addVariable(0, Double.POSITIVE_INFINITY, false, cost[i],
          names == null ? null : names.row("fall", f.n.sites().get(site[i]).id(), period[i]));
    }
  }

  /** Writes the fall rows and the hiring-limit rows. */
  void emitRows(Formulation f, LinearModel model, Names names) {
    for (int i = 0; i < count; i++) {
      int s = site[i];
      int t = period[i];
      // fall[s,t] + vjobs[s,t] - vjobs[s,t-1] >= 0
      int row = model.addConstraint(0, Double.POSITIVE_INFINITY,
          names == null ? null : names.row("jobsFall", f.n.sites().get(s).id(), t));
      model.addTerm(row, f.fall(i), 1);
      addJobs(f, model, row, s, t, 1, false);
      addJobs(f, model, row, s, t - 1, -1, false);
    }
    for (HiringLimit h : f.n.hiringLimits()) {
      int c = f.n.countryIndex(h.country());
      for (int t = h.startingJobs().isPresent() ? 0 : 1; t < f.periods; t++) {
        double rhs = h.maxHires().at(t) + (t == 0 ? h.startingJobs().getAsDouble() : 0);
        int row = model.addConstraint(Double.NEGATIVE_INFINITY, rhs,
            names == null ? null : names.row("hires", h.id(), t));
        for (int s = 0; s < f.siteCount; s++) {
          if (f.countryOfSite[s] == c) {
            addJobs(f, model, row, s, t, 1, true);
            if (t > 0) {
              addJobs(f, model, row, s, t - 1, -1, true);
            }
          }
        }
      }
    }
  }

  /** Adds sign * the jobs of site s in period t to a row: its variable jobs, and its fixed staff if asked. */
  private static void addJobs(Formulation f, LinearModel model, int row, int s, int t, double sign, boolean fixed) {
    int T = f.periods;
    if (f.activeUpper[s * T + t] == 0) {
      return; // closed: no jobs
    }
    for (int a = f.siteArcStart[s]; a < f.siteArcStart[s + 1]; a++) {
      if (f.jobsPerUnitOfArc[a] != 0) {
        model.addTerm(row, f.ship(a, t), sign * f.jobsPerUnitOfArc[a]);
      }
    }
    f.bomRows.addJobTerms(model, row, s, t, sign);
    double staff = f.n.sites().get(s).fixedJobs();
    if (fixed && staff != 0) {
      model.addTerm(row, f.active(s, t), sign * staff);
    }
  }

  /**
   * How much the objective falls when every fall variable is brought down to the jobs actually lost,
   * max(0, vjobs[s,t-1] - vjobs[s,t]): 0 at an optimum, negative where a backend stopped with a fall
   * larger than the row needs.
   *
   * @param f the formulation
   * @param values the values of a solution
   * @return the change in objective, at most 0 up to rounding
   */
  double tightenGain(Formulation f, double[] values) {
    double gain = 0;
    for (int i = 0; i < count; i++) {
      double lost = Math.max(0, jobs(f, values, site[i], period[i] - 1) - jobs(f, values, site[i], period[i]));
      gain -= cost[i] * (values[f.fall(i)] - lost);
    }
    return gain;
  }

  private static double jobs(Formulation f, double[] values, int s, int t) {
    double sum = 0;
    for (int a = f.siteArcStart[s]; a < f.siteArcStart[s + 1]; a++) {
      sum += f.jobsPerUnitOfArc[a] * values[f.ship(a, t)];
    }
    return sum + f.bomRows.jobs(values, s, t);
  }
}
