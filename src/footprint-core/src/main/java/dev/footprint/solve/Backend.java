package dev.footprint.solve;

/** The OR-Tools solver a model is solved with. */
public enum Backend {
  /** SCIP, branch and cut, through an {@code MPSolver} (interruptible there). */
  SCIP(true),
  /** CP-SAT, Google's constraint-programming and SAT based MILP solver. */
  CP_SAT(true),
  /** HiGHS, its MILP branch and bound and its LP simplex: the default ({@link SolveOptions#DEFAULT}). */
  HIGHS(true),
  /** COIN-OR CBC branch and cut. */
  CBC(true),
  /** Glop, Google's primal/dual simplex: linear programs only. */
  GLOP(false),
  /** PDLP, Google's first-order LP method, for very large linear programs only. */
  PDLP(false);

  private final boolean integer;

  Backend(boolean integer) {
    this.integer = integer;
  }

  /** @return whether this backend handles integer (site) decisions */
  public boolean solvesIntegerModels() {
    return integer;
  }
}
