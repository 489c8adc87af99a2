package dev.footprint.solve.internal;

import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;

/**
 * A model held in native memory by one of OR-Tools' two model APIs: the model builder ({@link
 * OrToolsModel}, solved by {@code ModelSolverHelper}) or an {@code MPSolver} ({@link MpSolverModel},
 * the only route on which SCIP can be interrupted and the only one that offers CBC).
 *
 * <p>Its native memory is released deterministically, but never under a running backend: a backend
 * call {@link #acquire() acquires} the model and {@link #release() releases} it when the native call
 * returns, and {@link #close()} while it is acquired only marks it, the last release then deleting
 * it. A solve that stops waiting for a backend that cannot be interrupted (see {@link NativeCall})
 * thus leaves the model to be released by the backend's thread when the backend stops by itself.
 */
public abstract sealed class NativeModel implements LinearModel, AutoCloseable permits OrToolsModel, MpSolverModel {
  private int users;
  private boolean closeRequested;
  private boolean deleted;
  /** What the backend's objective is in the user's: every objective coefficient and the offset times this. */
  double objectiveScale = 1;

  NativeModel() {
    NativeLibrary.load();
  }

  /**
   * The model kind a backend solves: an {@code MPSolver} for SCIP (interruptible there) and CBC
   * (offered there only), the model builder for the others, with a leading integer column for HiGHS
   * when the model has integer variables (see {@link OrToolsModel}).
   *
   * @param options the solve options
   * @param integer whether the model will have integer variables
   * @return an empty model
   */
  static NativeModel create(SolveOptions options, boolean integer) {
    Backend b = options.backend();
    if (usesMpSolver(b)) {
      return new MpSolverModel(b, integer);
    }
    return new OrToolsModel(integer && b == Backend.HIGHS);
  }

  /** @return whether a backend is run through an {@code MPSolver} when given the choice */
  static boolean usesMpSolver(Backend backend) {
    return backend == Backend.SCIP || backend == Backend.CBC;
  }

  /**
   * Makes the backend see the objective in other units: every objective coefficient and the
   * objective offset written from now on is multiplied by {@code scale}, and {@link BackendRunner}
   * divides every objective, bound, incumbent and dual coming back by it (see {@link
   * Formulation#objectiveScale()}). Call it before the first variable is written.
   *
   * @param scale a positive factor, 1 for none
   * @throws IllegalStateException if a variable was written already
   */
  public final void scaleObjective(double scale) {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("objective scale " + scale + " is not a positive number");
    }
    if (variables() > 0) {
      throw new IllegalStateException("the objective scale must be set before the first variable");
    }
    objectiveScale = scale;
  }

  /** @return the factor the backend's objective is the user's times (1 unless {@link #scaleObjective} set it) */
  public final double objectiveScale() {
    return objectiveScale;
  }

  /** @return variables written, without any column added for the backend's sake */
  public abstract int variables();

  /** @return rows written */
  public abstract int constraints();

  /** @return integer variables written */
  public abstract int integerVariables();

  /** @return nonzeros written */
  public abstract long nonzeros();

  /** Releases the native objects; called once, when the model is closed and no backend uses it. */
  abstract void delete();

  /**
   * Marks the model as used by a backend call.
   *
   * @throws IllegalStateException if it is closed
   */
  final synchronized void acquire() {
    if (closeRequested) {
      throw new IllegalStateException("the native model is closed");
    }
    users++;
  }

  /** Ends a backend call's use; deletes the model if it was closed meanwhile. */
  final void release() {
    boolean deleteNow;
    synchronized (this) {
      users--;
      deleteNow = users == 0 && closeRequested && !deleted;
      if (deleteNow) {
        deleted = true;
      }
      if (users == 0) {
        notifyAll();
      }
    }
    if (deleteNow) {
      delete();
    }
  }

  /** Waits, uninterruptibly, until no backend call uses the model. */
  final synchronized void awaitIdle() {
    boolean interrupted = false;
    while (users > 0) {
      try {
        wait();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** @return whether a backend call still uses the model */
  final synchronized boolean inUse() {
    return users > 0;
  }

  /** @return whether {@link #close()} was called */
  final synchronized boolean isClosed() {
    return closeRequested;
  }

  /**
   * Releases the native memory now, or, if a backend still runs on the model, as soon as it
   * stops. Idempotent.
   */
  @Override
  public final void close() {
    boolean deleteNow;
    synchronized (this) {
      closeRequested = true;
      deleteNow = users == 0 && !deleted;
      if (deleteNow) {
        deleted = true;
      }
    }
    if (deleteNow) {
      delete();
    }
  }
}
