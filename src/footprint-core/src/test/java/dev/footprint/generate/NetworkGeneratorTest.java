package dev.footprint.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.SupplierOffer;
import dev.footprint.result.ComponentFlow;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import dev.footprint.solve.internal.Formulation;
import dev.footprint.solve.internal.RecordedModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generator's bills of materials (depth, acyclic, every component sourced and reachable), its
 * determinism, that depth 0 is still the network of before, and that a small generated network with
 * bills of materials solves. Depths and penalties are recomputed here from the products' bills, not
 * taken from the generator.
 */
class NetworkGeneratorTest {
  /** A small shape: 9 products on up to 4 levels, 6 sites making 4 each, 2 periods. */
  private static final NetworkGenerator.Spec SMALL = new NetworkGenerator.Spec(4, 9, 6, 4, 4, 2, 2, 0.3);

  /** The length of the longest chain of components below each product, by DFS over the bills. */
  private static Map<String, Integer> depths(Network n) {
    Map<String, Product> byId = new HashMap<>();
    for (Product p : n.products()) {
      byId.put(p.id(), p);
    }
    Map<String, Integer> depth = new HashMap<>();
    for (Product p : n.products()) {
      depthOf(p.id(), byId, depth);
    }
    return depth;
  }

  private static int depthOf(String id, Map<String, Product> byId, Map<String, Integer> memo) {
    Integer known = memo.get(id);
    if (known != null) {
      return known;
    }
    int d = 0;
    for (String c : byId.get(id).components().keySet()) {
      d = Math.max(d, 1 + depthOf(c, byId, memo));
    }
    memo.put(id, d);
    return d;
  }

  private static int maxDepth(Network n) {
    return depths(n).values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void theLongestChainOfComponentsIsTheDepthAsked(int depth) {
    for (long seed : new long[] {1, 2, 3}) {
      assertEquals(depth, maxDepth(NetworkGenerator.generate(SMALL.withBom(depth, 2), seed)), "seed " + seed);
    }
    for (NetworkGenerator.Size size : List.of(NetworkGenerator.Size.S, NetworkGenerator.Size.M)) {
      assertEquals(depth, maxDepth(NetworkGenerator.generate(size, depth, 20260101L)), size.name());
    }
  }

  @Test
  void depthZeroHasNoBillsAndNoOffers() {
    Network n = NetworkGenerator.generate(NetworkGenerator.Size.S, 0, 20260101L);
    assertEquals(0, maxDepth(n));
    assertFalse(n.hasBillsOfMaterials());
    assertTrue(n.supplierOffers().isEmpty());
  }

  /** Three-colour DFS: a component reached again while still on the path closes a cycle. */
  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void billsHaveNoCycle(int depth) {
    Network n = NetworkGenerator.generate(NetworkGenerator.Size.M, depth, 20260101L);
    Map<String, Product> byId = new HashMap<>();
    for (Product p : n.products()) {
      byId.put(p.id(), p);
    }
    Map<String, Integer> colour = new HashMap<>(); // absent: unseen, 1: on the path, 2: done
    for (Product p : n.products()) {
      assertFalse(closesCycle(p.id(), byId, colour), "a cycle through " + p.id());
    }
  }

  private static boolean closesCycle(String id, Map<String, Product> byId, Map<String, Integer> colour) {
    Integer c = colour.get(id);
    if (c != null) {
      return c == 1;
    }
    colour.put(id, 1);
    for (String component : byId.get(id).components().keySet()) {
      if (closesCycle(component, byId, colour)) {
        return true;
      }
    }
    colour.put(id, 2);
    return false;
  }

  /**
   * Every component listed in a bill is made by some site or offered by some supplier, and every site
   * that may assemble a product can receive each of its components over a lane; both kinds of source
   * occur.
   */
  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void everyComponentHasASourceWithALaneToEveryAssembler(int depth) {
    for (NetworkGenerator.Size size : List.of(NetworkGenerator.Size.S, NetworkGenerator.Size.M)) {
      Network n = NetworkGenerator.generate(size, depth, 20260101L);
      Set<String> lanes = new HashSet<>();
      for (FreightRate r : n.freight()) {
        lanes.add(r.origin() + ">" + r.destination());
      }
      boolean someMade = false;
      boolean someBought = false;
      for (Product assembly : n.products()) {
        for (String c : assembly.components().keySet()) {
          Set<String> sourceCountries = new HashSet<>();
          for (Site s : n.sites()) {
            if (s.products().contains(c)) {
              sourceCountries.add(s.country());
              someMade = true;
            }
          }
          for (SupplierOffer o : n.supplierOffers()) {
            if (o.product().equals(c)) {
              sourceCountries.add(o.country());
              someBought = true;
            }
          }
          assertFalse(sourceCountries.isEmpty(), size + ": component " + c + " has no maker and no offer");
          for (Site d : n.sites()) {
            if (d.products().contains(assembly.id())) {
              assertTrue(sourceCountries.stream().anyMatch(o -> lanes.contains(o + ">" + d.country())),
                  size + ": no lane brings " + c + " to " + d.id());
            }
          }
        }
      }
      assertTrue(someMade, size + ": no component is made at a site");
      assertTrue(someBought, size + ": no component is offered by a supplier");
      int extra = size.spec().products() / 5;
      assertTrue(n.supplierOffers().size() >= extra, size + ": " + n.supplierOffers().size() + " offers");
    }
  }

  /** A lost sale of an assembly costs 2000 times the units the whole assembly takes, itself included. */
  @Test
  void anAssemblysLostSalePenaltyCoversItsWholeBill() {
    Network n = NetworkGenerator.generate(NetworkGenerator.Size.S, 3, 20260101L);
    Map<String, Product> byId = new HashMap<>();
    for (Product p : n.products()) {
      byId.put(p.id(), p);
    }
    int checked = 0;
    for (Market m : n.markets()) {
      for (Map.Entry<String, Double> e : m.lostSalesPenalty().entrySet()) {
        assertEquals(2000 * unitsInAll(e.getKey(), byId), e.getValue(), 1e-9, m.id() + " " + e.getKey());
        checked++;
      }
    }
    assertTrue(checked > 0);
  }

  private static double unitsInAll(String id, Map<String, Product> byId) {
    double units = 1;
    for (Map.Entry<String, Double> e : byId.get(id).components().entrySet()) {
      units += e.getValue() * unitsInAll(e.getKey(), byId);
    }
    return units;
  }

  @Test
  void theSameSeedGivesTheSameNetwork() {
    for (int depth : new int[] {0, 2, 3}) {
      Network a = NetworkGenerator.generate(NetworkGenerator.Size.S, depth, 11);
      Network b = NetworkGenerator.generate(NetworkGenerator.Size.S, depth, 11);
      assertEquals(a, b, "depth " + depth);
      assertNotEquals(a, NetworkGenerator.generate(NetworkGenerator.Size.S, depth, 12), "depth " + depth);
    }
  }

  /**
   * Depth 0 draws nothing new: the presets are the networks generated before bills of materials
   * existed. The model sizes are those recorded in benchmarks/RESULTS.md; the site and demand figures
   * are what the generator of commit 8362b77 (before bills of materials) gave for this seed.
   */
  @Test
  void depthZeroIsTheNetworkGeneratedBeforeBillsOfMaterials() {
    Network s = NetworkGenerator.generate(NetworkGenerator.Size.S, 20260101L);
    assertEquals(s, NetworkGenerator.generate(NetworkGenerator.Size.S, 0, 20260101L));
    Site s0 = s.sites().get(0);
    assertEquals(999.0, s0.capacity().at(0));
    assertEquals(10855.829561700515, s0.fixedCost().at(0));
    assertEquals(Set.of("P0", "P9", "P5", "P3", "P10"), s0.products());
    assertEquals(Series.of(13.93, 15.14, 15.22, 12.91), s.markets().get(0).demand().get("P0"));
    assertEquals(2000.0, s.markets().get(0).lostSalesPenalty().get("P0"));
    assertModelSize(s, 1_444, 1_453, 4_572);
    assertModelSize(NetworkGenerator.generate(NetworkGenerator.Size.M, 20260101L), 55_505, 54_517, 205_396);
  }

  private static void assertModelSize(Network n, int variables, int rows, long nonzeros) {
    Formulation f = new Formulation(n, SolveOptions.DEFAULT);
    RecordedModel model = new RecordedModel();
    f.emit(model, f.hasIntegerDecisions(), false);
    assertEquals(variables, model.variables());
    assertEquals(rows, model.rows());
    assertEquals(nonzeros, model.nonzeros());
  }

  /**
   * Small networks with bills of materials two and three levels deep solve to a verified optimum with
   * the default backend, whose objective equals the evaluation recomputed from the allocation, and
   * components flow from sites and from suppliers.
   */
  @ParameterizedTest
  @ValueSource(ints = {2, 3})
  void aSmallNetworkWithBillsOfMaterialsSolvesAndVerifies(int depth) {
    Network n = NetworkGenerator.generate(SMALL.withBom(depth, 3), 1);
    assertEquals(depth, maxDepth(n));
    Solution s = FootprintSolver.create().solve(n);
    assertEquals(SolveStatus.OPTIMAL, s.status(), s.toString());
    assertTrue(s.verification().orElseThrow().passed(), s.verification().toString());
    assertEquals(s.evaluation().total(), s.stats().objective(), 1e-6 * Math.abs(s.objective()));
    List<ComponentFlow> flows = s.allocation().componentFlows();
    Set<String> offers = new HashSet<>();
    n.supplierOffers().forEach(o -> offers.add(o.id()));
    assertTrue(flows.stream().anyMatch(f -> offers.contains(f.from())), "no component bought: " + flows);
    assertTrue(flows.stream().anyMatch(f -> !offers.contains(f.from())), "no component made: " + flows);
  }

  @Test
  void specRefusesADepthWithoutLevelsAndOffersWithoutBills() {
    assertThrows(IllegalArgumentException.class, () -> SMALL.withBom(9, 0)); // 9 products: at most depth 8
    assertThrows(IllegalArgumentException.class, () -> SMALL.withBom(-1, 0));
    assertThrows(IllegalArgumentException.class, () -> SMALL.withBom(0, 1));
    assertThrows(IllegalArgumentException.class, () -> SMALL.withBom(2, -1));
    assertEquals(NetworkGenerator.Size.M.spec(), NetworkGenerator.Size.M.spec(0));
    assertEquals(3, NetworkGenerator.Size.M.spec(3).bomDepth());
  }
}
