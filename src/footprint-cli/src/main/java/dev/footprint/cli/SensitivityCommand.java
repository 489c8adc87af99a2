package dev.footprint.cli;

import dev.footprint.io.results.ResultJson;
import dev.footprint.io.results.CsvTables;
import dev.footprint.analysis.Sensitivity;
import dev.footprint.io.results.CsvTables;
import dev.footprint.report.Format;
import dev.footprint.report.HtmlReport;
import dev.footprint.io.results.ResultJson;
import dev.footprint.report.TextReport;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code footprint sensitivity}: shadow prices and reduced costs of a scenario's solution. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = {"Solves the scenario, fixes its footprint and prints what one more unit of capacity is worth "
        + "at each site, what one more unit of demand costs, and how much cheaper unused lanes would have to be. "
        + "They hold for small changes; whether to open a site at all is a break-even question."})
final class SensitivityCommand extends AnalysisCommand {
  private static final int SHOWN = 10;

  @Mixin
  ScenarioOption scenarioOption;

  @Override
  int run() throws IOException {
    String scenario = scenarioOption.name;
    var network = scenario(scenario);
    FootprintSolver solver = solver();
    progress.status("solving scenario " + scenario);
    Solution s = solver.solve(network);
    if (!s.hasAllocation()) {
      out.text(TextReport.scenario(scenario, s));
      throw new CommandException(ExitCode.of(s.status()), "scenario '" + scenario + "' ended " + s.status()
          + ": there is no solution to take shadow prices of");
    }
    progress.status("solving the fixed-footprint linear program");
    Sensitivity sens = Sensitivity.of(solver, s);
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "scenario %s: cost %s USD (present value)%n",
        scenario, Format.grouped(sens.objective())));
    section(sb, "capacity: value of one more unit", sens.capacity(), true);
    section(sb, "demand: cost of one more unit", sens.demand(), true);
    section(sb, "unused lanes: reduced cost per unit", sens.lanes(), false);
    out.text(sb.toString());
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("scenario", scenario);
    var run = runInfo();
    Map<String, Solution> one = new LinkedHashMap<>();
    one.put(scenario, s);
    finish(ResultJson.sensitivity(run, scenario, s, sens, settings),
        new HtmlReport(run, "Sensitivity of " + scenario + ": " + study().name()).sensitivity(scenario, sens)
            .scenarios(one, null),
        Map.of("sensitivity.csv", f -> CsvTables.sensitivity(f, sens)));
    return ExitCode.OK;
  }

  private static void section(StringBuilder sb, String title, List<Sensitivity.Price> prices, boolean largestFirst) {
    List<Sensitivity.Price> sorted = new ArrayList<>(prices);
    sorted.removeIf(p -> largestFirst && Math.abs(p.value()) < 1e-9);
    sorted.sort(largestFirst ? Comparator.comparingDouble((Sensitivity.Price p) -> -Math.abs(p.value()))
        : Comparator.comparingDouble(Sensitivity.Price::value));
    sb.append(title).append(" (").append(sorted.size()).append(sorted.size() > SHOWN ? ", first " + SHOWN : "")
        .append("):\n");
    for (Sensitivity.Price p : sorted.subList(0, Math.min(SHOWN, sorted.size()))) {
      sb.append("  ").append(p.meaning()).append('\n');
    }
  }
}
