package dev.footprint.cli;

import dev.footprint.analysis.Comparison;
import dev.footprint.io.Study;
import dev.footprint.io.results.ResultJson;
import dev.footprint.model.Network;
import dev.footprint.report.ReportWriter;
import dev.footprint.report.TextReport;
import dev.footprint.solve.Backend;
import dev.footprint.solve.Certificate;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code footprint compare}: every scenario solved and set side by side against the base. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Solves every scenario of the study (in parallel) and sets them side by side: where each "
        + "product is made, cost by kind, capex and jobs per country, tariffs paid, and deltas against the base.",
        "With --out, writes result.json, comparison.csv, production.csv, shipments.csv, costs.csv, sites.csv, "
            + "quotas.csv (for tariff-rate quotas), results.xlsx and report.html, whole or not at all."})
final class CompareCommand extends SolvingCommand {
  @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the report to; checked before anything "
      + "is solved.")
  Path outDir;

  @Option(names = "--threads", paramLabel = "N", description = "Scenarios solved at once (default: the number "
      + "of processors).")
  Integer threads;

  @Option(names = "--certify", paramLabel = "BACKEND", description = "After solving, solve each scenario again "
      + "with this second backend and compare cost and bound; exit code 5 if they disagree beyond the gap.")
  Backend certify;

  @Override
  void checkOutput() {
    if (outDir != null) {
      ReportFolder.check(outDir, "--out");
    }
  }

  @Override
  int run() throws IOException {
    Map<String, Network> scenarios = study().scenarios();
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new CommandException(ExitCode.INVALID_INPUT, "--threads = " + n + ": must be at least 1");
    }
    FootprintSolver solver = solver();
    checkCertify(solver, certify);
    int pool = Math.min(n, scenarios.size());
    progress.begin("scenarios solved on " + pool + (pool == 1 ? " thread" : " threads"), scenarios.size());
    Comparison comparison = Comparison.run(solver, scenarios, Study.BASE, pool,
        (name, s) -> progress.finished("last: " + name + ", " + s.status()));
    Map<String, Solution> solutions = comparison.solutions();
    out.text(TextReport.comparison(comparison));
    Map<String, Certificate> certificates = certify == null ? Map.of()
        : certify(solver, scenarios, solutions, certify);
    var run = runInfo();
    if (outDir != null) {
      writeReport(outDir, dir -> ReportWriter.scenarios(dir, run, "compare", solutions, Study.BASE, true));
    }
    var doc = ResultJson.scenarios(run, "compare", solutions, Study.BASE);
    putCertificates(doc, certificates);
    out.document(doc);
    return certifiedCode(ExitCode.of(solutions.values().stream().map(Solution::status).toList()), certificates);
  }
}
