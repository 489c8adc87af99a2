package dev.footprint.cli;

import dev.footprint.analysis.Frontier;
import dev.footprint.io.results.ResultTables;
import dev.footprint.io.results.ResultJson;
import dev.footprint.model.Money;
import dev.footprint.report.HtmlReport;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code footprint frontier}: cost against jobs or capex in a country. */
@Command(name = "frontier", mixinStandardHelpOptions = true,
    description = {"Traces the trade-off between cost and jobs kept in a country (every period) or capex placed "
        + "in it: cost is minimized under a rising floor, from the value at the cost optimum to the most "
        + "reachable. Every point is a verified solution."})
final class FrontierCommand extends AnalysisCommand {
  static final class Metric {
    @Option(names = "--jobs", paramLabel = "COUNTRY", description = "Cost against jobs in this country.")
    String jobs;

    @Option(names = "--capex", paramLabel = "COUNTRY", description = "Cost against capex in this country.")
    String capex;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Metric metric;

  @Option(names = "--points", paramLabel = "N", defaultValue = "6", description = "Number of points, from 2 to 100,000 "
      + "(default: ${DEFAULT-VALUE}).")
  int points;

  @Option(names = "--threads", paramLabel = "N", description = "Points solved at once (default: the number of "
      + "processors).")
  Integer threads;

  @Mixin
  ScenarioOption scenarioOption;

  @Override
  int run() throws IOException {
    String scenario = scenarioOption.name;
    var network = scenario(scenario);
    requireRange("--points", points, 2, MAX_POINTS);
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    requireRange("--threads", t, 1, dev.footprint.analysis.AnalysisLimits.MAX_THREADS);
    String country = metric.jobs != null ? metric.jobs : metric.capex;
    if (network.countryIndex(country) < 0) {
      List<String> ids = network.countries().stream().map(c -> c.id()).toList();
      throw new CommandException(ExitCode.INVALID_INPUT, (metric.jobs != null ? "--jobs" : "--capex") + " = '"
          + country + "': the scenario has no country '" + country + "'\nMaybe use one of: " + String.join(", ", ids));
    }
    FootprintSolver solver = solver();
    progress.status("tracing the frontier of cost against " + (metric.jobs != null ? "jobs" : "capex") + " in "
        + country + " (" + points + " points)");
    Frontier f;
    try {
      f = metric.jobs != null ? Frontier.jobs(solver, network, country, points, t)
          : Frontier.capex(solver, network, country, points, t);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // No plan at the cost optimum is infeasibility, not a bad argument.
      Solution s = solver.solve(network);
      if (!s.hasAllocation()) {
        throw new CommandException(ExitCode.of(s.status()), "scenario '" + scenario + "' ended " + s.status()
            + s.diagnosis().map(d -> ": " + d).orElse(""));
      }
      throw e;
    }
    out.text(table(f, metric.jobs != null, network.money()));
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("scenario", scenario);
    settings.put(metric.jobs != null ? "jobs" : "capex", country);
    settings.put("points", points);
    settings.put("threads", t);
    var run = runInfo();
    finish(ResultJson.frontier(run, f, network, settings),
        new HtmlReport(run, "Frontier of cost against " + f.metric() + ": " + study().name()).network(network)
            .frontier(f),
        List.of(ResultTables.frontier(f, network)));
    return exitCode(f.points().stream().map(Frontier.Point::summary).toList());
  }

  /**
   * @param f a frontier
   * @param jobs whether its metric is jobs (whole numbers), else capex (money)
   * @param money the currency and unit of its money
   * @return one line per point: the floor, the cost and what it costs above the first point, the
   *     metric achieved, and whether the point is non-dominated
   */
  static String table(Frontier f, boolean jobs, Money money) {
    String unit = jobs ? "" : " (" + money.label() + ")";
    TextTable t = new TextTable(">floor", ">cost (" + money.label() + ")", ">extra cost", ">" + f.metric() + unit,
        "non-dominated");
    double first = f.points().isEmpty() ? Double.NaN : f.points().get(0).cost();
    for (Frontier.Point p : f.points()) {
      double extra = p.cost() - first;
      extra = Math.abs(extra) <= 1e-9 * Math.max(1, Math.abs(first)) ? 0 : extra;
      t.row(jobs ? Numbers.whole(p.floor()) : Numbers.money(p.floor()), Numbers.money(p.cost()),
          (extra > 0 ? "+" : "") + Numbers.money(extra), jobs ? Numbers.whole(p.achieved()) : Numbers.money(p.achieved()),
          p.nonDominated() ? "yes" : "no");
    }
    return t.render();
  }
}
