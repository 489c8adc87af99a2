package dev.footprint.model;

/**
 * What the model optimizes (docs/model.md, Profit mode). It changes what the model means, not how it
 * is solved, so it belongs to the network (its horizon), not to the solve options: the same network
 * solved twice gives the same plan.
 */
public enum Objective {
  /**
   * Minimize the present value of cost; every demand is served in full, except what a lost-sales
   * penalty lets go unmet. The default: what studies written before profit mode assume. Market
   * prices are not used.
   */
  MIN_COST,
  /**
   * Maximize the present value of profit, revenue less cost: demand is an upper bound on sales,
   * each market and product is served only as far as it pays, or at least its minimum service share.
   * Every product a market demands needs a price; unserved demand is reported as lost sales (at the
   * market's lost-sales penalty, or at no cost without one).
   */
  MAX_PROFIT
}
