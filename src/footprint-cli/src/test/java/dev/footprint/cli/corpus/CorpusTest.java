package dev.footprint.cli.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of broken inputs: several hundred broken studies, tables, command lines and API calls,
 * generated from the small study and the two examples. Every one must be refused with the
 * documented exit code (or exception), a message that names the problem (the field or the file),
 * no stack trace, and within {@link CorpusRunner#BOUND}. The tally by category is written to
 * {@code target/corpus-tally.md} and must equal the table of {@code docs/hardening.md}.
 */
class CorpusTest {
  /** The page that shows the tally. */
  static final Path DOC = Path.of("docs/hardening.md");

  /** Where the tally starts in docs/hardening.md. */
  static final String START = "<!-- corpus tally: written by CorpusTest -->";
  static final String END = "<!-- end of corpus tally -->";

  @TempDir
  Path dir;

  /** @return every case of the corpus */
  static List<CorpusCase> corpus(Path dir) {
    List<CorpusCase> all = new ArrayList<>();
    all.addAll(FieldMutations.cases());
    all.addAll(OriginMutations.cases());
    all.addAll(DocumentCases.cases());
    all.addAll(TableCases.cases());
    all.addAll(ExampleCases.cases());
    all.addAll(CommandLineCases.cases());
    all.addAll(ApiCases.cases(dir).stream().map(c -> new CorpusCase("api/" + c.id(), c.category(), c.run()))
        .toList());
    return all;
  }

  /** The corpus names what a user might type on a Unix system: /dev/zero, /etc/passwd, links, named pipes. */
  static void assumeUnix() {
    assumeTrue(Files.exists(Path.of("/dev/zero")) && Files.exists(Path.of("/etc/passwd")),
        "the corpus needs a Unix system: it names /dev/zero and /etc/passwd and makes symbolic links");
  }

  /** The studies the corpus breaks are valid as they are, so that each case is refused for its own change. */
  @Test
  void theStudiesTheCorpusBreaksAreValid() throws IOException {
    for (String text : List.of(Studies.SMALL, Studies.ORIGIN)) {
      Path file = dir.resolve(Studies.STUDY);
      Files.writeString(file, text);
      dev.footprint.io.StudyReader.read(file);
    }
  }

  @Test
  void everyBrokenInputIsRefusedCleanly() throws IOException {
    assumeUnix();
    List<CorpusCase> all = corpus(dir);
    assertTrue(all.size() >= 300, "the corpus has only " + all.size() + " cases");
    Set<String> ids = new HashSet<>();
    all.forEach(c -> assertTrue(ids.add(c.id()), "two cases are named " + c.id()));
    CorpusRunner runner = new CorpusRunner(dir.resolve("cases"));
    List<CorpusRunner.Result> results = new ArrayList<>();
    for (CorpusCase c : all) {
      results.add(runner.run(c));
    }
    String tally = CorpusRunner.tally(results, 0);
    Path out = Path.of(System.getProperty("basedir", "src/footprint-cli"), "target", "corpus-tally.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, tally);
    String failures = results.stream().filter(r -> !r.failures().isEmpty())
        .map(r -> r.c().id() + " [" + r.c().category() + "]: " + r.failures().entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n    ")))
        .collect(Collectors.joining("\n\n"));
    if (!failures.isEmpty()) {
      fail("cases that fail:\n\n" + failures + "\n\ntally:\n" + tally);
    }
    String doc = Files.readString(DOC);
    int start = doc.indexOf(START);
    int end = doc.indexOf(END);
    assertTrue(start >= 0 && end > start, "docs/hardening.md lost its tally markers");
    assertEquals(tally, doc.substring(start + START.length(), end).strip() + "\n",
        "docs/hardening.md does not show the corpus's tally (written to " + out + ")");
  }
}
