package dev.footprint.report;

import dev.footprint.analysis.BreakEven;
import dev.footprint.analysis.Summary;
import dev.footprint.analysis.Sweep;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The section on a sweep: total cost against the parameter with the base value and every flip
 * marked, where each product is made at each value, the flips in words, and a table of the points
 * that shows only the sites whose status differs between points. Also the section on a break-even.
 */
final class SweepSection {
  /** Products drawn as charts at most. */
  static final int MAX_PRODUCT_CHARTS = 12;
  /** A country makes a product, for flips, when it makes at least this share of its units. */
  static final double MAKES = 0.005;

  /**
   * A flip: between two neighbouring points the decisions change.
   *
   * @param before the index of the point before
   * @param opened sites open after but not before
   * @param closed sites open before but not after (or closed after but not before)
   * @param moved per product whose makers change, the makers before and after
   */
  record Flip(int before, List<String> opened, List<String> closed, Map<String, List<Set<String>>> moved) {
    /**
     * @param from the value before, as printed
     * @param to the value after
     * @return what changes, in words
     */
    String describe(String from, String to) {
      List<String> parts = new ArrayList<>();
      opened.forEach(s -> parts.add(s + " opens"));
      closed.forEach(s -> parts.add(s + " closes"));
      moved.forEach((p, m) -> parts.add(p + " made in " + words(m.get(0)) + " → " + words(m.get(1))));
      return "between " + from + " and " + to + ": " + String.join("; ", parts);
    }

    private static String words(Set<String> countries) {
      return countries.isEmpty() ? "nowhere" : String.join(" + ", countries);
    }
  }

  private SweepSection() {}

  /**
   * @param s a point's figures
   * @param product a product id
   * @return the countries making at least {@link #MAKES} of the product's units, sorted
   */
  static Set<String> makers(Summary s, String product) {
    Set<String> out = new TreeSet<>();
    s.production().getOrDefault(product, Map.of()).keySet().forEach(c -> {
      if (s.share(product, c) >= MAKES) {
        out.add(c);
      }
    });
    return out;
  }

  /**
   * @param points a sweep's points, in order
   * @return the flips between neighbouring points that both have a solution: where the set of sites
   *     opened or closed changes, or the countries making a product do
   */
  static List<Flip> flips(List<Sweep.Point> points) {
    List<Flip> out = new ArrayList<>();
    Set<String> products = new LinkedHashSet<>();
    points.forEach(p -> products.addAll(p.summary().production().keySet()));
    for (int i = 1; i < points.size(); i++) {
      Summary a = points.get(i - 1).summary();
      Summary b = points.get(i).summary();
      if (!a.status().hasAllocation() || !b.status().hasAllocation()) {
        continue;
      }
      List<String> opened = new ArrayList<>(b.sitesOpened());
      opened.removeAll(a.sitesOpened());
      List<String> closed = new ArrayList<>(a.sitesOpened());
      closed.removeAll(b.sitesOpened());
      List<String> shut = new ArrayList<>(b.sitesClosed());
      shut.removeAll(a.sitesClosed());
      closed.addAll(shut);
      List<String> reopened = new ArrayList<>(a.sitesClosed());
      reopened.removeAll(b.sitesClosed());
      opened.addAll(reopened);
      Map<String, List<Set<String>>> moved = new java.util.LinkedHashMap<>();
      for (String p : products) {
        Set<String> before = makers(a, p);
        Set<String> after = makers(b, p);
        if (!before.equals(after)) {
          moved.put(p, List.of(before, after));
        }
      }
      if (!opened.isEmpty() || !closed.isEmpty() || !moved.isEmpty()) {
        out.add(new Flip(i - 1, opened, closed, moved));
      }
    }
    return out;
  }

  /**
   * Adds a sweep.
   *
   * @param ctx the report
   * @param sweep the sweep
   * @param baseValue the parameter's value in the study, or NaN if not known
   */
  static void sweep(ReportContext ctx, Sweep sweep, double baseValue) {
    String money = ctx.money();
    String parameter = sweep.parameter();
    List<Sweep.Point> points = sweep.points();
    double[] x = points.stream().mapToDouble(Sweep.Point::value).toArray();
    double[] y = points.stream().mapToDouble(p -> p.summary().objective()).toArray();
    boolean[] shared = new boolean[points.size()];
    for (int i = 0; i < shared.length; i++) {
      shared[i] = !points.get(i).solved();
    }
    List<String> labels = Format.parameters(parameter, x);
    int baseIndex = -1;
    for (int i = 0; i < x.length && Double.isFinite(baseValue); i++) {
      if (Math.abs(x[i] - baseValue) <= 1e-9 * Math.max(1, Math.abs(baseValue))) {
        baseIndex = i;
      }
    }
    List<Flip> flips = flips(points);
    StringBuilder b = new StringBuilder();
    double lo = java.util.Arrays.stream(y).filter(Double::isFinite).min().orElse(Double.NaN);
    double hi = java.util.Arrays.stream(y).filter(Double::isFinite).max().orElse(Double.NaN);
    b.append(Html.kpis(new String[] {"points", Integer.toString(points.size())},
        new String[] {"solves", Integer.toString(sweep.solves())},
        new String[] {"base value", Double.isFinite(baseValue) ? Format.parameter(parameter, baseValue) : "not given",
            Double.isFinite(baseValue) ? Format.exact(baseValue) : null},
        new String[] {"flips", Integer.toString(flips.size())},
        new String[] {"cost range (" + money + ")", Format.compact(lo) + " – " + Format.compact(hi),
            Format.exact(lo) + " – " + Format.exact(hi)}));
    LineChart line = new LineChart(ctx.chartId("sweep-cost"), "Total cost against " + parameter, parameter,
        money + ", present value").series("total cost", x, y, shared)
        .hollowLabel("not solved: shares its neighbours' allocation")
        .xFormat(v -> Format.parameter(parameter, v));
    if (Double.isFinite(baseValue)) {
      line.base(baseValue, "base " + Format.parameter(parameter, baseValue));
    }
    for (int f = 0; f < flips.size(); f++) {
      Flip flip = flips.get(f);
      line.flip(x[flip.before()], x[flip.before() + 1], "flip " + (f + 1),
          "flip " + (f + 1) + " " + flip.describe(labels.get(flip.before()), labels.get(flip.before() + 1)));
    }
    b.append(Html.figure("Total cost (" + money + ", present value) against " + parameter
        + (Double.isFinite(baseValue) ? "; solid line = base value" : "")
        + (flips.isEmpty() ? "" : "; dashed lines = flips, somewhere in their band"), line.render()));
    if (!flips.isEmpty()) {
      List<Object[]> rows = new ArrayList<>();
      for (int f = 0; f < flips.size(); f++) {
        Flip flip = flips.get(f);
        String from = labels.get(flip.before());
        String to = labels.get(flip.before() + 1);
        rows.add(new Object[] {"flip " + (f + 1), from + " – " + to, flip.describe(from, to)
            .substring(("between " + from + " and " + to + ": ").length())});
      }
      b.append("<h3>Flips: where the decisions change</h3>").append(Html.table(List.of("flip", parameter,
          "what changes"), rows));
    }
    // Where each product is made, with the flips of that product.
    Set<String> products = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    for (Sweep.Point p : points) {
      p.summary().jobsByCountry().keySet().forEach(ctx.countries()::of);
      p.summary().production().forEach((prod, m) -> {
        products.add(prod);
        countries.addAll(m.keySet());
        m.keySet().forEach(ctx.countries()::of);
      });
    }
    List<String> categories = new ArrayList<>(labels);
    if (baseIndex >= 0) {
      categories.set(baseIndex, labels.get(baseIndex) + " (base)");
    }
    b.append("<div class=\"grid\">");
    int drawn = 0;
    for (String prod : products) {
      if (drawn++ >= MAX_PRODUCT_CHARTS) {
        break;
      }
      String unit = ctx.unit(prod);
      List<String> made = new ArrayList<>();
      for (String c : countries) {
        if (points.stream().anyMatch(p -> p.summary().production().getOrDefault(prod, Map.of()).containsKey(c))) {
          made.add(c);
        }
      }
      BarChart chart = new BarChart(ctx.chartId("sweep-made-" + prod), prod + " by country against " + parameter,
          unit, categories, List.of(unit), made.isEmpty() ? List.of("none") : made).colors(ctx.colors(made))
          .legend(true).dividerLabel("where it is made changes").size(520, 300);
      for (int i = 0; i < points.size(); i++) {
        Summary s = points.get(i).summary();
        for (int k = 0; k < made.size(); k++) {
          chart.set(i, 0, k, s.production().getOrDefault(prod, Map.of()).getOrDefault(made.get(k), 0.0));
        }
        if (!s.status().hasAllocation()) {
          chart.note(i, s.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
      }
      for (Flip flip : flips) {
        if (flip.moved().containsKey(prod)) {
          chart.divider(flip.before() + 1, prod + ": " + flip.describe(labels.get(flip.before()),
              labels.get(flip.before() + 1)));
        }
      }
      b.append(Html.figure(prod + " (" + unit + ") by country against " + parameter, chart.render()));
    }
    b.append("</div>");
    b.append(pointsTable(ctx, sweep, labels, baseIndex));
    ctx.add("sweep-" + (ctx.sections().size() + 1), "Sweep of " + parameter, b.toString());
  }

  private static String pointsTable(ReportContext ctx, Sweep sweep, List<String> labels, int baseIndex) {
    List<Sweep.Point> points = sweep.points();
    String money = ctx.money();
    SiteChanges changes = SiteChanges.ofSummaries(labels, "point", points.stream().map(Sweep.Point::summary)
        .toList(), ctx.sites());
    int ref = baseIndex >= 0 ? baseIndex : 0;
    double refCost = points.get(ref).summary().objective();
    List<String> header = new ArrayList<>(List.of(sweep.parameter(), "status", "total cost (" + money + ")",
        "Δ vs " + (baseIndex >= 0 ? "base" : labels.get(0))));
    if (changes.asColumns()) {
      header.addAll(changes.changing());
    } else {
      header.add("sites open or closed, of the " + changes.changing().size() + " that differ between points");
    }
    header.add("how");
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      Sweep.Point p = points.get(i);
      List<Object> r = new ArrayList<>(List.of(new Html.Cell(labels.get(i) + (i == baseIndex ? " (base)" : ""),
          Format.exact(p.value()), "num"), Html.status(p.summary().status().name()), Html.num(p.summary().objective()),
          i == ref ? "" : Html.signed(p.summary().objective() - refCost)));
      if (changes.asColumns()) {
        int row = i;
        changes.changing().forEach(site -> r.add(changes.status(row, site)));
      } else {
        r.add(changes.list(i));
      }
      r.add(p.solved() ? "solved" : "shared");
      rows.add(r.toArray());
    }
    return "<h3>Points</h3>" + Html.table(header, rows, 0, 2, 3) + changes.note();
  }

  /**
   * Adds a break-even: the value and the interval it lies in, rounded for people and exact on hover.
   * The proof pair follows as scenarios.
   *
   * @param ctx the report
   * @param be the break-even
   */
  static void breakEven(ReportContext ctx, BreakEven be) {
    String parameter = be.parameter();
    // Printed with as many digits as it takes to tell the ends of the interval apart.
    List<String> at = Format.parameters(parameter, new double[] {be.low(), be.value(), be.high()});
    String low = at.get(0);
    String value = at.get(1);
    String high = at.get(2);
    StringBuilder b = new StringBuilder();
    b.append(Html.kpis(new String[] {"break-even", value, Format.exact(be.value())},
        new String[] {"between", low + " and " + high, Format.exact(be.low()) + " and " + Format.exact(be.high())},
        new String[] {"solves", Integer.toString(be.solves())}));
    b.append("<p>").append(Html.esc("'" + be.decision() + "' " + (be.belowHolds() ? "stops" : "starts") + " when "
        + parameter + " crosses " + value + " (between " + low + " and " + high + ").")).append("</p>");
    b.append(Html.note("The proof pair: at " + parameter + " = " + low + " the decision "
        + (be.belowHolds() ? "holds" : "does not hold") + "; at " + high + " it "
        + (be.belowHolds() ? "does not" : "does") + ". Both solutions follow as scenarios."));
    ctx.add("breakeven-" + (ctx.sections().size() + 1), "Break-even: " + be.decision(), b.toString());
  }
}
