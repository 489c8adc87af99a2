package dev.footprint.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.CapacityStep;
import dev.footprint.model.CapexAccounting;
import dev.footprint.model.Country;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The verifier and the evaluation on plans with capacity steps and closable candidates, built by
 * hand: what breaks a step's rules or a closable site's, and what they cost, priced in closed form.
 */
class CapacityStepVerifierTest {

  /**
   * Three periods at 10%; an existing plant of capacity 10 with a step "line" (+5, capex 1000, up to 2
   * modules, from period 1, life 4); a closable candidate "fab" (capex 600, closing 50, capacity 10).
   */
  private static Network network(CapexAccounting accounting) {
    return Network.builder().horizon(Horizon.of(3, 0.10).withCapexAccounting(accounting))
        .country(Country.of("US", 0))
        .product(Product.of("widget", "goods", 0, 0))
        .site(Site.existing("plant", "US", 10),
            Site.candidate("fab", "US", 10, 600).withClosingCost(50).withClosable(true))
        .market(Market.of("M", "US").withDemand("widget", Series.of(15, 15, 15)).withLostSalesPenalty("widget", 1))
        .capacityStep(CapacityStep.of("line", "plant", 5, 1000, 1).withMaxCount(2).withAssetLife(4))
        .build();
  }

  private static Allocation plan(Network n, double[] plant, double[] fab, double[] line, double[] madeAtPlant) {
    List<Shipment> ships = new java.util.ArrayList<>();
    for (int t = 0; t < 3; t++) {
      if (madeAtPlant[t] > 0) {
        ships.add(new Shipment("widget", "plant", "M", t, madeAtPlant[t]));
      }
    }
    List<LostSale> lost = new java.util.ArrayList<>();
    for (int t = 0; t < 3; t++) {
      lost.add(new LostSale("widget", "M", t, 15 - madeAtPlant[t]));
    }
    return new Allocation(n, ships, Map.of("plant", plant, "fab", fab), lost, Map.of(), Map.of("line", line));
  }

  private static List<String> broken(Allocation a) {
    return Verifier.create().verify(a).violations().stream().map(Violation::constraint).toList();
  }

  @Test
  void aValidPlanPassesAndItsCostsAreThoseWorkedOutByHand() {
    Network n = network(CapexAccounting.RESIDUAL);
    // line in place from period 1; fab open in period 1 only, closed in period 2.
    Allocation a = plan(n, new double[] {1, 1, 1}, new double[] {0, 1, 0}, new double[] {0, 1, 1},
        new double[] {10, 15, 15});
    assertEquals(List.of(), broken(a));
    Evaluation e = Evaluation.of(a);
    // Step under RESIDUAL, put in place in period 1: 1000/1.1 = 909.0909, less the book value at the
    // end of the horizon after 2 of 4 periods, 1000 * (1 - 2/4) = 500, discounted by 1.1^3:
    // 375.6574; 533.4335.
    assertEquals(1000 / 1.1 - 500 / 1.331, e.cost(CostKind.EXPANSION_CAPEX), 1e-9);
    // The fab: capex 600 in period 1 (no life: FULL), 545.4545; closing 50 in period 2, 41.3223.
    assertEquals(600 / 1.1, e.cost(CostKind.CAPEX), 1e-9);
    assertEquals(50 / 1.21, e.cost(CostKind.CLOSING), 1e-9);
    // Lost: 5 units at 1 in period 0.
    assertEquals(5, e.cost(CostKind.LOST_SALES), 1e-9);
    assertEquals(600.0, e.capexByCountry().get("US"), 1e-9); // the fab opened, though it closed
  }

  @Test
  void theStepsCapacityCountsOnlyWhileInPlaceAndTheSiteIsOpen() {
    Network n = network(CapexAccounting.FULL);
    // 15 made in period 0 with the step not yet in place: capacity 10.
    assertTrue(broken(plan(n, new double[] {1, 1, 1}, new double[] {0, 0, 0}, new double[] {0, 1, 1},
        new double[] {15, 15, 15})).contains("capacity[plant,t0]"));
    // With two modules, 20 may be made; 21 may not.
    List<String> ok = broken(plan(n, new double[] {1, 1, 1}, new double[] {0, 0, 0}, new double[] {0, 2, 2},
        new double[] {10, 15, 15}));
    assertEquals(List.of(), ok);
  }

  @Test
  void aStepBrokenEveryWayIsNamed() {
    Network n = network(CapexAccounting.FULL);
    // In place before its earliest period 1; more modules than its maximum 2; fewer again after.
    List<String> v = broken(plan(n, new double[] {1, 1, 1}, new double[] {0, 0, 0}, new double[] {1, 3, 1},
        new double[] {10, 10, 10}));
    assertTrue(v.contains("step[line,t0]"), v.toString());
    assertTrue(v.contains("step[line,t1]"), v.toString());
    assertTrue(v.contains("step[line,t2]"), v.toString());
    // Half a module, and a module put in place while the plant is closed.
    v = broken(plan(n, new double[] {1, 0, 0}, new double[] {0, 0, 0}, new double[] {0, 0.5, 0.5},
        new double[] {10, 0, 0}));
    assertTrue(v.contains("step[line,t1]"), v.toString());
    Allocation closedBuild = plan(n, new double[] {1, 0, 0}, new double[] {0, 0, 0}, new double[] {0, 1, 1},
        new double[] {10, 0, 0});
    assertTrue(Verifier.create().verify(closedBuild).violations().stream()
        .anyMatch(x -> x.constraint().equals("step[line,t1]") && x.detail().contains("only while its site is open")));
  }

  @Test
  void aClosableCandidateMayCloseOnceButNotReopen() {
    Network n = network(CapexAccounting.FULL);
    assertFalse(broken(plan(n, new double[] {1, 1, 1}, new double[] {1, 0, 0}, new double[] {0, 0, 0},
        new double[] {10, 10, 10})).contains("active[fab,t1]"));
    List<String> v = broken(plan(n, new double[] {1, 1, 1}, new double[] {1, 0, 1}, new double[] {0, 0, 0},
        new double[] {10, 10, 10}));
    assertTrue(v.contains("active[fab,t2]"), v.toString());
    // A candidate that is not closable may not close.
    Network fixed = n.toBuilder().replaceSite(n.sites().get(1).withClosable(false)).build();
    assertTrue(broken(plan(fixed, new double[] {1, 1, 1}, new double[] {1, 0, 0}, new double[] {0, 0, 0},
        new double[] {10, 10, 10})).contains("active[fab,t1]"));
  }
}
