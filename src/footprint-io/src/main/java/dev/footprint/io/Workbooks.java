package dev.footprint.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a sheet of an {@code .xlsx} workbook into a {@link Grid}, with the conventions of a CSV
 * table: the first row that is neither blank nor a comment is the header, a row whose first cell
 * starts with {@code #} is a comment, blank rows are skipped.
 *
 * <p>A cell becomes the text a CSV file would hold: a number its plain decimal digits
 * ({@code 2027}, {@code 0.25}, never an exponent), text stripped of surrounding white space, a
 * boolean {@code true} or {@code false}, a formula its saved result. A cell that cannot stand for a
 * value of a study is marked bad, and refused where it is used: a date or time (a study has none),
 * an error such as {@code #N/A}, a formula with no saved result.
 */
final class Workbooks {
  private Workbooks() {}

  /** Excel's error values, as a cell or a formula's result holds them. */
  private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
      "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!");

  /** What of a number format is not a date or time code: literals, escapes, fills, colors and locales. */
  private static final Pattern FORMAT_LITERALS = Pattern.compile("\"[^\"]*\"|\\\\.|_.|\\*.|\\[[^\\]]*\\]");
  private static final Pattern ELAPSED_TIME = Pattern.compile("\\[(?:h+|m+|s+)\\]", Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE_CODES = Pattern.compile("[ymdhs]", Pattern.CASE_INSENSITIVE);

  /** The file names a workbook table may have. */
  static boolean isWorkbookName(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".xlsx") || n.endsWith(".xlsm");
  }

  /**
   * Reads one sheet.
   *
   * @param file the workbook as problems name it
   * @param bytes its content
   * @param sheet the sheet's name, or null when the reference names none (a problem)
   * @param problems where problems go
   * @param fileAt where the reference names the workbook
   * @param sheetAt where the reference names the sheet
   * @param path the study path of the reference, for problems in the sheet
   * @return the sheet's grid, or null (with a problem) when the workbook or the sheet cannot be read
   */
  static Grid read(String file, byte[] bytes, String sheet, Problems problems, Loc fileAt, Loc sheetAt,
      String path) {
    if (bytes.length < 8 || !ReadableWorkbook.isOOXMLZipHeader(bytes)) {
      problems.add(fileAt, "'" + file + "' is not an .xlsx workbook" + (bytes.length >= 8
          && ReadableWorkbook.isOLE2Header(bytes) ? ": it is an Excel 97-2003 workbook (.xls)" : "")
          + "\nMaybe open it in a spreadsheet program and save it as an Excel Workbook (.xlsx).");
      return null;
    }
    String unzipped = tooLargeUnzipped(bytes);
    if (unzipped != null) {
      problems.add(fileAt, "'" + file + "' " + unzipped);
      return null;
    }
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, true))) {
      List<Sheet> sheets = wb.getSheets().toList();
      List<String> names = sheets.stream().map(Sheet::getName).toList();
      if (sheet == null) {
        problems.add(fileAt, "a workbook table names its sheet, as in {xlsx: book.xlsx, sheet: sites}: the sheets"
            + " of '" + file + "' are " + names);
        return null;
      }
      int index = names.indexOf(sheet);
      if (index < 0) {
        problems.add(sheetAt, "no sheet is named '" + sheet + "' in '" + file + "': its sheets are " + names
            + Problems.maybe(sheet, names).replaceAll("\nMaybe use one of .*", ""));
        return null;
      }
      String display = file + "[" + sheet + "]";
      List<Row> rows = new ArrayList<>();
      try (Stream<Row> stream = sheets.get(index).openStream()) {
        Iterator<Row> it = stream.iterator();
        while (it.hasNext()) {
          Row row = it.next();
          // The header and comment rows are counted too: a limit on rows, not on elements.
          if (rows.size() > StudyLimits.MAX_TABLE_ROWS) {
            problems.add(new Loc(display, row.getRowNum(), path), "the sheet has more than the " + String.format(
                java.util.Locale.ROOT, "%,d", StudyLimits.MAX_TABLE_ROWS) + " rows a table may have"
                + " (docs/study-format.md, Limits)");
            return null;
          }
          if (row.getCellCount() > StudyLimits.MAX_TABLE_COLUMNS) {
            problems.add(new Loc(display, row.getRowNum(), path), "row " + row.getRowNum() + " has "
                + row.getCellCount() + " cells, more than the " + StudyLimits.MAX_TABLE_COLUMNS + " columns a table may"
                + " have (docs/study-format.md, Limits)");
            return null;
          }
          rows.add(row);
        }
      }
      return grid(display, rows, problems, path);
    } catch (IOException | RuntimeException e) {
      // The reader's own message may quote the file's XML: it is not repeated.
      problems.add(fileAt, "'" + file + "' cannot be read as an .xlsx workbook: it is damaged, or not a workbook"
          + "\nMaybe open it in a spreadsheet program and save it again as an Excel Workbook (.xlsx).");
      return null;
    }
  }

  /**
   * @param bytes a zip file
   * @return why the zip is refused (it expands beyond {@link StudyLimits#MAX_WORKBOOK_UNZIPPED_BYTES}),
   *     or null; the bytes of every part are counted as they are unzipped, not taken from the zip's
   *     own directory, which may lie
   */
  static String tooLargeUnzipped(byte[] bytes) {
    long total = 0;
    byte[] buffer = new byte[1 << 16];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      while (zip.getNextEntry() != null) {
        for (int n; (n = zip.read(buffer)) > 0; ) {
          total += n;
          if (total > StudyLimits.MAX_WORKBOOK_UNZIPPED_BYTES) {
            return "expands to more than " + InputFiles.mib(StudyLimits.MAX_WORKBOOK_UNZIPPED_BYTES) + " when unzipped,"
                + " more than a workbook may (docs/study-format.md, Limits)";
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // A damaged zip: the workbook reader says so.
      return null;
    }
    return null;
  }

  /** One row's cells as text, and the cells that cannot be read. */
  private record Cells(List<String> text, Map<Integer, String> bad) {
    boolean blank() {
      return bad.isEmpty() && text.stream().allMatch(String::isEmpty);
    }

    boolean comment() {
      return !text.isEmpty() && text.get(0).startsWith("#");
    }

    /** @return the index of the last cell that is not empty, or -1 */
    int last() {
      for (int c = text.size() - 1; c >= 0; c--) {
        if (!text.get(c).isEmpty() || bad.containsKey(c)) {
          return c;
        }
      }
      return -1;
    }
  }

  private static Grid grid(String display, List<Row> rows, Problems problems, String path) {
    Grid empty = new Grid(display, true, List.of(), 0, List.of());
    List<String> header = null;
    int headerLine = 0;
    List<Grid.Row> out = new ArrayList<>();
    for (Row row : rows) {
      Cells cells = cells(row);
      if (cells.blank() || cells.comment()) {
        continue;
      }
      int line = row.getRowNum();
      if (header == null) {
        header = header(empty, cells, line, problems, path);
        if (header == null) {
          return null;
        }
        headerLine = line;
        continue;
      }
      int width = header.size();
      List<String> text = new ArrayList<>(cells.text().subList(0, Math.min(width, cells.text().size())));
      while (text.size() < width) {
        text.add("");
      }
      Map<Integer, String> bad = new HashMap<>(cells.bad());
      bad.keySet().removeIf(c -> c >= width);
      int extra = cells.last() >= width ? firstAfter(cells, width) : -1;
      String widthProblem = null;
      if (extra >= 0) {
        String value = cells.text().get(extra);
        widthProblem = (value.isEmpty() ? "is not empty" : "holds '" + value + "'") + " but the header row names no"
            + " column " + Grid.columnName(extra) + "\nMaybe name the column in the header row, or clear the cell.";
      }
      out.add(new Grid.Row(line, text, bad, widthProblem, extra));
    }
    if (header == null) {
      problems.add(new Loc(display, 0, path), "the sheet is empty: it needs a header row naming its columns");
      return null;
    }
    return new Grid(display, true, header, headerLine, out);
  }

  private static int firstAfter(Cells cells, int width) {
    for (int c = width; c < cells.text().size(); c++) {
      if (!cells.text().get(c).isEmpty() || cells.bad().containsKey(c)) {
        return c;
      }
    }
    return -1;
  }

  /** @return the column names, or null (with a problem) when a header cell is unreadable or unnamed */
  private static List<String> header(Grid grid, Cells cells, int line, Problems problems, String path) {
    List<String> names = cells.text().subList(0, cells.last() + 1);
    boolean ok = true;
    for (int c = 0; c < names.size(); c++) {
      String bad = cells.bad().get(c);
      if (bad != null) {
        problems.add(grid.cell(c, line, path, null), "a column name " + bad);
        ok = false;
      } else if (names.get(c).isEmpty()) {
        problems.add(grid.cell(c, line, path, null), "the header row names no column " + Grid.columnName(c)
            + ", but a column after it is named\nMaybe name the column, or delete it.");
        ok = false;
      }
    }
    return ok ? List.copyOf(names) : null;
  }

  private static Cells cells(Row row) {
    List<String> text = new ArrayList<>();
    Map<Integer, String> bad = new HashMap<>();
    for (int c = 0; c < row.getCellCount(); c++) {
      Cell cell = row.getCell(c);
      String problem = cell == null ? null : problem(cell);
      if (problem != null) {
        bad.put(c, problem);
      }
      text.add(cell == null || problem != null ? "" : text(cell));
    }
    return new Cells(text, bad);
  }

  /** @return what makes the cell unreadable, or null when it holds a value */
  private static String problem(Cell cell) {
    Object value = cell.getValue();
    switch (cell.getType()) {
      case ERROR:
        return "holds the error " + cell.getRawValue();
      case FORMULA:
        if (value == null) {
          return "holds the formula =" + cell.getFormula() + " with no saved result"
              + "\nMaybe open the workbook in a spreadsheet program and save it, which stores every formula's result.";
        }
        if (value instanceof String s && ERRORS.contains(s.strip())) {
          return "holds the formula =" + cell.getFormula() + ", whose result is the error " + s.strip();
        }
        return value instanceof BigDecimal && isDate(cell) ? date(cell) : null;
      case NUMBER:
        return isDate(cell) ? date(cell) : null;
      default:
        return null;
    }
  }

  private static String date(Cell cell) {
    LocalDateTime d = cell.asDate();
    String shown = d.toLocalTime().toSecondOfDay() == 0 ? d.toLocalDate().toString() : d.toString();
    return "holds a date or time, " + shown + ": a study reads no dates"
        + "\nMaybe write the period's label (such as 2027) or the number, in a cell formatted as General or Text.";
  }

  private static String text(Cell cell) {
    Object value = cell.getValue();
    if (value instanceof BigDecimal d) {
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    return value == null ? "" : value.toString().strip();
  }

  /** @return whether the cell's number format shows a date or a time */
  static boolean isDate(Cell cell) {
    Integer id = cell.getDataFormatId();
    // The built-in date and time formats, with the East Asian ones (ECMA-376 part 1, 18.8.30); a
    // custom format is a date when its code says so.
    if (id != null && ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58))) {
      return true;
    }
    return isDateFormat(cell.getDataFormatString());
  }

  /**
   * @param format a number format code, such as {@code yyyy-mm-dd} or {@code #,##0.00}
   * @return whether it shows a date or a time: its first section has a date or time code outside
   *     quoted text, escapes, fills and brackets
   */
  static boolean isDateFormat(String format) {
    if (format == null || format.isBlank()) {
      return false;
    }
    String s = ELAPSED_TIME.matcher(format).replaceAll("h");
    s = FORMAT_LITERALS.matcher(s).replaceAll("");
    int semicolon = s.indexOf(';');
    if (semicolon >= 0) {
      s = s.substring(0, semicolon);
    }
    s = s.replaceAll("(?i)general", "");
    return DATE_CODES.matcher(s).find();
  }
}
