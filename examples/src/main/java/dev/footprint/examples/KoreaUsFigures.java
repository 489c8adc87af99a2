package dev.footprint.examples;

import dev.footprint.examples.KoreaUsStudy.Assumptions;
import dev.footprint.examples.KoreaUsStudy.Key;
import dev.footprint.examples.KoreaUsStudy.Regime;
import dev.footprint.examples.KoreaUsStudy.Sensitivity;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.result.Allocation;
import dev.footprint.result.CostKind;
import dev.footprint.result.Evaluation;
import dev.footprint.solve.NativeOutput;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.StringJoiner;

/**
 * The figures of the flagship's README ({@code examples/README.md}), rendered from one run of the
 * study: the results of each regime, the sensitivities and the pledge curve, and the largest pledge
 * the candidate sites can meet. The README holds them in generated blocks ({@link ReadmeBlocks});
 * {@code KoreaUsReadmeTest} renders them again from a fresh run and compares, so they cannot go stale.
 *
 * <p>Run from the repository's root (after {@code mvn -q -B package -DskipTests}): {@code java -cp
 * examples/target/classes:src/footprint-cli/target/footprint.jar dev.footprint.examples.KoreaUsFigures
 * --write examples/README.md} rewrites the blocks; {@code --check} says which differ; no argument
 * prints them.
 */
public final class KoreaUsFigures {
  /** A pledge larger than any plan can meet inside the horizon: the US's first demand. */
  static final double PLEDGE_FIRST_DEMAND_USD = 400e9;

  private KoreaUsFigures() {}

  /**
   * One sensitivity solved.
   *
   * @param sensitivity the variant
   * @param without its solution without the pledge
   * @param with its solution with the pledge, or null where it is not solved with it
   */
  record Variant(Sensitivity sensitivity, Solution without, Solution with) {}

  /**
   * Everything the README's figures come from.
   *
   * @param base the six base solves
   * @param variants the sensitivities
   * @param firstDemand the deal with a pledge of {@link #PLEDGE_FIRST_DEMAND_USD}
   * @param robustness the robustness table's solves
   */
  record Run(Map<Key, Solution> base, List<Variant> variants, Solution firstDemand,
      KoreaUsRobustness.Result robustness) {}

  /**
   * Solves the study, its sensitivities and the first-demand pledge.
   *
   * @return the run
   */
  static Run run() {
    Map<Key, Solution> base = KoreaUsStudy.solveAll();
    List<Variant> variants = solveVariants(base, List.of(KoreaUsStudy.network(Regime.DEAL_2025, true,
        Assumptions.BASE.withPledge("pledge $400B", PLEDGE_FIRST_DEMAND_USD))));
    return new Run(base, variants.subList(0, variants.size() - 1), variants.get(variants.size() - 1).without(),
        KoreaUsRobustness.run());
  }

  /**
   * Solves the sensitivities (a variant that changes only the pledge reuses the base solve without
   * it), and some more networks in the same batch.
   *
   * @param base the base solves
   * @param extra more networks to solve alongside; each comes back last, as a variant with only
   *     {@code without} set and no sensitivity
   * @return the variants in the order of {@link KoreaUsStudy#sensitivities()}, then the extras
   */
  static List<Variant> solveVariants(Map<Key, Solution> base, List<Network> extra) {
    List<Network> toSolve = new ArrayList<>();
    for (Sensitivity v : KoreaUsStudy.sensitivities()) {
      if (!KoreaUsStudy.pledgeOnly(v.a())) {
        toSolve.add(KoreaUsStudy.network(v.regime(), false, v.a()));
      }
      if (v.solvePledge()) {
        toSolve.add(KoreaUsStudy.network(v.regime(), true, v.a()));
      }
    }
    toSolve.addAll(extra);
    List<Solution> solved = KoreaUsStudy.solveInParallel(toSolve);
    List<Variant> variants = new ArrayList<>();
    int next = 0;
    for (Sensitivity v : KoreaUsStudy.sensitivities()) {
      Solution wo = KoreaUsStudy.pledgeOnly(v.a()) ? base.get(new Key(v.regime(), false)) : solved.get(next++);
      Solution w = v.solvePledge() ? solved.get(next++) : null;
      variants.add(new Variant(v, wo, w));
    }
    while (next < solved.size()) {
      variants.add(new Variant(null, solved.get(next++), null));
    }
    return variants;
  }

  /**
   * Renders every block.
   *
   * @param run the run
   * @return block text by block name
   */
  static Map<String, String> render(Run run) {
    Map<String, String> out = new LinkedHashMap<>();
    Solution deal = run.base().get(new Key(Regime.DEAL_2025, true));
    int number = 1;
    for (Regime r : Regime.values()) {
      out.put("regime-" + slug(r), regime(number++, r, run.base(), deal));
    }
    out.put("sensitivities", sensitivities(run));
    out.put("pledge-limit", pledgeLimit(run));
    out.put("unit-economics", unitEconomics());
    out.put("robustness", KoreaUsRobustness.render(run.robustness()));
    return out;
  }

  private static String slug(Regime r) {
    return switch (r) {
      case DEAL_2025 -> "deal";
      case NO_DEAL -> "no-deal";
      case POST_RULING_2026 -> "post-ruling";
    };
  }

  private static String regime(int number, Regime r, Map<Key, Solution> base, Solution deal) {
    Solution with = base.get(new Key(r, true));
    Solution without = base.get(new Key(r, false));
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "### %d. %s — total cost $%sB", number, r.label(), bn(with.objective())));
    if (r != Regime.DEAL_2025) {
      b.append(String.format(Locale.ROOT, " (%s against the deal)", signedBn(with.objective() - deal.objective())));
    }
    b.append("\n\n");
    Network n = with.network();
    Allocation al = with.allocation();
    Evaluation e = with.evaluation();
    int last = n.periods() - 1;
    String lastYear = n.horizon().label(last);
    b.append("| line | where made, ").append(lastYear).append(" | US share |\n|---|---|---|\n");
    for (String p : KoreaUsStudy.PRODUCTS) {
      Product product = n.products().get(n.productIndex(p));
      StringJoiner where = new StringJoiner(", ");
      for (String c : KoreaUsStudy.PRODUCING) {
        double units = al.productionInCountry(p, c, last);
        if (units > 1e-6) {
          where.add(c + " " + units(units));
        }
      }
      b.append(String.format(Locale.ROOT, "| %s (%s) | %s | %s |%n", p, product.unit(),
          where.length() == 0 ? "none" : where.toString(), pct(KoreaUsStudy.share(with, p, "US"))));
    }
    b.append('\n');
    b.append("- **Sites opened.** ").append(sitesOpened(with)).append('\n');
    b.append("- **Gross capex** (undiscounted). ");
    StringJoiner capex = new StringJoiner(", ", "", ".\n");
    for (String c : KoreaUsStudy.PRODUCING) {
      capex.add(c + " $" + bn(e.capexByCountry().getOrDefault(c, 0.0)) + "B");
    }
    b.append(capex);
    b.append("- **Jobs** (thousands, ").append(n.horizon().label(0)).append(" → ").append(lastYear).append("). ");
    StringJoiner jobs = new StringJoiner(", ", "", ".\n");
    for (String c : KoreaUsStudy.PRODUCING) {
      jobs.add(String.format(Locale.ROOT, "%s %.1f → %.1f", c, e.jobs(c, 0) / 1e3, e.jobs(c, last) / 1e3));
    }
    b.append(jobs);
    b.append("- **Costs** (present value, $B). ");
    StringJoiner costs = new StringJoiner(", ", "", ".\n");
    for (CostKind k : CostKind.values()) {
      double v = e.cost(k);
      if (Math.abs(v) >= 0.05e3) {
        costs.add(k.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + bn(v));
      }
    }
    b.append(costs);
    b.append("- **Tariffs by lane** ($B). ");
    StringJoiner lanes = new StringJoiner(", ", "", ".\n");
    e.tariffsByLane().entrySet().stream().filter(x -> Math.abs(x.getValue()) >= 0.05e3)
        .sorted((x, y) -> Double.compare(y.getValue(), x.getValue()))
        .forEach(x -> lanes.add(x.getKey().replace("->", "→") + " " + bn(x.getValue())));
    b.append(lanes);
    b.append("- **Subsidies** ($B). ");
    StringJoiner subsidies = new StringJoiner(", ", "", ".\n");
    e.subsidiesByProgram().forEach((k, v) -> subsidies.add(k + " " + bn(v)));
    b.append(subsidies);
    double pledgeCost = with.objective() - without.objective();
    b.append(String.format(Locale.ROOT, "- **The pledge costs $%sB.** Without it the plan puts $%sB of capex into"
        + " the US, against the pledge's $%sB%s.%n", bn(pledgeCost), bn(KoreaUsStudy.usCapex(without)),
        bn(KoreaUsStudy.PLEDGE_USD * KoreaUsStudy.MONEY_UNIT),
        sameSites(with, without) ? "; the with and without solves open the same sites" : ""));
    return b.toString();
  }

  private static String sitesOpened(Solution s) {
    Network n = s.network();
    Allocation al = s.allocation();
    StringJoiner committed = new StringJoiner(", ");
    StringJoiner candidates = new StringJoiner(", ");
    for (String id : al.sitesOpened()) {
      Site site = n.sites().get(n.siteIndex(id));
      OptionalInt t = al.openedIn(id);
      String text = id + " (" + n.horizon().label(t.getAsInt()) + ")";
      (site.kind() == SiteKind.COMMITTED ? committed : candidates).add(text);
    }
    StringJoiner closed = new StringJoiner(", ");
    for (String id : al.sitesClosed()) {
      closed.add(id + " (" + n.horizon().label(al.closedIn(id).getAsInt()) + ")");
    }
    return "Committed: " + committed + ". Candidates: " + (candidates.length() == 0 ? "none" : candidates)
        + ". Closed: " + (closed.length() == 0 ? "none" : closed) + ".";
  }

  private static boolean sameSites(Solution a, Solution b) {
    return a.allocation().sitesOpened().equals(b.allocation().sitesOpened());
  }

  private static String sensitivities(Run run) {
    StringBuilder b = new StringBuilder();
    b.append("| regime | variant | cost | pledge cost | US capex without the pledge | US share of ")
        .append(lastYear(run)).append(" output, without the pledge |\n|---|---|---|---|---|---|\n");
    Solution dealWith = null;
    Solution dealWithout = run.base().get(new Key(Regime.DEAL_2025, false));
    List<String> pledgeNotes = new ArrayList<>();
    for (Variant v : run.variants()) {
      Solution wo = v.without();
      Solution w = v.with();
      if (!wo.hasAllocation() || (w != null && !w.hasAllocation())) {
        b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | | |%n", v.sensitivity().regime().label(),
            v.sensitivity().a().name(), wo.status(), w == null ? "–" : w.status()));
        continue;
      }
      StringJoiner shares = new StringJoiner(", ");
      for (String p : KoreaUsStudy.PRODUCTS) {
        double us = KoreaUsStudy.share(wo, p, "US");
        if (us > 0.005) {
          shares.add(p + " " + pct(us));
        }
      }
      b.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", v.sensitivity().regime().label(),
          v.sensitivity().a().name(), bn(wo.objective()), w == null ? "–" : bn(w.objective() - wo.objective()),
          bn(KoreaUsStudy.usCapex(wo)), shares.length() == 0 ? "none" : shares.toString()));
      if (w != null && KoreaUsStudy.pledgeOnly(v.sensitivity().a())) {
        pledgeNotes.add(pledgeNote(v.sensitivity().a().name(), w, wo));
      }
    }
    b.append('\n');
    b.append(String.format(Locale.ROOT, "Without a pledge the deal's plan puts $%sB of capex into the US, so any"
        + " pledge up to that amount costs nothing in the deal regime.", bn(KoreaUsStudy.usCapex(dealWithout))));
    for (Variant v : run.variants()) {
      if (v.with() != null && v.with().hasAllocation() && KoreaUsStudy.pledgeOnly(v.sensitivity().a())) {
        b.append(String.format(Locale.ROOT, " At %s it costs $%sB.", pledgeAmount(v.with()),
            bn(v.with().objective() - v.without().objective())));
      }
    }
    b.append("\n\n");
    for (String note : pledgeNotes) {
      b.append(note);
    }
    return b.toString();
  }

  private static String pledgeAmount(Solution s) {
    return s.network().policies().stream()
        .filter(p -> p instanceof dev.footprint.model.Policy.InvestmentPledge x && x.id().equals(KoreaUsStudy.PLEDGE_ID))
        .map(p -> String.format(Locale.ROOT, "$%.0fB",
            ((dev.footprint.model.Policy.InvestmentPledge) p).minimumCapex() / 1e3))
        .findFirst().orElse("?");
  }

  /** The sites a pledge variant opens beyond the plan without it, with their use of capacity. */
  private static String pledgeNote(String name, Solution with, Solution without) {
    Network n = with.network();
    int last = n.periods() - 1;
    StringJoiner sites = new StringJoiner("; ");
    for (String id : with.allocation().sitesOpened()) {
      if (without.allocation().sitesOpened().contains(id)) {
        continue;
      }
      Site site = n.sites().get(n.siteIndex(id));
      OptionalInt opened = with.allocation().openedIn(id);
      double lo = Double.POSITIVE_INFINITY;
      double hi = 0;
      for (int t = opened.getAsInt(); t <= last; t++) {
        double u = utilization(with, site, t);
        lo = Math.min(lo, u);
        hi = Math.max(hi, u);
      }
      String use = hi < 0.005 ? "never produces"
          : Math.abs(hi - lo) < 0.005 ? "runs at " + pct(hi) : "runs at " + pct(lo) + "–" + pct(hi);
      sites.add(String.format(Locale.ROOT, "%s (%s, $%sB), %s", id, n.horizon().label(opened.getAsInt()),
          bn(site.openingCapex()), use));
    }
    StringJoiner dropped = new StringJoiner(", ");
    for (String id : without.allocation().sitesOpened()) {
      if (!with.allocation().sitesOpened().contains(id)) {
        dropped.add(id);
      }
    }
    return "- **" + name + ".** Opens " + (sites.length() == 0 ? "nothing more" : sites.toString())
        + (dropped.length() == 0 ? "" : "; no longer opens " + dropped) + ".\n";
  }

  /** Capacity used by a site in a period, as a share of its capacity. */
  static double utilization(Solution s, Site site, int t) {
    Network n = s.network();
    double capacity = site.capacity().at(t);
    if (capacity <= 0) {
      return 0;
    }
    double used = 0;
    for (Product p : n.products()) {
      used += s.allocation().production(p.id(), site.id(), t) * p.capacityUsePerUnit();
    }
    return used / capacity;
  }

  private static String pledgeLimit(Run run) {
    Network n = run.base().get(new Key(Regime.DEAL_2025, true)).network();
    double all = 0;
    for (Site s : n.sites()) {
      if (s.country().equals("US") && s.kind() != SiteKind.EXISTING) {
        all += s.openingCapex();
      }
    }
    return String.format(Locale.ROOT, "Every US candidate plant and committed project together is $%sB of capex,"
        + " so no plan on these lines can meet a pledge above that inside the horizon. The $%.0fB the US first"
        + " asked for is solved too: %s.%n", bn(all), PLEDGE_FIRST_DEMAND_USD / 1e9,
        run.firstDemand().status().toString().toLowerCase(Locale.ROOT));
  }

  /**
   * The per-item arithmetic the discussion of the results rests on, from the study's inputs (no solve):
   * labor per item at full capacity in each country, the customs value and the deal's US duty per item
   * from each origin, and what a year of capacity costs in capex, charged as the base case charges it.
   */
  static String unitEconomics() {
    Assumptions a = Assumptions.BASE;
    Network n = KoreaUsStudy.network(Regime.DEAL_2025, false);
    StringBuilder b = new StringBuilder();
    b.append("| line (per item) | labor KR | labor US | labor VN | labor ID | customs value | US duty from KR / VN / ID"
        + " (2025 deal) | capex a year of capacity, KR / US (life; yearly charge, KR / US) |\n"
        + "|---|---|---|---|---|---|---|---|\n");
    double r = KoreaUsStudy.DISCOUNT_RATE;
    for (String p : KoreaUsStudy.PRODUCTS) {
      double items = itemsPerUnit(p);
      double hours = KoreaUsStudy.hoursPerUnit(p, a) / items;
      double value = KoreaUsStudy.customsValue(p, a) / items;
      boolean cars = p.equals("cars");
      double kr = cars ? KoreaUsStudy.KR_DEAL_AUTO_RATE : KoreaUsStudy.KR_DEAL_RATE;
      double vn = cars ? KoreaUsStudy.S232_AUTOS : KoreaUsStudy.VN_DEAL_RATE;
      double id = cars ? KoreaUsStudy.S232_AUTOS : KoreaUsStudy.ID_DEAL_RATE;
      int life = KoreaUsStudy.assetLife(p);
      double annuityFactor = (1 - Math.pow(1 / (1 + r), life)) / (1 - 1 / (1 + r));
      double capexKr = KoreaUsStudy.capexPerUnit(p, "KR", a) / items;
      double capexUs = KoreaUsStudy.capexPerUnit(p, "US", a) / items;
      b.append(String.format(Locale.ROOT, "| %s (%s) | %s | %s | %s | %s | %s | %s / %s / %s | %s / %s (%d yr; %s / %s) |%n",
          p, itemName(p), usd(hours * KoreaUsStudy.KR_LABOR_2018), usd(hours * KoreaUsStudy.US_LABOR_2018),
          usd(hours * KoreaUsStudy.vnLabor(a)), usd(hours * KoreaUsStudy.idLabor(a)), usd(value), usd(kr * value),
          usd(vn * value), usd(id * value), usd(capexKr), usd(capexUs), life, usd(capexKr / annuityFactor),
          usd(capexUs / annuityFactor)));
    }
    b.append(String.format(Locale.ROOT, "%nLabor is every hour an item needs at full capacity, at the country's cost per"
        + " hour (productivity 1); %.0f%% of it is fixed staff, paid while the plant is open. The yearly charge is"
        + " the annuity-due of the capex over the asset life at %.0f%%, the base case's capex accounting; the"
        + " fixed cost (%.0f%% of capex a year) comes on top. Network: %d sites, %d of them candidates.%n",
        100 * KoreaUsStudy.FIXED_STAFF_SHARE, 100 * r, 100 * KoreaUsStudy.FIXED_COST_SHARE, n.sites().size(),
        n.sites().stream().filter(x -> x.kind() == SiteKind.CANDIDATE).count()));
    return b.toString();
  }

  private static double itemsPerUnit(String p) {
    return switch (p) {
      case "chips", "cars" -> 1e3;
      default -> 1e6; // cells: kWh per GWh; electronics, apparel, toys: items per million
    };
  }

  private static String itemName(String p) {
    return switch (p) {
      case "chips" -> "wafer";
      case "cells" -> "kWh";
      case "cars" -> "vehicle";
      case "electronics" -> "device";
      case "apparel" -> "garment";
      default -> "toy";
    };
  }

  private static String usd(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "$%,.0f", v) : String.format(Locale.ROOT, "$%.2f", v);
  }

  private static String lastYear(Run run) {
    Network n = run.base().get(new Key(Regime.DEAL_2025, true)).network();
    return n.horizon().label(n.periods() - 1);
  }

  /** Millions (the study's money) as billions with one decimal. */
  static String bn(double millions) {
    double v = millions / 1e3;
    return String.format(Locale.ROOT, "%,.1f", Math.abs(v) < 0.05 ? 0.0 : v);
  }

  private static String signedBn(double millions) {
    String s = bn(millions);
    return millions < 0 && !s.equals("0.0") ? "−$" + s.substring(1) + "B" : "+$" + s + "B";
  }

  private static String units(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  /**
   * Prints the blocks, or checks or rewrites them in a README.
   *
   * @param args nothing; or {@code --check FILE}; or {@code --write FILE}
   * @throws IOException if the file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    NativeOutput.keepOffStandardOutput(); // HiGHS's stray debugging line must not land in the printed blocks
    Map<String, String> blocks = render(run());
    ReadmeBlocks.command("KoreaUsFigures", blocks, args);
  }
}
