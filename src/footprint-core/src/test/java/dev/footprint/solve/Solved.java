package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Network;

/** Solves for the hand-computed tests and checks what every such solve must hold. */
final class Solved {
  private static final double TOL = 1e-6;

  private Solved() {}

  /**
   * Solves with the default options on one backend and checks the answer is OPTIMAL, passes
   * verification, and that the solver's own objective equals the cost recomputed from the allocation
   * alone (to 1e-6, relative above 1).
   *
   * @param n the network
   * @param backend the backend
   * @return the solution
   */
  static Solution optimal(Network n, Backend backend) {
    Solution s = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(backend)).solve(n);
    assertEquals(SolveStatus.OPTIMAL, s.status(), s.toString());
    assertTrue(s.verification().orElseThrow().passed(), s.verification().toString());
    assertEquals(s.evaluation().total(), s.stats().objective(), TOL * Math.max(1, Math.abs(s.objective())));
    return s;
  }
}
