package dev.footprint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.io.Problem;
import dev.footprint.io.results.ResultJson;
import java.io.PrintWriter;
import java.util.List;

/**
 * Where a command's output goes: human text or one JSON document on standard output, messages and
 * errors on standard error.
 */
final class Output {
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean json;
  private final boolean quiet;
  private final Runnable beforeWrite;

  /**
   * @param out standard output
   * @param err standard error
   * @param json whether --json was given
   * @param quiet whether --quiet was given
   */
  Output(PrintWriter out, PrintWriter err, boolean json, boolean quiet) {
    this(out, err, json, quiet, () -> {});
  }

  /**
   * @param out standard output
   * @param err standard error
   * @param json whether --json was given
   * @param quiet whether --quiet was given
   * @param beforeWrite run before anything is written, such as erasing a progress line
   */
  Output(PrintWriter out, PrintWriter err, boolean json, boolean quiet, Runnable beforeWrite) {
    this.out = out;
    this.err = err;
    this.json = json;
    this.quiet = quiet;
    this.beforeWrite = beforeWrite;
  }

  /** @return whether --json was given: standard output holds one JSON document */
  boolean json() {
    return json;
  }

  /** @return whether --quiet was given */
  boolean quiet() {
    return quiet;
  }

  /**
   * Human text on standard output, unless --json or --quiet.
   *
   * @param s the text; a line end is added if it has none
   */
  void text(String s) {
    if (!json && !quiet) {
      beforeWrite.run();
      out.print(s);
      if (!s.endsWith("\n")) {
        out.println();
      }
      out.flush();
    }
  }

  /**
   * The product itself (a model text, a problem list): on standard output unless --json.
   *
   * @param s the text; a line end is added if it has none
   */
  void product(String s) {
    if (!json) {
      beforeWrite.run();
      out.print(s);
      if (!s.isEmpty() && !s.endsWith("\n")) {
        out.println();
      }
      out.flush();
    }
  }

  /**
   * The JSON document on standard output, with --json.
   *
   * @param doc the document
   */
  void document(JsonNode doc) {
    if (json) {
      beforeWrite.run();
      out.println(write(doc));
      out.flush();
    }
  }

  /**
   * A message on standard error, unless --quiet.
   *
   * @param s the message
   */
  void note(String s) {
    if (!quiet) {
      beforeWrite.run();
      err.println(s);
      err.flush();
    }
  }

  /**
   * A warning on standard error, shown even with --quiet.
   *
   * @param s the message, printed after {@code footprint: }
   */
  void warning(String s) {
    beforeWrite.run();
    err.println("footprint: " + s.replace("\n", "\n  "));
    err.flush();
  }

  /**
   * Reports a failure: on standard error always, and with --json as a document on standard output.
   *
   * @param exitCode the exit code it ends with
   * @param message the message
   * @param problems the study's problems, if any
   */
  void failure(int exitCode, String message, List<Problem> problems) {
    beforeWrite.run();
    err.println("footprint: " + message.replace("\n", "\n  "));
    err.flush();
    if (json) {
      out.println(write(error(exitCode, message, problems)));
      out.flush();
    }
  }

  /**
   * @param exitCode the exit code
   * @param message what went wrong
   * @param problems the study's problems, if any
   * @return the document of a failure: {@code {"error": {"exitCode", "message", "problems"}}}
   */
  static ObjectNode error(int exitCode, String message, List<Problem> problems) {
    ObjectNode doc = ResultJson.object();
    ObjectNode e = doc.putObject("error");
    e.put("exitCode", exitCode);
    e.put("message", message);
    e.set("problems", problems(problems));
    return doc;
  }

  /**
   * @param problems a study's problems
   * @return them as JSON: file, line, path and message of each
   */
  static ArrayNode problems(List<Problem> problems) {
    ArrayNode a = ResultJson.array();
    for (Problem p : problems) {
      ObjectNode o = a.addObject();
      o.put("file", p.file());
      o.put("line", p.line());
      o.put("path", p.path());
      o.put("message", p.message());
    }
    return a;
  }

  /**
   * @param doc a JSON document
   * @return its text, as result.json holds it
   */
  static String write(JsonNode doc) {
    return ResultJson.text(doc);
  }
}
