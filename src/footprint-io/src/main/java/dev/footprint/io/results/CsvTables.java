package dev.footprint.io.results;

import dev.footprint.analysis.Frontier;
import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.RobustFootprint;
import dev.footprint.analysis.Sensitivity;
import dev.footprint.analysis.Summary;
import dev.footprint.analysis.Sweep;
import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.result.Allocation;
import dev.footprint.result.CostKind;
import dev.footprint.result.Evaluation;
import dev.footprint.result.Shipment;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV tables of a report, one row per fact, numbers at full precision without exponents, UTF-8,
 * {@code \n} line ends. Cost figures are present values in USD; capex is gross and undiscounted.
 */
public final class CsvTables {
  private CsvTables() {}

  /** A writer of rows. */
  @FunctionalInterface
  public interface Rows {
    /**
     * @param out where rows go
     * @throws IOException if writing fails
     */
    void write(CSVPrinter out) throws IOException;
  }

  /**
   * Writes a table.
   *
   * @param file the file
   * @param header the column names
   * @param rows the rows
   * @throws IOException if writing fails
   */
  public static void write(Path file, String[] header, Rows rows) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").get();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter out = new CSVPrinter(w, format)) {
      rows.write(out);
    }
  }

  /**
   * @param v a number
   * @return it in plain digits at full precision, empty when not finite
   */
  public static String number(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    if (v == 0) {
      return "0";
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /**
   * production.csv: units made per scenario, product, site and period.
   *
   * @param file the file
   * @param solutions solutions by scenario
   * @throws IOException if writing fails
   */
  public static void production(Path file, Map<String, Solution> solutions) throws IOException {
    write(file, new String[] {"scenario", "product", "site", "country", "period", "units"}, out -> {
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
                out.printRecord(e.getKey(), n.products().get(p).id(), n.sites().get(s).id(), n.sites().get(s).country(),
                    n.horizon().label(t), number(units));
              }
            }
          }
        }
      }
    });
  }

  /**
   * shipments.csv: units shipped per scenario, product, site, market and period.
   *
   * @param file the file
   * @param solutions solutions by scenario
   * @throws IOException if writing fails
   */
  public static void shipments(Path file, Map<String, Solution> solutions) throws IOException {
    write(file, new String[] {"scenario", "product", "site", "origin", "market", "destination", "period", "units"},
        out -> {
          for (var e : solutions.entrySet()) {
            if (!e.getValue().hasAllocation()) {
              continue;
            }
            Network n = e.getValue().network();
            for (Shipment s : e.getValue().allocation().shipments()) {
              out.printRecord(e.getKey(), s.product(), s.site(), n.sites().get(n.siteIndex(s.site())).country(),
                  s.market(), n.markets().get(n.marketIndex(s.market())).country(), n.horizon().label(s.period()),
                  number(s.units()));
            }
          }
        });
  }

  /**
   * costs.csv: cost by kind for each scenario as a whole ({@code scope = total}), per product and per
   * country; credits are negative.
   *
   * @param file the file
   * @param solutions solutions by scenario
   * @throws IOException if writing fails
   */
  public static void costs(Path file, Map<String, Solution> solutions) throws IOException {
    write(file, new String[] {"scenario", "scope", "id", "kind", "usd"}, out -> {
      for (var e : solutions.entrySet()) {
        if (!e.getValue().hasAllocation()) {
          continue;
        }
        Evaluation ev = e.getValue().evaluation();
        for (CostKind k : CostKind.values()) {
          out.printRecord(e.getKey(), "total", "", k.name(), number(ev.cost(k)));
        }
        out.printRecord(e.getKey(), "total", "", "TOTAL", number(ev.total()));
        for (var p : ev.byProduct().entrySet()) {
          for (var k : p.getValue().entrySet()) {
            if (k.getValue() != 0) {
              out.printRecord(e.getKey(), "product", p.getKey(), k.getKey().name(), number(k.getValue()));
            }
          }
        }
        for (var c : ev.byCountry().entrySet()) {
          for (var k : c.getValue().entrySet()) {
            if (k.getValue() != 0) {
              out.printRecord(e.getKey(), "country", c.getKey(), k.getKey().name(), number(k.getValue()));
            }
          }
        }
        for (var l : ev.tariffsByLane().entrySet()) {
          out.printRecord(e.getKey(), "lane", l.getKey(), CostKind.TARIFFS.name(), number(l.getValue()));
        }
        for (var s : ev.subsidiesByProgram().entrySet()) {
          out.printRecord(e.getKey(), "program", s.getKey(), "SUBSIDY_RECEIVED", number(s.getValue()));
        }
      }
    });
  }

  /**
   * sites.csv: each site's decisions per scenario: when it opens or closes, its status per period.
   *
   * @param file the file
   * @param solutions solutions by scenario
   * @throws IOException if writing fails
   */
  public static void sites(Path file, Map<String, Solution> solutions) throws IOException {
    write(file, new String[] {"scenario", "site", "country", "kind", "opened", "closed", "period", "status", "units"},
        out -> {
          for (var e : solutions.entrySet()) {
            if (!e.getValue().hasAllocation()) {
              continue;
            }
            Allocation a = e.getValue().allocation();
            Network n = a.network();
            for (int s = 0; s < n.sites().size(); s++) {
              Site site = n.sites().get(s);
              OptionalInt opened = site.kind() == SiteKind.EXISTING ? OptionalInt.empty() : a.openedIn(site.id());
              OptionalInt closed = site.kind() == SiteKind.EXISTING ? a.closedIn(site.id()) : OptionalInt.empty();
              for (int t = 0; t < n.periods(); t++) {
                double units = 0;
                for (int p = 0; p < n.products().size(); p++) {
                  units += a.production(p, s, t);
                }
                out.printRecord(e.getKey(), site.id(), site.country(), site.kind().name(),
                    opened.isPresent() ? n.horizon().label(opened.getAsInt()) : "",
                    closed.isPresent() ? n.horizon().label(closed.getAsInt()) : "", n.horizon().label(t),
                    number(a.siteStatus(site.id(), t)), number(units));
              }
            }
          }
        });
  }

  /**
   * comparison.csv: the scenarios side by side, one row per figure, one column per scenario.
   * Figures: status, total cost and its delta against the base, cost by kind, tariffs per lane,
   * subsidies per program, capex and jobs (last period) per country, units made per product and
   * country over the horizon.
   *
   * @param file the file
   * @param solutions solutions by scenario
   * @param base the base scenario's name, or null
   * @throws IOException if writing fails
   */
  public static void comparison(Path file, Map<String, Solution> solutions, String base) throws IOException {
    List<String> names = new ArrayList<>(solutions.keySet());
    List<String> header = new ArrayList<>(List.of("figure", "id"));
    header.addAll(names);
    Map<String, Summary> sums = new java.util.LinkedHashMap<>();
    solutions.forEach((k, v) -> sums.put(k, Summary.of(v)));
    Set<String> countries = new LinkedHashSet<>();
    Set<String> products = new LinkedHashSet<>();
    Set<String> lanes = new TreeSet<>();
    Set<String> programs = new TreeSet<>();
    for (Solution s : solutions.values()) {
      s.network().countries().forEach(c -> countries.add(c.id()));
      s.network().products().forEach(p -> products.add(p.id()));
      if (s.hasAllocation()) {
        lanes.addAll(s.evaluation().tariffsByLane().keySet());
        programs.addAll(s.evaluation().subsidiesByProgram().keySet());
      }
    }
    Solution b = base == null ? null : solutions.get(base);
    write(file, header.toArray(String[]::new), out -> {
      row(out, "status", "", names, n -> solutions.get(n).status().name());
      row(out, "total_cost", "", names, n -> number(sums.get(n).objective()));
      row(out, "delta_vs_base", base == null ? "" : base, names,
          n -> b != null && b.hasAllocation() ? number(sums.get(n).objective() - b.objective()) : "");
      for (CostKind k : CostKind.values()) {
        row(out, "cost", k.name(), names, n -> number(sums.get(n).costByKind().getOrDefault(k, Double.NaN)));
      }
      for (String lane : lanes) {
        row(out, "tariffs", lane, names, n -> solutions.get(n).hasAllocation()
            ? number(solutions.get(n).evaluation().tariffsByLane().getOrDefault(lane, 0.0)) : "");
      }
      for (String program : programs) {
        row(out, "subsidy", program, names, n -> solutions.get(n).hasAllocation()
            ? number(solutions.get(n).evaluation().subsidiesByProgram().getOrDefault(program, 0.0)) : "");
      }
      for (String c : countries) {
        row(out, "capex", c, names, n -> solutions.get(n).hasAllocation()
            ? number(sums.get(n).capexByCountry().getOrDefault(c, 0.0)) : "");
      }
      for (String c : countries) {
        row(out, "jobs_last_period", c, names, n -> {
          List<Double> jobs = sums.get(n).jobsByCountry().get(c);
          return jobs == null || jobs.isEmpty() ? "" : number(jobs.get(jobs.size() - 1));
        });
      }
      for (String p : products) {
        for (String c : countries) {
          boolean any = sums.values().stream().anyMatch(s -> s.production().getOrDefault(p, Map.of()).containsKey(c));
          if (any) {
            row(out, "units_made", p + "@" + c, names, n -> solutions.get(n).hasAllocation()
                ? number(sums.get(n).production().getOrDefault(p, Map.of()).getOrDefault(c, 0.0)) : "");
          }
        }
      }
    });
  }

  private static void row(CSVPrinter out, String figure, String id, List<String> names,
      java.util.function.Function<String, String> cell) throws IOException {
    List<String> r = new ArrayList<>(List.of(figure, id));
    for (String n : names) {
      r.add(cell.apply(n));
    }
    out.printRecord(r);
  }

  /**
   * sweep.csv: one row per point.
   *
   * @param file the file
   * @param sweep the sweep
   * @throws IOException if writing fails
   */
  public static void sweep(Path file, Sweep sweep) throws IOException {
    write(file, new String[] {"value", "solved", "status", "total_cost", "sites_opened", "sites_closed"}, out -> {
      for (Sweep.Point p : sweep.points()) {
        out.printRecord(number(p.value()), p.solved(), p.summary().status().name(), number(p.summary().objective()),
            String.join(";", p.summary().sitesOpened()), String.join(";", p.summary().sitesClosed()));
      }
    });
  }

  /**
   * frontier.csv: one row per point.
   *
   * @param file the file
   * @param f the frontier
   * @throws IOException if writing fails
   */
  public static void frontier(Path file, Frontier f) throws IOException {
    write(file, new String[] {"floor", "cost", "achieved", "non_dominated", "status", "sites_opened"}, out -> {
      for (Frontier.Point p : f.points()) {
        out.printRecord(number(p.floor()), number(p.cost()), number(p.achieved()), p.nonDominated(),
            p.summary().status().name(), String.join(";", p.summary().sitesOpened()));
      }
    });
  }

  /**
   * montecarlo.csv: one row per sample.
   *
   * @param file the file
   * @param mc the run
   * @throws IOException if writing fails
   */
  public static void monteCarlo(Path file, MonteCarlo mc) throws IOException {
    write(file, new String[] {"sample", "status", "total_cost", "sites_opened"}, out -> {
      for (int i = 0; i < mc.summaries().size(); i++) {
        Summary s = mc.summaries().get(i);
        out.printRecord(i, s.status().name(), number(s.objective()), String.join(";", s.sitesOpened()));
      }
    });
  }

  /**
   * sensitivity.csv: one row per shadow price or reduced cost.
   *
   * @param file the file
   * @param s the sensitivity
   * @throws IOException if writing fails
   */
  public static void sensitivity(Path file, Sensitivity s) throws IOException {
    write(file, new String[] {"kind", "key", "value", "meaning"}, out -> {
      for (Sensitivity.Price p : s.capacity()) {
        out.printRecord("capacity", p.key(), number(p.value()), p.meaning());
      }
      for (Sensitivity.Price p : s.demand()) {
        out.printRecord("demand", p.key(), number(p.value()), p.meaning());
      }
      for (Sensitivity.Price p : s.lanes()) {
        out.printRecord("lane", p.key(), number(p.value()), p.meaning());
      }
    });
  }

  /**
   * robust.csv: one row per regime.
   *
   * @param file the file
   * @param r the robust footprint
   * @throws IOException if writing fails
   */
  public static void robust(Path file, RobustFootprint r) throws IOException {
    write(file, new String[] {"regime", "probability", "cost_under_robust_footprint",
        "expected_cost_of_footprint_best_for_regime"}, out -> {
          for (int k = 0; k < r.regimes().size(); k++) {
            String name = r.regimes().get(k);
            out.printRecord(name, number(r.probabilities().get(k)), number(r.costs().getOrDefault(name, Double.NaN)),
                number(r.singleRegimeExpectedCost().getOrDefault(name, Double.NaN)));
          }
        });
  }
}
