package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.result.Allocation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Dantzig's transportation problem, as published in the GAMS Model Library: model {@code trnsport}
 * (SEQ=1), from G. B. Dantzig, <i>Linear Programming and Extensions</i>, Princeton University Press,
 * 1963, chapter 3-3.
 *
 * <p>Plants seattle (capacity 350 cases) and san-diego (600); markets new-york (325), chicago (300)
 * and topeka (275). Distances in thousands of miles: seattle 2.5, 1.7, 1.8; san-diego 2.5, 1.8,
 * 1.4. Freight is $90 per case per thousand miles and costs are in thousands of dollars, so
 * {@code c = 90 * d / 1000}. The published optimum is {@code z = 153.675}.
 *
 * <p>Encoding: each plant and each market is its own country, so that every freight lane is a
 * country pair; the one product has no labor and no material cost; plants are existing sites with no
 * fixed or closing cost; there are no tariffs. Footprint's demand rows are equalities where GAMS has
 * {@code >=}; with positive freight on every lane the two give the same optimum.
 *
 * <p><b>The LP has alternative optima.</b> The duals {@code u(seattle) = u(san-diego) = 0},
 * {@code v = (0.225, 0.153, 0.126)} are dual feasible (reduced costs: seattle-topeka 0.036,
 * san-diego-chicago 0.009, every other lane 0) and reach 325*0.225 + 300*0.153 + 275*0.126 =
 * 153.675, so they are optimal. By complementary slackness every optimal plan ships nothing on the
 * two lanes with positive reduced cost, hence seattle-chicago = 300 and san-diego-topeka = 275; but
 * seattle-new-york and san-diego-new-york cost the same (0.225) and san-diego has 50 cases to spare,
 * so any split {@code seattle-new-york = x, san-diego-new-york = 325 - x} with {@code 0 <= x <= 50}
 * is optimal. GAMS reports {@code x = 50}; the test asserts only what holds on the whole optimal
 * face.
 */
class TransportationTest {
  private static final double TOL = 1e-6;
  private static final double PUBLISHED_OPTIMUM = 153.675;
  private static final String CASES = "cases";

  private static final List<String> PLANTS = List.of("seattle", "san-diego");
  private static final double[] CAPACITY = {350, 600};
  private static final List<String> MARKETS = List.of("new-york", "chicago", "topeka");
  private static final double[] DEMAND = {325, 300, 275};
  private static final double[][] DISTANCE = {{2.5, 1.7, 1.8}, {2.5, 1.8, 1.4}};
  private static final double FREIGHT_PER_CASE_PER_THOUSAND_MILES = 90;

  static Network trnsport() {
    Network.Builder b = Network.builder()
        .product(Product.of(CASES, "goods", 0, 0));
    for (int i = 0; i < PLANTS.size(); i++) {
      b.country(Country.of(PLANTS.get(i), 0));
      b.site(Site.existing(PLANTS.get(i), PLANTS.get(i), CAPACITY[i]));
    }
    for (int j = 0; j < MARKETS.size(); j++) {
      b.country(Country.of(MARKETS.get(j), 0));
      b.market(Market.of(MARKETS.get(j), MARKETS.get(j)).withDemand(CASES, DEMAND[j]));
    }
    for (int i = 0; i < PLANTS.size(); i++) {
      for (int j = 0; j < MARKETS.size(); j++) {
        // thousands of dollars per case
        double cost = FREIGHT_PER_CASE_PER_THOUSAND_MILES * DISTANCE[i][j] / 1000;
        b.freight(FreightRate.lane(PLANTS.get(i), MARKETS.get(j), cost));
      }
    }
    return b.build();
  }

  @Test
  void publishedOptimumWithSites() {
    Solution s = FootprintSolver.create().solve(trnsport());
    assertEquals(SolveStatus.OPTIMAL, s.status());
    assertEquals(PUBLISHED_OPTIMUM, s.objective(), TOL);
    assertOnOptimalFace(s.allocation());
    assertTrue(s.verification().orElseThrow().passed(), () -> s.verification().orElseThrow().toString());
  }

  /** With both plants fixed open the model is the plain LP; the simplex backends agree. */
  @Test
  void publishedOptimumAsPureLp() {
    SolveOptions fixedOpen = SolveOptions.DEFAULT.withFixedSiteStatus(
        Map.of("seattle", List.of(true), "san-diego", List.of(true)));
    for (Backend backend : List.of(Backend.GLOP, Backend.SCIP, Backend.HIGHS)) {
      Solution s = FootprintSolver.create().solve(trnsport(), fixedOpen.withBackend(backend));
      assertEquals(SolveStatus.OPTIMAL, s.status(), backend::toString);
      assertEquals(PUBLISHED_OPTIMUM, s.objective(), TOL, backend::toString);
      assertEquals(PUBLISHED_OPTIMUM, s.stats().objective(), TOL, backend::toString);
      assertOnOptimalFace(s.allocation());
    }
  }

  /** Feasibility of the plan, and the shipments that are the same in every optimal plan. */
  private static void assertOnOptimalFace(Allocation a) {
    for (int i = 0; i < PLANTS.size(); i++) {
      double made = a.production(CASES, PLANTS.get(i), 0);
      assertTrue(made <= CAPACITY[i] + TOL, PLANTS.get(i) + " ships " + made);
    }
    double[] received = new double[MARKETS.size()];
    double[][] x = new double[PLANTS.size()][MARKETS.size()];
    for (var shipment : a.shipments()) {
      int i = PLANTS.indexOf(shipment.site());
      int j = MARKETS.indexOf(shipment.market());
      x[i][j] += shipment.units();
      received[j] += shipment.units();
      assertTrue(shipment.units() >= -TOL, shipment::toString);
    }
    for (int j = 0; j < MARKETS.size(); j++) {
      assertEquals(DEMAND[j], received[j], TOL, MARKETS.get(j));
    }
    assertTrue(a.lostSales().isEmpty());
    // lanes with positive reduced cost are empty in every optimal plan
    assertEquals(0, x[0][2], TOL, "seattle->topeka");
    assertEquals(0, x[1][1], TOL, "san-diego->chicago");
    assertEquals(300, x[0][1], TOL, "seattle->chicago");
    assertEquals(275, x[1][2], TOL, "san-diego->topeka");
    // new-york is split between the two plants at the same cost, seattle giving at most 50
    assertEquals(325, x[0][0] + x[1][0], TOL, "into new-york");
    assertTrue(x[0][0] >= -TOL && x[0][0] <= 50 + TOL, "seattle->new-york " + x[0][0]);
  }
}
