package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Horizon;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.result.CostKind;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three tariff scenarios on {@link TestNetworks#twoSites} (SA able to make all 120), costed by kind
 * by hand. Materials are 120*10 = 1200 in each.
 *
 * <ul>
 *   <li>"base", rate 0.1: SB 60, SA 60. Labor 60*2*5 + 60*2*20 = 600 + 2400 = 3000, freight 60*3 =
 *       180, tariffs 60*0.1*20 = 120: total 4500.
 *   <li>"mid", rate 0.5: the same allocation, tariffs 60*0.5*20 = 600: total 4980.
 *   <li>"high", rate 2 (above the 1.35 flip): SA makes all 120. Labor 120*40 = 4800, no freight or
 *       tariff: total 6000.
 * </ul>
 *
 * Deltas against base: mid only TARIFFS +480; high LABOR +1800, FREIGHT -180, TARIFFS -120 (sum
 * +1500); every other kind 0.
 */
class ComparisonTest {
  private static final FootprintSolver SOLVER = FootprintSolver.create();
  private static final double TOL = 1e-6;

  private static Map<String, Network> scenarios() {
    Map<String, Network> m = new LinkedHashMap<>();
    m.put("base", TestNetworks.twoSites(0.1, 200));
    m.put("mid", TestNetworks.twoSites(0.5, 200));
    m.put("high", TestNetworks.twoSites(2, 200));
    return m;
  }

  private static Map<CostKind, Double> kinds(double labor, double freight, double tariffs) {
    Map<CostKind, Double> m = new EnumMap<>(CostKind.class);
    for (CostKind k : CostKind.values()) {
      m.put(k, 0.0);
    }
    m.put(CostKind.LABOR, labor);
    m.put(CostKind.FREIGHT, freight);
    m.put(CostKind.TARIFFS, tariffs);
    return m;
  }

  private static void assertKinds(Map<CostKind, Double> expected, Map<CostKind, Double> actual, String what) {
    assertEquals(expected.keySet(), actual.keySet(), what);
    for (CostKind k : CostKind.values()) {
      assertEquals(expected.get(k), actual.get(k), TOL, what + " " + k);
    }
  }

  @Test
  void costDeltasByKindEqualTheHandDifferences() {
    Comparison c = Comparison.run(SOLVER, scenarios(), "base", 3);
    assertEquals("base", c.base());
    assertEquals(List.of("base", "mid", "high"), List.copyOf(c.solutions().keySet()));
    assertEquals(4500, c.solution("base").objective(), TOL);
    assertEquals(4980, c.solution("mid").objective(), TOL);
    assertEquals(6000, c.solution("high").objective(), TOL);
    assertEquals(1200, c.solution("high").evaluation().cost(CostKind.MATERIALS), TOL);
    assertEquals(4800, c.solution("high").evaluation().cost(CostKind.LABOR), TOL);

    assertKinds(kinds(0, 0, 0), c.costDelta("base"), "base");
    assertKinds(kinds(0, 0, 480), c.costDelta("mid"), "mid");
    assertKinds(kinds(1800, -180, -120), c.costDelta("high"), "high");
    double sum = c.costDelta("high").values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(c.solution("high").objective() - c.solution("base").objective(), sum, TOL);

    String table = c.table();
    for (String name : c.solutions().keySet()) {
      assertTrue(table.contains(name), name + " missing from\n" + table);
    }
    // each scenario's total change against base, signed: mid +480, high +1,500
    assertEquals(List.of("change vs base", "0", "+480", "+1,500"), cells(table, "  change vs base"), table);
    assertEquals(List.of("tariffs", "120", "600", "0"), cells(table, "  tariffs"), table);
  }

  /** @return the cells of the table's row with this label, the label first */
  static List<String> cells(String table, String label) {
    return table.lines().filter(l -> l.startsWith(label + "  ")).findFirst()
        .map(l -> List.of(l.strip().split(" {2,}"))).orElseThrow(() -> new AssertionError(label + " in\n" + table));
  }

  /**
   * The three-scenario comparison over two periods at discount 0.1 (each period's cost counts
   * 1 + 1/1.1 = 21/11 times), in USD millions, under names that share their first 17 characters.
   * Base (rate 0.1): total 4500*21/11 = 8,590.9, materials 1200*21/11 = 2,290.9, labor 3000*21/11 =
   * 5,727.3, freight 180*21/11 = 343.64, tariffs 120*21/11 = 229.09. No-usmca (rate 2): total
   * 6000*21/11 = 11,454.5 (labor 4800*21/11 = 9,163.6, no freight or tariffs), a change of
   * 1500*21/11 = 2,863.6. The table shows both names in full, money rounded to whole units from 1,000
   * and to four significant digits below, labelled, and shares as percentages.
   */
  @Test
  void tableShowsFullNamesRoundedLabelledMoneyAndShares() {
    Map<String, Network> m = new LinkedHashMap<>();
    String base = "2025-after-nov-10";
    String other = "2025-after-nov-10-no-usmca";
    m.put(base, twoPeriods(0.1));
    m.put(other, twoPeriods(2));
    Comparison c = Comparison.run(SOLVER, m, base, 2);
    assertEquals(4500 * 21.0 / 11, c.solution(base).objective(), TOL);
    assertEquals(6000 * 21.0 / 11, c.solution(other).objective(), TOL);
    String table = c.table();
    assertEquals(List.of(base, other), List.of(table.lines().findFirst().orElseThrow().strip().split(" {2,}")), table);
    assertTrue(table.contains("cost, present value (USD millions)"), table);
    assertTrue(table.contains("capex, undiscounted (USD millions)"), table);
    assertEquals(List.of("status", "OPTIMAL", "OPTIMAL"), cells(table, "status"));
    assertEquals(List.of("total", "8,591", "11,455"), cells(table, "  total"));
    assertEquals(List.of("change vs " + base, "0", "+2,864"), cells(table, "  change vs " + base));
    assertEquals(List.of("materials", "2,291", "2,291"), cells(table, "  materials"));
    assertEquals(List.of("labor", "5,727", "9,164"), cells(table, "  labor"));
    assertEquals(List.of("freight", "343.6", "0"), cells(table, "  freight"));
    assertEquals(List.of("tariffs", "229.1", "0"), cells(table, "  tariffs"));
    assertEquals(List.of("lost sales", "0", "0"), cells(table, "  lost sales"));
    assertEquals(List.of("widget", "A 50.0%, B 50.0%", "A 100.0%"), cells(table, "  widget"));
    assertFalse(java.util.regex.Pattern.compile("\\d\\.\\d{6,}").matcher(table).find(), table);
  }

  /** {@link TestNetworks#twoSites} (SA able to make all) over two periods at 0.1, in USD millions. */
  private static Network twoPeriods(double rate) {
    return TestNetworks.twoSites(rate, 200).toBuilder().horizon(Horizon.of(2, 0.1)).money(Money.of("USD", 1e6))
        .build();
  }

  /** One thread and three give the same solutions, in the same order. */
  @Test
  void threadCountDoesNotChangeTheResult() {
    Comparison one = Comparison.run(SOLVER, scenarios(), "base", 1);
    Comparison three = Comparison.run(SOLVER, scenarios(), "base", 3);
    assertEquals(List.copyOf(one.solutions().keySet()), List.copyOf(three.solutions().keySet()));
    for (String name : one.solutions().keySet()) {
      Solution a = one.solution(name);
      Solution b = three.solution(name);
      assertEquals(a.status(), b.status(), name);
      assertEquals(a.objective(), b.objective(), 1e-9, name);
      assertTrue(a.allocation().sameDecisions(b.allocation(), 1e-9), name);
      assertEquals(one.costDelta(name), three.costDelta(name), name);
    }
    assertEquals(one.table(), three.table());
  }

  /**
   * A scenario with more demand (300) than capacity (260) and no lost sales is infeasible: it keeps
   * its place with status INFEASIBLE, and its cost delta is empty.
   */
  @Test
  void infeasibleScenarioHasNoDelta() {
    Map<String, Network> m = scenarios();
    Network base = m.get("base");
    m.put("short", Parameters.demandScale().at(base, 2.5));
    Comparison c = Comparison.run(SOLVER, m, "base", 2);
    assertEquals(SolveStatus.INFEASIBLE, c.solution("short").status());
    assertEquals(Map.of(), c.costDelta("short"));
    assertTrue(c.table().contains("short"));
    assertEquals(List.of("total", "4,500", "4,980", "6,000", "-"), cells(c.table(), "  total"));
  }

  @Test
  void unknownNamesThrow() {
    assertThrows(IllegalArgumentException.class, () -> Comparison.run(SOLVER, scenarios(), "nope", 2));
    assertThrows(IllegalArgumentException.class, () -> Comparison.run(SOLVER, scenarios(), "base", 0));
    Comparison c = Comparison.run(SOLVER, scenarios(), "base", 1);
    assertThrows(IllegalArgumentException.class, () -> c.costDelta("nope"));
    assertThrows(IllegalArgumentException.class, () -> c.solution("nope"));
  }
}
