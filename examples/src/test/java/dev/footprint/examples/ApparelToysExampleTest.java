package dev.footprint.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.io.Study;
import dev.footprint.io.StudyReader;
import dev.footprint.model.Network;
import dev.footprint.result.Allocation;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code examples/apparel-toys/study.yaml}: every scenario solves to optimality, passes
 * verification, and puts each line where its README says.
 */
class ApparelToysExampleTest {
  static final Path STUDY = Path.of("examples/apparel-toys/study.yaml");
  static final List<String> ORIGINS = List.of("CN", "VN", "ID", "MX");

  private static Study study;
  private static final Map<String, Solution> SOLVED = new LinkedHashMap<>();

  @BeforeAll
  static void solveAll() {
    study = StudyReader.read(STUDY);
    FootprintSolver solver = FootprintSolver.create(study.options());
    study.scenarios().forEach((name, network) -> SOLVED.put(name, solver.solve(network)));
  }

  @Test
  void moneyIsPlainDollarsAndEachLineCountsInThousands() {
    for (Network n : study.scenarios().values()) {
      assertEquals(dev.footprint.model.Money.USD, n.money());
      assertEquals(List.of("1,000 garments", "1,000 toys"), n.products().stream().map(p -> p.unit()).toList());
    }
  }

  @Test
  void everyScenarioIsOptimalAndVerified() {
    assertEquals(List.of("base", "2025-after-nov-10", "2025-april-peak", "2025-no-usmca",
        "2025-after-nov-10-no-usmca", "2026-section-122", "2026-section-122-15", "2026-section-122-no-usmca",
        "2026-mx-wage-2026"), List.copyOf(SOLVED.keySet()));
    SOLVED.forEach((name, s) -> {
      assertEquals(SolveStatus.OPTIMAL, s.status(), name);
      assertTrue(s.verification().orElseThrow().passed(), name + ": " + s.verification());
      assertEquals(s.evaluation().total(), s.objective(), 1e-6 * Math.abs(s.objective()), name);
    });
  }

  /** @return the one country that makes all of the product in the last three years, or "split" */
  private static String madeIn(String scenario, String product) {
    Solution s = SOLVED.get(scenario);
    Allocation a = s.allocation();
    Network n = s.network();
    String where = null;
    for (int t = 1; t < n.periods(); t++) {
      for (String c : ORIGINS) {
        double units = a.productionInCountry(product, c, t);
        if (units > 1e-6) {
          if (where != null && !where.equals(c)) {
            return "split";
          }
          where = c;
        }
      }
    }
    return where;
  }

  @Test
  void withTheUsmcaExemptionBothLinesGoToMexicoUnderEveryRegime() {
    for (String s : List.of("base", "2025-after-nov-10", "2025-april-peak", "2026-section-122",
        "2026-section-122-15", "2026-mx-wage-2026")) {
      assertEquals("MX", madeIn(s, "apparel"), s);
      assertEquals("MX", madeIn(s, "toys"), s);
    }
  }

  @Test
  void withoutItTheTariffGapDecides() {
    assertEquals("ID", madeIn("2025-no-usmca", "apparel"));
    assertEquals("VN", madeIn("2025-no-usmca", "toys"));
    for (String s : List.of("2025-after-nov-10-no-usmca", "2026-section-122-no-usmca")) {
      assertEquals("CN", madeIn(s, "apparel"), s);
      assertEquals("CN", madeIn(s, "toys"), s);
      assertTrue(SOLVED.get(s).allocation().sitesOpened().isEmpty(), s);
    }
  }

  @Test
  void the2026ChinaOutputPaysTheRegimesRate() {
    // No new plant produces in 2026, so 2026 is made in China: 20,000 units of garments at $10,000
    // FOB and 8,000 of toys at $5,000, $240M of customs value; the Mexican years pay nothing.
    double chinaValue = 20_000 * 10_000.0 + 8_000 * 5_000.0;
    assertEquals(0.30 * chinaValue, tariffs("base"), 1);
    assertEquals(0.20 * chinaValue, tariffs("2025-after-nov-10"), 1);
    assertEquals(1.45 * chinaValue, tariffs("2025-april-peak"), 1);
    assertEquals(0.10 * chinaValue, tariffs("2026-section-122"), 1);
    assertEquals(0.15 * chinaValue, tariffs("2026-section-122-15"), 1);
  }

  private static double tariffs(String scenario) {
    return SOLVED.get(scenario).evaluation().cost(dev.footprint.result.CostKind.TARIFFS);
  }
}
