package dev.footprint.solve;

import dev.footprint.result.VerificationReport;

/**
 * Thrown when a backend returns a solution that the verifier rejects: a defect in the formulation or
 * the backend, never a property of the user's data. The report names each violation.
 */
public final class VerificationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient VerificationReport report;

  VerificationException(String backend, VerificationReport report) {
    super("the solution from " + backend + " failed verification: " + report);
    this.report = report;
  }

  /** @return the verifier's report */
  public VerificationReport report() {
    return report;
  }
}
