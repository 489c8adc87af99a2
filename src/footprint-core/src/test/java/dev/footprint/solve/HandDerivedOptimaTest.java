package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import org.junit.jupiter.api.Test;

/** Optima derived by hand; each test states the derivation. */
class HandDerivedOptimaTest {
  private static final double TOL = 1e-6;

  /**
   * One product, two existing sites. Unit cost at SA (country A, wage 20): 10 + 2*20 = 50. At SB
   * (country B, wage 5): 10 + 2*5 = 20, plus freight 3, plus tariff rate*20 on the customs value
   * (the production cost 20). With rate 0.10: 25. SB (capacity 60) is used in full, SA makes the
   * rest: 60*25 + 60*50 = 4500.
   */
  static Network twoSites(double rate, double capacityA) {
    return Network.builder()
        .country(Country.of("A", 20), Country.of("B", 5))
        .product(Product.of("widget", "goods", 2, 10))
        .site(Site.existing("SA", "A", capacityA), Site.existing("SB", "B", 60))
        .market(Market.of("MA", "A").withDemand("widget", 120))
        .freight(FreightRate.lane("B", "A", 3))
        .tariff(TariffMeasure.adValorem("a-on-b", "A", rate).from("B"))
        .build();
  }

  @Test
  void oneProductTwoSites() {
    Solution s = FootprintSolver.create().solve(twoSites(0.10, 100));
    assertEquals(SolveStatus.OPTIMAL, s.status());
    assertEquals(4500, s.objective(), TOL);
    assertEquals(60, s.allocation().production("widget", "SB", 0), TOL);
    assertEquals(60, s.allocation().production("widget", "SA", 0), TOL);
    assertTrue(s.verification().orElseThrow().passed());
  }

  /**
   * With SA able to make all 120, SB wins while 10 + 10 + 3 + 20*rate < 50, that is below rate 1.35.
   * At 1.34 SB makes 60: 60*(23 + 26.8) + 60*50 = 5988. At 1.36 SA makes all: 120*50 = 6000.
   */
  @Test
  void tariffFlipsTheSiteAtTheRateComputedByHand() {
    Solution below = FootprintSolver.create().solve(twoSites(1.34, 200));
    assertEquals(60, below.allocation().production("widget", "SB", 0), TOL);
    assertEquals(60 * (23 + 26.8) + 60 * 50, below.objective(), TOL);
    Solution above = FootprintSolver.create().solve(twoSites(1.36, 200));
    assertEquals(0, above.allocation().production("widget", "SB", 0), TOL);
    assertEquals(6000, above.objective(), TOL);
  }
}
