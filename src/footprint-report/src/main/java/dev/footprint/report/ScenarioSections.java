package dev.footprint.report;

import dev.footprint.analysis.Summary;
import dev.footprint.model.Country;
import dev.footprint.model.Network;
import dev.footprint.result.CostKind;
import dev.footprint.solve.Solution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sections on a set of solved scenarios: the overview, the change against the base scenario
 * (first, as a waterfall of cost by kind), where each product is made, cost by kind, and capex and
 * jobs per country. {@link ScenarioDetails} adds flows, tariffs and subsidies, and the details.
 */
final class ScenarioSections {
  /** Products drawn as charts at most; the tables and CSV files hold them all. */
  static final int MAX_PRODUCT_CHARTS = 12;
  /** Waterfalls drawn at most; the table of changes holds every scenario. */
  static final int MAX_WATERFALLS = 6;

  private final ReportContext ctx;
  private final List<String> names;
  private final Map<String, Solution> solutions;
  private final Map<String, Summary> sums = new LinkedHashMap<>();
  private final String base;
  private final Set<String> countries = new LinkedHashSet<>();
  private final List<String> products = new ArrayList<>();
  private final String prefix;

  /**
   * @param ctx the report
   * @param solutions solutions by scenario name, in display order
   * @param base the scenario deltas are taken against, or null
   */
  ScenarioSections(ReportContext ctx, Map<String, Solution> solutions, String base) {
    this.ctx = ctx;
    this.solutions = solutions;
    this.names = new ArrayList<>(solutions.keySet());
    this.base = base != null && solutions.containsKey(base) ? base : null;
    Set<String> productSet = new LinkedHashSet<>();
    for (Map.Entry<String, Solution> e : solutions.entrySet()) {
      sums.put(e.getKey(), Summary.of(e.getValue()));
      Network n = e.getValue().network();
      ctx.describe(n);
      for (Country c : n.countries()) {
        countries.add(c.id());
        ctx.countries().of(c.id());
      }
      n.products().forEach(p -> productSet.add(p.id()));
    }
    products.addAll(productSet);
    this.prefix = "s" + (ctx.sections().size() + 1) + "-";
  }

  /** Adds every section, the details last. */
  void addAll() {
    overview();
    if (base != null && names.size() > 1) {
      changes();
    }
    made();
    cost();
    capexAndJobs();
    new ScenarioDetails(ctx, solutions, prefix).addAll();
  }

  private boolean has(String name) {
    return solutions.get(name).hasAllocation();
  }

  private Solution baseSolution() {
    return base == null ? null : solutions.get(base);
  }

  private void overview() {
    StringBuilder o = new StringBuilder();
    String money = ctx.money();
    Solution b = baseSolution();
    boolean deltas = b != null && b.hasAllocation() && names.size() > 1;
    boolean profit = names.stream().anyMatch(n -> solutions.get(n).network().horizon().maximizesProfit());
    List<String> header = new ArrayList<>(List.of("scenario", "status",
        (profit ? "cost less revenue (" : "total cost (") + money + ", PV)"));
    if (deltas) {
      header.addAll(List.of("Δ vs " + base, "Δ %"));
    }
    header.addAll(List.of("gap", "solver"));
    List<Object[]> rows = new ArrayList<>();
    for (String n : names) {
      Solution s = solutions.get(n);
      List<Object> r = new ArrayList<>(List.of(n, Html.status(s.status().name()),
          s.hasAllocation() ? Html.num(s.objective()) : "–"));
      if (deltas) {
        boolean d = s.hasAllocation() && !n.equals(base);
        r.add(d ? Html.signed(s.objective() - b.objective()) : n.equals(base) ? "base" : "–");
        r.add(d && b.objective() != 0 ? Html.percent((s.objective() - b.objective()) / Math.abs(b.objective()))
            : "");
      }
      r.add(Double.isFinite(s.stats().relativeGap()) ? Html.percent(s.stats().relativeGap()) : "–");
      r.add(s.stats().backend() + ", " + Format.grouped(s.stats().solveMillis() / 1000.0) + " s");
      rows.add(r.toArray());
    }
    o.append(Html.table(header, rows, deltas ? new int[] {2, 3, 4, 5} : new int[] {2, 3}));
    o.append(Html.note("Costs are present values in " + money + " over the horizon; credits and grants count as "
        + "negative costs. Capex per country is gross and undiscounted, the figure a pledge counts. Hover a "
        + "number for its exact value."
        + (profit ? " The study maximizes profit: its total is cost less revenue, the negative of the profit, and "
            + "revenue counts as a negative cost (REVENUE)." : "")));
    for (String n : names) {
      Solution s = solutions.get(n);
      if (s.diagnosis().isPresent()) {
        o.append("<p class=\"problem\"><strong>").append(Html.esc(n)).append(":</strong> ")
            .append(Html.esc(s.diagnosis().get())).append("</p>");
      }
    }
    o.append(names.size() > 1 ? "<h3>Sites whose status differs between scenarios</h3>"
        : "<h3>Sites that open or close</h3>");
    o.append(SiteChanges.ofSolutions(names, names.stream().map(solutions::get).toList()).matrix("site"));
    ctx.add(prefix + "overview", "Overview", o.toString());
  }

  /** Cost kinds with a nonzero cost in some scenario, in their order. */
  private List<CostKind> kinds() {
    List<CostKind> kinds = new ArrayList<>();
    for (CostKind k : CostKind.values()) {
      if (sums.values().stream().anyMatch(s -> s.costByKind().getOrDefault(k, 0.0) != 0)) {
        kinds.add(k);
      }
    }
    return kinds;
  }

  /** The change against the base: total cost deltas, a waterfall by cost kind per scenario, a table. */
  private void changes() {
    Solution b = baseSolution();
    String money = ctx.money();
    StringBuilder c = new StringBuilder();
    if (!b.hasAllocation()) {
      c.append(Html.note("The base scenario " + base + " has no solution (" + b.status().name().toLowerCase(Locale.ROOT)
          + "), so there is nothing to compare against."));
      ctx.add(prefix + "changes", "Change against " + base, c.toString());
      return;
    }
    List<String> others = names.stream().filter(n -> !n.equals(base)).toList();
    BarChart delta = new BarChart(ctx.chartId("delta"), "Change in total cost against " + base, money + " (change)",
        others, List.of("change"), List.of("change against " + base)).valueLabels(true).valueFormat(Format::signed)
        .size(Math.max(520, Math.min(1000, 120.0 * others.size() + 140)), 300)
        .colors(List.of(Palette.scenario(0)));
    for (int i = 0; i < others.size(); i++) {
      Solution s = solutions.get(others.get(i));
      if (s.hasAllocation()) {
        delta.set(i, 0, 0, s.objective() - b.objective());
      } else {
        delta.note(i, statusWord(s));
      }
    }
    c.append(Html.figure("Change in total cost against " + base + " (" + money + ", present value; bars are "
        + "differences from the base, so zero is the base's cost)", delta.render()));
    List<CostKind> kinds = kinds();
    StringBuilder grid = new StringBuilder("<div class=\"grid\">");
    int drawn = 0;
    for (String n : others) {
      Solution s = solutions.get(n);
      if (!s.hasAllocation() || drawn++ >= MAX_WATERFALLS) {
        continue;
      }
      WaterfallChart w = new WaterfallChart(ctx.chartId("waterfall-" + n), n + " against " + base + " by cost kind",
          money, base, b.objective()).size(names.size() > 2 ? 520 : 760, 340);
      for (CostKind k : kinds) {
        w.step(kindName(k), s.evaluation().cost(k) - b.evaluation().cost(k));
      }
      w.end(n, s.objective());
      grid.append(Html.figure(n + ": from " + base + "'s cost to " + n + "'s, by cost kind", w.render()));
    }
    c.append(grid).append("</div>");
    c.append(Html.note("A waterfall starts at the base's total cost, adds each cost kind's change (red: costs more, "
        + "green: costs less) and ends at the scenario's total. Its axis starts near the totals, not at zero, so "
        + "that small changes show; the axis label says where it starts."));
    if (drawn > MAX_WATERFALLS) {
      c.append(Html.note("Waterfalls are drawn for the first " + MAX_WATERFALLS + " scenarios; the table below has "
          + "all " + others.size() + "."));
    }
    List<Object[]> rows = new ArrayList<>();
    for (CostKind k : kinds) {
      Object[] r = new Object[others.size() + 1];
      r[0] = kindName(k);
      for (int i = 0; i < others.size(); i++) {
        Solution s = solutions.get(others.get(i));
        r[i + 1] = s.hasAllocation() ? Html.signed(s.evaluation().cost(k) - b.evaluation().cost(k)) : "–";
      }
      rows.add(r);
    }
    Object[] total = new Object[others.size() + 1];
    Object[] pct = new Object[others.size() + 1];
    total[0] = "total";
    pct[0] = "total, %";
    for (int i = 0; i < others.size(); i++) {
      Solution s = solutions.get(others.get(i));
      total[i + 1] = s.hasAllocation() ? Html.signed(s.objective() - b.objective()) : "–";
      pct[i + 1] = s.hasAllocation() && b.objective() != 0
          ? Html.percent((s.objective() - b.objective()) / Math.abs(b.objective())) : "–";
    }
    rows.add(total);
    rows.add(pct);
    c.append("<h3>Change by cost kind against ").append(Html.esc(base)).append(" (").append(Html.esc(money))
        .append(", present value)</h3>");
    c.append(Html.table(Html.header("cost kind", others), rows, Html.columns(1, others.size())));
    ctx.add(prefix + "changes", "Change against " + base, c.toString());
  }

  private void made() {
    StringBuilder w = new StringBuilder("<div class=\"grid\">");
    Map<String, Double> volume = new LinkedHashMap<>();
    for (String p : products) {
      double u = 0;
      for (Summary s : sums.values()) {
        u += s.production().getOrDefault(p, Map.of()).values().stream().mapToDouble(Double::doubleValue).sum();
      }
      volume.put(p, u);
    }
    // The products charted: the most made within each unit, never more than MAX_PRODUCT_CHARTS.
    List<String> charted = new ArrayList<>(products);
    charted.sort(Comparator.comparingDouble((String p) -> -volume.get(p)));
    charted = new ArrayList<>(charted.subList(0, Math.min(MAX_PRODUCT_CHARTS, charted.size())));
    charted.sort(Comparator.comparingInt(products::indexOf));
    if (names.size() == 1) {
      Map<String, List<String>> byUnit = new LinkedHashMap<>();
      charted.forEach(p -> byUnit.computeIfAbsent(ctx.unit(p), k -> new ArrayList<>()).add(p));
      Summary s = sums.get(names.get(0));
      byUnit.forEach((unit, ps) -> {
        List<String> made = countriesMaking(null);
        BarChart chart = new BarChart(ctx.chartId("production-" + unit), "Made by country, in " + unit, unit, ps,
            List.of(unit), made.isEmpty() ? List.of("none") : made).colors(ctx.colors(made)).legend(true)
            .size(Math.max(520, Math.min(1000, 140.0 * ps.size() + 160)), 320);
        for (int c = 0; c < ps.size(); c++) {
          for (int k = 0; k < made.size(); k++) {
            chart.set(c, 0, k, s.production().getOrDefault(ps.get(c), Map.of()).getOrDefault(made.get(k), 0.0));
          }
        }
        if (!solutions.get(names.get(0)).hasAllocation() && !ps.isEmpty()) {
          chart.note(0, statusWord(solutions.get(names.get(0))));
        }
        w.append(Html.figure("Made by country over the horizon, in " + unit + " (" + String.join(", ", ps) + ")",
            chart.render()));
      });
    } else {
      for (String p : charted) {
        String unit = ctx.unit(p);
        List<String> made = countriesMaking(p);
        BarChart chart = new BarChart(ctx.chartId("production-" + p), p + ": made by country, in " + unit, unit,
            names, List.of(unit), made.isEmpty() ? List.of("none") : made).colors(ctx.colors(made)).legend(true)
            .size(520, 300);
        for (int c = 0; c < names.size(); c++) {
          Summary s = sums.get(names.get(c));
          for (int k = 0; k < made.size(); k++) {
            chart.set(c, 0, k, s.production().getOrDefault(p, Map.of()).getOrDefault(made.get(k), 0.0));
          }
          if (!has(names.get(c))) {
            chart.note(c, statusWord(solutions.get(names.get(c))));
          }
        }
        w.append(Html.figure(p + " (" + unit + " over the horizon)", chart.render()));
      }
    }
    w.append("</div>");
    if (charted.size() < products.size()) {
      w.append(Html.note("Charts show the " + charted.size() + " products made in the largest numbers; the table "
          + "and production.csv hold all " + products.size() + "."));
    }
    List<Object[]> rows = new ArrayList<>();
    for (String p : products.subList(0, Math.min(products.size(), HtmlReport.MAX_ROWS))) {
      Object[] r = new Object[names.size() + 2];
      r[0] = p;
      r[1] = ctx.unit(p);
      for (int i = 0; i < names.size(); i++) {
        r[i + 2] = where(sums.get(names.get(i)), p, solutions.get(names.get(i)));
      }
      rows.add(r);
    }
    List<String> header = new ArrayList<>(List.of("product", "unit"));
    header.addAll(names);
    w.append(Html.table(header, rows));
    ctx.add(prefix + "made", "Where each product is made", w.toString());
  }

  private void cost() {
    List<CostKind> kinds = kinds();
    String money = ctx.money();
    StringBuilder c = new StringBuilder();
    List<String> kindNames = kinds.stream().map(ScenarioSections::kindName).toList();
    BarChart cost = new BarChart(ctx.chartId("cost"), "Cost by kind per scenario", money, names, List.of("cost"),
        kindNames.isEmpty() ? List.of("none") : kindNames).net(true)
        .colors(kinds.stream().map(Palette::of).toList())
        .size(Math.max(640, Math.min(1000, 160.0 * names.size())), 360);
    for (int i = 0; i < names.size(); i++) {
      Summary s = sums.get(names.get(i));
      for (int k = 0; k < kinds.size(); k++) {
        cost.set(i, 0, k, s.costByKind().getOrDefault(kinds.get(k), 0.0));
      }
      if (!has(names.get(i))) {
        cost.note(i, statusWord(solutions.get(names.get(i))));
      }
    }
    c.append(Html.figure("Cost by kind (" + money + ", present value; from zero, credits below it, dot = net total"
        + (base != null && names.size() > 1 ? "; the changes are in the waterfalls above" : "") + ")", cost.render()));
    List<Object[]> rows = new ArrayList<>();
    for (CostKind k : kinds) {
      Object[] r = new Object[names.size() + 1];
      r[0] = kindName(k);
      for (int i = 0; i < names.size(); i++) {
        r[i + 1] = has(names.get(i)) ? Html.num(sums.get(names.get(i)).costByKind().getOrDefault(k, 0.0)) : "–";
      }
      rows.add(r);
    }
    Object[] total = new Object[names.size() + 1];
    total[0] = "total";
    for (int i = 0; i < names.size(); i++) {
      total[i + 1] = has(names.get(i)) ? Html.num(sums.get(names.get(i)).objective()) : "–";
    }
    rows.add(total);
    c.append(Html.table(Html.header(money + ", present value", names), rows, Html.columns(1, names.size())));
    ctx.add(prefix + "cost", "Cost by kind", c.toString());
  }

  private void capexAndJobs() {
    String money = ctx.money();
    StringBuilder cj = new StringBuilder("<div class=\"grid\">");
    List<String> capexCountries = new ArrayList<>();
    List<String> jobCountries = new ArrayList<>();
    for (String country : countries) {
      boolean capex = false;
      boolean jobs = false;
      for (String n : names) {
        Solution s = solutions.get(n);
        Summary sum = sums.get(n);
        capex |= sum.capexByCountry().getOrDefault(country, 0.0) != 0
            || Double.isFinite(ScenarioFacts.pledge(s.network(), country));
        jobs |= sum.totalJobs(country) != 0
            || Double.isFinite(ScenarioFacts.floor(s.network(), country, s.network().periods() - 1));
      }
      if (capex) {
        capexCountries.add(country);
      }
      if (jobs) {
        jobCountries.add(country);
      }
    }
    List<String> scenarioColors = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      scenarioColors.add(Palette.scenario(i));
    }
    BarChart capex = new BarChart(ctx.chartId("capex"), "Capex per country against pledges", money, capexCountries,
        names, List.of("capex")).markerLabel("pledge").colors(scenarioColors).size(520, 320);
    for (int k = 0; k < capexCountries.size(); k++) {
      for (int i = 0; i < names.size(); i++) {
        Solution s = solutions.get(names.get(i));
        capex.set(k, i, 0, sums.get(names.get(i)).capexByCountry().getOrDefault(capexCountries.get(k), 0.0));
        capex.marker(k, i, ScenarioFacts.pledge(s.network(), capexCountries.get(k)));
      }
    }
    Network first = solutions.values().iterator().next().network();
    String lastLabel = first.horizon().label(first.periods() - 1);
    BarChart jobs = new BarChart(ctx.chartId("jobs"), "Jobs per country in " + lastLabel + " against floors", "jobs",
        jobCountries, names, List.of("jobs")).markerLabel("floor").colors(scenarioColors).size(520, 320);
    for (int k = 0; k < jobCountries.size(); k++) {
      for (int i = 0; i < names.size(); i++) {
        Solution s = solutions.get(names.get(i));
        List<Double> perPeriod = sums.get(names.get(i)).jobsByCountry().get(jobCountries.get(k));
        jobs.set(k, i, 0, perPeriod == null || perPeriod.isEmpty() ? 0 : perPeriod.get(perPeriod.size() - 1));
        jobs.marker(k, i, ScenarioFacts.floor(s.network(), jobCountries.get(k), s.network().periods() - 1));
      }
    }
    cj.append(Html.figure("Capex per country (" + money + ", gross, undiscounted; line = pledge)", capex.render()));
    cj.append(Html.figure("Jobs per country in " + lastLabel + (first.periods() > 1 ? " (last period)" : "")
        + " (line = floor)", jobs.render()));
    cj.append("</div>");
    List<Object[]> rows = new ArrayList<>();
    for (String country : countries) {
      if (!capexCountries.contains(country) && !jobCountries.contains(country)) {
        continue;
      }
      Object[] r = new Object[names.size() + 1];
      r[0] = country;
      for (int i = 0; i < names.size(); i++) {
        Solution s = solutions.get(names.get(i));
        Summary sum = sums.get(names.get(i));
        if (!s.hasAllocation()) {
          r[i + 1] = "–";
          continue;
        }
        List<Double> perPeriod = sum.jobsByCountry().getOrDefault(country, List.of());
        double pledge = ScenarioFacts.pledge(s.network(), country);
        double floor = ScenarioFacts.floor(s.network(), country, s.network().periods() - 1);
        r[i + 1] = "capex " + Format.compact(sum.capexByCountry().getOrDefault(country, 0.0))
            + (Double.isFinite(pledge) ? " (pledge " + Format.compact(pledge) + ")" : "") + " · jobs "
            + Format.compact(perPeriod.isEmpty() ? 0 : perPeriod.get(perPeriod.size() - 1))
            + (Double.isFinite(floor) ? " (floor " + Format.compact(floor) + ")" : "");
      }
      rows.add(r);
    }
    cj.append(Html.table(Html.header("country", names), rows));
    ctx.add(prefix + "capex-jobs", "Capex and jobs per country", cj.toString());
  }

  private List<String> countriesMaking(String product) {
    List<String> out = new ArrayList<>();
    for (String c : countries) {
      for (Summary s : sums.values()) {
        boolean makes = product == null ? s.production().values().stream().anyMatch(m -> m.containsKey(c))
            : s.production().getOrDefault(product, Map.of()).containsKey(c);
        if (makes) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  private static String where(Summary s, String product, Solution solution) {
    if (!solution.hasAllocation()) {
      return "–";
    }
    Map<String, Double> m = s.production().getOrDefault(product, Map.of());
    if (m.isEmpty()) {
      return "not made";
    }
    StringBuilder b = new StringBuilder();
    m.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).forEach(e -> {
      double share = s.share(product, e.getKey());
      if (share >= 0.005) {
        b.append(b.length() == 0 ? "" : " · ").append(e.getKey()).append(' ').append(Format.percent(share));
      }
    });
    return b.toString();
  }

  /**
   * @param k a cost kind
   * @return its name in words: {@code production credits}
   */
  static String kindName(CostKind k) {
    return k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * @param s a solution
   * @return its status in words: {@code infeasible}
   */
  static String statusWord(Solution s) {
    return s.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
