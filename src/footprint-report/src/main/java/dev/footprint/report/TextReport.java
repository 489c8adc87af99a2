package dev.footprint.report;

import dev.footprint.analysis.Comparison;
import dev.footprint.analysis.Summary;
import dev.footprint.model.Country;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.result.Allocation;
import dev.footprint.result.CostKind;
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
 * Results as plain text for a terminal: a few lines per scenario, or a side-by-side table. Numbers
 * are rounded for people ({@link Format}); the exact figures are in result.json and the CSV files.
 * Money is labelled in the study's money, quantities in each product's unit.
 */
public final class TextReport {
  private TextReport() {}

  /** Widest a column of the comparison table gets; longer scenario names wrap onto more header lines. */
  static final int MAX_COLUMN = 24;

  /**
   * @param name the scenario's name
   * @param s its solution
   * @return its status, cost, footprint, where each product is made, cost by kind, tariffs, the use of
   *     tariff-rate quotas, subsidies, capex and jobs
   */
  public static String scenario(String name, Solution s) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "scenario %s: %s", name, s.status()));
    if (!s.hasAllocation()) {
      sb.append(s.diagnosis().map(d -> "\n  " + d.replace("\n", "\n  ")).orElse("")).append('\n');
      sb.append("  ").append(s.stats().backend()).append(" (").append(s.stats().backendStatus()).append(")\n");
      return sb.toString();
    }
    Evaluation e = s.evaluation();
    Allocation a = s.allocation();
    Network n = s.network();
    String money = n.money().label();
    if (n.horizon().maximizesProfit()) {
      sb.append(String.format(Locale.ROOT, ", profit %s %s (present value; revenue %s less cost %s)%n",
          Format.grouped(e.profit()), money, Format.grouped(e.revenue()), Format.grouped(e.revenue() - e.profit())));
    } else {
      sb.append(String.format(Locale.ROOT, ", total cost %s %s (present value)%n", Format.grouped(s.objective()), money));
    }
    sb.append(String.format(Locale.ROOT, "  solver %s, bound %s, gap %s, %d ms%n", s.stats().backendVersion(),
        Format.grouped(s.stats().bestBound()),
        Double.isFinite(s.stats().relativeGap()) ? Format.percent(s.stats().relativeGap()) : "-",
        s.stats().buildMillis() + s.stats().solveMillis()));
    sb.append("  sites opened: ").append(sites(a, n, true)).append('\n');
    sb.append("  sites closed: ").append(sites(a, n, false)).append('\n');
    Summary sum = Summary.of(s);
    for (Product p : n.products()) {
      Map<String, Double> m = sum.production().getOrDefault(p.id(), Map.of());
      List<String> parts = new ArrayList<>();
      m.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).forEach(en ->
          parts.add(en.getKey() + " " + Format.percent(sum.share(p.id(), en.getKey())) + " ("
              + Format.compact(en.getValue()) + " " + p.unit() + ")"));
      sb.append("  made: ").append(p.id()).append(": ").append(parts.isEmpty() ? "not made" : String.join(", ", parts))
          .append('\n');
    }
    sb.append("  cost by kind (").append(money).append(", present value):\n");
    for (CostKind k : CostKind.values()) {
      double v = e.cost(k);
      if (v != 0) {
        sb.append(String.format(Locale.ROOT, "    %-20s %20s%n", k.name().toLowerCase(Locale.ROOT), Format.grouped(v)));
      }
    }
    e.tariffsByLane().forEach((lane, v) -> {
      if (v != 0) {
        sb.append(String.format(Locale.ROOT, "  tariffs %-24s %20s%n", lane, Format.grouped(v)));
      }
    });
    for (QuotaUse u : e.quotaUse()) {
      String product = n.quotas().stream().filter(q -> q.id().equals(u.quota())).findFirst().orElseThrow().product();
      sb.append(String.format(Locale.ROOT, "  quota %s %s: %s of %s %s within, %s beyond%n", u.quota(),
          n.horizon().label(u.period()), Format.grouped(u.inQuota()), Format.grouped(u.volume()),
          ScenarioFacts.unit(n, product), Format.grouped(u.outOfQuota())));
    }
    e.subsidiesByProgram().forEach((program, v) -> sb.append(String.format(Locale.ROOT, "  subsidy %-24s %20s%n",
        program, Format.grouped(v))));
    int last = n.periods() - 1;
    for (Country c : n.countries()) {
      double capex = e.capexByCountry().getOrDefault(c.id(), 0.0);
      double jobs = e.jobs(c.id(), last);
      if (capex != 0 || jobs != 0) {
        sb.append(String.format(Locale.ROOT, "  %-10s capex %s, jobs in %s %s%n", c.id(), Format.grouped(capex),
            n.horizon().label(last), Format.grouped(jobs)));
      }
    }
    if (!a.lostSales().isEmpty()) {
      Map<String, Double> lost = new LinkedHashMap<>();
      for (LostSale l : a.lostSales()) {
        lost.merge(l.product(), l.units(), Double::sum);
      }
      List<String> parts = new ArrayList<>();
      lost.forEach((p, u) -> parts.add(p + " " + Format.grouped(u) + " " + ScenarioFacts.unit(n, p)));
      sb.append("  demand not supplied: ").append(String.join(", ", parts)).append('\n');
    }
    return sb.toString();
  }

  private static String sites(Allocation a, Network n, boolean opened) {
    List<String> out = new ArrayList<>();
    for (String site : opened ? a.sitesOpened() : a.sitesClosed()) {
      OptionalInt t = opened ? a.openedIn(site) : a.closedIn(site);
      out.add(site + (t.isPresent() ? " (" + n.horizon().label(t.getAsInt()) + ")" : ""));
    }
    return out.isEmpty() ? "none" : String.join(", ", out);
  }

  /**
   * A side-by-side table of the scenarios: status, total cost and its change against the base, cost
   * by kind, capex and jobs per country, where each product is made, tariffs paid per lane, and the
   * sites whose status differs between scenarios (only those). Every column is headed by the
   * scenario's full name, wrapped onto several lines when long, so two scenarios never read the same.
   *
   * @param c a comparison
   * @return the table, then any diagnoses
   */
  public static String comparison(Comparison c) {
    List<String> names = new ArrayList<>(c.solutions().keySet());
    List<Solution> sols = names.stream().map(c.solutions()::get).toList();
    Solution base = c.solution(c.base());
    Network first = base.network();
    String money = first.money().label();
    List<String[]> rows = new ArrayList<>();
    row(rows, "status", sols, s -> s.status().toString(), true);
    row(rows, "total cost (" + money + ")", sols, s -> Format.grouped(s.objective()), false);
    row(rows, "  change vs " + c.base(), sols, s -> base.hasAllocation() ? Format.signed(s.objective()
        - base.objective()) : "-", false);
    row(rows, "  change vs " + c.base() + ", %", sols, s -> base.hasAllocation() && base.objective() != 0
        ? Format.percent((s.objective() - base.objective()) / Math.abs(base.objective())) : "-", false);
    for (CostKind k : CostKind.values()) {
      if (sols.stream().anyMatch(s -> s.hasAllocation() && s.evaluation().cost(k) != 0)) {
        row(rows, "  " + k.name().toLowerCase(Locale.ROOT), sols, s -> Format.grouped(s.evaluation().cost(k)), false);
      }
    }
    Set<String> countries = new TreeSet<>();
    sols.forEach(s -> s.network().countries().forEach(x -> countries.add(x.id())));
    for (String country : countries) {
      if (sols.stream().anyMatch(s -> s.hasAllocation() && s.evaluation().capexByCountry().getOrDefault(country, 0.0)
          != 0)) {
        row(rows, "capex " + country, sols, s -> Format.grouped(s.evaluation().capexByCountry()
            .getOrDefault(country, 0.0)), false);
      }
    }
    for (String country : countries) {
      row(rows, "jobs " + country + " (" + first.horizon().label(first.periods() - 1) + ")", sols,
          s -> Format.grouped(s.evaluation().jobs(country, s.network().periods() - 1)), false);
    }
    for (Product p : first.products()) {
      row(rows, "made: " + p.id() + " (" + p.unit() + ")", sols, s -> {
        Summary sum = Summary.of(s);
        List<String> where = new ArrayList<>();
        sum.production().getOrDefault(p.id(), Map.of()).forEach((country, u) -> {
          double share = sum.share(p.id(), country);
          if (share >= 0.005) {
            where.add(country + " " + Format.percent(share));
          }
        });
        return where.isEmpty() ? "not made" : String.join(" ", where);
      }, false);
    }
    Set<String> lanes = new TreeSet<>();
    sols.stream().filter(Solution::hasAllocation).forEach(s -> s.evaluation().tariffsByLane().forEach((k, v) -> {
      if (v != 0) {
        lanes.add(k);
      }
    }));
    for (String lane : lanes) {
      row(rows, "tariffs " + lane, sols, s -> Format.grouped(s.evaluation().tariffsByLane().getOrDefault(lane, 0.0)),
          false);
    }
    SiteChanges changes = SiteChanges.ofSolutions(names, sols);
    for (String site : changes.changing()) {
      String[] r = new String[names.size() + 1];
      r[0] = "site " + site;
      for (int k = 0; k < names.size(); k++) {
        r[k + 1] = changes.status(k, site);
      }
      rows.add(r);
    }
    StringBuilder sb = new StringBuilder(table(names, rows));
    if (changes.changing().isEmpty()) {
      sb.append("sites: every site has the same status in every scenario\n");
    }
    for (int k = 0; k < names.size(); k++) {
      if (sols.get(k).diagnosis().isPresent()) {
        sb.append(names.get(k)).append(": ").append(sols.get(k).diagnosis().get()).append('\n');
      }
    }
    return sb.toString();
  }

  /** Adds a row; a scenario without an allocation shows "-" unless {@code always}. */
  private static void row(List<String[]> rows, String label, List<Solution> sols, Function<Solution, String> cell,
      boolean always) {
    String[] r = new String[sols.size() + 1];
    r[0] = label;
    for (int i = 0; i < sols.size(); i++) {
      r[i + 1] = always || sols.get(i).hasAllocation() ? cell.apply(sols.get(i)) : "-";
    }
    rows.add(r);
  }

  /**
   * @param names the columns' full names
   * @param rows the rows: a label, then a cell per column
   * @return the table, columns as wide as their cells and up to {@link #MAX_COLUMN} for the name,
   *     which wraps onto as many header lines as it needs
   */
  static String table(List<String> names, List<String[]> rows) {
    int labelWidth = 8;
    for (String[] r : rows) {
      labelWidth = Math.max(labelWidth, r[0].length());
    }
    int[] width = new int[names.size()];
    List<List<String>> headers = new ArrayList<>();
    int lines = 1;
    for (int i = 0; i < names.size(); i++) {
      int w = Math.min(MAX_COLUMN, Math.max(8, names.get(i).length()));
      for (String[] r : rows) {
        w = Math.max(w, r[i + 1].length());
      }
      width[i] = w;
      List<String> wrapped = wrap(names.get(i), w);
      headers.add(wrapped);
      lines = Math.max(lines, wrapped.size());
    }
    StringBuilder sb = new StringBuilder();
    for (int line = 0; line < lines; line++) {
      sb.append(" ".repeat(labelWidth));
      for (int i = 0; i < names.size(); i++) {
        List<String> h = headers.get(i);
        int pad = lines - h.size();
        String text = line < pad ? "" : h.get(line - pad);
        sb.append("  ").append(" ".repeat(width[i] - text.length())).append(text);
      }
      sb.append('\n');
    }
    for (String[] r : rows) {
      sb.append(r[0]).append(" ".repeat(labelWidth - r[0].length()));
      for (int i = 0; i < names.size(); i++) {
        sb.append("  ").append(" ".repeat(Math.max(0, width[i] - r[i + 1].length()))).append(r[i + 1]);
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /**
   * @param text a name
   * @param width the most characters a line holds
   * @return the name in lines of at most {@code width}, broken after a space, '-', '_' or '.' where
   *     one is near, else anywhere; nothing is left out
   */
  static List<String> wrap(String text, int width) {
    List<String> out = new ArrayList<>();
    String rest = text;
    while (rest.length() > width) {
      int cut = -1;
      for (int i = width; i > width / 2; i--) {
        if (" -_.".indexOf(rest.charAt(i - 1)) >= 0) {
          cut = i;
          break;
        }
      }
      cut = cut < 0 ? width : cut;
      out.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
    }
    out.add(rest);
    return out;
  }
}
