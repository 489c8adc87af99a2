package dev.footprint.cli;

import dev.footprint.analysis.RobustFootprint;
import dev.footprint.io.results.ResultTables;
import dev.footprint.io.results.ResultJson;
import dev.footprint.model.Money;
import dev.footprint.report.HtmlReport;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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

  @Option(names = "--threads", paramLabel = "N", description = "Solves run at once (default: the number of "
      + "processors).")
  Integer threads;

  @Override
  int run() throws IOException {
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    requireRange("--threads", t, 1, dev.footprint.analysis.AnalysisLimits.MAX_THREADS);
    if (!(cvarWeight >= 0 && cvarWeight <= 1)) {
      throw new CommandException(ExitCode.INVALID_INPUT, "--cvar-weight = " + cvarWeight + ": must be from 0 to 1");
    }
    if (!(alpha > 0 && alpha <= 1)) {
      throw new CommandException(ExitCode.INVALID_INPUT, "--alpha = " + alpha + ": must be above 0 and at most 1");
    }
    String given = text(regimes);
    List<RobustFootprint.Regime> list = new ArrayList<>();
    for (var e : regimes.entrySet()) {
      try {
        list.add(new RobustFootprint.Regime(e.getKey(), scenario(e.getKey(), "--regimes", given), e.getValue()));
      } catch (IllegalArgumentException x) {
        throw optionError("--regimes", given, x);
      }
    }
    FootprintSolver solver = solver();
    progress.status("solving the two-stage model over " + list.size() + (list.size() == 1 ? " regime" : " regimes"));
    RobustFootprint r;
    try {
      r = RobustFootprint.solve(solver, list, cvarWeight, alpha, t);
    } catch (IllegalArgumentException e) {
      double sum = regimes.values().stream().mapToDouble(Double::doubleValue).sum();
      if (!(Math.abs(sum - 1) <= 1e-6)) {
        throw optionError("--regimes", given, e);
      }
      // A regime with no plan of its own is infeasibility, not a bad argument.
      for (RobustFootprint.Regime regime : list) {
        Solution alone = solver.solve(regime.network());
        if (!alone.hasAllocation()) {
          throw new CommandException(ExitCode.of(alone.status()), "regime '" + regime.name() + "' ended "
              + alone.status() + alone.diagnosis().map(d -> ": " + d).orElse(""));
        }
      }
      throw optionError("--regimes", given, e);
    }
    out.text(text(r, list.get(0).network().money()));
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("regimes", regimes);
    settings.put("cvarWeight", cvarWeight);
    settings.put("alpha", alpha);
    var run = runInfo();
    var network = list.get(0).network();
    finish(ResultJson.robust(run, r, settings), new HtmlReport(run, "Robust footprint: " + study().name())
        .network(network).robust(r), List.of(ResultTables.robust(r, network)));
    return ExitCode.of(r.status());
  }

  /**
   * @param regimes regimes with their probabilities
   * @return them as --regimes takes them, {@code NAME=P,...}
   */
  static String text(Map<String, Double> regimes) {
    return regimes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
        .collect(java.util.stream.Collectors.joining(","));
  }

  /**
   * @param r a robust footprint
   * @param money the currency and unit of its costs
   * @return its expected cost and CVaR, its cost under each regime, the expected cost of each
   *     single-regime footprint, VSS, wait-and-see and EVPI
   */
  static String text(RobustFootprint r, Money money) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "robust footprint: %s; expected cost %s, CVaR %s (%s, present value)%n", r.status(),
        Numbers.money(r.expectedCost()), Numbers.money(r.cvar()), money.label()));
    TextTable regimes = new TextTable("regime", ">probability", ">cost with the robust footprint",
        ">expected cost of the footprint best for it alone");
    for (int i = 0; i < r.regimes().size(); i++) {
      String name = r.regimes().get(i);
      regimes.row(name, Numbers.share(r.probabilities().get(i)), Numbers.money(r.costs().getOrDefault(name,
          Double.NaN)), Numbers.money(r.singleRegimeExpectedCost().getOrDefault(name, Double.NaN)));
    }
    sb.append(regimes.render().indent(2));
    sb.append(String.format(Locale.ROOT, "value of the stochastic solution (VSS) %s; wait-and-see %s; expected "
        + "value of perfect information (EVPI) %s%n", Numbers.money(r.valueOfStochasticSolution()),
        Numbers.money(r.waitAndSee()), Numbers.money(r.expectedValueOfPerfectInformation())));
    return sb.toString();
  }
}
