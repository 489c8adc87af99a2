/**
 * Reports of results and analyses: {@code result.json} ({@link dev.footprint.io.results.ResultJson}),
 * CSV tables ({@link dev.footprint.io.results.CsvTables}), the same tables as the sheets of one
 * workbook, {@code results.xlsx} ({@link dev.footprint.io.results.ResultWorkbook}), and one
 * self-contained {@code report.html}
 * ({@link dev.footprint.report.HtmlReport}) with inline SVG charts drawn by a small chart writer
 * ({@link dev.footprint.report.Svg}, {@link dev.footprint.report.BarChart},
 * {@link dev.footprint.report.LineChart}, {@link dev.footprint.report.Histogram},
 * {@link dev.footprint.report.FlowChart}, {@link dev.footprint.report.WaterfallChart}).
 * {@link dev.footprint.report.ReportWriter} writes a report directory (result.json, the CSV files,
 * results.xlsx and report.html), and
 * {@link dev.footprint.report.TextReport} writes results for a terminal.
 *
 * <p>The reports lead with what changed: the change against the base scenario as a waterfall of cost
 * by kind, axes that start where small differences show (and say so), only the sites whose status
 * differs in tables, base values and flips marked on sweeps. Numbers print rounded for people
 * ({@link dev.footprint.report.Format}), with the exact value in a tooltip; money is labelled in the
 * study's money and quantities in each product's unit, never added across units. Chart labels that
 * do not fit are shortened with an ellipsis, never to the same text for two names, and keep the full
 * text as a tooltip.
 *
 * <p>No chart library is used: the charts are few and simple, and the SVG is written by hand so that
 * the report needs no script and loads nothing from outside.
 */
package dev.footprint.report;
