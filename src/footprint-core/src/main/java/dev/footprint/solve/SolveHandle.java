package dev.footprint.solve;

import dev.footprint.model.Network;
import dev.footprint.solve.internal.SolveControl;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A solve running on a thread of the library's, from {@link FootprintSolver#start}.
 *
 * <pre>{@code
 * SolveHandle h = solver.start(network);
 * ...
 * h.cancel();                  // from any thread: stops the backend
 * Solution s = h.get();        // the best solution found so far
 * }</pre>
 *
 * <p>Unlike a {@link java.util.concurrent.Future}, a cancelled solve still has a result: {@link
 * #cancel()} asks the backend to stop, and {@link #get()} returns the best allocation it found
 * ({@link SolveStatus#FEASIBLE}) or none ({@link SolveStatus#NO_SOLUTION}), with {@link
 * SolverStats#stop()} {@link StopReason#CANCELLED}. An interruptible backend (SCIP, CP-SAT, Glop)
 * is given up to two seconds to stop and hand over its incumbent; one that cannot be interrupted
 * (HiGHS, CBC, PDLP) is not waited for (see {@link SolverStats#detached()}). The time limit of the
 * options applies as in {@link FootprintSolver#solve}. Thread-safe.
 */
public final class SolveHandle {
  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
  private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "footprint-solve-" + THREAD_NUMBER.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  private final SolveControl control;
  private final CompletableFuture<Solution> result = new CompletableFuture<>();

  private SolveHandle(SolveControl control) {
    this.control = control;
  }

  static SolveHandle start(Network network, SolveOptions options) {
    SolveHandle h = new SolveHandle(SolveControl.of(options));
    WORKERS.execute(() -> {
      try {
        h.result.complete(FootprintSolver.solve(network, options, h.control));
      } catch (Throwable t) {
        h.result.completeExceptionally(t);
      }
    });
    return h;
  }

  /**
   * Asks the solve to stop: the backend is interrupted where OR-Tools allows it, and {@link #get()}
   * then returns the best solution found. Idempotent; any thread; no effect once the solve is done.
   */
  public void cancel() {
    control.cancel();
  }

  /** @return whether {@link #cancel()} was called */
  public boolean isCancelled() {
    return control.isCancelled();
  }

  /** @return whether the solve has ended, with a solution or an exception */
  public boolean isDone() {
    return result.isDone();
  }

  /**
   * Waits for the solve to end.
   *
   * @return the solution, cancelled or not
   * @throws InterruptedException if the waiting thread is interrupted (the solve goes on; call
   *     {@link #cancel()} to stop it)
   * @throws RuntimeException what the solve threw: an {@link IllegalArgumentException} for options
   *     that do not fit the network, a {@link VerificationException}, or what a listener threw
   */
  public Solution get() throws InterruptedException {
    try {
      return result.get();
    } catch (ExecutionException e) {
      throw unwrap(e.getCause());
    }
  }

  /**
   * Waits at most the given time for the solve to end.
   *
   * @param timeout how long to wait
   * @return the solution, cancelled or not
   * @throws InterruptedException if the waiting thread is interrupted (the solve goes on)
   * @throws TimeoutException if the solve has not ended in time (it goes on)
   * @throws RuntimeException what the solve threw, as for {@link #get()}
   */
  public Solution get(Duration timeout) throws InterruptedException, TimeoutException {
    try {
      return result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (ExecutionException e) {
      throw unwrap(e.getCause());
    }
  }

  /**
   * @return a future of the solution, completed when the solve ends (exceptionally if it throws);
   *     cancelling that future does not stop the solve: call {@link #cancel()}
   */
  public CompletableFuture<Solution> toCompletableFuture() {
    return result.copy();
  }

  /** @return the solve's own future (for the portfolio, which reads its racers' outcomes) */
  CompletableFuture<Solution> result() {
    return result;
  }

  /** @return the progress the backend reported last, if any */
  public Optional<SolveProgress> progress() {
    return control.latest();
  }

  private static RuntimeException unwrap(Throwable t) {
    Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    if (c instanceof RuntimeException re) {
      return re;
    }
    if (c instanceof Error e) {
      throw e;
    }
    return new IllegalStateException("the solve failed", c);
  }
}
