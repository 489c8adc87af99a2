package dev.footprint.model;

import java.util.Map;

/**
 * The checks of a market's prices and minimum service shares against its network: series lengths,
 * and in profit mode a price for every product the market demands (docs/model.md, Profit mode).
 */
final class ProfitValidation {
  private ProfitValidation() {}

  static void market(Network n, Market m) {
    String where = "market '" + m.id() + "'";
    for (Map.Entry<String, Series> e : m.prices().entrySet()) {
      e.getValue().checkLength(n.periods(), where + ": prices['" + e.getKey() + "']");
    }
    if (!n.horizon().maximizesProfit()) {
      return;
    }
    for (Map.Entry<String, Series> e : m.demand().entrySet()) {
      if (e.getValue().anyPositive() && !m.prices().containsKey(e.getKey())) {
        throw new InvalidModelException(where + ": prices", e.getKey(),
            "the horizon's objective is MAX_PROFIT, and the market demands '" + e.getKey()
                + "' but gives no price for it: in profit mode every product sold needs a price"
                + "\nMaybe give its price, with a minimum service share of 1 to serve it in full whatever it"
                + " earns, or solve for the least cost (objective MIN_COST).");
      }
    }
  }

  /**
   * @return whether a demand may stay unserved without making the model infeasible: it may go
   *     unserved, and no minimum service share requires part of it
   */
  static boolean mayGoUnserved(Network n, Market m, String product) {
    return m.mayLeaveUnserved(product, n.horizon().objective()) && m.minServiceShareOf(product) == 0;
  }
}
