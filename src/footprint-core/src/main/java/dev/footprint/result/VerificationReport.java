package dev.footprint.result;

import java.util.List;

/**
 * The verifier's findings on one allocation.
 *
 * @param violations every constraint broken beyond tolerance; empty when the allocation is sound
 * @param recomputedObjective the cost recomputed from the decisions
 * @param reportedObjective the cost the solver reported, NaN if none was given
 */
public record VerificationReport(List<Violation> violations, double recomputedObjective,
    double reportedObjective) {

  /**
   * Copies.
   *
   * @param violations every constraint broken beyond tolerance; empty when the allocation is sound
   * @param recomputedObjective the cost recomputed from the decisions
   * @param reportedObjective the cost the solver reported, NaN if none was given
   */
  public VerificationReport {
    violations = List.copyOf(violations);
  }

  /** @return whether nothing was found */
  public boolean passed() {
    return violations.isEmpty();
  }

  @Override
  public String toString() {
    if (passed()) {
      return "verified: objective " + recomputedObjective;
    }
    StringBuilder sb = new StringBuilder(violations.size() + " violation(s):");
    for (int i = 0; i < Math.min(20, violations.size()); i++) {
      sb.append("\n  ").append(violations.get(i));
    }
    if (violations.size() > 20) {
      sb.append("\n  ... and ").append(violations.size() - 20).append(" more");
    }
    return sb.toString();
  }
}
