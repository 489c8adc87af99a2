package dev.footprint.model;

import java.util.HashMap;
import java.util.Map;

/**
 * A market: demand by product and period in one country, and optionally a penalty per unit of
 * demand left unmet. A product without a penalty must be supplied in full. A single-sourced market
 * receives each product in each period from one site at most (docs/model.md, single sourcing); where
 * lost sales are allowed, what that site does not ship is lost.
 *
 * @param id unique id
 * @param name display name
 * @param country id of the country it lies in (the tariff destination)
 * @param demand units demanded, by product id and period
 * @param lostSalesPenalty cost per unit of unmet demand, USD, by product id
 * @param singleSource whether each product's demand in a period is served by one site
 */
public record Market(String id, String name, String country, Map<String, Series> demand,
    Map<String, Double> lostSalesPenalty, boolean singleSource) {

  /**
   * Validates and copies.
   *
   * @param id unique id
   * @param name display name
   * @param country id of the country it lies in (the tariff destination)
   * @param demand units demanded, by product id and period
   * @param lostSalesPenalty cost per unit of unmet demand, USD, by product id
   * @param singleSource whether each product's demand in a period is served by one site
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
    return new Market(id, name, country, d, lostSalesPenalty, singleSource);
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
    return new Market(id, name, country, demand, p, singleSource);
  }

  /**
   * @param name display name
   * @return a copy with it
   */
  public Market withName(String name) {
    return new Market(id, name, country, demand, lostSalesPenalty, singleSource);
  }

  /**
   * @param single whether each product's demand in a period is served by one site
   * @return a copy with it
   */
  public Market withSingleSource(boolean single) {
    return new Market(id, name, country, demand, lostSalesPenalty, single);
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
