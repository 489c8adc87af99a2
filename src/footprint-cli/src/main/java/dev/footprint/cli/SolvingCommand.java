package dev.footprint.cli;

import dev.footprint.report.ReportWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.model.Network;
import dev.footprint.solve.Backend;
import dev.footprint.solve.Certificate;
import dev.footprint.solve.Certifier;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveHandle;
import dev.footprint.solve.SolveListener;
import dev.footprint.solve.SolveProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Mixin;

/** A command that solves: the study's solver options with the command line's overrides. */
abstract class SolvingCommand extends StudyCommand {
  @Mixin
  SolverOverrides solverOverrides;

  /** @return a solver with the study's options and the overrides */
  final FootprintSolver solver() {
    return FootprintSolver.create(solverOverrides.apply(study().options(), out.json()));
  }

  /**
   * Checks that {@code --certify} names another backend than the one that solves.
   *
   * @param solver the solver
   * @param certify the second backend, or null
   */
  static void checkCertify(FootprintSolver solver, Backend certify) {
    if (certify != null && certify == solver.options().backend()) {
      throw new CommandException(ExitCode.INVALID_INPUT, "--certify = " + certify + ": the scenarios are already "
          + "solved with " + certify + "\nMaybe use another backend, such as "
          + (certify == Backend.HIGHS ? Backend.SCIP : Backend.HIGHS) + ".");
    }
  }

  /**
   * Solves each scenario again with a second backend and compares ({@link Certifier}).
   *
   * @param solver the solver that solved them
   * @param networks the scenarios by name
   * @param solutions their solutions by name
   * @param second the second backend
   * @return the certificates by name, in the order of the solutions
   */
  final Map<String, Certificate> certify(FootprintSolver solver, Map<String, Network> networks,
      Map<String, Solution> solutions, Backend second) {
    Map<String, Certificate> certificates = new LinkedHashMap<>();
    progress.begin("scenarios certified with " + second, solutions.size());
    for (var e : solutions.entrySet()) {
      interruption().check();
      Certificate c = Certifier.certify(networks.get(e.getKey()), e.getValue(), second, solver.options());
      certificates.put(e.getKey(), c);
      progress.finished("last: " + e.getKey() + ", " + c.verdict());
      out.text("certificate of " + e.getKey() + ": " + c.describe());
    }
    return certificates;
  }

  /**
   * Puts each certificate into its scenario's object of the document ({@code "certificate"}).
   *
   * @param doc the document, with {@code "scenarios"}
   * @param certificates the certificates by scenario name
   */
  static void putCertificates(ObjectNode doc, Map<String, Certificate> certificates) {
    if (!(doc.get("scenarios") instanceof ArrayNode scenarios)) {
      return;
    }
    for (var node : scenarios) {
      Certificate c = certificates.get(node.path("name").asText());
      if (c != null && node instanceof ObjectNode o) {
        ObjectNode j = o.putObject("certificate");
        j.put("verdict", c.verdict().name());
        j.put("passed", c.passed());
        j.put("first", c.first().name());
        j.put("second", c.second().name());
        j.put("firstStatus", c.firstStatus().name());
        j.put("secondStatus", c.secondStatus().name());
        putNumber(j, "firstObjective", c.firstObjective());
        putNumber(j, "secondObjective", c.secondObjective());
        putNumber(j, "firstBound", c.firstBound());
        putNumber(j, "secondBound", c.secondBound());
        putNumber(j, "relativeGap", c.relativeGap());
        putNumber(j, "tolerance", c.tolerance());
        ArrayNode findings = j.putArray("findings");
        c.findings().forEach(findings::add);
      }
    }
  }

  private static void putNumber(ObjectNode o, String name, double v) {
    if (Double.isFinite(v)) {
      o.put(name, v);
    } else {
      o.putNull(name);
    }
  }

  /**
   * The exit code with certification: {@link ExitCode#CERTIFICATION_FAILED} (said on standard
   * error) if any certificate disagrees, else the code of the solves.
   *
   * @param code the code of the solves
   * @param certificates the certificates by scenario name
   * @return the exit code
   */
  final int certifiedCode(int code, Map<String, Certificate> certificates) {
    List<String> disagreed = certificates.entrySet().stream()
        .filter(e -> e.getValue().verdict() == Certificate.Verdict.DISAGREED).map(Map.Entry::getKey).toList();
    if (disagreed.isEmpty()) {
      return code;
    }
    out.warning("certification failed: two backends disagree beyond the gap on " + String.join(", ", disagreed));
    return ExitCode.CERTIFICATION_FAILED;
  }

  /**
   * Solves one model at a time: its progress (incumbent and bound) is shown, and Ctrl-C cancels the
   * native solve while it runs.
   *
   * @param solver the solver
   * @param network the network
   * @return the solution, the best found if it was cancelled
   */
  final Solution solve(FootprintSolver solver, Network network) {
    SolveHandle handle = solver.start(network, solver.options().withProgress(
        listener(solver.options().progress(), progress)));
    try (Interruption.Registration r = interruption().onInterrupt(handle::cancel)) {
      return handle.get();
    } catch (InterruptedException e) {
      handle.cancel();
      Thread.currentThread().interrupt();
      throw new CommandException(ExitCode.INTERRUPTED, "interrupted");
    }
  }

  /**
   * @param solver the solver
   * @return the same solver, whose solves (one at a time) show their incumbent and bound
   */
  final FootprintSolver showingProgress(FootprintSolver solver) {
    return FootprintSolver.create(solver.options().withProgress(listener(solver.options().progress(), progress)));
  }

  /**
   * @param inner who heard the solve before: it still gets the log lines and progress
   * @param progress where the incumbent and bound are shown
   * @return a listener that feeds each progress report to {@link Progress#solveProgress}
   */
  static SolveListener listener(SolveListener inner, Progress progress) {
    SolveListener before = inner == null ? SolveListener.NONE : inner;
    return new SolveListener() {
      @Override
      public void progress(SolveProgress p) {
        before.progress(p);
        if (p != null && (p.hasIncumbent() || p.hasBound())) {
          progress.solveProgress(p.incumbent(), p.bestBound());
        }
      }

      @Override
      public void log(String line) {
        before.log(line);
      }
    };
  }

  /**
   * Writes a report folder whole or not at all (see {@link ReportFolder}), and tells where it went.
   *
   * @param dir the folder
   * @param writer writes the files into a temporary folder
   * @throws IOException if a file cannot be written
   */
  final void writeReport(Path dir, ReportFolder.Writer writer) throws IOException {
    progress.status("writing the report");
    wrote(dir, ReportFolder.write(dir, interruption(), writer));
  }

  /**
   * Tells where a report went.
   *
   * @param dir the directory
   * @param files the files written
   */
  final void wrote(Path dir, List<Path> files) {
    out.text("report written to " + dir + ": " + files.stream().map(f -> f.getFileName().toString())
        .collect(Collectors.joining(", ")));
    if (files.stream().anyMatch(f -> f.getFileName().toString().equals(ReportWriter.REPORT_HTML))) {
      out.text("open " + dir.resolve(ReportWriter.REPORT_HTML).toAbsolutePath().toUri() + " in a browser");
    }
  }
}
