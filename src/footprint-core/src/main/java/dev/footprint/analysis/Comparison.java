package dev.footprint.analysis;

import dev.footprint.model.Network;
import dev.footprint.result.CostKind;
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

  /** @return a side-by-side table: cost by kind, capex and jobs per country, where each product is made */
  public String table() {
    List<String> names = new ArrayList<>(solutions.keySet());
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "%-28s", ""));
    for (String n : names) {
      sb.append(String.format(Locale.ROOT, "%18s", n.length() > 17 ? n.substring(0, 17) : n));
    }
    sb.append('\n');
    row(sb, "status", names, s -> s.status().toString());
    row(sb, "total cost", names, s -> s.hasAllocation() ? money(s.objective()) : "-");
    row(sb, "  delta vs " + base, names, s -> s.hasAllocation() && solutions.get(base).hasAllocation()
        ? money(s.objective() - solutions.get(base).objective()) : "-");
    for (CostKind k : CostKind.values()) {
      row(sb, "  " + k.name().toLowerCase(Locale.ROOT), names, s -> s.hasAllocation() ? money(s.evaluation().cost(k)) : "-");
    }
    TreeSet<String> countries = new TreeSet<>();
    for (Solution s : solutions.values()) {
      s.network().countries().forEach(c -> countries.add(c.id()));
    }
    for (String c : countries) {
      row(sb, "capex " + c, names, s -> s.hasAllocation() ? money(s.evaluation().capexByCountry().getOrDefault(c, 0.0)) : "-");
    }
    for (String c : countries) {
      row(sb, "jobs " + c + " (last period)", names, s -> s.hasAllocation()
          ? String.format(Locale.ROOT, "%,.0f", s.evaluation().jobs(c, s.network().periods() - 1)) : "-");
    }
    Solution first = solutions.get(base);
    for (var p : first.network().products()) {
      row(sb, "made: " + p.id(), names, s -> {
        if (!s.hasAllocation()) {
          return "-";
        }
        Summary sum = Summary.of(s);
        StringBuilder where = new StringBuilder();
        sum.production().getOrDefault(p.id(), Map.of()).forEach((c, u) -> {
          double share = sum.share(p.id(), c);
          if (share >= 0.005) {
            where.append(where.length() == 0 ? "" : " ").append(c).append(String.format(Locale.ROOT, "%.0f%%", 100 * share));
          }
        });
        return where.toString();
      });
    }
    return sb.toString();
  }

  private void row(StringBuilder sb, String label, List<String> names, java.util.function.Function<Solution, String> cell) {
    sb.append(String.format(Locale.ROOT, "%-28s", label));
    for (String n : names) {
      sb.append(String.format(Locale.ROOT, "%18s", cell.apply(solutions.get(n))));
    }
    sb.append('\n');
  }

  private static String money(double v) {
    String text = String.format(Locale.ROOT, "%,.1f", v);
    return text.equals("-0.0") ? "0.0" : text;
  }
}
