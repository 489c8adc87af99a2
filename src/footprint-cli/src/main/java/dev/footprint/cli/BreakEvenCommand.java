package dev.footprint.cli;

import dev.footprint.io.results.ResultJson;
import dev.footprint.io.results.CsvTables;
import dev.footprint.analysis.BreakEven;
import dev.footprint.analysis.Specs;
import dev.footprint.io.results.CsvTables;
import dev.footprint.report.HtmlReport;
import dev.footprint.report.ReportWriter;
import dev.footprint.io.results.ResultJson;
import dev.footprint.report.TextReport;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code footprint breakeven}: where in a range a decision flips. */
@Command(name = "breakeven", mixinStandardHelpOptions = true,
    description = {"Finds by bisection the value of a parameter at which a decision flips, with the solutions "
        + "just below and just above as proof. The decision must differ at the two ends of the range.",
        "Parameters: " + Specs.PARAMETER_FORMS + ".", "Decisions: " + Specs.DECISION_FORMS + "."})
final class BreakEvenCommand extends AnalysisCommand {
  @Option(names = "--parameter", required = true, paramLabel = "SPEC", description = "The parameter, such as "
      + "tariff:kr-deal.")
  String parameter;

  @Option(names = "--decision", required = true, paramLabel = "SPEC", description = "The decision, such as "
      + "made:cells@US:0.5 or opens:US-GA.")
  String decision;

  @Option(names = "--from", required = true, paramLabel = "A", description = "Low end of the range.")
  double from;

  @Option(names = "--to", required = true, paramLabel = "B", description = "High end of the range.")
  double to;

  @Option(names = "--tolerance", paramLabel = "T", description = "Width of the final interval (default: "
      + "(B - A) / 1000).")
  Double tolerance;

  @Mixin
  ScenarioOption scenarioOption;

  @Override
  int run() throws IOException {
    String scenario = scenarioOption.name;
    var network = scenario(scenario);
    if (!(to > from)) {
      throw new CommandException(ExitCode.INVALID_INPUT, "--from = " + from + ", --to = " + to
          + ": the range needs --to above --from");
    }
    double tol = tolerance == null ? (to - from) / 1000 : tolerance;
    BreakEven be = BreakEven.find(solver(), network, parameter(parameter, "break-even: solve"),
        Specs.decision(decision), from, to, tol);
    out.text(be + "\n\nbelow (" + be.parameter() + " = " + be.low() + "):\n"
        + TextReport.scenario("below", be.below()) + "\nabove (" + be.parameter() + " = " + be.high() + "):\n"
        + TextReport.scenario("above", be.above()));
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("scenario", scenario);
    settings.put("parameter", parameter);
    settings.put("decision", decision);
    settings.put("from", from);
    settings.put("to", to);
    settings.put("tolerance", tol);
    Map<String, Solution> pair = new LinkedHashMap<>();
    pair.put("below", be.below());
    pair.put("above", be.above());
    Map<String, ReportWriter.FileWriter> csv = new LinkedHashMap<>();
    csv.put("production.csv", f -> CsvTables.production(f, pair));
    csv.put("costs.csv", f -> CsvTables.costs(f, pair));
    var run = runInfo();
    finish(ResultJson.breakEven(run, be, settings),
        new HtmlReport(run, "Break-even of " + be.decision() + ": " + study().name()).breakEven(be), csv);
    return ExitCode.OK;
  }
}
