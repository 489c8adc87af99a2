package dev.footprint.solve.internal;

import dev.footprint.solve.SolveStatus;
import dev.footprint.solve.StopReason;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one backend call on a native thread while the calling thread waits for it, enforces the time
 * limit and cancellation, and delivers progress.
 *
 * <p>The backend runs on a daemon thread of its own ({@code footprint-backend-N}), never on the
 * caller's: a native call cannot be interrupted by {@link Thread#interrupt()}, so the caller waits
 * instead, and can react to an interrupt, a {@link SolveControl#cancel() cancellation} or the
 * deadline while the backend runs. On any of them it asks the backend to stop ({@link
 * Job#interrupt()}: CP-SAT and Glop through {@code ModelSolverHelper.interruptSolve}, SCIP through
 * {@code MPSolver.interruptSolve}), then waits a little for the backend to return what it has. HiGHS,
 * CBC and PDLP cannot be interrupted in OR-Tools 9.15; for them, and for a backend that does not
 * stop in time, the caller stops waiting: it takes the best solution known without touching native
 * memory ({@link Job#snapshot}: HiGHS's improving-solution file) and returns, and the backend is
 * <i>detached</i>: its thread runs on until the backend stops by itself (its own time limit, or the
 * end of the search), then releases the native memory. {@link #detached()} counts those.
 *
 * <p>Deadlines, measured from the moment the backend starts: every backend gets the time limit
 * itself; at 1.01 times the limit plus 10 ms the caller asks it to stop, and at 1.03 times plus 30
 * ms (interruptible backends, which usually return their incumbent by then: 1.05 times plus 40 ms)
 * it stops waiting. That leaves a few percent of the limit for reading the answer (extraction and
 * verification: 0.1 s for Glop's LP at size M), within a total overrun of 10%. After a cancellation an
 * interruptible backend has {@link #CANCEL_GRACE} to return its incumbent.
 */
final class NativeCall {
  /** How long an interruptible backend may take to stop after a cancellation. */
  static final Duration CANCEL_GRACE = Duration.ofSeconds(2);
  private static final long TICK_NANOS = 100_000_000L;
  /** From this size on (size M has 205,396 nonzeros), a backend's answer goes before its memory is freed. */
  static final long ANSWER_FIRST_NONZEROS = 100_000;
  private static final AtomicInteger DETACHED = new AtomicInteger();
  private static final AtomicInteger BUSY = new AtomicInteger();
  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();
  private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "footprint-backend-" + THREAD_NUMBER.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  private NativeCall() {}

  /**
   * One backend run: prepared on the calling thread, {@link #run() run} on the native thread.
   * {@link #interrupt()} and {@link #cleanup()} are called under the job's lock, so that a stop
   * request never reaches a backend object already released.
   */
  abstract static class Job {
    private boolean finished;
    private boolean detached;
    private volatile boolean stopRequested;

    /** @return the backend's answer (native thread) */
    abstract RawResult run();

    /** @return whether {@link #interrupt()} stops this backend */
    abstract boolean interruptible();

    /** Asks the backend to stop. */
    void interrupt() {}

    /**
     * @return the best solution known now, read without touching native memory, or null
     */
    RawResult snapshot() {
      return null;
    }

    /**
     * Gathers progress the backend left outside its log (the waiting thread, every tick).
     *
     * @param control where to report it
     */
    void poll(SolveControl control) {}

    /** Releases what the job created for the run (native thread, after the run). */
    void cleanup() {}

    /** @return whether a stop was asked for: a status the backend then reports as an error means "stopped" */
    final boolean stopRequested() {
      return stopRequested;
    }

    final synchronized boolean requestStop() {
      stopRequested = true;
      if (finished) {
        return false;
      }
      if (interruptible()) {
        interrupt();
        return true;
      }
      return false;
    }
  }

  /** @return backend runs still going on after their solve returned */
  static int detached() {
    return DETACHED.get();
  }

  /** @return backend threads not yet done: running, or releasing native memory after their answer */
  static int busy() {
    return BUSY.get();
  }

  /**
   * Runs a job on a native thread and waits for it; see the class comment.
   *
   * @param job the job
   * @param model the model it solves: held for the run, released by the native thread after it
   * @param limit the time limit, zero for none
   * @param control cancellation and progress
   * @param closeAfter whether the model is the run's alone: then the native thread deletes it after
   *     handing over the answer, and the caller must not use it again
   * @return the backend's answer, or what was known when the caller stopped waiting
   * @throws RuntimeException what the backend threw, or what the listener threw
   */
  static RawResult run(Job job, NativeModel model, Duration limit, SolveControl control, boolean closeAfter) {
    model.acquire();
    if (closeAfter) {
      model.close(); // deleted by the backend's thread once it has handed over its answer
    }
    CompletableFuture<RawResult> done = new CompletableFuture<>();
    long start = System.nanoTime();
    try {
      BUSY.incrementAndGet();
      THREADS.execute(() -> onNativeThread(job, model, done));
    } catch (RuntimeException e) {
      BUSY.decrementAndGet();
      job.cleanup();
      model.release();
      throw e;
    }
    long limitNanos = limit.isZero() ? -1 : limit.toNanos();
    long stopAt = limitNanos < 0 ? Long.MAX_VALUE : start + limitNanos + limitNanos / 100 + 10_000_000L;
    long abandonAt = Long.MAX_VALUE;
    StopReason requested = null;
    boolean interrupted = false;
    RuntimeException listenerFailure = null;
    RawResult result = null;
    while (result == null) {
      if (done.isDone()) {
        try {
          result = outcome(done);
        } catch (RuntimeException | Error e) {
          if (interrupted) {
            Thread.currentThread().interrupt();
          }
          throw e;
        }
        break;
      }
      long now = System.nanoTime();
      if (requested == null) {
        StopReason want = control.isCancelled() || listenerFailure != null ? StopReason.CANCELLED
            : now - stopAt >= 0 ? StopReason.TIME_LIMIT : null;
        if (want != null) {
          requested = want;
          boolean stopping = job.requestStop();
          if (want == StopReason.TIME_LIMIT) {
            abandonAt = start + limitNanos + limitNanos / (stopping ? 20 : 33) + (stopping ? 40 : 30) * 1_000_000L;
          } else {
            abandonAt = now + (stopping ? CANCEL_GRACE.toNanos() : 0);
          }
        }
      }
      if (requested != null && now - abandonAt >= 0) {
        synchronized (job) {
          if (!job.finished) {
            job.detached = true;
            DETACHED.incrementAndGet();
          }
        }
        if (job.detached) {
          RawResult snap = job.snapshot();
          long nanos = System.nanoTime() - start;
          result = (snap != null ? snap : RawResult.none("stopped waiting for the backend (" + requested + ")", nanos))
              .withStop(requested, true, nanos);
          break;
        }
        // it finished meanwhile: its answer comes as soon as its thread has released the model
        try {
          done.get(1, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
          // checked at the top of the loop
        } catch (InterruptedException e) {
          interrupted = true;
        }
        continue;
      }
      if (listenerFailure == null) {
        try {
          job.poll(control);
          control.deliver(now - start, true);
        } catch (RuntimeException e) {
          listenerFailure = e;
          control.cancel();
          continue;
        }
      }
      long next = Math.min(now + TICK_NANOS, requested == null ? stopAt : abandonAt);
      try {
        done.get(Math.max(1_000_000L, next - now), TimeUnit.NANOSECONDS);
      } catch (TimeoutException | ExecutionException e) {
        // checked at the top of the loop
      } catch (InterruptedException e) {
        interrupted = true;
        control.cancel();
      }
    }
    if (listenerFailure == null) {
      try {
        job.poll(control);
        control.deliver(System.nanoTime() - start, false);
      } catch (RuntimeException e) {
        listenerFailure = e;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (listenerFailure != null) {
      throw listenerFailure;
    }
    if (!result.detached()) {
      result = result.withStop(stopOf(result, requested, limitNanos), false, result.solveNanos());
    }
    return result;
  }

  private static StopReason stopOf(RawResult r, StopReason requested, long limitNanos) {
    SolveStatus s = r.status();
    if (s == SolveStatus.OPTIMAL || s == SolveStatus.INFEASIBLE || s == SolveStatus.UNBOUNDED) {
      return StopReason.FINISHED;
    }
    if (requested != null) {
      return requested;
    }
    return limitNanos > 0 ? StopReason.TIME_LIMIT : StopReason.FINISHED;
  }

  private static RawResult outcome(CompletableFuture<RawResult> done) {
    try {
      return done.join();
    } catch (java.util.concurrent.CompletionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("the backend failed", c);
    }
  }

  private static void onNativeThread(Job job, NativeModel model, CompletableFuture<RawResult> done) {
    RawResult r = null;
    Throwable failure = null;
    try {
      r = job.run();
    } catch (Throwable t) {
      failure = t;
    }
    boolean wasDetached;
    synchronized (job) {
      job.finished = true; // no stop request reaches the backend's objects from here on
      wasDetached = job.detached;
    }
    // A large model's answer goes first: freeing its memory takes long (SCIP's: 0.35 s at size M, 1.8 s
    // at L), and the caller's time limit should not pay for it. A small model's memory is freed first,
    // so that this thread is free again when the caller's next solve starts and takes it (one thread,
    // one malloc arena, for a long run of small solves).
    boolean answerFirst = model.nonzeros() >= ANSWER_FIRST_NONZEROS;
    if (answerFirst) {
      complete(done, r, failure);
    }
    try {
      job.cleanup();
    } finally {
      model.release(); // deletes the model if its solve closed it meanwhile
      if (wasDetached) {
        DETACHED.decrementAndGet();
      }
      BUSY.decrementAndGet();
      if (!answerFirst) {
        complete(done, r, failure);
      }
    }
  }

  private static void complete(CompletableFuture<RawResult> done, RawResult r, Throwable failure) {
    if (failure != null) {
      done.completeExceptionally(failure);
    } else {
      done.complete(r);
    }
  }
}
