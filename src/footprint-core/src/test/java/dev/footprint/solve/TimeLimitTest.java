package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Network;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A solve stopped by its time limit comes back as a status, never as a fake allocation: FEASIBLE
 * with a verified allocation no better than the optimum, NO_SOLUTION with none, or OPTIMAL if the
 * backend finished in time. No assertion here is about time: how close each backend stays to its
 * limit is measured by the benchmarks' {@code TimeLimitRun} (benchmarks/RESULTS.md).
 */
class TimeLimitTest {
  private static final Network NETWORK = FacilityLocation.network(50, 50, 1);
  private static final Duration TINY = Duration.ofMillis(200);
  private static double milpOptimum;
  private static double lpOptimum;

  @BeforeAll
  static void optima() {
    milpOptimum = FootprintSolver.create(SolveOptions.DEFAULT.withRelativeGap(0)).solve(NETWORK).objective();
    lpOptimum = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(Backend.GLOP).withRelaxIntegrality(true))
        .solve(NETWORK).objective();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void tinyLimitGivesAStatusAndOnlyVerifiedAllocations(Backend backend) {
    SolveOptions o = SolveOptions.DEFAULT.withBackend(backend).withTimeLimit(TINY)
        .withRelaxIntegrality(!backend.solvesIntegerModels());
    Solution s = FootprintSolver.create(o).solve(NETWORK);
    double optimum = backend.solvesIntegerModels() ? milpOptimum : lpOptimum;
    String context = backend + ": " + s + " | " + s.stats();
    switch (s.status()) {
      case OPTIMAL -> {
        assertEquals(StopReason.FINISHED, s.stats().stop(), context);
        assertTrue(s.verification().orElseThrow().passed(), context);
        assertEquals(optimum, s.objective(), 1e-6 * optimum, context);
      }
      case FEASIBLE -> {
        assertEquals(StopReason.TIME_LIMIT, s.stats().stop(), context);
        assertTrue(s.verification().orElseThrow().passed(), context);
        assertTrue(s.objective() >= optimum - 1e-6 * optimum, context);
      }
      case NO_SOLUTION -> {
        assertEquals(StopReason.TIME_LIMIT, s.stats().stop(), context);
        assertFalse(s.hasAllocation(), context);
        assertThrows(IllegalStateException.class, s::allocation, context);
        assertTrue(s.verification().isEmpty(), context);
        assertTrue(Double.isNaN(s.stats().objective()), context);
      }
      default -> throw new AssertionError("a feasible network ended " + context);
    }
    assertNotEquals(StopReason.CANCELLED, s.stats().stop(), context);
  }

  /** Backends left running past their limit stop by themselves and release their native memory. */
  @AfterAll
  static void detachedBackendsEnd() throws InterruptedException {
    long until = System.nanoTime() + Duration.ofMinutes(3).toNanos(); // a hang guard, not a measurement
    while (FootprintSolver.detachedBackends() > 0 && System.nanoTime() < until) {
      Thread.sleep(100);
    }
    assertEquals(0, FootprintSolver.detachedBackends(), "detached backend runs that never ended");
  }
}
