/**
 * Analyses over many solves: scenario comparison, parametric sweeps, break-even search,
 * sensitivity, Monte Carlo, robust (two-stage stochastic) footprints and trade-off frontiers. See
 * docs/analyses.md.
 */
package dev.footprint.analysis;
