package dev.footprint.solve.internal;

/**
 * Reads progress from CP-SAT's search log, the one backend of OR-Tools 9.15 whose log reaches Java
 * (through {@code ModelSolverHelper.setLogCallback}). Its search lines are
 *
 * <pre>
 * #1       0.67s best:6958017.56 next:[6564243.35,6958017.56] main
 * #Bound   0.69s best:6958017.56 next:[6710509.62,6958017.56] main
 * </pre>
 *
 * a numbered line for each new solution and {@code #Bound} for a better bound: {@code best} is the
 * incumbent's objective ({@code inf} before any) and the first number of {@code next} the proven
 * lower bound, both in the model's own objective (CP-SAT scales back its integer objective).
 */
final class CpSatLog {
  private CpSatLog() {}

  /**
   * @param line a log line
   * @return {incumbent, bound} with NaN for what the line does not give, or null if it is not a
   *     search line
   */
  static double[] progress(String line) {
    if (line.length() < 2 || line.charAt(0) != '#') {
      return null;
    }
    boolean solution = Character.isDigit(line.charAt(1));
    if (!solution && !line.startsWith("#Bound")) {
      return null;
    }
    double best = number(line, "best:");
    double lower = Double.NaN;
    int next = line.indexOf("next:[");
    if (next >= 0) {
      int comma = line.indexOf(',', next);
      if (comma > 0) {
        lower = parse(line.substring(next + 6, comma));
      }
    }
    return new double[] {best, lower};
  }

  private static double number(String line, String key) {
    int i = line.indexOf(key);
    if (i < 0) {
      return Double.NaN;
    }
    int start = i + key.length();
    int end = line.indexOf(' ', start);
    return parse(line.substring(start, end < 0 ? line.length() : end));
  }

  private static double parse(String s) {
    String t = s.strip();
    if (t.equals("inf") || t.equals("+inf") || t.equals("-inf")) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(t);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
