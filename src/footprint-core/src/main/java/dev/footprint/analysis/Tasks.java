package dev.footprint.analysis;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for the solves an analysis runs on a pool of its own. */
final class Tasks {
  private Tasks() {}

  /**
   * @param f a solve submitted to the analysis's pool
   * @param what the analysis, for the message of an interrupt
   * @param <T> the result type
   * @return its result
   * @throws CancellationException if the waiting thread is interrupted (its flag is set again)
   * @throws RuntimeException what the task threw, as it was
   */
  static <T> T await(Future<T> f, String what) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException(what + " interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
