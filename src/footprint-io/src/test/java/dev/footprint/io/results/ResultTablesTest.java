package dev.footprint.io.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.analysis.Frontier;
import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.Parameter;
import dev.footprint.analysis.RobustFootprint;
import dev.footprint.analysis.Sensitivity;
import dev.footprint.analysis.Summary;
import dev.footprint.analysis.Sweep;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The result tables of a network whose optimum is known by hand: their rows, their headers (which
 * name the money and the units) and the sweep's cost by kind and shares per country.
 *
 * <p>The network: two years, money in US$ millions, no labor. Cells (GWh, material 5, 7 in the US)
 * and cars (1,000 vehicles, material 7, 9 in the US, two capacity units each); an existing site in
 * Vietnam and one in the US, capacity 100 each; the US market wants 10 cells and 20 cars a year;
 * freight from Vietnam costs {@code f} a unit, at home nothing. Vietnam makes everything while
 * {@code f} is under 2 (cells 5 + f against 7, cars 7 + f against 9): cost 2 x (10 x 5 + 20 x 7)
 * + 2 x 30 x f = 380 + 60 f. Above 2 the US makes everything: 2 x (10 x 7 + 20 x 9) = 500.
 */
class ResultTablesTest {
  static final Money MILLIONS = Money.of("USD", 1e6);

  /** @return the network with freight {@code f} a unit from Vietnam to the US */
  static Network network(double f) {
    return Network.builder().horizon(Horizon.years(2026, 2, 0)).money(MILLIONS)
        .country(Country.of("VN", 1), Country.of("US", 1))
        .product(Product.of("cells", "batteries", 0, 5).withMaterialCost("US", 7).withUnit("GWh"),
            Product.of("cars", "autos", 0, 7).withMaterialCost("US", 9).withCapacityUse(2)
                .withUnit("1,000 vehicles"))
        .site(Site.existing("VN-1", "VN", 100), Site.existing("US-1", "US", 100))
        .market(Market.of("US-M", "US").withDemand("cells", 10).withDemand("cars", 20))
        .freight(FreightRate.lane("VN", "US", f))
        .build();
  }

  private static Map<String, Solution> solved() {
    FootprintSolver solver = FootprintSolver.create();
    Map<String, Solution> m = new LinkedHashMap<>();
    m.put("base", solver.solve(network(1)));
    m.put("dear-freight", solver.solve(network(1.5)));
    return m;
  }

  /** @return the rows of a table whose first cells are these */
  private static List<List<Object>> rowsStarting(ResultTable t, Object... first) {
    return t.rows().stream().filter(r -> {
      for (int i = 0; i < first.length; i++) {
        if (!java.util.Objects.equals(r.get(i), first[i])) {
          return false;
        }
      }
      return true;
    }).toList();
  }

  private static double number(Object cell) {
    return ((Number) cell).doubleValue();
  }

  @Test
  void moneyKeysAreLabelsInLowerCase() {
    assertEquals("usd", ResultTables.moneyKey(Money.USD));
    assertEquals("usd_millions", ResultTables.moneyKey(MILLIONS));
    assertEquals("krw_billions", ResultTables.moneyKey(Money.of("KRW", 1e9)));
    assertEquals("jpy_x_100", ResultTables.moneyKey(Money.of("JPY", 100)));
  }

  @Test
  void productionAndShipmentsStateEachProductsUnit() {
    Map<String, Solution> s = solved();
    ResultTable production = ResultTables.production(s);
    assertEquals(List.of("scenario", "product", "site", "country", "period", "units", "unit"), production.columns());
    List<List<Object>> base = rowsStarting(production, "base");
    assertEquals(List.of(List.of("base", "cells", "VN-1", "VN", "2026"), List.of("base", "cells", "VN-1", "VN", "2027"),
        List.of("base", "cars", "VN-1", "VN", "2026"), List.of("base", "cars", "VN-1", "VN", "2027")),
        base.stream().map(r -> r.subList(0, 5)).toList());
    assertEquals(List.of("GWh", "GWh", "1,000 vehicles", "1,000 vehicles"), base.stream().map(r -> r.get(6)).toList());
    double[] units = {10, 10, 20, 20};
    for (int i = 0; i < units.length; i++) {
      assertEquals(units[i], number(base.get(i).get(5)), 1e-6);
    }
    ResultTable shipments = ResultTables.shipments(s);
    assertEquals(List.of("scenario", "product", "site", "origin", "market", "destination", "period", "units", "unit"),
        shipments.columns());
    List<List<Object>> cars = rowsStarting(shipments, "dear-freight", "cars");
    assertEquals(2, cars.size());
    for (List<Object> r : cars) {
      assertEquals(List.of("VN-1", "VN", "US-M", "US"), r.subList(2, 6));
      assertEquals(20.0, number(r.get(7)), 1e-6);
      assertEquals("1,000 vehicles", r.get(8));
    }
  }

  @Test
  void costsAreInTheMoneyTheHeaderNames() {
    ResultTable costs = ResultTables.costs(solved());
    assertEquals(List.of("scenario", "scope", "id", "kind", "usd_millions"), costs.columns());
    assertEquals(440, number(rowsStarting(costs, "base", "total", null, "TOTAL").get(0).get(4)), 1e-6);
    assertEquals(380, number(rowsStarting(costs, "base", "total", null, "MATERIALS").get(0).get(4)), 1e-6);
    assertEquals(60, number(rowsStarting(costs, "base", "total", null, "FREIGHT").get(0).get(4)), 1e-6);
    assertEquals(470, number(rowsStarting(costs, "dear-freight", "total", null, "TOTAL").get(0).get(4)), 1e-6);
    // Per product: cells cost 2 x 10 x (5 + 1.5) in the dearer case.
    double cells = rowsStarting(costs, "dear-freight", "product", "cells").stream()
        .mapToDouble(r -> number(r.get(4))).sum();
    assertEquals(130, cells, 1e-6);
  }

  @Test
  void sitesAddUpCapacityNotUnitsOfDifferentProducts() {
    ResultTable sites = ResultTables.sites(solved());
    assertEquals(List.of("scenario", "site", "country", "kind", "opened", "closed", "period", "status", "capacity",
        "capacity_used"), sites.columns());
    List<List<Object>> vn = rowsStarting(sites, "base", "VN-1");
    assertEquals(2, vn.size());
    for (List<Object> r : vn) {
      assertEquals(1.0, number(r.get(7)), 1e-9);
      assertEquals(100.0, number(r.get(8)), 0);
      assertEquals(10 * 1 + 20 * 2, number(r.get(9)), 1e-6); // 10 GWh of cells and 20,000 cars at 2 each
    }
    for (List<Object> r : rowsStarting(sites, "base", "US-1")) {
      assertEquals(0, number(r.get(9)), 1e-6);
    }
  }

  @Test
  void theComparisonStatesTheUnitOfEachRow() {
    ResultTable c = ResultTables.comparison(solved(), "base");
    assertEquals(List.of("figure", "id", "unit", "base", "dear-freight"), c.columns());
    assertEquals(List.of("status", "OPTIMAL", "OPTIMAL"), List.of(c.rows().get(0).get(0), c.rows().get(0).get(3),
        c.rows().get(0).get(4)));
    List<Object> total = rowsStarting(c, "total_cost").get(0);
    assertEquals("USD millions", total.get(2));
    assertEquals(440, number(total.get(3)), 1e-6);
    assertEquals(470, number(total.get(4)), 1e-6);
    List<Object> delta = rowsStarting(c, "delta_vs_base", "base").get(0);
    assertEquals(30, number(delta.get(4)), 1e-6);
    List<Object> cars = rowsStarting(c, "units_made", "cars@VN").get(0);
    assertEquals("1,000 vehicles", cars.get(2));
    assertEquals(40, number(cars.get(3)), 1e-6);
    assertEquals("GWh", rowsStarting(c, "units_made", "cells@VN").get(0).get(2));
    assertEquals("jobs", rowsStarting(c, "jobs_last_period", "VN").get(0).get(2));
    assertEquals("USD millions", rowsStarting(c, "cost", "FREIGHT").get(0).get(2));
  }

  @Test
  void aTableDoesNotMixMonies() {
    Map<String, Solution> s = new LinkedHashMap<>(solved());
    s.put("in-euros", FootprintSolver.create().solve(network(1).toBuilder().money(Money.of("EUR", 1e6)).build()));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultTables.costs(s));
    assertEquals("scenario 'in-euros' states its money in EUR millions but 'base' in USD millions: one table cannot"
        + " hold both", e.getMessage());
  }

  @Test
  void theSweepHasCostByKindAndSharesPerCountryAtEachPoint() {
    Parameter freight = new Parameter("freight:VN->US", (n, f) -> network(f), true);
    Sweep sweep = Sweep.run(FootprintSolver.create(), network(0.5), freight, new double[] {0.5, 1.5, 3});
    ResultTable t = ResultTables.sweep(sweep, network(0.5));
    assertEquals(List.of("value", "solved", "status", "total_cost_usd_millions", "sites_opened", "sites_closed",
        "cost_materials_usd_millions", "cost_labor_usd_millions", "cost_freight_usd_millions",
        "cost_tariffs_usd_millions", "cost_production_credits_usd_millions", "cost_job_grants_usd_millions",
        "cost_fixed_usd_millions", "cost_fixed_payroll_usd_millions", "cost_capex_usd_millions",
        "cost_investment_credits_usd_millions", "cost_site_grants_usd_millions",
        "cost_closing_usd_millions", "cost_severance_usd_millions", "cost_lost_sales_usd_millions",
        "cost_revenue_usd_millions", "cost_expansion_capex_usd_millions", "cost_terminal_value_usd_millions",
        "share_cells@VN", "share_cells@US", "share_cars@VN", "share_cars@US"), t.columns());
    double[][] expected = {
        // value, total, materials, freight, shares cells@VN, cells@US, cars@VN, cars@US
        {0.5, 410, 380, 30, 1, 0, 1, 0},
        {1.5, 470, 380, 90, 1, 0, 1, 0},
        {3, 500, 500, 0, 0, 1, 0, 1}};
    for (int i = 0; i < expected.length; i++) {
      List<Object> r = t.rows().get(i);
      double[] x = expected[i];
      assertEquals(x[0], number(r.get(0)), 0);
      assertEquals(true, r.get(1));
      assertEquals("OPTIMAL", r.get(2));
      assertEquals(x[1], number(r.get(3)), 1e-6, "total at " + x[0]);
      assertEquals(x[2], number(r.get(6)), 1e-6, "materials at " + x[0]);
      assertEquals(0, number(r.get(7)), 1e-9, "labor at " + x[0]);
      assertEquals(x[3], number(r.get(8)), 1e-6, "freight at " + x[0]);
      int shares = t.columns().indexOf("share_cells@VN");
      for (int k = 0; k < 4; k++) {
        assertEquals(x[4 + k], number(r.get(shares + k)), 1e-9, t.columns().get(shares + k) + " at " + x[0]);
      }
    }
  }

  @Test
  void pointsWithoutAnAllocationLeaveTheirFiguresEmpty() {
    Summary none = new Summary(SolveStatus.INFEASIBLE, Double.NaN, Map.of(), Map.of(), List.of(), List.of(), Map.of(),
        Map.of());
    Summary vn = Summary.of(FootprintSolver.create().solve(network(1)));
    Sweep sweep = new Sweep("x", List.of(new Sweep.Point(1, vn, true), new Sweep.Point(2, none, true)), 2);
    ResultTable t = ResultTables.sweep(sweep, network(1));
    List<Object> empty = t.rows().get(1);
    assertEquals("INFEASIBLE", empty.get(2));
    assertTrue(Double.isNaN(number(empty.get(3))));
    for (int c = 6; c < t.columns().size(); c++) {
      assertNull(empty.get(c), t.columns().get(c));
    }
    assertEquals(List.of("share_cells@VN", "share_cars@VN"), t.columns().subList(23, 25));
  }

  @Test
  void sensitivityStatesTheMoneyPerUnitOfEachPrice() {
    Solution s = FootprintSolver.create().solve(network(1));
    ResultTable t = ResultTables.sensitivity(Sensitivity.of(FootprintSolver.create(), s), s.network());
    assertEquals(List.of("kind", "key", "value", "unit", "meaning"), t.columns());
    List<Object> cells = rowsStarting(t, "demand", "cells,US-M,2026").get(0);
    assertEquals("USD millions per GWh", cells.get(3));
    assertEquals(6, number(cells.get(2)), 1e-6); // one more GWh: made in Vietnam at 5, shipped at 1
    List<Object> cars = rowsStarting(t, "demand", "cars,US-M,2027").get(0);
    assertEquals("USD millions per 1,000 vehicles", cars.get(3));
    assertEquals(8, number(cars.get(2)), 1e-6);
    assertTrue(rowsStarting(t, "capacity").stream().allMatch(r -> r.get(3).equals("USD millions per capacity unit")));
  }

  @Test
  void analysisHeadersNameTheMoneyAndTheMetric() {
    Network n = network(1);
    Summary vn = Summary.of(FootprintSolver.create().solve(n));
    Frontier capex = new Frontier("capex in US", List.of(new Frontier.Point(0, 440, 0, vn, true)));
    assertEquals(List.of("floor_usd_millions", "cost_usd_millions", "achieved_usd_millions", "non_dominated", "status",
        "sites_opened"), ResultTables.frontier(capex, n).columns());
    Frontier jobs = new Frontier("jobs in US (lowest period)", List.of(new Frontier.Point(0, 440, 0, vn, true)));
    assertEquals(List.of("floor_jobs", "cost_usd_millions", "achieved_jobs"),
        ResultTables.frontier(jobs, n).columns().subList(0, 3));
    MonteCarlo mc = new MonteCarlo(1, 1, new double[] {440}, List.of(vn), false);
    ResultTable montecarlo = ResultTables.monteCarlo(mc, n);
    assertEquals(List.of("sample", "status", "total_cost_usd_millions", "sites_opened"), montecarlo.columns());
    assertEquals(List.of(0, "OPTIMAL"), montecarlo.rows().get(0).subList(0, 2));
    RobustFootprint r = new RobustFootprint(SolveStatus.OPTIMAL, List.of("calm"), List.of(1.0), Map.of(), Map.of(),
        Map.of("calm", 440.0), 440, 440, Map.of("calm", 440.0), 440);
    assertEquals(List.of("regime", "probability", "cost_under_robust_footprint_usd_millions",
        "expected_cost_of_footprint_best_for_regime_usd_millions"), ResultTables.robust(r, n).columns());
    // Without a network and without allocations, the money is not known: the headers do not guess.
    assertEquals("cost_under_robust_footprint", ResultTables.robust(r).columns().get(2));
  }

  @Test
  void tablesRefuseRowsThatDoNotFit() {
    assertThrows(IllegalArgumentException.class, () -> ResultTable.builder("t", List.of("a", "b")).add(1).build());
    assertThrows(IllegalArgumentException.class, () -> ResultTable.builder("t", List.of("a")).add(List.of(List.of()))
        .build());
    assertThrows(IllegalArgumentException.class, () -> ResultTable.builder("t", List.of("a", "a")).build());
    assertThrows(IllegalArgumentException.class, () -> ResultTable.builder("Bad name", List.of("a")).build());
  }
}
