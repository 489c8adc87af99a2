package dev.footprint.cli;

import dev.footprint.io.results.ResultJson;
import dev.footprint.io.results.CsvTables;
import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.Specs;
import dev.footprint.analysis.Uncertainty;
import dev.footprint.io.Study;
import dev.footprint.model.Network;
import dev.footprint.io.results.CsvTables;
import dev.footprint.report.HtmlReport;
import dev.footprint.io.results.ResultJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code footprint montecarlo}: cost and footprint under uncertain inputs. */
@Command(name = "montecarlo", mixinStandardHelpOptions = true,
    description = {"Draws N samples of the uncertain inputs, solves each, and prints the mean and P5/P50/P95 "
        + "of cost and how often each site opens. A seed gives the same answer on any number of threads.",
        "Uncertain inputs: --uncertain PARAMETER=DISTRIBUTION, with parameters " + Specs.PARAMETER_FORMS
            + " and distributions " + Specs.DISTRIBUTION_FORMS + ".",
        "Regimes: --regimes picks one of the study's scenarios per sample by its probability; the uncertain "
            + "inputs are then applied to it."})
final class MonteCarloCommand extends AnalysisCommand {
  @Option(names = "--samples", required = true, paramLabel = "N", description = "Number of samples.")
  int samples;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: "
      + "${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", paramLabel = "T", description = "Samples solved at once (default: the number of "
      + "processors).")
  Integer threads;

  @Option(names = "--uncertain", paramLabel = "SPEC=DIST", description = "An uncertain input, such as "
      + "'wage:VN=normal(2.7,0.3)'; repeatable.")
  List<String> uncertain = new ArrayList<>();

  @Option(names = "--regimes", paramLabel = "NAME=P", split = ",", description = "Scenarios of the study with "
      + "their probabilities, adding up to 1, such as deal=0.6,no-deal=0.4.")
  Map<String, Double> regimes = new LinkedHashMap<>();

  @Option(names = "--scenario", paramLabel = "NAME", defaultValue = Study.BASE,
      description = "The scenario to draw from when no --regimes are given (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Override
  int run() throws IOException {
    if (samples < 1) {
      throw new CommandException(ExitCode.INVALID_INPUT, "--samples = " + samples + ": must be at least 1");
    }
    int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (t < 1) {
      throw new CommandException(ExitCode.INVALID_INPUT, "--threads = " + t + ": must be at least 1");
    }
    if (uncertain.isEmpty() && regimes.isEmpty()) {
      throw new CommandException(ExitCode.INVALID_INPUT, "nothing is uncertain\nMaybe add --uncertain "
          + "'wage:VN=normal(2.7,0.3)' or --regimes base=0.5,OTHER=0.5.");
    }
    List<Uncertainty> inputs = new ArrayList<>();
    List<String> described = new ArrayList<>();
    Network base = scenario(scenario);
    if (!regimes.isEmpty()) {
      List<Uncertainty.Regime> list = new ArrayList<>();
      for (var e : regimes.entrySet()) {
        Network n = scenario(e.getKey());
        list.add(new Uncertainty.Regime(e.getKey(), e.getValue(), ignored -> n));
        described.add("regime " + e.getKey() + " with probability " + e.getValue());
      }
      inputs.add(Uncertainty.regimes("regime", list));
      base = scenario(regimes.keySet().iterator().next());
    }
    for (String u : uncertain) {
      int eq = u.indexOf('=');
      if (eq <= 0 || eq == u.length() - 1) {
        throw new CommandException(ExitCode.INVALID_INPUT, "--uncertain = '" + u + "': not PARAMETER=DISTRIBUTION"
            + "\nMaybe write 'wage:VN=normal(2.7,0.3)'.");
      }
      inputs.add(Uncertainty.of(Specs.parameter(u.substring(0, eq)), Specs.distribution(u.substring(eq + 1))));
      described.add(u);
    }
    progress.status("Monte Carlo: sample 0/" + samples);
    MonteCarlo mc = MonteCarlo.run(solver(), base, inputs, samples, seed, t,
        (done, total) -> progress.status("Monte Carlo: sample " + done + "/" + total), null);
    StringBuilder sb = new StringBuilder(mc.report());
    mc.placementFrequency(0.5).forEach((p, m) -> m.forEach((c, f) -> sb.append(String.format(java.util.Locale.ROOT,
        "  %s mostly made in %s in %.1f%% of samples%n", p, c, 100 * f))));
    out.text(sb.toString());
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("scenario", regimes.isEmpty() ? scenario : null);
    settings.put("samples", samples);
    settings.put("seed", seed);
    settings.put("threads", t);
    settings.put("uncertain", uncertain);
    settings.put("regimes", regimes);
    var run = runInfo();
    finish(ResultJson.monteCarlo(run, mc, settings),
        new HtmlReport(run, "Monte Carlo: " + study().name()).monteCarlo(mc, described),
        Map.of("montecarlo.csv", f -> CsvTables.monteCarlo(f, mc)));
    return exitCode(mc.summaries());
  }
}
