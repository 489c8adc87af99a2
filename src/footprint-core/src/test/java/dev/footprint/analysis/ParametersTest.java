package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.Horizon;
import dev.footprint.model.Network;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Series;
import dev.footprint.solve.FootprintSolver;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each common parameter moves the optimum as computed by hand. */
class ParametersTest {
  private static final FootprintSolver SOLVER = FootprintSolver.create();
  private static final double TOL = 1e-6;

  private static void assertSweep(Sweep sweep, double[] values, double[] expected) {
    assertEquals(values.length, sweep.points().size());
    for (int i = 0; i < values.length; i++) {
      assertEquals(values[i], sweep.points().get(i).value(), 0);
      assertEquals(expected[i], sweep.points().get(i).summary().objective(), TOL,
          sweep.parameter() + " = " + values[i]);
    }
  }

  /**
   * {@link TestNetworks#twoSites} at rate 0.1 with the B->A freight f: an SB unit costs 10 + 10 + f
   * + 0.1*20 = 22 + f, against 50 at SA, so SB wins below f* = 28.
   */
  @Test
  void freightBreakEven() {
    BreakEven be = BreakEven.find(SOLVER, TestNetworks.twoSites(0.1, 200), Parameters.freight("B", "A"),
        Decision.productMadeIn("widget", "B", 0.25), 0, 50, 1e-4);
    assertEquals(28, be.value(), 1e-4);
    assertEquals(60 * (22 + be.low()) + 3000, be.below().objective(), TOL);
    assertEquals(6000, be.above().objective(), TOL);
  }

  /**
   * A's labor cost times k on {@link TestNetworks#twoSites} at rate 0.1: SA's unit is 10 + 40k, SB's
   * 25 (capacity 60). k = 0.25: SA 20 is cheapest and makes all 120: 2400. k = 0.5, 1, 2: SB makes
   * 60 (1500) and SA the rest at 30, 50, 90: 3300, 4500, 6900.
   */
  @Test
  void fxFactorSweep() {
    double[] ks = {0.25, 0.5, 1, 2};
    Sweep sweep = Sweep.run(SOLVER, TestNetworks.twoSites(0.1, 200), Parameters.fxFactor("A"), ks, true);
    assertSweep(sweep, ks, new double[] {2400, 3300, 4500, 6900});
  }

  /** The FX factor scales each period's wage; the wage parameter sets one value for every period. */
  @Test
  void fxFactorAndWageOnAPeriodSeries() {
    Network n = Network.builder().horizon(Horizon.of(2, 0))
        .country(Country.of("A", 1).withLaborCostPerHour(Series.of(20, 30)), Country.of("B", 5))
        .build();
    assertArrayEquals(new double[] {10, 15},
        Parameters.fxFactor("A").at(n, 0.5).country("A").laborCostPerHour().values(), 1e-12);
    Network w = Parameters.wage("A").at(n, 7);
    assertEquals(7, w.country("A").laborCostPerHour().at(0), 0);
    assertEquals(7, w.country("A").laborCostPerHour().at(1), 0);
    assertEquals(5, w.country("B").laborCostPerHour().at(1), 0);
  }

  /**
   * {@link TestNetworks#usMx} with a US credit program at c per unit: the cost is 100 * min(25, 40 -
   * c): c = 0, 10 give 2500; 20 gives 2000; 30 gives 1000. MX's wage w instead: 100 * min(15 + w,
   * 40): w = 0, 10, 25, 30 give 1500, 2500, 4000, 4000.
   */
  @Test
  void creditAndWageSweeps() {
    Network withCredit = TestNetworks.usMx()
        .productionCredit(ProductionCredit.of("us-credit", "US", ProductScope.ALL, 0)).build();
    double[] cs = {0, 10, 20, 30};
    assertSweep(Sweep.run(SOLVER, withCredit, Parameters.productionCredit("us-credit"), cs), cs,
        new double[] {2500, 2500, 2000, 1000});
    assertSweep(Sweep.run(SOLVER, TestNetworks.usMx().build(), Parameters.newProductionCredit("US", "widget"), cs),
        cs, new double[] {2500, 2500, 2000, 1000});
    double[] ws = {0, 10, 25, 30};
    assertSweep(Sweep.run(SOLVER, TestNetworks.usMx().build(), Parameters.wage("MX"), ws, true), ws,
        new double[] {1500, 2500, 4000, 4000});
  }

  /**
   * A budget-capped US credit (budget 1000) at c per unit on {@link TestNetworks#usMx}: with x US
   * units the cost is 40x + 25(100 - x) - min(cx, 1000). For c <= 15 nothing pays: 2500. For c > 15
   * it falls by c - 15 per US unit up to x = 1000/c, then rises by 15: x = 1000/c, cost 2500 + 15 *
   * 1000/c - 1000 = 1500 + 15000/c. So c = 0, 10, 20, 30, 40, 50 give 2500, 2500, 2250, 2000, 1875,
   * 1800. The credit per unit of a capped program is a coefficient of the credit-earned row, so each
   * point checks that the live model applies it; the skipping sweep must agree point by point.
   */
  @Test
  void cappedCreditSweepByHand() {
    Network n = TestNetworks.usMx()
        .productionCredit(ProductionCredit.of("us-capped", "US", ProductScope.ALL, 0).withBudget(1000)).build();
    double[] cs = {0, 10, 20, 30, 40, 50};
    double[] expected = {2500, 2500, 2250, 2000, 1875, 1800};
    assertSweep(Sweep.run(SOLVER, n, Parameters.productionCredit("us-capped"), cs), cs, expected);
    // The optimal cost is convex here (2500, 2500, 2250, ...), not concave: skipping is refused.
    assertThrows(IllegalArgumentException.class,
        () -> Sweep.run(SOLVER, n, Parameters.productionCredit("us-capped"), cs, true));
    for (int i = 0; i < cs.length; i++) {
      assertEquals(expected[i], SOLVER.solve(Parameters.productionCredit("us-capped").at(n, cs[i])).objective(), TOL);
    }
  }

  @Test
  void onlyDemandScaleAndCappableCreditsMoveMoreThanCosts() {
    for (Parameter p : List.of(Parameters.tariffRate("t"), Parameters.wage("A"), Parameters.fxFactor("A"),
        Parameters.newProductionCredit("A", "p"), Parameters.freight("A", "B"))) {
      assertTrue(p.objectiveOnly(), p.name());
    }
    assertFalse(Parameters.demandScale().objectiveOnly());
    // An existing program may have a budget, where its credit per unit is a constraint coefficient.
    assertFalse(Parameters.productionCredit("k").objectiveOnly());
  }

  @Test
  void unknownIdsAndBadValuesThrow() {
    Network n = TestNetworks.twoSites(0.1, 200);
    assertThrows(IllegalArgumentException.class, () -> Parameters.tariffRate("nope").at(n, 1));
    assertThrows(IllegalArgumentException.class, () -> Parameters.wage("XX").at(n, 1));
    assertThrows(IllegalArgumentException.class, () -> Parameters.fxFactor("XX").at(n, 1));
    assertThrows(IllegalArgumentException.class, () -> Parameters.productionCredit("nope").at(n, 1));
    assertThrows(IllegalArgumentException.class, () -> Parameters.freight("A", "B").at(n, 1));
    assertThrows(IllegalArgumentException.class, () -> Parameters.demandScale().at(n, -1));
    assertThrows(IllegalArgumentException.class, () -> Parameters.capexScale().at(n, -1));
    assertThrows(IllegalArgumentException.class, () -> Parameters.capexScale().at(n, Double.POSITIVE_INFINITY));
    assertThrows(IllegalArgumentException.class, () -> Parameters.wage("A").at(n, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> Parameters.wage("A").at(n, Double.POSITIVE_INFINITY));
  }

  /**
   * The hedge case's calm regime (RobustFootprintTest) opens one site of capex 1200 and makes 100
   * units at 20: 3200. With capex times 1.5 the same site costs 1800 + 2000 = 3800; at 0 the cost is
   * production alone, 2000.
   */
  @Test
  void capexScaleMultipliesEveryOpeningCapex() {
    Network calm = RobustFootprintTest.hedge(0, 0, true);
    FootprintSolver solver = FootprintSolver.create();
    assertEquals(3200, solver.solve(calm).objective(), 1e-6);
    assertEquals(3800, solver.solve(Parameters.capexScale().at(calm, 1.5)).objective(), 1e-6);
    assertEquals(2000, solver.solve(Parameters.capexScale().at(calm, 0)).objective(), 1e-6);
    assertEquals(1800, Parameters.capexScale().at(calm, 1.5).sites().get(0).openingCapex(), 1e-12);
    assertFalse(Parameters.capexScale().objectiveOnly());
    assertEquals("capexScale", Specs.parameter("capex").name());
  }
}
