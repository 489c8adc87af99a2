package dev.footprint.report;

import dev.footprint.analysis.Frontier;
import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.RobustFootprint;
import dev.footprint.analysis.Sensitivity;
import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The sections on sensitivity, Monte Carlo, robust footprint and frontier analyses. Tables of sites
 * show only the sites that change (between points, or over the horizon), with period labels where
 * the horizon has several periods.
 */
final class AnalysisSections {
  /** A share this close to 1 counts as every sample. */
  private static final double ALL = 1 - 1e-9;

  private AnalysisSections() {}

  /**
   * Adds shadow prices and reduced costs.
   *
   * @param ctx the report
   * @param scenario the scenario's name
   * @param s the sensitivity
   */
  static void sensitivity(ReportContext ctx, String scenario, Sensitivity s) {
    String perUnit = ctx.money() + " per unit";
    StringBuilder b = new StringBuilder();
    b.append("<p class=\"note\">With the footprint of ").append(Html.esc(scenario)).append(" fixed, the cost of the "
        + "linear program left is <span title=\"").append(Html.esc(Format.exact(s.objective()))).append("\">")
        .append(Html.esc(Format.grouped(s.objective()) + " " + ctx.money())).append("</span>. Marginal values hold "
            + "for small changes that keep the same footprint and basis; all are present values per unit of the "
            + "product (or of capacity).</p>");
    List<Sensitivity.Price> capacity = new ArrayList<>(s.capacity());
    capacity.removeIf(p -> Math.abs(p.value()) < 1e-9);
    capacity.sort(Comparator.comparingDouble((Sensitivity.Price p) -> -p.value()));
    if (!capacity.isEmpty()) {
      List<Sensitivity.Price> top = capacity.subList(0, Math.min(30, capacity.size()));
      BarChart chart = new BarChart(ctx.chartId("capacity-value"), "Value of one more unit of capacity", perUnit,
          top.stream().map(Sensitivity.Price::key).toList(), List.of("value"), List.of("value"))
          .valueLabels(true).size(Math.max(520, Math.min(1000, 40.0 * top.size() + 120)), 320);
      for (int i = 0; i < top.size(); i++) {
        chart.set(i, 0, 0, top.get(i).value());
      }
      b.append(Html.figure("Value of one more unit of capacity (binding sites and periods, " + perUnit + ")",
          chart.render()));
    }
    b.append("<h3>Capacity: value of one more unit</h3>").append(priceTable(capacity, "site, period", perUnit));
    List<Sensitivity.Price> demand = new ArrayList<>(s.demand());
    demand.sort(Comparator.comparingDouble((Sensitivity.Price p) -> -p.value()));
    b.append("<h3>Demand: cost of one more unit</h3>").append(priceTable(demand, "product, market, period", perUnit));
    List<Sensitivity.Price> lanes = new ArrayList<>(s.lanes());
    lanes.sort(Comparator.comparingDouble(Sensitivity.Price::value));
    b.append("<h3>Unused lanes closest to being used (reduced cost per unit)</h3>")
        .append(priceTable(lanes, "product, site, market, period", perUnit));
    ctx.add("sensitivity-" + (ctx.sections().size() + 1), "Sensitivity of " + scenario, b.toString());
  }

  private static String priceTable(List<Sensitivity.Price> prices, String keyName, String perUnit) {
    if (prices.isEmpty()) {
      return Html.note("None.");
    }
    List<Object[]> rows = new ArrayList<>();
    for (Sensitivity.Price p : prices.subList(0, Math.min(HtmlReport.MAX_ROWS, prices.size()))) {
      rows.add(new Object[] {p.key(), Html.num(p.value()), p.meaning()});
    }
    String t = Html.table(List.of(keyName, perUnit, "meaning"), rows, 1);
    return prices.size() > HtmlReport.MAX_ROWS ? t + Html.note((prices.size() - HtmlReport.MAX_ROWS)
        + " more rows in sensitivity.csv.") : t;
  }

  /**
   * Adds a Monte Carlo run: the distribution of cost with P5, P50 and P95, how often each site opens
   * (the sites that open in some samples but not all) and where each product is made.
   *
   * @param ctx the report
   * @param mc the run
   * @param inputs the uncertain inputs in words, one line each
   */
  static void monteCarlo(ReportContext ctx, MonteCarlo mc, List<String> inputs) {
    String money = ctx.money();
    StringBuilder b = new StringBuilder();
    double[] costs = mc.costs();
    long solved = java.util.Arrays.stream(costs).filter(Double::isFinite).count();
    b.append(Html.kpis(new String[] {"samples", mc.completed() + " of " + mc.samples()},
        new String[] {"with a plan", Long.toString(solved)},
        new String[] {"mean cost (" + money + ")", Format.compact(mc.mean()), Format.exact(mc.mean())},
        new String[] {"P5", Format.compact(mc.percentile(5)), Format.exact(mc.percentile(5))},
        new String[] {"P50", Format.compact(mc.percentile(50)), Format.exact(mc.percentile(50))},
        new String[] {"P95", Format.compact(mc.percentile(95)), Format.exact(mc.percentile(95))}));
    if (!inputs.isEmpty()) {
      b.append("<ul class=\"inputs\">");
      inputs.forEach(i -> b.append("<li><code>").append(Html.esc(i)).append("</code></li>"));
      b.append("</ul>");
    }
    Histogram h = new Histogram(ctx.chartId("mc-cost"), "Distribution of total cost", "total cost, " + money
        + " (PV)", costs).line(mc.percentile(5), "P5").line(mc.percentile(50), "P50").line(mc.percentile(95), "P95");
    b.append(Html.figure("Distribution of total cost over the samples", h.render()));
    Map<String, Double> open = mc.openingFrequency();
    List<String> sometimes = new ArrayList<>();
    List<String> always = new ArrayList<>();
    open.forEach((site, f) -> (f >= ALL ? always : sometimes).add(site));
    if (!sometimes.isEmpty()) {
      BarChart chart = new BarChart(ctx.chartId("mc-open"), "Share of samples in which each site opens",
          "% of samples", sometimes, List.of("share"), List.of("share")).valueLabels(true)
          .valueFormat(v -> Format.percent(v / 100)).size(Math.max(520, Math.min(1000, 60.0 * sometimes.size() + 120)),
              300);
      for (int i = 0; i < sometimes.size(); i++) {
        chart.set(i, 0, 0, 100 * open.get(sometimes.get(i)));
      }
      b.append(Html.figure("Share of samples in which each site opens (sites that open in some samples, not all)",
          chart.render()));
    }
    if (!always.isEmpty()) {
      b.append(Html.note(always.size() + (always.size() == 1 ? " site opens" : " sites open") + " in every sample: "
          + String.join(", ", always) + "."));
    }
    List<Object[]> rows = new ArrayList<>();
    mc.placementFrequency(0.5).forEach((p, m) -> m.forEach((c, f) -> rows.add(new Object[] {p, c, Html.percent(f)})));
    b.append("<h3>Where each product is mostly made (≥ 50% of its units)</h3>")
        .append(Html.table(List.of("product", "country", "share of samples"), rows, 2));
    ctx.add("montecarlo-" + (ctx.sections().size() + 1), "Monte Carlo", b.toString());
  }

  /**
   * Adds a robust footprint: its costs per regime, set against the footprints best for one regime,
   * and the sites it opens or closes, by period.
   *
   * @param ctx the report
   * @param r the robust footprint
   */
  static void robust(ReportContext ctx, RobustFootprint r) {
    Network network = r.allocations().isEmpty() ? null : r.allocations().values().iterator().next().network();
    if (network != null) {
      ctx.describe(network);
    }
    String money = ctx.money();
    StringBuilder b = new StringBuilder();
    b.append(Html.kpis(new String[] {"status", r.status().name()},
        new String[] {"expected cost (" + money + ")", Format.compact(r.expectedCost()),
            Format.exact(r.expectedCost())},
        new String[] {"CVaR", Format.compact(r.cvar()), Format.exact(r.cvar())},
        new String[] {"VSS", Format.compact(r.valueOfStochasticSolution()),
            Format.exact(r.valueOfStochasticSolution())},
        new String[] {"EVPI", Format.compact(r.expectedValueOfPerfectInformation()),
            Format.exact(r.expectedValueOfPerfectInformation())}));
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
    BarChart chart = new BarChart(ctx.chartId("robust"), "Expected cost of each footprint over the regimes", money,
        labels, List.of("expected cost"), List.of("expected cost")).valueLabels(true).zoom(true)
        .size(Math.max(520, Math.min(1000, 110.0 * labels.size() + 120)), 320);
    for (int i = 0; i < labels.size(); i++) {
      double v = values.get(i);
      if (Double.isFinite(v)) {
        chart.set(i, 0, 0, v);
      } else {
        chart.note(i, "infeasible in a regime");
      }
    }
    b.append(Html.figure("Expected cost of each footprint over the regimes (" + money + "; lower is better; the "
        + "axis starts near the costs, as its label says, so that small differences show)",
        chart.render()));
    List<Object[]> rows = new ArrayList<>();
    for (int k = 0; k < r.regimes().size(); k++) {
      String name = r.regimes().get(k);
      rows.add(new Object[] {name, Html.percent(r.probabilities().get(k)),
          Html.num(r.costs().getOrDefault(name, Double.NaN)),
          Html.num(r.singleRegimeExpectedCost().getOrDefault(name, Double.NaN))});
    }
    b.append(Html.table(List.of("regime", "probability", "cost under the robust footprint (" + money + ")",
        "expected cost of the footprint best for this regime alone"), rows, 1, 2, 3));
    b.append(footprint(r, network));
    ctx.add("robust-" + (ctx.sections().size() + 1), "Robust footprint", b.toString());
  }

  /**
   * The robust footprint's sites that change over the horizon (a candidate that opens, an existing
   * site that closes), a column per period labelled as the horizon labels it.
   */
  private static String footprint(RobustFootprint r, Network network) {
    List<String> periods = new ArrayList<>();
    int count = r.footprint().values().stream().mapToInt(List::size).max().orElse(0);
    for (int t = 0; t < count; t++) {
      periods.add(network != null && t < network.periods() ? network.horizon().label(t) : "t" + t);
    }
    List<Object[]> rows = new ArrayList<>();
    int kept = 0;
    int shut = 0;
    List<Map.Entry<String, List<Boolean>>> entries = new ArrayList<>(r.footprint().entrySet());
    if (network != null) {
      entries.sort(Comparator.comparingInt(e -> network.siteIndex(e.getKey())));
    } else {
      entries.sort(Map.Entry.comparingByKey());
    }
    for (Map.Entry<String, List<Boolean>> e : entries) {
      Site site = network == null || network.siteIndex(e.getKey()) < 0 ? null
          : network.sites().get(network.siteIndex(e.getKey()));
      boolean existing = site != null && site.kind() == SiteKind.EXISTING;
      boolean allActive = e.getValue().stream().allMatch(Boolean::booleanValue);
      boolean noneActive = e.getValue().stream().noneMatch(Boolean::booleanValue);
      if (existing && allActive) {
        kept++;
        continue;
      }
      if (!existing && noneActive) {
        shut++;
        continue;
      }
      Object[] row = new Object[periods.size() + 2];
      row[0] = e.getKey();
      row[1] = site == null ? "" : site.country();
      for (int t = 0; t < periods.size(); t++) {
        row[t + 2] = t < e.getValue().size() && e.getValue().get(t) ? "■ active" : "□ not";
      }
      rows.add(row);
    }
    List<String> header = new ArrayList<>(List.of("site", "country"));
    header.addAll(periods);
    StringBuilder b = new StringBuilder("<h3>Sites the robust footprint opens or closes, by period</h3>");
    b.append(rows.isEmpty() ? Html.note("The robust footprint neither opens nor closes a site.")
        : Html.table(header, rows));
    if (kept + shut > 0) {
      b.append(Html.note("Not shown: " + kept + (kept == 1 ? " existing site" : " existing sites")
          + " kept throughout and " + shut + (shut == 1 ? " candidate" : " candidates") + " never opened."));
    }
    return b.toString();
  }

  /**
   * Adds a trade-off frontier.
   *
   * @param ctx the report
   * @param f the frontier
   */
  static void frontier(ReportContext ctx, Frontier f) {
    String money = ctx.money();
    StringBuilder b = new StringBuilder();
    double[] x = f.points().stream().mapToDouble(Frontier.Point::achieved).toArray();
    double[] y = f.points().stream().mapToDouble(Frontier.Point::cost).toArray();
    boolean[] dominated = new boolean[x.length];
    for (int i = 0; i < x.length; i++) {
      dominated[i] = !f.points().get(i).nonDominated();
    }
    LineChart chart = new LineChart(ctx.chartId("frontier"), "Cost against " + f.metric(), f.metric(), money)
        .series("minimum cost", x, y, dominated).hollowLabel("dominated");
    b.append(Html.figure("Minimum cost (" + money + ") against " + f.metric(), chart.render()));
    List<String> names = new ArrayList<>();
    for (Frontier.Point p : f.points()) {
      names.add(Format.grouped(p.floor()));
    }
    SiteChanges changes = SiteChanges.ofSummaries(names, "point", f.points().stream().map(Frontier.Point::summary)
        .toList(), ctx.sites());
    List<String> header = new ArrayList<>(List.of("floor", "cost (" + money + ")", f.metric(), "non-dominated"));
    if (changes.asColumns()) {
      header.addAll(changes.changing());
    } else {
      header.add("sites open or closed, of the " + changes.changing().size() + " that differ between points");
    }
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < f.points().size(); i++) {
      Frontier.Point p = f.points().get(i);
      List<Object> r = new ArrayList<>(List.of(Html.num(p.floor()), Html.num(p.cost()), Html.num(p.achieved()),
          p.nonDominated() ? "yes" : "no"));
      int row = i;
      if (changes.asColumns()) {
        changes.changing().forEach(site -> r.add(changes.status(row, site)));
      } else {
        r.add(changes.list(row));
      }
      rows.add(r.toArray());
    }
    b.append(Html.table(header, rows, 0, 1, 2)).append(changes.note());
    ctx.add("frontier-" + (ctx.sections().size() + 1), "Frontier: cost against " + f.metric(), b.toString());
  }
}
