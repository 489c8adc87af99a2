package dev.footprint.solve;

/** Text formats a model can be exported in, for use with other solvers. */
public enum ModelFormat {
  /** Free-format MPS. */
  MPS,
  /** CPLEX LP format. */
  LP
}
