/**
 * The formulation on dense integer indexes and its translation to OR-Tools: the only code that
 * touches OR-Tools. Not API: it may change in any release.
 */
package dev.footprint.solve.internal;
