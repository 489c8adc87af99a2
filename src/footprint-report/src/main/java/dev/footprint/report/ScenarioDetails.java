package dev.footprint.report;

import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.result.Allocation;
import dev.footprint.result.Evaluation;
import dev.footprint.result.LostSale;
import dev.footprint.result.QuotaUse;
import dev.footprint.solve.Solution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The later sections on a set of solved scenarios: flows from where goods are made to where they are
 * sold (per product unit, never adding different units), tariffs (with the use of tariff-rate
 * quotas) and subsidies, the origin of goods where there are claims or component uses
 * ({@link OriginSections}), and the details of each scenario.
 */
final class ScenarioDetails {
  /** Flow charts drawn at most; shipments.csv holds every flow. */
  static final int MAX_FLOW_CHARTS = 8;

  private final ReportContext ctx;
  private final Map<String, Solution> solutions;
  private final List<String> names;
  private final String prefix;

  /**
   * @param ctx the report
   * @param solutions solutions by scenario name, in display order
   * @param prefix the prefix of the sections' ids
   */
  ScenarioDetails(ReportContext ctx, Map<String, Solution> solutions, String prefix) {
    this.ctx = ctx;
    this.solutions = solutions;
    this.names = new ArrayList<>(solutions.keySet());
    this.prefix = prefix;
  }

  /** Adds the flows, tariffs and subsidies, origin of goods (where there is any) and details sections. */
  void addAll() {
    flows();
    tariffs();
    new OriginSections(ctx, solutions, prefix).add();
    StringBuilder d = new StringBuilder();
    for (String n : names) {
      d.append(details(n, solutions.get(n)));
    }
    ctx.add(prefix + "details", "Scenario details", d.toString());
  }

  /**
   * One flow chart per scenario and product unit: products counted in the same unit (all in GWh, say)
   * share a chart, products in different units never do.
   */
  private void flows() {
    StringBuilder f = new StringBuilder("<div class=\"grid\">");
    int drawn = 0;
    int wanted = 0;
    for (String n : names) {
      Solution s = solutions.get(n);
      if (!s.hasAllocation()) {
        continue;
      }
      for (Map.Entry<String, List<String>> group : ScenarioFacts.productsByUnit(s.network()).entrySet()) {
        String unit = group.getKey();
        List<String> products = group.getValue();
        FlowChart flow = new FlowChart(ctx.chartId("flow-" + n + "-" + unit), n + ": " + unit + " from where made "
            + "to where sold", unit, ctx.countries()).width(names.size() > 1 ? 520 : 760);
        boolean any = false;
        for (String p : products) {
          for (var from : ScenarioFacts.flows(s, p).entrySet()) {
            for (var to : from.getValue().entrySet()) {
              flow.add(from.getKey(), to.getKey(), p, to.getValue());
              any = true;
            }
          }
        }
        if (!any) {
          continue;
        }
        wanted++;
        if (drawn >= MAX_FLOW_CHARTS) {
          continue;
        }
        drawn++;
        f.append(Html.figure(n + ": " + String.join(", ", products) + " (" + unit + ")", flow.render()));
      }
    }
    f.append("</div>");
    f.append(Html.note("Band thickness is proportional to the quantity shipped over the whole horizon, in the "
        + "products' own unit; products in different units are drawn apart and never added up. Hover a band for "
        + "its exact figure."));
    if (wanted > drawn) {
      f.append(Html.note(drawn + " of " + wanted + " flow charts are drawn; shipments.csv holds every flow."));
    }
    ctx.add(prefix + "flows", "Flows from where goods are made to where they are sold", f.toString());
  }

  private void tariffs() {
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
    String money = ctx.money();
    ts.append("<h3>Tariffs paid by lane (origin → destination; ").append(Html.esc(money)).append(", PV)</h3>");
    ts.append(lanes.isEmpty() ? Html.note("No tariffs are paid in any scenario.")
        : Html.table(Html.header("lane", names), mapRows(lanes, Evaluation::tariffsByLane),
            Html.columns(1, names.size())));
    quotas(ts);
    ts.append("<h3>Subsidies received by program (").append(Html.esc(money)).append(", PV)</h3>");
    ts.append(programs.isEmpty() ? Html.note("The study has no subsidy programs.")
        : Html.table(Html.header("program", names), mapRows(programs, Evaluation::subsidiesByProgram),
            Html.columns(1, names.size())));
    ctx.add(prefix + "tariffs", "Tariffs and subsidies", ts.toString());
  }

  /**
   * Where a scenario has tariff-rate quotas: per quota and period in force, the units within the
   * quota against its volume in each scenario; quotas.csv holds the rest of the figures.
   */
  private void quotas(StringBuilder ts) {
    Map<String, Object[]> rows = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Solution s = solutions.get(names.get(i));
      if (!s.hasAllocation()) {
        continue;
      }
      for (QuotaUse u : s.evaluation().quotaUse()) {
        Object[] r = rows.computeIfAbsent(u.quota() + " " + s.network().horizon().label(u.period()), k -> {
          Object[] row = new Object[names.size() + 1];
          row[0] = k;
          java.util.Arrays.fill(row, 1, row.length, "–");
          return row;
        });
        r[i + 1] = new Html.Cell(Format.grouped(u.inQuota()) + " of " + Format.grouped(u.volume()),
            Format.exact(u.units()) + " covered, " + Format.exact(u.outOfQuota()) + " beyond", "num");
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    List<Object[]> shown = new ArrayList<>(rows.values()).subList(0, Math.min(rows.size(), HtmlReport.MAX_ROWS));
    ts.append("<h3>Tariff-rate quotas (units within the quota of its volume)</h3>")
        .append(Html.table(Html.header("quota and period", names), shown, Html.columns(1, names.size())));
    if (rows.size() > shown.size()) {
      ts.append(Html.note((rows.size() - shown.size()) + " more rows in quotas.csv."));
    }
  }

  private List<Object[]> mapRows(Set<String> keys, Function<Evaluation, Map<String, Double>> map) {
    List<Object[]> rows = new ArrayList<>();
    for (String k : keys) {
      Object[] r = new Object[names.size() + 1];
      r[0] = k;
      for (int i = 0; i < names.size(); i++) {
        Solution s = solutions.get(names.get(i));
        r[i + 1] = s.hasAllocation() ? Html.num(map.apply(s.evaluation()).getOrDefault(k, 0.0)) : "–";
      }
      rows.add(r);
    }
    return rows;
  }

  private String details(String name, Solution s) {
    StringBuilder d = new StringBuilder("<details><summary>").append(Html.esc(name))
        .append(" · <span class=\"status status-").append(s.status().name()).append("\">").append(s.status().name())
        .append("</span></summary>");
    d.append(Html.note(stats(s)));
    if (s.diagnosis().isPresent()) {
      d.append("<p class=\"problem\">").append(Html.esc(s.diagnosis().get())).append("</p>");
    }
    if (!s.hasAllocation()) {
      return d.append("</details>").toString();
    }
    Network n = s.network();
    Allocation a = s.allocation();
    List<Object[]> siteRows = new ArrayList<>();
    int shut = 0;
    for (int i = 0; i < n.sites().size(); i++) {
      Site site = n.sites().get(i);
      OptionalInt opened = site.kind() == SiteKind.EXISTING ? OptionalInt.empty() : a.openedIn(site.id());
      OptionalInt closed = site.kind() == SiteKind.EXISTING ? a.closedIn(site.id()) : OptionalInt.empty();
      Map<String, Double> made = new LinkedHashMap<>();
      for (int p = 0; p < n.products().size(); p++) {
        double units = 0;
        for (int t = 0; t < n.periods(); t++) {
          units += a.production(p, i, t);
        }
        made.merge(n.products().get(p).unit(), units, Double::sum);
      }
      boolean everActive = false;
      for (int t = 0; t < n.periods(); t++) {
        everActive |= a.isActive(site.id(), t);
      }
      if (!everActive && site.kind() != SiteKind.EXISTING) {
        shut++;
        continue;
      }
      if (siteRows.size() < HtmlReport.MAX_ROWS) {
        siteRows.add(new Object[] {site.id(), site.country(), site.kind().name().toLowerCase(Locale.ROOT),
            opened.isPresent() ? n.horizon().label(opened.getAsInt()) : "",
            closed.isPresent() ? n.horizon().label(closed.getAsInt()) : "",
            new Html.Cell(ScenarioFacts.quantities(made), ScenarioFacts.quantities(made, true), "num")});
      }
    }
    d.append("<h3>Sites</h3>").append(Html.table(List.of("site", "country", "kind", "opened in", "closed in",
        "made (per unit)"), siteRows, 5));
    if (shut > 0) {
      d.append(Html.note(shut + (shut == 1 ? " candidate site stays" : " candidate sites stay") + " shut and "
          + (shut == 1 ? "is" : "are") + " not listed."));
    }
    List<Object[]> prod = new ArrayList<>();
    int total = 0;
    String money = ctx.money();
    for (int p = 0; p < n.products().size(); p++) {
      for (int i = 0; i < n.sites().size(); i++) {
        double units = 0;
        for (int t = 0; t < n.periods(); t++) {
          units += a.production(p, i, t);
        }
        if (units != 0) {
          total++;
          if (prod.size() < HtmlReport.MAX_ROWS) {
            var product = n.products().get(p);
            prod.add(new Object[] {product.id(), n.sites().get(i).id(), n.sites().get(i).country(), Html.num(units),
                product.unit(), Html.num(s.evaluation().productCost(product.id()))});
          }
        }
      }
    }
    d.append("<h3>Production by site (whole horizon)</h3>").append(Html.table(List.of("product", "site", "country",
        "quantity", "unit", "product cost, all sites (" + money + ")"), prod, 3, 5));
    if (total > prod.size()) {
      d.append(Html.note((total - prod.size()) + " more rows in production.csv."));
    }
    if (!a.lostSales().isEmpty()) {
      Map<String, Double> lost = new LinkedHashMap<>();
      for (LostSale l : a.lostSales()) {
        lost.merge(l.product(), l.units(), Double::sum);
      }
      StringBuilder b = new StringBuilder();
      lost.forEach((product, units) -> b.append(b.length() == 0 ? "" : ", ").append(product).append(' ')
          .append(Format.grouped(units)).append(' ').append(ScenarioFacts.unit(n, product)));
      d.append("<p class=\"problem\">Demand not supplied: ").append(Html.esc(b.toString())).append(".</p>");
    }
    d.append(Html.note("Verification: " + s.verification().map(v -> v.passed()
        ? "passed; the objective recomputed from the allocation is " + Format.grouped(v.recomputedObjective()) + " "
            + money : v.toString()).orElse("not verified")));
    return d.append("</details>").toString();
  }

  /** The solver's figures, rounded for people. */
  private static String stats(Solution s) {
    var st = s.stats();
    return st.backend() + " " + st.backendVersion() + ", " + st.backendStatus() + ": objective "
        + Format.grouped(st.objective()) + ", bound " + Format.grouped(st.bestBound()) + ", gap "
        + (Double.isFinite(st.relativeGap()) ? Format.percent(st.relativeGap()) : "–") + "; "
        + Format.grouped(st.variables()) + " variables (" + Format.grouped(st.integerVariables()) + " integer), "
        + Format.grouped(st.constraints()) + " rows, " + Format.grouped(st.nonzeros()) + " nonzeros; build "
        + st.buildMillis() + " ms, solve " + st.solveMillis() + " ms" + (st.relaxed() ? "; LP relaxation" : "");
  }
}
