/**
 * The solver facade: {@link dev.footprint.solve.FootprintSolver} solves a network with {@link
 * dev.footprint.solve.SolveOptions} and returns a {@link dev.footprint.solve.Solution} with a {@link
 * dev.footprint.solve.SolveStatus}; {@link dev.footprint.solve.LiveModel} re-solves a network in place as
 * its numbers change. No OR-Tools type appears in this package's signatures.
 */
package dev.footprint.solve;
