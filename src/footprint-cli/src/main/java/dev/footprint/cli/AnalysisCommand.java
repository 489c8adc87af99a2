package dev.footprint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.analysis.Parameter;
import dev.footprint.analysis.Specs;
import dev.footprint.analysis.Summary;
import dev.footprint.report.HtmlReport;
import dev.footprint.report.ReportWriter;
import dev.footprint.solve.SolveStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Option;

/** An analysis: solves many times, prints a table, and with {@code --out} writes a report. */
abstract class AnalysisCommand extends SolvingCommand {
  @Option(names = "--out", paramLabel = "DIR", description = "Directory to write result.json, a CSV table and "
      + "report.html to.")
  Path outDir;

  /**
   * Writes the report if --out was given, and prints the document if --json was.
   *
   * @param doc the JSON document
   * @param html the HTML report
   * @param csv CSV files by name
   * @throws IOException if a file cannot be written
   */
  final void finish(JsonNode doc, HtmlReport html, Map<String, ReportWriter.FileWriter> csv) throws IOException {
    if (outDir != null) {
      progress.status("writing the report");
      wrote(outDir, ReportWriter.analysis(outDir, doc, html, csv));
    }
    out.document(doc);
  }

  /**
   * @param text a parameter spec
   * @param what what the progress line says is being done at each value
   * @return the parameter, reporting each value it is set to as progress
   */
  final Parameter parameter(String text, String what) {
    Parameter p = Specs.parameter(text);
    AtomicInteger count = new AtomicInteger();
    return new Parameter(p.name(), (network, value) -> {
      progress.status(what + " " + p.name() + " = " + value);
      return p.apply().apply(network, value);
    }, p.objectiveOnly());
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
