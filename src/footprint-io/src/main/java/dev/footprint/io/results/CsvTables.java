package dev.footprint.io.results;

import dev.footprint.analysis.Frontier;
import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.RobustFootprint;
import dev.footprint.analysis.Sensitivity;
import dev.footprint.analysis.Sweep;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@link ResultTable}s as CSV files: a header row, one row per fact, numbers at full precision
 * without exponents, UTF-8, {@code \n} line ends; an empty cell and a number that is not finite are
 * written empty. The tables and their headers are described in {@link ResultTables}.
 *
 * <p>Each method named after a table makes it, writes it and returns it, so that the same table can
 * be written as a sheet of {@code results.xlsx} too ({@link ResultWorkbook}).
 */
public final class CsvTables {
  private CsvTables() {}

  /**
   * Writes a table.
   *
   * @param file the file (replaced if it exists)
   * @param table the table
   * @return the table
   * @throws IOException if writing fails
   */
  public static ResultTable write(Path file, ResultTable table) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(table.columns().toArray(String[]::new))
        .setRecordSeparator("\n").get();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CSVPrinter out = new CSVPrinter(w, format)) {
      for (List<Object> row : table.rows()) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object cell : row) {
          cells.add(text(cell));
        }
        out.printRecord(cells);
      }
    }
    return table;
  }

  /**
   * @param v a number
   * @return it in plain digits at full precision, empty when not finite
   */
  public static String number(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    if (v == 0) {
      return "0";
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** @return a cell as CSV text: numbers by {@link #number(double)} (whole numbers as they are) */
  static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Double || cell instanceof Float) {
      return number(((Number) cell).doubleValue());
    }
    if (cell instanceof BigDecimal d) {
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    return cell.toString();
  }

  /**
   * production.csv: see {@link ResultTables#production(Map)}.
   *
   * @param file the file
   * @param solutions solutions by scenario
   * @return the table written
   * @throws IOException if writing fails
   */
  public static ResultTable production(Path file, Map<String, Solution> solutions) throws IOException {
    return write(file, ResultTables.production(solutions));
  }

  /**
   * shipments.csv: see {@link ResultTables#shipments(Map)}.
   *
   * @param file the file
   * @param solutions solutions by scenario
   * @return the table written
   * @throws IOException if writing fails
   */
  public static ResultTable shipments(Path file, Map<String, Solution> solutions) throws IOException {
    return write(file, ResultTables.shipments(solutions));
  }

  /**
   * costs.csv: see {@link ResultTables#costs(Map)}.
   *
   * @param file the file
   * @param solutions solutions by scenario
   * @return the table written
   * @throws IOException if writing fails
   */
  public static ResultTable costs(Path file, Map<String, Solution> solutions) throws IOException {
    return write(file, ResultTables.costs(solutions));
  }

  /**
   * quotas.csv: see {@link ResultTables#quotas(Map)}.
   *
   * @param file the file
   * @param solutions solutions by scenario
   * @return the table written
   * @throws IOException if writing fails
   */
  public static ResultTable quotas(Path file, Map<String, Solution> solutions) throws IOException {
    return write(file, ResultTables.quotas(solutions));
  }

  /**
   * steps.csv: see {@link ResultTables#steps(Map)}.
   *
   * @param file the file
   * @param solutions solutions by scenario
   * @return the table written
   * @throws IOException if writing fails
   */
  public static ResultTable steps(Path file, Map<String, Solution> solutions) throws IOException {
    return write(file, ResultTables.steps(solutions));
  }

  /**
   * sites.csv: see {@link ResultTables#sites(Map)}.
   *
   * @param file the file
   * @param solutions solutions by scenario
   * @return the table written
   * @throws IOException if writing fails
   */
  public static ResultTable sites(Path file, Map<String, Solution> solutions) throws IOException {
    return write(file, ResultTables.sites(solutions));
  }

  /**
   * comparison.csv: see {@link ResultTables#comparison(Map, String)}.
   *
   * @param file the file
   * @param solutions solutions by scenario
   * @param base the base scenario's name, or null
   * @return the table written
   * @throws IOException if writing fails
   */
  public static ResultTable comparison(Path file, Map<String, Solution> solutions, String base) throws IOException {
    return write(file, ResultTables.comparison(solutions, base));
  }

  /**
   * sweep.csv: see {@link ResultTables#sweep(Sweep, Network)}.
   *
   * @param file the file
   * @param sweep the sweep
   * @param network the network swept
   * @return the table written
   * @throws IOException if writing fails
   */
  public static ResultTable sweep(Path file, Sweep sweep, Network network) throws IOException {
    return write(file, ResultTables.sweep(sweep, network));
  }

  /**
   * sweep.csv without the network: its money columns name no money, and its share columns follow
   * the order in which the sweep first makes each product in each country.
   *
   * @param file the file
   * @param sweep the sweep
   * @return the table written
   * @throws IOException if writing fails
   * @deprecated use {@link #sweep(Path, Sweep, Network)}, whose headers name the money
   */
  @Deprecated
  public static ResultTable sweep(Path file, Sweep sweep) throws IOException {
    return write(file, ResultTables.sweep(sweep, null, null));
  }

  /**
   * frontier.csv: see {@link ResultTables#frontier(Frontier, Network)}.
   *
   * @param file the file
   * @param f the frontier
   * @param network the network
   * @return the table written
   * @throws IOException if writing fails
   */
  public static ResultTable frontier(Path file, Frontier f, Network network) throws IOException {
    return write(file, ResultTables.frontier(f, network));
  }

  /**
   * frontier.csv without the network: its money columns name no money.
   *
   * @param file the file
   * @param f the frontier
   * @return the table written
   * @throws IOException if writing fails
   * @deprecated use {@link #frontier(Path, Frontier, Network)}, whose headers name the money
   */
  @Deprecated
  public static ResultTable frontier(Path file, Frontier f) throws IOException {
    return write(file, ResultTables.frontier(f, (Money) null));
  }

  /**
   * montecarlo.csv: see {@link ResultTables#monteCarlo(MonteCarlo, Network)}.
   *
   * @param file the file
   * @param mc the run
   * @param network the network sampled
   * @return the table written
   * @throws IOException if writing fails
   */
  public static ResultTable monteCarlo(Path file, MonteCarlo mc, Network network) throws IOException {
    return write(file, ResultTables.monteCarlo(mc, network));
  }

  /**
   * montecarlo.csv without the network: its cost column names no money.
   *
   * @param file the file
   * @param mc the run
   * @return the table written
   * @throws IOException if writing fails
   * @deprecated use {@link #monteCarlo(Path, MonteCarlo, Network)}, whose headers name the money
   */
  @Deprecated
  public static ResultTable monteCarlo(Path file, MonteCarlo mc) throws IOException {
    return write(file, ResultTables.monteCarlo(mc, (Money) null));
  }

  /**
   * sensitivity.csv: see {@link ResultTables#sensitivity(Sensitivity, Network)}.
   *
   * @param file the file
   * @param s the sensitivity
   * @param network the network of the solution
   * @return the table written
   * @throws IOException if writing fails
   */
  public static ResultTable sensitivity(Path file, Sensitivity s, Network network) throws IOException {
    return write(file, ResultTables.sensitivity(s, network));
  }

  /**
   * sensitivity.csv without the network: no unit column.
   *
   * @param file the file
   * @param s the sensitivity
   * @return the table written
   * @throws IOException if writing fails
   * @deprecated use {@link #sensitivity(Path, Sensitivity, Network)}, which states each value's unit
   */
  @Deprecated
  public static ResultTable sensitivity(Path file, Sensitivity s) throws IOException {
    return write(file, ResultTables.sensitivity(s, null, null));
  }

  /**
   * robust.csv: see {@link ResultTables#robust(RobustFootprint, Network)}.
   *
   * @param file the file
   * @param r the robust footprint
   * @param network a network of the regimes
   * @return the table written
   * @throws IOException if writing fails
   */
  public static ResultTable robust(Path file, RobustFootprint r, Network network) throws IOException {
    return write(file, ResultTables.robust(r, network));
  }

  /**
   * robust.csv, its money taken from the allocations of the regimes (named by none when there is no
   * allocation).
   *
   * @param file the file
   * @param r the robust footprint
   * @return the table written
   * @throws IOException if writing fails
   */
  public static ResultTable robust(Path file, RobustFootprint r) throws IOException {
    return write(file, ResultTables.robust(r));
  }
}
