package dev.footprint.examples;

import static dev.footprint.examples.KoreaUsStudy.*;

import dev.footprint.examples.KoreaUsStudy.Assumptions;
import dev.footprint.examples.KoreaUsStudy.Key;
import dev.footprint.examples.KoreaUsStudy.Regime;
import dev.footprint.examples.KoreaUsStudy.Sensitivity;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.result.Allocation;
import dev.footprint.result.Evaluation;
import dev.footprint.solve.NativeOutput;
import dev.footprint.solve.Solution;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The flagship study's console report: its data, each regime's solution with and without the pledge,
 * a summary and the sensitivities ({@link KoreaUsStudy} holds the data and the networks).
 *
 * <p>Run (after {@code mvn -q -B package -DskipTests}): {@code java -cp
 * examples/target/classes:src/footprint-cli/target/footprint.jar dev.footprint.examples.KoreaUsReport}.
 */
public final class KoreaUsReport {
  private KoreaUsReport() {}


  /**
   * Prints the study.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    NativeOutput.keepOffStandardOutput(); // HiGHS's stray debugging line must not land in the report
    long start = System.nanoTime();
    PrintStream out = System.out;
    out.println("FOOTPRINT FLAGSHIP STUDY: Korea's export manufacturing under the 2025-26 US trade regimes");
    out.println("Horizon " + FIRST_YEAR + "-" + (FIRST_YEAR + YEARS - 1) + ", discount " + pct(DISCOUNT_RATE)
        + " a year; costs are present values in 2026 US$ billions unless said otherwise.");
    printData(out, Assumptions.BASE);

    Map<Key, Solution> all = solveAll();
    for (Regime r : Regime.values()) {
      printRegime(out, r, all.get(new Key(r, true)), all.get(new Key(r, false)));
    }
    printSummary(out, all);
    printSensitivities(out, all);
    out.printf(Locale.ROOT, "%nWhole study solved and printed in %.1f s.%n", (System.nanoTime() - start) / 1e9);
  }

  private static void printData(PrintStream out, Assumptions a) {
    Network n = network(Regime.DEAL_2025, true, a);
    out.println();
    out.println("== Data (base case) ==");
    out.printf(Locale.ROOT, "Labor cost, US$/h (Conference Board 2018 basis): US %.2f  KR %.2f  VN %.2f  ID %.2f%n",
        US_LABOR_2018, KR_LABOR_2018, vnLabor(a), idLabor(a));
    out.printf(Locale.ROOT, "%-12s %12s %12s %10s %10s %10s %10s %10s %10s %10s%n", "line", "cust.value",
        "materials", "hours", "labor KR", "labor US", "labor VN", "capex KR", "capex US", "frt KR-US");
    out.printf(Locale.ROOT, "%-12s %12s %12s %10s %10s %10s %10s %10s %10s %10s%n", "", "$M/unit", "$M/unit",
        "h/unit", "$M/unit", "$M/unit", "$M/unit", "$M/unit-yr", "$M/unit-yr", "$M/unit");
    for (String p : PRODUCTS) {
      int pi = n.productIndex(p);
      Product prod = n.products().get(pi);
      out.printf(Locale.ROOT, "%-12s %12.3f %12.3f %10.0f %10.3f %10.3f %10.3f %10.3f %10.3f %10.3f%n", p,
          prod.declaredCustomsValue().getAsDouble(), prod.materialCostPerUnit(),
          hoursPerUnit(p, a), hoursPerUnit(p, a) * KR_LABOR_2018 / 1e6,
          hoursPerUnit(p, a) * US_LABOR_2018 / 1e6,
          hoursPerUnit(p, a) / a.seaProductivity() * vnLabor(a) / 1e6,
          capexPerUnit(p, "KR", a) / 1e6, capexPerUnit(p, "US", a) / 1e6,
          (p.equals("chips") ? CHIP_FREIGHT_PER_UNIT : feu("KR", "US") * feuPerUnit(p)) / 1e6);
    }
    out.printf(Locale.ROOT, "Hours and labor are at full capacity: %.0f%% of them are fixed staff, paid while a site"
        + " is open.%n", 100 * FIXED_STAFF_SHARE);
    out.println("Units: chips 1,000 wafer eq.; cells GWh; cars 1,000 vehicles; electronics, apparel, toys millions.");
    out.printf(Locale.ROOT, "%-12s %8s %8s %8s %8s %7s %10s%n", "demand 2026", "US", "KR", "EU", "ROW", "growth",
        "KR cap.");
    for (String p : PRODUCTS) {
      DemandData d = demandOf(p);
      out.printf(Locale.ROOT, "%-12s %8.0f %8.0f %8.0f %8.0f %7s %10.0f%n", p, d.us(), d.kr(), d.eu(), d.row(),
          pct(d.growth()), d.krCapacity());
    }
    out.println("Committed US projects (capex counted in the pledge):");
    for (Site s : n.sites()) {
      if (s.kind() == SiteKind.COMMITTED) {
        out.printf(Locale.ROOT, "  %-24s %-6s capex %6.2f B  capacity %8.0f  from %s%n", s.id(),
            s.products().iterator().next(), s.openingCapex() / 1e3, s.capacity().at(YEARS - 1),
            n.horizon().label(s.openingPeriod()));
      }
    }
    out.printf(Locale.ROOT, "Pledge modelled: US capex >= %.0f B over %d-%d (of $%.0fB: $%.0fB shipbuilding,"
        + " $%.0fB strategic; half of the strategic part falls in the horizon).%n", PLEDGE_USD / 1e9, FIRST_YEAR,
        FIRST_YEAR + YEARS - 1, PLEDGE_TOTAL_USD / 1e9, PLEDGE_SHIPBUILDING_USD / 1e9, PLEDGE_STRATEGIC_USD / 1e9);
    out.printf(Locale.ROOT, "CHIPS grants not in the objective (fixed sums on committed sites): Samsung %.3f B,"
        + " SK hynix %.3f B.%n", CHIPS_GRANT_SAMSUNG / 1e9, CHIPS_GRANT_SK_HYNIX / 1e9);
  }

  private static void printRegime(PrintStream out, Regime r, Solution with, Solution without) {
    out.println();
    out.println("=".repeat(100));
    out.println("REGIME: " + r.label() + tariffNote(r));
    out.println("=".repeat(100));
    printSolution(out, "with the pledge", with);
    out.println();
    out.println("-- What the pledge costs (" + r.label() + ") --");
    if (with.hasAllocation() && without.hasAllocation()) {
      out.printf(Locale.ROOT, "Objective without pledge %10.2f B   with pledge %10.2f B   pledge cost %8.2f B (PV)%n",
          without.objective() / 1e3, with.objective() / 1e3, (with.objective() - without.objective()) / 1e3);
      out.printf(Locale.ROOT, "US gross capex without %8.2f B   with %8.2f B   (pledge %.0f B)%n",
          usCapex(without) / 1e3, usCapex(with) / 1e3, PLEDGE_USD / 1e9);
      List<String> added = new ArrayList<>(with.allocation().sitesOpened());
      added.removeAll(without.allocation().sitesOpened());
      List<String> dropped = new ArrayList<>(without.allocation().sitesOpened());
      dropped.removeAll(with.allocation().sitesOpened());
      out.println("Sites opened only with the pledge: " + (added.isEmpty() ? "none" : added));
      out.println("Sites opened only without it:      " + (dropped.isEmpty() ? "none" : dropped));
      out.println("Without the pledge, where each line is made:");
      printProduction(out, without);
    } else {
      out.println("without: " + without + "\nwith: " + with);
    }
  }

  private static String tariffNote(Regime r) {
    return switch (r) {
      case DEAL_2025 -> "  (US tariffs: KR 15% floor, KR autos 15%, VN 20%, ID 19%, others' autos 25%)";
      case NO_DEAL -> "  (US tariffs: KR 25%, KR autos 25% (s232), VN 20%, ID 19%)";
      case POST_RULING_2026 -> "  (US tariffs: s122 10% all origins, not stacked on s232; autos 25%, KR autos 15%)";
    };
  }

  private static void printSolution(PrintStream out, String title, Solution s) {
    out.println("Status " + s.status() + ", " + s.verification().map(Object::toString).orElse("not verified")
        + String.format(Locale.ROOT, ", solved in %d ms", s.stats().solveMillis()));
    if (!s.hasAllocation()) {
      s.diagnosis().ifPresent(out::println);
      return;
    }
    Network n = s.network();
    Allocation al = s.allocation();
    Evaluation e = s.evaluation();
    out.println();
    out.println("Where each line is made (" + title + "), units a year:");
    printProduction(out, s);

    out.println();
    out.println("Sites opened (candidates and committed) and closed:");
    out.printf(Locale.ROOT, "  %-24s %-4s %-10s %-6s %10s %10s%n", "site", "cty", "kind", "year", "capex $B",
        "capacity");
    for (String id : al.sitesOpened()) {
      Site site = n.sites().get(n.siteIndex(id));
      OptionalInt t = al.openedIn(id);
      out.printf(Locale.ROOT, "  %-24s %-4s %-10s %-6s %10.2f %10.0f%n", id, site.country(),
          site.kind().toString().toLowerCase(Locale.ROOT), n.horizon().label(t.getAsInt()), site.openingCapex() / 1e3,
          site.capacity().at(YEARS - 1));
    }
    for (String id : al.sitesClosed()) {
      out.printf(Locale.ROOT, "  %-24s closed from %s%n", id, n.horizon().label(al.closedIn(id).getAsInt()));
    }

    out.println();
    out.print("Gross capex by country (undiscounted, $B):");
    for (String c : PRODUCING) {
      out.printf(Locale.ROOT, "  %s %.2f", c, e.capexByCountry().getOrDefault(c, 0.0) / 1e3);
    }
    out.println();
    out.println("Jobs by country (thousands of full-time jobs):");
    out.printf(Locale.ROOT, "  %-4s", "");
    for (int t = 0; t < YEARS; t++) {
      out.printf(Locale.ROOT, " %8s", n.horizon().label(t));
    }
    out.println();
    for (String c : PRODUCING) {
      out.printf(Locale.ROOT, "  %-4s", c);
      for (int t = 0; t < YEARS; t++) {
        out.printf(Locale.ROOT, " %8.1f", e.jobs(c, t) / 1e3);
      }
      out.println();
    }
    out.println();
    out.println("Cost by kind (present value, US$ millions):");
    out.print(e.describe());
    out.println();
    out.print("Tariffs paid by lane (PV, $B):");
    e.tariffsByLane().entrySet().stream().filter(x -> Math.abs(x.getValue()) > 1e-3)
        .sorted((x, y) -> Double.compare(y.getValue(), x.getValue()))
        .forEach(x -> out.printf(Locale.ROOT, "  %s %.2f", x.getKey(), x.getValue() / 1e3));
    out.println();
    out.print("Subsidies received (PV, $B):");
    e.subsidiesByProgram().forEach((k, v) -> out.printf(Locale.ROOT, "  %s %.2f", k, v / 1e3));
    out.println();
  }

  private static void printProduction(PrintStream out, Solution s) {
    Network n = s.network();
    Allocation al = s.allocation();
    out.printf(Locale.ROOT, "  %-12s %-4s", "line", "cty");
    for (int t = 0; t < YEARS; t++) {
      out.printf(Locale.ROOT, " %9s", n.horizon().label(t));
    }
    out.printf(Locale.ROOT, " %8s%n", "share30");
    for (String p : PRODUCTS) {
      double total = 0;
      for (String c : PRODUCING) {
        total += al.productionInCountry(p, c, YEARS - 1);
      }
      for (String c : PRODUCING) {
        double sum = 0;
        for (int t = 0; t < YEARS; t++) {
          sum += al.productionInCountry(p, c, t);
        }
        if (sum < 1e-6) {
          continue;
        }
        out.printf(Locale.ROOT, "  %-12s %-4s", p, c);
        for (int t = 0; t < YEARS; t++) {
          out.printf(Locale.ROOT, " %9.1f", al.productionInCountry(p, c, t));
        }
        out.printf(Locale.ROOT, " %7.0f%%%n", 100 * al.productionInCountry(p, c, YEARS - 1) / total);
      }
    }
  }

  private static void printSummary(PrintStream out, Map<Key, Solution> all) {
    out.println();
    out.println("=".repeat(100));
    out.println("SUMMARY (base case)");
    out.println("=".repeat(100));
    out.printf(Locale.ROOT, "%-20s %11s %11s %9s %9s %9s %9s  %s%n", "regime", "cost no-pl", "cost pledge",
        "pledge $B", "UScapex", "UScpx-np", "tariffs", "US share of 2030 output (with pledge)");
    for (Regime r : Regime.values()) {
      Solution w = all.get(new Key(r, true));
      Solution wo = all.get(new Key(r, false));
      StringBuilder shares = new StringBuilder();
      for (String p : PRODUCTS) {
        shares.append(String.format(Locale.ROOT, "%s %.0f%% ", p, 100 * share(w, p, "US")));
      }
      out.printf(Locale.ROOT, "%-20s %11.1f %11.1f %9.2f %9.1f %9.1f %9.2f  %s%n", r.label(), wo.objective() / 1e3,
          w.objective() / 1e3, (w.objective() - wo.objective()) / 1e3, usCapex(w) / 1e3, usCapex(wo) / 1e3,
          w.evaluation().cost(dev.footprint.result.CostKind.TARIFFS) / 1e3, shares);
    }
    out.println();
    out.println("Share of 2030 output by country (with pledge):");
    out.printf(Locale.ROOT, "%-20s %-12s %6s %6s %6s %6s%n", "regime", "line", "KR", "US", "VN", "ID");
    for (Regime r : Regime.values()) {
      Solution w = all.get(new Key(r, true));
      for (String p : PRODUCTS) {
        out.printf(Locale.ROOT, "%-20s %-12s %5.0f%% %5.0f%% %5.0f%% %5.0f%%%n", r.label(), p,
            100 * share(w, p, "KR"), 100 * share(w, p, "US"), 100 * share(w, p, "VN"), 100 * share(w, p, "ID"));
      }
    }
  }

  private static void printSensitivities(PrintStream out, Map<Key, Solution> base) {
    out.println();
    out.println("=".repeat(100));
    out.println("SENSITIVITIES (one assumption changed at a time). Output shares are for 2030, without the pledge");
    out.println("(the economics alone); the pledge is solved for the variants that bear on it.");
    out.println("=".repeat(100));
    out.printf(Locale.ROOT, "%-17s %-45s %8s %9s %8s  %s%n", "regime", "variant", "cost $B", "pledge $B",
        "UScapex", "2030 output, % KR/US/VN/ID");
    for (KoreaUsFigures.Variant variant : KoreaUsFigures.solveVariants(base, List.of())) {
      Sensitivity v = variant.sensitivity();
      Solution wo = variant.without();
      Solution w = variant.with();
      if (!wo.hasAllocation() || (w != null && !w.hasAllocation())) {
        out.printf(Locale.ROOT, "%-17s %-45s %s / %s%n", v.regime().label(), v.a().name(), wo.status(),
            w == null ? "-" : w.status());
        continue;
      }
      StringBuilder shares = new StringBuilder();
      for (String p : PRODUCTS) {
        shares.append(String.format(Locale.ROOT, "%s %.0f/%.0f/%.0f/%.0f  ", p, 100 * share(wo, p, "KR"),
            100 * share(wo, p, "US"), 100 * share(wo, p, "VN"), 100 * share(wo, p, "ID")));
      }
      out.printf(Locale.ROOT, "%-17s %-45s %8.1f %9s %8.1f  %s%n", v.regime().label(), v.a().name(),
          wo.objective() / 1e3,
          w == null ? "-" : String.format(Locale.ROOT, "%.2f", (w.objective() - wo.objective()) / 1e3),
          usCapex(wo) / 1e3, shares);
      if (w != null) {
        out.printf(Locale.ROOT, "%-17s %-45s %8.1f %9s %8.1f  with the pledge (%s): also opens %s%n", "",
            "", w.objective() / 1e3, "", usCapex(w) / 1e3, w.status(), onlyIn(w, wo));
        if (!onlyIn(wo, w).isEmpty()) {
          out.printf(Locale.ROOT, "%-17s %-45s %8s %9s %8s  and no longer opens %s%n", "", "", "", "", "",
              onlyIn(wo, w));
        }
      }
    }
  }

  private static List<String> onlyIn(Solution a, Solution b) {
    List<String> out = new ArrayList<>(a.allocation().sitesOpened());
    out.removeAll(b.allocation().sitesOpened());
    return out;
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * v);
  }
}
