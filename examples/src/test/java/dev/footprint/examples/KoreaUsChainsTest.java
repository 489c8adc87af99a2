package dev.footprint.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.examples.KoreaUsChains.Key;
import dev.footprint.examples.KoreaUsStudy.Regime;
import dev.footprint.model.Network;
import dev.footprint.result.OriginClaim;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The supply-chain layer: its README blocks ({@code chains-*} in examples/README.md) equal a fresh run
 * of {@link KoreaUsChains}, and what must hold whatever the data does.
 */
class KoreaUsChainsTest {
  private static final Path README = Path.of("examples/README.md"); // tests run from the repository root
  private static Map<Key, Solution> run;

  @BeforeAll
  static void solve() {
    run = KoreaUsChains.solveAll();
  }

  @Test
  void everyChainsBlockOfTheReadmeEqualsTheFreshRun() throws IOException {
    Map<String, String> rendered = KoreaUsChainsFigures.render(run);
    Map<String, String> present = new TreeMap<>(ReadmeBlocks.read(Files.readString(README, StandardCharsets.UTF_8)));
    present.keySet().removeIf(name -> !name.startsWith("chains-"));
    assertEquals(new TreeMap<>(rendered).keySet(), present.keySet(), "the README's chains blocks");
    for (Map.Entry<String, String> block : rendered.entrySet()) {
      assertEquals(block.getValue(), present.get(block.getKey()), "figures block '" + block.getKey()
          + "' is stale: run KoreaUsChains --write examples/README.md");
    }
  }

  @Test
  void everySolveIsOptimalAndVerified() {
    assertEquals(KoreaUsChains.keys().size(), run.size());
    for (Map.Entry<Key, Solution> e : run.entrySet()) {
      assertEquals(SolveStatus.OPTIMAL, e.getValue().status(), e.getKey().toString());
      assertTrue(e.getValue().verification().orElseThrow().passed(), e.getKey().toString());
    }
  }

  /**
   * The rules only add duty: without them every good originates where it is assembled, which is the
   * best status a good can have under KORUS (the MFN measures apply to non-originating goods only) and
   * no transshipment penalty applies. So any plan priced with the rules costs at least what it costs
   * without them, and the optimum with the rules is at least the optimum without.
   */
  @Test
  void originRulesNeverLowerTheOptimum() {
    for (Regime r : Regime.values()) {
      double with = run.get(new Key(r, true)).objective();
      double without = run.get(new Key(r, false)).objective();
      assertTrue(with >= without - 1e-6 * Math.abs(without), r + ": " + with + " < " + without);
    }
  }

  /**
   * A device assembled in Vietnam or Indonesia can never comply with the transshipment rule: none of
   * its components can be made there, and their customs values are above the rule's foreign share of
   * the device's (recomputed from the network). So no such claim is made.
   */
  @Test
  void devicesFromVietnamOrIndonesiaNeverComply() {
    for (Regime r : new Regime[] {Regime.DEAL_2025, Regime.NO_DEAL}) {
      Solution s = run.get(new Key(r, true));
      Network n = s.network();
      var device = n.products().get(n.productIndex("electronics"));
      double foreign = 0;
      for (var c : device.components().entrySet()) {
        var comp = n.products().get(n.productIndex(c.getKey()));
        foreign += c.getValue() * comp.declaredCustomsValue().orElseThrow();
        assertTrue(n.sites().stream().noneMatch(site -> site.products().contains(c.getKey())
            && (site.country().equals("VN") || site.country().equals("ID"))), c.getKey());
      }
      var rule = n.transshipmentRules().get(0);
      assertTrue(foreign > rule.maxForeignContentShare() * device.declaredCustomsValue().orElseThrow());
      for (OriginClaim c : s.allocation().originClaims()) {
        assertTrue(!(c.rule().equals(rule.id()) && c.product().equals("electronics")) || c.units() < 1e-6,
            c.toString());
      }
    }
  }

  /** Without the rules no content rule is in the network, so nothing is claimed. */
  @Test
  void withoutRulesNothingIsClaimed() {
    for (Regime r : Regime.values()) {
      Solution s = run.get(new Key(r, false));
      assertTrue(s.network().originRules().isEmpty() && s.network().transshipmentRules().isEmpty());
      assertTrue(s.allocation().originClaims().isEmpty(), r.toString());
    }
  }
}
