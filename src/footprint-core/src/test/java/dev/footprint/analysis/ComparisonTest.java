package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertTrue(table.contains("1,500.0"), table); // high's total delta against base
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
