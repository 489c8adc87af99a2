package dev.footprint.solve;

import dev.footprint.model.Network;
import dev.footprint.solve.internal.SolveControl;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Races several backends on the same network, each on a thread of its own with the solve's
 * options, and keeps the first proven answer: the first solve to end {@link SolveStatus#OPTIMAL}
 * (within the gap), {@link SolveStatus#INFEASIBLE} or {@link SolveStatus#UNBOUNDED} wins, and the
 * others are cancelled. If none proves its answer (time limits), the best allocation wins: the
 * lowest cost among those with one. A backend that refuses the model (CP-SAT off its grid, say)
 * drops out of the race; only if every backend fails does the solve throw, with the first failure.
 *
 * <p>Progress and log lines of every racer reach the solve's listener on the calling thread, one
 * call at a time, as for a single backend; {@link SolveProgress#backend()} tells them apart. The
 * winner's {@link SolverStats} are the solution's. A cancelled racer that OR-Tools cannot interrupt
 * (HiGHS, CBC, PDLP) runs on detached until it stops by itself, as after any cancellation (see
 * {@link SolveHandle}).
 */
final class Portfolio {
  private static final long TICK_NANOS = 20_000_000L;

  private Portfolio() {}

  /**
   * @param options the solve's options
   * @return the backends to race: the options' backend first, then its rivals, each once
   */
  static List<Backend> racers(SolveOptions options) {
    Set<Backend> all = new LinkedHashSet<>();
    all.add(options.backend());
    all.addAll(options.portfolio());
    return List.copyOf(all);
  }

  /**
   * Runs the race; see the class comment.
   *
   * @param network the network
   * @param options the options, with a portfolio
   * @param control the solve's cancellation and listener
   * @return the winner's solution
   */
  static Solution solve(Network network, SolveOptions options, SolveControl control) {
    ConcurrentLinkedQueue<Runnable> events = new ConcurrentLinkedQueue<>();
    SolveListener outer = options.progress();
    SolveListener queued = new SolveListener() {
      @Override
      public void progress(SolveProgress progress) {
        events.add(() -> outer.progress(progress));
      }

      @Override
      public void log(String line) {
        events.add(() -> outer.log(line));
      }
    };
    List<Backend> racers = racers(options);
    List<SolveHandle> handles = new ArrayList<>();
    for (Backend b : racers) {
      SolveOptions one = options.withBackend(b).withPortfolio(List.of()).withProgress(queued);
      handles.add(SolveHandle.start(network, one));
    }
    boolean interrupted = false;
    RuntimeException listenerFailure = null;
    Solution winner = null;
    try {
      while (true) {
        boolean allDone = true;
        for (SolveHandle h : handles) {
          if (!h.isDone()) {
            allDone = false;
          } else if (winner == null) {
            Solution s = outcome(h);
            if (s != null && proven(s)) {
              winner = s;
            }
          }
        }
        if (listenerFailure == null) {
          try {
            for (Runnable e = events.poll(); e != null; e = events.poll()) {
              e.run();
            }
          } catch (RuntimeException e) {
            listenerFailure = e;
          }
        }
        if (winner != null || allDone) {
          break;
        }
        if (listenerFailure != null || control.isCancelled() || Thread.currentThread().isInterrupted()) {
          if (Thread.interrupted()) {
            interrupted = true;
          }
          handles.forEach(SolveHandle::cancel);
        }
        try {
          TimeUnit.NANOSECONDS.sleep(TICK_NANOS);
        } catch (InterruptedException e) {
          interrupted = true;
          handles.forEach(SolveHandle::cancel);
        }
      }
      handles.forEach(SolveHandle::cancel);
      if (winner == null) {
        winner = best(handles);
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    if (listenerFailure != null) {
      throw listenerFailure;
    }
    return winner;
  }

  private static boolean proven(Solution s) {
    SolveStatus st = s.status();
    return st == SolveStatus.OPTIMAL || st == SolveStatus.INFEASIBLE || st == SolveStatus.UNBOUNDED;
  }

  /** @return the handle's solution, or null if it threw */
  private static Solution outcome(SolveHandle h) {
    try {
      return h.result().join();
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Every racer has ended and none proved its answer: the lowest cost wins, else the first outcome. */
  private static Solution best(List<SolveHandle> handles) {
    Solution best = null;
    RuntimeException first = null;
    for (SolveHandle h : handles) {
      Solution s;
      try {
        s = h.result().join();
      } catch (java.util.concurrent.CompletionException e) {
        if (first == null) {
          first = e.getCause() instanceof RuntimeException re ? re : e;
        }
        continue;
      }
      if (best == null
          || (s.hasAllocation() && (!best.hasAllocation() || s.objective() < best.objective()))) {
        best = s;
      }
    }
    if (best == null) {
      throw first;
    }
    return best;
  }
}
