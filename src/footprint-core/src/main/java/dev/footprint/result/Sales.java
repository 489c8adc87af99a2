package dev.footprint.result;

import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Objective;
import dev.footprint.model.Series;
import java.util.List;
import java.util.Locale;

/**
 * Profit mode and minimum service shares, from the records' own fields (docs/model.md, Profit mode):
 * the price a unit sells at, whether a demand may go unserved, and the check that every market is
 * served at least its minimum share. The formulation reaches the same through {@code
 * Market.priceOf}, {@code Market.mayLeaveUnserved} and {@code Market.minServiceShareOf}; this class
 * calls none of them, so that the verifier catches a mistake in either.
 */
final class Sales {
  private final Network n;
  private final boolean profit;

  Sales(Network network) {
    this.n = network;
    this.profit = network.horizon().objective() == Objective.MAX_PROFIT;
  }

  /** @return whether the objective is profit, revenue less cost */
  boolean profitMode() {
    return profit;
  }

  /**
   * The price a unit of product p sells at in market m in period t: the market's price for it in
   * profit mode, 0 in cost mode (where prices are not used) or without a price.
   */
  double price(int p, int m, int t) {
    if (!profit) {
      return 0;
    }
    Series s = n.markets().get(m).prices().get(n.products().get(p).id());
    return s == null ? 0 : s.at(t);
  }

  /** Whether the market may leave some of the product's demand unmet. */
  boolean unservedAllowed(Market market, String product) {
    return market.lostSalesPenalty().containsKey(product) || profit && market.prices().containsKey(product);
  }

  /**
   * Each demand with a minimum service share must be served at least that share: shipped units of
   * at least {@code share * d}, up to the tolerance relative to the demand.
   *
   * @param a the decisions
   * @param tolerance relative tolerance
   * @param out where violations go
   */
  void checkMinimumService(Allocation a, double tolerance, List<Violation> out) {
    int periods = n.periods();
    double[][][] shipped = null;
    for (int m = 0; m < n.markets().size(); m++) {
      Market market = n.markets().get(m);
      for (var e : market.minServiceShare().entrySet()) {
        double share = e.getValue();
        if (share == 0) {
          continue;
        }
        if (shipped == null) {
          shipped = new double[n.products().size()][n.markets().size()][periods];
          for (Shipment s : a.shipments()) {
            shipped[n.productIndex(s.product())][n.marketIndex(s.market())][s.period()] += s.units();
          }
        }
        int p = n.productIndex(e.getKey());
        Series demand = market.demand().get(e.getKey());
        for (int t = 0; t < periods; t++) {
          double d = demand.at(t);
          double least = share * d;
          double got = shipped[p][m][t];
          if (least - got > tolerance * Math.max(1, d)) {
            out.add(new Violation("minService[" + e.getKey() + "," + market.id() + "," + n.horizon().label(t) + "]",
                String.format(Locale.ROOT, "ships %.6f, below the minimum service share %.4f of demand %.6f", got,
                    share, d), least - got));
          }
        }
      }
    }
  }
}
