package dev.footprint.cli.corpus;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.footprint.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.opentest4j.AssertionFailedError;

/**
 * Runs the cases of the corpus and judges each: the command line in-process through {@link Main},
 * with captured streams, or the Java call; each under a bound of {@link #BOUND} (a guard against
 * hangs, not a measure of speed).
 */
final class CorpusRunner {
  /** How long one command or call may take before it counts as a hang. */
  static final Duration BOUND = Duration.ofSeconds(20);

  /** What can go wrong with a case, the columns of the tally. */
  enum Failure {
    STACK_TRACE("stack traces"),
    HANG("hangs"),
    CRASH("crashes"),
    WRONG_RESULT("wrong exit codes or exceptions"),
    NO_MESSAGE("messages not naming the problem");

    final String column;

    Failure(String column) {
      this.column = column;
    }
  }

  /**
   * What came of a case.
   *
   * @param c the case
   * @param runs the commands or calls run
   * @param failures what went wrong, each with what was seen
   */
  record Result(CorpusCase c, int runs, Map<Failure, String> failures) {}

  private final Path root;
  private int folders;

  /** @param root a folder for the cases' studies */
  CorpusRunner(Path root) {
    this.root = root;
  }

  Result run(CorpusCase c) {
    Map<Failure, String> failures = new EnumMap<>(Failure.class);
    if (c.run() instanceof CorpusCase.Commands commands) {
      Path dir = root.resolve(String.format(Locale.ROOT, "case-%04d", folders++));
      Path study;
      try {
        Files.createDirectories(dir);
        study = commands.setup().write(dir);
      } catch (Exception e) {
        throw new IllegalStateException("the corpus cannot write case " + c.id(), e);
      }
      for (CorpusCase.Command command : commands.commands()) {
        String[] args = command.args().stream().map(a -> a.equals(CorpusCase.STUDY) ? study.toString()
            : CommandLineCases.resolve(a, study))
            .toArray(String[]::new);
        judge(command, args, failures);
      }
      return new Result(c, commands.commands().size(), failures);
    }
    CorpusCase.Api api = (CorpusCase.Api) c.run();
    Throwable thrown;
    try {
      thrown = assertTimeoutPreemptively(BOUND, () -> {
        try {
          api.call().call();
          return null;
        } catch (Throwable t) {
          return t;
        }
      });
    } catch (AssertionFailedError e) {
      failures.put(Failure.HANG, "no answer within " + BOUND.toSeconds() + " s");
      return new Result(c, 1, failures);
    }
    if (thrown == null) {
      failures.put(Failure.WRONG_RESULT, "nothing thrown, expected one of " + names(api.thrown()));
    } else if (api.thrown().stream().noneMatch(t -> t.isInstance(thrown))) {
      failures.put(thrown instanceof Error ? Failure.CRASH : Failure.WRONG_RESULT, "threw " + thrown
          + ", expected one of " + names(api.thrown()));
    } else {
      String m = String.valueOf(thrown.getMessage());
      List<String> missing = api.fragments().stream().filter(f -> !m.contains(f)).toList();
      if (!missing.isEmpty()) {
        failures.put(Failure.NO_MESSAGE, "message \"" + m + "\" does not say " + missing);
      }
    }
    return new Result(c, 1, failures);
  }

  private static String names(List<Class<? extends Throwable>> types) {
    return types.stream().map(Class::getSimpleName).toList().toString();
  }

  private static void judge(CorpusCase.Command command, String[] args, Map<Failure, String> failures) {
    String shown = String.join(" ", args);
    int[] code = new int[1];
    String[] output = new String[1];
    try {
      assertTimeoutPreemptively(BOUND, () -> {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
          code[0] = new Main().withProgressDelay(Duration.ofDays(1)).execute(new PrintWriter(out),
              new PrintWriter(err), args);
        } catch (Throwable t) {
          code[0] = -1;
          err.write("\n(thrown out of the command: " + t + ")");
        }
        output[0] = "--- stdout\n" + out + "\n--- stderr\n" + err;
      });
    } catch (AssertionFailedError e) {
      failures.putIfAbsent(Failure.HANG, shown + ": no answer within " + BOUND.toSeconds() + " s");
      return;
    }
    String seen = shown + "\nexit " + code[0] + "\n" + output[0];
    if (code[0] == -1 || (code[0] == 1 && command.exit() != 1)) {
      failures.putIfAbsent(Failure.CRASH, seen);
    } else if (code[0] != command.exit()) {
      failures.putIfAbsent(Failure.WRONG_RESULT, "expected exit " + command.exit() + ": " + seen);
    }
    if (hasStackTrace(output[0])) {
      failures.putIfAbsent(Failure.STACK_TRACE, seen);
    }
    List<String> missing = command.fragments().stream().filter(f -> f.startsWith(CorpusCase.ABSENT)
        ? output[0].contains(f.substring(1)) : !output[0].contains(f)).toList();
    if (!missing.isEmpty()) {
      failures.putIfAbsent(Failure.NO_MESSAGE, "does not say (or, with " + CorpusCase.ABSENT + ", says) " + missing
          + ": " + seen);
    }
  }

  /** @return whether the output shows a stack trace or an exception's class name */
  static boolean hasStackTrace(String output) {
    return output.contains("\tat ") || output.contains("at dev.footprint") || output.contains("Exception")
        || output.contains("java.lang.") || output.contains("java.io.") || output.contains("java.nio.")
        || output.contains("Error:");
  }

  /**
   * @param results the results of every case run
   * @param pending how many cases were left out, pending on a defect elsewhere
   * @return the tally as a markdown table: cases and runs by category, and each failure's count
   */
  static String tally(List<Result> results, int pending) {
    Map<String, int[]> rows = new TreeMap<>();
    int columns = 2 + Failure.values().length;
    int[] total = new int[columns];
    for (Result r : results) {
      int[] row = rows.computeIfAbsent(r.c().category(), k -> new int[columns]);
      row[0]++;
      row[1] += r.runs();
      for (Failure f : r.failures().keySet()) {
        row[2 + f.ordinal()]++;
      }
    }
    StringBuilder sb = new StringBuilder("| category | cases | runs |");
    for (Failure f : Failure.values()) {
      sb.append(' ').append(f.column).append(" |");
    }
    sb.append("\n|---|---:|---:|").append("---:|".repeat(Failure.values().length)).append('\n');
    List<String> lines = new ArrayList<>();
    rows.forEach((category, row) -> {
      StringBuilder line = new StringBuilder("| ").append(category).append(" |");
      for (int i = 0; i < columns; i++) {
        line.append(' ').append(row[i]).append(" |");
        total[i] += row[i];
      }
      lines.add(line.toString());
    });
    lines.forEach(l -> sb.append(l).append('\n'));
    sb.append("| **total** |");
    for (int t : total) {
      sb.append(" **").append(t).append("** |");
    }
    sb.append('\n');
    if (pending > 0) {
      sb.append("\n").append(pending).append(pending == 1 ? " case is" : " cases are").append(" pending on defects in"
          + " other modules (CorpusTest.PENDING), not counted above.\n");
    }
    return sb.toString();
  }
}
