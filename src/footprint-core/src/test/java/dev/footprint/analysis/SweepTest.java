package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Horizon;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.result.CostKind;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sweeps checked against hand formulas and against each other. */
class SweepTest {
  private static final FootprintSolver SOLVER = FootprintSolver.create();

  /** Rates 0, 0.1, ..., 2.0 on {@link TestNetworks#twoSites}. */
  private static double[] rates() {
    return Sweep.grid(0, 2, 21);
  }

  /**
   * {@link TestNetworks#twoSites} with SA able to make all 120: cost 4380 + 1200*rate below 1.35
   * (SB full, 60 units), 6000 above (all at SA). Every point solved, in order.
   */
  @Test
  void tariffSweepEqualsTheHandFormula() {
    Sweep sweep = Sweep.run(SOLVER, TestNetworks.twoSites(0, 200), Parameters.tariffRate("a-on-b"), rates());
    assertEquals("tariff[a-on-b].rate", sweep.parameter());
    assertEquals(21, sweep.points().size());
    assertEquals(21, sweep.solves());
    for (int i = 0; i < 21; i++) {
      Sweep.Point p = sweep.points().get(i);
      double rate = i / 10.0;
      assertEquals(rate, p.value(), 1e-12);
      assertTrue(p.solved());
      assertEquals(SolveStatus.OPTIMAL, p.summary().status());
      double expected = rate < 1.35 ? 4380 + 1200 * rate : 6000;
      assertEquals(expected, p.summary().objective(), 1e-6, "rate " + rate);
      // tariffs paid: 60 units * 20 * rate below the flip, none above
      assertEquals(rate < 1.35 ? 1200 * rate : 0, p.summary().costByKind().get(CostKind.TARIFFS), 1e-6);
      assertEquals(rate < 1.35 ? 0.5 : 0, p.summary().share("widget", "B"), 1e-9, "rate " + rate);
    }
    assertTrue(sweep.table().contains("tariff[a-on-b].rate"));
  }

  /**
   * The table on {@link TestNetworks#twoSites} over two periods at discount 0.05 in USD millions: each
   * period's cost counts 1 + 1/1.05 = 41/21 times, so the cost is (4380 + 1200*rate)*41/21. Rates
   * 10%, 13.125%, ..., 35% (Sweep.grid(0.1, 0.35, 9), whose fourth double is 0.19374999999999998):
   * 8,785.7, 8,858.9, 8,932.1, 9,005.4, 9,078.6, 9,151.8, 9,225.0, 9,298.2, 9,371.4. Rates print as
   * percentages with the three decimals that write them exactly (one tells neighbours apart, and up
   * to two more are allowed for exact values), costs as whole USD millions.
   */
  @Test
  void tableShowsRatesAsPercentagesAndRoundedLabelledCosts() {
    Network n = TestNetworks.twoSites(0, 200).toBuilder().horizon(Horizon.of(2, 0.05)).money(Money.of("USD", 1e6))
        .build();
    Sweep sweep = Sweep.run(SOLVER, n, Parameters.tariffRate("a-on-b"), Sweep.grid(0.1, 0.35, 9));
    assertEquals(0.19374999999999998, sweep.points().get(3).value(), 0);
    for (Sweep.Point p : sweep.points()) {
      assertEquals((4380 + 1200 * p.value()) * 41 / 21, p.summary().objective(), 1e-6, "rate " + p.value());
    }
    List<String> lines = sweep.table().lines().toList();
    assertEquals(List.of("tariff[a-on-b].rate", "status", "solved", "cost (USD millions)", "sites opened"),
        List.of(lines.get(0).strip().split(" {2,}")), sweep.table());
    String[] rates = {"10.000%", "13.125%", "16.250%", "19.375%", "22.500%", "25.625%", "28.750%", "31.875%",
        "35.000%"};
    String[] costs = {"8,786", "8,859", "8,932", "9,005", "9,079", "9,152", "9,225", "9,298", "9,371"};
    for (int i = 0; i < 9; i++) {
      assertEquals(List.of(rates[i], "OPTIMAL", "yes", costs[i], "none"), List.of(lines.get(i + 1).strip().split(" {2,}")),
          sweep.table());
    }
    assertEquals("9 solves for 9 points", lines.get(10));
    assertFalse(java.util.regex.Pattern.compile("\\d\\.\\d{6,}").matcher(sweep.table()).find(), sweep.table());
  }

  /**
   * A wage (money per labor hour, labelled so) swept over 5, 5.125, ..., 5.5 on the same two-period
   * network: SB's unit is 10 + 2w, plus freight 3, plus 10% duty on 10 + 2w, so the cost is
   * (3840 + 132w)*21/11: 8,590.9, 8,622.4, 8,653.9, 8,685.4, 8,716.9. One decimal tells the values
   * apart (5.0, 5.1, 5.3, 5.4, 5.5) and three write them exactly, so they print with three.
   */
  @Test
  void tableLabelsAMoneyParameterAndDropsBinaryNoise() {
    Network n = TestNetworks.twoSites(0.1, 200).toBuilder().horizon(Horizon.of(2, 0.1))
        .money(Money.of("USD", 1e6)).build();
    Sweep sweep = Sweep.run(SOLVER, n, Parameters.wage("B"), Sweep.grid(5, 5.5, 5), true);
    List<String> lines = sweep.table().lines().toList();
    assertEquals("wage[B] (USD millions per labor hour)", lines.get(0).strip().split(" {2,}")[0], sweep.table());
    String[] wages = {"5.000", "5.125", "5.250", "5.375", "5.500"};
    String[] costs = {"8,591", "8,622", "8,654", "8,685", "8,717"};
    for (int i = 0; i < 5; i++) {
      assertEquals((3840 + 132 * sweep.points().get(i).value()) * 21 / 11,
          sweep.points().get(i).summary().objective(), 1e-6);
      List<String> cells = List.of(lines.get(i + 1).strip().split(" {2,}"));
      assertEquals(wages[i], cells.get(0), sweep.table());
      assertEquals(costs[i], cells.get(3), sweep.table());
    }
  }

  /**
   * The same grid with skipBetweenEqual. The allocation is the same (SB 60, SA 60) on [0, 1.3] and
   * (SA 120) on [1.4, 2.0]. Solving the ends 0 and 2.0 (differ), then bisecting: 1.0 (equals 0: fills
   * 0.1..0.9), 1.5 (equals 2.0: fills 1.6..1.9), 1.2 (equals 1.0: fills 1.1), 1.3, 1.4 (adjacent):
   * 7 solves for 21 points, each point's cost equal to the full sweep's.
   */
  @Test
  void skipBetweenEqualMatchesTheFullSweepWithFewerSolves() {
    Network base = TestNetworks.twoSites(0, 200);
    Parameter rate = Parameters.tariffRate("a-on-b");
    Sweep full = Sweep.run(SOLVER, base, rate, rates(), false);
    Sweep skip = Sweep.run(SOLVER, base, rate, rates(), true);
    assertEquals(full.points().size(), skip.points().size());
    for (int i = 0; i < full.points().size(); i++) {
      Sweep.Point f = full.points().get(i);
      Sweep.Point s = skip.points().get(i);
      assertEquals(f.value(), s.value(), 0);
      assertEquals(f.summary().objective(), s.summary().objective(), TestNetworks.rel(f.summary().objective(), 1e-6),
          "rate " + f.value());
      assertEquals(TestNetworks.twoSitesCost(s.value()), s.summary().objective(), 1e-6, "rate " + s.value());
      assertEquals(SolveStatus.OPTIMAL, s.summary().status());
      for (CostKind k : CostKind.values()) {
        assertEquals(f.summary().costByKind().get(k), s.summary().costByKind().get(k), 1e-6, k + " at " + f.value());
      }
    }
    System.out.println("SweepTest: skipBetweenEqual took " + skip.solves() + " solves for " + skip.points().size()
        + " points");
    assertTrue(skip.solves() < skip.points().size());
    assertEquals(7, skip.solves());
    assertEquals(skip.solves(), skip.points().stream().filter(Sweep.Point::solved).count());
    assertTrue(skip.points().get(0).solved());
    assertTrue(skip.points().get(20).solved());
    assertFalse(skip.points().get(5).solved());
  }

  /**
   * On three threads, point by point and skipping, every point's cost is the hand formula's. Point by
   * point: 21 solves. Skipping: the anchors are indexes 0, 7, 13 and 20 (rates 0, 0.7, 1.3, 2.0:
   * round(k * 20 / 3)); the flip at 1.35 lies only in [13, 20], which bisects at 16 (1.6) and then at
   * 14 (1.4) in [13, 16]; [14, 16] and [16, 20] agree. 4 + 2 = 6 solves, against 7 on one thread.
   */
  @Test
  void onSeveralThreadsTheCostsMatchTheHandFormula() {
    Network base = TestNetworks.twoSites(0, 200);
    Parameter rate = Parameters.tariffRate("a-on-b");
    assertArrayEquals(new int[] {0, 7, 13, 20}, Sweep.anchors(21, 3));
    assertArrayEquals(new int[] {0, 1}, Sweep.anchors(2, 2));
    assertArrayEquals(new int[] {0}, Sweep.anchors(1, 1));
    Sweep full = Sweep.run(SOLVER, base, rate, rates(), false, 3);
    Sweep skip = Sweep.run(SOLVER, base, rate, rates(), true, 3);
    assertEquals(21, full.solves());
    assertEquals(6, skip.solves());
    assertEquals(6, skip.points().stream().filter(Sweep.Point::solved).count());
    for (Sweep s : List.of(full, skip)) {
      assertEquals(21, s.points().size());
      for (int i = 0; i < 21; i++) {
        Sweep.Point p = s.points().get(i);
        assertEquals(i / 10.0, p.value(), 1e-12);
        assertEquals(SolveStatus.OPTIMAL, p.summary().status());
        assertEquals(TestNetworks.twoSitesCost(p.value()), p.summary().objective(), 1e-6, "rate " + p.value());
      }
    }
    assertTrue(skip.points().get(16).solved());
    assertFalse(skip.points().get(15).solved());
    // more threads than values: one model per value
    Sweep two = Sweep.run(SOLVER, base, rate, new double[] {0.5, 1.5}, true, 8);
    assertEquals(2, two.solves());
    assertEquals(TestNetworks.twoSitesCost(1.5), two.points().get(1).summary().objective(), 1e-6);
    assertThrows(dev.footprint.model.InvalidModelException.class, () -> Sweep.run(SOLVER, base, rate, rates(), false, 0));
  }

  /** skipBetweenEqual needs an objective-only parameter and strictly increasing values. */
  @Test
  void skipBetweenEqualRefusesWhatItCannotSkip() {
    Network base = TestNetworks.twoSites(0.1, 200);
    assertFalse(Parameters.demandScale().objectiveOnly());
    assertThrows(IllegalArgumentException.class,
        () -> Sweep.run(SOLVER, base, Parameters.demandScale(), new double[] {0.5, 1, 1.5}, true));
    assertThrows(IllegalArgumentException.class,
        () -> Sweep.run(SOLVER, base, Parameters.tariffRate("a-on-b"), new double[] {0.5, 0.5, 1}, true));
    assertThrows(IllegalArgumentException.class,
        () -> Sweep.run(SOLVER, base, Parameters.tariffRate("a-on-b"), new double[] {1, 0.5}, true));
    assertThrows(IllegalArgumentException.class,
        () -> Sweep.run(SOLVER, base, Parameters.tariffRate("a-on-b"), new double[0]));
    assertThrows(IllegalArgumentException.class, () -> Sweep.grid(0, 1, 1));
  }

  /**
   * {@link TestNetworks#twoSites} at rate 0.1 (SB unit 25, capacity 60; SA unit 50, capacity 200)
   * with demand 120k. D = 120k units cost 25D up to D = 60, then 1500 + 50(D - 60) up to the total
   * capacity 260; beyond it (no lost sales allowed) the model is infeasible. k = 0.25, 0.5, 1, 1.5, 2
   * give D = 30, 60, 120, 180, 240: 750, 1500, 4500, 7500, 10500; k = 2.5 gives D = 300: infeasible.
   * Demand changes bounds and right-hand sides, so the live model re-solves each point.
   */
  @Test
  void demandScaleSweepByHand() {
    double[] ks = {0.25, 0.5, 1, 1.5, 2, 2.5};
    double[] expected = {750, 1500, 4500, 7500, 10500, Double.NaN};
    Sweep sweep = Sweep.run(SOLVER, TestNetworks.twoSites(0.1, 200), Parameters.demandScale(), ks);
    assertEquals(ks.length, sweep.solves());
    for (int i = 0; i < ks.length; i++) {
      Sweep.Point p = sweep.points().get(i);
      assertEquals(ks[i], p.value(), 0);
      if (Double.isNaN(expected[i])) {
        assertEquals(SolveStatus.INFEASIBLE, p.summary().status());
        assertTrue(Double.isNaN(p.summary().objective()));
      } else {
        assertEquals(SolveStatus.OPTIMAL, p.summary().status());
        assertEquals(expected[i], p.summary().objective(), 1e-6, "k " + ks[i]);
        double d = 120 * ks[i];
        assertEquals(d, p.summary().production().get("widget").values().stream().mapToDouble(x -> x).sum(), 1e-6);
      }
    }
  }

  /**
   * Demand scaled to 0 leaves no demand at all: cost 0. Then 1 again: 4500 (the live model must be
   * rebuilt around the vanished and restored arcs).
   */
  @Test
  void demandScaleThroughZero() {
    Sweep sweep = Sweep.run(SOLVER, TestNetworks.twoSites(0.1, 200), Parameters.demandScale(),
        new double[] {1, 0, 1});
    assertEquals(4500, sweep.points().get(0).summary().objective(), 1e-6);
    assertEquals(0, sweep.points().get(1).summary().objective(), 1e-6);
    assertEquals(4500, sweep.points().get(2).summary().objective(), 1e-6);
  }

  /**
   * The LP relaxation (relaxIntegrality): MX-1 (existing, capacity 50, unit 10 + w + 5) and a US
   * candidate US-new (capacity 200, capex 1000, unit 40) must meet a US demand of 100. MX-1 makes 50,
   * US-new the other 50, and the relaxation opens US-new only as far as the linking row x <= 100 y
   * needs: y = 0.5, capex 500. Cost 50*(15 + w) + 50*40 + 500 = 3250 + 50w: 3500, 3550, 3600 at MX
   * wages 5, 6, 7. The skipping sweep shares the ends' allocation (the same x and y = 0.5) with the
   * middle point, which must be costed like the full sweep rather than refused for a fractional y.
   */
  @Test
  void skipBetweenEqualUnderTheLpRelaxation() {
    Network n = TestNetworks.usMx()
        .replaceSite(Site.existing("MX-1", "MX", 50))
        .replaceSite(Site.existing("US-1", "US", 0))
        .site(Site.candidate("US-new", "US", 200, 1000))
        .build();
    FootprintSolver lp = FootprintSolver.create(SolveOptions.DEFAULT.withRelaxIntegrality(true));
    double[] ws = {5, 6, 7};
    Sweep full = Sweep.run(lp, n, Parameters.wage("MX"), ws, false);
    for (int i = 0; i < ws.length; i++) {
      assertEquals(3250 + 50 * ws[i], full.points().get(i).summary().objective(), 1e-6, "full, wage " + ws[i]);
    }
    Sweep skip = Sweep.run(lp, n, Parameters.wage("MX"), ws, true);
    for (int i = 0; i < ws.length; i++) {
      assertEquals(3250 + 50 * ws[i], skip.points().get(i).summary().objective(), 1e-6, "skip, wage " + ws[i]);
    }
    assertEquals(2, skip.solves());
  }

  /**
   * A generated network (Size.S, seed 3) with site decisions over four periods: the FX factor of the
   * country with the most sites swept over 0.9, 0.91, ..., 1.1 (a fine grid, so that neighbouring
   * points share allocations). Solved with a gap of 1e-9, the skipping sweep equals the full sweep
   * point by point with fewer solves, and every fifth point also equals a fresh, independent solve.
   */
  @Test
  void generatedNetworkSkipAgreesWithFullSweep() {
    Network base = NetworkGenerator.generate(NetworkGenerator.Size.S, 3);
    Map<String, Integer> sitesPerCountry = new HashMap<>();
    for (Site s : base.sites()) {
      sitesPerCountry.merge(s.country(), 1, Integer::sum);
    }
    String country = sitesPerCountry.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    FootprintSolver solver = FootprintSolver.create(SolveOptions.DEFAULT.withRelativeGap(1e-9));
    Parameter fx = Parameters.fxFactor(country);
    double[] values = Sweep.grid(0.9, 1.1, 21);
    Sweep full = Sweep.run(solver, base, fx, values, false);
    Sweep skip = Sweep.run(solver, base, fx, values, true);
    System.out.println("SweepTest: generated network, fx[" + country + "]: skip " + skip.solves() + " solves, full "
        + full.solves() + " for " + values.length + " points");
    assertEquals(values.length, full.solves());
    assertTrue(skip.solves() < full.solves(), skip.solves() + " solves");
    for (int i = 0; i < values.length; i++) {
      double f = full.points().get(i).summary().objective();
      double s = skip.points().get(i).summary().objective();
      assertTrue(Double.isFinite(f), "full sweep has a cost at " + values[i]);
      assertEquals(f, s, TestNetworks.rel(f, 1e-6), "fx " + values[i]);
      if (i % 5 == 0) {
        double fresh = solver.solve(fx.at(base, values[i])).objective();
        assertEquals(fresh, f, TestNetworks.rel(fresh, 1e-6), "fresh solve at fx " + values[i]);
      }
    }
    // the cost is non-decreasing in a labor cost factor, and concave in it (objective-only parameter)
    for (int i = 1; i < values.length; i++) {
      double a = full.points().get(i - 1).summary().objective();
      double b = full.points().get(i).summary().objective();
      assertTrue(b >= a - TestNetworks.rel(a, 1e-6), "non-decreasing at " + values[i]);
    }
    for (int i = 1; i + 1 < values.length; i++) {
      double x0 = values[i - 1];
      double x1 = values[i];
      double x2 = values[i + 1];
      double y0 = full.points().get(i - 1).summary().objective();
      double y1 = full.points().get(i).summary().objective();
      double y2 = full.points().get(i + 1).summary().objective();
      double chord = y0 + (y2 - y0) * (x1 - x0) / (x2 - x0);
      assertTrue(y1 >= chord - TestNetworks.rel(y1, 1e-6), "concave at " + x1);
    }
  }
}
