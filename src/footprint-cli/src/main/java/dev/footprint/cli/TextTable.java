package dev.footprint.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for the terminal: a header and rows of cells, each column as wide as its widest
 * cell, columns two spaces apart, numbers right-aligned and text left-aligned. The last column is
 * not padded, so that a long list there does not leave trailing blanks.
 */
final class TextTable {
  private final String[] header;
  private final boolean[] right;
  private final List<String[]> rows = new ArrayList<>();

  /**
   * @param columns the header of each column; a header starting with {@code >} (which is dropped)
   *     marks a right-aligned column
   */
  TextTable(String... columns) {
    header = new String[columns.length];
    right = new boolean[columns.length];
    for (int i = 0; i < columns.length; i++) {
      right[i] = columns[i].startsWith(">");
      header[i] = right[i] ? columns[i].substring(1) : columns[i];
    }
  }

  /**
   * @param cells one cell per column
   * @return this
   * @throws IllegalArgumentException if the number of cells is not the number of columns
   */
  TextTable row(String... cells) {
    if (cells.length != header.length) {
      throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + header.length
          + " columns: " + Arrays.toString(cells));
    }
    rows.add(cells.clone());
    return this;
  }

  /** @return the header and every row, each line ending with a newline */
  String render() {
    int[] width = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      width[i] = header[i].length();
      for (String[] r : rows) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    line(sb, header, width);
    for (String[] r : rows) {
      line(sb, r, width);
    }
    return sb.toString();
  }

  private void line(StringBuilder sb, String[] cells, int[] width) {
    StringBuilder l = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        l.append("  ");
      }
      String pad = " ".repeat(width[i] - cells[i].length());
      l.append(right[i] ? pad + cells[i] : cells[i] + (i < cells.length - 1 ? pad : ""));
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }
}
