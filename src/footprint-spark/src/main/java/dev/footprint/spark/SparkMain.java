package dev.footprint.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.analysis.Comparison;
import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.RobustFootprint;
import dev.footprint.analysis.Summary;
import dev.footprint.analysis.Sweep;
import dev.footprint.cli.ExitCode;
import dev.footprint.cli.Main;
import dev.footprint.io.Problem;
import dev.footprint.io.Study;
import dev.footprint.io.StudyException;
import dev.footprint.io.StudyReader;
import dev.footprint.io.results.CsvTables;
import dev.footprint.io.results.ResultJson;
import dev.footprint.io.results.RunInfo;
import dev.footprint.model.Network;
import dev.footprint.report.HtmlReport;
import dev.footprint.report.ReportWriter;
import dev.footprint.report.TextReport;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The {@code footprint-spark} command, and the main class for {@code spark-submit}: the {@code
 * footprint} command line, whose {@code montecarlo}, {@code sweep}, {@code compare} and {@code robust}
 * run as Spark jobs. Their arguments are parsed by the {@code footprint} command's own definitions
 * (the same options, defaults and checks), with three more:
 *
 * <ul>
 *   <li>{@code --spark-master URL}: {@code local[2]}, {@code spark://host:7077}, {@code yarn},
 *       {@code k8s://...}; under {@code spark-submit} its {@code --master} is used instead;
 *   <li>{@code --partitions N}: partitions per job (default: 4 per task slot);
 *   <li>{@code --parquet PATH}: where to write the rows (default in local mode: {@code OUT/COMMAND.parquet}).
 * </ul>
 *
 * <p>Every other command runs as {@code footprint} runs it, on this machine.
 */
public final class SparkMain {
  private SparkMain() {}

  /** The commands that run on Spark. */
  static final Set<String> ON_SPARK = Set.of("montecarlo", "sweep", "compare", "robust");

  /**
   * Runs a command and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int code = run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * @param args the arguments
   * @return the exit code
   */
  public static int run(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /**
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code ({@link ExitCode})
   */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    String command = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse(null);
    if (command == null || !ON_SPARK.contains(command)) {
      if (command == null) {
        err.println("footprint-spark: the footprint command, with " + String.join(", ", List.of("montecarlo",
            "sweep", "compare", "robust")) + " run on Apache Spark (--spark-master URL, or under spark-submit)");
        err.flush();
      }
      return new Main().execute(out, err, args);
    }
    CommandLine root = new Main().commandLine(out, err);
    root.setCommandName("footprint-spark");
    for (String name : ON_SPARK) {
      addSparkOptions(root.getSubcommands().get(name).getCommandSpec());
    }
    ParseResult parsed;
    try {
      parsed = root.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      err.println("footprint-spark: " + e.getMessage() + "\nMaybe run 'footprint-spark " + command + " --help'.");
      err.flush();
      return ExitCode.INVALID_INPUT;
    }
    if (CommandLine.printHelpIfRequested(parsed)) {
      out.flush();
      return ExitCode.OK;
    }
    CommandSpec spec = parsed.subcommand().commandSpec();
    try {
      return new Run(spec, command, out, err, "footprint-spark " + Arrays.stream(args).map(SparkMain::quote)
          .collect(Collectors.joining(" "))).call();
    } catch (Failure e) {
      err.println("footprint-spark: " + e.getMessage());
      err.flush();
      return e.code;
    } catch (StudyException e) {
      err.println("footprint-spark: the study has " + e.problems().size()
          + (e.problems().size() == 1 ? " problem:" : " problems:"));
      for (Problem p : e.problems()) {
        err.println(p);
      }
      err.flush();
      return ExitCode.INVALID_INPUT;
    } catch (IllegalArgumentException e) {
      err.println("footprint-spark: " + e.getMessage());
      err.flush();
      return ExitCode.INVALID_INPUT;
    } catch (IOException e) {
      err.println("footprint-spark: cannot write: " + e.getMessage());
      err.flush();
      return ExitCode.ERROR;
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      err.println("footprint-spark: the run failed: " + cause);
      e.printStackTrace(err);
      err.flush();
      return ExitCode.ERROR;
    }
  }

  private static void addSparkOptions(CommandSpec spec) {
    spec.addOption(OptionSpec.builder("--spark-master").paramLabel("URL").type(String.class)
        .description("Spark master: local[2], spark://HOST:7077, yarn, k8s://... (default: spark-submit's "
            + "--master).").build());
    spec.addOption(OptionSpec.builder("--partitions").paramLabel("N").type(Integer.class)
        .description("Partitions of the work items (default: 4 per task slot of the cluster).").build());
    spec.addOption(OptionSpec.builder("--parquet").paramLabel("PATH").type(String.class)
        .description("Where to write one row per work item as Parquet: a directory every executor can write "
            + "to (hdfs://, s3a://, a shared file system); in local mode the default is OUT/COMMAND.parquet.")
        .build());
  }

  /** A refusal with its exit code. */
  static final class Failure extends RuntimeException {
    final int code;

    Failure(int code, String message) {
      super(message);
      this.code = code;
    }
  }

  /** One command on Spark. */
  private static final class Run {
    private final CommandSpec spec;
    private final String command;
    private final PrintWriter out;
    private final PrintWriter err;
    private final String commandLine;
    private final boolean json;

    Run(CommandSpec spec, String command, PrintWriter out, PrintWriter err, String commandLine) {
      this.spec = spec;
      this.command = command;
      this.out = out;
      this.err = err;
      this.commandLine = commandLine;
      this.json = Boolean.TRUE.equals(value("--json"));
    }

    @SuppressWarnings("unchecked")
    <T> T value(String option) {
      OptionSpec o = spec.findOption(option);
      return o == null ? null : (T) o.getValue();
    }

    int call() throws IOException {
      if ((command.equals("montecarlo") || command.equals("compare")) && value("--threads") != null) {
        throw new Failure(ExitCode.INVALID_INPUT, "--threads: on Spark the work items run on the executors' task "
            + "slots; leave it out (--partitions sets how the items are split)");
      }
      if (command.equals("sweep") && Boolean.TRUE.equals(value("--skip-equal"))) {
        throw new Failure(ExitCode.INVALID_INPUT, "--skip-equal: on Spark every point is solved, in parallel; "
            + "skipping needs the points in order on one machine (run it with footprint)");
      }
      Integer partitions = value("--partitions");
      if (partitions != null && partitions < 1) {
        throw new Failure(ExitCode.INVALID_INPUT, "--partitions = " + partitions + ": must be at least 1");
      }
      Path studyFile = (Path) spec.positionalParameters().get(0).getValue();
      if (!Files.isRegularFile(studyFile)) {
        throw new Failure(ExitCode.INVALID_INPUT, "STUDY = '" + studyFile + "': no such file");
      }
      Study study = StudyReader.read(studyFile);
      // The command's own solver options (--backend, --portfolio, --decompose, ...), checked as footprint
      // checks them.
      SolveOptions options = Main.solveOptions(spec, study.options(), json);
      String master = value("--spark-master");
      SparkConf conf = new SparkConf();
      if (master == null && !conf.contains("spark.master")) {
        throw new Failure(ExitCode.INVALID_INPUT, "no Spark master: give --spark-master (local[2], "
            + "spark://HOST:7077, yarn, k8s://...) or run under spark-submit --master");
      }
      Path outDir = value("--out");
      String parquet = value("--parquet");
      String effectiveMaster = master != null ? master : conf.get("spark.master");
      if (parquet == null && outDir != null && effectiveMaster.startsWith("local")) {
        parquet = outDir.resolve(command + ".parquet").toAbsolutePath().toUri().toString();
      }
      boolean existed = SparkSession.getDefaultSession().isDefined() || SparkSession.getActiveSession().isDefined();
      SparkSession.Builder builder = SparkSession.builder().appName("footprint " + command + ": " + study.name());
      if (master != null) {
        builder.master(master);
      }
      SparkSession spark = builder.getOrCreate();
      try {
        SparkAnalyses on = SparkAnalyses.of(spark, study, options).withPartitions(partitions == null ? 0 : partitions);
        Map<String, Object> settings = new LinkedHashMap<>();
        Map<String, Object> sparkSettings = new LinkedHashMap<>();
        sparkSettings.put("master", spark.sparkContext().master());
        sparkSettings.put("partitions", partitions);
        sparkSettings.put("parquet", parquet);
        RunInfo run = RunInfo.of(commandLine, study.name(), studyFile.toString(), study.sha256());
        int code = switch (command) {
          case "montecarlo" -> monteCarlo(on, study, settings, sparkSettings, run, outDir, parquet);
          case "sweep" -> sweep(on, study, settings, sparkSettings, run, outDir, parquet);
          case "compare" -> compare(on, run, outDir, parquet);
          case "robust" -> robust(on, study, settings, sparkSettings, run, outDir, parquet);
          default -> throw new IllegalStateException(command);
        };
        if (parquet != null && !json) {
          out.println("rows written as Parquet to " + parquet);
        }
        out.flush();
        return code;
      } finally {
        if (!existed) {
          spark.stop();
        }
      }
    }

    private void text(String s) {
      if (!json) {
        out.print(s.endsWith("\n") ? s : s + "\n");
      }
    }

    private void finish(JsonNode doc, Path outDir, java.util.concurrent.Callable<List<Path>> write) throws IOException {
      if (outDir != null) {
        List<Path> files;
        try {
          files = write.call();
        } catch (IOException | RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
        text("report written to " + outDir + ": " + files.stream().map(f -> f.getFileName().toString())
            .collect(Collectors.joining(", ")));
      }
      if (json) {
        out.println(ResultJson.text(doc));
      }
    }

    private int monteCarlo(SparkAnalyses on, Study study, Map<String, Object> settings, Map<String, Object> sparkSettings,
        RunInfo run, Path outDir, String parquet) throws IOException {
      int samples = value("--samples");
      long seed = value("--seed");
      String scenario = value("--scenario");
      List<String> uncertain = value("--uncertain");
      Map<String, Double> regimes = value("--regimes");
      if (samples < 1 || samples > MonteCarloSpec.MAX_SAMPLES) {
        throw new Failure(ExitCode.INVALID_INPUT, String.format(Locale.ROOT, "--samples = %d: must be from 1 to %,d",
            samples, MonteCarloSpec.MAX_SAMPLES));
      }
      if (uncertain.isEmpty() && regimes.isEmpty()) {
        throw new Failure(ExitCode.INVALID_INPUT, "nothing is uncertain\nMaybe add --uncertain "
            + "'wage:VN=normal(2.7,0.3)' or --regimes base=0.5,OTHER=0.5.");
      }
      MonteCarloSpec mcSpec = new MonteCarloSpec(scenario, uncertain, regimes, samples, seed);
      SparkResult<MonteCarlo> r = on.monteCarlo(mcSpec, parquet);
      MonteCarlo mc = r.result();
      Network base = mcSpec.base(study);
      text(mc.report());
      List<String> described = new ArrayList<>();
      regimes.forEach((name, p) -> described.add("regime " + name + " with probability " + p));
      described.addAll(uncertain);
      settings.put("scenario", regimes.isEmpty() ? scenario : null);
      settings.put("samples", samples);
      settings.put("seed", seed);
      settings.put("uncertain", uncertain);
      settings.put("regimes", regimes);
      settings.put("spark", sparkSettings);
      JsonNode doc = ResultJson.monteCarlo(run, mc, base, settings);
      finish(doc, outDir, () -> ReportWriter.analysis(outDir, doc,
          new HtmlReport(run, "Monte Carlo: " + study.name()).monteCarlo(mc, described),
          Map.of("montecarlo.csv", f -> CsvTables.monteCarlo(f, mc, base))));
      return exitCode(mc.summaries().stream().map(Summary::status).toList());
    }

    private int sweep(SparkAnalyses on, Study study, Map<String, Object> settings, Map<String, Object> sparkSettings,
        RunInfo run, Path outDir, String parquet) throws IOException {
      String scenario = value("--scenario");
      String parameter = value("--parameter");
      double from = value("--from");
      double to = value("--to");
      int points = value("--points");
      if (!Double.isFinite(from) || !Double.isFinite(to)) {
        throw new Failure(ExitCode.INVALID_INPUT, "--from and --to must be finite numbers");
      }
      if (points < 2 || points > SweepSpec.MAX_POINTS) {
        throw new Failure(ExitCode.INVALID_INPUT, String.format(Locale.ROOT, "--points = %d: must be from 2 to %,d",
            points, SweepSpec.MAX_POINTS));
      }
      Network network = study.scenario(scenario);
      SparkResult<Sweep> r = on.sweep(SweepSpec.grid(scenario, parameter, from, to, points), parquet);
      Sweep sweep = r.result();
      text(sweep.table());
      settings.put("scenario", scenario);
      settings.put("parameter", parameter);
      settings.put("from", from);
      settings.put("to", to);
      settings.put("points", points);
      settings.put("skipEqual", false);
      settings.put("spark", sparkSettings);
      JsonNode doc = ResultJson.sweep(run, sweep, network, settings);
      finish(doc, outDir, () -> ReportWriter.analysis(outDir, doc,
          new HtmlReport(run, "Sweep of " + sweep.parameter() + ": " + study.name()).sweep(sweep),
          Map.of("sweep.csv", f -> CsvTables.sweep(f, sweep, network))));
      return exitCode(sweep.points().stream().map(p -> p.summary().status()).toList());
    }

    private int compare(SparkAnalyses on, RunInfo run, Path outDir, String parquet) throws IOException {
      SparkResult<Comparison> r = on.compare(Study.BASE, parquet);
      Map<String, Solution> solutions = r.result().solutions();
      text(TextReport.comparison(r.result()));
      JsonNode doc = ResultJson.scenarios(run, "compare", solutions, Study.BASE);
      finish(doc, outDir, () -> ReportWriter.scenarios(outDir, run, "compare", solutions, Study.BASE, true));
      return ExitCode.of(solutions.values().stream().map(Solution::status).toList());
    }

    private int robust(SparkAnalyses on, Study study, Map<String, Object> settings, Map<String, Object> sparkSettings,
        RunInfo run, Path outDir, String parquet) throws IOException {
      Map<String, Double> regimes = value("--regimes");
      double cvarWeight = value("--cvar-weight");
      double alpha = value("--alpha");
      RobustSpec robustSpec = new RobustSpec(regimes, cvarWeight, alpha);
      SparkResult<RobustFootprint> r = on.robust(robustSpec, parquet);
      RobustFootprint rf = r.result();
      Network network = study.scenario(regimes.keySet().iterator().next());
      text(rf.report());
      settings.put("regimes", regimes);
      settings.put("cvarWeight", cvarWeight);
      settings.put("alpha", alpha);
      settings.put("spark", sparkSettings);
      JsonNode doc = ResultJson.robust(run, rf, settings);
      finish(doc, outDir, () -> ReportWriter.analysis(outDir, doc,
          new HtmlReport(run, "Robust footprint: " + study.name()).robust(rf),
          Map.of("robust.csv", f -> CsvTables.robust(f, rf, network))));
      return ExitCode.of(rf.status());
    }

    private static int exitCode(List<SolveStatus> statuses) {
      return statuses.stream().anyMatch(SolveStatus::hasAllocation) ? ExitCode.OK : ExitCode.of(statuses);
    }
  }

  private static String quote(String arg) {
    return arg.isEmpty() || arg.chars().anyMatch(c -> " \t\"'\\$&|;<>()*?[]".indexOf(c) >= 0)
        ? "'" + arg.replace("'", "'\\''") + "'" : arg;
  }
}
