/**
 * Reports of results and analyses: {@code result.json} ({@link dev.footprint.io.results.ResultJson}),
 * CSV tables ({@link dev.footprint.io.results.CsvTables}) and one self-contained {@code report.html}
 * ({@link dev.footprint.report.HtmlReport}) with inline SVG charts drawn by a small chart writer
 * ({@link dev.footprint.report.Svg}, {@link dev.footprint.report.BarChart},
 * {@link dev.footprint.report.LineChart}, {@link dev.footprint.report.Histogram},
 * {@link dev.footprint.report.FlowChart}). {@link dev.footprint.report.ReportWriter} writes a report
 * directory.
 *
 * <p>No chart library is used: the charts are few and simple, and the SVG is written by hand so that
 * the report needs no script and loads nothing from outside.
 */
package dev.footprint.report;
