package dev.footprint.solve.internal;

import dev.footprint.model.Market;
import dev.footprint.model.Network;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The terms of profit mode and of minimum service shares (docs/model.md, Profit mode): which demands
 * get a lost-sales variable {@code lost[p,m,t]} (those with a penalty, and in profit mode every
 * priced one), its upper bound {@code (1 - share) d}, and the revenue {@code w_t price[m,p,t]}
 * taken off the cost of every unit shipped. With the demand row {@code sum_s ship + lost = d}
 * unchanged, this makes demand an upper bound on sales with at least {@code share d} served.
 */
final class ProfitTerms {
  private ProfitTerms() {}

  /**
   * @param n the network
   * @param m a market of it
   * @return the products whose demand in the market may go unserved: those with a lost-sales
   *     penalty, and in profit mode those with a price (the formulation keeps the ones demanded)
   */
  static Set<String> unservable(Network n, Market m) {
    Set<String> out = new LinkedHashSet<>(m.lostSalesPenalty().keySet());
    if (n.horizon().maximizesProfit()) {
      out.addAll(m.prices().keySet());
    }
    return out;
  }

  /**
   * @param m a market
   * @param product a product it demands
   * @param demand its demand in a period
   * @return the most that may go unserved then: {@code (1 - share) d}, all of it without a share
   */
  static double unservedUpper(Market m, String product, double demand) {
    double share = m.minServiceShareOf(product);
    return share == 0 ? demand : demand * (1 - share);
  }

  /**
   * In profit mode, takes the discounted revenue of a unit, {@code w_t price[m,p,t]}, off the cost of
   * each shipment variable: the objective becomes cost less revenue, the negative of the profit.
   *
   * @param f the formulation, whose arcs are indexed
   * @param weight the weight of each period's recurring terms (the last period's with the terminal
   *     window, docs/model.md, Terminal value)
   * @param shipCost the discounted cost of a unit on each arc and period, {@code [a*T + t]}
   */
  static void subtractRevenue(Formulation f, double[] weight, double[] shipCost) {
    Network n = f.n;
    if (!n.horizon().maximizesProfit()) {
      return;
    }
    int T = f.periods;
    for (int a = 0; a < f.arcCount; a++) {
      Market market = n.markets().get(f.arcMarket[a]);
      String product = n.products().get(f.arcProduct[a]).id();
      for (int t = 0; t < T; t++) {
        shipCost[a * T + t] -= weight[t] * market.priceOf(product, t);
      }
    }
  }
}
