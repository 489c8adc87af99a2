package dev.footprint.solve;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Receives a solve's progress and, when {@link SolveOptions#solverLog()} is on, its log lines. Set
 * one with {@link SolveOptions#withProgress(SolveListener)}.
 *
 * <p>Both methods are called on the thread that runs the solve (the caller of {@link
 * FootprintSolver#solve}, or the worker of a {@link SolveHandle}), one call at a time, never on a
 * solver's native thread. {@link #progress} is called when the incumbent or the bound changes and
 * otherwise about once a second. An exception thrown by either method cancels the solve and is
 * thrown by it once the backend has stopped.
 *
 * <p>What each backend reports, with OR-Tools 9.15 (the others cannot be heard from while they run:
 * they write their log only to standard output, which Footprint never lets them do):
 *
 * <table>
 * <caption>Progress and log by backend</caption>
 * <tr><th>backend</th><th>incumbent</th><th>bound</th><th>log lines with solverLog</th></tr>
 * <tr><td>CP_SAT</td><td>yes</td><td>yes</td><td>CP-SAT's own log</td></tr>
 * <tr><td>HIGHS</td><td>yes (MILP), read from HiGHS's improving-solution file</td><td>no</td>
 *     <td>Footprint's lines: start, each incumbent, end</td></tr>
 * <tr><td>SCIP, CBC, GLOP, PDLP</td><td>no: elapsed time only</td><td>no</td>
 *     <td>Footprint's lines: start, end</td></tr>
 * </table>
 */
public interface SolveListener {
  /** Does nothing with progress and writes log lines to standard error. */
  SolveListener NONE = new SolveListener() {};

  /**
   * Called during the solve.
   *
   * @param progress where the solve stands
   */
  default void progress(SolveProgress progress) {}

  /**
   * Called with each log line when {@link SolveOptions#solverLog()} is on. The default writes it to
   * standard error; nothing a backend logs ever goes to standard output.
   *
   * @param line one line, without its line break
   */
  default void log(String line) {
    System.err.println(line);
  }

  /**
   * @param action what to do with each progress report
   * @return a listener that passes progress to it and writes log lines to standard error
   */
  static SolveListener onProgress(Consumer<SolveProgress> action) {
    Objects.requireNonNull(action, "action");
    return new SolveListener() {
      @Override
      public void progress(SolveProgress progress) {
        action.accept(progress);
      }
    };
  }
}
