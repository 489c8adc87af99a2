package dev.footprint.analysis;

import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.result.CostKind;
import dev.footprint.result.Figures;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Named scenarios solved (in parallel where cores allow) and compared with a base: allocation, cost
 * by kind, capex and jobs per country, each with its delta against the base.
 *
 * @param base the base scenario's name
 * @param solutions each scenario's solution, in the order given
 */
public record Comparison(String base, Map<String, Solution> solutions) {

  /**
   * Validates and copies.
   *
   * @param base the base scenario's name
   * @param solutions each scenario's solution, in the order given
   */
  public Comparison {
    AnalysisLimits.require(base, "comparison.base");
    AnalysisLimits.requireEntries(solutions, "comparison.solutions");
    if (!solutions.containsKey(base)) {
      throw new IllegalArgumentException("base = '" + base + "': no scenario has this name; scenarios are "
          + solutions.keySet());
    }
    solutions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(solutions));
  }

  /**
   * @param solver the solver (shared across threads; it is stateless)
   * @param scenarios networks by scenario name, in display order
   * @param base the name of the scenario to compare against
   * @param threads how many to solve at once, at least 1
   * @return the comparison
   */
  public static Comparison run(FootprintSolver solver, Map<String, Network> scenarios, String base, int threads) {
    return run(solver, scenarios, base, threads, (name, solution) -> { });
  }

  /**
   * As {@link #run(FootprintSolver, Map, String, int)}, telling a listener as each scenario is solved.
   *
   * @param solver the solver (shared across threads; it is stateless)
   * @param scenarios networks by scenario name, in display order
   * @param base the name of the scenario to compare against
   * @param threads how many to solve at once, at least 1
   * @param solved called with each scenario's name and solution as it finishes, in finishing order,
   *     from the calling thread
   * @return the comparison
   */
  public static Comparison run(FootprintSolver solver, Map<String, Network> scenarios, String base, int threads,
      java.util.function.BiConsumer<String, Solution> solved) {
    AnalysisLimits.require(solver, "solver");
    AnalysisLimits.requireEntries(scenarios, "scenarios");
    AnalysisLimits.require(base, "base");
    AnalysisLimits.require(solved, "solved");
    AnalysisLimits.count(threads, AnalysisLimits.MAX_THREADS, "threads");
    if (!scenarios.containsKey(base)) {
      throw new IllegalArgumentException("base = '" + base + "': no scenario has this name; scenarios are "
          + scenarios.keySet());
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, scenarios.size()));
    try {
      CompletionService<Map.Entry<String, Solution>> done = new ExecutorCompletionService<>(pool);
      scenarios.forEach((name, network) -> done.submit(() -> Map.entry(name, solver.solve(network))));
      Map<String, Solution> byName = new java.util.HashMap<>();
      for (int k = 0; k < scenarios.size(); k++) {
        Map.Entry<String, Solution> e = done.take().get();
        byName.put(e.getKey(), e.getValue());
        solved.accept(e.getKey(), e.getValue());
      }
      Map<String, Solution> out = new LinkedHashMap<>();
      scenarios.keySet().forEach(name -> out.put(name, byName.get(name)));
      return new Comparison(base, out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while comparing scenarios", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * @param scenario a scenario's name
   * @return its cost by kind minus the base's (empty if either has no allocation)
   */
  public Map<CostKind, Double> costDelta(String scenario) {
    Solution s = solution(scenario);
    Solution b = solutions.get(base);
    Map<CostKind, Double> out = new EnumMap<>(CostKind.class);
    if (!s.hasAllocation() || !b.hasAllocation()) {
      return out;
    }
    for (CostKind k : CostKind.values()) {
      out.put(k, s.evaluation().cost(k) - b.evaluation().cost(k));
    }
    return out;
  }

  /**
   * @param scenario a scenario's name
   * @return its solution
   */
  public Solution solution(String scenario) {
    Solution s = solutions.get(AnalysisLimits.require(scenario, "scenario"));
    if (s == null) {
      throw new IllegalArgumentException("scenario = '" + scenario + "': no scenario has this name");
    }
    return s;
  }

  /**
   * @return a side-by-side table, one column per scenario under its full name: status; total cost,
   *     its change against the base and cost by kind (present value), capex per country (gross,
   *     undiscounted), all labelled with the base network's money; jobs per country in the last
   *     period; and where each product is made, as shares of its units
   */
  public String table() {
    List<String> names = new ArrayList<>(solutions.keySet());
    Solution b = solutions.get(base);
    Money money = b.network().money();
    String[] headers = new String[names.size() + 1];
    headers[0] = "";
    for (int i = 0; i < names.size(); i++) {
      Money other = solutions.get(names.get(i)).network().money();
      headers[i + 1] = ">" + (other.equals(money) ? names.get(i) : names.get(i) + " (" + other.label() + ")");
    }
    Text.Table t = new Text.Table(headers);
    double largest = 0;
    for (Solution s : solutions.values()) {
      if (s.hasAllocation()) {
        largest = Math.max(largest, Math.abs(s.objective()));
        for (double v : s.evaluation().byKind().values()) {
          largest = Math.max(largest, Math.abs(v));
        }
      }
    }
    double magnitude = largest;
    row(t, "status", names, s -> s.status().toString());
    t.title("cost, present value (" + money.label() + ")");
    row(t, "  total", names, s -> s.hasAllocation() ? Figures.money(s.objective(), magnitude) : Figures.NONE);
    row(t, "  change vs " + base, names, s -> s.hasAllocation() && b.hasAllocation()
        ? Text.signedMoney(s.objective() - b.objective(), magnitude) : Figures.NONE);
    for (CostKind k : CostKind.values()) {
      row(t, "  " + k.name().toLowerCase(Locale.ROOT).replace('_', ' '), names,
          s -> s.hasAllocation() ? Figures.money(s.evaluation().cost(k), magnitude) : Figures.NONE);
    }
    TreeSet<String> countries = new TreeSet<>();
    for (Solution s : solutions.values()) {
      s.network().countries().forEach(c -> countries.add(c.id()));
    }
    t.title("capex, undiscounted (" + money.label() + ")");
    for (String c : countries) {
      row(t, "  " + c, names, s -> s.hasAllocation()
          ? Figures.money(s.evaluation().capexByCountry().getOrDefault(c, 0.0), magnitude) : Figures.NONE);
    }
    t.title("jobs in the last period (" + b.network().horizon().label(b.network().periods() - 1) + ")");
    for (String c : countries) {
      row(t, "  " + c, names, s -> s.hasAllocation()
          ? Figures.whole(s.evaluation().jobs(c, s.network().periods() - 1)) : Figures.NONE);
    }
    t.title("where each product is made (share of its units)");
    Map<Solution, Summary> summaries = new java.util.IdentityHashMap<>();
    for (var p : b.network().products()) {
      row(t, "  " + p.id(), names, s -> s.hasAllocation() ? Text.shares(summaries.computeIfAbsent(s, Summary::of)
          .production().getOrDefault(p.id(), Map.of())) : Figures.NONE);
    }
    return t.render();
  }

  private void row(Text.Table t, String label, List<String> names, Function<Solution, String> cell) {
    String[] cells = new String[names.size() + 1];
    cells[0] = label;
    for (int i = 0; i < names.size(); i++) {
      cells[i + 1] = cell.apply(solutions.get(names.get(i)));
    }
    t.row(cells);
  }

}
