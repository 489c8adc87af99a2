package dev.footprint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;

/** Runs the command line in-process and keeps what it printed. */
final class Cli {
  private Cli() {}

  /**
   * @param code the exit code
   * @param out standard output
   * @param err standard error
   */
  record Result(int code, String out, String err) {
    /** @return standard output as JSON */
    JsonNode json() {
      try {
        return new ObjectMapper().readTree(out);
      } catch (java.io.IOException e) {
        throw new UncheckedIOException("not JSON on standard output:\n" + out + "\nstandard error:\n" + err, e);
      }
    }

    @Override
    public String toString() {
      return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  static Result run(String... args) {
    return run(new Main().withProgressDelay(Duration.ofDays(1)), args);
  }

  static Result run(Main main, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = main.execute(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }
}
