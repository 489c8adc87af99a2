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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Tag;
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
  /**
   * The cases that fail because of a defect in another module, each with the defect. They run only in
   * {@link #pendingCasesPass()}, disabled until the defects are fixed: then move them out of this map
   * and enable it (an empty map keeps it trivially green).
   */
  static final Map<String, String> PENDING = new LinkedHashMap<>();

  static {
    String limits = "footprint-core: Horizon accepts any number of periods (building 1e9 labels runs out of memory);"
        + " the core validation branch limits it to 1000";
    PENDING.put("api/model/Horizon.of(1e9)", limits);
    String magnitude = "footprint-core: numbers of any magnitude are accepted (1e20 is taken as infinite by SCIP and"
        + " HiGHS); the core validation branch refuses beyond 1e15";
    PENDING.put("api/model/site capacity 1e20", magnitude);
    PENDING.put("api/model/product hours 1e300", magnitude);
    String nulls = "footprint-core: a null argument ends in a NullPointerException of the JDK that names no argument"
        + " (\"Cannot invoke Object.hashCode() because pk is null\"); the core validation branch refuses null by name";
    PENDING.put("api/model/network.country(null)", nulls);
    PENDING.put("api/model/TariffMeasure.from(null)", nulls);
    PENDING.put("command/out under a file", "footprint-cli: an --out directory that cannot be written is found only"
        + " after every scenario is solved (the solution is printed, then 'cannot write'); it should be refused"
        + " before solving");
    PENDING.put("command/tables outside allowed", "footprint-cli: no --allow-outside-tables option to read tables"
        + " outside the study's folder, StudyReader.options().allowTablesOutside(true); wire it in StudyCommand");
    PENDING.put("api/model/duplicate freight lane", "footprint-core: Network.Builder accepts two freight rates for one"
        + " lane and scope, the first silently winning; the core validation branch refuses the second");
  }

  static final Path DOC = Path.of("docs/hardening.md");
  static final String START = "<!-- corpus tally: written by CorpusTest -->";
  static final String END = "<!-- end of corpus tally -->";

  @TempDir
  Path dir;

  /** @return every case of the corpus */
  static List<CorpusCase> corpus(Path dir) {
    List<CorpusCase> all = new ArrayList<>();
    all.addAll(FieldMutations.cases());
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
      if (!PENDING.containsKey(c.id())) {
        results.add(runner.run(c));
      }
    }
    String tally = CorpusRunner.tally(results, PENDING.size());
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

  @Test
  void everyPendingCaseIsInTheCorpus() {
    Set<String> ids = corpus(dir).stream().map(CorpusCase::id).collect(Collectors.toSet());
    for (String id : PENDING.keySet()) {
      assertTrue(ids.contains(id), "no case is named " + id);
    }
  }

  @Disabled("pending on defects in other modules (see PENDING): footprint-core accepts a horizon of 1e9 periods (out of"
      + " memory), numbers beyond 1e15, two freight rates for one lane, and ends null arguments in NullPointerExceptions"
      + " that name no argument; footprint-cli checks --out only after solving and has no --allow-outside-tables")
  @Tag("pending")
  @Test
  void pendingCasesPass() {
    assumeUnix();
    CorpusRunner runner = new CorpusRunner(dir.resolve("pending"));
    List<String> failures = new ArrayList<>();
    for (CorpusCase c : corpus(dir)) {
      if (PENDING.containsKey(c.id())) {
        CorpusRunner.Result r = runner.run(c);
        if (!r.failures().isEmpty()) {
          failures.add(c.id() + ": " + r.failures());
        }
      }
    }
    assertEquals(List.of(), failures);
  }
}
