package dev.footprint.solve.internal;

import dev.footprint.model.CapacityStep;
import dev.footprint.model.Network;
import dev.footprint.result.Allocation;
import java.util.HashMap;
import java.util.Map;

/**
 * The capacity steps of a {@link Formulation} (docs/model.md, Capacity steps). Step k of site s has
 * an integer {@code step[k,t]} in [0, n[k]], the modules in place in t; it is 0 before the step's
 * earliest period and before the site may first be active. Rows, for every t:
 *
 * <ul>
 *   <li>stays in place: {@code step[k,t] - step[k,t-1] >= 0};
 *   <li>built while open: {@code step[k,t] - step[k,t-1] - n[k] * active[s,t] <= 0} (step[k,-1] = 0);
 *   <li>the capacity row of s gains {@code - inc[k,t] * step[k,t]} ({@link #addCapacityTerms});
 *   <li>step link, for a site with steps whose status is not fixed to 1: {@code sum_a u * ship[a,t] -
 *       (cap[s,t] + sum_k inc[k,t] * n[k]) * active[s,t] <= 0}, so that the steps' capacity serves
 *       only while the site is open.
 * </ul>
 *
 * The capex V[k,t] of a module first in place in t, under the horizon's accounting ({@link
 * SiteCosts#charge}), telescopes onto the levels: {@code sum_t V[k,t] (step[k,t] - step[k,t-1]) =
 * sum_t step[k,t] (V[k,t] - V[k,t+1])}, V[k,T] = 0.
 */
final class StepRows {
  /** Number of step variables: steps times periods. */
  final int count;
  final int periods;
  final int[] siteOf;
  final int[] maxCount;
  final double[] lower;
  final double[] upper;
  final double[] cost;
  private final Network n;
  private int base;

  /**
   * @param f the formulation, its site bounds set
   * @param costs the capex accounting
   */
  StepRows(Formulation f, SiteCosts costs) {
    this.n = f.n;
    this.periods = f.periods;
    int T = periods;
    int steps = n.capacitySteps().size();
    count = steps * T;
    siteOf = new int[steps];
    maxCount = new int[steps];
    lower = new double[count];
    upper = new double[count];
    cost = new double[count];
    for (int k = 0; k < steps; k++) {
      CapacityStep step = n.capacitySteps().get(k);
      int s = n.siteIndex(step.site());
      siteOf[k] = s;
      maxCount[k] = step.maxCount();
      int first = T;
      for (int t = 0; t < T; t++) {
        if (f.activeUpper[s * T + t] > 0) {
          first = t;
          break;
        }
      }
      first = Math.max(first, step.earliestPeriod());
      double[] value = new double[T + 1];
      for (int t = first; t < T; t++) {
        value[t] = costs.charge(step.capex(), 0, step.assetLife(), t, n.countryIndex(n.sites().get(s).country()));
      }
      for (int t = 0; t < T; t++) {
        int i = k * T + t;
        upper[i] = t >= first ? step.maxCount() : 0;
        cost[i] = value[t] - value[t + 1];
      }
    }
  }

  /** @param base the index of the first step variable */
  void index(int base) {
    this.base = base;
  }

  int variable(int k, int t) {
    return base + k * periods + t;
  }

  /** @return whether some step variable is not fixed */
  boolean hasFreeVariables() {
    for (int i = 0; i < count; i++) {
      if (lower[i] != upper[i]) {
        return true;
      }
    }
    return false;
  }

  /** @return the largest objective coefficient in absolute value */
  double largestCost() {
    return Formulation.largestAbs(cost);
  }

  /** Writes the step variables, in their order. */
  void emitVariables(LinearModel model, boolean integer, Names names) {
    int T = periods;
    for (int k = 0; k < n.capacitySteps().size(); k++) {
      String id = n.capacitySteps().get(k).id();
      for (int t = 0; t < T; t++) {
        int i = k * T + t;
        model.addVariable(lower[i], upper[i], integer && lower[i] != upper[i], cost[i],
            names == null ? null : names.row("step", id, t));
      }
    }
  }

  /**
   * Adds the steps of site s to its capacity row in t.
   *
   * @param model the model
   * @param row the capacity row
   * @param s site index
   * @param t period
   */
  void addCapacityTerms(LinearModel model, int row, int s, int t) {
    for (int k = 0; k < siteOf.length; k++) {
      if (siteOf[k] == s && upper[k * periods + t] > 0) {
        model.addTerm(row, variable(k, t), -n.capacitySteps().get(k).capacityIncrement().at(t));
      }
    }
  }

  /** Writes the stays-in-place, built-while-open and step-link rows. */
  void emitRows(Formulation f, LinearModel model, Names names) {
    int T = periods;
    for (int k = 0; k < siteOf.length; k++) {
      CapacityStep step = n.capacitySteps().get(k);
      int s = siteOf[k];
      for (int t = 0; t < T; t++) {
        int i = k * T + t;
        if (upper[i] == 0 && lower[i] == 0) {
          continue; // nothing in place yet
        }
        if (t >= 1 && !(lower[i] == upper[i] && lower[i - 1] == upper[i - 1])) {
          int row = model.addConstraint(0, Double.POSITIVE_INFINITY,
              names == null ? null : names.row("stepStays", step.id(), t));
          model.addTerm(row, variable(k, t), 1);
          model.addTerm(row, variable(k, t - 1), -1);
        }
        if (f.activeLower[s * T + t] == 1) {
          continue; // the site is open: building is limited by the bounds alone
        }
        int row = model.addConstraint(Double.NEGATIVE_INFINITY, 0,
            names == null ? null : names.row("stepWhileOpen", step.id(), t));
        model.addTerm(row, variable(k, t), 1);
        if (t >= 1) {
          model.addTerm(row, variable(k, t - 1), -1);
        }
        model.addTerm(row, f.active(s, t), -step.maxCount());
      }
    }
    for (int s = 0; s < f.siteCount; s++) {
      for (int t = 0; t < T; t++) {
        if (f.activeUpper[s * T + t] == 0 || f.activeLower[s * T + t] == 1) {
          continue;
        }
        double most = 0;
        for (int k = 0; k < siteOf.length; k++) {
          if (siteOf[k] == s) {
            most += n.capacitySteps().get(k).capacityIncrement().at(t) * upper[k * T + t];
          }
        }
        if (most == 0) {
          continue;
        }
        String site = n.sites().get(s).id();
        int row = model.addConstraint(Double.NEGATIVE_INFINITY, 0, names == null ? null : names.row("stepLink", site, t));
        for (int a = f.siteArcStart[s]; a < f.siteArcStart[s + 1]; a++) {
          model.addTerm(row, f.ship(a, t), n.products().get(f.arcProduct[a]).capacityUsePerUnit());
        }
        f.bomRows.addCapacityTerms(model, row, s, t);
        model.addTerm(row, f.active(s, t), -(n.sites().get(s).capacity().at(t) + most));
      }
    }
  }

  /**
   * @param value the value of each variable
   * @param integer whether the steps were integer (their values are then rounded)
   * @return per step id, the modules in place per period
   */
  Map<String, double[]> extract(double[] value, boolean integer) {
    int T = periods;
    Map<String, double[]> out = new HashMap<>();
    for (int k = 0; k < siteOf.length; k++) {
      double[] e = new double[T];
      for (int t = 0; t < T; t++) {
        double v = value[variable(k, t)];
        e[t] = integer && Math.abs(v - Math.rint(v)) < 1e-5 ? Math.rint(v) : Math.max(0, v);
      }
      out.put(n.capacitySteps().get(k).id(), e);
    }
    return out;
  }

  /**
   * Fixes every step to what an allocation puts in place, so that with the sites fixed too the model
   * is a linear program.
   *
   * @param allocation an allocation of the same network
   */
  void fix(Allocation allocation) {
    int T = periods;
    for (int k = 0; k < siteOf.length; k++) {
      String id = n.capacitySteps().get(k).id();
      for (int t = 0; t < T; t++) {
        int i = k * T + t;
        double v = Math.min(upper[i], Math.rint(allocation.stepsInPlace(id, t)));
        lower[i] = v;
        upper[i] = v;
      }
    }
  }
}
