package dev.footprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.analysis.Parameters;
import dev.footprint.analysis.Sweep;
import dev.footprint.io.Study;
import dev.footprint.io.results.CsvTables;
import dev.footprint.io.results.ResultJson;
import dev.footprint.io.results.ResultTable;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report directory holds every table twice: as a CSV file and as a sheet of results.xlsx. */
class ReportWriterTest {
  @TempDir
  Path dir;

  /** @return each sheet's rows, each a list of its cells' texts ("" for an empty cell) */
  private static Map<String, List<List<String>>> sheets(Path xlsx) throws IOException {
    Map<String, List<List<String>>> out = new LinkedHashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
      for (Sheet s : wb.getSheets().toList()) {
        List<List<String>> rows = new ArrayList<>();
        for (Row r : s.read()) {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < r.getCellCount(); c++) {
            Cell cell = r.getCell(c);
            cells.add(cell == null ? "" : cell.getText());
          }
          rows.add(cells);
        }
        out.put(s.getName(), rows);
      }
    }
    return out;
  }

  private static long csvRows(Path csv) throws IOException {
    try (var lines = Files.lines(csv)) {
      return lines.count();
    }
  }

  @Test
  void scenarioReportsWriteResultsXlsxBesideTheCsvFiles() throws IOException {
    Study study = SampleStudies.tariffStudy();
    Map<String, Solution> solutions = HtmlReportTest.solve(study);
    List<Path> files = ReportWriter.scenarios(dir, HtmlReportTest.RUN, "compare", solutions, Study.BASE, true);
    assertEquals(List.of("result.json", "production.csv", "shipments.csv", "costs.csv", "sites.csv", "comparison.csv",
        "results.xlsx", "report.html"), files.stream().map(f -> f.getFileName().toString()).toList());
    Map<String, List<List<String>>> book = sheets(dir.resolve(ReportWriter.RESULTS_XLSX));
    assertEquals(List.of("production", "shipments", "costs", "sites", "comparison"), List.copyOf(book.keySet()));
    for (var sheet : book.entrySet()) {
      assertEquals(csvRows(dir.resolve(sheet.getKey() + ".csv")), sheet.getValue().size(), sheet.getKey());
    }
    // The total cost of each scenario, in the costs sheet, is the solution's objective.
    List<List<String>> costs = book.get("costs");
    assertEquals(List.of("scenario", "scope", "id", "kind", "usd"), costs.get(0));
    for (var e : solutions.entrySet()) {
      List<String> total = costs.stream().filter(r -> r.get(0).equals(e.getKey()) && r.get(3).equals("TOTAL"))
          .findFirst().orElseThrow();
      assertEquals(e.getValue().objective(), new BigDecimal(total.get(4)).doubleValue(),
          1e-9 * Math.abs(e.getValue().objective()), e.getKey());
    }
  }

  @Test
  void analysisReportsWriteASheetForEveryTableTheirWritersReturn() throws IOException {
    Study study = SampleStudies.tariffStudy();
    Sweep sweep = Sweep.run(FootprintSolver.create(), study.base(), Parameters.tariffRate("us-vn"),
        Sweep.grid(0, 0.6, 3));
    Map<String, ReportWriter.FileWriter> files = new LinkedHashMap<>();
    files.put("sweep.csv", f -> CsvTables.sweep(f, sweep, study.base()));
    files.put("notes.txt", f -> {
      Files.writeString(f, "not a table");
      return null;
    });
    List<Path> written = ReportWriter.analysis(dir, ResultJson.sweep(HtmlReportTest.RUN, sweep, study.base(),
        Map.of()), new HtmlReport(HtmlReportTest.RUN, "sweep").sweep(sweep), files);
    assertEquals(List.of("result.json", "sweep.csv", "notes.txt", "results.xlsx", "report.html"),
        written.stream().map(f -> f.getFileName().toString()).toList());
    Map<String, List<List<String>>> book = sheets(dir.resolve("results.xlsx"));
    assertEquals(List.of("sweep"), List.copyOf(book.keySet()));
    assertEquals(4, book.get("sweep").size());
    assertEquals(Files.readAllLines(dir.resolve("sweep.csv")).get(0), String.join(",", book.get("sweep").get(0)));
  }

  @Test
  void analysisReportsOfTablesNameTheirCsvFilesAfterThem() throws IOException {
    ResultTable a = ResultTable.builder("alpha", List.of("x")).add(1.5).build();
    ResultTable b = ResultTable.builder("beta", List.of("y")).add("text").build();
    List<Path> written = ReportWriter.analysis(dir, ResultJson.object(), new HtmlReport(HtmlReportTest.RUN, "t"),
        List.of(a, b));
    assertEquals(List.of("result.json", "alpha.csv", "beta.csv", "results.xlsx", "report.html"),
        written.stream().map(f -> f.getFileName().toString()).toList());
    assertEquals("x\n1.5\n", Files.readString(dir.resolve("alpha.csv")));
    assertEquals(List.of("alpha", "beta"), List.copyOf(sheets(dir.resolve("results.xlsx")).keySet()));
  }

  @Test
  void withoutTablesThereIsNoWorkbook() throws IOException {
    ReportWriter.analysis(dir, ResultJson.object(), new HtmlReport(HtmlReportTest.RUN, "t"), List.of());
    assertFalse(Files.exists(dir.resolve("results.xlsx")));
    assertTrue(Files.exists(dir.resolve("report.html")));
  }
}
