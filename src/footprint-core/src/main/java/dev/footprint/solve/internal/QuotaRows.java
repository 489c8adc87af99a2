package dev.footprint.solve.internal;

import dev.footprint.model.EffectiveTariff;
import dev.footprint.model.Network;
import dev.footprint.model.TariffQuota;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tariff-rate quotas of a {@link Formulation} (docs/model.md, tariff-rate quotas). The arcs a
 * quota covers are priced at the out-of-quota duty; for each quota k, period t and site s that ships
 * covered arcs, a variable {@code inQuota[k,s,t]} counts the units of s entered within the quota,
 * earning the saving e[k,s,t] = out-of-quota duty − in-quota duty per unit (≥ 0). Its rows:
 * {@code inQuota[k,s,t] <= units s ships on the covered arcs} and {@code sum_s inQuota[k,s,t] <=
 * volume[k,t]}. For given shipments the best fill is a fractional knapsack (the sites with the largest
 * saving first), so the duty is convex in the shipments and no binary is needed.
 */
final class QuotaRows {
  private final Network n;
  /** Per product index, the indexes of the quotas on it. */
  private final int[][] ofProduct;

  /** Number of in-quota variables. */
  int count;
  /** Per in-quota variable: its quota index, site index and period. */
  int[] quota = new int[0];
  int[] site = new int[0];
  int[] period = new int[0];
  /** Per in-quota variable: the saving per unit entered within the quota, undiscounted. */
  double[] saving = new double[0];
  /** Per in-quota variable: its covered arcs, {@code arcs[arcStart[i] .. arcStart[i + 1])}. */
  int[] arcStart = {0};
  int[] arcs = new int[0];
  /** Groups of in-quota variables sharing one quota and period: {@code [groupStart[g], groupStart[g + 1])}. */
  int groups;
  int[] groupStart = {0};

  QuotaRows(Network network) {
    this.n = network;
    List<List<Integer>> byProduct = new ArrayList<>();
    for (int p = 0; p < network.products().size(); p++) {
      byProduct.add(new ArrayList<>());
    }
    for (int k = 0; k < network.quotas().size(); k++) {
      byProduct.get(network.productIndex(network.quotas().get(k).product())).add(k);
    }
    ofProduct = new int[byProduct.size()][];
    for (int p = 0; p < ofProduct.length; p++) {
      ofProduct[p] = byProduct.get(p).stream().mapToInt(Integer::intValue).toArray();
    }
  }

  /**
   * @return the index of the quota a shipment of product p from one country into another counts
   *     against in period t, or -1
   */
  int covering(int p, String origin, String destination, int t) {
    String product = n.products().get(p).id();
    for (int k : ofProduct[p]) {
      if (n.quotas().get(k).covers(origin, destination, product, t)) {
        return k;
      }
    }
    return -1;
  }

  /** @return the quota covering the shipment if it states its own out-of-quota duty, else null */
  TariffQuota explicitOutOfQuota(int p, String origin, String destination, int t) {
    int k = ofProduct[p].length == 0 ? -1 : covering(p, origin, destination, t);
    return k >= 0 && n.quotas().get(k).outOfQuotaRate().isPresent() ? n.quotas().get(k) : null;
  }

  /**
   * Finds the in-quota variables: for each quota and period it is in force, each site that may be
   * active then, ships covered arcs and saves something by entering them within the quota.
   */
  void index(Formulation f) {
    int T = f.periods;
    List<int[]> vars = new ArrayList<>(); // {quota, site, period}
    List<Double> savings = new ArrayList<>();
    List<int[]> varArcs = new ArrayList<>();
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int k = 0; k < n.quotas().size(); k++) {
      TariffQuota q = n.quotas().get(k);
      int p = n.productIndex(q.product());
      for (int t = 0; t < T; t++) {
        for (int s = 0; s < f.siteCount; s++) {
          String origin = n.countries().get(f.countryOfSite[s]).id();
          if (f.activeUpper[s * T + t] == 0 || !q.covers(origin, q.destination(), q.product(), t)) {
            continue;
          }
          List<Integer> covered = new ArrayList<>();
          for (int a = f.siteArcStart[s]; a < f.siteArcStart[s + 1]; a++) {
            if (f.arcProduct[a] == p && n.markets().get(f.arcMarket[a]).country().equals(q.destination())) {
              covered.add(a);
            }
          }
          double e = saving(q, p, s, origin, t);
          if (covered.isEmpty() || !(e > 0)) {
            continue;
          }
          vars.add(new int[] {k, s, t});
          savings.add(e);
          varArcs.add(covered.stream().mapToInt(Integer::intValue).toArray());
        }
        if (vars.size() > starts.get(starts.size() - 1)) {
          starts.add(vars.size());
        }
      }
    }
    count = vars.size();
    quota = new int[count];
    site = new int[count];
    period = new int[count];
    saving = new double[count];
    arcStart = new int[count + 1];
    for (int i = 0; i < count; i++) {
      quota[i] = vars.get(i)[0];
      site[i] = vars.get(i)[1];
      period[i] = vars.get(i)[2];
      saving[i] = savings.get(i);
      arcStart[i + 1] = arcStart[i] + varArcs.get(i).length;
    }
    arcs = new int[arcStart[count]];
    for (int i = 0; i < count; i++) {
      System.arraycopy(varArcs.get(i), 0, arcs, arcStart[i], varArcs.get(i).length);
    }
    groups = starts.size() - 1;
    groupStart = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The out-of-quota duty less the in-quota duty on a unit of p made at site s in period t. */
  private double saving(TariffQuota q, int p, int s, String origin, int t) {
    double customs = n.customsValue(p, s, t);
    double outRate;
    double outSpecific;
    if (q.outOfQuotaRate().isPresent()) {
      outRate = q.outOfQuotaRate().getAsDouble();
      outSpecific = q.outOfQuotaSpecificDutyPerUnit();
    } else {
      EffectiveTariff e = n.effectiveTariff(origin, q.destination(), p, t);
      outRate = e.adValoremRate();
      outSpecific = e.specificDutyPerUnit();
    }
    return (outRate - q.inQuotaRate()) * customs + outSpecific - q.inQuotaSpecificDutyPerUnit();
  }

  /** @return the volume of group g's quota in its period */
  double volume(int g) {
    return n.quotas().get(quota[groupStart[g]]).volume().at(period[groupStart[g]]);
  }

  /** Writes the in-quota variables, in their order. */
  void emitVariables(Formulation f, LinearModel model, Names names) {
    for (int g = 0; g < groups; g++) {
      double volume = volume(g);
      for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
        model.addVariable(0, volume, false, -f.operatingWeight[period[i]] * saving[i],
            names == null ? null : names.inQuota(quota[i], site[i], period[i]));
      }
    }
  }

  /** Writes the fill and volume rows. */
  void emitRows(Formulation f, LinearModel model, Names names) {
    for (int g = 0; g < groups; g++) {
      int first = groupStart[g];
      String id = n.quotas().get(quota[first]).id();
      for (int i = first; i < groupStart[g + 1]; i++) {
        // inQuota[k,s,t] - sum of the covered arcs' shipments <= 0
        int row = model.addConstraint(Double.NEGATIVE_INFINITY, 0,
            names == null ? null : names.row("quotaFill", id, n.sites().get(site[i]).id(), period[i]));
        model.addTerm(row, f.inQuota(i), 1);
        for (int j = arcStart[i]; j < arcStart[i + 1]; j++) {
          model.addTerm(row, f.ship(arcs[j], period[i]), -1);
        }
      }
      int row = model.addConstraint(Double.NEGATIVE_INFINITY, volume(g),
          names == null ? null : names.row("quota", id, period[first]));
      for (int i = first; i < groupStart[g + 1]; i++) {
        model.addTerm(row, f.inQuota(i), 1);
      }
    }
  }

  /**
   * How much the objective falls when the in-quota variables of a solution are replaced by the best
   * fill of its shipments: for each quota and period, the covered units of the sites with the largest
   * saving first, up to the volume. Zero at an optimum (and wherever the backend filled the quotas
   * best); negative where a backend stopped at a point whose quotas were filled worse.
   *
   * @param f the formulation
   * @param values a solution's values
   * @return the change in objective, at most 0 up to rounding
   */
  double refillGain(Formulation f, double[] values) {
    double gain = 0;
    for (int g = 0; g < groups; g++) {
      Integer[] order = new Integer[groupStart[g + 1] - groupStart[g]];
      for (int i = 0; i < order.length; i++) {
        order[i] = groupStart[g] + i;
      }
      Arrays.sort(order, (x, y) -> Double.compare(saving[y], saving[x]));
      double left = volume(g);
      for (int i : order) {
        double shipped = 0;
        for (int j = arcStart[i]; j < arcStart[i + 1]; j++) {
          shipped += Math.max(0, values[f.ship(arcs[j], period[i])]);
        }
        double best = Math.max(0, Math.min(shipped, left));
        left -= best;
        double weight = f.operatingWeight[period[i]];
        gain += weight * saving[i] * (values[f.inQuota(i)] - best);
      }
    }
    return gain;
  }
}
