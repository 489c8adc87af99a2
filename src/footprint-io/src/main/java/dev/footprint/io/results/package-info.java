/**
 * Results as files for other programs: {@code result.json} ({@link dev.footprint.io.results.ResultJson})
 * and the result tables ({@link dev.footprint.io.results.ResultTables}, each a
 * {@link dev.footprint.io.results.ResultTable}), written as CSV files
 * ({@link dev.footprint.io.results.CsvTables}) and as the sheets of {@code results.xlsx}
 * ({@link dev.footprint.io.results.ResultWorkbook}), with the facts of the run that produced them
 * ({@link dev.footprint.io.results.RunInfo}). Numbers are written exactly (the shortest decimal that
 * reads back to the same double); rounding is for the reports people read. Headers and documents
 * name the money and the product units the numbers are in.
 */
package dev.footprint.io.results;
