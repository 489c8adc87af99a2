package dev.footprint.solve.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * HiGHS's improving-solution file, the route by which a HiGHS incumbent survives a time limit.
 *
 * <p>OR-Tools 9.15's HiGHS wrapper ({@code HighsSolveProto}) treats HiGHS's warning status at a
 * limit as an unknown outcome and returns no values, though HiGHS holds a feasible, often optimal,
 * solution (OR-Tools issues 5016 and 5372; fixed after 9.15). HiGHS itself, given the options
 * {@code mip_improving_solution_file} and {@code mip_improving_solution_report_sparse}, appends every
 * improving MIP solution of the original model to that file and flushes it:
 *
 * <pre>
 * Objective 6755298.921687772
 * # Columns -400
 * NoName 6116.72 1441
 * ...
 * </pre>
 *
 * one block per solution: the objective (with its offset), the negated count of nonzero values,
 * then one line per nonzero: the column's name ({@code NoName} without names), value and index.
 * Values are written to about 13 significant digits. This class reads the incumbents' objectives as
 * they come (progress) and the last complete block (the solution at a limit); a block still being
 * written is ignored.
 */
final class HighsIncumbentFile {
  /** Characters that HiGHS's option parser splits on, so a file path must avoid them. */
  private static final String UNSAFE = " =,#\t\n\r";

  final Path path;
  private long scanned;

  private HighsIncumbentFile(Path path) {
    this.path = path;
  }

  /**
   * @return a fresh empty file for HiGHS to write, or null if no temporary file can be made whose
   *     path HiGHS's option parser reads whole
   */
  static HighsIncumbentFile create() {
    try {
      Path p = Files.createTempFile("footprint-highs", ".sol");
      String s = p.toAbsolutePath().toString();
      for (int i = 0; i < s.length(); i++) {
        if (UNSAFE.indexOf(s.charAt(i)) >= 0) {
          Files.deleteIfExists(p);
          return null;
        }
      }
      return new HighsIncumbentFile(p.toAbsolutePath());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** @return the options that make HiGHS write this file */
  String options() {
    return "mip_improving_solution_file=" + path + "\nmip_improving_solution_report_sparse=true";
  }

  /**
   * @return the objectives of the incumbents written since the last call, in order (any thread)
   */
  synchronized List<Double> newObjectives() {
    List<Double> out = new ArrayList<>();
    try (RandomAccessFile f = new RandomAccessFile(path.toFile(), "r")) {
      long length = f.length();
      if (length <= scanned) {
        return out;
      }
      byte[] bytes = new byte[(int) Math.min(Integer.MAX_VALUE - 8, length - scanned)];
      f.seek(scanned);
      f.readFully(bytes);
      int lastNewline = -1;
      for (int i = bytes.length - 1; i >= 0; i--) {
        if (bytes[i] == '\n') {
          lastNewline = i;
          break;
        }
      }
      if (lastNewline < 0) {
        return out;
      }
      String text = new String(bytes, 0, lastNewline + 1, StandardCharsets.US_ASCII);
      scanned += lastNewline + 1;
      for (String line : text.split("\n")) {
        if (line.startsWith("Objective ")) {
          out.add(parse(line.substring(10)));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not written yet, or being written: read again at the next poll
    }
    return out;
  }

  /** The last complete solution: its objective and its values by HiGHS column. */
  record Incumbent(double objective, double[] values) {}

  /**
   * @param columns the number of columns of the model HiGHS solved
   * @return the last complete solution in the file, or null if there is none
   */
  Incumbent last(int columns) {
    List<String> lines;
    try {
      String text = Files.readString(path, StandardCharsets.US_ASCII);
      // HiGHS flushes at the end of each block; a last line without its line break is still being written
      int end = text.lastIndexOf('\n');
      lines = end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    } catch (IOException | RuntimeException e) {
      return null;
    }
    for (int start = lines.size() - 1; start >= 0; start--) {
      if (!lines.get(start).startsWith("Objective ")) {
        continue;
      }
      Incumbent inc = block(lines, start, columns);
      if (inc != null) {
        return inc;
      }
    }
    return null;
  }

  private static Incumbent block(List<String> lines, int start, int columns) {
    try {
      double objective = parse(lines.get(start).substring(10));
      String header = lines.get(start + 1);
      if (!header.startsWith("# Columns ")) {
        return null;
      }
      int count = Integer.parseInt(header.substring(10).strip());
      boolean sparse = count < 0;
      int n = Math.abs(count);
      if (start + 2 + n > lines.size() || (!sparse && n != columns)) {
        return null;
      }
      double[] values = new double[columns];
      for (int k = 0; k < n; k++) {
        String[] tokens = lines.get(start + 2 + k).strip().split("\\s+");
        int index;
        double value;
        if (sparse) {
          index = Integer.parseInt(tokens[tokens.length - 1]);
          value = parse(tokens[tokens.length - 2]);
        } else {
          index = k;
          value = parse(tokens[tokens.length - 1]);
        }
        if (index < 0 || index >= columns || Double.isNaN(value)) {
          return null;
        }
        values[index] = value;
      }
      return Double.isNaN(objective) ? null : new Incumbent(objective, values);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static double parse(String s) {
    String t = s.strip();
    return switch (t) {
      case "inf", "+inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(t);
    };
  }

  /** Deletes the file; a leftover temporary file is harmless. */
  void delete() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException | RuntimeException ignored) {
      // harmless
    }
  }
}
