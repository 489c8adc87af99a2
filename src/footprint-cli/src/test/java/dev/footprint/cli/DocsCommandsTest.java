package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every {@code footprint} command line in the documentation (code blocks of docs/*.md, README.md
 * and the examples' READMEs) parses against the command's options and names what the study has,
 * solving nothing: the documentation cannot drift from the command. Tests run in the repository's
 * root.
 */
class DocsCommandsTest {
  /** docs/cli.md must show each command at least once. */
  static final Path CLI_MD = Path.of("docs/cli.md");

  static List<Path> documents() throws IOException {
    List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    try (Stream<Path> examples = Files.walk(Path.of("examples"), 3)) {
      examples.filter(p -> p.getFileName().toString().equals("README.md") && !p.startsWith("examples/target"))
          .sorted().forEach(files::add);
    }
    return files;
  }

  @Test
  void everyDocumentedCommandLineParsesAndNamesWhatTheStudyHas() throws IOException {
    List<DocCommands.Line> all = new ArrayList<>();
    for (Path doc : documents()) {
      all.addAll(DocCommands.extract(doc.toString(), Files.readString(doc)));
    }
    List<String> failures = new ArrayList<>();
    DocCommands.Checker checker = new DocCommands.Checker();
    for (DocCommands.Line line : all) {
      try {
        checker.check(line.args());
      } catch (RuntimeException e) {
        failures.add(line.where() + ": footprint " + String.join(" ", line.args()) + "\n    " + e.getMessage());
      }
    }
    assertEquals(List.of(), failures, "command lines in the documentation that the command refuses");
    assertTrue(all.size() >= 15, "command lines found: " + all.size());
  }

  @Test
  void cliMdShowsEveryCommand() throws IOException {
    Set<String> shown = new TreeSet<>();
    for (DocCommands.Line line : DocCommands.extract(CLI_MD.toString(), Files.readString(CLI_MD))) {
      if (!line.args().isEmpty()) {
        shown.add(line.args().get(0));
      }
    }
    Set<String> commands = new TreeSet<>(new Main().commandLine(sink(), sink()).getSubcommands().keySet());
    commands.removeAll(shown);
    assertEquals(Set.of(), commands, "commands without an example in docs/cli.md; shown: " + shown);
  }

  /** The extractor: fences, continuation lines, quotes, operators, the launcher and java -jar. */
  @Test
  void extractorFindsCommandsInCodeBlocksOnly() {
    String md = String.join("\n",
        "Run ./footprint solve in prose: not a command.",
        "```sh",
        "mvn -q -B package -DskipTests && ./footprint compare examples/x.yaml --out target/x",
        "./footprint montecarlo s.yaml --uncertain 'fx:VN=normal(1, 0.15)' \\",
        "    --samples 4 2> log.txt",
        "JAVA_OPTS=-Xmx8g ./footprint robust s.yaml --regimes a=0.5,b=0.5 # a comment",
        "java -jar src/footprint-cli/target/footprint.jar --version",
        "ls footprint",
        "```",
        "    ./footprint indented-outside-a-fence");
    List<DocCommands.Line> lines = DocCommands.extract("t.md", md);
    assertEquals(List.of(
        List.of("compare", "examples/x.yaml", "--out", "target/x"),
        List.of("montecarlo", "s.yaml", "--uncertain", "fx:VN=normal(1, 0.15)", "--samples", "4"),
        List.of("robust", "s.yaml", "--regimes", "a=0.5,b=0.5"),
        List.of("--version")), lines.stream().map(DocCommands.Line::args).toList());
    assertEquals("t.md:3", lines.get(0).where());
    assertEquals("t.md:4", lines.get(1).where());
  }

  /** The checker refuses what the command would refuse, so the test above can fail. */
  @Test
  void checkerRefusesWhatTheCommandRefuses() {
    DocCommands.Checker c = new DocCommands.Checker();
    String study = "examples/apparel-toys/study.yaml";
    c.check(List.of("solve", study, "--scenario", "all", "--time-limit", "60"));
    c.check(List.of("--help"));
    assertRefused(c, "Unknown option", "solve", study, "--no-such-option");
    assertRefused(c, "Unmatched argument", "solv", study);
    assertRefused(c, "Missing required option", "sweep", study, "--parameter", "demand", "--from", "0");
    assertRefused(c, "is not a double", "sweep", study, "--parameter", "demand", "--from", "zero", "--to", "1");
    assertRefused(c, "no such file", "validate", "examples/nowhere/study.yaml");
    assertRefused(c, "no scenario 'nope'", "solve", study, "--scenario", "base,nope");
    assertRefused(c, "not understood", "sweep", study, "--parameter", "tarif:x", "--from", "0", "--to", "1");
    assertRefused(c, "no tariff has this id", "sweep", study, "--parameter", "tariff:x", "--from", "0", "--to", "1");
    assertRefused(c, "no site", "breakeven", study, "--parameter", "demand", "--decision", "opens:x", "--from", "1",
        "--to", "2");
    assertRefused(c, "add up to", "robust", study, "--regimes", "base=0.5");
    assertRefused(c, "no country", "frontier", study, "--capex", "XX");
  }

  static void assertRefused(DocCommands.Checker c, String expected, String... args) {
    RuntimeException e = assertThrows(RuntimeException.class, () -> c.check(List.of(args)), String.join(" ", args));
    if (!e.getMessage().contains(expected)) {
      fail("expected '" + expected + "' in: " + e.getMessage());
    }
  }

  static PrintWriter sink() {
    return new PrintWriter(new StringWriter());
  }
}
