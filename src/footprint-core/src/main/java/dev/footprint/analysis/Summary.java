package dev.footprint.analysis;

import dev.footprint.model.Country;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.result.CostKind;
import dev.footprint.result.Evaluation;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one solution that analyses compare and tabulate, small enough to keep thousands of.
 *
 * @param status the solve status
 * @param objective total cost (present value); NaN without an allocation
 * @param costByKind present value by cost kind; empty without an allocation
 * @param production units over the horizon per product id, then per country id
 * @param sitesOpened candidate and committed sites that open
 * @param sitesClosed existing sites that close
 * @param capexByCountry gross capex of sites opened per country, undiscounted
 * @param jobsByCountry jobs per country per period
 * @param money the currency and unit of the money figures (the network's)
 */
public record Summary(SolveStatus status, double objective, Map<CostKind, Double> costByKind,
    Map<String, Map<String, Double>> production, List<String> sitesOpened, List<String> sitesClosed,
    Map<String, Double> capexByCountry, Map<String, List<Double>> jobsByCountry, Money money) {

  /**
   * Validates.
   *
   * @param status the solve status
   * @param objective total cost (present value); NaN without an allocation
   * @param costByKind present value by cost kind; empty without an allocation
   * @param production units over the horizon per product id, then per country id
   * @param sitesOpened candidate and committed sites that open
   * @param sitesClosed existing sites that close
   * @param capexByCountry gross capex of sites opened per country, undiscounted
   * @param jobsByCountry jobs per country per period
   * @param money the currency and unit of the money figures (the network's)
   */
  public Summary {
    AnalysisLimits.require(status, "summary.status");
    AnalysisLimits.requireEntries(costByKind, "summary.costByKind");
    AnalysisLimits.requireEntries(production, "summary.production");
    AnalysisLimits.requireAll(sitesOpened, "summary.sitesOpened");
    AnalysisLimits.requireAll(sitesClosed, "summary.sitesClosed");
    AnalysisLimits.requireEntries(capexByCountry, "summary.capexByCountry");
    AnalysisLimits.requireEntries(jobsByCountry, "summary.jobsByCountry");
    AnalysisLimits.require(money, "summary.money");
  }

  /**
   * The figures of a network whose money is plain US dollars ({@link Money#USD}).
   *
   * @param status the solve status
   * @param objective total cost (present value); NaN without an allocation
   * @param costByKind present value by cost kind; empty without an allocation
   * @param production units over the horizon per product id, then per country id
   * @param sitesOpened candidate and committed sites that open
   * @param sitesClosed existing sites that close
   * @param capexByCountry gross capex of sites opened per country, undiscounted
   * @param jobsByCountry jobs per country per period
   */
  public Summary(SolveStatus status, double objective, Map<CostKind, Double> costByKind,
      Map<String, Map<String, Double>> production, List<String> sitesOpened, List<String> sitesClosed,
      Map<String, Double> capexByCountry, Map<String, List<Double>> jobsByCountry) {
    this(status, objective, costByKind, production, sitesOpened, sitesClosed, capexByCountry, jobsByCountry,
        Money.USD);
  }

  /**
   * @param s a solution
   * @return its summary
   */
  public static Summary of(Solution s) {
    AnalysisLimits.require(s, "solution");
    if (!s.hasAllocation()) {
      return new Summary(s.status(), Double.NaN, Map.of(), Map.of(), List.of(), List.of(), Map.of(), Map.of(),
          s.network().money());
    }
    return of(s.status(), s.evaluation());
  }

  /**
   * @param status the status to record
   * @param e the evaluation of an allocation
   * @return its summary
   */
  static Summary of(SolveStatus status, Evaluation e) {
    var a = e.allocation();
    Network n = a.network();
    Map<String, Map<String, Double>> production = new LinkedHashMap<>();
    for (Product p : n.products()) {
      Map<String, Double> byCountry = new LinkedHashMap<>();
      for (Country c : n.countries()) {
        double units = 0;
        for (int t = 0; t < n.periods(); t++) {
          units += a.productionInCountry(p.id(), c.id(), t);
        }
        if (units > 0) {
          byCountry.put(c.id(), units);
        }
      }
      production.put(p.id(), Collections.unmodifiableMap(byCountry));
    }
    Map<String, List<Double>> jobs = new LinkedHashMap<>();
    for (Country c : n.countries()) {
      List<Double> perPeriod = new ArrayList<>();
      for (int t = 0; t < n.periods(); t++) {
        perPeriod.add(e.jobs(c.id(), t));
      }
      jobs.put(c.id(), List.copyOf(perPeriod));
    }
    return new Summary(status, e.total(), Map.copyOf(e.byKind()), Collections.unmodifiableMap(production),
        a.sitesOpened(), a.sitesClosed(), Map.copyOf(e.capexByCountry()), Collections.unmodifiableMap(jobs),
        n.money());
  }

  /**
   * @param productId product id
   * @param countryId country id
   * @return the share of the product's units over the horizon made in the country
   */
  public double share(String productId, String countryId) {
    AnalysisLimits.require(productId, "product");
    AnalysisLimits.require(countryId, "country");
    Map<String, Double> m = production.getOrDefault(productId, Map.of());
    double all = m.values().stream().mapToDouble(Double::doubleValue).sum();
    return all > 0 ? m.getOrDefault(countryId, 0.0) / all : 0;
  }

  /**
   * @param countryId country id
   * @return jobs in the country summed over the periods
   */
  public double totalJobs(String countryId) {
    AnalysisLimits.require(countryId, "country");
    return jobsByCountry.getOrDefault(countryId, List.of()).stream().mapToDouble(Double::doubleValue).sum();
  }
}
