package dev.footprint.io.results;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes {@link ResultTable}s as one {@code .xlsx} workbook, {@code results.xlsx}: one sheet per table,
 * named as the table (and as its CSV file without {@code .csv}), in the order given. Each sheet has
 * the table's header row, in bold, frozen and with filters, and one row per row of the table.
 * Numbers are numeric cells at full precision (the shortest decimal that reads back to the same
 * double); a number that is not finite and an empty cell are left empty; text is text and a boolean
 * is a boolean.
 */
public final class ResultWorkbook {
  private ResultWorkbook() {}

  /** The name of the workbook a report directory holds. */
  public static final String FILE_NAME = "results.xlsx";

  /**
   * Writes a workbook.
   *
   * @param file the file (replaced if it exists)
   * @param tables the tables, one sheet each, in order
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if two tables share a name, or a table has more rows than a
   *     sheet holds
   */
  public static void write(Path file, List<ResultTable> tables) throws IOException {
    Set<String> names = new HashSet<>();
    for (ResultTable t : tables) {
      if (!names.add(t.name())) {
        throw new IllegalArgumentException("two tables are named '" + t.name() + "': a workbook's sheets need"
            + " different names");
      }
      if (t.rows().size() >= Worksheet.MAX_ROWS) {
        throw new IllegalArgumentException(t.name() + ": " + t.rows().size() + " rows, more than a sheet holds ("
            + (Worksheet.MAX_ROWS - 1) + " below its header)\nMaybe read its CSV file instead.");
      }
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "Footprint", "1.0");
      for (ResultTable t : tables) {
        sheet(wb.newWorksheet(t.name()), t);
      }
      wb.finish();
    }
  }

  private static void sheet(Worksheet ws, ResultTable t) {
    List<String> columns = t.columns();
    for (int c = 0; c < columns.size(); c++) {
      ws.value(0, c, columns.get(c));
      ws.style(0, c).bold().set();
    }
    if (!columns.isEmpty()) {
      ws.freezePane(0, 1);
      ws.setAutoFilter(0, 0, columns.size() - 1);
    }
    for (int r = 0; r < t.rows().size(); r++) {
      List<Object> row = t.rows().get(r);
      for (int c = 0; c < row.size(); c++) {
        cell(ws, r + 1, c, row.get(c));
      }
    }
  }

  private static void cell(Worksheet ws, int r, int c, Object value) {
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isFinite(d)) {
        ws.value(r, c, d == 0 ? 0.0 : d); // no -0.0
      }
    } else if (value instanceof BigDecimal d) {
      ws.value(r, c, d);
    } else if (value instanceof Number n) {
      ws.value(r, c, n);
    } else if (value instanceof Boolean b) {
      ws.value(r, c, b);
    } else if (value instanceof String s) {
      ws.value(r, c, s);
    }
  }
}
