package dev.footprint.cli;

import dev.footprint.solve.SolveStatus;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of every command, which scripts may rely on. They are listed in each command's
 * {@code --help} and in {@code docs/cli.md}.
 */
public final class ExitCode {
  private ExitCode() {}

  /** Solved (optimal, or feasible at a limit), or the check or analysis ran. */
  public static final int OK = 0;
  /**
   * An unexpected error: a defect, reported with its stack trace; or out of memory, or a report that
   * could not be written for another reason than its path (a full disk), reported with a message.
   */
  public static final int ERROR = 1;
  /** Invalid input: a study with problems, or bad arguments. */
  public static final int INVALID_INPUT = 2;
  /** Infeasible (or unbounded): no plan meets every constraint of the study as stated. */
  public static final int INFEASIBLE = 3;
  /** No solution: a limit was hit before any plan was found. */
  public static final int NO_SOLUTION = 4;
  /**
   * Certification failed ({@code --certify}): a second backend disagrees with the first beyond the
   * gap, so the plan or its proof of optimality is wrong. It takes precedence over 3 and 4.
   */
  public static final int CERTIFICATION_FAILED = 5;
  /**
   * Interrupted by Ctrl-C (SIGINT: 128 + 2, as shells report it): nothing of the report being written
   * is left. SIGTERM and SIGHUP end a command the same way, with 143 and 129.
   */
  public static final int INTERRUPTED = 130;

  /**
   * @param status a solve status
   * @return its exit code: 0 with an allocation, 3 infeasible or unbounded, 4 no solution
   */
  public static int of(SolveStatus status) {
    return switch (status) {
      case OPTIMAL, FEASIBLE -> OK;
      case INFEASIBLE, UNBOUNDED -> INFEASIBLE;
      case NO_SOLUTION -> NO_SOLUTION;
    };
  }

  /**
   * The exit code of several solves: 0 if every one has an allocation, else 3 if any is infeasible,
   * else 4.
   *
   * @param statuses the statuses
   * @return the exit code
   */
  public static int of(Collection<SolveStatus> statuses) {
    int code = OK;
    for (SolveStatus s : statuses) {
      int c = of(s);
      if (c == INFEASIBLE || (c == NO_SOLUTION && code == OK)) {
        code = c;
      }
    }
    return code;
  }

  /** @return each code with what it means, for help texts */
  static Map<String, String> descriptions() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(" " + OK, "solved (optimal, or feasible at a limit), or the check or analysis ran");
    m.put(" " + ERROR, "unexpected error (a defect: please report it with the stack trace), or out of memory");
    m.put(" " + INVALID_INPUT, "invalid input: a study with problems, or bad arguments");
    m.put(" " + INFEASIBLE, "infeasible or unbounded: no plan meets every constraint of the study");
    m.put(" " + NO_SOLUTION, "no solution: a limit was hit before any plan was found");
    m.put(" " + CERTIFICATION_FAILED, "certification failed: two backends disagree beyond the gap (--certify)");
    m.put(" " + INTERRUPTED, "interrupted by Ctrl-C (SIGINT); no report is left half-written");
    return m;
  }
}
