/**
 * The {@code footprint} command line ({@link dev.footprint.cli.Main}): solve, compare, validate and
 * export studies, and run the analyses (sweep, break-even, sensitivity, Monte Carlo, robust
 * footprint, frontier), with text, JSON or report-directory output and exit codes scripts can rely on
 * ({@link dev.footprint.cli.ExitCode}). See {@code docs/cli.md}.
 */
package dev.footprint.cli;
