package dev.footprint.cli;

import dev.footprint.report.ReportWriter;
import dev.footprint.model.Network;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveHandle;
import dev.footprint.solve.SolveListener;
import dev.footprint.solve.SolveProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
