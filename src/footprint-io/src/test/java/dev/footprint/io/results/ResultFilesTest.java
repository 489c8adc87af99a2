package dev.footprint.io.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.analysis.Sweep;
import dev.footprint.analysis.Summary;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Result tables written as CSV files and as the sheets of a workbook hold the same cells, exactly. */
class ResultFilesTest {
  @TempDir
  Path dir;

  private static final double THIRD = 1 / 3.0;
  private static final double POINT_THREE = 0.1 + 0.2; // 0.30000000000000004

  private static ResultTable mixed() {
    return ResultTable.builder("mixed", List.of("text", "number", "whole", "flag"))
        .add("a, \"quoted\" text", POINT_THREE, 7, true)
        .add("third", THIRD, 0, false)
        .add("tiny and huge", 1e-7, 12345678901234L, null)
        .add(null, Double.NaN, -0.0, null)
        .add("big", 12345678901234.5, Double.POSITIVE_INFINITY, null)
        .build();
  }

  /** Numbers in plain digits at full precision; an empty first cell is quoted, as Commons CSV does. */
  @Test
  void csvCellsAreExactPlainDecimals() throws IOException {
    Path file = dir.resolve("mixed.csv");
    CsvTables.write(file, mixed());
    assertEquals("""
        text,number,whole,flag
        "a, ""quoted"" text",0.30000000000000004,7,true
        third,0.3333333333333333,0,false
        tiny and huge,0.0000001,12345678901234,
        "",,0,
        big,12345678901234.5,,
        """, Files.readString(file, StandardCharsets.UTF_8));
  }

  /** @return each sheet's rows as lists of cells (null for a cell that is absent or empty), by sheet name */
  static Map<String, List<List<Cell>>> read(Path xlsx) throws IOException {
    Map<String, List<List<Cell>>> out = new LinkedHashMap<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
      for (Sheet s : wb.getSheets().toList()) {
        List<List<Cell>> rows = new ArrayList<>();
        for (Row r : s.read()) {
          List<Cell> cells = new ArrayList<>();
          for (int c = 0; c < r.getCellCount(); c++) {
            Cell cell = r.getCell(c);
            cells.add(cell == null || cell.getType() == CellType.EMPTY ? null : cell);
          }
          rows.add(cells);
        }
        out.put(s.getName(), rows);
      }
    }
    return out;
  }

  private static Cell at(List<List<Cell>> rows, int r, int c) {
    List<Cell> row = rows.get(r);
    return c < row.size() ? row.get(c) : null;
  }

  private static double number(Cell cell) {
    assertEquals(CellType.NUMBER, cell.getType(), cell.toString());
    return ((BigDecimal) cell.getValue()).doubleValue();
  }

  @Test
  void sheetCellsAreTypedAndExact() throws IOException {
    Path xlsx = dir.resolve("results.xlsx");
    ResultTable other = ResultTable.builder("other", List.of("only")).add("x").build();
    ResultWorkbook.write(xlsx, List.of(mixed(), other));
    Map<String, List<List<Cell>>> book = read(xlsx);
    assertEquals(List.of("mixed", "other"), List.copyOf(book.keySet()));
    List<List<Cell>> rows = book.get("mixed");
    assertEquals(6, rows.size());
    assertEquals(List.of("text", "number", "whole", "flag"), rows.get(0).stream().map(Cell::getText).toList());
    assertEquals("a, \"quoted\" text", at(rows, 1, 0).getText());
    assertEquals(POINT_THREE, number(at(rows, 1, 1)), 0);
    assertEquals(7, number(at(rows, 1, 2)), 0);
    assertEquals(CellType.BOOLEAN, at(rows, 1, 3).getType());
    assertEquals(Boolean.TRUE, at(rows, 1, 3).getValue());
    assertEquals(THIRD, number(at(rows, 2, 1)), 0);
    assertEquals(Boolean.FALSE, at(rows, 2, 3).getValue());
    assertEquals(1e-7, number(at(rows, 3, 1)), 0);
    assertEquals(12345678901234.0, number(at(rows, 3, 2)), 0);
    assertEquals(null, at(rows, 3, 3));
    assertEquals(null, at(rows, 4, 0));
    assertEquals(null, at(rows, 4, 1)); // NaN: no value
    assertEquals(0, number(at(rows, 4, 2)), 0);
    assertEquals(12345678901234.5, number(at(rows, 5, 1)), 0);
    assertEquals(null, at(rows, 5, 2)); // infinity: no value
    String xml = sheetXml(xlsx, 1);
    assertTrue(xml.contains("ySplit=\"1\"") && xml.contains("state=\"frozen\""), "the header row is frozen: " + xml);
    assertTrue(xml.contains("<autoFilter ref=\"A1:D"), "the header row has filters");
  }

  private static String sheetXml(Path xlsx, int sheet) throws IOException {
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      return new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet" + sheet + ".xml")).readAllBytes(),
          StandardCharsets.UTF_8);
    }
  }

  @Test
  void sheetsNeedDifferentNames() {
    ResultTable t = ResultTable.builder("costs", List.of("a")).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ResultWorkbook.write(dir.resolve("x.xlsx"), List.of(t, t)));
    assertTrue(e.getMessage().contains("two tables are named 'costs'"), e.getMessage());
  }

  /** Every table of a run, written both ways, reads back the same, cell for cell. */
  @Test
  void csvFilesAndSheetsHoldTheSameTables() throws IOException {
    Map<String, Solution> solutions = new LinkedHashMap<>();
    solutions.put("base", FootprintSolver.create().solve(ResultTablesTest.network(1)));
    solutions.put("dear", FootprintSolver.create().solve(ResultTablesTest.network(1.5)));
    List<ResultTable> tables = List.of(CsvTables.production(dir.resolve("production.csv"), solutions),
        CsvTables.shipments(dir.resolve("shipments.csv"), solutions), CsvTables.costs(dir.resolve("costs.csv"), solutions),
        CsvTables.sites(dir.resolve("sites.csv"), solutions),
        CsvTables.comparison(dir.resolve("comparison.csv"), solutions, "base"));
    Path xlsx = dir.resolve("results.xlsx");
    ResultWorkbook.write(xlsx, tables);
    Map<String, List<List<Cell>>> book = read(xlsx);
    assertEquals(List.of("production", "shipments", "costs", "sites", "comparison"), List.copyOf(book.keySet()));
    for (ResultTable t : tables) {
      List<CSVRecord> csv;
      try (Reader r = Files.newBufferedReader(dir.resolve(t.name() + ".csv"))) {
        csv = CSVFormat.DEFAULT.parse(r).getRecords();
      }
      List<List<Cell>> sheet = book.get(t.name());
      assertEquals(csv.size(), sheet.size(), t.name());
      assertTrue(csv.size() > 1, t.name() + " has rows");
      for (int r = 0; r < csv.size(); r++) {
        for (int c = 0; c < csv.get(r).size(); c++) {
          String text = csv.get(r).get(c);
          Cell cell = at(sheet, r, c);
          String where = t.name() + " row " + r + " column " + t.columns().get(c);
          if (text.isEmpty()) {
            assertEquals(null, cell, where);
          } else if (cell.getType() == CellType.NUMBER) {
            assertEquals(Double.parseDouble(text), number(cell), 0, where);
          } else {
            assertEquals(text, cell.getText(), where);
          }
        }
      }
    }
    assertEquals("usd_millions", book.get("costs").get(0).get(4).getText());
  }

  @Test
  void theSweepWrittenWithoutItsNetworkNamesNoMoney() throws IOException {
    Summary s = Summary.of(FootprintSolver.create().solve(ResultTablesTest.network(1)));
    Sweep sweep = new Sweep("x", List.of(new Sweep.Point(1, s, true)), 1);
    @SuppressWarnings("deprecation")
    ResultTable old = CsvTables.sweep(dir.resolve("sweep.csv"), sweep);
    assertEquals("total_cost", old.columns().get(3));
    assertEquals("cost_materials", old.columns().get(6));
    assertEquals(List.of("share_cells@VN", "share_cars@VN"), old.columns().subList(23, 25));
    ResultTable labelled = CsvTables.sweep(dir.resolve("sweep.csv"), sweep, ResultTablesTest.network(1));
    assertEquals("total_cost_usd_millions", labelled.columns().get(3));
    assertTrue(Files.readString(dir.resolve("sweep.csv")).startsWith("value,solved,status,total_cost_usd_millions,"));
  }
}
