package dev.footprint.solve;

import dev.footprint.model.Network;
import dev.footprint.result.Allocation;
import dev.footprint.result.Evaluation;
import dev.footprint.result.VerificationReport;
import dev.footprint.solve.internal.BendersLearnt;
import java.util.Locale;
import java.util.Optional;

/**
 * The outcome of a solve: a status, the solver's figures and, when the status is {@link
 * SolveStatus#OPTIMAL} or {@link SolveStatus#FEASIBLE}, the allocation with its evaluation and
 * verification. Asking an infeasible, unbounded or unsolved outcome for an allocation throws.
 */
public final class Solution {
  private final Network network;
  private final SolveStatus status;
  private final SolverStats stats;
  private final Allocation allocation;
  private final Evaluation evaluation;
  private final VerificationReport verification;
  private final String diagnosis;
  /** What a decomposed solve learnt, for later solves to carry ({@link FootprintSolver#solve(Network, List, List)}). */
  private final BendersLearnt learnt;

  Solution(Network network, SolveStatus status, SolverStats stats, Allocation allocation, Evaluation evaluation,
      VerificationReport verification, String diagnosis) {
    this(network, status, stats, allocation, evaluation, verification, diagnosis, BendersLearnt.NONE);
  }

  Solution(Network network, SolveStatus status, SolverStats stats, Allocation allocation, Evaluation evaluation,
      VerificationReport verification, String diagnosis, BendersLearnt learnt) {
    this.learnt = learnt;
    this.network = network;
    this.status = status;
    this.stats = stats;
    this.allocation = allocation;
    this.evaluation = evaluation;
    this.verification = verification;
    this.diagnosis = diagnosis;
  }

  /** @return what the decomposed solve that found this learnt (nothing for a whole solve) */
  BendersLearnt learnt() {
    return learnt;
  }

  /** @return the network solved */
  public Network network() {
    return network;
  }

  /** @return the status */
  public SolveStatus status() {
    return status;
  }

  /** @return whether there is an allocation ({@code OPTIMAL} or {@code FEASIBLE}) */
  public boolean hasAllocation() {
    return status.hasAllocation();
  }

  /** @return the solver's figures */
  public SolverStats stats() {
    return stats;
  }

  /**
   * @return the allocation
   * @throws IllegalStateException if the status carries none
   */
  public Allocation allocation() {
    requireAllocation();
    return allocation;
  }

  /**
   * @return the costs and indicators of the allocation
   * @throws IllegalStateException if the status carries no allocation
   */
  public Evaluation evaluation() {
    requireAllocation();
    return evaluation;
  }

  /**
   * @return the total cost of the allocation (present value), the objective minimized; in profit
   *     mode cost less revenue, the negative of the profit ({@code evaluation().profit()})
   * @throws IllegalStateException if the status carries no allocation
   */
  public double objective() {
    requireAllocation();
    return evaluation.total();
  }

  /** @return the verifier's report, if the solution was verified */
  public Optional<VerificationReport> verification() {
    return Optional.ofNullable(verification);
  }

  /**
   * @return for an infeasible model, which constraints conflict (the policies or demands that must
   *     give way, found by an elastic re-solve); empty otherwise
   */
  public Optional<String> diagnosis() {
    return Optional.ofNullable(diagnosis);
  }

  private void requireAllocation() {
    if (!status.hasAllocation()) {
      throw new IllegalStateException("no allocation: the solve ended " + status
          + (diagnosis == null ? "" : "; " + diagnosis));
    }
  }

  @Override
  public String toString() {
    if (!hasAllocation()) {
      return status + (diagnosis == null ? "" : " (" + diagnosis + ")");
    }
    return String.format(Locale.ROOT, "%s objective=%.6f opened=%s closed=%s", status, evaluation.total(),
        allocation.sitesOpened(), allocation.sitesClosed());
  }
}
