package dev.footprint.solve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A block's program kept in Glop from solve to solve ({@link BendersLp}, from a block's second solve
 * in a run on): solved again at one point after another, starting from the last basis, it gives the
 * value a program written afresh gives at each point; its duals price the program at that value (so its cuts are exact there); every cut holds
 * at every other point, below the block's value there; and a released program is written again.
 */
class BendersLpTest {
  /** The objective scale the blocks are solved with: costs of millions seen as units. */
  private static final double SCALE = 1e-4;
  /** A generated S network that falls into 41 blocks once its statuses are fixed. */
  private static final Network BASE = NetworkGenerator.generate(NetworkGenerator.Size.S, 20260101L);

  private static List<BendersBlock> blocks() {
    List<BendersBlock> blocks = BendersCarryTest.blocks(BASE);
    // As a run over several regimes keeps them.
    blocks.forEach(b -> b.keepWarm(true));
    return blocks;
  }

  @Test
  void warmSolvesAgreeWithFreshOnesAndTheirCutsHoldEverywhere() {
    int columns = BASE.sites().size() * BASE.periods();
    Random random = new Random(7);
    List<double[]> points = new ArrayList<>();
    double[] open = new double[columns];
    Arrays.fill(open, 1);
    points.add(open);
    for (int k = 0; k < 6; k++) {
      double[] x = new double[columns];
      for (int j = 0; j < columns; j++) {
        x[j] = random.nextDouble() < 0.7 ? 1 : 0;
      }
      points.add(x);
    }
    List<BendersBlock> warm = blocks();
    int blocks = Math.min(12, warm.size());
    // cuts[b][p]: block b's cut at point p, solved warm (each block's points one after another).
    BendersBlock.Cut[][] cuts = new BendersBlock.Cut[blocks][points.size()];
    int optimal = 0;
    try {
      for (int p = 0; p < points.size(); p++) {
        List<BendersBlock> fresh = blocks();
        try {
          for (int b = 0; b < blocks; b++) {
            // Glop sees the costs times SCALE, as a run's blocks see them in the formulation's scale.
            BendersBlock.Cut w = warm.get(b).at(points.get(p), SCALE, Duration.ZERO);
            BendersBlock.Cut c = fresh.get(b).at(points.get(p), SCALE, Duration.ZERO);
            assertNotNull(w, "block " + b + ", point " + p);
            assertNotNull(c, "block " + b + ", point " + p);
            assertEquals(c.optimality(), w.optimality(), "block " + b + ", point " + p);
            cuts[b][p] = w;
            if (w.optimality()) {
              double size = Math.max(1, Math.abs(c.value()));
              assertEquals(c.value(), w.value(), 1e-7 * size, "block " + b + ", point " + p + ": value");
              assertEquals(w.value(), w.at(points.get(p)), 1e-6 * size, "the cut is exact at its point");
              // Its duals priced again (the Lagrangian) give the value: they are optimal duals.
              BendersBlock.Cut priced = warm.get(b).carry(w.duals(), SCALE);
              assertNotNull(priced, "block " + b + ", point " + p);
              assertEquals(w.value(), priced.at(points.get(p)), 1e-6 * size, "block " + b + ", point " + p
                  + ": the Lagrangian of the duals");
              optimal++;
            }
          }
        } finally {
          fresh.forEach(BendersBlock::release);
        }
      }
      for (int b = 0; b < blocks; b++) {
        for (int p = 0; p < points.size(); p++) {
          BendersBlock.Cut own = cuts[b][p];
          if (!own.optimality()) {
            continue;
          }
          for (int q = 0; q < points.size(); q++) {
            if (cuts[b][q].optimality()) {
              double v = cuts[b][q].value();
              assertTrue(own.at(points.get(q)) <= v + 1e-6 * Math.max(1, Math.abs(v)), "block " + b + ": the cut of"
                  + " point " + p + " at point " + q + " is " + own.at(points.get(q)) + ", above the value " + v);
            }
          }
        }
      }
    } finally {
      warm.forEach(BendersBlock::release);
    }
    assertTrue(optimal >= blocks * points.size() / 2, optimal + " optimality cuts compared");
  }

  /**
   * A block kept warm is written afresh at its first solve and kept from its second; a release deletes
   * the kept program and turns keeping off until a run asks again; a block not kept warm keeps nothing.
   */
  @Test
  void aBlockIsKeptFromItsSecondSolveUntilReleased() {
    List<BendersBlock> blocks = blocks();
    BendersBlock b = blocks.get(0);
    double[] open = new double[BASE.sites().size() * BASE.periods()];
    Arrays.fill(open, 1);
    double[] closed = new double[open.length];
    try {
      BendersBlock.Cut first = b.at(open, 1, Duration.ZERO);
      assertFalse(b.keptWarm(), "the first solve is written afresh");
      BendersBlock.Cut warm = b.at(closed, 1, Duration.ZERO);
      assertTrue(b.keptWarm(), "the second is kept");
      BendersBlock.Cut warmAgain = b.at(open, 1, Duration.ZERO);
      assertEquals(first.optimality(), warmAgain.optimality());
      assertEquals(first.value(), warmAgain.value(), 1e-7 * Math.max(1, Math.abs(first.value())));
      b.release();
      b.release();
      assertFalse(b.keptWarm());
      BendersBlock.Cut afresh = b.at(closed, 1, Duration.ZERO);
      b.at(open, 1, Duration.ZERO);
      assertFalse(b.keptWarm(), "released: written afresh until a run keeps it warm again");
      assertEquals(warm.optimality(), afresh.optimality());
      if (warm.optimality()) {
        assertEquals(warm.value(), afresh.value(), 1e-7 * Math.max(1, Math.abs(warm.value())));
      }
      b.keepWarm(true);
      b.at(closed, 1, Duration.ZERO);
      b.at(open, 1, Duration.ZERO);
      assertTrue(b.keptWarm());
    } finally {
      blocks.forEach(BendersBlock::release);
    }
    List<BendersBlock> one = BendersCarryTest.blocks(BASE);
    BendersBlock cold = one.get(0);
    for (int k = 0; k < 3; k++) {
      cold.at(k % 2 == 0 ? open : closed, 1, Duration.ZERO);
    }
    assertFalse(cold.keptWarm(), "one network's run keeps nothing");
  }

  @Test
  void aSmallProgramByHandAndAClosedOneRefused() {
    BendersLp lp = new BendersLp(1, new double[] {2}, new double[] {1}, new double[] {Double.POSITIVE_INFINITY},
        new int[] {0}, new int[] {0}, new double[] {1}, 5, 1);
    // min 2 v + 5 with v >= 1 and 0 <= v <= 3: 7, the row's dual 2, v's reduced cost 0.
    RawResult r = lp.solve(new double[] {0}, new double[] {3}, Duration.ZERO);
    assertEquals(7, r.objective(), 1e-9);
    assertEquals(2, r.duals()[0], 1e-9);
    assertEquals(0, r.reducedCosts()[0], 1e-9);
    // v fixed at 2: 9; the row is slack, its dual 0, and v's reduced cost its cost, 2.
    RawResult fixed = lp.solve(new double[] {2}, new double[] {2}, Duration.ZERO);
    assertEquals(9, fixed.objective(), 1e-9);
    assertEquals(0, fixed.duals()[0], 1e-9);
    assertEquals(2, fixed.reducedCosts()[0], 1e-9);
    // Solved in other units (costs times 1e-3 for Glop), the answer comes back in the program's own.
    BendersLp scaled = new BendersLp(1, new double[] {2}, new double[] {1}, new double[] {Double.POSITIVE_INFINITY},
        new int[] {0}, new int[] {0}, new double[] {1}, 5, 1e-3);
    RawResult s = scaled.solve(new double[] {0}, new double[] {3}, Duration.ZERO);
    scaled.close();
    assertEquals(7, s.objective(), 1e-9);
    assertEquals(2, s.duals()[0], 1e-9);
    lp.close();
    lp.close();
    assertThrows(IllegalStateException.class, () -> lp.solve(new double[] {0}, new double[] {3}, Duration.ZERO));
  }
}
