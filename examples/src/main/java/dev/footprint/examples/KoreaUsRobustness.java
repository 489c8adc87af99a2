package dev.footprint.examples;

import dev.footprint.examples.KoreaUsStudy.Assumptions;
import dev.footprint.examples.KoreaUsStudy.Regime;
import dev.footprint.model.CapexAccounting;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.solve.Backend;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * The robustness table of the flagship: each claim of the article, stated precisely on
 * the 2025 deal without the pledge, against each assumption that matters. For every assumption with
 * a range, the claim is evaluated on a grid of the range (shared by every claim) and, where it
 * changes, bisected between the last grid value where it is as in the base case and the first where
 * it is not, down to the assumption's tolerance. Every solve is cached by assumption and value, and
 * the bisections of all claims advance together, one batch of solves per round.
 *
 * <p>The robustness solves use SCIP, which proved these networks (the deal without the pledge and its
 * variants) optimal faster than HiGHS while the table was built; that is an observation, not a
 * benchmark (benchmarks/RESULTS.md measures the backends on the deal with the pledge). The base case
 * solves to the same objective on both, checked by {@code KoreaUsReadmeTest}; the results of the
 * README use the library's default, HiGHS.
 */
public final class KoreaUsRobustness {
  /** The options of the robustness solves. */
  static final SolveOptions OPTIONS = SolveOptions.DEFAULT.withBackend(Backend.SCIP);
  /** The regime the claims are evaluated in: the 2025 deal, the article's setting, without the pledge. */
  static final Regime REGIME = Regime.DEAL_2025;
  /** Grid points on each side of the base value, before bisection. */
  static final int GRID_PER_SIDE = 2;

  private KoreaUsRobustness() {}

  /**
   * A claim of the article, as a measure of a solution and a threshold it must reach.
   *
   * @param label the row's label
   * @param definition what is measured, and the threshold, in words
   * @param measure the measure of a solution of the deal without the pledge
   * @param threshold the claim holds when the measure is at least this
   * @param format how the measure is printed ({@code %} for a share)
   */
  record Claim(String label, String definition, ToDoubleFunction<Solution> measure, double threshold,
      String format) {
    boolean holds(Solution s) {
      return measure.applyAsDouble(s) >= threshold - 1e-9;
    }

    String show(Solution s) {
      double v = measure.applyAsDouble(s);
      return format.equals("%") ? String.format(Locale.ROOT, "%.0f%%", 100 * v) : String.format(Locale.ROOT, format, v);
    }
  }

  /**
   * An assumption varied over a range, or over a few discrete choices.
   *
   * @param label the column's label
   * @param description what it is, its base value and its source
   * @param base its base value (may lie outside [lo, hi]: then the range is on one side of it)
   * @param lo the low end of the range searched
   * @param hi the high end
   * @param tolerance the bisection stops when the interval is at most this wide
   * @param format how a value is printed
   * @param at the assumptions with the value
   */
  record Axis(String label, String description, double base, double lo, double hi, double tolerance, String format,
      DoubleFunction<Assumptions> at) {
    String show(double v) {
      return String.format(Locale.ROOT, format, v);
    }
  }

  /** @return the claims, in the table's order */
  static List<Claim> claims() {
    List<Claim> out = new ArrayList<>();
    for (String p : new String[] {"chips", "cells", "cars"}) {
      out.add(new Claim("Premium to the US: " + p,
          "US output of " + p + " in 2030 covers at least 50% of the US market's 2030 demand",
          s -> usOutputOverUsDemand(s, p), 0.5, "%"));
    }
    for (String p : new String[] {"apparel", "toys", "electronics"}) {
      out.add(new Claim("Labor-intensive to SE Asia: " + p,
          "Vietnam and Indonesia make at least 50% of the 2030 output of " + p,
          s -> KoreaUsStudy.share(s, p, "VN") + KoreaUsStudy.share(s, p, "ID"), 0.5, "%"));
    }
    out.add(new Claim("Labor-intensive to SE Asia: electronics for the US",
        "Vietnam and Indonesia supply at least 50% of the US market's 2030 electronics",
        s -> seaShareOfUsMarket(s, "electronics"), 0.5, "%"));
    out.add(new Claim("The $100B pledge costs nothing",
        "without the pledge the plan already puts at least $100B of capex into the US (so the pledge binds"
            + " nothing and costs nothing), US capex in $B",
        s -> KoreaUsStudy.usCapex(s) / 1e3, KoreaUsStudy.PLEDGE_USD / 1e9, "%.1f"));
    out.add(new Claim("Jobs lost in Korea",
        "jobs at Korean sites (fixed staff and output jobs) in 2030 are at least 10% below 2026",
        s -> 1 - s.evaluation().jobs("KR", KoreaUsStudy.YEARS - 1) / s.evaluation().jobs("KR", 0), 0.10, "%"));
    return out;
  }

  private static double seaShareOfUsMarket(Solution s, String product) {
    Network n = s.network();
    int last = KoreaUsStudy.YEARS - 1;
    double sea = 0;
    double all = 0;
    for (var e : s.allocation().shipments()) {
      if (e.product().equals(product) && e.period() == last
          && n.markets().get(n.marketIndex(e.market())).country().equals("US")) {
        all += e.units();
        String c = n.sites().get(n.siteIndex(e.site())).country();
        if (c.equals("VN") || c.equals("ID")) {
          sea += e.units();
        }
      }
    }
    return all > 0 ? sea / all : 0;
  }

  private static double usOutputOverUsDemand(Solution s, String product) {
    Network n = s.network();
    int last = KoreaUsStudy.YEARS - 1;
    double demand = 0;
    for (Market m : n.markets()) {
      if (m.country().equals("US")) {
        demand += m.demand().get(product).at(last);
      }
    }
    return s.allocation().productionInCountry(product, "US", last) / demand;
  }

  /** @return the assumptions with a range, in the table's order (the capex accounting comes first) */
  static List<Axis> axes() {
    Assumptions b = Assumptions.BASE;
    return List.of(
        new Axis("Electronics customs value ($/device)", "the declared value of a device at the US border"
            + " (ASSUMPTION, base $300)", b.phoneCustomsValue(), 150, 600, 10, "$%.0f",
            v -> b.withPhoneCustomsValue("customs value " + v, v)),
        new Axis("US fab capex ratio", "US fab capex over Korea's per unit of capacity (ASSUMPTION, base 1.10;"
            + " Exyte's 2x for the building)", b.usFabCapexRatio(), 1.0, 2.5, 0.05, "%.2f",
            v -> b.withUsFabCapexRatio("fab ratio " + v, v)),
        new Axis("SE Asia productivity", "labor productivity of Vietnam and Indonesia relative to Korea and the"
            + " US (ASSUMPTION, base 1)", b.seaProductivity(), 0.25, 1.25, 0.05, "%.2f",
            v -> b.withSeaProductivity("productivity " + v, v)),
        new Axis("Demand growth (points a year)", "added to every line's yearly demand growth (ASSUMPTION, base"
            + " +0); above +0.015 the 2027 chip demand exceeds the fabs that can exist in 2027 (Korea's and the"
            + " committed ones) and the network is infeasible", 0, -0.05, 0.015, 0.005, "%+.3f",
            v -> b.withDemandGrowthShift("growth " + v, v)),
        new Axis("Lost sales (penalty / customs value)", "demand may go unserved at a penalty of this multiple of"
            + " the unit's customs value (base: none may, the penalty is infinite)", Double.POSITIVE_INFINITY,
            0.5, 3, 0.1, "%.2f", v -> b.withLostSalesMultiple("lost sales " + v, v)),
        new Axis("Indonesia / Vietnam labor cost", "Indonesia's labor cost over Vietnam's (JETRO worker pay,"
            + " base 5,421/3,673 = 1.48)", b.idVnLaborRatio(), 0.5, 2.0, 0.05, "%.2f",
            v -> b.withIdVnLaborRatio("ID/VN " + v, v)));
  }

  /** The capex accountings compared, the base first. */
  static final List<CapexAccounting> ACCOUNTINGS =
      List.of(Assumptions.BASE.capexAccounting(), CapexAccounting.FULL, CapexAccounting.RESIDUAL);

  /**
   * The outcome of one claim against one ranged assumption.
   *
   * @param below the first value below the base where the claim differs from the base case, or NaN
   * @param belowLast the last value below the base, nearest the flip, where it is as in the base
   * @param above the first value above the base where it differs, or NaN
   * @param aboveLast the last value above the base where it is as in the base
   */
  record Flip(double below, double belowLast, double above, double aboveLast) {}

  /**
   * The table's content.
   *
   * @param base the base case solved
   * @param accountings the claims' solve under each capex accounting (the base's first)
   * @param flips by claim index, then by axis index
   * @param solves how many distinct networks were solved
   */
  record Result(Solution base, Map<CapexAccounting, Solution> accountings, List<List<Flip>> flips, int solves) {}

  /** A pending bisection: the claim, axis and side, and the interval where the claim changes. */
  private static final class Search {
    final int claim;
    final int axis;
    final boolean below;
    double same;
    double differs;

    Search(int claim, int axis, boolean below, double same, double differs) {
      this.claim = claim;
      this.axis = axis;
      this.below = below;
      this.same = same;
      this.differs = differs;
    }
  }

  /**
   * Solves the grid and the bisections.
   *
   * @return the result
   */
  static Result run() {
    List<Claim> claims = claims();
    List<Axis> axes = axes();
    List<Map<Double, Solution>> cache = new ArrayList<>();
    List<double[]> grids = new ArrayList<>();
    Map<String, Network> batch = new LinkedHashMap<>();
    batch.put("base", network(Assumptions.BASE));
    for (int i = 0; i < axes.size(); i++) {
      Axis ax = axes.get(i);
      cache.add(new HashMap<>());
      double[] grid = grid(ax);
      grids.add(grid);
      for (double v : grid) {
        batch.put(i + "@" + v, network(ax.at().apply(v)));
      }
    }
    for (CapexAccounting acc : ACCOUNTINGS.subList(1, ACCOUNTINGS.size())) {
      batch.put("acc@" + acc, network(Assumptions.BASE.withCapexAccounting(acc.name(), acc)));
    }
    Map<String, Solution> solved = solve(batch);
    int solves = solved.size();
    Solution base = solved.get("base");
    for (int i = 0; i < axes.size(); i++) {
      cache.get(i).put(axes.get(i).base(), base);
    }
    Map<CapexAccounting, Solution> accountings = new LinkedHashMap<>();
    accountings.put(ACCOUNTINGS.get(0), base);
    for (CapexAccounting acc : ACCOUNTINGS.subList(1, ACCOUNTINGS.size())) {
      accountings.put(acc, solved.get("acc@" + acc));
    }
    for (int i = 0; i < axes.size(); i++) {
      for (double v : grids.get(i)) {
        cache.get(i).put(v, solved.get(i + "@" + v));
      }
    }
    // Walk each side of each axis outward from the base on the grid: the first change brackets a flip.
    List<Search> searches = new ArrayList<>();
    for (int c = 0; c < claims.size(); c++) {
      boolean ref = claims.get(c).holds(base);
      for (int i = 0; i < axes.size(); i++) {
        Axis ax = axes.get(i);
        for (boolean below : new boolean[] {true, false}) {
          double same = ax.base();
          for (double v : side(grids.get(i), ax.base(), below)) {
            if (claims.get(c).holds(cache.get(i).get(v)) != ref) {
              searches.add(new Search(c, i, below, same, v));
              break;
            }
            same = v;
          }
        }
      }
    }
    // Bisect every bracket, all claims together, one batch of solves per round.
    while (true) {
      Map<String, Network> round = new LinkedHashMap<>();
      for (Search s : searches) {
        Axis ax = axes.get(s.axis);
        if (open(s, ax)) {
          double mid = midpoint(s, ax);
          if (!cache.get(s.axis).containsKey(mid)) {
            round.put(s.axis + "@" + mid, network(ax.at().apply(mid)));
          }
        }
      }
      boolean anyOpen = searches.stream().anyMatch(s -> open(s, axes.get(s.axis)));
      if (!anyOpen) {
        break;
      }
      Map<String, Solution> got = solve(round);
      solves += got.size();
      got.forEach((k, v) -> {
        int at = k.indexOf('@');
        cache.get(Integer.parseInt(k.substring(0, at))).put(Double.parseDouble(k.substring(at + 1)), v);
      });
      for (Search s : searches) {
        Axis ax = axes.get(s.axis);
        if (open(s, ax)) {
          double mid = midpoint(s, ax);
          boolean ref = claims.get(s.claim).holds(base);
          if (claims.get(s.claim).holds(cache.get(s.axis).get(mid)) == ref) {
            s.same = mid;
          } else {
            s.differs = mid;
          }
        }
      }
    }
    List<List<Flip>> flips = new ArrayList<>();
    for (int c = 0; c < claims.size(); c++) {
      List<Flip> row = new ArrayList<>();
      for (int i = 0; i < axes.size(); i++) {
        double below = Double.NaN;
        double belowLast = Double.NaN;
        double above = Double.NaN;
        double aboveLast = Double.NaN;
        for (Search s : searches) {
          if (s.claim == c && s.axis == i) {
            if (s.below) {
              below = s.differs;
              belowLast = s.same;
            } else {
              above = s.differs;
              aboveLast = s.same;
            }
          }
        }
        row.add(new Flip(below, belowLast, above, aboveLast));
      }
      flips.add(row);
    }
    return new Result(base, accountings, flips, solves);
  }

  /** @return whether the bracket is still wider than the tolerance (none from an infinite base value) */
  private static boolean open(Search s, Axis ax) {
    return Double.isFinite(s.same) && Math.abs(s.differs - s.same) > ax.tolerance() + 1e-12;
  }

  private static double midpoint(Search s, Axis ax) {
    return (s.same + s.differs) / 2;
  }

  /** @return the grid of an axis: its ends and evenly spaced values between them and the base */
  static double[] grid(Axis ax) {
    List<Double> out = new ArrayList<>();
    double lo = ax.lo();
    double hi = ax.hi();
    double base = ax.base();
    if (base > lo) {
      double top = Math.min(base, hi);
      for (int k = 0; k < GRID_PER_SIDE; k++) {
        double v = lo + (top - lo) * k / GRID_PER_SIDE;
        out.add(v);
      }
      if (base > hi) {
        out.add(hi);
      }
    }
    if (base < hi) {
      double bottom = Math.max(base, lo);
      if (base < lo) {
        out.add(lo);
      }
      for (int k = 1; k <= GRID_PER_SIDE; k++) {
        out.add(bottom + (hi - bottom) * k / GRID_PER_SIDE);
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).distinct().sorted().toArray();
  }

  /** @return the grid values on one side of the base, nearest the base first */
  private static double[] side(double[] grid, double base, boolean below) {
    List<Double> out = new ArrayList<>();
    for (double v : grid) {
      if (below ? v < base : v > base) {
        out.add(v);
      }
    }
    if (below) {
      java.util.Collections.reverse(out);
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static Network network(Assumptions a) {
    return KoreaUsStudy.network(REGIME, false, a);
  }

  private static Map<String, Solution> solve(Map<String, Network> networks) {
    List<Solution> s = KoreaUsStudy.solveInParallel(List.copyOf(networks.values()), OPTIONS);
    Map<String, Solution> out = new LinkedHashMap<>();
    int i = 0;
    for (String k : networks.keySet()) {
      Solution x = s.get(i++);
      if (x.status() != dev.footprint.solve.SolveStatus.OPTIMAL || !x.verification().orElseThrow().passed()) {
        throw new IllegalStateException("robustness solve " + k + " ended " + x.status() + ", not a verified optimum");
      }
      out.put(k, x);
    }
    return out;
  }

  /**
   * Renders the table, the claims' definitions and the ranges searched.
   *
   * @param r the result
   * @return Markdown
   */
  static String render(Result r) {
    List<Claim> claims = claims();
    List<Axis> axes = axes();
    StringBuilder b = new StringBuilder();
    b.append("| claim (2025 deal, no pledge) | base case | capex accounting");
    for (Axis ax : axes) {
      b.append(" | ").append(ax.label());
    }
    b.append(" |\n|---|---|---");
    b.append("|---".repeat(axes.size())).append("|\n");
    for (int c = 0; c < claims.size(); c++) {
      Claim claim = claims.get(c);
      boolean ref = claim.holds(r.base());
      b.append("| ").append(claim.label()).append(" | ").append(ref ? "holds" : "fails").append(" (")
          .append(claim.show(r.base())).append(") | ");
      List<String> acc = new ArrayList<>();
      for (Map.Entry<CapexAccounting, Solution> e : r.accountings().entrySet()) {
        if (e.getKey() != ACCOUNTINGS.get(0) && claim.holds(e.getValue()) != ref) {
          acc.add((ref ? "fails" : "holds") + " under " + e.getKey() + " (" + claim.show(e.getValue()) + ")");
        }
      }
      b.append(acc.isEmpty() ? "same under " + ACCOUNTINGS.get(1) + ", " + ACCOUNTINGS.get(2) : String.join("; ", acc));
      for (int i = 0; i < axes.size(); i++) {
        b.append(" | ").append(cell(r.flips().get(c).get(i), axes.get(i), ref));
      }
      b.append(" |\n");
    }
    b.append('\n');
    b.append("A cell says where the claim stops being as in the base case (\"fails\" for a claim that holds there,"
        + " \"holds\" for one that fails), searching outward from the base value: the value given is the"
        + " first one found on the other side, within the column's tolerance. \"same\" means no change"
        + " anywhere on the grid and bisections of the range searched.\n\n");
    b.append("Claims:\n\n");
    for (Claim claim : claims) {
      b.append("- **").append(claim.label()).append("**: ").append(claim.definition()).append(".\n");
    }
    b.append("\nAssumptions (range searched; grid of ").append(2 * GRID_PER_SIDE)
        .append(" values plus the base, then bisection to the tolerance):\n\n");
    b.append("- **Capex accounting**: the base case's ").append(ACCOUNTINGS.get(0)).append(", against ")
        .append(ACCOUNTINGS.get(1)).append(" and ").append(ACCOUNTINGS.get(2)).append(" (one solve each).\n");
    for (Axis ax : axes) {
      b.append("- **").append(ax.label()).append("**: ").append(ax.description()).append("; searched ")
          .append(ax.show(ax.lo())).append(" to ").append(ax.show(ax.hi())).append(", tolerance ")
          .append(String.format(Locale.ROOT, ax.format().replace("+", ""), ax.tolerance())).append(".\n");
    }
    b.append(String.format(Locale.ROOT, "%n%d networks solved for the table (%s, gap %.0e), each the 2025 deal"
        + " without the pledge with one assumption changed.%n", r.solves(), OPTIONS.backend(),
        OPTIONS.relativeGap()));
    return b.toString();
  }

  private static String cell(Flip f, Axis ax, boolean ref) {
    String change = ref ? "fails" : "holds";
    List<String> parts = new ArrayList<>();
    if (!Double.isNaN(f.below())) {
      parts.add(change + " at ≤ " + ax.show(f.below()));
    }
    if (!Double.isNaN(f.above())) {
      parts.add(change + " at ≥ " + ax.show(f.above()));
    }
    return parts.isEmpty() ? "same" : String.join("; ", parts);
  }

  /**
   * Prints the table (as the README's {@code robustness} block), and how long it took.
   *
   * @param args none
   */
  public static void main(String[] args) {
    dev.footprint.solve.NativeOutput.keepOffStandardOutput();
    long start = System.nanoTime();
    System.out.print(render(run()));
    System.err.printf(Locale.ROOT, "%.1f s%n", (System.nanoTime() - start) / 1e9);
  }
}
