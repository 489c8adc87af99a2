package dev.footprint.cli;

import dev.footprint.analysis.Sensitivity;
import dev.footprint.io.results.ResultTables;
import dev.footprint.io.results.ResultJson;
import dev.footprint.model.Money;
import dev.footprint.report.HtmlReport;
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
    Solution s = solve(solver, network);
    if (!s.hasAllocation()) {
      out.text(TextReport.scenario(scenario, s));
      throw new CommandException(ExitCode.of(s.status()), "scenario '" + scenario + "' ended " + s.status()
          + ": there is no solution to take shadow prices of");
    }
    progress.status("solving the fixed-footprint linear program");
    Sensitivity sens = Sensitivity.of(solver, s);
    out.text(text(scenario, sens, network.money()));
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("scenario", scenario);
    var run = runInfo();
    Map<String, Solution> one = new LinkedHashMap<>();
    one.put(scenario, s);
    finish(ResultJson.sensitivity(run, scenario, s, sens, settings),
        new HtmlReport(run, "Sensitivity of " + scenario + ": " + study().name()).network(network)
            .sensitivity(scenario, sens).scenarios(one, null),
        List.of(ResultTables.sensitivity(sens, network)));
    return ExitCode.OK;
  }

  /**
   * @param scenario the scenario's name
   * @param sens its sensitivity
   * @param money the currency and unit of its money
   * @return the cost, then the largest shadow prices of capacity and demand and the smallest reduced
   *     costs of unused lanes, {@value #SHOWN} of each at most
   */
  static String text(String scenario, Sensitivity sens, Money money) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "scenario %s: cost %s %s (present value)%n",
        scenario, Numbers.money(sens.objective()), money.label()));
    section(sb, "capacity: what one more unit is worth", "site, period", sens.capacity(), true, money);
    section(sb, "demand: what one more unit costs", "product, market, period", sens.demand(), true, money);
    section(sb, "unused lanes: how much less a unit would have to cost to ship", "product, site, market, period",
        sens.lanes(), false, money);
    return sb.toString();
  }

  private static void section(StringBuilder sb, String title, String key, List<Sensitivity.Price> prices,
      boolean largestFirst, Money money) {
    List<Sensitivity.Price> sorted = new ArrayList<>(prices);
    sorted.removeIf(p -> largestFirst && Math.abs(p.value()) < 1e-9);
    sorted.sort(largestFirst ? Comparator.comparingDouble((Sensitivity.Price p) -> -Math.abs(p.value()))
        : Comparator.comparingDouble(Sensitivity.Price::value));
    if (sorted.isEmpty()) {
      sb.append(String.format(Locale.ROOT, "%n%s: none%n", title));
      return;
    }
    sb.append(String.format(Locale.ROOT, "%n%s, %s first (%d%s):%n", title, largestFirst ? "largest" : "smallest",
        sorted.size(), sorted.size() > SHOWN ? "; the first " + SHOWN + " shown" : ""));
    TextTable t = new TextTable(key, ">" + money.label() + " per unit");
    for (Sensitivity.Price p : sorted.subList(0, Math.min(SHOWN, sorted.size()))) {
      t.row(p.key().replace(",", ", "), Numbers.money(p.value()));
    }
    sb.append(t.render().indent(2));
  }
}
