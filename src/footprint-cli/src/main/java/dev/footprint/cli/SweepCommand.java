package dev.footprint.cli;

import dev.footprint.analysis.Parameter;
import dev.footprint.analysis.Specs;
import dev.footprint.analysis.Sweep;
import dev.footprint.io.results.ResultTables;
import dev.footprint.io.results.ResultJson;
import dev.footprint.model.Money;
import dev.footprint.report.HtmlReport;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code footprint sweep}: the scenario solved across a range of one parameter. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Solves the scenario at evenly spaced values of one parameter and prints the cost and the "
        + "sites opened at each. With --out, report.html charts cost and where each product is made against "
        + "the parameter.",
        "Parameters: " + Specs.PARAMETER_FORMS + "."})
final class SweepCommand extends AnalysisCommand {
  @Option(names = "--parameter", required = true, paramLabel = "SPEC", description = "The parameter, such as "
      + "tariff:kr-deal or wage:VN.")
  String parameter;

  @Option(names = "--from", required = true, paramLabel = "A", description = "First value.")
  double from;

  @Option(names = "--to", required = true, paramLabel = "B", description = "Last value.")
  double to;

  @Option(names = "--points", paramLabel = "N", defaultValue = "11", description = "Number of values, from 2 to 100,000 "
      + "(default: ${DEFAULT-VALUE}).")
  int points;

  @Option(names = "--skip-equal", description = "Solve only where needed: between two values with the same "
      + "allocation, every value has it too (cost-only parameters: tariffs, wages, FX, credits, freight).")
  boolean skipEqual;

  @Option(names = "--threads", paramLabel = "N", description = "Values solved at once, each thread on a model of "
      + "its own (default: the number of processors).")
  Integer threads;

  @Mixin
  ScenarioOption scenarioOption;

  @Override
  int run() throws IOException {
    String scenario = scenarioOption.name;
    var network = scenario(scenario);
    requireFinite("--from", from);
    requireFinite("--to", to);
    requireRange("--points", points, 2, MAX_POINTS);
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    requireRange("--threads", t, 1, dev.footprint.analysis.AnalysisLimits.MAX_THREADS);
    double[] values = Sweep.grid(from, to, points);
    if (skipEqual && !(to > from)) {
      throw new CommandException(ExitCode.INVALID_INPUT, "--from = " + from + ", --to = " + to
          + ": --skip-equal needs --to above --from");
    }
    Parameter p = parameter(parameter, network, from, to, "points done", values.length);
    if (skipEqual && !p.objectiveOnly()) {
      throw new CommandException(ExitCode.INVALID_INPUT, "--skip-equal: --parameter = '" + parameter + "' ("
          + p.name() + ") moves more than costs, so an allocation optimal at two values need not be optimal "
          + "between them\nMaybe sweep it without --skip-equal.");
    }
    Sweep sweep = Sweep.run(showingProgress(solver()), network, p, values, skipEqual, t);
    progress.update(values.length, null);
    out.text(table(sweep, values.length > 1 ? (to - from) / (values.length - 1) : 0, network.money()));
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("scenario", scenario);
    settings.put("parameter", parameter);
    settings.put("from", from);
    settings.put("to", to);
    settings.put("points", points);
    settings.put("skipEqual", skipEqual);
    settings.put("threads", t);
    var run = runInfo();
    finish(ResultJson.sweep(run, sweep, network, settings),
        new HtmlReport(run, "Sweep of " + sweep.parameter() + ": " + study().name()).network(network)
            .sweep(sweep, BaseValues.of(parameter, network)),
        List.of(ResultTables.sweep(sweep, network)));
    return exitCode(sweep.points().stream().map(Sweep.Point::summary).toList());
  }

  /**
   * @param sweep a sweep
   * @param step the spacing of its values
   * @param money the currency and unit of its costs
   * @return one line per point: value, status, whether solved there, cost, sites opened (written out
   *     where they change); then how many solves it took
   */
  static String table(Sweep sweep, double step, Money money) {
    int decimals = Numbers.gridDecimals(sweep.parameter(), step);
    TextTable t = new TextTable(">" + sweep.parameter(), "status", "solved", ">cost (" + money.label() + ")",
        "sites opened");
    List<String> previous = null;
    boolean shared = false;
    for (Sweep.Point p : sweep.points()) {
      List<String> sites = p.summary().sitesOpened();
      boolean hasPlan = p.summary().status().hasAllocation();
      String where = !hasPlan ? "-" : sites.equals(previous) ? "same as above"
          : sites.isEmpty() ? "none" : String.join(", ", sites);
      t.row(Numbers.parameterValue(sweep.parameter(), p.value(), decimals), p.summary().status().toString(),
          p.solved() ? "yes" : "shared", Numbers.money(p.summary().objective()), where);
      previous = hasPlan ? sites : null;
      shared |= !p.solved();
    }
    return t.render() + "(" + sweep.solves() + (sweep.solves() == 1 ? " solve" : " solves") + " for "
        + sweep.points().size() + " points" + (shared ? "; a shared point has the allocation optimal at the "
        + "solved points on both sides, costed at its own value" : "") + ")";
  }
}
