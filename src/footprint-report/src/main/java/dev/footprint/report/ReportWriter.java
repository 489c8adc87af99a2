package dev.footprint.report;

import dev.footprint.io.results.ResultJson;
import dev.footprint.io.results.CsvTables;
import dev.footprint.io.results.RunInfo;
import com.fasterxml.jackson.databind.JsonNode;
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
 * Writes a report directory: {@code result.json}, CSV tables and {@code report.html}. Files are
 * written whole and replaced; other files in the directory are left alone.
 */
public final class ReportWriter {
  private ReportWriter() {}

  /** The name of the JSON result file. */
  public static final String RESULT_JSON = "result.json";
  /** The name of the HTML report. */
  public static final String REPORT_HTML = "report.html";

  /**
   * Writes the report of solved scenarios: result.json, production.csv, shipments.csv, costs.csv,
   * sites.csv, comparison.csv (when there are several scenarios or {@code alwaysCompare}) and
   * report.html.
   *
   * @param dir the directory, created if missing
   * @param run the run's facts
   * @param kind {@code solve} or {@code compare}
   * @param solutions solutions by scenario, in display order
   * @param base the base scenario, or null
   * @param alwaysCompare whether to write comparison.csv for a single scenario too
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  public static List<Path> scenarios(Path dir, RunInfo run, String kind, Map<String, Solution> solutions, String base,
      boolean alwaysCompare) throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    out.add(json(dir.resolve(RESULT_JSON), ResultJson.scenarios(run, kind, solutions, base)));
    out.add(csv(dir.resolve("production.csv"), f -> CsvTables.production(f, solutions)));
    out.add(csv(dir.resolve("shipments.csv"), f -> CsvTables.shipments(f, solutions)));
    out.add(csv(dir.resolve("costs.csv"), f -> CsvTables.costs(f, solutions)));
    out.add(csv(dir.resolve("sites.csv"), f -> CsvTables.sites(f, solutions)));
    if (alwaysCompare || solutions.size() > 1) {
      out.add(csv(dir.resolve("comparison.csv"), f -> CsvTables.comparison(f, solutions, base)));
    }
    String title = (kind.equals("compare") ? "Scenario comparison: " : "Footprint: ") + run.studyName();
    out.add(html(dir.resolve(REPORT_HTML), new HtmlReport(run, title).scenarios(solutions, base)));
    return out;
  }

  /** Writes one file. */
  @FunctionalInterface
  public interface FileWriter {
    /**
     * @param file where
     * @throws IOException if writing fails
     */
    void write(Path file) throws IOException;
  }

  /**
   * Writes the report of an analysis.
   *
   * @param dir the directory, created if missing
   * @param document the JSON document
   * @param html the HTML report
   * @param csvFiles CSV files by name, each with its writer
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  public static List<Path> analysis(Path dir, JsonNode document, HtmlReport html, Map<String, FileWriter> csvFiles)
      throws IOException {
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    out.add(json(dir.resolve(RESULT_JSON), document));
    for (var e : new LinkedHashMap<>(csvFiles).entrySet()) {
      out.add(csv(dir.resolve(e.getKey()), e.getValue()));
    }
    out.add(html(dir.resolve(REPORT_HTML), html));
    return out;
  }

  private static Path json(Path file, JsonNode doc) throws IOException {
    Files.writeString(file, ResultJson.text(doc) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  private static Path csv(Path file, FileWriter writer) throws IOException {
    writer.write(file);
    return file;
  }

  private static Path html(Path file, HtmlReport report) throws IOException {
    Files.writeString(file, report.render(), StandardCharsets.UTF_8);
    return file;
  }
}
