package dev.footprint.cli;

import dev.footprint.report.ReportWriter;
import dev.footprint.solve.FootprintSolver;
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
