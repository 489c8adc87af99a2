package dev.footprint.report;

import dev.footprint.io.results.RunInfo;
import dev.footprint.analysis.BreakEven;
import dev.footprint.analysis.Frontier;
import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.RobustFootprint;
import dev.footprint.analysis.Sensitivity;
import dev.footprint.analysis.Summary;
import dev.footprint.analysis.Sweep;
import dev.footprint.model.Country;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.result.Allocation;
import dev.footprint.result.CostKind;
import dev.footprint.result.Evaluation;
import dev.footprint.solve.Solution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * One self-contained HTML report: inline CSS and SVG charts, no script, no external resource (fonts,
 * stylesheets, images). The markup is well-formed XML as well as HTML, so XML tools can read it.
 *
 * <p>Sections are added in order: {@link #scenarios} (where each product is made, cost by kind, capex
 * and jobs against pledges and floors, flows from origin to market, tariffs and subsidies, and the
 * details of each scenario), then any analyses.
 */
public final class HtmlReport {
  /** Products drawn as charts at most; the tables and CSV files hold them all. */
  static final int MAX_PRODUCT_CHARTS = 12;
  /** Scenarios drawn as flow charts at most. */
  static final int MAX_FLOW_CHARTS = 6;
  /** Rows of a detail table at most; the CSV files hold them all. */
  static final int MAX_ROWS = 40;

  /** Marks a table cell to be shown as a colored status. */
  private static final String STATUS_CELL = "\u0001status:";

  private record Section(String id, String heading, String body) {}

  private final RunInfo run;
  private final String title;
  private final List<Section> sections = new ArrayList<>();
  private final Palette countryColors = new Palette();
  private int charts;

  /**
   * @param run the run's facts, shown in the header
   * @param title the report's title
   */
  public HtmlReport(RunInfo run, String title) {
    this.run = java.util.Objects.requireNonNull(run, "run");
    this.title = java.util.Objects.requireNonNull(title, "title");
  }

  private String chartId(String what) {
    return "chart-" + (++charts) + "-" + what;
  }

  // ---------------------------------------------------------------------------------------------
  // Scenarios
  // ---------------------------------------------------------------------------------------------

  /**
   * Adds the sections on a set of solved scenarios.
   *
   * @param solutions solutions by scenario name, in display order
   * @param base the scenario deltas are taken against, or null
   * @return this
   */
  public HtmlReport scenarios(Map<String, Solution> solutions, String base) {
    List<String> names = new ArrayList<>(solutions.keySet());
    Map<String, Summary> sums = new LinkedHashMap<>();
    solutions.forEach((k, v) -> sums.put(k, Summary.of(v)));
    Solution b = base == null ? null : solutions.get(base);
    Set<String> countries = new LinkedHashSet<>();
    Set<String> products = new LinkedHashSet<>();
    for (Solution s : solutions.values()) {
      for (Country c : s.network().countries()) {
        countries.add(c.id());
        countryColors.of(c.id());
      }
      s.network().products().forEach(p -> products.add(p.id()));
    }
    String prefix = "s" + (sections.size() + 1) + "-";

    // Overview.
    StringBuilder o = new StringBuilder();
    List<String[]> rows = new ArrayList<>();
    for (String n : names) {
      Solution s = solutions.get(n);
      rows.add(new String[] {n, status(s), s.hasAllocation() ? Format.grouped(s.objective()) : "–",
          b != null && b.hasAllocation() && s.hasAllocation() && !n.equals(base) ? Format.signed(s.objective() - b.objective())
              : "–",
          s.hasAllocation() ? String.join(", ", withPeriods(s, true)) : "–",
          s.hasAllocation() ? String.join(", ", withPeriods(s, false)) : "–",
          Double.isFinite(s.stats().relativeGap()) ? Format.percent(s.stats().relativeGap()) : "–",
          s.stats().backend() + ", " + Format.grouped(s.stats().solveMillis() / 1000.0) + " s"});
    }
    o.append(table(new String[] {"scenario", "status", "total cost (USD, PV)", "Δ vs " + (base == null ? "base" : base),
        "sites opened (from)", "sites closed (from)", "gap", "solver"}, rows, 2, 3, 6));
    o.append("<p class=\"note\">Costs are present values in USD over the horizon; credits and grants count as "
        + "negative costs. Capex per country is gross and undiscounted, the figure a pledge counts.</p>");
    for (String n : names) {
      Solution s = solutions.get(n);
      if (s.diagnosis().isPresent()) {
        o.append("<p class=\"problem\"><strong>").append(esc(n)).append(":</strong> ")
            .append(esc(s.diagnosis().get())).append("</p>");
      }
    }
    add(prefix + "overview", "Overview", o.toString());

    // Where each product is made.
    StringBuilder w = new StringBuilder("<div class=\"grid\">");
    List<String> productOrder = new ArrayList<>(products);
    Map<String, Double> productUnits = new LinkedHashMap<>();
    for (String p : productOrder) {
      double u = 0;
      for (Summary s : sums.values()) {
        u += s.production().getOrDefault(p, Map.of()).values().stream().mapToDouble(Double::doubleValue).sum();
      }
      productUnits.put(p, u);
    }
    List<String> charted = new ArrayList<>(productOrder);
    charted.sort(Comparator.comparingDouble((String p) -> -productUnits.get(p)));
    charted = new ArrayList<>(charted.subList(0, Math.min(MAX_PRODUCT_CHARTS, charted.size())));
    charted.sort(Comparator.comparingInt(productOrder::indexOf));
    if (names.size() == 1) {
      List<String> made = countriesMaking(sums.values(), null, countries);
      BarChart chart = new BarChart(chartId("production"), "Units made by country, per product", "units",
          charted, List.of("units"), made.isEmpty() ? List.of("none") : made).colors(colors(made)).legend(true);
      Summary s = sums.get(names.get(0));
      for (int c = 0; c < charted.size(); c++) {
        for (int k = 0; k < made.size(); k++) {
          chart.set(c, 0, k, s.production().getOrDefault(charted.get(c), Map.of()).getOrDefault(made.get(k), 0.0));
        }
      }
      noteNoAllocation(chart, solutions.get(names.get(0)), charted.size());
      w.append(figure("Units made by country, per product (whole horizon)", chart.size(1000, 340).render()));
    } else {
      for (String p : charted) {
        List<String> made = countriesMaking(sums.values(), p, countries);
        BarChart chart = new BarChart(chartId("production-" + p), p + ": units made by country", "units", names,
            List.of("units"), made.isEmpty() ? List.of("none") : made).colors(colors(made)).legend(true).size(520, 300);
        for (int c = 0; c < names.size(); c++) {
          Summary s = sums.get(names.get(c));
          for (int k = 0; k < made.size(); k++) {
            chart.set(c, 0, k, s.production().getOrDefault(p, Map.of()).getOrDefault(made.get(k), 0.0));
          }
          if (!solutions.get(names.get(c)).hasAllocation()) {
            chart.note(c, statusWord(solutions.get(names.get(c))));
          }
        }
        w.append(figure(p, chart.render()));
      }
    }
    w.append("</div>");
    if (charted.size() < productOrder.size()) {
      w.append("<p class=\"note\">Charts show the ").append(charted.size()).append(" products made in the largest "
          + "numbers; the table and production.csv hold all ").append(productOrder.size()).append(".</p>");
    }
    List<String[]> madeRows = new ArrayList<>();
    for (String p : productOrder.subList(0, Math.min(productOrder.size(), MAX_ROWS))) {
      String[] r = new String[names.size() + 1];
      r[0] = p;
      for (int i = 0; i < names.size(); i++) {
        r[i + 1] = where(sums.get(names.get(i)), p, solutions.get(names.get(i)));
      }
      madeRows.add(r);
    }
    w.append(table(header("product", names), madeRows));
    add(prefix + "made", "Where each product is made", w.toString());

    // Cost by kind.
    List<CostKind> kinds = new ArrayList<>();
    for (CostKind k : CostKind.values()) {
      if (sums.values().stream().anyMatch(s -> s.costByKind().getOrDefault(k, 0.0) != 0)) {
        kinds.add(k);
      }
    }
    StringBuilder c = new StringBuilder();
    List<String> kindNames = kinds.stream().map(HtmlReport::kindName).toList();
    BarChart cost = new BarChart(chartId("cost"), "Cost by kind per scenario", "USD", names, List.of("cost"),
        kindNames.isEmpty() ? List.of("none") : kindNames).net(true)
        .colors(kinds.stream().map(Palette::of).toList()).size(Math.max(640, Math.min(1000, 160.0 * names.size())), 360);
    for (int i = 0; i < names.size(); i++) {
      Summary s = sums.get(names.get(i));
      for (int k = 0; k < kinds.size(); k++) {
        cost.set(i, 0, k, s.costByKind().getOrDefault(kinds.get(k), 0.0));
      }
      if (!solutions.get(names.get(i)).hasAllocation()) {
        cost.note(i, statusWord(solutions.get(names.get(i))));
      }
    }
    c.append(figure("Cost by kind (present value; credits below zero, dot = net total)", cost.render()));
    List<String[]> costRows = new ArrayList<>();
    for (CostKind k : kinds) {
      String[] r = new String[names.size() + 1];
      r[0] = kindName(k);
      for (int i = 0; i < names.size(); i++) {
        r[i + 1] = solutions.get(names.get(i)).hasAllocation()
            ? Format.grouped(sums.get(names.get(i)).costByKind().getOrDefault(k, 0.0)) : "–";
      }
      costRows.add(r);
    }
    String[] total = new String[names.size() + 1];
    total[0] = "total";
    for (int i = 0; i < names.size(); i++) {
      total[i + 1] = solutions.get(names.get(i)).hasAllocation() ? Format.grouped(sums.get(names.get(i)).objective()) : "–";
    }
    costRows.add(total);
    c.append(table(header("USD, present value", names), costRows, numericColumns(names.size())));
    add(prefix + "cost", "Cost by kind", c.toString());

    // Capex and jobs per country.
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
    BarChart capex = new BarChart(chartId("capex"), "Capex per country against pledges", "USD", capexCountries,
        names, List.of("capex")).markerLabel("pledge").colors(scenarioColors).size(520, 320);
    for (int k = 0; k < capexCountries.size(); k++) {
      for (int i = 0; i < names.size(); i++) {
        Solution s = solutions.get(names.get(i));
        capex.set(k, i, 0, sums.get(names.get(i)).capexByCountry().getOrDefault(capexCountries.get(k), 0.0));
        capex.marker(k, i, ScenarioFacts.pledge(s.network(), capexCountries.get(k)));
      }
    }
    Network first = solutions.values().iterator().next().network();
    int last = first.periods() - 1;
    String lastLabel = first.horizon().label(last);
    BarChart jobs = new BarChart(chartId("jobs"), "Jobs per country in " + lastLabel + " against floors", "jobs",
        jobCountries, names, List.of("jobs")).markerLabel("floor").colors(scenarioColors).size(520, 320);
    for (int k = 0; k < jobCountries.size(); k++) {
      for (int i = 0; i < names.size(); i++) {
        Solution s = solutions.get(names.get(i));
        List<Double> perPeriod = sums.get(names.get(i)).jobsByCountry().get(jobCountries.get(k));
        jobs.set(k, i, 0, perPeriod == null || perPeriod.isEmpty() ? 0 : perPeriod.get(perPeriod.size() - 1));
        jobs.marker(k, i, ScenarioFacts.floor(s.network(), jobCountries.get(k), s.network().periods() - 1));
      }
    }
    cj.append(figure("Capex per country (gross, undiscounted; line = pledge)", capex.render()));
    cj.append(figure("Jobs per country in " + lastLabel + (first.periods() > 1 ? " (last period)" : "")
        + " (line = floor)", jobs.render()));
    cj.append("</div>");
    List<String[]> cjRows = new ArrayList<>();
    for (String country : countries) {
      if (!capexCountries.contains(country) && !jobCountries.contains(country)) {
        continue;
      }
      String[] r = new String[names.size() + 1];
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
      cjRows.add(r);
    }
    cj.append(table(header("country", names), cjRows));
    add(prefix + "capex-jobs", "Capex and jobs per country", cj.toString());

    // Flows.
    StringBuilder f = new StringBuilder("<div class=\"grid\">");
    int drawn = 0;
    for (String n : names) {
      Solution s = solutions.get(n);
      if (!s.hasAllocation() || drawn >= MAX_FLOW_CHARTS) {
        continue;
      }
      drawn++;
      FlowChart flow = new FlowChart(chartId("flow-" + n), n + ": units from where made to where sold",
          "units", countryColors).width(names.size() > 1 ? 520 : 760);
      ScenarioFacts.flows(s).forEach((from, m) -> m.forEach((to, q) -> flow.add(from, to, q)));
      f.append(figure(n, flow.render()));
    }
    f.append("</div><p class=\"note\">Band thickness is proportional to units shipped over the whole horizon, "
        + "all products together; hover a band for its figure.</p>");
    add(prefix + "flows", "Flows from where goods are made to where they are sold", f.toString());

    // Tariffs and subsidies.
    StringBuilder ts = new StringBuilder();
    Set<String> lanes = new TreeSet<>();
    Set<String> programs = new TreeSet<>();
    for (Solution s : solutions.values()) {
      if (s.hasAllocation()) {
        s.evaluation().tariffsByLane().forEach((k, v) -> {
          if (v != 0) {
            lanes.add(k);
          }
        });
        programs.addAll(s.evaluation().subsidiesByProgram().keySet());
      }
    }
    ts.append("<h3>Tariffs paid by lane (origin → destination)</h3>");
    ts.append(lanes.isEmpty() ? "<p class=\"note\">No tariffs are paid in any scenario.</p>"
        : table(header("lane", names), mapRows(lanes, names, solutions, e -> e.tariffsByLane()),
            numericColumns(names.size())));
    ts.append("<h3>Subsidies received by program</h3>");
    ts.append(programs.isEmpty() ? "<p class=\"note\">The study has no subsidy programs.</p>"
        : table(header("program", names), mapRows(programs, names, solutions, e -> e.subsidiesByProgram()),
            numericColumns(names.size())));
    add(prefix + "tariffs", "Tariffs and subsidies", ts.toString());

    // Details.
    StringBuilder d = new StringBuilder();
    for (String n : names) {
      d.append(details(n, solutions.get(n)));
    }
    add(prefix + "details", "Scenario details", d.toString());
    return this;
  }

  private static List<String[]> mapRows(Set<String> keys, List<String> names, Map<String, Solution> solutions,
      java.util.function.Function<Evaluation, Map<String, Double>> map) {
    List<String[]> rows = new ArrayList<>();
    for (String k : keys) {
      String[] r = new String[names.size() + 1];
      r[0] = k;
      for (int i = 0; i < names.size(); i++) {
        Solution s = solutions.get(names.get(i));
        r[i + 1] = s.hasAllocation() ? Format.grouped(map.apply(s.evaluation()).getOrDefault(k, 0.0)) : "–";
      }
      rows.add(r);
    }
    return rows;
  }

  private String details(String name, Solution s) {
    StringBuilder d = new StringBuilder("<details><summary>").append(esc(name)).append(" · <span class=\"status status-")
        .append(s.status().name()).append("\">").append(s.status().name()).append("</span></summary>");
    d.append("<p class=\"note\">").append(esc(s.stats().toString())).append("</p>");
    if (s.diagnosis().isPresent()) {
      d.append("<p class=\"problem\">").append(esc(s.diagnosis().get())).append("</p>");
    }
    if (!s.hasAllocation()) {
      return d.append("</details>").toString();
    }
    Network n = s.network();
    Allocation a = s.allocation();
    List<String[]> siteRows = new ArrayList<>();
    for (int i = 0; i < n.sites().size(); i++) {
      Site site = n.sites().get(i);
      OptionalInt opened = site.kind() == SiteKind.EXISTING ? OptionalInt.empty() : a.openedIn(site.id());
      OptionalInt closed = site.kind() == SiteKind.EXISTING ? a.closedIn(site.id()) : OptionalInt.empty();
      double units = 0;
      for (int p = 0; p < n.products().size(); p++) {
        for (int t = 0; t < n.periods(); t++) {
          units += a.production(p, i, t);
        }
      }
      boolean everActive = false;
      for (int t = 0; t < n.periods(); t++) {
        everActive |= a.isActive(site.id(), t);
      }
      if (!everActive && units == 0 && site.kind() == SiteKind.CANDIDATE && siteRows.size() >= MAX_ROWS) {
        continue;
      }
      siteRows.add(new String[] {site.id(), site.country(), site.kind().name().toLowerCase(Locale.ROOT),
          opened.isPresent() ? n.horizon().label(opened.getAsInt()) : "",
          closed.isPresent() ? n.horizon().label(closed.getAsInt()) : "", Format.grouped(units)});
      if (siteRows.size() >= MAX_ROWS) {
        break;
      }
    }
    d.append("<h3>Sites</h3>").append(table(new String[] {"site", "country", "kind", "opened in", "closed in",
        "units made"}, siteRows, 5));
    List<String[]> prod = new ArrayList<>();
    int total = 0;
    for (int p = 0; p < n.products().size(); p++) {
      for (int i = 0; i < n.sites().size(); i++) {
        double units = 0;
        for (int t = 0; t < n.periods(); t++) {
          units += a.production(p, i, t);
        }
        if (units != 0) {
          total++;
          if (prod.size() < MAX_ROWS) {
            Product product = n.products().get(p);
            prod.add(new String[] {product.id(), n.sites().get(i).id(), n.sites().get(i).country(),
                Format.grouped(units), Format.grouped(s.evaluation().productCost(product.id()))});
          }
        }
      }
    }
    d.append("<h3>Production by site (whole horizon)</h3>").append(table(new String[] {"product", "site", "country",
        "units", "product cost (all sites)"}, prod, 3, 4));
    if (total > prod.size()) {
      d.append("<p class=\"note\">").append(total - prod.size()).append(" more rows in production.csv.</p>");
    }
    if (!a.lostSales().isEmpty()) {
      double lost = a.lostSales().stream().mapToDouble(l -> l.units()).sum();
      d.append("<p class=\"problem\">Demand not supplied: ").append(esc(Format.grouped(lost))).append(" units.</p>");
    }
    d.append("<p class=\"note\">Verification: ").append(esc(s.verification().map(Object::toString)
        .orElse("not verified"))).append("</p>");
    return d.append("</details>").toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Analyses
  // ---------------------------------------------------------------------------------------------

  /**
   * Adds a sweep: total cost against the parameter, and where each product is made at each value.
   *
   * @param sweep the sweep
   * @return this
   */
  public HtmlReport sweep(Sweep sweep) {
    StringBuilder b = new StringBuilder();
    List<Sweep.Point> points = sweep.points();
    double[] x = points.stream().mapToDouble(Sweep.Point::value).toArray();
    double[] y = points.stream().mapToDouble(p -> p.summary().objective()).toArray();
    boolean[] shared = new boolean[points.size()];
    for (int i = 0; i < shared.length; i++) {
      shared[i] = !points.get(i).solved();
    }
    b.append(kpis(new String[][] {{"points", Integer.toString(points.size())},
        {"solves", Integer.toString(sweep.solves())},
        {"cost range", Format.compact(min(y)) + " – " + Format.compact(max(y))}}));
    LineChart line = new LineChart(chartId("sweep-cost"), "Total cost against " + sweep.parameter(), sweep.parameter(),
        "USD").series("total cost", x, y, shared).hollowLabel("not solved: shares its neighbours' allocation");
    b.append(figure("Total cost (present value) against " + sweep.parameter(), line.render()));
    Set<String> products = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    for (Sweep.Point p : points) {
      p.summary().jobsByCountry().keySet().forEach(countryColors::of);
    }
    for (Sweep.Point p : points) {
      p.summary().production().forEach((prod, m) -> {
        products.add(prod);
        countries.addAll(m.keySet());
        m.keySet().forEach(countryColors::of);
      });
    }
    List<String> categories = points.stream().map(p -> Format.plain(p.value())).toList();
    b.append("<div class=\"grid\">");
    int drawn = 0;
    for (String prod : products) {
      if (drawn++ >= MAX_PRODUCT_CHARTS) {
        break;
      }
      List<String> made = new ArrayList<>();
      for (String c : countries) {
        if (points.stream().anyMatch(p -> p.summary().production().getOrDefault(prod, Map.of()).containsKey(c))) {
          made.add(c);
        }
      }
      BarChart chart = new BarChart(chartId("sweep-made-" + prod), prod + " by country against " + sweep.parameter(),
          "units", categories, List.of("units"), made.isEmpty() ? List.of("none") : made).colors(colors(made))
          .legend(true).size(520, 300);
      for (int i = 0; i < points.size(); i++) {
        Summary s = points.get(i).summary();
        for (int k = 0; k < made.size(); k++) {
          chart.set(i, 0, k, s.production().getOrDefault(prod, Map.of()).getOrDefault(made.get(k), 0.0));
        }
        if (!s.status().hasAllocation()) {
          chart.note(i, s.status().name().toLowerCase(Locale.ROOT));
        }
      }
      b.append(figure(prod + ": where made against " + sweep.parameter(), chart.render()));
    }
    b.append("</div>");
    List<String[]> rows = new ArrayList<>();
    for (Sweep.Point p : points) {
      rows.add(new String[] {Format.plain(p.value()), p.summary().status().name(), Format.grouped(p.summary().objective()),
          String.join(", ", p.summary().sitesOpened()), String.join(", ", p.summary().sitesClosed()),
          p.solved() ? "solved" : "shared"});
    }
    b.append(table(new String[] {sweep.parameter(), "status", "total cost", "sites opened", "sites closed", "how"},
        rows, 0, 2));
    add("sweep-" + (sections.size() + 1), "Sweep of " + sweep.parameter(), b.toString());
    return this;
  }

  /**
   * Adds a break-even: the value, and the proof pair side by side.
   *
   * @param be the break-even
   * @return this
   */
  public HtmlReport breakEven(BreakEven be) {
    StringBuilder b = new StringBuilder();
    b.append(kpis(new String[][] {{"break-even", Format.plain(be.value())}, {"between", Format.plain(be.low())
        + " and " + Format.plain(be.high())}, {"solves", Integer.toString(be.solves())}}));
    b.append("<p>").append(esc(be.toString())).append("</p>");
    b.append("<p class=\"note\">The proof pair: at ").append(esc(be.parameter())).append(" = ")
        .append(esc(Format.plain(be.low()))).append(" the decision ").append(be.belowHolds() ? "holds" : "does not hold")
        .append("; at ").append(esc(Format.plain(be.high()))).append(" it ")
        .append(be.belowHolds() ? "does not" : "does").append(". Both solutions follow as scenarios.</p>");
    add("breakeven-" + (sections.size() + 1), "Break-even: " + be.decision(), b.toString());
    Map<String, Solution> pair = new LinkedHashMap<>();
    String below = "at " + Format.plain(be.low());
    pair.put(below, be.below());
    pair.put("at " + Format.plain(be.high()), be.above());
    return scenarios(pair, below);
  }

  /**
   * Adds shadow prices and reduced costs.
   *
   * @param scenario the scenario's name
   * @param s the sensitivity
   * @return this
   */
  public HtmlReport sensitivity(String scenario, Sensitivity s) {
    StringBuilder b = new StringBuilder();
    b.append("<p class=\"note\">With the footprint of ").append(esc(scenario)).append(" fixed, the cost of the "
        + "linear program left is ").append(esc(Format.grouped(s.objective()))).append(" USD. Marginal values hold "
        + "for small changes that keep the same footprint and basis; all are present values per unit.</p>");
    List<Sensitivity.Price> capacity = new ArrayList<>(s.capacity());
    capacity.removeIf(p -> Math.abs(p.value()) < 1e-9);
    capacity.sort(Comparator.comparingDouble((Sensitivity.Price p) -> -p.value()));
    if (!capacity.isEmpty()) {
      List<Sensitivity.Price> top = capacity.subList(0, Math.min(30, capacity.size()));
      BarChart chart = new BarChart(chartId("capacity-value"), "Value of one more unit of capacity", "USD per unit",
          top.stream().map(Sensitivity.Price::key).toList(), List.of("value"), List.of("value"))
          .valueLabels(true).size(Math.max(520, Math.min(1000, 40.0 * top.size() + 120)), 320);
      for (int i = 0; i < top.size(); i++) {
        chart.set(i, 0, 0, top.get(i).value());
      }
      b.append(figure("Value of one more unit of capacity (binding sites and periods)", chart.render()));
    }
    b.append("<h3>Capacity: value of one more unit</h3>").append(priceTable(capacity, "site, period"));
    List<Sensitivity.Price> demand = new ArrayList<>(s.demand());
    demand.sort(Comparator.comparingDouble((Sensitivity.Price p) -> -p.value()));
    b.append("<h3>Demand: cost of one more unit</h3>").append(priceTable(demand, "product, market, period"));
    List<Sensitivity.Price> lanes = new ArrayList<>(s.lanes());
    lanes.sort(Comparator.comparingDouble(Sensitivity.Price::value));
    b.append("<h3>Unused lanes closest to being used (reduced cost per unit)</h3>")
        .append(priceTable(lanes, "product, site, market, period"));
    add("sensitivity-" + (sections.size() + 1), "Sensitivity of " + scenario, b.toString());
    return this;
  }

  private static String priceTable(List<Sensitivity.Price> prices, String keyName) {
    if (prices.isEmpty()) {
      return "<p class=\"note\">None.</p>";
    }
    List<String[]> rows = new ArrayList<>();
    for (Sensitivity.Price p : prices.subList(0, Math.min(MAX_ROWS, prices.size()))) {
      rows.add(new String[] {p.key(), Format.grouped(p.value()), p.meaning()});
    }
    String t = table(new String[] {keyName, "USD per unit", "meaning"}, rows, 1);
    return prices.size() > MAX_ROWS ? t + "<p class=\"note\">" + (prices.size() - MAX_ROWS)
        + " more rows in sensitivity.csv.</p>" : t;
  }

  /**
   * Adds a Monte Carlo run: the distribution of cost with P5, P50 and P95, how often each site opens
   * and where each product is made.
   *
   * @param mc the run
   * @param inputs the uncertain inputs in words, one line each
   * @return this
   */
  public HtmlReport monteCarlo(MonteCarlo mc, List<String> inputs) {
    StringBuilder b = new StringBuilder();
    double[] costs = mc.costs();
    long solved = java.util.Arrays.stream(costs).filter(Double::isFinite).count();
    b.append(kpis(new String[][] {{"samples", mc.completed() + " of " + mc.samples()},
        {"with a plan", Long.toString(solved)}, {"mean cost", Format.compact(mc.mean())},
        {"P5", Format.compact(mc.percentile(5))}, {"P50", Format.compact(mc.percentile(50))},
        {"P95", Format.compact(mc.percentile(95))}}));
    if (!inputs.isEmpty()) {
      b.append("<ul class=\"inputs\">");
      inputs.forEach(i -> b.append("<li><code>").append(esc(i)).append("</code></li>"));
      b.append("</ul>");
    }
    Histogram h = new Histogram(chartId("mc-cost"), "Distribution of total cost", "total cost, USD (PV)", costs)
        .line(mc.percentile(5), "P5").line(mc.percentile(50), "P50").line(mc.percentile(95), "P95");
    b.append(figure("Distribution of total cost over the samples", h.render()));
    Map<String, Double> open = mc.openingFrequency();
    if (!open.isEmpty()) {
      List<String> sites = new ArrayList<>(open.keySet());
      BarChart chart = new BarChart(chartId("mc-open"), "Share of samples in which each site opens",
          "% of samples", sites, List.of("share"), List.of("share")).valueLabels(true).size(Math.max(520, Math.min(1000,
              60.0 * sites.size() + 120)), 300);
      for (int i = 0; i < sites.size(); i++) {
        chart.set(i, 0, 0, 100 * open.get(sites.get(i)));
      }
      b.append(figure("Share of samples in which each site opens", chart.render()));
    }
    List<String[]> rows = new ArrayList<>();
    mc.placementFrequency(0.5).forEach((p, m) -> m.forEach((c, f) -> rows.add(new String[] {p, c, Format.percent(f)})));
    b.append("<h3>Where each product is mostly made (≥ 50% of its units)</h3>")
        .append(table(new String[] {"product", "country", "share of samples"}, rows, 2));
    add("montecarlo-" + (sections.size() + 1), "Monte Carlo", b.toString());
    return this;
  }

  /**
   * Adds a robust footprint: its costs per regime, set against the footprints best for one regime.
   *
   * @param r the robust footprint
   * @return this
   */
  public HtmlReport robust(RobustFootprint r) {
    StringBuilder b = new StringBuilder();
    b.append(kpis(new String[][] {{"status", r.status().name()}, {"expected cost", Format.compact(r.expectedCost())},
        {"CVaR", Format.compact(r.cvar())}, {"VSS", Format.compact(r.valueOfStochasticSolution())},
        {"EVPI", Format.compact(r.expectedValueOfPerfectInformation())}}));
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    labels.add("robust footprint");
    values.add(r.expectedCost());
    r.singleRegimeExpectedCost().forEach((k, v) -> {
      labels.add("best for " + k);
      values.add(v);
    });
    labels.add("wait-and-see");
    values.add(r.waitAndSee());
    BarChart chart = new BarChart(chartId("robust"), "Expected cost of each footprint over the regimes", "USD",
        labels, List.of("expected cost"), List.of("expected cost")).valueLabels(true).size(Math.max(520, Math.min(1000,
            110.0 * labels.size() + 120)), 320);
    for (int i = 0; i < labels.size(); i++) {
      double v = values.get(i);
      if (Double.isFinite(v)) {
        chart.set(i, 0, 0, v);
      } else {
        chart.note(i, "infeasible in a regime");
      }
    }
    b.append(figure("Expected cost of each footprint over the regimes (lower is better)", chart.render()));
    List<String[]> rows = new ArrayList<>();
    for (int k = 0; k < r.regimes().size(); k++) {
      String name = r.regimes().get(k);
      rows.add(new String[] {name, Format.percent(r.probabilities().get(k)),
          Format.grouped(r.costs().getOrDefault(name, Double.NaN)),
          Format.grouped(r.singleRegimeExpectedCost().getOrDefault(name, Double.NaN))});
    }
    b.append(table(new String[] {"regime", "probability", "cost under the robust footprint",
        "expected cost of the footprint best for this regime alone"}, rows, 1, 2, 3));
    List<String[]> fp = new ArrayList<>();
    r.footprint().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      StringBuilder flags = new StringBuilder();
      e.getValue().forEach(f -> flags.append(f ? "■" : "□"));
      fp.add(new String[] {e.getKey(), flags.toString()});
    });
    b.append("<h3>The robust footprint (■ active, □ not, by period)</h3>")
        .append(table(new String[] {"site", "status by period"}, fp));
    add("robust-" + (sections.size() + 1), "Robust footprint", b.toString());
    return this;
  }

  /**
   * Adds a trade-off frontier.
   *
   * @param f the frontier
   * @return this
   */
  public HtmlReport frontier(Frontier f) {
    StringBuilder b = new StringBuilder();
    double[] x = f.points().stream().mapToDouble(Frontier.Point::achieved).toArray();
    double[] y = f.points().stream().mapToDouble(Frontier.Point::cost).toArray();
    boolean[] dominated = new boolean[x.length];
    for (int i = 0; i < x.length; i++) {
      dominated[i] = !f.points().get(i).nonDominated();
    }
    LineChart chart = new LineChart(chartId("frontier"), "Cost against " + f.metric(), f.metric(), "USD")
        .series("minimum cost", x, y, dominated).hollowLabel("dominated");
    b.append(figure("Minimum cost against " + f.metric(), chart.render()));
    List<String[]> rows = new ArrayList<>();
    for (Frontier.Point p : f.points()) {
      rows.add(new String[] {Format.grouped(p.floor()), Format.grouped(p.cost()), Format.grouped(p.achieved()),
          p.nonDominated() ? "yes" : "no", String.join(", ", p.summary().sitesOpened())});
    }
    b.append(table(new String[] {"floor", "cost", f.metric(), "non-dominated", "sites opened"}, rows, 0, 1, 2));
    add("frontier-" + (sections.size() + 1), "Frontier: cost against " + f.metric(), b.toString());
    return this;
  }

  // ---------------------------------------------------------------------------------------------
  // Markup
  // ---------------------------------------------------------------------------------------------

  private void add(String id, String heading, String body) {
    sections.add(new Section(Svg.id(id), heading, body));
  }

  /** @return the whole document */
  public String render() {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<meta name=\"generator\" content=\"Footprint ").append(esc(run.footprintVersion())).append("\"/>\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header><h1>").append(esc(title)).append("</h1><div class=\"meta\">")
        .append("study <strong>").append(esc(run.studyName())).append("</strong> (<code>").append(esc(run.studyFile()))
        .append("</code>, sha256 <code title=\"").append(esc(run.studySha256())).append("\">")
        .append(esc(run.studySha256().length() > 12 ? run.studySha256().substring(0, 12) + "…" : run.studySha256()))
        .append("</code>) · Footprint ").append(esc(run.footprintVersion())).append(" · OR-Tools ")
        .append(esc(run.orToolsVersion())).append(" · ").append(esc(run.generatedAt().toString()))
        .append("<br/><code>").append(esc(run.command())).append("</code></div></header>\n<main>\n");
    if (sections.size() > 2) {
      h.append("<nav class=\"toc\">");
      for (Section s : sections) {
        h.append("<a href=\"#").append(esc(s.id())).append("\">").append(esc(s.heading())).append("</a>");
      }
      h.append("</nav>\n");
    }
    for (Section s : sections) {
      h.append("<section id=\"").append(esc(s.id())).append("\"><h2>").append(esc(s.heading())).append("</h2>\n")
          .append(s.body()).append("</section>\n");
    }
    h.append("</main>\n<footer>Made by Footprint ").append(esc(run.footprintVersion()))
        .append(". Figures are present values in USD unless marked. The same figures are in result.json and the CSV "
            + "files beside this report.</footer>\n</body>\n</html>\n");
    return h.toString();
  }

  private static final String CSS = """
      :root{--ink:#1f2328;--muted:#5f6b7a;--line:#e3e6ea;--bg:#f5f6f8;--accent:#2f5d8a}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,\
      'Liberation Sans','DejaVu Sans',Arial,sans-serif}
      header{background:#1d2b3a;color:#fff;padding:22px 32px 18px}
      header h1{margin:0 0 6px;font-size:22px;font-weight:650}
      header .meta{color:#c5d0dc;font-size:12.5px}
      header code{color:#e8eef5}
      main{max-width:1120px;margin:0 auto;padding:12px 24px 40px}
      nav.toc{display:flex;flex-wrap:wrap;gap:6px 14px;margin:14px 0 4px;font-size:13px}
      nav.toc a{color:var(--accent);text-decoration:none}
      section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 22px 10px;margin:16px 0}
      h2{font-size:18px;margin:2px 0 10px}
      h3{font-size:14.5px;margin:16px 0 6px}
      figure{margin:8px 0 14px}
      figcaption{font-weight:600;font-size:13.5px;margin-bottom:4px}
      svg.chart{max-width:100%;height:auto;display:block}
      .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:4px 24px}
      table{border-collapse:collapse;font-size:13px;margin:6px 0 14px}
      th,td{padding:4px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
      th{background:#f0f2f5;font-weight:600}
      td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
      .note{color:var(--muted);font-size:12.5px}
      .problem{color:#b3261e}
      .status{font-weight:600}
      .status-OPTIMAL{color:#2e7d32}.status-FEASIBLE{color:#a15c00}
      .status-INFEASIBLE,.status-UNBOUNDED,.status-NO_SOLUTION{color:#b3261e}
      .kpis{display:flex;flex-wrap:wrap;gap:10px;margin:6px 0 12px}
      .kpi{border:1px solid var(--line);border-radius:6px;padding:6px 14px;min-width:110px}
      .kpi .k{color:var(--muted);font-size:12px}.kpi .v{font-size:18px;font-weight:600}
      details{border-top:1px solid var(--line);padding:8px 0}
      summary{cursor:pointer;font-weight:600}
      code{font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:12px}
      footer{max-width:1120px;margin:0 auto;padding:0 24px 32px;color:var(--muted);font-size:12px}
      """;

  private static String esc(String s) {
    return Svg.escape(s);
  }

  private static String figure(String caption, String svg) {
    return "<figure><figcaption>" + esc(caption) + "</figcaption>" + svg + "</figure>\n";
  }

  private static String kpis(String[][] pairs) {
    StringBuilder b = new StringBuilder("<div class=\"kpis\">");
    for (String[] p : pairs) {
      b.append("<div class=\"kpi\"><div class=\"k\">").append(esc(p[0])).append("</div><div class=\"v\">")
          .append(esc(p[1])).append("</div></div>");
    }
    return b.append("</div>").toString();
  }

  private static String table(String[] header, List<String[]> rows, int... numeric) {
    Set<Integer> num = new java.util.HashSet<>();
    for (int n : numeric) {
      num.add(n);
    }
    if (rows.isEmpty()) {
      return "<p class=\"note\">None.</p>";
    }
    StringBuilder b = new StringBuilder("<table><thead><tr>");
    for (int i = 0; i < header.length; i++) {
      b.append(num.contains(i) ? "<th class=\"num\">" : "<th>").append(esc(header[i])).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (String[] r : rows) {
      b.append("<tr>");
      for (int i = 0; i < r.length; i++) {
        String cell = r[i] == null ? "" : r[i];
        if (cell.startsWith(STATUS_CELL)) {
          String st = cell.substring(STATUS_CELL.length());
          b.append("<td><span class=\"status status-").append(esc(st)).append("\">").append(esc(st))
              .append("</span></td>");
        } else {
          b.append(num.contains(i) ? "<td class=\"num\">" : "<td>").append(esc(cell)).append("</td>");
        }
      }
      b.append("</tr>");
    }
    return b.append("</tbody></table>\n").toString();
  }

  private static String status(Solution s) {
    return STATUS_CELL + s.status().name();
  }

  private static String statusWord(Solution s) {
    return s.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static int[] numericColumns(int scenarios) {
    int[] out = new int[scenarios];
    for (int i = 0; i < scenarios; i++) {
      out[i] = i + 1;
    }
    return out;
  }

  private static String[] header(String first, List<String> names) {
    String[] h = new String[names.size() + 1];
    h[0] = first;
    for (int i = 0; i < names.size(); i++) {
      h[i + 1] = names.get(i);
    }
    return h;
  }

  private static String kindName(CostKind k) {
    return k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private List<String> colors(List<String> countries) {
    return countries.stream().map(countryColors::of).toList();
  }

  private static List<String> countriesMaking(java.util.Collection<Summary> sums, String product, Set<String> order) {
    List<String> out = new ArrayList<>();
    for (String c : order) {
      for (Summary s : sums) {
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

  private static void noteNoAllocation(BarChart chart, Solution s, int categories) {
    if (!s.hasAllocation() && categories > 0) {
      chart.note(0, statusWord(s));
    }
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

  private static List<String> withPeriods(Solution s, boolean opened) {
    List<String> out = new ArrayList<>();
    Allocation a = s.allocation();
    Network n = s.network();
    for (String site : opened ? a.sitesOpened() : a.sitesClosed()) {
      OptionalInt t = opened ? a.openedIn(site) : a.closedIn(site);
      out.add(site + (t.isPresent() && n.periods() > 1 ? " (" + n.horizon().label(t.getAsInt()) + ")" : ""));
    }
    return out;
  }

  private static double min(double[] v) {
    return java.util.Arrays.stream(v).filter(Double::isFinite).min().orElse(Double.NaN);
  }

  private static double max(double[] v) {
    return java.util.Arrays.stream(v).filter(Double::isFinite).max().orElse(Double.NaN);
  }
}
