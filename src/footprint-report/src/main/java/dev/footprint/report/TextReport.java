package dev.footprint.report;

import dev.footprint.analysis.Comparison;
import dev.footprint.analysis.Summary;
import dev.footprint.model.Network;
import dev.footprint.result.Allocation;
import dev.footprint.result.CostKind;
import dev.footprint.result.Evaluation;
import dev.footprint.solve.Solution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;

/** Results as plain text for a terminal: a few lines per scenario, or a side-by-side table. */
public final class TextReport {
  private TextReport() {}

  /**
   * @param name the scenario's name
   * @param s its solution
   * @return its status, cost, footprint, where each product is made, cost by kind, tariffs, subsidies,
   *     capex and jobs
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
    sb.append(String.format(Locale.ROOT, ", total cost %s USD (present value)%n", Format.grouped(s.objective())));
    sb.append(String.format(Locale.ROOT, "  solver %s, bound %s, gap %s, %d ms%n", s.stats().backendVersion(),
        Format.grouped(s.stats().bestBound()),
        Double.isFinite(s.stats().relativeGap()) ? Format.percent(s.stats().relativeGap()) : "-",
        s.stats().buildMillis() + s.stats().solveMillis()));
    sb.append("  sites opened: ").append(sites(a, n, true)).append('\n');
    sb.append("  sites closed: ").append(sites(a, n, false)).append('\n');
    Summary sum = Summary.of(s);
    for (var p : n.products()) {
      Map<String, Double> m = sum.production().getOrDefault(p.id(), Map.of());
      List<String> parts = new ArrayList<>();
      m.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).forEach(en ->
          parts.add(en.getKey() + " " + Format.percent(sum.share(p.id(), en.getKey())) + " (" + Format.compact(en.getValue())
              + ")"));
      sb.append("  made: ").append(p.id()).append(": ").append(parts.isEmpty() ? "not made" : String.join(", ", parts))
          .append('\n');
    }
    sb.append("  cost by kind (USD, present value):\n");
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
    e.subsidiesByProgram().forEach((program, v) -> sb.append(String.format(Locale.ROOT, "  subsidy %-24s %20s%n",
        program, Format.grouped(v))));
    int last = n.periods() - 1;
    for (var c : n.countries()) {
      double capex = e.capexByCountry().getOrDefault(c.id(), 0.0);
      double jobs = e.jobs(c.id(), last);
      if (capex != 0 || jobs != 0) {
        sb.append(String.format(Locale.ROOT, "  %-10s capex %s, jobs in %s %s%n", c.id(), Format.grouped(capex),
            n.horizon().label(last), Format.grouped(jobs)));
      }
    }
    if (!a.lostSales().isEmpty()) {
      sb.append("  demand not supplied: ")
          .append(Format.grouped(a.lostSales().stream().mapToDouble(l -> l.units()).sum())).append(" units\n");
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
   * @param c a comparison
   * @return its table, with tariffs paid per lane added
   */
  public static String comparison(Comparison c) {
    StringBuilder sb = new StringBuilder(c.table());
    TreeSet<String> lanes = new TreeSet<>();
    for (Solution s : c.solutions().values()) {
      if (s.hasAllocation()) {
        s.evaluation().tariffsByLane().forEach((k, v) -> {
          if (v != 0) {
            lanes.add(k);
          }
        });
      }
    }
    for (String lane : lanes) {
      sb.append(String.format(Locale.ROOT, "%-28s", "tariffs " + lane));
      for (Solution s : c.solutions().values()) {
        sb.append(String.format(Locale.ROOT, "%18s", s.hasAllocation()
            ? String.format(Locale.ROOT, "%,.1f", s.evaluation().tariffsByLane().getOrDefault(lane, 0.0)) : "-"));
      }
      sb.append('\n');
    }
    for (var e : c.solutions().entrySet()) {
      if (e.getValue().diagnosis().isPresent()) {
        sb.append(e.getKey()).append(": ").append(e.getValue().diagnosis().get()).append('\n');
      }
    }
    return sb.toString();
  }
}
