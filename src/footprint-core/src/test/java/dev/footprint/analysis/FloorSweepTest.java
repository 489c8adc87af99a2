package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffRule;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.SolveStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A sweep of a tariff rate under a FLOOR rule, where the optimal cost is not concave in the rate and
 * skipping between equal allocations would report a cost above the true optimum.
 *
 * <p>The network ({@link #network}): countries US and MX with no labor (every unit cost is its
 * material); products A (material 8 in both countries, declared customs value 10) and B (material
 * 4.6 in the US, 7 in MX, declared customs value 4); an existing US plant of capacity 1 and an
 * existing MX plant of capacity 10; a US market wanting 1 A and 1 B; freight MX-&gt;US free. Two
 * measures on imports from MX into the US: {@code floor}, a FLOOR at rate v on every product, and
 * {@code mfn-a}, an ADD of 0.25 on A. So the rate on A is max(0.25, v) and on B max(0, v) = v.
 *
 * <p>The US plant makes one unit, A or B (or a split; the cost is linear in the split, so a vertex
 * is optimal); the other product comes from MX:
 * <ul>
 *   <li>X: A at home, B imported: 8 + 7 + 4v = 15 + 4v;
 *   <li>Y: B at home, A imported: 4.6 + 8 + 10 max(0.25, v) = 12.6 + 10 max(0.25, v);
 *   <li>both imported: 15 + 10 max(0.25, v) + 4v, above X for every v.
 * </ul>
 * At v = 0: X 15, Y 15.10, so 15 (X). At v = 0.5: X 17, Y 17.60, so 17 (X). At v = 0.25: X 16.00,
 * Y 15.10, so 15.10 (Y). X is optimal at both ends of [0, 0.5] but not in the middle: its cost is
 * a straight line while Y's bends at 0.25. A sweep that took X for v = 0.25 reported 16.00; the true
 * optimum is 15.10. In general the optimum is min(15 + 4v, 12.6 + 10 max(0.25, v)): Y on
 * [0.025, 0.4], X outside.
 */
class FloorSweepTest {
  private static final FootprintSolver SOLVER = FootprintSolver.create();

  static Network network(double floorRate, double mfnRate) {
    return Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("A", "goods", 0, 8).withDeclaredCustomsValue(10),
            Product.of("B", "goods", 0, 7).withMaterialCost("US", 4.6).withDeclaredCustomsValue(4))
        .site(Site.existing("US-plant", "US", 1), Site.existing("MX-plant", "MX", 10))
        .market(Market.of("US-M", "US").withDemand("A", 1).withDemand("B", 1))
        .freight(FreightRate.lane("MX", "US", 0))
        .tariff(TariffMeasure.adValorem("floor", "US", floorRate).from("MX").rule(TariffRule.FLOOR),
            TariffMeasure.adValorem("mfn-a", "US", mfnRate).from("MX").on(ProductScope.products("A")))
        .build();
  }

  /** The optimum at floor rate v, from the class notes. */
  static double optimum(double v) {
    return Math.min(15 + 4 * v, 12.6 + 10 * Math.max(0.25, v));
  }

  /** The three points of the report: 15, 15.10 (not 16.00), 17; each confirmed by a solve. */
  @Test
  void floorSweepReturnsTheTrueOptimumInTheMiddle() {
    Parameter floor = Parameters.tariffRate("floor");
    Network base = network(0, 0.25);
    Optional<String> why = floor.concaveOn(base, 0, 0.5);
    assertTrue(why.isPresent());
    assertTrue(why.get().contains("tariff 'floor' (FLOOR) on A"), why.get());
    Sweep sweep = Sweep.run(SOLVER, base, floor, new double[] {0, 0.25, 0.5}, true);
    assertEquals(15.00, sweep.points().get(0).summary().objective(), 1e-9);
    assertEquals(15.10, sweep.points().get(1).summary().objective(), 1e-9);
    assertEquals(17.00, sweep.points().get(2).summary().objective(), 1e-9);
    assertEquals(3, sweep.solves());
    for (Sweep.Point p : sweep.points()) {
      assertTrue(p.solved(), "value " + p.value());
      assertEquals(SolveStatus.OPTIMAL, p.summary().status());
    }
    // the middle point makes B at home: all of the US plant's unit is B
    assertEquals(1, sweep.points().get(1).summary().share("B", "US"), 1e-9);
    assertEquals(0, sweep.points().get(1).summary().share("A", "US"), 1e-9);
  }

  /** A fine grid: every point equals the closed form and a fresh solve, skipping or not. */
  @Test
  void fineFloorGridEqualsTheClosedFormAtEveryPoint() {
    Parameter floor = Parameters.tariffRate("floor");
    Network base = network(0, 0.25);
    double[] values = Sweep.grid(0, 0.5, 21);
    Sweep skip = Sweep.run(SOLVER, base, floor, values, true);
    Sweep full = Sweep.run(SOLVER, base, floor, values, false);
    assertEquals(values.length, skip.solves());
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      assertEquals(optimum(v), skip.points().get(i).summary().objective(), 1e-9, "skip, v = " + v);
      assertEquals(optimum(v), full.points().get(i).summary().objective(), 1e-9, "full, v = " + v);
    }
    assertEquals(optimum(0.25), SOLVER.solve(floor.at(base, 0.25)).objective(), 1e-9);
  }

  /**
   * The ADD rate a on A with the floor at 0.1: the rate on A is max(a, 0.1), on B 0.1 (0.4 a unit).
   * X costs 15.4, Y 12.6 + 10 max(a, 0.1). On [0.2, 0.6] the floor never binds for A, so the rate
   * is the straight line a and skipping is sound: optimum min(15.4, 12.6 + 10a), Y up to a = 0.28.
   * On [0, 0.6] the floor binds below 0.1: every point is solved.
   */
  @Test
  void addRateIsLinearWhereTheFloorNeverBinds() {
    Parameter mfn = Parameters.tariffRate("mfn-a");
    Network base = network(0.1, 0.25);
    assertTrue(mfn.concaveOn(base, 0.2, 0.6).isEmpty());
    double[] values = Sweep.grid(0.2, 0.6, 21);
    Sweep skip = Sweep.run(SOLVER, base, mfn, values, true);
    assertTrue(skip.solves() < values.length, skip.solves() + " solves");
    for (int i = 0; i < values.length; i++) {
      double a = values[i];
      assertEquals(Math.min(15.4, 12.6 + 10 * a), skip.points().get(i).summary().objective(), 1e-9, "a = " + a);
    }
    assertFalse(mfn.concaveOn(base, 0, 0.6).isEmpty());
    double[] wide = Sweep.grid(0, 0.6, 7);
    Sweep all = Sweep.run(SOLVER, base, mfn, wide, true);
    assertEquals(wide.length, all.solves());
    for (int i = 0; i < wide.length; i++) {
      double a = wide[i];
      assertEquals(Math.min(15.4, 12.6 + 10 * Math.max(a, 0.1)), all.points().get(i).summary().objective(), 1e-9,
          "a = " + a);
    }
  }

  /**
   * The floor swept where it always binds on A and B: [0.25, 0.5] with the ADD at 0.25 gives rate v
   * on both, a straight line, so the sweep may skip.
   */
  @Test
  void floorIsLinearWhereItAlwaysBinds() {
    assertTrue(Parameters.tariffRate("floor").concaveOn(network(0, 0.25), 0.25, 0.5).isEmpty());
    assertFalse(Parameters.tariffRate("floor").concaveOn(network(0, 0.25), 0.2, 0.5).isEmpty());
  }

  /** REPLACE: a replaced measure's rate is a constant, a replacing one's a sum; both linear. */
  @Test
  void replaceRulesAreLinear() {
    Network n = network(0.1, 0.25).toBuilder()
        .tariff(TariffMeasure.adValorem("deal", "US", 0.05).from("MX").rule(TariffRule.REPLACE))
        .build();
    assertTrue(Parameters.tariffRate("floor").concaveOn(n, 0, 1).isEmpty());
    assertTrue(Parameters.tariffRate("mfn-a").concaveOn(n, 0, 1).isEmpty());
    assertTrue(Parameters.tariffRate("deal").concaveOn(n, 0, 1).isEmpty());
    // the deal only in period 0 of two: in period 1 the floor and ADD meet again
    Network twoPeriods = Network.builder()
        .horizon(dev.footprint.model.Horizon.of(2, 0))
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("A", "goods", 0, 8))
        .site(Site.existing("MX-plant", "MX", 10))
        .market(Market.of("US-M", "US").withDemand("A", 1))
        .freight(FreightRate.lane("MX", "US", 0))
        .tariff(TariffMeasure.adValorem("floor", "US", 0.1).rule(TariffRule.FLOOR),
            TariffMeasure.adValorem("mfn", "US", 0.25),
            TariffMeasure.adValorem("deal", "US", 0.05).rule(TariffRule.REPLACE).inPeriods(0))
        .build();
    Optional<String> why = Parameters.tariffRate("floor").concaveOn(twoPeriods, 0, 1);
    assertTrue(why.isPresent());
    assertTrue(why.get().contains("in period t1"), why.get());
  }

  /** Wages, FX, freight and new credits are linear; demand and existing credits are not objective-only. */
  @Test
  void linearityOfTheOtherParameters() {
    Network n = network(0.1, 0.25);
    assertTrue(Parameters.wage("MX").concaveOn(n, 0, 100).isEmpty());
    assertTrue(Parameters.fxFactor("MX").concaveOn(n, 0.5, 2).isEmpty());
    assertTrue(Parameters.freight("MX", "US").concaveOn(n, 0, 100).isEmpty());
    assertTrue(Parameters.newProductionCredit("US", "A").concaveOn(n, 0, 100).isEmpty());
    assertTrue(Parameters.demandScale().concaveOn(n, 0, 2).isPresent());
    // a parameter that states no linearity is confirmed by a solve at every point
    Parameter custom = new Parameter("custom", (net, v) -> Parameters.wage("MX").at(net, v), true);
    assertTrue(custom.concaveOn(n, 0, 1).isPresent());
    Sweep sweep = Sweep.run(SOLVER, n, custom, new double[] {0, 1, 2}, true);
    assertEquals(3, sweep.solves());
  }
}
