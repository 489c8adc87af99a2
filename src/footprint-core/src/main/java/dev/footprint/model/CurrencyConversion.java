package dev.footprint.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts the money of countries stated in a local currency into the network's currency, period by
 * period (docs/model.md, Exchange rates): an amount paid in period t is divided by the rate of t, the
 * units of local currency per unit of the network's currency. A country without a currency of its
 * own, or whose currency is the network's, converts at 1. The network's helpers and the formulation
 * convert through this class; the result package's verifier and evaluation convert with their own
 * code, from the countries' currencies and the network's {@link Network#exchangeRates()}.
 */
public final class CurrencyConversion {
  private final int periods;
  private final double[][] factor; // [country][t]: network money per local unit; null row: 1
  private final Map<String, Integer> countryIndex;
  private final List<Country> countries;

  CurrencyConversion(Money money, int periods, List<Country> countries, List<ExchangeRate> rates) {
    this.periods = periods;
    this.countries = countries;
    Map<String, Series> path = new HashMap<>();
    for (ExchangeRate r : rates) {
      path.put(r.currency(), r.rate());
    }
    factor = new double[countries.size()][];
    countryIndex = new HashMap<>();
    for (int c = 0; c < countries.size(); c++) {
      Country country = countries.get(c);
      countryIndex.put(country.id(), c);
      String code = country.currency().orElse(money.currency());
      Series rate = path.get(code);
      if (code.equals(money.currency()) || rate == null) {
        continue; // validation refuses a local currency without a path
      }
      factor[c] = new double[periods];
      for (int t = 0; t < periods; t++) {
        factor[c][t] = 1 / rate.at(t);
      }
    }
  }

  /**
   * @param country country index
   * @return whether the country states its money in a currency other than the network's
   */
  public boolean isLocal(int country) {
    return factor[country] != null;
  }

  /**
   * @param country country index
   * @param t period
   * @return units of the network's money one unit of the country's money is worth in t
   */
  public double factor(int country, int t) {
    return factor[country] == null ? 1 : factor[country][t];
  }

  /**
   * @param countryId country id
   * @param amount an amount in the country's money, paid in period t
   * @param t period
   * @return the amount in the network's money
   */
  public double convert(String countryId, double amount, int t) {
    Integer c = countryIndex.get(Check.key(countryId, "country"));
    if (c == null) {
      throw new InvalidModelException("country", countryId, "no country has this id");
    }
    return amount * factor(c, t);
  }

  /**
   * @param country country index
   * @param t period
   * @return the country's labor cost per hour in t, in the network's money
   */
  public double wage(int country, int t) {
    return countries.get(country).laborCostPerHour().at(t) * factor(country, t);
  }

  /**
   * The material and overhead cost per unit of a product made in a country in period t, in the
   * network's money: the country's override, in the country's money, or else the product's cost,
   * in the network's money.
   *
   * @param product the product
   * @param country country index
   * @param t period
   * @return the cost per unit
   */
  public double material(Product product, int country, int t) {
    Double override = Check.present(product, "product").materialCostByCountry().get(countries.get(country).id());
    return override == null ? product.materialCostPerUnit() : override * factor(country, t);
  }

  /** @return the number of periods */
  public int periods() {
    return periods;
  }
}
