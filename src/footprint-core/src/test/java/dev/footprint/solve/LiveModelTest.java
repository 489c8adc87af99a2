package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import org.junit.jupiter.api.Test;

class LiveModelTest {

  /**
   * The tariff sweep of {@link HandDerivedOptimaTest#twoSites}: with SA able to make everything, the
   * optimum is 60*(23 + 20*rate) + 60*50 below rate 1.35 and 120*50 = 6000 above it. Each point is
   * applied in place (only objective coefficients change) and must match the formula.
   */
  @Test
  void tariffSweepInPlaceMatchesTheHandFormula() {
    try (LiveModel live = FootprintSolver.create().open(HandDerivedOptimaTest.twoSites(0, 200))) {
      for (int i = 0; i <= 40; i++) {
        double rate = i * 0.05;
        assertTrue(live.update(HandDerivedOptimaTest.twoSites(rate, 200)), "in place at rate " + rate);
        Solution s = live.solve();
        double expected = rate < 1.35 ? 60 * (23 + 20 * rate) + 60 * 50 : 6000;
        assertEquals(expected, s.objective(), 1e-6, "rate " + rate);
        assertTrue(live.lastChanges() > 0 || i == 0);
      }
    }
  }

  /** On a generated network with site decisions, every in-place point equals a fresh solve. */
  @Test
  void inPlaceSolvesEqualFreshSolves() {
    Network base = NetworkGenerator.generate(NetworkGenerator.Size.S, 7);
    FootprintSolver solver = FootprintSolver.create();
    try (LiveModel live = solver.open(base)) {
      for (double scale : new double[] {1.0, 1.3, 0.7, 1.1}) {
        Network.Builder b = base.toBuilder();
        for (var c : base.countries()) {
          b.replaceCountry(c.withLaborCostPerHour(c.laborCostPerHour().times(scale)));
        }
        Network next = b.build();
        assertTrue(live.update(next));
        double inPlace = live.solve().objective();
        double fresh = solver.solve(next).objective();
        assertEquals(fresh, inPlace, 1e-6 * Math.abs(fresh), "wage scale " + scale);
      }
    }
  }

  /** A change of shape (a new product and its demand) rebuilds, and the answer is still right. */
  @Test
  void shapeChangeRebuilds() {
    Network base = HandDerivedOptimaTest.twoSites(0.10, 100);
    Network bigger = base.toBuilder()
        .product(Product.of("gadget", "goods", 1, 5))
        .replaceMarket(base.markets().get(0).withDemand("gadget", 10))
        .build();
    try (LiveModel live = FootprintSolver.create().open(base)) {
      assertEquals(4500, live.solve().objective(), 1e-6);
      assertFalse(live.update(bigger));
      // gadget: 5 + 1*5 at SB = 10, plus freight 3 and 10% of 10: 14 < 5 + 20 = 25 at SA. But SB is full
      // (60 widgets); one gadget displaces one widget from SB to SA: widget SA cost 50 - 25 = 25 more,
      // against gadget SA 25 - 14 = 11 more, so gadgets go to SA: 4500 + 10*25 = 4750.
      assertEquals(4750, live.solve().objective(), 1e-6);
    }
  }

  /** Every backend re-solves in place (HiGHS once crashed on a hinted second solve). */
  @Test
  void everyBackendResolvesInPlace() {
    for (Backend backend : Backend.values()) {
      SolveOptions options = SolveOptions.DEFAULT.withBackend(backend).withRelaxIntegrality(!backend.solvesIntegerModels());
      try (LiveModel live = FootprintSolver.create(options).open(HandDerivedOptimaTest.twoSites(0.10, 200))) {
        for (double rate : new double[] {0.10, 1.0, 1.5, 0.5}) {
          live.update(HandDerivedOptimaTest.twoSites(rate, 200));
          double expected = rate < 1.35 ? 60 * (23 + 20 * rate) + 60 * 50 : 6000;
          assertEquals(expected, live.solve().objective(), 1e-6 * expected, backend + " at rate " + rate);
        }
      }
    }
  }

  @Test
  void closedModelRefusesWork() {
    LiveModel live = FootprintSolver.create().open(HandDerivedOptimaTest.twoSites(0.10, 100));
    live.close();
    live.close();
    assertThrows(IllegalStateException.class, live::solve);
  }
}
