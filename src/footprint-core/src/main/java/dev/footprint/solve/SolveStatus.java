package dev.footprint.solve;

/** What came of a solve. Only {@link #OPTIMAL} and {@link #FEASIBLE} carry an allocation. */
public enum SolveStatus {
  /** Proven optimal within the relative gap asked for. */
  OPTIMAL,
  /** A limit was hit with a feasible allocation in hand; the best bound and gap say how good it is. */
  FEASIBLE,
  /** No allocation meets every constraint. */
  INFEASIBLE,
  /** The cost can decrease without bound (only with negative costs and no limit on volumes). */
  UNBOUNDED,
  /** A limit was hit, or the backend stopped, with no feasible allocation found. */
  NO_SOLUTION;

  /** @return whether a solution with this status holds an allocation */
  public boolean hasAllocation() {
    return this == OPTIMAL || this == FEASIBLE;
  }
}
