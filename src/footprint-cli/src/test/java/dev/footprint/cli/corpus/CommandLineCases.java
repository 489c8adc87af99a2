package dev.footprint.cli.corpus;

import static dev.footprint.cli.corpus.CorpusCase.STUDY;
import static dev.footprint.cli.corpus.CorpusCase.command;
import static dev.footprint.cli.corpus.CorpusCase.commands;

import dev.footprint.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Studies that read but cannot be solved as asked, and command lines that are wrong: these run
 * {@code solve} (or an analysis) for real, with a short time limit, on the small study. An
 * infeasible study ends with 3 and says so; bad options end with 2 naming the option.
 */
final class CommandLineCases {
  private CommandLineCases() {}

  private static CorpusCase.Setup small(String text) {
    return dir -> Files.writeString(dir.resolve(Studies.STUDY), text);
  }

  /** A case on the valid small study: the command must end with the exit code, saying each fragment. */
  private static CorpusCase bad(String id, int exit, List<String> fragments, String... args) {
    return commands("command/" + id, "command line", small(Studies.SMALL), command(exit, fragments, args));
  }

  static List<CorpusCase> cases() {
    List<CorpusCase> out = new ArrayList<>();
    int invalid = ExitCode.INVALID_INPUT;
    // An infeasible study: valid, so validate accepts it; solve says it is infeasible (exit 3).
    String infeasible = Studies.SMALL.replace("    lostSalesPenalty: {gadget: 40}\n", "")
        .replace("capacity: 1000", "capacity: 10").replace("capacity: [0, 800, 800]", "capacity: [0, 8, 8]")
        .replace("capacity: 600", "capacity: 6");
    out.add(commands("command/infeasible study", "infeasible study", small(infeasible),
        command(ExitCode.OK, List.of("valid"), "validate", STUDY),
        command(ExitCode.INFEASIBLE, List.of("INFEASIBLE"), "solve", STUDY, "--time-limit", "10")));
    out.add(commands("command/infeasible policy", "infeasible study", small(Studies.SMALL.replace(
        "minimumShare: 0.1", "minimumShare: 1").replace("maximumShare: 1", "maximumShare: 0.5")
        .replace("  - {id: us-pledge, type: pledge, country: US, minimumCapex: 0}",
            "  - {id: us-pledge, type: pledge, country: US, minimumCapex: 1e12}")),
        command(ExitCode.OK, List.of("valid"), "validate", STUDY),
        command(ExitCode.INFEASIBLE, List.of("INFEASIBLE"), "solve", STUDY, "--time-limit", "10")));
    out.add(bad("scenario unknown", invalid, List.of("--scenario = 'nope'", "vn-46"), "solve", STUDY, "--scenario",
        "nope"));
    out.add(bad("time limit -1", invalid, List.of("--time-limit"), "solve", STUDY, "--time-limit", "-1"));
    out.add(bad("time limit abc", invalid, List.of("--time-limit", "abc"), "solve", STUDY, "--time-limit", "abc"));
    out.add(bad("time limit NaN", invalid, List.of("--time-limit"), "solve", STUDY, "--time-limit", "NaN"));
    out.add(bad("backend unknown", invalid, List.of("--backend", "NOPE"), "solve", STUDY, "--backend", "NOPE"));
    out.add(bad("gap 2", invalid, List.of("--gap"), "solve", STUDY, "--gap", "2"));
    out.add(bad("solver threads 100000", invalid, List.of("--solver-threads"), "solve", STUDY, "--solver-threads",
        "100000"));
    out.add(commands("command/study threads 100000", "command line", small(Studies.SMALL.replace("threads: 1",
        "threads: 100000")), command(invalid, List.of("threads = 100000"), "solve", STUDY, "--time-limit", "5")));
    out.add(commands("command/out under a file", "command line", dir -> {
      Files.writeString(dir.resolve("a-file"), "x");
      return Files.writeString(dir.resolve(Studies.STUDY), Studies.SMALL);
    }, command(invalid, List.of("cannot write", "a-file", CorpusCase.ABSENT + "OPTIMAL"), "solve", STUDY,
        "--time-limit", "5", "--out", "CASE/a-file/report")));
    out.add(commands("command/tables outside allowed", "command line", dir -> {
      Files.writeString(dir.resolveSibling("outside-sites.csv"), TableCases.SITES_CSV);
      return Files.writeString(dir.resolve(Studies.STUDY), TableCases.smallWithSites("{csv: ../outside-sites.csv}"));
    }, command(invalid, List.of("leads out of the study's folder", "--allow-outside-tables"), "validate", STUDY),
        command(ExitCode.OK, List.of("valid"), "validate", STUDY, "--allow-outside-tables")));
    out.add(bad("sweep 2e9 points", invalid, List.of("--points"), "sweep", STUDY, "--parameter", "tariff:us-vn",
        "--from", "0", "--to", "1", "--points", "2000000000"));
    out.add(bad("sweep unknown parameter", invalid, List.of("tariff", "nope"), "sweep", STUDY, "--parameter",
        "tariff:nope", "--from", "0", "--to", "1"));
    out.add(bad("sweep range NaN", invalid, List.of("--from"), "sweep", STUDY, "--parameter", "tariff:us-vn",
        "--from", "NaN", "--to", "1"));
    out.add(bad("frontier 2e9 points", invalid, List.of("--points"), "frontier", STUDY, "--jobs", "US", "--points",
        "2000000000"));
    out.add(bad("montecarlo 2e9 samples", invalid, List.of("--samples"), "montecarlo", STUDY, "--samples",
        "2000000000", "--uncertain", "wage:VN=normal(3,1)"));
    out.add(bad("montecarlo bad distribution", invalid, List.of("--uncertain"), "montecarlo", STUDY, "--samples",
        "3", "--uncertain", "wage:VN=gaussian(3,1)"));
    out.add(bad("robust probabilities", invalid, List.of("regimes", "1.2"), "robust", STUDY, "--regimes",
        "base=0.5,vn-46=0.7"));
    out.add(bad("breakeven unknown decision", invalid, List.of("--decision"), "breakeven", STUDY, "--parameter",
        "tariff:us-vn", "--decision", "opens:Nowhere", "--from", "0", "--to", "1"));
    out.add(bad("export unknown format", invalid, List.of("--format"), "export", STUDY, "--format", "xml"));
    out.add(bad("unknown command", invalid, List.of("solv"), "solv", STUDY));
    out.add(bad("unknown option", invalid, List.of("--fast"), "solve", STUDY, "--fast"));
    out.add(bad("two studies", invalid, List.of("Unmatched argument"), "validate", STUDY, STUDY));
    out.add(bad("no study", invalid, List.of("STUDY"), "solve"));
    out.add(bad("compare threads 0", invalid, List.of("--threads"), "compare", STUDY, "--threads", "0"));
    out.add(bad("sweep threads 0", invalid, List.of("--threads", "0"), "sweep", STUDY, "--parameter", "tariff:us-vn",
        "--from", "0", "--to", "1", "--threads", "0"));
    return out;
  }

  /** The placeholder for the case's folder in an argument, such as {@code CASE/a-file/report}. */
  static final String CASE = "CASE/";

  /** @return the argument with the case's folder in place of {@link #CASE} */
  static String resolve(String arg, Path study) {
    return arg.startsWith(CASE) ? study.resolveSibling(arg.substring(CASE.length())).toString() : arg;
  }
}
