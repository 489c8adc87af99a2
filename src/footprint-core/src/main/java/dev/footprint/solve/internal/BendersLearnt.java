package dev.footprint.solve.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * What a {@link BendersEngine} run of one network learnt that a later run may carry: per block, the block
 * and the row duals of its optimality cuts, those it made newest first, then those it carried in, at
 * most {@link #MAX_CUTS} a block. Handing on the carried ones too was measured: on a Monte Carlo of 200
 * flagship samples over demand, 68.7 s against 103.8 s handing on only a run's own (116.3 s carrying
 * none; benchmarks/RESULTS.md, Cuts carried); the cap keeps the master from growing without end over a
 * long run. A later run of a network whose block of the same index has the same shape
 * and prices ({@link BendersBlock#sameShape}, {@link BendersBlock#samePrices}: the same rows, variables,
 * costs and matrix; bounds and right-hand sides may differ, as under changes of demand, capacity or a
 * pledge's level, and so may what the master prices alone, fixed costs and capex) prices each dual again
 * with its own numbers ({@link BendersBlock#carry}) before its first master: a valid cut by weak duality,
 * exact where the duals stay optimal. A change that adds or drops a row (a linking row is written only
 * where a lane's demand is below its site's capacity) changes the block's shape, and that block takes
 * none. Carried across changed prices the cuts would be valid too, but measured on the flagship's Monte
 * Carlo over a currency and a wage they were weak, and the master they swelled made the run 1.5 times as
 * slow (benchmarks/RESULTS.md, Cuts carried); so blocks whose prices changed take none. At most {@link
 * #MAX_DOUBLES} dual values are kept in all, besides the blocks themselves (a copy of the formulation's
 * rows and terms, which the run holds anyway).
 */
public final class BendersLearnt {
  /** Nothing learnt. */
  public static final BendersLearnt NONE = new BendersLearnt(List.of(), List.of());
  /** The most dual values one run keeps for later runs (16 MB). */
  static final int MAX_DOUBLES = 2_000_000;
  /** The most cuts a block hands on. */
  static final int MAX_CUTS = 1000;

  final List<BendersBlock> blocks;
  /** Per block, the row duals of its cuts. */
  final List<List<double[]>> duals;

  private BendersLearnt(List<BendersBlock> blocks, List<List<double[]>> duals) {
    this.blocks = blocks;
    this.duals = duals;
  }

  /**
   * @param blocks the run's blocks, one theta each (one network)
   * @param master the run's master
   * @param carried per block, the cuts the run carried in (they follow its own)
   * @return the duals of the run's optimality cuts, its own newest first, then those it carried in, up to
   *     {@link #MAX_CUTS} a block and {@link #MAX_DOUBLES} in all
   */
  static BendersLearnt of(List<BendersBlock> blocks, BendersMaster master, List<List<BendersBlock.Cut>> carried) {
    Set<BendersBlock.Cut> in = Collections.newSetFromMap(new IdentityHashMap<>());
    carried.forEach(in::addAll);
    List<List<BendersBlock.Cut>> order = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      List<BendersBlock.Cut> own = new ArrayList<>();
      for (BendersBlock.Cut c : master.cuts.get(b)) {
        if (!in.contains(c)) {
          own.add(c);
        }
      }
      Collections.reverse(own);
      own.addAll(carried.get(b));
      order.add(own);
    }
    List<List<double[]>> duals = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      duals.add(new ArrayList<>());
    }
    long kept = 0;
    // Every block alike, rank by rank, until a cap.
    for (int rank = 0; rank < MAX_CUTS && kept < MAX_DOUBLES; rank++) {
      boolean more = false;
      for (int b = 0; b < blocks.size(); b++) {
        if (rank >= order.get(b).size()) {
          continue;
        }
        more = true;
        double[] y = order.get(b).get(rank).duals();
        if (y != null && kept + y.length <= MAX_DOUBLES) {
          duals.get(b).add(y);
          kept += y.length;
        }
      }
      if (!more) {
        break;
      }
    }
    return new BendersLearnt(List.copyOf(blocks), duals);
  }

  /**
   * The cuts earlier runs' duals make in a run's blocks: each block takes those of the block of the same
   * index where that has its shape and prices; the same duals learnt twice (from two runs alike) make one
   * cut.
   *
   * @param carried what earlier runs learnt
   * @param blocks the run's blocks, one theta each
   * @param scale the objective scale Glop solves the blocks with (its tolerances are in those units)
   * @return per block, its carried cuts
   */
  static List<List<BendersBlock.Cut>> cuts(List<BendersLearnt> carried, List<BendersBlock> blocks, double scale) {
    List<List<BendersBlock.Cut>> out = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      BendersBlock block = blocks.get(b);
      Set<Duals> seen = new HashSet<>();
      List<BendersBlock.Cut> cuts = new ArrayList<>();
      for (BendersLearnt l : carried) {
        if (b >= l.blocks.size() || !block.samePrices(l.blocks.get(b))) {
          continue;
        }
        for (double[] y : l.duals.get(b)) {
          BendersBlock.Cut c = seen.add(new Duals(y)) ? block.carry(y, scale) : null;
          if (c != null) {
            cuts.add(c);
          }
        }
      }
      out.add(cuts);
    }
    return out;
  }

  /** @return the duals kept, one per cut */
  public int cuts() {
    return duals.stream().mapToInt(List::size).sum();
  }

  /** Row duals compared by value. */
  private record Duals(double[] y) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Duals d && Arrays.equals(y, d.y);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(y);
    }
  }
}
