package dev.footprint.solve.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes a recorded model as free MPS or CPLEX LP text, every number in full precision (the shortest
 * decimal that reads back to the same double) and every name from domain keys. OR-Tools' own writers
 * round numbers to six significant digits, which changes the model a user hands to another solver.
 */
final class ModelText {
  private ModelText() {}

  /**
   * Free MPS. Names keep their characters but white space, which becomes '_'. The objective's
   * constant is written as the objective row's right-hand side, negated, as MPS readers expect.
   */
  static String mps(RecordedModel m, String name) {
    StringBuilder sb = new StringBuilder(64 + 48 * (m.variables + m.rows) + 40 * (int) Math.min(m.terms, 1 << 24));
    try {
      mps(m, name, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return sb.toString();
  }

  /** Free MPS, written to {@code sb}. */
  static void mps(RecordedModel m, String name, Appendable sb) throws IOException {
    String[] vars = names(m.varNames, m.variables, "x", ModelText::mpsName);
    String[] rows = names(m.rowNames, m.rows, "c", ModelText::mpsName);
    int[][] byColumn = group(m, m.variables, m.termVar);
    sb.append("NAME ").append(mpsName(name)).append('\n');
    sb.append("OBJSENSE\n    MIN\n");
    sb.append("ROWS\n N  COST\n");
    for (int r = 0; r < m.rows; r++) {
      sb.append(' ').append(rowType(m.rowLower[r], m.rowUpper[r])).append("  ").append(rows[r]).append('\n');
    }
    sb.append("COLUMNS\n");
    boolean inInteger = false;
    for (int v = 0; v < m.variables; v++) {
      if (m.varInteger[v] != inInteger) {
        sb.append("    MARKER  'MARKER'  ").append(inInteger ? "'INTEND'" : "'INTORG'").append('\n');
        inInteger = m.varInteger[v];
      }
      boolean any = false;
      if (m.varObjective[v] != 0) {
        sb.append("    ").append(vars[v]).append("  COST  ").append(num(m.varObjective[v])).append('\n');
        any = true;
      }
      for (int k = byColumn[0][v]; k < byColumn[0][v + 1]; k++) {
        int t = byColumn[1][k];
        sb.append("    ").append(vars[v]).append("  ").append(rows[m.termRow[t]]).append("  ").append(num(m.termCoef[t]))
            .append('\n');
        any = true;
      }
      if (!any) {
        sb.append("    ").append(vars[v]).append("  COST  0\n");
      }
    }
    if (inInteger) {
      sb.append("    MARKER  'MARKER'  'INTEND'\n");
    }
    sb.append("RHS\n");
    if (m.offset != 0) {
      sb.append("    RHS  COST  ").append(num(-m.offset)).append('\n');
    }
    StringBuilder ranges = new StringBuilder();
    for (int r = 0; r < m.rows; r++) {
      double lo = m.rowLower[r];
      double hi = m.rowUpper[r];
      double rhs = switch (rowType(lo, hi)) {
        case 'L' -> hi;
        case 'N' -> 0;
        default -> lo;
      };
      if (rhs != 0) {
        sb.append("    RHS  ").append(rows[r]).append("  ").append(num(rhs)).append('\n');
      }
      if (lo > Double.NEGATIVE_INFINITY && hi < Double.POSITIVE_INFINITY && lo != hi) {
        ranges.append("    RNG  ").append(rows[r]).append("  ").append(num(hi - lo)).append('\n');
      }
    }
    if (ranges.length() > 0) {
      sb.append("RANGES\n").append(ranges);
    }
    sb.append("BOUNDS\n");
    for (int v = 0; v < m.variables; v++) {
      double lo = m.varLower[v];
      double hi = m.varUpper[v];
      String col = vars[v];
      if (lo == hi) {
        sb.append(" FX BND  ").append(col).append("  ").append(num(lo)).append('\n');
        continue;
      }
      if (lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY) {
        sb.append(" FR BND  ").append(col).append('\n');
        continue;
      }
      if (lo == Double.NEGATIVE_INFINITY) {
        sb.append(" MI BND  ").append(col).append('\n');
      } else if (lo != 0 || m.varInteger[v]) {
        sb.append(" LO BND  ").append(col).append("  ").append(num(lo)).append('\n');
      }
      if (hi < Double.POSITIVE_INFINITY) {
        sb.append(" UP BND  ").append(col).append("  ").append(num(hi)).append('\n');
      } else if (m.varInteger[v]) {
        sb.append(" PL BND  ").append(col).append('\n');
      }
    }
    sb.append("ENDATA\n");
  }

  /**
   * CPLEX LP. The format allows only letters, digits and {@code !"#$%&()/,.;?@_`'{}|~} in names, so
   * brackets become parentheses and every other character '_'; a name made equal to another by that
   * gets a suffix {@code ~2}, {@code ~3}... The objective's constant is a variable fixed at 1.
   */
  static String lp(RecordedModel m, String name) {
    StringBuilder sb = new StringBuilder(64 + 48 * (m.variables + m.rows) + 32 * (int) Math.min(m.terms, 1 << 24));
    try {
      lp(m, name, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return sb.toString();
  }

  /** CPLEX LP, written to {@code sb}. */
  static void lp(RecordedModel m, String name, Appendable sb) throws IOException {
    Set<String> used = new HashSet<>();
    String[] vars = unique(names(m.varNames, m.variables, "x", ModelText::lpName), used);
    String[] rows = unique(names(m.rowNames, m.rows, "c", ModelText::lpName), used);
    int[][] byRow = group(m, m.rows, m.termRow);
    sb.append("\\ ").append(name).append('\n');
    sb.append("Minimize\n obj:");
    int onLine = 0;
    for (int v = 0; v < m.variables; v++) {
      if (m.varObjective[v] != 0) {
        onLine = term(sb, m.varObjective[v], vars[v], onLine);
      }
    }
    String constant = m.offset != 0 ? unique(new String[] {"objective_constant"}, used)[0] : null;
    if (constant != null) {
      term(sb, m.offset, constant, onLine);
    }
    sb.append("\nSubject To\n");
    for (int r = 0; r < m.rows; r++) {
      double lo = m.rowLower[r];
      double hi = m.rowUpper[r];
      boolean ranged = lo > Double.NEGATIVE_INFINITY && hi < Double.POSITIVE_INFINITY && lo != hi;
      if (lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY) {
        continue;
      }
      if (ranged) {
        row(sb, rows[r] + "_lo", byRow, r, m, vars, ">=", lo);
        row(sb, rows[r] + "_hi", byRow, r, m, vars, "<=", hi);
      } else if (lo == hi) {
        row(sb, rows[r], byRow, r, m, vars, "=", lo);
      } else if (lo > Double.NEGATIVE_INFINITY) {
        row(sb, rows[r], byRow, r, m, vars, ">=", lo);
      } else {
        row(sb, rows[r], byRow, r, m, vars, "<=", hi);
      }
    }
    sb.append("Bounds\n");
    for (int v = 0; v < m.variables; v++) {
      double lo = m.varLower[v];
      double hi = m.varUpper[v];
      if (lo == hi) {
        sb.append(' ').append(vars[v]).append(" = ").append(num(lo)).append('\n');
      } else if (lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY) {
        sb.append(' ').append(vars[v]).append(" free\n");
      } else {
        sb.append(' ').append(lo == Double.NEGATIVE_INFINITY ? "-inf" : num(lo)).append(" <= ").append(vars[v])
            .append(" <= ").append(hi == Double.POSITIVE_INFINITY ? "+inf" : num(hi)).append('\n');
      }
    }
    if (constant != null) {
      sb.append(' ').append(constant).append(" = 1\n");
    }
    StringBuilder general = new StringBuilder();
    int count = 0;
    for (int v = 0; v < m.variables; v++) {
      if (m.varInteger[v]) {
        general.append(count++ % 8 == 0 ? "\n " : " ").append(vars[v]);
      }
    }
    if (count > 0) {
      sb.append("General").append(general).append('\n');
    }
    sb.append("End\n");
  }

  private static void row(Appendable sb, String name, int[][] byRow, int r, RecordedModel m, String[] vars,
      String sense, double rhs) throws IOException {
    sb.append(' ').append(name).append(':');
    int onLine = 0;
    for (int k = byRow[0][r]; k < byRow[0][r + 1]; k++) {
      int t = byRow[1][k];
      onLine = term(sb, m.termCoef[t], vars[m.termVar[t]], onLine);
    }
    if (byRow[0][r] == byRow[0][r + 1]) {
      sb.append(" 0 ").append(vars.length > 0 ? vars[0] : "x0");
    }
    sb.append(' ').append(sense).append(' ').append(num(rhs)).append('\n');
  }

  private static int term(Appendable sb, double coef, String var, int onLine) throws IOException {
    if (onLine == 6) {
      sb.append("\n  ");
      onLine = 0;
    }
    sb.append(coef < 0 ? " - " : " + ").append(num(Math.abs(coef))).append(' ').append(var);
    return onLine + 1;
  }

  /** Term indexes grouped by {@code key} (a column or a row): {starts, term indexes}, stable. */
  private static int[][] group(RecordedModel m, int count, int[] key) {
    int[] start = new int[count + 1];
    for (int i = 0; i < m.terms; i++) {
      start[key[i] + 1]++;
    }
    for (int i = 0; i < count; i++) {
      start[i + 1] += start[i];
    }
    int[] order = new int[(int) m.terms];
    int[] fill = java.util.Arrays.copyOf(start, count);
    for (int i = 0; i < m.terms; i++) {
      order[fill[key[i]]++] = i;
    }
    return new int[][] {start, order};
  }

  private static char rowType(double lo, double hi) {
    if (lo == hi) {
      return 'E';
    }
    if (lo == Double.NEGATIVE_INFINITY) {
      return hi == Double.POSITIVE_INFINITY ? 'N' : 'L';
    }
    return 'G';
  }

  private static String[] names(String[] given, int count, String prefix,
      java.util.function.UnaryOperator<String> clean) {
    String[] out = new String[count];
    for (int i = 0; i < count; i++) {
      String n = given != null && i < given.length ? given[i] : null;
      out[i] = clean.apply(n == null ? prefix + i : n);
    }
    return out;
  }

  private static String[] unique(String[] names, Set<String> used) {
    Map<String, Integer> next = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      String n = names[i];
      if (!used.add(n)) {
        int k = next.getOrDefault(n, 2);
        while (!used.add(n + "~" + k)) {
          k++;
        }
        next.put(n, k + 1);
        names[i] = n + "~" + k;
      }
    }
    return names;
  }

  static String mpsName(String s) {
    return s.replaceAll("\\s", "_");
  }

  static String lpName(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[') {
        sb.append('(');
      } else if (c == ']') {
        sb.append(')');
      } else if (Character.isLetterOrDigit(c) && c < 128 || "!\"#$%&()/,.;?@_`'{}|~".indexOf(c) >= 0) {
        sb.append(c);
      } else {
        sb.append('_');
      }
    }
    char first = sb.length() == 0 ? '0' : sb.charAt(0);
    if (Character.isDigit(first) || first == '.' || first == 'e' || first == 'E') {
      sb.insert(0, '_');
    }
    return sb.toString();
  }

  private static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
