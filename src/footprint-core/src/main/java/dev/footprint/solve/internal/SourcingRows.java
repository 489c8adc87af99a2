package dev.footprint.solve.internal;

import dev.footprint.model.Market;
import dev.footprint.result.Allocation;
import dev.footprint.result.Shipment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The single-sourcing rows of a {@link Formulation} (docs/model.md, single sourcing). For a
 * single-sourced market m, product p and period t with demand d > 0 and at least two arcs whose site
 * may be active in t, each such arc a gets a binary {@code source[a,t]} with {@code ship[a,t] - d *
 * source[a,t] <= 0}, and {@code sum_a source[a,t] <= 1}: one site at most ships (the demand row makes
 * it exactly one where no sales may be lost). With one arc or none there is nothing to choose and
 * nothing is written.
 */
final class SourcingRows {
  /** Number of source variables. */
  int count;
  /** Per source variable: its arc and period. */
  int[] arc = new int[0];
  int[] period = new int[0];
  /** Bounds of each source variable: [0, 1], or fixed by {@link #fix}. */
  double[] lower = new double[0];
  double[] upper = new double[0];
  /** Groups of source variables of one (product, market, period): {@code [groupStart[g], groupStart[g + 1])}. */
  int groups;
  int[] groupStart = {0};

  /** Finds the source variables of every single-sourced market. */
  void index(Formulation f) {
    int T = f.periods;
    List<int[]> vars = new ArrayList<>();
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int p = 0; p < f.productCount; p++) {
      for (int m = 0; m < f.marketCount; m++) {
        Market market = f.n.markets().get(m);
        if (!market.singleSource()) {
          continue;
        }
        int pm = p * f.marketCount + m;
        for (int t = 0; t < T; t++) {
          if (f.demand(p, m, t) == 0) {
            continue;
          }
          List<int[]> group = new ArrayList<>();
          for (int i = f.demandArcStart[pm]; i < f.demandArcStart[pm + 1]; i++) {
            int a = f.demandArcs[i];
            if (f.activeUpper[f.arcSite[a] * T + t] > 0) {
              group.add(new int[] {a, t});
            }
          }
          if (group.size() >= 2) {
            vars.addAll(group);
            starts.add(vars.size());
          }
        }
      }
    }
    count = vars.size();
    arc = new int[count];
    period = new int[count];
    for (int i = 0; i < count; i++) {
      arc[i] = vars.get(i)[0];
      period[i] = vars.get(i)[1];
    }
    lower = new double[count];
    upper = new double[count];
    Arrays.fill(upper, 1);
    groups = starts.size() - 1;
    groupStart = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Fixes every source variable to what an allocation does: in each group, 1 on the arc that ships
   * the most (if any ships), 0 on the others.
   *
   * @param f the formulation
   * @param allocation an allocation of the same network
   */
  void fix(Formulation f, Allocation allocation) {
    Map<String, Double> shipped = new HashMap<>();
    for (Shipment s : allocation.shipments()) {
      shipped.merge(s.product() + "\u0000" + s.site() + "\u0000" + s.market() + "\u0000" + s.period(), s.units(),
          Double::sum);
    }
    for (int g = 0; g < groups; g++) {
      int best = -1;
      double most = 0;
      for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
        int a = arc[i];
        double units = shipped.getOrDefault(f.n.products().get(f.arcProduct[a]).id() + "\u0000"
            + f.n.sites().get(f.arcSite[a]).id() + "\u0000" + f.n.markets().get(f.arcMarket[a]).id() + "\u0000"
            + period[i], 0.0);
        if (units > most) {
          most = units;
          best = i;
        }
      }
      for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
        lower[i] = i == best ? 1 : 0;
        upper[i] = lower[i];
      }
    }
  }

  /** @return whether some source variable is not fixed */
  boolean hasFreeVariables() {
    for (int i = 0; i < count; i++) {
      if (lower[i] != upper[i]) {
        return true;
      }
    }
    return false;
  }

  /** Writes the source variables, in their order. */
  void emitVariables(Formulation f, LinearModel model, boolean integer, Names names) {
    for (int i = 0; i < count; i++) {
      int a = arc[i];
      model.addVariable(lower[i], upper[i], integer && lower[i] != upper[i], 0, names == null ? null
          : names.source(f.arcProduct[a], f.arcSite[a], f.arcMarket[a], period[i]));
    }
  }

  /** Writes the link and one-source rows. */
  void emitRows(Formulation f, LinearModel model, Names names) {
    for (int g = 0; g < groups; g++) {
      int first = groupStart[g];
      int a0 = arc[first];
      int t = period[first];
      double d = f.demand(f.arcProduct[a0], f.arcMarket[a0], t);
      String product = f.n.products().get(f.arcProduct[a0]).id();
      String market = f.n.markets().get(f.arcMarket[a0]).id();
      for (int i = first; i < groupStart[g + 1]; i++) {
        // ship[a,t] - d * source[a,t] <= 0
        int row = model.addConstraint(Double.NEGATIVE_INFINITY, 0, names == null ? null
            : names.row("sourceLink", product, f.n.sites().get(f.arcSite[arc[i]]).id(), market, t));
        model.addTerm(row, f.ship(arc[i], t), 1);
        model.addTerm(row, f.source(i), -d);
      }
      int row = model.addConstraint(Double.NEGATIVE_INFINITY, 1,
          names == null ? null : names.row("singleSource", product, market, t));
      for (int i = first; i < groupStart[g + 1]; i++) {
        model.addTerm(row, f.source(i), 1);
      }
    }
  }
}
