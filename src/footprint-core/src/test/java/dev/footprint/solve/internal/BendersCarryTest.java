package dev.footprint.solve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.analysis.Parameters;
import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Cuts carried from one run to the next ({@link BendersLearnt}): an earlier block's row duals,
 * priced again with a later network's bounds and right-hand sides ({@link BendersBlock#carry}). On the
 * same program they give back the cut they came from; where demand changed they stay below the block's
 * value, solved by Glop at every point tried, and so they do where costs changed (a cost that fell below
 * what a dual prices leaves that dual unused); a network of another shape takes none; and a run that
 * starts from them reaches the whole model's optimum.
 */
class BendersCarryTest {
  private static final SolveOptions OPTIONS = SolveOptions.DEFAULT.withRelativeGap(1e-4);
  /** A generated S network that falls into 41 blocks once its statuses are fixed (DecomposedSolveTest). */
  private static final Network BASE = NetworkGenerator.generate(NetworkGenerator.Size.S, 20260101L);
  /** The same network with every demand 8% higher: only right-hand sides differ. */
  private static final Network MORE_DEMAND = Parameters.demandScale().at(BASE, 1.08);

  /** @return the network's blocks, as a decomposed run of it splits them (its statuses the master's) */
  static List<BendersBlock> blocks(Network n) {
    Formulation f = new Formulation(n, OPTIONS);
    int sites = n.sites().size();
    int periods = n.periods();
    int[] status = new int[sites * periods];
    for (int s = 0; s < sites; s++) {
      for (int t = 0; t < periods; t++) {
        status[s * periods + t] = f.active(s, t);
      }
    }
    BendersSubproblem sub = new BendersSubproblem(f, status);
    sub.build();
    return sub.blocks;
  }

  private static BendersEngine.Run run(Network n, List<BendersLearnt> carried) {
    return BendersEngine.solve(n, OPTIONS, 2, 1, 1, () -> false, List.of(), carried).orElseThrow();
  }

  private static double wholeOptimum(Network n) {
    Solution whole = FootprintSolver.create().solve(n, SolveOptions.DEFAULT.withRelativeGap(1e-9));
    assertEquals(SolveStatus.OPTIMAL, whole.status());
    return whole.objective();
  }

  @Test
  void dualsGiveBackTheirCutOnTheSameProgram() {
    List<BendersBlock> blocks = blocks(BASE);
    int columns = BASE.sites().size() * BASE.periods();
    double[] allOpen = new double[columns];
    java.util.Arrays.fill(allOpen, 1);
    int compared = 0;
    for (BendersBlock b : blocks) {
      BendersBlock.Cut c = b.at(allOpen, 1, Duration.ZERO);
      assertNotNull(c);
      assertTrue(c.optimality());
      BendersBlock.Cut again = b.carry(c.duals(), 1);
      assertNotNull(again, "the block's own duals bound it");
      double size = Math.max(1, Math.abs(c.value()));
      assertEquals(c.at(allOpen), again.at(allOpen), 1e-6 * size, "value at the point it was taken");
      for (int j = 0; j < columns; j++) {
        assertEquals(c.coef()[j], again.coef()[j], 1e-6 * size, "coefficient of column " + j);
      }
      compared++;
    }
    assertEquals(41, compared, "blocks");
  }

  /** @return the wage of the country of the network's first site, times {@code factor} */
  private static Network wageTimes(double factor) {
    String country = BASE.sites().get(0).country();
    double wage = BASE.countries().stream().filter(c -> c.id().equals(country)).findFirst().orElseThrow()
        .laborCostPerHour().at(0);
    return Parameters.wage(country).at(BASE, wage * factor);
  }

  /**
   * Every cut carried to {@code later}'s blocks is at most the block's value at each point tried.
   *
   * @return how many points some carried cut meets exactly
   */
  private static int assertCarriedCutsValid(BendersEngine.Run earlier, Network later) {
    return assertCarriedCutsValid(earlier, BASE, later, 100);
  }

  private static int assertCarriedCutsValid(BendersEngine.Run earlier, Network base, Network later, int checks) {
    BendersLearnt learnt = earlier.learnt();
    assertTrue(learnt.cuts() > 0);
    List<BendersBlock> blocks = blocks(later);
    assertEquals(learnt.blocks.size(), blocks.size());
    int columns = base.sites().size() * base.periods();
    // Points: the earlier optimum's footprint, everything open, and random footprints.
    List<double[]> points = new ArrayList<>();
    double[] everything = new double[columns];
    java.util.Arrays.fill(everything, 1);
    points.add(everything);
    double[] found = new double[columns];
    for (int s = 0; s < base.sites().size(); s++) {
      for (int t = 0; t < base.periods(); t++) {
        found[s * base.periods() + t] = earlier.footprint().get(base.sites().get(s).id()).get(t) ? 1 : 0;
      }
    }
    points.add(found);
    Random random = new Random(11);
    for (int i = 0; i < 6; i++) {
      double[] x = new double[columns];
      for (int j = 0; j < columns; j++) {
        x[j] = random.nextDouble() < 0.7 ? 1 : 0;
      }
      points.add(x);
    }
    int tight = 0;
    int checked = 0;
    for (int b = 0; b < blocks.size(); b++) {
      BendersBlock block = blocks.get(b);
      assertTrue(block.sameShape(learnt.blocks.get(b)), "the same network's numbers changed, block " + b);
      List<BendersBlock.Cut> carried = new ArrayList<>();
      for (double[] y : learnt.duals.get(b)) {
        BendersBlock.Cut c = block.carry(y, 1);
        if (c != null) {
          carried.add(c);
        }
      }
      for (double[] x : points) {
        BendersBlock.Cut exact = block.at(x, 1, Duration.ZERO);
        if (exact == null || !exact.optimality() || carried.isEmpty()) {
          continue;
        }
        double q = exact.value();
        double best = Double.NEGATIVE_INFINITY;
        for (BendersBlock.Cut c : carried) {
          double v = c.at(x);
          assertTrue(v <= q + 1e-6 * Math.max(1, Math.abs(q)), "block " + b + ": carried cut " + v + " above " + q);
          best = Math.max(best, v);
          checked++;
        }
        tight += best >= q - 1e-6 * Math.max(1, Math.abs(q)) ? 1 : 0;
      }
    }
    assertTrue(checked > checks, "carried cuts checked: " + checked);
    return tight;
  }

  @Test
  void carriedCutsStayBelowTheBlocksWhereDemandChanged() {
    BendersEngine.Run earlier = run(BASE, List.of());
    assertEquals(SolveStatus.OPTIMAL, earlier.status());
    int tight = assertCarriedCutsValid(earlier, MORE_DEMAND);
    // Not vacuous: at many points some carried cut is exact (its duals still optimal for the new demand).
    assertTrue(tight > 40, "points where a carried cut is exact: " + tight);
  }

  @Test
  void carriedCutsStayBelowTheBlocksWhereCostsChanged() {
    BendersEngine.Run earlier = run(BASE, List.of());
    assertCarriedCutsValid(earlier, wageTimes(1.3));
    assertCarriedCutsValid(earlier, wageTimes(0.7));
  }

  @Test
  void costsChangedChangeTheCarriedCuts() {
    BendersLearnt learnt = run(BASE, List.of()).learnt();
    List<BendersBlock> base = blocks(BASE);
    List<BendersBlock> cheaper = blocks(wageTimes(0.7));
    double[] everything = new double[BASE.sites().size() * BASE.periods()];
    java.util.Arrays.fill(everything, 1);
    int differ = 0;
    for (int b = 0; b < base.size(); b++) {
      for (double[] y : learnt.duals.get(b)) {
        BendersBlock.Cut was = base.get(b).carry(y, 1);
        BendersBlock.Cut now = cheaper.get(b).carry(y, 1);
        if (was != null && (now == null || Math.abs(was.at(everything) - now.at(everything)) > 1e-6)) {
          differ++;
        }
      }
    }
    // Not vacuous: the cheaper wage reaches the blocks' costs, and so the cuts carried (checked valid above).
    assertTrue(differ > 0, "cuts changed by the wage: " + differ);
    // A run carries cuts only to the blocks whose prices are unchanged (Learnt: measured, the others' slowed
    // the master), and still reaches the optimum.
    int samePrices = 0;
    int changed = 0;
    for (int b = 0; b < base.size(); b++) {
      if (cheaper.get(b).samePrices(base.get(b))) {
        samePrices += learnt.duals.get(b).size();
      } else {
        changed++;
      }
    }
    assertTrue(changed > 0, "blocks whose prices the wage changed");
    BendersEngine.Run r = run(wageTimes(0.7), List.of(learnt));
    assertTrue(r.carriedCuts() <= samePrices, r.carriedCuts() + " carried, " + samePrices + " of unchanged blocks");
    assertEquals(SolveStatus.OPTIMAL, r.status());
    assertEquals(wholeOptimum(wageTimes(0.7)), r.upperBound(), 1e-4 * Math.abs(r.upperBound()));
    assertTrue(blocks(MORE_DEMAND).get(0).samePrices(base.get(0)), "demand changes no price");
  }

  @Test
  void aTermUnboundedBelowLeavesTheDualsUnused() {
    double inf = Double.POSITIVE_INFINITY;
    // min(m lo, m up) over the term's bounds.
    assertEquals(6, BendersBlock.lagrangian(2, 3, inf, 1), 0);
    assertEquals(-8, BendersBlock.lagrangian(-2, 3, 4, 1), 0);
    assertEquals(0, BendersBlock.lagrangian(0, -inf, inf, 1), 0);
    // The wrong sign for an infinite bound: minus infinity, so nothing is carried ...
    assertTrue(Double.isNaN(BendersBlock.lagrangian(-1e-3, 0, inf, 1e-7)));
    assertTrue(Double.isNaN(BendersBlock.lagrangian(1e-3, -inf, 5, 1e-7)));
    // ... unless within the tolerance, where it counts as zero; a multiplier that is not finite is refused.
    assertEquals(0, BendersBlock.lagrangian(-0.5e-7, 0, inf, 1e-7), 0);
    assertEquals(0, BendersBlock.lagrangian(-0.5e-4, 0, inf, 1e-4), 0);
    assertTrue(Double.isNaN(BendersBlock.lagrangian(-2e-4, 0, inf, 1e-4)));
    assertTrue(Double.isNaN(BendersBlock.lagrangian(Double.NaN, 0, 1, 1e-4)));
    assertTrue(Double.isNaN(BendersBlock.lagrangian(Double.NEGATIVE_INFINITY, 0, 1, 1e-4)));
    // Duals of another block's rows are refused.
    BendersBlock b = blocks(BASE).get(0);
    double[] everything = new double[BASE.sites().size() * BASE.periods()];
    java.util.Arrays.fill(everything, 1);
    double[] y = b.at(everything, 1, Duration.ZERO).duals();
    assertNull(b.carry(java.util.Arrays.copyOf(y, y.length + 1), 1));
    assertNull(b.carry(null, 1));
  }

  @Test
  void aNetworkOfAnotherShapeTakesNone() {
    BendersLearnt learnt = run(BASE, List.of()).learnt();
    Network other = NetworkGenerator.generate(new NetworkGenerator.Spec(6, 20, 40, 5, 10, 5, 4, 0.8), 7);
    BendersEngine.Run r = run(other, List.of(learnt));
    assertEquals(0, r.carriedCuts());
    assertEquals(SolveStatus.OPTIMAL, r.status());
  }

  @Test
  void aNetworkThatIsOneBlockCarriesItsCutsToo() {
    // One block, whole: the statuses' costs and the rows on statuses alone are in it (BendersSubproblem).
    Network one = NetworkGenerator.generate(NetworkGenerator.Size.S, 2);
    Network more = Parameters.demandScale().at(one, 1.05);
    BendersEngine.Run earlier = run(one, List.of());
    assertEquals(1, earlier.blocks());
    // Valid at every point tried (a block this size changes its optimal basis with demand: not exact).
    assertCarriedCutsValid(earlier, one, more, 20);
    BendersEngine.Run r = run(more, List.of(earlier.learnt()));
    assertTrue(r.carriedCuts() > 0);
    assertEquals(SolveStatus.OPTIMAL, r.status());
    assertEquals(wholeOptimum(more), r.upperBound(), 1e-4 * Math.abs(r.upperBound()));
  }

  @Test
  void aRunHandsOnItsOwnCutsFirstThenThoseItCarried() {
    BendersLearnt first = run(BASE, List.of()).learnt();
    BendersEngine.Run second = run(MORE_DEMAND, List.of(first));
    assertTrue(second.carriedCuts() > 0);
    java.util.Set<double[]> carriedIn = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    first.duals.forEach(carriedIn::addAll);
    int handedOn = 0;
    for (List<double[]> ys : second.learnt().duals) {
      assertTrue(ys.size() <= BendersLearnt.MAX_CUTS);
      boolean carriedSeen = false;
      for (double[] y : ys) {
        boolean carried = carriedIn.contains(y);
        assertFalse(carriedSeen && !carried, "a cut of the run's own after one it carried");
        carriedSeen |= carried;
        handedOn += carried ? 1 : 0;
      }
    }
    assertEquals(second.carriedCuts(), handedOn, "every cut carried in is handed on");
  }

  @Test
  void aRunFromCarriedCutsReachesTheOptimum() {
    BendersLearnt learnt = run(BASE, List.of()).learnt();
    BendersEngine.Run r = run(MORE_DEMAND, List.of(learnt));
    assertTrue(r.carriedCuts() >= 41, "at least a cut a block: " + r.carriedCuts());
    assertEquals(SolveStatus.OPTIMAL, r.status());
    double optimum = wholeOptimum(MORE_DEMAND);
    assertEquals(optimum, r.upperBound(), 1e-4 * Math.abs(optimum));
    assertTrue(r.lowerBound() <= optimum * (1 + 1e-6), "bound " + r.lowerBound() + " above " + optimum);
    // Carried twice (two earlier runs alike): the same duals are one cut.
    BendersEngine.Run twice = run(MORE_DEMAND, List.of(learnt, learnt));
    assertEquals(r.carriedCuts(), twice.carriedCuts());
  }
}
