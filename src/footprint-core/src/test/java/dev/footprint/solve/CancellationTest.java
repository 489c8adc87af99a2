package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A running solve can be stopped: {@link SolveHandle#cancel()} from another thread, an interrupt of
 * the thread blocked in {@link FootprintSolver#solve}, {@code Future.cancel(true)} on a task that
 * solves. Each time the solve returns what the backend had (a verified allocation, or none) with
 * stop reason CANCELLED. The instance is the generated size M, which no backend finishes in the
 * few seconds before the cancellation; each solve still has a time limit, so that backends that
 * cannot be interrupted (and go on detached) end by themselves soon after. The waits are hang
 * guards, not measurements.
 */
class CancellationTest {
  private static final Network M = NetworkGenerator.generate(NetworkGenerator.Size.M, 20260101L);
  private static final Duration LIMIT = Duration.ofSeconds(8);
  private static final Duration GUARD = Duration.ofMinutes(3);

  private static SolveOptions options(Backend backend, CountDownLatch started) {
    return SolveOptions.DEFAULT.withBackend(backend).withTimeLimit(LIMIT)
        .withRelaxIntegrality(!backend.solvesIntegerModels())
        .withProgress(SolveListener.onProgress(p -> started.countDown()));
  }

  private static void assertCancelledOutcome(Solution s) {
    String context = s + " | " + s.stats();
    if (s.status() == SolveStatus.OPTIMAL) {
      assertEquals(StopReason.FINISHED, s.stats().stop(), context); // it finished before the request
      return;
    }
    assertEquals(StopReason.CANCELLED, s.stats().stop(), context);
    if (s.status() == SolveStatus.FEASIBLE) {
      assertTrue(s.verification().orElseThrow().passed(), context);
    } else {
      assertEquals(SolveStatus.NO_SOLUTION, s.status(), context);
      assertThrows(IllegalStateException.class, s::allocation, context);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void cancelFromAnotherThreadStopsTheBackendAndGetReturnsWhatItFound(Backend backend) throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    SolveHandle h = FootprintSolver.create().start(M, options(backend, started));
    assertTrue(started.await(GUARD.toSeconds(), TimeUnit.SECONDS), "no progress from " + backend);
    h.cancel();
    assertTrue(h.isCancelled());
    Solution s = h.get(GUARD);
    assertTrue(h.isDone());
    assertCancelledOutcome(s);
    assertSame(s, h.get(), "the result stays");
    assertTrue(h.progress().isPresent());
  }

  @Test
  void interruptingTheSolvingThreadStopsTheSolveAndKeepsTheFlag() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicReference<Solution> result = new AtomicReference<>();
    AtomicBoolean flagAfter = new AtomicBoolean();
    Thread solving = new Thread(() -> {
      result.set(FootprintSolver.create().solve(M, options(Backend.CP_SAT, started)));
      flagAfter.set(Thread.currentThread().isInterrupted());
    });
    solving.start();
    assertTrue(started.await(GUARD.toSeconds(), TimeUnit.SECONDS));
    solving.interrupt();
    solving.join(GUARD.toMillis());
    assertFalse(solving.isAlive(), "solve() did not return after the interrupt");
    assertCancelledOutcome(result.get());
    assertTrue(flagAfter.get(), "the interrupt flag is set again for the caller");
  }

  @Test
  void futureCancelOfATaskThatSolvesStopsScip() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicReference<Solution> result = new AtomicReference<>();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> task = pool.submit(() -> result.set(FootprintSolver.create().solve(M, options(Backend.SCIP, started))));
      assertTrue(started.await(GUARD.toSeconds(), TimeUnit.SECONDS));
      assertTrue(task.cancel(true));
    } finally {
      pool.shutdown();
      assertTrue(pool.awaitTermination(GUARD.toSeconds(), TimeUnit.SECONDS), "the solving task did not end");
    }
    assertNotNull(result.get(), "solve() returned to the task");
    assertCancelledOutcome(result.get());
  }

  @Test
  void cancelBeforeTheBackendStartsIsHonoured() throws Exception {
    SolveHandle h = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(Backend.CP_SAT).withTimeLimit(LIMIT))
        .start(M);
    h.cancel();
    assertCancelledOutcome(h.get(GUARD));
  }

  @Test
  void manySolvesCancelledAtOnceFromOneThread() throws Exception {
    List<SolveHandle> handles = new ArrayList<>();
    FootprintSolver solver = FootprintSolver.create();
    Network n = FacilityLocation.network(60, 60, 5);
    for (Backend b : Backend.values()) {
      handles.add(solver.start(n, options(b, new CountDownLatch(1))));
    }
    // Cancel once every solve is under way (a first progress report) or over (the LPs are quick).
    long until = System.nanoTime() + GUARD.toNanos();
    while (!handles.stream().allMatch(h -> h.isDone() || h.progress().isPresent()) && System.nanoTime() < until) {
      Thread.sleep(50);
    }
    handles.forEach(SolveHandle::cancel);
    for (SolveHandle h : handles) {
      assertCancelledOutcome(h.get(GUARD));
    }
  }

  @Test
  void aFailingSolveRethrowsFromGet() {
    SolveOptions lpOnly = SolveOptions.DEFAULT.withBackend(Backend.GLOP); // the MILP needs an integer backend
    SolveHandle h = FootprintSolver.create(lpOnly).start(FacilityLocation.network(3, 3, 1));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> h.get(GUARD));
    assertTrue(e.getMessage().startsWith("backend = GLOP"), e.getMessage());
    assertTrue(h.isDone());
  }

  @AfterAll
  static void detachedBackendsEnd() throws InterruptedException {
    long until = System.nanoTime() + GUARD.toNanos();
    while (FootprintSolver.detachedBackends() > 0 && System.nanoTime() < until) {
      Thread.sleep(100);
    }
    assertEquals(0, FootprintSolver.detachedBackends(), "detached backend runs that never ended");
  }
}
