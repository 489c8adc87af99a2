package dev.footprint.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.examples.KoreaUsStudy.Key;
import dev.footprint.examples.KoreaUsStudy.Regime;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures of examples/README.md (the results, the sensitivities, the per-item arithmetic and the
 * robustness table) come from a fresh run: each generated block of the
 * README equals what {@link KoreaUsFigures} renders from solving the study now. When the model or the
 * data change, the figures are regenerated with {@code KoreaUsFigures --write examples/README.md}.
 */
class KoreaUsReadmeTest {
  private static final Path README = Path.of("examples/README.md"); // tests run from the repository root
  private static KoreaUsFigures.Run run;
  private static Map<String, String> rendered;

  @BeforeAll
  static void solve() {
    run = KoreaUsFigures.run();
    rendered = KoreaUsFigures.render(run);
  }

  @Test
  void everyBlockOfTheReadmeEqualsTheFreshRun() throws IOException {
    Map<String, String> present = new java.util.LinkedHashMap<>(
        ReadmeBlocks.read(Files.readString(README, StandardCharsets.UTF_8)));
    present.keySet().removeIf(name -> name.startsWith("chains-")); // KoreaUsChainsTest checks those
    assertEquals(rendered.keySet(), present.keySet(), "the README's figures blocks");
    for (Map.Entry<String, String> block : rendered.entrySet()) {
      assertEquals(block.getValue(), present.get(block.getKey()), "figures block '" + block.getKey()
          + "' is stale: run KoreaUsFigures --write examples/README.md");
    }
  }

  @Test
  void theFirstDemandIsInfeasibleBecauseItExceedsEveryUsPlantTogether() {
    // Recomputed here from the sites, not from the rendered text.
    var n = run.base().get(new Key(Regime.DEAL_2025, true)).network();
    double all = n.sites().stream().filter(s -> s.country().equals("US") && s.kind() != SiteKind.EXISTING)
        .mapToDouble(Site::openingCapex).sum();
    assertTrue(all < KoreaUsFigures.PLEDGE_FIRST_DEMAND_USD * KoreaUsStudy.MONEY_UNIT, "US capex of every plant " + all);
    assertEquals(SolveStatus.INFEASIBLE, run.firstDemand().status());
    assertFalse(run.firstDemand().hasAllocation());
  }

  @Test
  void everyVariantIsOptimalAndVerified() {
    for (KoreaUsFigures.Variant v : run.variants()) {
      for (Solution s : new Solution[] {v.without(), v.with()}) {
        if (s != null) {
          assertEquals(SolveStatus.OPTIMAL, s.status(), v.sensitivity().a().name());
          assertTrue(s.verification().orElseThrow().passed(), v.sensitivity().a().name());
        }
      }
    }
  }

  /** The robustness table's base (SCIP) is the README's deal without the pledge (HiGHS): one optimum. */
  @Test
  void theRobustnessBaseIsTheStudysBase() {
    Solution highs = run.base().get(new Key(Regime.DEAL_2025, false));
    Solution scip = run.robustness().base();
    assertEquals(highs.objective(), scip.objective(), 1e-6 * Math.abs(highs.objective()));
    for (KoreaUsRobustness.Claim c : KoreaUsRobustness.claims()) {
      assertEquals(c.holds(highs), c.holds(scip), c.label());
    }
  }

  /**
   * Each flip the table reports is a real change: the claim differs from the base case at the value
   * printed, and is as in the base case at the last value checked before it, both solved again here.
   */
  @Test
  void aReportedFlipIsReal() {
    var claims = KoreaUsRobustness.claims();
    var axes = KoreaUsRobustness.axes();
    for (int c = 0; c < claims.size(); c++) {
      for (int i = 0; i < axes.size(); i++) {
        KoreaUsRobustness.Flip f = run.robustness().flips().get(c).get(i);
        if (!Double.isNaN(f.below()) && Double.isFinite(f.belowLast())) {
          var claim = claims.get(c);
          var axis = axes.get(i);
          boolean ref = claim.holds(run.robustness().base());
          var solved = KoreaUsStudy.solveInParallel(List.of(
              KoreaUsStudy.network(Regime.DEAL_2025, false, axis.at().apply(f.below())),
              KoreaUsStudy.network(Regime.DEAL_2025, false, axis.at().apply(f.belowLast()))),
              KoreaUsRobustness.OPTIONS);
          assertEquals(!ref, claim.holds(solved.get(0)), claim.label() + " at " + f.below());
          assertEquals(ref, claim.holds(solved.get(1)), claim.label() + " at " + f.belowLast());
          assertTrue(f.belowLast() - f.below() <= axis.tolerance() + 1e-9, "bisected to the tolerance");
          return; // one is enough to show the table is not made up; the block comparison does the rest
        }
      }
    }
    throw new AssertionError("the table reports no flip below a base value to check");
  }

  @Test
  void blocksRoundTrip() {
    String doc = "a\n<!-- figures:x -->\nold\n<!-- /figures:x -->\nb\n";
    String written = ReadmeBlocks.write(doc, Map.of("x", "new\n"));
    assertEquals("a\n<!-- figures:x -->\nnew\n<!-- /figures:x -->\nb\n", written);
    assertEquals(Map.of("x", "new\n"), ReadmeBlocks.read(written));
  }
}
