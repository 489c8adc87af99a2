package dev.footprint.solve.internal;

import dev.footprint.model.Network;
import dev.footprint.model.Site;

/**
 * The closable candidates of a {@link Formulation} (docs/model.md, Closable candidates). A closable
 * candidate s has continuous {@code opens[s,t]} and {@code closes[s,t]} in [0, 1] with, for every t
 * (active[s,-1] = 0):
 *
 * <ul>
 *   <li>transition: {@code active[s,t] - active[s,t-1] - opens[s,t] + closes[s,t] = 0};
 *   <li>opens from closed: {@code opens[s,t] + active[s,t-1] <= 1}; closes from open: {@code
 *       closes[s,t] - active[s,t-1] <= 0};
 *   <li>once: {@code sum_t opens[s,t] <= 1} and {@code sum_t closes[s,t] <= 1}.
 * </ul>
 *
 * With whole statuses the first two rows make opens and closes exactly the status's rises and falls,
 * so they need not be integer; the third forbids reopening. The site's capex V[s,t] (net of
 * investment credits, as for any candidate) is charged on opens[s,t], its closing cost and
 * severance G' = G + sigma J, discounted, on closes[s,t]; the site's stays-open rows are not written.
 */
final class ClosingRows {
  /** Number of variables: two per closable site and period. */
  final int count;
  final int periods;
  /** The closable sites, by index. */
  final int[] sites;
  final double[] openCost; // [i*T + t]
  final double[] closeCost;
  private final Network n;
  private int base;

  /**
   * @param f the formulation, its site bounds set
   * @param costs the site costs
   * @param weight the discount weights, weight[T] = 0
   */
  ClosingRows(Formulation f, SiteCosts costs, double[] weight) {
    this.n = f.n;
    this.periods = f.periods;
    int T = periods;
    sites = java.util.stream.IntStream.range(0, f.siteCount).filter(s -> n.sites().get(s).closable()).toArray();
    count = 2 * sites.length * T;
    openCost = new double[sites.length * T];
    closeCost = new double[sites.length * T];
    for (int i = 0; i < sites.length; i++) {
      int s = sites[i];
      Site site = n.sites().get(s);
      double[] value = costs.openingValue(s);
      double share = n.investmentCreditShare(s);
      double closing = costs.closing(s);
      for (int t = 0; t < T; t++) {
        openCost[i * T + t] = value != null ? value[t] : site.openingCapex() * (1 - share) * weight[t];
        closeCost[i * T + t] = closing * weight[t];
      }
    }
  }

  /** @param base the index of the first variable */
  void index(int base) {
    this.base = base;
  }

  int opens(int i, int t) {
    return base + 2 * (i * periods + t);
  }

  int closes(int i, int t) {
    return opens(i, t) + 1;
  }

  /** @return the largest objective coefficient in absolute value */
  double largestCost() {
    return Formulation.largestAbs(openCost, closeCost);
  }

  /** Writes the opens and closes variables, in their order. */
  void emitVariables(Formulation f, LinearModel model, Names names) {
    int T = periods;
    for (int i = 0; i < sites.length; i++) {
      int s = sites[i];
      String id = n.sites().get(s).id();
      for (int t = 0; t < T; t++) {
        boolean mayOpen = f.activeUpper[s * T + t] > 0 && (t == 0 || f.activeLower[s * T + t - 1] == 0);
        boolean mayClose = t >= 1 && f.activeUpper[s * T + t - 1] > 0 && f.activeLower[s * T + t] == 0;
        model.addVariable(0, mayOpen ? 1 : 0, false, openCost[i * T + t], names == null ? null : names.row("opens", id, t));
        model.addVariable(0, mayClose ? 1 : 0, false, closeCost[i * T + t],
            names == null ? null : names.row("closes", id, t));
      }
    }
  }

  /** Writes the transition, from-closed, from-open and once rows. */
  void emitRows(Formulation f, LinearModel model, Names names) {
    int T = periods;
    for (int i = 0; i < sites.length; i++) {
      int s = sites[i];
      String id = n.sites().get(s).id();
      int onceOpen = model.addConstraint(Double.NEGATIVE_INFINITY, 1, names == null ? null : names.row("opensOnce", id));
      int onceClose = model.addConstraint(Double.NEGATIVE_INFINITY, 1, names == null ? null : names.row("closesOnce", id));
      for (int t = 0; t < T; t++) {
        model.addTerm(onceOpen, opens(i, t), 1);
        model.addTerm(onceClose, closes(i, t), 1);
        int row = model.addConstraint(0, 0, names == null ? null : names.row("transition", id, t));
        model.addTerm(row, f.active(s, t), 1);
        if (t >= 1) {
          model.addTerm(row, f.active(s, t - 1), -1);
        }
        model.addTerm(row, opens(i, t), -1);
        model.addTerm(row, closes(i, t), 1);
        if (t >= 1) {
          int fromClosed = model.addConstraint(Double.NEGATIVE_INFINITY, 1,
              names == null ? null : names.row("opensFromClosed", id, t));
          model.addTerm(fromClosed, opens(i, t), 1);
          model.addTerm(fromClosed, f.active(s, t - 1), 1);
          int fromOpen = model.addConstraint(Double.NEGATIVE_INFINITY, 0,
              names == null ? null : names.row("closesFromOpen", id, t));
          model.addTerm(fromOpen, closes(i, t), 1);
          model.addTerm(fromOpen, f.active(s, t - 1), -1);
        }
      }
    }
  }

  /**
   * @param s site index
   * @return its position among the closable sites, or -1
   */
  int position(int s) {
    for (int i = 0; i < sites.length; i++) {
      if (sites[i] == s) {
        return i;
      }
    }
    return -1;
  }
}
