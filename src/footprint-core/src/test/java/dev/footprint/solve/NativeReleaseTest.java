package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Network;
import dev.footprint.solve.internal.Engine;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Native memory is released by the library's own threads, never left to the garbage collector: a
 * backend's thread deletes its solver objects and the model right after handing over its answer, and
 * a detached backend's thread does so when the backend stops. A live model left to a detached
 * backend is not touched again: it solves on a fresh copy.
 */
class NativeReleaseTest {
  private static final Duration GUARD = Duration.ofMinutes(2); // a hang guard, not a measurement

  private static void awaitNoBusyBackendThread() throws InterruptedException {
    long until = System.nanoTime() + GUARD.toNanos();
    while (Engine.busyBackendThreads() > 0 && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertEquals(0, Engine.busyBackendThreads(), "a backend thread that never released its native memory");
  }

  @Test
  void everyBackendThreadEndsAfterItsSolve() throws InterruptedException {
    Network n = FacilityLocation.network(8, 8, 2);
    for (Backend b : Backend.values()) {
      Solution s = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(b).withRelaxIntegrality(!b.solvesIntegerModels())
          .withTimeLimit(Duration.ofSeconds(30))).solve(n);
      assertTrue(s.hasAllocation(), b + ": " + s.stats());
      awaitNoBusyBackendThread();
    }
  }

  @Test
  void liveModelLeftToADetachedBackendSolvesOnAFreshCopy() throws InterruptedException {
    Network n = FacilityLocation.network(50, 50, 1);
    double optimum = FootprintSolver.create(SolveOptions.DEFAULT.withRelativeGap(0)).solve(n).objective();
    try (LiveModel live = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(Backend.HIGHS).withRelativeGap(0))
        .open(n)) {
      // HiGHS cannot be interrupted: an interrupted solve returns at once and leaves HiGHS detached.
      Thread.currentThread().interrupt();
      Solution first = live.solve();
      assertTrue(Thread.interrupted(), "the flag is set again (and cleared here)");
      assertEquals(StopReason.CANCELLED, first.stats().stop(), first.stats().toString());
      assertTrue(first.stats().detached(), first.stats().toString());
      // The next update and solve do not wait for that HiGHS, nor change the model under it.
      live.update(n);
      Solution second = live.solve();
      assertEquals(SolveStatus.OPTIMAL, second.status(), second.stats().toString());
      assertEquals(optimum, second.objective(), 1e-6 * optimum);
    }
    awaitNoBusyBackendThread();
  }
}
