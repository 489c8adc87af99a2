package dev.footprint.cli;

import dev.footprint.analysis.Comparison;
import dev.footprint.io.Study;
import dev.footprint.model.Network;
import dev.footprint.report.ReportWriter;
import dev.footprint.report.ResultJson;
import dev.footprint.report.TextReport;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code footprint compare}: every scenario solved and set side by side against the base. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Solves every scenario of the study (in parallel) and sets them side by side: where each "
        + "product is made, cost by kind, capex and jobs per country, tariffs paid, and deltas against the base.",
        "With --out, writes result.json, comparison.csv, production.csv, shipments.csv, costs.csv, sites.csv "
            + "and report.html."})
final class CompareCommand extends SolvingCommand {
  @Option(names = "--out", paramLabel = "DIR", description = "Directory to write the report to.")
  Path outDir;

  @Option(names = "--threads", paramLabel = "N", description = "Scenarios solved at once (default: the number "
      + "of processors).")
  Integer threads;

  @Override
  int run() throws IOException {
    Map<String, Network> scenarios = study().scenarios();
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new CommandException(ExitCode.INVALID_INPUT, "--threads = " + n + ": must be at least 1");
    }
    FootprintSolver solver = solver();
    Map<String, Solution> solutions = solveAll(solver, scenarios, Math.min(n, scenarios.size()));
    Comparison comparison = new Comparison(Study.BASE, solutions);
    out.text(TextReport.comparison(comparison));
    var run = runInfo();
    if (outDir != null) {
      progress.status("writing the report");
      wrote(outDir, ReportWriter.scenarios(outDir, run, "compare", solutions, Study.BASE, true));
    }
    out.document(ResultJson.scenarios(run, "compare", solutions, Study.BASE));
    return ExitCode.of(solutions.values().stream().map(Solution::status).toList());
  }

  private Map<String, Solution> solveAll(FootprintSolver solver, Map<String, Network> scenarios, int threads) {
    progress.status("solving " + scenarios.size() + " scenarios on " + threads + " thread(s)");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CompletionService<Map.Entry<String, Solution>> done = new ExecutorCompletionService<>(pool);
      scenarios.forEach((name, network) -> done.submit(() -> Map.entry(name, solver.solve(network))));
      Map<String, Solution> byName = new LinkedHashMap<>();
      for (int k = 1; k <= scenarios.size(); k++) {
        Future<Map.Entry<String, Solution>> f = done.take();
        Map.Entry<String, Solution> e = f.get();
        byName.put(e.getKey(), e.getValue());
        progress.status("solved scenario " + k + "/" + scenarios.size() + " (" + e.getKey() + ": "
            + e.getValue().status() + ")");
      }
      Map<String, Solution> ordered = new LinkedHashMap<>();
      scenarios.keySet().forEach(name -> ordered.put(name, byName.get(name)));
      return ordered;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while solving scenarios", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
