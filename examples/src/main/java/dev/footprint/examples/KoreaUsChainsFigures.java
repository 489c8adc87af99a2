package dev.footprint.examples;


import dev.footprint.model.Network;
import dev.footprint.model.OriginRule;
import dev.footprint.model.Product;
import dev.footprint.model.TransshipmentRule;
import dev.footprint.result.Allocation;
import dev.footprint.result.ComponentFlow;
import dev.footprint.result.OriginClaim;
import dev.footprint.result.Shipment;
import dev.footprint.solve.NativeOutput;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import dev.footprint.examples.KoreaUsChains.Key;
import dev.footprint.examples.KoreaUsStudy.Regime;

/**
 * The figures of the flagship's supply-chain layer ({@link KoreaUsChains}): the README's {@code
 * chains-*} blocks rendered from its solves. {@code main} prints, checks or writes them; {@code
 * KoreaUsChainsTest} compares them with a fresh run.
 */
public final class KoreaUsChainsFigures {
  private KoreaUsChainsFigures() {}


  /** The lines the layer reports. */
  static final String[] LINES = {"cells", "cars", "electronics", "displays"};

  /**
   * @param run the solves
   * @return the README's chains blocks by name
   */
  static Map<String, String> render(Map<Key, Solution> run) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("chains-summary", summary(run));
    for (Regime r : Regime.values()) {
      out.put("chains-" + slug(r), regime(r, run.get(new Key(r, true)), run.get(new Key(r, false))));
    }
    return out;
  }

  static String slug(Regime r) {
    return switch (r) {
      case DEAL_2025 -> "deal";
      case NO_DEAL -> "no-deal";
      case POST_RULING_2026 -> "post-ruling";
    };
  }

  private static String summary(Map<Key, Solution> run) {
    StringBuilder b = new StringBuilder();
    b.append("| regime | cost, origin by assembly | cost, origin rules | difference | duty, origin by assembly"
        + " | duty, origin rules | output that moves, ").append(lastYear(run)).append(" |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Regime r : Regime.values()) {
      Solution with = run.get(new Key(r, true));
      Solution without = run.get(new Key(r, false));
      b.append(String.format(Locale.ROOT, "| %s | $%sB | $%sB | %s | $%sB | $%sB | %s |%n", r.label(),
          KoreaUsFigures.bn(without.objective()), KoreaUsFigures.bn(with.objective()),
          money(with.objective() - without.objective()), KoreaUsFigures.bn(duty(without)),
          KoreaUsFigures.bn(duty(with)), moves(with, without)));
    }
    return b.toString();
  }

  /** @return present value of all duty paid, in the model's money */
  static double duty(Solution s) {
    return s.evaluation().tariffsByLane().values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** The output by line and country that differs between the two solves in the last year. */
  static String moves(Solution with, Solution without) {
    int last = with.network().periods() - 1;
    StringJoiner j = new StringJoiner("; ");
    for (Product p : with.network().products()) {
      for (String c : KoreaUsStudy.PRODUCING) {
        double a = with.allocation().productionInCountry(p.id(), c, last);
        double o = without.allocation().productionInCountry(p.id(), c, last);
        if (Math.abs(a - o) > 0.05) {
          j.add(String.format(Locale.ROOT, "%s in %s %s → %s", p.id(), c, units(o), units(a)));
        }
      }
    }
    return j.length() == 0 ? "none" : j.toString();
  }

  private static String regime(Regime r, Solution with, Solution without) {
    Network n = with.network();
    int last = n.periods() - 1;
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "#### %s — origin rules $%sB, origin by assembly $%sB (%s)%n%n", r.label(),
        KoreaUsFigures.bn(with.objective()), KoreaUsFigures.bn(without.objective()),
        money(with.objective() - without.objective())));
    b.append("| ").append(lastYear(with)).append(" | origin rules | origin by assembly |\n|---|---|---|\n");
    for (String p : LINES) {
      Product product = n.products().get(n.productIndex(p));
      b.append(String.format(Locale.ROOT, "| %s made (%s) | %s | %s |%n", p, product.unit(), where(with, p, last),
          where(without, p, last)));
    }
    Map<String, Double> fw = flowsByLane(with, last);
    Map<String, Double> fo = flowsByLane(without, last);
    Set<String> lanes = new java.util.TreeSet<>(fw.keySet());
    lanes.addAll(fo.keySet());
    for (String lane : lanes) {
      b.append(String.format(Locale.ROOT, "| flow %s | %s | %s |%n", lane, units(fw.getOrDefault(lane, 0.0)),
          units(fo.getOrDefault(lane, 0.0))));
    }
    Map<String, Double> dw = with.evaluation().tariffsByLane();
    Map<String, Double> dn = without.evaluation().tariffsByLane();
    Set<String> dutyLanes = new java.util.TreeSet<>(dw.keySet());
    dutyLanes.addAll(dn.keySet());
    for (String lane : dutyLanes) {
      double x = dw.getOrDefault(lane, 0.0);
      double y = dn.getOrDefault(lane, 0.0);
      if (Math.abs(x) >= 0.05e3 || Math.abs(y) >= 0.05e3) {
        b.append(String.format(Locale.ROOT, "| duty %s, 2026–30 PV | $%sB | $%sB |%n", lane.replace("->", "→"),
            KoreaUsFigures.bn(x), KoreaUsFigures.bn(y)));
      }
    }
    b.append('\n');
    b.append("- **Origin claims, 2026–30 summed** (units claimed to qualify / units shipped on the lane under the"
        + " rule). ").append(claims(with)).append('\n');
    return b.toString();
  }

  /** Output of a line by country in a period. */
  private static String where(Solution s, String p, int t) {
    StringJoiner j = new StringJoiner(", ");
    for (String c : KoreaUsStudy.PRODUCING) {
      double v = s.allocation().productionInCountry(p, c, t);
      if (v > 1e-6) {
        j.add(c + " " + units(v));
      }
    }
    return j.length() == 0 ? "none" : j.toString();
  }

  /** Component flows in a period by "component origin→destination" (countries; a supplier's country). */
  static Map<String, Double> flowsByLane(Solution s, int t) {
    Network n = s.network();
    Map<String, Double> out = new TreeMap<>();
    for (ComponentFlow f : s.allocation().componentFlows()) {
      if (f.period() != t || f.units() <= 1e-9) {
        continue;
      }
      String from = n.supplierOfferIndex(f.from()) >= 0
          ? n.supplierOffers().get(n.supplierOfferIndex(f.from())).country()
          : n.sites().get(n.siteIndex(f.from())).country();
      String to = n.sites().get(n.siteIndex(f.to())).country();
      String unit = n.products().get(n.productIndex(f.product())).unit();
      out.merge(f.product() + " " + from + "→" + to + " (" + unit + ")", f.units(), Double::sum);
    }
    out.values().removeIf(v -> v < 0.05);
    return out;
  }

  private static String claims(Solution s) {
    Network n = s.network();
    Allocation al = s.allocation();
    Map<String, double[]> byLane = new TreeMap<>();
    for (OriginClaim c : al.originClaims()) {
      String key = c.rule() + ": " + c.product() + " " + n.sites().get(n.siteIndex(c.site())).country() + "→"
          + c.market();
      byLane.computeIfAbsent(key, k -> new double[2])[0] += c.units();
    }
    for (Shipment sh : al.shipments()) {
      String origin = n.sites().get(n.siteIndex(sh.site())).country();
      for (String rule : ruleIdsCovering(n, sh.product(), origin, sh.market())) {
        String key = rule + ": " + sh.product() + " " + origin + "→" + sh.market();
        byLane.computeIfAbsent(key, k -> new double[2])[1] += sh.units();
      }
    }
    StringJoiner j = new StringJoiner("; ", "", ".");
    byLane.forEach((k, v) -> {
      if (v[1] > 0.05 || v[0] > 0.05) {
        j.add(k + " " + units(v[0]) + " / " + units(v[1]));
      }
    });
    return j.length() == 1 ? "None: no shipment falls under a content rule." : j.toString();
  }

  /** The content rules of the network covering a shipment lane (its own reading, for the report). */
  private static List<String> ruleIdsCovering(Network n, String product, String origin, String market) {
    String dest = n.markets().get(n.marketIndex(market)).country();
    List<String> out = new ArrayList<>();
    if (origin.equals(dest)) {
      return out;
    }
    boolean inKorus = Set.of("KR", "US").containsAll(Set.of(origin, dest));
    for (OriginRule r : n.originRules()) {
      if (inKorus && r.product().equals(product)) {
        out.add(r.id());
      }
    }
    for (TransshipmentRule r : n.transshipmentRules()) {
      if (r.covers(origin, dest, n.products().get(n.productIndex(product)))) {
        out.add(r.id());
      }
    }
    return out;
  }

  private static String lastYear(Map<Key, Solution> run) {
    return lastYear(run.values().iterator().next());
  }

  private static String lastYear(Solution s) {
    return s.network().horizon().label(s.network().periods() - 1);
  }

  private static String money(double millions) {
    String s = KoreaUsFigures.bn(millions);
    return millions < 0 && !s.equals("0.0") ? "−$" + s.substring(1) + "B" : "+$" + s + "B";
  }

  private static String units(double v) {
    return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
  }

  /**
   * Prints the blocks, or checks or rewrites them in a README.
   *
   * @param args none, or {@code --check FILE} or {@code --write FILE}
   * @throws IOException if the file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    NativeOutput.keepOffStandardOutput();
    long start = System.nanoTime();
    Map<String, String> blocks = render(KoreaUsChains.solveAll());
    System.err.printf(Locale.ROOT, "solved and rendered in %.0f s%n", (System.nanoTime() - start) / 1e9);
    ReadmeBlocks.command("KoreaUsChainsFigures", blocks, args);
  }
}
