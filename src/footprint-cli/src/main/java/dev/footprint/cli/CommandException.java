package dev.footprint.cli;

import dev.footprint.io.Problem;
import java.util.List;

/** Ends a command with an exit code and a message for the user (no stack trace). */
final class CommandException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final transient List<Problem> problems;

  /**
   * @param exitCode the exit code
   * @param message what went wrong, with a hint on a new line starting "Maybe" where one helps
   */
  CommandException(int exitCode, String message) {
    this(exitCode, message, List.of());
  }

  /**
   * @param exitCode the exit code
   * @param message what went wrong
   * @param problems the study's problems, if that is what went wrong
   */
  CommandException(int exitCode, String message, List<Problem> problems) {
    super(message);
    this.exitCode = exitCode;
    this.problems = List.copyOf(problems);
  }

  /** @return the exit code the command ends with */
  int exitCode() {
    return exitCode;
  }

  /** @return the study's problems, empty if the failure is not about the study's content */
  List<Problem> problems() {
    return problems;
  }
}
