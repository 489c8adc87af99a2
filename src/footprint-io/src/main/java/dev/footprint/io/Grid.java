package dev.footprint.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A table as read from a CSV file or from a sheet of a workbook, before its cells mean anything: the
 * header's column names and the rows of text cells, with where each row and cell is. {@link Tables}
 * turns a grid into the elements or the mapping it stands for, whatever file it came from.
 *
 * <p>Locations: a CSV table's cells are at their file and line. A sheet's {@code display} is
 * {@code book.xlsx[sheet]}, its line is the row number Excel shows, and a problem in one cell names
 * the cell, {@code book.xlsx[sheet]!C7}.
 *
 * @param display the file as problems name it: the CSV file, or the workbook and sheet
 * @param workbook whether the table is a sheet, whose cells are named A1-style
 * @param header the column names, stripped
 * @param headerLine the line (or row) of the header
 * @param rows the rows that are neither blank nor comments, in order
 */
record Grid(String display, boolean workbook, List<String> header, int headerLine, List<Row> rows) {

  /**
   * One row.
   *
   * @param line its line in the CSV file, or its row number in the sheet
   * @param cells its cells as text, stripped, one per header column ("" for an empty cell); a row
   *     with a {@code widthProblem} may have another number of cells
   * @param bad the cells that cannot be read (a date, an error, a formula with no saved result), by
   *     column index, each with what is wrong; their text in {@code cells} is ""
   * @param widthProblem what is wrong with the row's number of values, or null when it fits the header
   * @param widthColumn the column the width problem is in (a sheet's cell beyond the header), or -1
   *     for the whole row
   */
  record Row(int line, List<String> cells, Map<Integer, String> bad, String widthProblem, int widthColumn) {}

  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
      .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();

  /**
   * @param column a column index, 0-based
   * @param line the line or row
   * @return the file a problem in that cell names: the CSV file, or {@code book.xlsx[sheet]!C7}
   */
  String cellFile(int column, int line) {
    return workbook ? display + "!" + columnName(column) + line : display;
  }

  /**
   * @param column a column index, 0-based
   * @param line the line or row
   * @param path the study path of the value in the cell
   * @param raw the cell's text, or null
   * @return where the cell is
   */
  Loc cell(int column, int line, String path, String raw) {
    return new Loc(cellFile(column, line), line, path, raw);
  }

  /** @return the letters of a column, 0-based: A, B, ..., Z, AA, AB, ... */
  static String columnName(int column) {
    StringBuilder sb = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      sb.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return sb.toString();
  }

  /**
   * Reads a CSV file.
   *
   * @param display the file as problems name it
   * @param bytes its content, UTF-8 (a byte-order mark is skipped)
   * @param problems where problems go
   * @param path the study path of the table reference, for problems
   * @return the grid, or null (with a problem) when the file is empty or is not CSV
   */
  static Grid csv(String display, byte[] bytes, Problems problems, String path) {
    Loc fileAt = new Loc(display, 0, path);
    String text = InputFiles.utf8(bytes, "the CSV file", fileAt, problems,
        "\nMaybe save it as CSV UTF-8 (a spreadsheet program offers it under Save As).");
    if (text == null) {
      return null;
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    int[] lineStart = new int[lines.length];
    for (int i = 1, pos = 0; i < lines.length; i++) {
      pos += lines[i - 1].length() + 1;
      lineStart[i] = pos;
    }
    try (CSVParser p = CSVParser.parse(new StringReader(text.replace("\r\n", "\n").replace('\r', '\n')), CSV)) {
      List<String> header = p.getHeaderNames();
      if (header.isEmpty()) {
        problems.add(fileAt, "the CSV file is empty: it needs a header row naming its columns");
        return null;
      }
      if (header.size() > StudyLimits.MAX_TABLE_COLUMNS) {
        problems.add(fileAt.withLine(firstContentLine(lines, 0)), "the table has " + header.size()
            + " columns, more than the " + StudyLimits.MAX_TABLE_COLUMNS + " a table may have (docs/study-format.md,"
            + " Limits)");
        return null;
      }
      List<Row> rows = new ArrayList<>();
      for (CSVRecord r : p) {
        int startLine = Arrays.binarySearch(lineStart, (int) r.getCharacterPosition());
        if (startLine < 0) {
          startLine = -startLine - 2;
        }
        if (rows.size() == StudyLimits.MAX_TABLE_ROWS) {
          problems.add(fileAt.withLine(startLine + 1), "the table has more than the " + String.format(Locale.ROOT,
              "%,d", StudyLimits.MAX_TABLE_ROWS) + " rows a table may have (docs/study-format.md, Limits)");
          return null;
        }
        List<String> cells = r.toList();
        rows.add(new Row(firstContentLine(lines, startLine), cells, Map.of(), widthProblem(cells.size(), header), -1));
      }
      return new Grid(display, false, header, firstContentLine(lines, 0), rows);
    } catch (IllegalArgumentException e) {
      // Commons CSV refuses a header with an empty name; its message would quote the header.
      problems.add(fileAt.withLine(firstContentLine(lines, 0)), "the header row leaves a column without a name:"
          + " every column needs one\nMaybe delete the empty column, or a comma too many.");
      return null;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      problems.add(fileAt, "cannot be read as CSV: " + reason(e) + "\nMaybe a value opens a double quote it does not"
          + " close, or holds one without being quoted: write it in double quotes, doubling the quotes inside.");
      return null;
    }
  }

  /** @return what Commons CSV says is wrong (it names a line and a position, never the text), without class names */
  private static String reason(Exception e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? "" : t.getMessage().replaceAll("[\\w.$]+(Exception|Error): ", "");
    return m.isBlank() ? "it is not CSV" : m;
  }

  private static String widthProblem(int size, List<String> header) {
    if (size < header.size()) {
      return "the row has " + size + " values but the header has " + header.size() + " columns: missing "
          + header.subList(size, header.size()) + "\nMaybe a comma is missing, or an empty value needs its comma.";
    }
    if (size > header.size()) {
      return "the row has " + size + " values but the header has " + header.size()
          + " columns\nMaybe a value holds a comma: put it in double quotes.";
    }
    return null;
  }

  /** @return the 1-based line of the first line at or after {@code from} (0-based) that is not blank or a comment */
  private static int firstContentLine(String[] lines, int from) {
    for (int i = Math.max(0, from); i < lines.length; i++) {
      String s = lines[i].strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        return i + 1;
      }
    }
    return from + 1;
  }
}
