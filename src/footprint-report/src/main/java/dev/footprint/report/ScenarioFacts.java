package dev.footprint.report;

import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.result.Shipment;
import dev.footprint.solve.Solution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts about a scenario that several report parts need: pledges, floors, flows between countries,
 * and the unit of each product (quantities of different units are never added up).
 */
final class ScenarioFacts {
  private ScenarioFacts() {}

  /**
   * @param n a network
   * @param country a country id
   * @return the largest capex pledge on the country, NaN if none
   */
  static double pledge(Network n, String country) {
    double v = Double.NaN;
    for (Policy p : n.policies()) {
      if (p instanceof Policy.InvestmentPledge ip && ip.country().equals(country)) {
        v = Double.isNaN(v) ? ip.minimumCapex() : Math.max(v, ip.minimumCapex());
      }
    }
    return v;
  }

  /**
   * @param n a network
   * @param country a country id
   * @param period a period
   * @return the largest employment floor on the country in the period, NaN if none
   */
  static double floor(Network n, String country, int period) {
    double v = Double.NaN;
    for (Policy p : n.policies()) {
      if (p instanceof Policy.EmploymentFloor f && f.country().equals(country)) {
        double at = f.minimumJobs().at(period);
        v = Double.isNaN(v) ? at : Math.max(v, at);
      }
    }
    return v;
  }

  /**
   * @param s a solution with an allocation
   * @param product a product id
   * @return the product's units shipped over the horizon per origin country (where made), then
   *     destination country
   */
  static Map<String, Map<String, Double>> flows(Solution s, String product) {
    Network n = s.network();
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (Shipment sh : s.allocation().shipments()) {
      if (!sh.product().equals(product)) {
        continue;
      }
      String from = n.sites().get(n.siteIndex(sh.site())).country();
      String to = n.markets().get(n.marketIndex(sh.market())).country();
      out.computeIfAbsent(from, k -> new LinkedHashMap<>()).merge(to, sh.units(), Double::sum);
    }
    return out;
  }

  /**
   * @param n a network
   * @param product a product id
   * @return what one unit of the product is, such as {@code GWh}; {@code unit} for an unknown product
   */
  static String unit(Network n, String product) {
    int i = n.productIndex(product);
    return i < 0 ? Product.DEFAULT_UNIT : n.products().get(i).unit();
  }

  /**
   * @param n a network
   * @return the product ids grouped by unit, in the order of the products' first appearance
   */
  static Map<String, List<String>> productsByUnit(Network n) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Product p : n.products()) {
      out.computeIfAbsent(p.unit(), k -> new ArrayList<>()).add(p.id());
    }
    return out;
  }

  /**
   * @param units quantities per unit, such as {@code GWh -> 12}
   * @return them as text, never added across units: {@code 12 GWh · 3,000 cars}; {@code 0} if none
   */
  static String quantities(Map<String, Double> units) {
    return quantities(units, false);
  }

  /**
   * @param units quantities per unit
   * @param exact whether to print exact values (for a tooltip) rather than rounded ones
   * @return them as text, never added across units
   */
  static String quantities(Map<String, Double> units, boolean exact) {
    StringBuilder b = new StringBuilder();
    units.forEach((unit, q) -> {
      if (q != 0) {
        b.append(b.length() == 0 ? "" : " · ").append(exact ? Format.exact(q) : Format.grouped(q)).append(' ')
            .append(unit);
      }
    });
    return b.length() == 0 ? "0" : b.toString();
  }
}
