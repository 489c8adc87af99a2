package dev.footprint.cli;

import dev.footprint.io.Study;
import dev.footprint.io.results.ResultJson;
import dev.footprint.report.ReportWriter;
import dev.footprint.report.TextReport;
import dev.footprint.solve.Backend;
import dev.footprint.solve.Certificate;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code footprint solve}: solves scenarios one after another and reports each. */
@Command(name = "solve", mixinStandardHelpOptions = true,
    description = {"Solves the base scenario, or the scenarios named, and prints where each product is made, "
        + "the cost by kind, tariffs, subsidies, capex and jobs.",
        "With --out, writes result.json, production.csv, shipments.csv, costs.csv, sites.csv (quotas.csv for "
            + "tariff-rate quotas, comparison.csv for several scenarios), results.xlsx and report.html, whole or not "
            + "at all."})
final class SolveCommand extends SolvingCommand {
  @Option(names = "--scenario", paramLabel = "NAME", split = ",",
      description = "Scenarios to solve, in order (default: ${DEFAULT-VALUE}; 'all' for every scenario).",
      defaultValue = Study.BASE)
  List<String> scenarios = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", description = "Folder to write the report to; checked before anything "
      + "is solved.")
  Path outDir;

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
    Map<String, dev.footprint.model.Network> networks = new LinkedHashMap<>();
    for (String name : scenarios) {
      if (name.equals("all")) {
        networks.putAll(study().scenarios());
      } else {
        networks.put(name, scenario(name));
      }
    }
    if (networks.isEmpty()) {
      throw new CommandException(ExitCode.INVALID_INPUT, "--scenario = '" + String.join(",", scenarios)
          + "': names no scenario\nMaybe use one of: " + String.join(", ", study().scenarios().keySet()) + ", all");
    }
    FootprintSolver solver = solver();
    checkCertify(solver, certify);
    Map<String, Solution> solutions = new LinkedHashMap<>();
    progress.begin(networks.size() == 1 ? "scenario solved" : "scenarios solved", networks.size());
    for (var e : networks.entrySet()) {
      progress.update(solutions.size(), "solving " + e.getKey());
      Solution s = solve(solver, e.getValue());
      solutions.put(e.getKey(), s);
      progress.update(solutions.size(), "last: " + e.getKey() + ", " + s.status());
      out.text(TextReport.scenario(e.getKey(), s));
    }
    Map<String, Certificate> certificates = certify == null ? Map.of()
        : certify(solver, networks, solutions, certify);
    String base = solutions.containsKey(Study.BASE) ? Study.BASE : null;
    var run = runInfo();
    if (outDir != null) {
      writeReport(outDir, dir -> ReportWriter.scenarios(dir, run, "solve", solutions, base, false));
    }
    var doc = ResultJson.scenarios(run, "solve", solutions, base);
    putCertificates(doc, certificates);
    out.document(doc);
    return certifiedCode(ExitCode.of(solutions.values().stream().map(Solution::status).toList()), certificates);
  }
}
