package dev.footprint.spark;

import dev.footprint.model.Network;
import dev.footprint.result.Allocation;
import dev.footprint.result.Evaluation;
import dev.footprint.result.VerificationReport;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import dev.footprint.solve.SolverStats;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * Rebuilds, on the driver, a {@link Solution} an executor produced, from what came back in its row:
 * status, solver figures, the allocation's decisions, the verification and the diagnosis. The
 * evaluation is recomputed from the decisions ({@link Evaluation#of}, plain Java, the same numbers).
 *
 * <p>{@link Solution} has no public constructor: only the solver makes one. Until footprint-core
 * offers a factory for solutions solved elsewhere, this reaches its package-private constructor by
 * reflection, in this one place; a change of that constructor fails here, loudly, and in the tests.
 */
final class Solutions {
  private Solutions() {}

  private static final Constructor<Solution> CONSTRUCTOR;

  static {
    try {
      CONSTRUCTOR = Solution.class.getDeclaredConstructor(Network.class, SolveStatus.class, SolverStats.class,
          Allocation.class, Evaluation.class, VerificationReport.class, String.class);
      CONSTRUCTOR.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError("footprint-core's Solution no longer has the constructor "
          + "footprint-spark rebuilds solutions with: " + e);
    }
  }

  /**
   * @param network the network solved
   * @param status the status
   * @param stats the solver's figures
   * @param allocation the allocation, null without one
   * @param verification the verification, null without one
   * @param diagnosis the diagnosis of an infeasible model, or null
   * @return the solution
   */
  static Solution of(Network network, SolveStatus status, SolverStats stats, Allocation allocation,
      VerificationReport verification, String diagnosis) {
    try {
      return CONSTRUCTOR.newInstance(network, status, stats, allocation,
          allocation == null ? null : Evaluation.of(allocation), verification, diagnosis);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }
}
