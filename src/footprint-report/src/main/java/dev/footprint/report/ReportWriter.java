package dev.footprint.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.io.results.CsvTables;
import dev.footprint.io.results.ResultJson;
import dev.footprint.io.results.ResultTable;
import dev.footprint.io.results.ResultTables;
import dev.footprint.io.results.ResultWorkbook;
import dev.footprint.io.results.RunInfo;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a report directory: {@code result.json}, the result tables twice, as CSV files
 * ({@code production.csv}, ...) and as the sheets of one workbook ({@code results.xlsx}), and
 * {@code report.html}. Each table is made once ({@link ResultTable}) and written both ways. Files
 * are written whole and replaced; other files in the directory are left alone.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /** The name of the JSON result file. */
  public static final String RESULT_JSON = "result.json";
  /** The name of the HTML report. */
  public static final String REPORT_HTML = "report.html";
  /** The name of the workbook of every table of the report, one sheet per table. */
  public static final String RESULTS_XLSX = ResultWorkbook.FILE_NAME;

  /**
   * Writes the report of solved scenarios: result.json, production.csv, shipments.csv, costs.csv,
   * sites.csv, quotas.csv (when a scenario has tariff-rate quotas), steps.csv (when one has capacity
   * steps), component_flows.csv (when one has bills of materials), origin_claims.csv (when one has
   * content rules), component_uses.csv (when one has content rules, duty drawback or foreign-trade
   * zones), comparison.csv (when there are
   * several scenarios or {@code alwaysCompare}), the same tables as the sheets of results.xlsx, and
   * report.html.
   *
   * @param dir the directory, created if missing
   * @param run the run's facts
   * @param kind {@code solve} or {@code compare}
   * @param solutions solutions by scenario, in display order
   * @param base the base scenario, or null
   * @param alwaysCompare whether to write the comparison table for a single scenario too
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  public static List<Path> scenarios(Path dir, RunInfo run, String kind, Map<String, Solution> solutions, String base,
      boolean alwaysCompare) throws IOException {
    List<ResultTable> tables = new ArrayList<>(List.of(ResultTables.production(solutions),
        ResultTables.shipments(solutions), ResultTables.costs(solutions), ResultTables.sites(solutions)));
    if (ResultTables.anyQuotas(solutions)) {
      tables.add(ResultTables.quotas(solutions));
    }
    if (ResultTables.anySteps(solutions)) {
      tables.add(ResultTables.steps(solutions));
    }
    if (dev.footprint.io.results.ComponentFlowTable.any(solutions)) {
      tables.add(dev.footprint.io.results.ComponentFlowTable.of(solutions));
    }
    if (dev.footprint.io.results.OriginClaimTable.any(solutions)) {
      tables.add(dev.footprint.io.results.OriginClaimTable.of(solutions));
    }
    if (dev.footprint.io.results.ComponentUseTable.any(solutions)) {
      tables.add(dev.footprint.io.results.ComponentUseTable.of(solutions));
    }
    if (alwaysCompare || solutions.size() > 1) {
      tables.add(ResultTables.comparison(solutions, base));
    }
    String title = (kind.equals("compare") ? "Scenario comparison: " : "Footprint: ") + run.studyName();
    return analysis(dir, ResultJson.scenarios(run, kind, solutions, base), new HtmlReport(run, title).scenarios(
        solutions, base), tables);
  }

  /** Writes one file of a report. */
  @FunctionalInterface
  public interface FileWriter {
    /**
     * @param file where
     * @return the table the file holds, to be written as a sheet of results.xlsx too, or null when
     *     the file is not a table
     * @throws IOException if writing fails
     */
    ResultTable write(Path file) throws IOException;
  }

  /**
   * Writes the report of an analysis: result.json, one CSV file per table ({@code name.csv}), the
   * same tables as the sheets of results.xlsx (when there are any), and report.html.
   *
   * @param dir the directory, created if missing
   * @param document the JSON document
   * @param html the HTML report
   * @param tables the tables, in order
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  public static List<Path> analysis(Path dir, JsonNode document, HtmlReport html, List<ResultTable> tables)
      throws IOException {
    Map<String, FileWriter> files = new LinkedHashMap<>();
    for (ResultTable t : tables) {
      files.put(t.name() + ".csv", f -> CsvTables.write(f, t));
    }
    return analysis(dir, document, html, files);
  }

  /**
   * Writes the report of an analysis: result.json, the files given, results.xlsx with a sheet for
   * each table the writers return (when there are any), and report.html.
   *
   * @param dir the directory, created if missing
   * @param document the JSON document
   * @param html the HTML report
   * @param csvFiles CSV files by name, each with its writer, such as
   *     {@code f -> CsvTables.sweep(f, sweep, network)}
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  public static List<Path> analysis(Path dir, JsonNode document, HtmlReport html, Map<String, FileWriter> csvFiles)
      throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    out.add(json(dir.resolve(RESULT_JSON), document));
    List<ResultTable> tables = new ArrayList<>();
    for (var e : new LinkedHashMap<>(csvFiles).entrySet()) {
      Path file = dir.resolve(e.getKey());
      ResultTable t = e.getValue().write(file);
      out.add(file);
      if (t != null) {
        tables.add(t);
      }
    }
    if (!tables.isEmpty()) {
      Path xlsx = dir.resolve(RESULTS_XLSX);
      ResultWorkbook.write(xlsx, tables);
      out.add(xlsx);
    }
    out.add(html(dir.resolve(REPORT_HTML), html));
    return out;
  }

  private static Path json(Path file, JsonNode doc) throws IOException {
    Files.writeString(file, ResultJson.text(doc) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static Path html(Path file, HtmlReport report) throws IOException {
    Files.writeString(file, report.render(), StandardCharsets.UTF_8);
    return file;
  }
}
