package dev.footprint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.analysis.Parameter;
import dev.footprint.analysis.Specs;
import dev.footprint.analysis.Summary;
import dev.footprint.io.results.ResultTable;
import dev.footprint.model.Network;
import dev.footprint.report.HtmlReport;
import dev.footprint.report.ReportWriter;
import dev.footprint.solve.SolveStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** An analysis: solves many times, prints a table, and with {@code --out} writes a report. */
abstract class AnalysisCommand extends SolvingCommand {
  /** The most points a sweep or a frontier takes: each is a solve, and each is kept in memory. */
  static final int MAX_POINTS = 100_000;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder to write result.json, CSV tables, results.xlsx "
      + "and report.html to; checked before anything is solved, and written whole or not at all.")
  Path outDir;

  @Override
  final void checkOutput() {
    if (outDir != null) {
      ReportFolder.check(outDir, "--out");
    }
  }

  /**
   * Writes the report if --out was given (whole or not at all, see {@link ReportFolder}), and prints
   * the document if --json was.
   *
   * @param doc the JSON document
   * @param html the HTML report
   * @param tables the tables, each written as a CSV file and as a sheet of results.xlsx
   * @throws IOException if a file cannot be written
   */
  final void finish(JsonNode doc, HtmlReport html, List<ResultTable> tables) throws IOException {
    if (outDir != null) {
      writeReport(outDir, dir -> ReportWriter.analysis(dir, doc, html, tables));
    }
    out.document(doc);
  }

  /**
   * The parameter of a sweep or a break-even, reporting progress: the analysis sets it to one value
   * after another (a value may be set again, to cost a solution there), and each value set for the
   * first time means those before it are done.
   *
   * @param text a parameter spec
   * @param network the network it will be applied to
   * @param from the first value of its range and {@code to} the last, tried on the network before any
   *     solve, so that an id the network does not have (at 0, a value every parameter takes) or a value
   *     it refuses is reported at once, naming the option; every value between them is then taken
   * @param to the last value of its range
   * @param noun what the values are when done, such as {@code points done}
   * @param total how many values there are (or are expected)
   * @return the parameter, counting the distinct values it is set to as progress
   */
  final Parameter parameter(String text, Network network, double from, double to, String noun, int total) {
    Parameter p;
    try {
      p = Specs.parameter(text);
      p.at(network, 0);
    } catch (IllegalArgumentException e) {
      throw optionError("--parameter", text, e);
    }
    refusedValue(p, network, "--from", from);
    refusedValue(p, network, "--to", to);
    Set<Double> seen = new HashSet<>();
    progress.begin(noun, total);
    return new Parameter(p.name(), (n, value) -> {
      synchronized (seen) {
        if (seen.add(value)) {
          progress.update(seen.size() - 1, p.name() + " = " + Numbers.parameterValue(p.name(), value));
        }
      }
      return p.apply().apply(n, value);
    }, p.objectiveOnly(), p.linearity());
  }

  private static void refusedValue(Parameter p, Network network, String option, double value) {
    try {
      p.at(network, value);
    } catch (IllegalArgumentException e) {
      throw new CommandException(ExitCode.INVALID_INPUT, option + " = " + value + ": " + p.name()
          + " cannot take this value: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    }
  }

  /**
   * @param option an option's name
   * @param value its value
   * @param min the least value allowed
   * @param max the greatest value allowed
   * @throws CommandException (exit code 2) naming the option and the range if the value is outside
   */
  static void requireRange(String option, long value, long min, long max) {
    if (value < min || value > max) {
      throw new CommandException(ExitCode.INVALID_INPUT, String.format(java.util.Locale.ROOT,
          "%s = %d: must be from %,d to %,d", option, value, min, max));
    }
  }

  /**
   * @param option an option's name
   * @param value its value
   * @throws CommandException (exit code 2) if the value is not a finite number
   */
  static void requireFinite(String option, double value) {
    if (!Double.isFinite(value)) {
      throw new CommandException(ExitCode.INVALID_INPUT, option + " = " + value + ": must be a finite number");
    }
  }

  /**
   * @param option an option, such as {@code --decision}
   * @param value its value
   * @param e why a parser refused the value
   * @return an error for exit code 2 that names the option and the value
   */
  static CommandException optionError(String option, String value, IllegalArgumentException e) {
    String m = e.getMessage() == null ? e.toString() : e.getMessage();
    int quoted = m.indexOf(" = '" + value + "'");
    return new CommandException(ExitCode.INVALID_INPUT, quoted >= 0 && quoted < 20
        ? option + m.substring(quoted) : option + " = '" + value + "': " + m);
  }

  /**
   * @param summaries the points of an analysis
   * @return 0 if any has an allocation, else the exit code of their statuses (3 or 4)
   */
  static int exitCode(List<Summary> summaries) {
    List<SolveStatus> statuses = summaries.stream().map(Summary::status).toList();
    return statuses.stream().anyMatch(SolveStatus::hasAllocation) ? ExitCode.OK : ExitCode.of(statuses);
  }
}
