package dev.footprint.report;

import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.result.Shipment;
import dev.footprint.solve.Solution;
import java.util.LinkedHashMap;
import java.util.Map;

/** Facts about a scenario that several report parts need: pledges, floors, flows between countries. */
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
   * @return units shipped over the horizon per origin country (where made), then destination country
   */
  static Map<String, Map<String, Double>> flows(Solution s) {
    Network n = s.network();
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (Shipment sh : s.allocation().shipments()) {
      String from = n.sites().get(n.siteIndex(sh.site())).country();
      String to = n.markets().get(n.marketIndex(sh.market())).country();
      out.computeIfAbsent(from, k -> new LinkedHashMap<>()).merge(to, sh.units(), Double::sum);
    }
    return out;
  }
}
