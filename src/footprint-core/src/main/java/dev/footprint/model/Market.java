package dev.footprint.model;

import java.util.HashMap;
import java.util.Map;

/**
 * A market: demand by product and period in one country, and optionally a penalty per unit of
 * demand left unmet. A product without a penalty must be supplied in full. A single-sourced market
 * receives each product in each period from one site at most (docs/model.md, single sourcing); where
 * lost sales are allowed, what that site does not ship is lost.
 *
 * <p>In profit mode ({@link Objective#MAX_PROFIT}) each product sells at the market's price for it,
 * and demand is an upper bound: a product is served only as far as it pays, but at least its minimum
 * service share of the demand where one is given (docs/model.md, Profit mode). A minimum service
 * share also bounds the lost sales a penalty allows in cost mode. Prices are not used in cost mode.
 *
 * @param id unique id
 * @param name display name
 * @param country id of the country it lies in (the tariff destination)
 * @param demand units demanded, by product id and period
 * @param lostSalesPenalty cost per unit of unmet demand, USD, by product id
 * @param singleSource whether each product's demand in a period is served by one site
 * @param prices price per unit sold, by product id and period (profit mode); only for products demanded
 * @param minServiceShare least share of the demand to serve in every period, a fraction, by product id
 */
public record Market(String id, String name, String country, Map<String, Series> demand,
    Map<String, Double> lostSalesPenalty, boolean singleSource, Map<String, Series> prices,
    Map<String, Double> minServiceShare) {

  /**
   * Validates and copies.
   *
   * @param id unique id
   * @param name display name
   * @param country id of the country it lies in (the tariff destination)
   * @param demand units demanded, by product id and period
   * @param lostSalesPenalty cost per unit of unmet demand, USD, by product id
   * @param singleSource whether each product's demand in a period is served by one site
   * @param prices price per unit sold, by product id and period (profit mode); only for products demanded
   * @param minServiceShare least share of the demand to serve in every period, a fraction, by product id
   */
  public Market {
    Check.id(id, "market.id");
    String where = "market '" + id + "'";
    Check.text(name, where + ": name");
    Check.id(country, where + ": country");
    Check.present(demand, where + ": demand");
    for (Map.Entry<String, Series> e : demand.entrySet()) {
      Check.id(e.getKey(), where + ": demand key");
      Check.present(e.getValue(), where + ": demand['" + e.getKey() + "']")
          .checkNonNegative(where + ": demand['" + e.getKey() + "']");
    }
    demand = Map.copyOf(demand);
    lostSalesPenalty = Check.nonNegativeById(lostSalesPenalty, where + ": lostSalesPenalty");
    Check.present(prices, where + ": prices");
    for (Map.Entry<String, Series> e : prices.entrySet()) {
      String field = where + ": prices['" + e.getKey() + "']";
      Check.id(e.getKey(), where + ": prices key");
      Check.present(e.getValue(), field).checkNonNegative(field);
      if (!demand.containsKey(e.getKey())) {
        throw new InvalidModelException(field, e.getValue(), "the market has no demand for '" + e.getKey()
            + "': a price is given only for a product the market demands");
      }
    }
    prices = Map.copyOf(prices);
    Check.present(minServiceShare, where + ": minServiceShare");
    for (Map.Entry<String, Double> e : minServiceShare.entrySet()) {
      String field = where + ": minServiceShare['" + e.getKey() + "']";
      Check.id(e.getKey(), where + ": minServiceShare key");
      Check.rate(java.util.Objects.requireNonNullElse(e.getValue(), Double.NaN), 1, field);
      if (!demand.containsKey(e.getKey())) {
        throw new InvalidModelException(field, e.getValue(), "the market has no demand for '" + e.getKey()
            + "': a minimum service share is given only for a product the market demands");
      }
    }
    minServiceShare = Map.copyOf(minServiceShare);
  }

  /**
   * A market without prices or minimum service shares.
   *
   * @param id unique id
   * @param name display name
   * @param country id of the country it lies in (the tariff destination)
   * @param demand units demanded, by product id and period
   * @param lostSalesPenalty cost per unit of unmet demand, USD, by product id
   * @param singleSource whether each product's demand in a period is served by one site
   */
  public Market(String id, String name, String country, Map<String, Series> demand,
      Map<String, Double> lostSalesPenalty, boolean singleSource) {
    this(id, name, country, demand, lostSalesPenalty, singleSource, Map.of(), Map.of());
  }

  /**
   * A market that any number of sites may serve.
   *
   * @param id unique id
   * @param name display name
   * @param country id of the country it lies in (the tariff destination)
   * @param demand units demanded, by product id and period
   * @param lostSalesPenalty cost per unit of unmet demand, USD, by product id
   */
  public Market(String id, String name, String country, Map<String, Series> demand,
      Map<String, Double> lostSalesPenalty) {
    this(id, name, country, demand, lostSalesPenalty, false);
  }

  /**
   * @param id market id
   * @param country country id
   * @return a market with no demand yet
   */
  public static Market of(String id, String country) {
    return new Market(id, id, country, Map.of(), Map.of());
  }

  /**
   * @param product product id
   * @param units demand by period
   * @return a copy with that demand
   */
  public Market withDemand(String product, Series units) {
    Map<String, Series> d = new HashMap<>(demand);
    d.put(product, units);
    return new Market(id, name, country, d, lostSalesPenalty, singleSource, prices, minServiceShare);
  }

  /**
   * @param product product id
   * @param units demand in every period
   * @return a copy with that demand
   */
  public Market withDemand(String product, double units) {
    return withDemand(product, Series.constant(units));
  }

  /**
   * @param product product id
   * @param penaltyPerUnit cost per unit not supplied, USD
   * @return a copy that allows lost sales of the product at that penalty
   */
  public Market withLostSalesPenalty(String product, double penaltyPerUnit) {
    Map<String, Double> p = new HashMap<>(lostSalesPenalty);
    p.put(product, penaltyPerUnit);
    return new Market(id, name, country, demand, p, singleSource, prices, minServiceShare);
  }

  /**
   * @param name display name
   * @return a copy with it
   */
  public Market withName(String name) {
    return new Market(id, name, country, demand, lostSalesPenalty, singleSource, prices, minServiceShare);
  }

  /**
   * @param single whether each product's demand in a period is served by one site
   * @return a copy with it
   */
  public Market withSingleSource(boolean single) {
    return new Market(id, name, country, demand, lostSalesPenalty, single, prices, minServiceShare);
  }

  /**
   * @param product product id, one the market demands
   * @param pricePerUnit price per unit sold, by period
   * @return a copy that sells the product at that price (in profit mode)
   */
  public Market withPrice(String product, Series pricePerUnit) {
    Map<String, Series> p = new HashMap<>(prices);
    p.put(product, pricePerUnit);
    return new Market(id, name, country, demand, lostSalesPenalty, singleSource, p, minServiceShare);
  }

  /**
   * @param product product id, one the market demands
   * @param pricePerUnit price per unit sold, in every period
   * @return a copy that sells the product at that price (in profit mode)
   */
  public Market withPrice(String product, double pricePerUnit) {
    return withPrice(product, Series.constant(pricePerUnit));
  }

  /**
   * @param product product id, one the market demands
   * @param share least share of its demand to serve in every period, a fraction in [0, 1]
   * @return a copy with it
   */
  public Market withMinServiceShare(String product, double share) {
    Map<String, Double> m = new HashMap<>(minServiceShare);
    m.put(product, share);
    return new Market(id, name, country, demand, lostSalesPenalty, singleSource, prices, m);
  }

  /**
   * @param values demand by product id and period
   * @return a copy with that demand in place of the market's, prices and shares kept
   */
  public Market withDemands(Map<String, Series> values) {
    return new Market(id, name, country, values, lostSalesPenalty, singleSource, prices, minServiceShare);
  }

  /**
   * @param product product id
   * @return the least share of its demand to serve (0 where none is given)
   */
  public double minServiceShareOf(String product) {
    return minServiceShare.getOrDefault(Check.key(product, "market '" + id + "': product"), 0.0);
  }

  /**
   * @param product product id
   * @param period 0-based period
   * @return its price per unit sold in that period (0 where none is given)
   */
  public double priceOf(String product, int period) {
    Series s = prices.get(Check.key(product, "market '" + id + "': product"));
    return s == null ? 0 : s.at(period);
  }

  /**
   * @param product product id
   * @param objective what the model optimizes
   * @return whether some of the product's demand may go unserved: with a lost-sales penalty, or with
   *     a price in profit mode (a minimum service share then bounds what goes unserved)
   */
  public boolean mayLeaveUnserved(String product, Objective objective) {
    Check.key(product, "market '" + id + "': product");
    Check.present(objective, "objective");
    return lostSalesPenalty.containsKey(product) || objective == Objective.MAX_PROFIT && prices.containsKey(product);
  }

  /**
   * @param product product id
   * @param period 0-based period
   * @return units demanded (0 where none is given)
   */
  public double demandOf(String product, int period) {
    Series s = demand.get(Check.key(product, "market '" + id + "': product"));
    return s == null ? 0 : s.at(period);
  }
}
