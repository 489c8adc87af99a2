package dev.footprint.cli;

import dev.footprint.analysis.BreakEven;
import dev.footprint.analysis.Decision;
import dev.footprint.analysis.Specs;
import dev.footprint.io.results.ResultTables;
import dev.footprint.io.results.ResultJson;
import dev.footprint.model.Network;
import dev.footprint.report.HtmlReport;
import dev.footprint.report.TextReport;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    requireFinite("--from", from);
    requireFinite("--to", to);
    if (!(to > from)) {
      throw new CommandException(ExitCode.INVALID_INPUT, "--from = " + from + ", --to = " + to
          + ": the range needs --to above --from");
    }
    double tol = tolerance == null ? (to - from) / 1000 : tolerance;
    if (!(tol > 0) || Double.isInfinite(tol)) {
      throw new CommandException(ExitCode.INVALID_INPUT, "--tolerance = " + tol + ": must be a number > 0");
    }
    Decision d = decision(network);
    var p = parameter(parameter, network, from, to, "solves done", solves(to - from, tol));
    BreakEven be;
    try {
      be = BreakEven.find(showingProgress(solver()), network, p, d, from, to, tol);
    } catch (IllegalArgumentException e) {
      // No plan at an end of the range (infeasible, or a limit hit) is not a range with no flip.
      for (double end : new double[] {from, to}) {
        Solution s = solver().solve(p.at(network, end));
        if (!s.hasAllocation()) {
          throw new CommandException(ExitCode.of(s.status()), "at " + p.name() + " = " + end + " scenario '"
              + scenario + "' ended " + s.status() + s.diagnosis().map(x -> ": " + x).orElse("")
              + ": there is no plan to tell whether '" + decision + "' holds");
        }
      }
      throw e;
    }
    out.text(summary(be) + "\n\nbelow (" + be.parameter() + " = " + value(be, be.low()) + "):\n"
        + TextReport.scenario("below", be.below()) + "\nabove (" + be.parameter() + " = " + value(be, be.high())
        + "):\n" + TextReport.scenario("above", be.above()));
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
    var run = runInfo();
    finish(ResultJson.breakEven(run, be, settings),
        new HtmlReport(run, "Break-even of " + be.decision() + ": " + study().name()).network(network).breakEven(be),
        List.of(ResultTables.production(pair), ResultTables.costs(pair)));
    return ExitCode.OK;
  }

  /**
   * @param width the range searched
   * @param tolerance the width of the final interval
   * @return how many solves a bisection takes: the two ends, then one per halving down to the
   *     tolerance
   */
  static int solves(double width, double tolerance) {
    int n = 2;
    for (double w = width; w > tolerance && n < 1_000; w /= 2) {
      n++;
    }
    return n;
  }

  /**
   * @param be a break-even
   * @return what flips where, with the interval and the solves it took
   */
  static String summary(BreakEven be) {
    return String.format(Locale.ROOT, "'%s' %s when %s crosses %s (between %s and %s, %d solves)", be.decision(),
        be.belowHolds() ? "stops" : "starts", be.parameter(), value(be, be.value()), value(be, be.low()),
        value(be, be.high()), be.solves());
  }

  private static String value(BreakEven be, double v) {
    return Numbers.parameterValue(be.parameter(), v, Numbers.intervalDecimals(be.parameter(), be.high() - be.low()));
  }

  /**
   * @param network the scenario
   * @return the decision of --decision, its product, country or site checked against the scenario
   */
  private Decision decision(Network network) {
    Decision d;
    try {
      d = Specs.decision(decision);
    } catch (IllegalArgumentException e) {
      throw optionError("--decision", decision, e);
    }
    String t = decision.strip();
    if (t.startsWith("opens:")) {
      String site = t.substring("opens:".length()).strip();
      require(network.sites().stream().map(x -> x.id()).toList(), site, "site");
    } else {
      String rest = t.substring("made:".length());
      int at = rest.indexOf('@');
      int colon = rest.indexOf(':', at);
      require(network.products().stream().map(x -> x.id()).toList(), rest.substring(0, at), "product");
      require(network.countries().stream().map(x -> x.id()).toList(),
          (colon < 0 ? rest.substring(at + 1) : rest.substring(at + 1, colon)).strip(), "country");
    }
    return d;
  }

  private void require(List<String> ids, String id, String what) {
    if (!ids.contains(id)) {
      throw new CommandException(ExitCode.INVALID_INPUT, "--decision = '" + decision + "': the scenario has no "
          + what + " '" + id + "'\nMaybe use one of: " + String.join(", ", ids.size() > 30 ? ids.subList(0, 30) : ids)
          + (ids.size() > 30 ? ", ..." : ""));
    }
  }
}
