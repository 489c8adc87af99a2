package dev.footprint.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong with a study file or a table it reads.
 *
 * <p>In a sheet of a workbook, {@code file} names the workbook and the sheet,
 * {@code tables/book.xlsx[sites]}, and, for a problem in one cell, the cell too,
 * {@code tables/book.xlsx[sites]!C7}; {@code line} is then the row number Excel shows.
 *
 * @param file the file it is in: the study file, a CSV file, or a workbook's sheet or cell
 * @param line the line (in a sheet, the row), 1-based, or 0 when unknown
 * @param path where in the study, such as {@code sites[2].capacity}
 * @param message what is wrong, with a hint on a new line starting "Maybe" where one helps
 */
public record Problem(String file, int line, String path, String message) {
  private static final Pattern CELL = Pattern.compile("^(.*\\])!([A-Z]{1,3})([0-9]+)$");

  /**
   * @return {@code file:line: path: message}; the line is left out when unknown, or when the file
   *     names a cell of that row ({@code book.xlsx[sites]!C7: sites[5].capacity: ...})
   */
  @Override
  public String toString() {
    Matcher m = CELL.matcher(file);
    boolean namesRow = m.matches() && m.group(3).equals(Integer.toString(line));
    return file + (line > 0 && !namesRow ? ":" + line : "") + ": " + path + ": " + message;
  }

  /** @return the file without the cell it names: a cell's workbook and sheet, any other file as is */
  String fileWithoutCell() {
    Matcher m = CELL.matcher(file);
    return m.matches() ? m.group(1) : file;
  }
}
