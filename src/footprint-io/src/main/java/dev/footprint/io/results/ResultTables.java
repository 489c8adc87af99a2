package dev.footprint.io.results;

import dev.footprint.analysis.Frontier;
import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.RobustFootprint;
import dev.footprint.analysis.Sensitivity;
import dev.footprint.analysis.Summary;
import dev.footprint.analysis.Sweep;
import dev.footprint.model.Country;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.model.TariffQuota;
import dev.footprint.result.Allocation;
import dev.footprint.result.CostKind;
import dev.footprint.result.Evaluation;
import dev.footprint.result.QuotaUse;
import dev.footprint.result.Shipment;
import dev.footprint.solve.Solution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The tables of a run, one row per fact, as {@link ResultTable}s that {@link CsvTables} writes as CSV
 * files and {@link ResultWorkbook} as the sheets of {@code results.xlsx}. Cost figures are present
 * values; capex is gross and undiscounted.
 *
 * <p>Headers say what the numbers count:
 * <ul>
 *   <li>A column that holds money in every row ends in the network's money in lower case, words
 *       joined by {@code _}: {@code total_cost_usd_millions} (see {@link #moneyKey(Money)}). The money
 *       column of {@code costs}, whose figure is named by its {@code kind} column, is the money alone
 *       ({@code usd}, {@code usd_millions}).</li>
 *   <li>A table whose rows count different things has a {@code unit} column: the product's unit
 *       ({@link Product#unit()}) for quantities of a product, the money's label ({@code USD millions})
 *       for money, {@code jobs} for jobs. Quantities of different products are never added up.</li>
 * </ul>
 *
 * <p>(A long class: every table is built here, so that their headers and units follow one rule.)
 */
public final class ResultTables {
  private ResultTables() {}

  /**
   * @param money a network's money
   * @return its label as a column suffix: lower case, words joined by {@code _}, such as {@code usd}
   *     or {@code usd_millions} ({@code ×} becomes {@code x})
   */
  public static String moneyKey(Money money) {
    String key = money.label().toLowerCase(Locale.ROOT).replace('\u00d7', 'x').replaceAll("[^a-z0-9.]+", "_");
    return key.replaceAll("^_+|_+$", "");
  }

  /** @return {@code figure_money}, or the figure alone when the money is not known (null) */
  static String moneyColumn(String figure, Money money) {
    return money == null ? figure : figure + "_" + moneyKey(money);
  }

  /**
   * @param solutions solutions by scenario
   * @return the money of their networks (plain USD when there are none)
   * @throws IllegalArgumentException if the networks state their money differently: a table does
   *     not mix currencies or units
   */
  public static Money money(Map<String, Solution> solutions) {
    Money money = null;
    String first = null;
    for (var e : solutions.entrySet()) {
      Money m = e.getValue().network().money();
      if (money == null) {
        money = m;
        first = e.getKey();
      } else if (!money.equals(m)) {
        throw new IllegalArgumentException("scenario '" + e.getKey() + "' states its money in " + m + " but '" + first
            + "' in " + money + ": one table cannot hold both");
      }
    }
    return money == null ? Money.USD : money;
  }

  /** @return the unit of a product of a network, or {@link Product#DEFAULT_UNIT} if it has none by that id */
  private static String unitOf(Network n, String product) {
    int p = n.productIndex(product);
    return p < 0 ? Product.DEFAULT_UNIT : n.products().get(p).unit();
  }

  /**
   * production: units made per scenario, product, site and period (rows with none left out), in
   * the product's unit.
   *
   * @param solutions solutions by scenario
   * @return the table
   */
  public static ResultTable production(Map<String, Solution> solutions) {
    var out = ResultTable.builder("production", List.of("scenario", "product", "site", "country", "period", "units",
        "unit"));
    for (var e : solutions.entrySet()) {
      if (!e.getValue().hasAllocation()) {
        continue;
      }
      Allocation a = e.getValue().allocation();
      Network n = a.network();
      for (int p = 0; p < n.products().size(); p++) {
        for (int s = 0; s < n.sites().size(); s++) {
          for (int t = 0; t < n.periods(); t++) {
            double units = a.production(p, s, t);
            if (units != 0) {
              out.add(e.getKey(), n.products().get(p).id(), n.sites().get(s).id(), n.sites().get(s).country(),
                  n.horizon().label(t), units, n.products().get(p).unit());
            }
          }
        }
      }
    }
    return out.build();
  }

  /**
   * shipments: units shipped per scenario, product, site, market and period, in the product's unit.
   *
   * @param solutions solutions by scenario
   * @return the table
   */
  public static ResultTable shipments(Map<String, Solution> solutions) {
    var t = ResultTable.builder("shipments", List.of("scenario", "product", "site", "origin", "market", "destination",
        "period", "units", "unit"));
    for (var e : solutions.entrySet()) {
      if (!e.getValue().hasAllocation()) {
        continue;
      }
      Network n = e.getValue().network();
      for (Shipment s : e.getValue().allocation().shipments()) {
        t.add(e.getKey(), s.product(), s.site(), n.sites().get(n.siteIndex(s.site())).country(), s.market(),
            n.markets().get(n.marketIndex(s.market())).country(), n.horizon().label(s.period()), s.units(),
            unitOf(n, s.product()));
      }
    }
    return t.build();
  }

  /**
   * costs: cost by kind for each scenario as a whole ({@code scope = total}, with a {@code TOTAL}
   * row), per product, per country, tariffs per lane and subsidies per program; credits are
   * negative. The money column is named by the money alone ({@code usd_millions}).
   *
   * @param solutions solutions by scenario
   * @return the table
   * @throws IllegalArgumentException if the scenarios state their money differently
   */
  public static ResultTable costs(Map<String, Solution> solutions) {
    var t = ResultTable.builder("costs", List.of("scenario", "scope", "id", "kind", moneyKey(money(solutions))));
    for (var e : solutions.entrySet()) {
      if (!e.getValue().hasAllocation()) {
        continue;
      }
      String name = e.getKey();
      Evaluation ev = e.getValue().evaluation();
      for (CostKind k : CostKind.values()) {
        t.add(name, "total", null, k.name(), ev.cost(k));
      }
      t.add(name, "total", null, "TOTAL", ev.total());
      for (var p : ev.byProduct().entrySet()) {
        p.getValue().forEach((k, v) -> {
          if (v != 0) {
            t.add(name, "product", p.getKey(), k.name(), v);
          }
        });
      }
      for (var c : ev.byCountry().entrySet()) {
        c.getValue().forEach((k, v) -> {
          if (v != 0) {
            t.add(name, "country", c.getKey(), k.name(), v);
          }
        });
      }
      ev.tariffsByLane().forEach((lane, v) -> t.add(name, "lane", lane, CostKind.TARIFFS.name(), v));
      ev.subsidiesByProgram().forEach((program, v) -> t.add(name, "program", program, "SUBSIDY_RECEIVED", v));
    }
    return t.build();
  }

  /**
   * quotas: for each scenario, tariff-rate quota and period it is in force: the product, origins
   * ({@code ;} between them, empty for every origin) and destination, the volume, the units shipped
   * that the quota covers, those within it and beyond it (in the product's unit), and the duty the
   * units within it save against the out-of-quota duty (present value, in the money).
   *
   * @param solutions solutions by scenario
   * @return the table
   * @throws IllegalArgumentException if the scenarios state their money differently
   */
  public static ResultTable quotas(Map<String, Solution> solutions) {
    var t = ResultTable.builder("quotas", List.of("scenario", "quota", "product", "origins", "destination", "period",
        "volume", "units", "in_quota", "out_of_quota", "unit", moneyColumn("duty_saved", money(solutions))));
    for (var e : solutions.entrySet()) {
      if (!e.getValue().hasAllocation()) {
        continue;
      }
      Network n = e.getValue().network();
      for (QuotaUse u : e.getValue().evaluation().quotaUse()) {
        TariffQuota q = n.quotas().stream().filter(x -> x.id().equals(u.quota())).findFirst().orElseThrow();
        t.add(e.getKey(), q.id(), q.product(), String.join(";", new TreeSet<>(q.origins())), q.destination(),
            n.horizon().label(u.period()), u.volume(), u.units(), u.inQuota(), u.outOfQuota(), unitOf(n, q.product()),
            u.dutySaved());
      }
    }
    return t.build();
  }

  /**
   * @param solutions solutions by scenario
   * @return whether any of their networks has a tariff-rate quota (then a report has a quotas table)
   */
  public static boolean anyQuotas(Map<String, Solution> solutions) {
    return solutions.values().stream().anyMatch(s -> !s.network().quotas().isEmpty());
  }

  /**
   * @param solutions solutions by scenario
   * @return whether any of their networks has a capacity step (then a report has a steps table)
   */
  public static boolean anySteps(Map<String, Solution> solutions) {
    return solutions.values().stream().anyMatch(s -> !s.network().capacitySteps().isEmpty());
  }

  /**
   * steps: each capacity step per scenario and period: its site, the modules in place and the
   * capacity they add (modules times the step's increment, in capacity units).
   *
   * @param solutions solutions by scenario
   * @return the table
   */
  public static ResultTable steps(Map<String, Solution> solutions) {
    var out = ResultTable.builder("steps", List.of("scenario", "step", "site", "country", "first_in_place", "period",
        "in_place", "capacity_added"));
    for (var e : solutions.entrySet()) {
      if (!e.getValue().hasAllocation()) {
        continue;
      }
      Allocation a = e.getValue().allocation();
      Network n = a.network();
      for (dev.footprint.model.CapacityStep k : n.capacitySteps()) {
        OptionalInt first = a.stepFirstInPlace(k.id());
        String country = n.sites().get(n.siteIndex(k.site())).country();
        for (int t = 0; t < n.periods(); t++) {
          double inPlace = a.stepsInPlace(k.id(), t);
          out.add(e.getKey(), k.id(), k.site(), country, first.isPresent() ? n.horizon().label(first.getAsInt()) : null,
              n.horizon().label(t), inPlace, inPlace * k.capacityIncrement().at(t));
        }
      }
    }
    return out.build();
  }

  /**
   * sites: each site's decisions per scenario and period: when it opens or closes, its status, its
   * capacity and the capacity its production uses (units times each product's
   * {@code capacityUsePerUnit}, in capacity units, so that products of different units add up).
   *
   * @param solutions solutions by scenario
   * @return the table
   */
  public static ResultTable sites(Map<String, Solution> solutions) {
    var out = ResultTable.builder("sites", List.of("scenario", "site", "country", "kind", "opened", "closed", "period",
        "status", "capacity", "capacity_used"));
    for (var e : solutions.entrySet()) {
      if (!e.getValue().hasAllocation()) {
        continue;
      }
      Allocation a = e.getValue().allocation();
      Network n = a.network();
      for (int s = 0; s < n.sites().size(); s++) {
        Site site = n.sites().get(s);
        OptionalInt opened = site.kind() == SiteKind.EXISTING ? OptionalInt.empty() : a.openedIn(site.id());
        OptionalInt closed = a.closingPeriod(site.id());
        for (int t = 0; t < n.periods(); t++) {
          double used = 0;
          for (int p = 0; p < n.products().size(); p++) {
            used += a.production(p, s, t) * n.products().get(p).capacityUsePerUnit();
          }
          out.add(e.getKey(), site.id(), site.country(), site.kind().name(),
              opened.isPresent() ? n.horizon().label(opened.getAsInt()) : null,
              closed.isPresent() ? n.horizon().label(closed.getAsInt()) : null, n.horizon().label(t),
              a.siteStatus(site.id(), t), site.capacity().at(t), used);
        }
      }
    }
    return out.build();
  }

  /**
   * comparison: the scenarios side by side, one row per figure, one column per scenario, and the
   * unit of each row. Figures: status, total cost and its delta against the base, cost by kind,
   * tariffs per lane, subsidies per program, capex and jobs (last period) per country, units made
   * per product and country over the horizon.
   *
   * @param solutions solutions by scenario
   * @param base the base scenario's name, or null
   * @return the table
   * @throws IllegalArgumentException if the scenarios state their money differently
   */
  public static ResultTable comparison(Map<String, Solution> solutions, String base) {
    Money money = money(solutions);
    String m = money.label();
    List<String> names = new ArrayList<>(solutions.keySet());
    List<String> header = new ArrayList<>(List.of("figure", "id", "unit"));
    header.addAll(names);
    Map<String, Summary> sums = new LinkedHashMap<>();
    solutions.forEach((k, v) -> sums.put(k, Summary.of(v)));
    Map<String, Country> countries = new LinkedHashMap<>();
    Map<String, Product> products = new LinkedHashMap<>();
    Set<String> lanes = new TreeSet<>();
    Set<String> programs = new TreeSet<>();
    for (Solution s : solutions.values()) {
      s.network().countries().forEach(c -> countries.putIfAbsent(c.id(), c));
      s.network().products().forEach(p -> products.putIfAbsent(p.id(), p));
      if (s.hasAllocation()) {
        lanes.addAll(s.evaluation().tariffsByLane().keySet());
        programs.addAll(s.evaluation().subsidiesByProgram().keySet());
      }
    }
    Solution b = base == null ? null : solutions.get(base);
    var t = ResultTable.builder("comparison", header);
    Function<Function<String, Object>, List<Object>> cells = f -> names.stream().map(f).toList();
    Function<String, Boolean> has = n -> solutions.get(n).hasAllocation();
    row(t, "status", null, null, cells.apply(n -> solutions.get(n).status().name()));
    row(t, "total_cost", null, m, cells.apply(n -> sums.get(n).objective()));
    row(t, "delta_vs_base", base, m, cells.apply(n -> b != null && b.hasAllocation() && has.apply(n)
        ? sums.get(n).objective() - b.objective() : null));
    for (CostKind k : CostKind.values()) {
      row(t, "cost", k.name(), m, cells.apply(n -> sums.get(n).costByKind().get(k)));
    }
    for (String lane : lanes) {
      row(t, "tariffs", lane, m, cells.apply(n -> has.apply(n)
          ? solutions.get(n).evaluation().tariffsByLane().getOrDefault(lane, 0.0) : null));
    }
    for (String program : programs) {
      row(t, "subsidy", program, m, cells.apply(n -> has.apply(n)
          ? solutions.get(n).evaluation().subsidiesByProgram().getOrDefault(program, 0.0) : null));
    }
    for (String c : countries.keySet()) {
      row(t, "capex", c, m, cells.apply(n -> has.apply(n) ? sums.get(n).capexByCountry().getOrDefault(c, 0.0) : null));
    }
    for (String c : countries.keySet()) {
      row(t, "jobs_last_period", c, "jobs", cells.apply(n -> {
        List<Double> jobs = sums.get(n).jobsByCountry().get(c);
        return jobs == null || jobs.isEmpty() ? null : jobs.get(jobs.size() - 1);
      }));
    }
    for (Product p : products.values()) {
      for (String c : countries.keySet()) {
        boolean any = sums.values().stream().anyMatch(s -> s.production().getOrDefault(p.id(), Map.of())
            .containsKey(c));
        if (any) {
          row(t, "units_made", p.id() + "@" + c, p.unit(), cells.apply(n -> has.apply(n)
              ? sums.get(n).production().getOrDefault(p.id(), Map.of()).getOrDefault(c, 0.0) : null));
        }
      }
    }
    return t.build();
  }

  private static void row(ResultTable.Builder t, String figure, String id, String unit, List<Object> values) {
    List<Object> r = new ArrayList<>();
    r.add(figure);
    r.add(id);
    r.add(unit);
    r.addAll(values);
    t.add(r);
  }

  /**
   * sweep: one row per point: the value, whether it was solved there, the status, the total cost,
   * the sites opened and closed, the cost by kind ({@code cost_labor_usd_millions}, ...) and, for
   * each product and country that makes it at some point, the share of the product made there over
   * the horizon ({@code share_cells@US}, a fraction). Points without an allocation leave their
   * figures empty.
   *
   * @param sweep the sweep
   * @param network the network swept (its money, products and countries name the columns)
   * @return the table
   */
  public static ResultTable sweep(Sweep sweep, Network network) {
    return sweep(sweep, Objects.requireNonNull(network, "network").money(), network);
  }

  /** The sweep's table; without a network, money columns carry no unit and shares follow the sweep's order. */
  static ResultTable sweep(Sweep sweep, Money money, Network network) {
    List<String[]> shares = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    List<String> productOrder = network == null ? null : network.products().stream().map(Product::id).toList();
    List<String> countryOrder = network == null ? null : network.countries().stream().map(Country::id).toList();
    for (Sweep.Point p : sweep.points()) {
      p.summary().production().forEach((product, byCountry) -> byCountry.forEach((country, units) -> {
        if (units > 0 && seen.add(product + "@" + country)) {
          shares.add(new String[] {product, country});
        }
      }));
    }
    if (network != null) {
      shares.sort(java.util.Comparator.<String[]>comparingInt(s -> rank(productOrder, s[0]))
          .thenComparingInt(s -> rank(countryOrder, s[1])));
    }
    List<String> header = new ArrayList<>(List.of("value", "solved", "status", moneyColumn("total_cost", money),
        "sites_opened", "sites_closed"));
    for (CostKind k : CostKind.values()) {
      header.add(moneyColumn("cost_" + k.name().toLowerCase(Locale.ROOT), money));
    }
    shares.forEach(s -> header.add("share_" + s[0] + "@" + s[1]));
    var t = ResultTable.builder("sweep", header);
    for (Sweep.Point p : sweep.points()) {
      Summary s = p.summary();
      boolean solved = s.status().hasAllocation();
      List<Object> r = new ArrayList<>(List.of(p.value(), p.solved(), s.status().name()));
      r.add(s.objective());
      r.add(String.join(";", s.sitesOpened()));
      r.add(String.join(";", s.sitesClosed()));
      for (CostKind k : CostKind.values()) {
        r.add(solved ? s.costByKind().getOrDefault(k, 0.0) : null);
      }
      shares.forEach(x -> r.add(solved ? s.share(x[0], x[1]) : null));
      t.add(r);
    }
    return t.build();
  }

  private static int rank(List<String> order, String id) {
    int i = order.indexOf(id);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /**
   * frontier: one row per point: the floor imposed, the cost, the metric achieved, whether the
   * point is non-dominated, the status and the sites opened. The floor and the metric are money
   * for a capex frontier ({@code floor_usd_millions}) and jobs for a jobs frontier
   * ({@code floor_jobs}).
   *
   * @param frontier the frontier
   * @param network the network (its money names the columns)
   * @return the table
   */
  public static ResultTable frontier(Frontier frontier, Network network) {
    return frontier(frontier, Objects.requireNonNull(network, "network").money());
  }

  static ResultTable frontier(Frontier f, Money money) {
    String metric = f.metric().startsWith("capex") ? (money == null ? null : moneyKey(money))
        : f.metric().startsWith("jobs") ? "jobs" : null;
    String floor = metric == null ? "floor" : "floor_" + metric;
    String achieved = metric == null ? "achieved" : "achieved_" + metric;
    var t = ResultTable.builder("frontier", List.of(floor, moneyColumn("cost", money), achieved, "non_dominated",
        "status", "sites_opened"));
    for (Frontier.Point p : f.points()) {
      t.add(p.floor(), p.cost(), p.achieved(), p.nonDominated(), p.summary().status().name(),
          String.join(";", p.summary().sitesOpened()));
    }
    return t.build();
  }

  /**
   * montecarlo: one row per sample: its status, its total cost and the sites it opens.
   *
   * @param mc the run
   * @param network the network sampled (its money names the cost column)
   * @return the table
   */
  public static ResultTable monteCarlo(MonteCarlo mc, Network network) {
    return monteCarlo(mc, Objects.requireNonNull(network, "network").money());
  }

  static ResultTable monteCarlo(MonteCarlo mc, Money money) {
    var t = ResultTable.builder("montecarlo", List.of("sample", "status", moneyColumn("total_cost", money),
        "sites_opened"));
    for (int i = 0; i < mc.summaries().size(); i++) {
      Summary s = mc.summaries().get(i);
      t.add(i, s.status().name(), s.objective(), String.join(";", s.sitesOpened()));
    }
    return t.build();
  }

  /**
   * sensitivity: one row per shadow price or reduced cost, with its unit: money per capacity unit
   * for capacity, money per unit of the product for demand and lanes ({@code USD millions per GWh}).
   *
   * @param s the sensitivity
   * @param network the network of the solution (its money and product units name the units)
   * @return the table
   */
  public static ResultTable sensitivity(Sensitivity s, Network network) {
    Objects.requireNonNull(network, "network");
    return sensitivity(s, network.money(), product -> unitOf(network, product));
  }

  static ResultTable sensitivity(Sensitivity s, Money money, Function<String, String> productUnit) {
    boolean known = money != null;
    var t = ResultTable.builder("sensitivity", known ? List.of("kind", "key", "value", "unit", "meaning")
        : List.of("kind", "key", "value", "meaning"));
    for (Sensitivity.Price p : s.capacity()) {
      price(t, "capacity", p, known ? money.label() + " per capacity unit" : null);
    }
    for (Sensitivity.Price p : s.demand()) {
      price(t, "demand", p, known ? money.label() + " per " + productUnit.apply(firstKey(p)) : null);
    }
    for (Sensitivity.Price p : s.lanes()) {
      price(t, "lane", p, known ? money.label() + " per " + productUnit.apply(firstKey(p)) : null);
    }
    return t.build();
  }

  private static void price(ResultTable.Builder t, String kind, Sensitivity.Price p, String unit) {
    if (unit == null) {
      t.add(kind, p.key(), p.value(), p.meaning());
    } else {
      t.add(kind, p.key(), p.value(), unit, p.meaning());
    }
  }

  /** @return the first part of a price's key: the product of a demand or lane key ({@code cells,US,2026}) */
  private static String firstKey(Sensitivity.Price p) {
    int comma = p.key().indexOf(',');
    return comma < 0 ? p.key() : p.key().substring(0, comma);
  }

  /**
   * robust: one row per regime: its probability, the cost of the robust footprint under it, and the
   * expected cost of the footprint that is best for it alone.
   *
   * @param r the robust footprint
   * @param network a network of the regimes (its money names the columns)
   * @return the table
   */
  public static ResultTable robust(RobustFootprint r, Network network) {
    return robust(r, Objects.requireNonNull(network, "network").money());
  }

  /** @return the robust footprint's table, its money taken from its allocations (unknown without any) */
  static ResultTable robust(RobustFootprint r) {
    Money money = r.allocations().values().stream().map(a -> a.network().money()).findFirst().orElse(null);
    return robust(r, money);
  }

  private static ResultTable robust(RobustFootprint r, Money money) {
    var t = ResultTable.builder("robust", List.of("regime", "probability",
        moneyColumn("cost_under_robust_footprint", money),
        moneyColumn("expected_cost_of_footprint_best_for_regime", money)));
    for (int k = 0; k < r.regimes().size(); k++) {
      String name = r.regimes().get(k);
      t.add(name, r.probabilities().get(k), r.costs().getOrDefault(name, Double.NaN),
          r.singleRegimeExpectedCost().getOrDefault(name, Double.NaN));
    }
    return t.build();
  }
}
