package dev.footprint.cli;

import dev.footprint.io.StudyReader;
import dev.footprint.io.results.RunInfo;
import dev.footprint.solve.NativeOutput;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code footprint} command line: studies solved, compared, validated, exported and analysed
 * without writing Java.
 *
 * <pre>
 * footprint validate study.yaml
 * footprint compare study.yaml --out results/
 * footprint sweep study.yaml --parameter tariff:kr-deal --from 0 --to 0.5 --points 11
 * </pre>
 *
 * <p>{@link #run(String...)} returns the exit code (see {@link ExitCode}) so that tests run commands
 * in-process; {@link #execute} also takes the streams to write to.
 */
@Command(name = "footprint", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Decides where to make each product under tariffs, labor costs and subsidies: solves, "
        + "compares and analyses study files (YAML or JSON).",
    subcommands = {SolveCommand.class, CompareCommand.class, ValidateCommand.class, ExportCommand.class,
        SweepCommand.class, BreakEvenCommand.class, SensitivityCommand.class, MonteCarloCommand.class,
        RobustCommand.class, FrontierCommand.class},
    footer = {"", "Run 'footprint COMMAND --help' for a command's options. Exit codes are listed in each "
        + "command's help and in docs/cli.md."})
public final class Main implements Callable<Integer> {
  @CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  private StudyLoader loader = new StudyLoader() {
    @Override
    public dev.footprint.io.Study load(java.nio.file.Path file) throws java.io.IOException {
      return read(file, false);
    }

    @Override
    public dev.footprint.io.Study load(java.nio.file.Path file, boolean allowTablesOutside)
        throws java.io.IOException {
      return read(file, allowTablesOutside);
    }
  };
  private Duration progressDelay = Duration.ofSeconds(1);
  private boolean terminal;
  private String commandLine = "footprint";
  private Interruption interruption = Interruption.none();

  /** A command line that reads studies with {@link StudyReader}. */
  public Main() {}

  /**
   * Runs a command with the process's standard streams, and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    NativeOutput.keepOffStandardOutput(); // native code's stray prints go to standard error, never into the output
    System.exit(run(args));
  }

  /**
   * Runs a command with the process's standard streams. Ctrl-C (SIGINT) meanwhile stops it: the
   * report being written is deleted, and the process exits with 130 (see {@link Interruption}).
   *
   * @param args the arguments
   * @return the exit code
   */
  public static int run(String... args) {
    Interruption.Gate out = new Interruption.Gate(new OutputStreamWriter(System.out, Charset.defaultCharset()));
    Interruption.Gate err = new Interruption.Gate(new OutputStreamWriter(System.err, Charset.defaultCharset()));
    Interruption interruption = new Interruption(out, err, Arrays.asList(args).contains("--json")).install();
    try {
      return new Main().withTerminal(Terminal.stderrIsTerminal()).withInterruption(interruption)
          .execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    } finally {
      interruption.uninstall();
    }
  }

  /**
   * @param value how studies are read (a test may hand over studies built in Java)
   * @return this
   */
  public Main withStudyLoader(StudyLoader value) {
    this.loader = Objects.requireNonNull(value, "loader");
    return this;
  }

  /**
   * @param value how long work must run before progress lines appear (zero: every change)
   * @return this
   */
  public Main withProgressDelay(Duration value) {
    this.progressDelay = Objects.requireNonNull(value, "progressDelay");
    return this;
  }

  /**
   * @param value what stops the command on Ctrl-C (by default nothing: a command run in-process)
   * @return this
   */
  Main withInterruption(Interruption value) {
    this.interruption = Objects.requireNonNull(value, "interruption");
    return this;
  }

  /**
   * @param value whether standard error is an interactive terminal, where progress rewrites one line
   *     in place; else (the default) it comes as plain lines
   * @return this
   */
  public Main withTerminal(boolean value) {
    this.terminal = value;
    return this;
  }

  /**
   * Runs a command.
   *
   * @param out standard output
   * @param err standard error
   * @param args the arguments
   * @return the exit code
   */
  public int execute(PrintWriter out, PrintWriter err, String... args) {
    this.commandLine = "footprint " + Arrays.stream(args).map(Main::quote).collect(Collectors.joining(" "));
    CommandLine cmd = commandLine(out, err);
    boolean json = Arrays.asList(args).contains("--json");
    cmd.setParameterExceptionHandler((ex, a) -> {
      String message = ex.getMessage() + "\nMaybe run '" + ex.getCommandLine().getCommandSpec().qualifiedName()
          + " --help'.";
      new Output(ex.getCommandLine().getOut(), ex.getCommandLine().getErr(), json, false)
          .failure(ExitCode.INVALID_INPUT, message, java.util.List.of());
      return ExitCode.INVALID_INPUT;
    });
    cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
      new Output(c.getOut(), c.getErr(), json, false).failure(ExitCode.ERROR, "unexpected error: " + ex,
          java.util.List.of());
      ex.printStackTrace(c.getErr());
      c.getErr().flush();
      return ExitCode.ERROR;
    });
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * @param out standard output
   * @param err standard error
   * @return the configured picocli command line, with exit codes in every command's help
   */
  public CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(this);
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setUsageHelpWidth(100);
    setExitCodes(cmd);
    return cmd;
  }

  /**
   * The solve options a parsed solving command asks for: the study's, with the command line's
   * {@code --backend}, {@code --portfolio}, {@code --decompose}, {@code --time-limit}, {@code --gap}
   * and {@code --solver-threads} applied and checked as the command itself applies them. For launchers
   * that parse footprint's command line with {@link #commandLine} and run the command elsewhere, as
   * footprint-spark does on a cluster.
   *
   * @param parsed a parsed subcommand of {@link #commandLine} that solves (solve, compare, export and
   *     the analyses)
   * @param study the study's options
   * @param json whether standard output holds a JSON document (the solver then may not log to it)
   * @return the options every solve of the command uses
   * @throws IllegalArgumentException if the command does not solve, or an option's value is refused
   *     (the message names the option and the value)
   */
  public static dev.footprint.solve.SolveOptions solveOptions(CommandLine.Model.CommandSpec parsed,
      dev.footprint.solve.SolveOptions study, boolean json) {
    Objects.requireNonNull(parsed, "parsed");
    Objects.requireNonNull(study, "study");
    if (!(parsed.userObject() instanceof SolvingCommand command)) {
      throw new IllegalArgumentException("command '" + parsed.name() + "' does not solve");
    }
    try {
      return command.solverOverrides.apply(study, json);
    } catch (CommandException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static void setExitCodes(CommandLine cmd) {
    cmd.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.descriptions());
    cmd.getSubcommands().values().forEach(Main::setExitCodes);
  }

  /** @return how studies are read */
  StudyLoader loader() {
    return loader;
  }

  /** @return what stops the command on Ctrl-C */
  Interruption interruption() {
    return interruption;
  }

  /** @return how long work must run before progress is shown */
  Duration progressDelay() {
    return progressDelay;
  }

  /**
   * @param quiet whether --quiet was given
   * @return how progress is shown
   */
  Progress.Style progressStyle(boolean quiet) {
    return quiet ? Progress.Style.OFF : terminal ? Progress.Style.TERMINAL : Progress.Style.LINES;
  }

  /** @return the command line being run, quoted for a shell, for the reports' {@code command} */
  String commandLineText() {
    return commandLine;
  }

  /** With no command: the usage on standard error, exit code 2. */
  @Override
  public Integer call() {
    CommandLine c = spec.commandLine();
    c.getErr().println("footprint: a command is needed");
    c.usage(c.getErr());
    c.getErr().flush();
    return ExitCode.INVALID_INPUT;
  }

  /** Reads a study file, telling a missing file apart from one that cannot be read. */
  private static dev.footprint.io.Study read(java.nio.file.Path file, boolean allowTablesOutside)
      throws java.io.IOException {
    if (!java.nio.file.Files.exists(file)) {
      throw new java.nio.file.NoSuchFileException(file.toString());
    }
    return StudyReader.options().allowTablesOutside(allowTablesOutside).read(file);
  }

  private static String quote(String arg) {
    return arg.isEmpty() || arg.chars().anyMatch(c -> " \t\"'\\$&|;<>()*?".indexOf(c) >= 0)
        ? "'" + arg.replace("'", "'\\''") + "'" : arg;
  }

  /** {@code --version}: Footprint's and OR-Tools' versions. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"footprint " + RunInfo.currentFootprintVersion() + " (OR-Tools "
          + RunInfo.currentOrToolsVersion() + ", Java " + System.getProperty("java.version") + ")"};
    }
  }
}
