package dev.footprint.solve.internal;

import dev.footprint.model.Policy;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import java.util.Arrays;

/**
 * The policy rows of a {@link Formulation} (docs/model.md: investment pledge, employment floor, home
 * share, concentration cap), written after every other row, with what each row is: its policy,
 * country and period, and the factor its pledge row was divided by. The infeasibility diagnosis
 * reads these to relax or drop a policy's rows and to say what a slack means.
 */
final class PolicyRows {
  /** Index of the first policy row (-1 if none); the policy rows are {@code [firstRow, firstRow + count)}. */
  int firstRow = -1;
  int count;
  /** Per policy row: the policy's index in the network's list. */
  int[] policy = new int[16];
  /** Per policy row: the country it counts (the pledge's, floor's, home or capped country). */
  int[] country = new int[16];
  /** Per policy row: its period, or -1 for a pledge (one row over the horizon). */
  int[] period = new int[16];
  /** Per policy row: what one unit of the row's activity is in money (the pledge's divisor), else 1. */
  double[] unit = new double[16];

  private final Formulation f;
  private final LinearModel model;
  private final Names names;

  private PolicyRows(Formulation f, LinearModel model, Names names) {
    this.f = f;
    this.model = model;
    this.names = names;
  }

  private int row(double lower, double upper, String name, int policyIndex, int countryIndex, int t, double u) {
    int row = model.addConstraint(lower, upper, name);
    if (count == 0) {
      firstRow = row;
    } else if (row != firstRow + count) {
      throw new IllegalStateException("policy rows must be written one after another");
    }
    if (count == policy.length) {
      policy = Arrays.copyOf(policy, count * 2);
      country = Arrays.copyOf(country, count * 2);
      period = Arrays.copyOf(period, count * 2);
      unit = Arrays.copyOf(unit, count * 2);
    }
    policy[count] = policyIndex;
    country[count] = countryIndex;
    period[count] = t;
    unit[count] = u;
    count++;
    return row;
  }

  /**
   * Writes every policy row of the formulation.
   *
   * @param f the formulation
   * @param model where to write
   * @param names names from domain keys, or null
   * @return what was written
   */
  static PolicyRows emit(Formulation f, LinearModel model, Names names) {
    PolicyRows rows = new PolicyRows(f, model, names);
    for (int i = 0; i < f.n.policies().size(); i++) {
      rows.emit(i, f.n.policies().get(i));
    }
    return rows;
  }

  private String name(String family, Object... keys) {
    return names == null ? null : names.row(family, keys);
  }

  private static double max(double[] values) {
    double m = 0;
    for (double v : values) {
      m = Math.max(m, v);
    }
    return m;
  }

  private void emit(int index, Policy policy) {
    int T = f.periods;
    if (policy instanceof Policy.InvestmentPledge x) {
      // sum capex * active[s,T-1] >= pledge - committed capex, divided through by the largest capex
      // so that the row's coefficients are at most 1 (capex in dollars reaches 1e10 and more).
      int c = f.n.countryIndex(x.country());
      double committed = 0;
      double largest = 0;
      for (int s = 0; s < f.siteCount; s++) {
        Site site = f.n.sites().get(s);
        if (f.countryOfSite[s] == c && site.kind() != SiteKind.EXISTING) {
          largest = Math.max(largest, f.n.conversion().isLocal(c) ? max(f.siteCosts.capexByOpening(s))
              : site.openingCapex());
        }
      }
      double scale = largest > 0 ? largest : 1;
      int row = row(0, Double.POSITIVE_INFINITY, name("pledge", x.id()), index, c, -1, scale);
      for (int s = 0; s < f.siteCount; s++) {
        Site site = f.n.sites().get(s);
        if (f.countryOfSite[s] != c || site.kind() == SiteKind.EXISTING) {
          continue;
        }
        int last = s * T + T - 1;
        if (site.closable()) {
          // a closable site may close again: what counts is whether it opened (local capex as
          // converted when spent, for an opening in t)
          int i = f.closingRows.position(s);
          double[] local = f.n.conversion().isLocal(c) ? f.siteCosts.capexByOpening(s) : null;
          for (int t = 0; t < T; t++) {
            double capex = local == null ? site.openingCapex() : local[t];
            if (capex != 0) {
              model.addTerm(row, f.closingRows.opens(i, t), capex / scale);
            }
          }
        } else if (f.n.conversion().isLocal(c)) {
          // local capex K̂[s,o] converted when spent: sum_t K̂[s,t] (y[t] - y[t-1]) telescoped onto y
          double[] capex = f.siteCosts.capexByOpening(s);
          for (int t = 0; t < T; t++) {
            double coefficient = capex[t] - (t + 1 < T ? capex[t + 1] : 0);
            if (coefficient != 0) {
              model.addTerm(row, f.active(s, t), coefficient / scale);
            }
          }
        } else if (f.activeLower[last] == f.activeUpper[last]) {
          committed += site.openingCapex() * f.activeLower[last];
        } else if (site.openingCapex() > 0) {
          model.addTerm(row, f.active(s, T - 1), site.openingCapex() / scale);
        }
      }
      model.setConstraintBounds(row, (x.minimumCapex() - committed) / scale, Double.POSITIVE_INFINITY);
    } else if (policy instanceof Policy.EmploymentFloor x) {
      int c = f.n.countryIndex(x.country());
      for (int t = 0; t < T; t++) {
        int row = row(x.minimumJobs().at(t), Double.POSITIVE_INFINITY, name("jobs", x.id(), t), index, c, t, 1);
        for (int s = 0; s < f.siteCount; s++) {
          if (f.countryOfSite[s] != c) {
            continue;
          }
          for (int a = f.siteArcStart[s]; a < f.siteArcStart[s + 1]; a++) {
            if (f.jobsPerUnitOfArc[a] != 0) {
              model.addTerm(row, f.ship(a, t), f.jobsPerUnitOfArc[a]);
            }
          }
          f.bomRows.addJobTerms(model, row, s, t, 1);
          double staff = f.n.sites().get(s).fixedJobs();
          if (staff != 0 && f.activeUpper[s * T + t] > 0) {
            model.addTerm(row, f.active(s, t), staff); // fixed staffing counts while the site is open
          }
        }
      }
    } else if (policy instanceof Policy.HomeShare x) {
      int p = f.n.productIndex(x.product());
      int c = f.n.countryIndex(x.country());
      for (int t = 0; t < T; t++) {
        // sum_{home} (1 - alpha) ship - sum_{abroad} alpha ship >= 0
        int row = row(0, Double.POSITIVE_INFINITY, name("homeShare", x.id(), t), index, c, t, 1);
        addShareTerms(row, p, c, x.minimumShare(), t);
      }
    } else if (policy instanceof Policy.ConcentrationCap x) {
      int p = f.n.productIndex(x.product());
      boolean[] makes = new boolean[f.n.countries().size()];
      for (int i = f.productArcStart[p]; i < f.productArcStart[p + 1]; i++) {
        makes[f.countryOfSite[f.arcSite[f.productArcs[i]]]] = true;
      }
      f.bomRows.markMakers(f, p, makes);
      for (int c = 0; c < makes.length; c++) {
        if (!makes[c]) {
          continue;
        }
        for (int t = 0; t < T; t++) {
          // sum_{in c} (1 - beta) ship - sum_{elsewhere} beta ship <= 0
          int row = row(Double.NEGATIVE_INFINITY, 0,
              name("concentration", x.id(), f.n.countries().get(c).id(), t), index, c, t, 1);
          addShareTerms(row, p, c, x.maximumShare(), t);
        }
      }
    }
  }

  private void addShareTerms(int row, int p, int countryIndex, double share, int t) {
    for (int i = f.productArcStart[p]; i < f.productArcStart[p + 1]; i++) {
      int a = f.productArcs[i];
      double coef = f.countryOfSite[f.arcSite[a]] == countryIndex ? 1 - share : -share;
      if (coef != 0) {
        model.addTerm(row, f.ship(a, t), coef);
      }
    }
    f.bomRows.addShareTerms(f, model, row, p, countryIndex, share, t);
  }
}
