package dev.footprint.cli;

import dev.footprint.io.results.ResultJson;
import dev.footprint.io.results.CsvTables;
import dev.footprint.analysis.RobustFootprint;
import dev.footprint.io.results.CsvTables;
import dev.footprint.report.HtmlReport;
import dev.footprint.io.results.ResultJson;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code footprint robust}: one footprint for every regime, by two-stage stochastic programming. */
@Command(name = "robust", mixinStandardHelpOptions = true,
    description = {"Chooses which sites to open before the regime is known, production and shipments per "
        + "regime, minimizing (1 - L) E[cost] + L CVaR_A(cost). Compares it with the footprint best for each "
        + "regime alone (value of the stochastic solution) and with knowing the regime (EVPI).",
        "The regimes are scenarios of the study, with the same sites and horizon."})
final class RobustCommand extends AnalysisCommand {
  @Option(names = "--regimes", required = true, paramLabel = "NAME=P", split = ",",
      description = "Scenarios with their probabilities, adding up to 1, such as deal=0.6,no-deal=0.4.")
  Map<String, Double> regimes = new LinkedHashMap<>();

  @Option(names = "--cvar-weight", paramLabel = "L", defaultValue = "0", description = "Weight of CVaR against "
      + "expected cost, in [0, 1] (default: ${DEFAULT-VALUE}, expected cost only).")
  double cvarWeight;

  @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.1", description = "Tail share of CVaR, in (0, 1] "
      + "(default: ${DEFAULT-VALUE}).")
  double alpha;

  @Override
  int run() throws IOException {
    List<RobustFootprint.Regime> list = new ArrayList<>();
    for (var e : regimes.entrySet()) {
      list.add(new RobustFootprint.Regime(e.getKey(), scenario(e.getKey()), e.getValue()));
    }
    FootprintSolver solver = solver();
    progress.status("solving the two-stage model over " + list.size() + " regimes");
    RobustFootprint r;
    try {
      r = RobustFootprint.solve(solver, list, cvarWeight, alpha);
    } catch (IllegalArgumentException e) {
      // A regime with no plan of its own is infeasibility, not a bad argument.
      for (RobustFootprint.Regime regime : list) {
        Solution alone = solver.solve(regime.network());
        if (!alone.hasAllocation()) {
          throw new CommandException(ExitCode.of(alone.status()), "regime '" + regime.name() + "' ended "
              + alone.status() + alone.diagnosis().map(d -> ": " + d).orElse(""));
        }
      }
      throw e;
    }
    out.text(r.report());
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("regimes", regimes);
    settings.put("cvarWeight", cvarWeight);
    settings.put("alpha", alpha);
    var run = runInfo();
    finish(ResultJson.robust(run, r, settings), new HtmlReport(run, "Robust footprint: " + study().name()).robust(r),
        Map.of("robust.csv", f -> CsvTables.robust(f, r)));
    return ExitCode.of(r.status());
  }
}
