package dev.footprint.cli;

import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.Specs;
import dev.footprint.analysis.Summary;
import dev.footprint.analysis.Uncertainty;
import dev.footprint.io.Study;
import dev.footprint.io.results.ResultTables;
import dev.footprint.io.results.ResultJson;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.report.HtmlReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
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
  /** The most samples a run takes: each is a solve, and each is kept in memory. */
  static final int MAX_SAMPLES = 1_000_000;

  @Option(names = "--samples", required = true, paramLabel = "N", description = "Number of samples, from 1 to 1,000,000.")
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
    requireRange("--samples", samples, 1, MAX_SAMPLES);
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
      String given = RobustCommand.text(regimes);
      List<Uncertainty.Regime> list = new ArrayList<>();
      for (var e : regimes.entrySet()) {
        Network n = scenario(e.getKey(), "--regimes", given);
        list.add(new Uncertainty.Regime(e.getKey(), e.getValue(), ignored -> n));
        described.add("regime " + e.getKey() + " with probability " + e.getValue());
      }
      try {
        inputs.add(Uncertainty.regimes("regime", list));
      } catch (IllegalArgumentException e) {
        throw optionError("--regimes", given, e);
      }
      base = scenario(regimes.keySet().iterator().next());
    }
    for (String u : uncertain) {
      int eq = u.indexOf('=');
      if (eq <= 0 || eq == u.length() - 1) {
        throw new CommandException(ExitCode.INVALID_INPUT, "--uncertain = '" + u + "': not PARAMETER=DISTRIBUTION"
            + "\nMaybe write 'wage:VN=normal(2.7,0.3)'.");
      }
      try {
        var parameter = Specs.parameter(u.substring(0, eq));
        var distribution = Specs.distribution(u.substring(eq + 1));
        parameter.at(base, distribution.getNumericalMean()); // an id the network lacks fails here, not in a sample
        inputs.add(Uncertainty.of(parameter, distribution));
      } catch (IllegalArgumentException e) {
        throw optionError("--uncertain", u, e);
      }
      described.add(u);
    }
    progress.begin("samples solved", samples);
    AtomicBoolean cancel = new AtomicBoolean();
    MonteCarlo mc;
    Interruption.Registration onInterrupt = interruption().onInterrupt(() -> cancel.set(true));
    try {
      mc = MonteCarlo.run(solver(), base, inputs, samples, seed, t, (done, total) -> progress.update(done, null),
          cancel);
    } catch (IllegalArgumentException e) {
      if (uncertain.isEmpty()) {
        throw e;
      }
      // A distribution with values the study refuses (a normal wage below zero) ends the run.
      throw new CommandException(ExitCode.INVALID_INPUT, "--uncertain = '" + String.join("', '", uncertain)
          + "': a sample drew a value the study refuses: " + (e.getMessage() == null ? e : e.getMessage())
          + "\nMaybe use a distribution bounded to the values allowed, such as triangular(LOW,MODE,HIGH), "
          + "uniform(LOW,HIGH) or lognormal(SCALE,SHAPE).");
    } finally {
      onInterrupt.close();
    }
    interruption().check();
    out.text(text(mc, base.money()));
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("scenario", regimes.isEmpty() ? scenario : null);
    settings.put("samples", samples);
    settings.put("seed", seed);
    settings.put("threads", t);
    settings.put("uncertain", uncertain);
    settings.put("regimes", regimes);
    var run = runInfo();
    finish(ResultJson.monteCarlo(run, mc, base, settings),
        new HtmlReport(run, "Monte Carlo: " + study().name()).network(base).monteCarlo(mc, described),
        List.of(ResultTables.monteCarlo(mc, base)));
    return exitCode(mc.summaries());
  }

  /**
   * @param mc a Monte Carlo run
   * @param money the currency and unit of its costs
   * @return the samples, the mean and percentiles of cost, how often each site opens and where each
   *     product is mostly made
   */
  static String text(MonteCarlo mc, Money money) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s of %s samples%s", Numbers.whole(mc.completed()),
        Numbers.whole(mc.samples()), mc.cancelled() ? " (cancelled)" : ""));
    long noPlan = mc.summaries().stream().map(Summary::status).filter(s -> !s.hasAllocation()).count();
    if (noPlan > 0) {
      sb.append(", ").append(Numbers.whole(noPlan)).append(" without a plan (left out of the cost figures)");
    }
    sb.append(String.format(Locale.ROOT, "%ncost (%s, present value): mean %s, P5 %s, P50 %s, P95 %s%n",
        money.label(), Numbers.money(mc.mean()), Numbers.money(mc.percentile(5)), Numbers.money(mc.percentile(50)),
        Numbers.money(mc.percentile(95))));
    Map<String, Double> opening = mc.openingFrequency();
    if (!opening.isEmpty()) {
      sb.append("\nhow often each site opens:\n");
      TextTable t = new TextTable("site", ">samples");
      opening.forEach((site, f) -> t.row(site, Numbers.share(f)));
      sb.append(t.render().indent(2));
    }
    Map<String, Map<String, Double>> placement = mc.placementFrequency(0.5);
    if (!placement.isEmpty()) {
      sb.append("\nwhere each product is mostly made (at least half of its units):\n");
      TextTable t = new TextTable("product", "country", ">samples");
      placement.forEach((p, m) -> m.forEach((c, f) -> t.row(p, c, Numbers.share(f))));
      sb.append(t.render().indent(2));
    }
    return sb.toString();
  }
}
