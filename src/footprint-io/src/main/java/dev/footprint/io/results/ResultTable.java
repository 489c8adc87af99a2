package dev.footprint.io.results;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One table of results, independent of the file it goes to: a name, the column names, and rows of
 * typed cells. {@link ResultTables} makes the tables of a run; {@link CsvTables} writes a table as a
 * CSV file ({@code name.csv}) and {@link ResultWorkbook} as a sheet of {@code results.xlsx}, so each
 * table is computed once for both.
 *
 * <p>A cell is a {@link Number} (a number that is not finite stands for "no value"), a
 * {@link String}, a {@link Boolean}, or null for an empty cell.
 *
 * @param name the table's name: the CSV file's name without {@code .csv}, and the sheet's name
 * @param columns the column names, all different
 * @param rows the rows, each with one cell per column
 */
public record ResultTable(String name, List<String> columns, List<List<Object>> rows) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_\\-]{0,30}");

  /**
   * Validates and copies.
   *
   * @param name the table's name: lower case letters, digits, '_' and '-', at most 31 characters
   *     (a sheet's limit)
   * @param columns the column names, all different
   * @param rows the rows, each with one cell per column
   * @throws IllegalArgumentException if the name is not such a word, two columns share a name, a row
   *     has another number of cells, or a cell is of another type
   */
  public ResultTable {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("name = '" + name + "': a table's name is a lower-case word of at most 31"
          + " letters, digits, '_' or '-'");
    }
    columns = List.copyOf(columns);
    if (new HashSet<>(columns).size() != columns.size()) {
      throw new IllegalArgumentException(name + ": two columns share a name in " + columns);
    }
    List<List<Object>> copy = new ArrayList<>(rows.size());
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(name + ": row " + r + " has " + row.size() + " cells for the "
            + columns.size() + " columns " + columns);
      }
      for (Object cell : row) {
        if (cell != null && !(cell instanceof Number) && !(cell instanceof String) && !(cell instanceof Boolean)) {
          throw new IllegalArgumentException(name + ": row " + r + " holds " + cell.getClass().getSimpleName()
              + " '" + cell + "': a cell is a number, text, a boolean or empty (null)");
        }
      }
      copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(copy);
  }

  /**
   * @param name the table's name
   * @param columns the column names
   * @return a builder of a table with these columns
   */
  public static Builder builder(String name, List<String> columns) {
    return new Builder(name, columns);
  }

  /** Collects the rows of a table; {@link #build()} validates them. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    private Builder(String name, List<String> columns) {
      this.name = name;
      this.columns = List.copyOf(columns);
    }

    /**
     * @param cells one cell per column, in column order
     * @return this builder
     */
    public Builder add(Object... cells) {
      rows.add(Arrays.asList(cells.clone()));
      return this;
    }

    /**
     * @param cells one cell per column, in column order
     * @return this builder
     */
    public Builder add(List<?> cells) {
      rows.add(new ArrayList<>(cells));
      return this;
    }

    /** @return the table */
    public ResultTable build() {
      return new ResultTable(name, columns, rows);
    }
  }
}
