/**
 * Results as files for other programs: {@code result.json} ({@link dev.footprint.io.results.ResultJson})
 * and CSV tables ({@link dev.footprint.io.results.CsvTables}), with the facts of the run that
 * produced them ({@link dev.footprint.io.results.RunInfo}). Numbers are written exactly (the
 * shortest decimal that reads back to the same double); rounding is for the reports people read.
 */
package dev.footprint.io.results;
