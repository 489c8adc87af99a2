/**
 * Plans in domain terms: {@link dev.footprint.result.Allocation} (the decisions), {@link
 * dev.footprint.result.Evaluation} (their costs and indicators, recomputed in plain Java) and {@link
 * dev.footprint.result.Verifier} (every constraint checked), independent of any solver.
 */
package dev.footprint.result;
