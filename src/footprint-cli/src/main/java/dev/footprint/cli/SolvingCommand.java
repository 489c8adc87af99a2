package dev.footprint.cli;

import dev.footprint.report.ReportWriter;
import dev.footprint.solve.FootprintSolver;
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
