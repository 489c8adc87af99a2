package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.find;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * YAML that a study does not support is refused where it stands (aliases, anchors, merge keys,
 * tags, a second document, keys given twice, deep nesting), and YAML is read in linear time with
 * the same tokens and lines as SnakeYAML's own reader gives.
 */
class YamlSafetyTest {
  @TempDir
  Path dir;

  private static String tinyWith(String from, String to) {
    assertTrue(TINY.contains(from), from);
    return TINY.replace(from, to);
  }

  @Test
  void anAliasIsRefusedNotReadAsText() {
    String text = tinyWith("laborCostPerHour: 43.1", "laborCostPerHour: &w 43.1")
        .replace("laborCostPerHour: [2.7, 2.9, 3.1]", "laborCostPerHour: *w");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "*w"), "countries[1].laborCostPerHour",
        "YAML aliases and anchors are not supported: write the value instead of the alias *w");
    find(problems, f, lineOf(text, "&w"), "countries[0].laborCostPerHour",
        "YAML aliases and anchors are not supported: write the value without the anchor &w");
    // Nothing is read further: no "must be a number, not 'w'".
    assertEquals(2, problems.size(), problems.toString());
  }

  @Test
  void anAnchorAloneAndAMergeKeyAreRefused() {
    String text = tinyWith("  - id: US-NC\n    country: US", "  - &nc\n    id: US-NC\n    country: US")
        .replace("    kind: candidate", "    <<: {kind: candidate}\n    kind: candidate");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "&nc"), "sites[0]", "anchor &nc");
    find(problems, f, lineOf(text, "<<:"), "sites[1][\"<<\"]", "YAML merge keys (<<) are not supported");
  }

  @Test
  void tagsAreRefused() {
    String text = tinyWith("closingCost: 500", "closingCost: !!java.net.URL [\"http://example.org\"]")
        .replace("capacity: 200", "capacity: !!float 200");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "!!java"), "sites[0].closingCost",
        "YAML tags are not supported: write the value without the tag !!java.net.URL");
    find(problems, f, lineOf(text, "!!float"), "sites[1].capacity", "without the tag !!float");
    assertEquals(2, problems.size(), problems.toString());
  }

  @Test
  void aDuplicateKeyNamesBothLines() {
    String text = tinyWith("    closingCost: 500", "    closingCost: 500\n    closingCost: 600");
    Path f = write(dir, "s.yaml", text);
    int first = lineOf(text, "closingCost: 500");
    find(problems(f), f, first + 1, "sites[0].closingCost", "duplicate key 'closingCost'", "first on line " + first);
    String json = "{\"name\": \"x\",\n \"name\": \"y\"}";
    Path j = write(dir, "s.json", json);
    find(problems(j), j, 2, "name", "duplicate key 'name'", "first on line 1");
  }

  @Test
  void aSecondDocumentIsRefused() {
    String text = TINY + "---\nname: other\n";
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "name: other"), "", "a second YAML document starts here");
    assertEquals(1, problems.size(), problems.toString());
    Path j = write(dir, "s.json", "{\"name\": \"x\"}\n{\"name\": \"y\"}");
    find(problems(j), j, 2, "", "more follows the end of the study's JSON object");
  }

  @Test
  void nestingBeyondTheLimitIsRefusedAtOnce() {
    int depth = 100_000;
    String text = "name: deep\ndescription: " + "[".repeat(depth) + "]".repeat(depth) + "\n";
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> problems(f));
    Problem p = problems.get(0);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(p.message().startsWith("mappings and lists nest deeper than " + StudyLimits.MAX_DEPTH + " levels"),
        p.message());
    assertEquals(2, p.line());
    String json = "{\"a\": " + "[".repeat(depth) + "]".repeat(depth) + "}";
    Path j = write(dir, "s.json", json);
    List<Problem> jp = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> problems(j));
    assertTrue(jp.get(0).message().contains("nest deeper than"), jp.toString());
    // At the limit, nesting is read: the top-level mapping and 63 lists (a description is not read).
    String ok = "name: ok\ndescription: " + "[".repeat(StudyLimits.MAX_DEPTH - 1) + "]".repeat(StudyLimits.MAX_DEPTH - 1)
        + "\n";
    Path g = write(dir, "ok.yaml", ok);
    assertEquals("ok", assertDoesNotThrow(() -> StudyReader.read(g)).name());
    Path h = write(dir, "over.yaml", ok.replace("[]", "[[]]"));
    assertTrue(problems(h).get(0).message().contains("nest deeper"));
  }

  @Test
  void controlCharactersAreRefusedNamingTheParser() {
    Path f = write(dir, "s.yaml", "name: a\u0007b\n");
    Problem p = problems(f).get(0);
    assertTrue(p.message().startsWith("cannot be read as YAML: special characters are not allowed"), p.message());
  }

  /** The documents the reader is compared on: block and flow styles, scalars of every kind, comments. */
  private static final List<String> DOCUMENTS = List.of(TINY,
      "a: 1\nb: [1, 2, {c: d}]\n# comment\ne: |\n  literal\n  text\nf: >\n  folded\n  text\ng: 'single ''q'''\n"
          + "h: \"double \\\" \\u00e9\"\ni: ~\nj:\n  - x\n  -   y\n  - - nested\n    - list\n",
      "\uFEFFkey: value\r\nother: \u00e9\u4e2d\uD83D\uDE00\r\nlast: \"multi\n  line\"\r\n",
      "x: " + "long".repeat(5000) + "\ny: " + "w ".repeat(3000) + "\n",
      "? complex\n: value\nplain: multi\n  line plain\nempty:\nnums: [0x1F, 1_000, .inf, -.Inf, .NaN, 1e3]\n",
      "a: [1, 2\n", "a: b: c\n", "- a\nb: c\n", "a:\n\t- b\n");

  @Test
  void theLinearReaderGivesTheSameTokensAndLinesAsSnakeYaml() throws Exception {
    for (String doc : DOCUMENTS) {
      assertEquals(tokens(new YAMLFactory().createParser(doc)), tokens(new Yaml().parser(doc, "doc.yaml")),
          doc.length() > 200 ? doc.substring(0, 200) : doc);
    }
  }

  /** @return each token with its text and line and column, and the error that ends the document if any */
  private static List<String> tokens(JsonParser p) throws Exception {
    List<String> out = new ArrayList<>();
    try (p) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        out.add(t + " " + p.getText() + " @" + p.currentTokenLocation().getLineNr() + ":"
            + p.currentTokenLocation().getColumnNr());
      }
    } catch (Exception e) {
      String m = e.getMessage().replace("'reader'", "NAME").replace("'doc.yaml'", "NAME");
      out.add("error " + m.substring(0, m.contains(" at [Source") ? m.indexOf(" at [Source") : m.length()));
    }
    return out;
  }

  @Test
  void aLongValueReadsInLinearTime() {
    // SnakeYAML's own reader copies its window for every 1024 characters of a value: 12 MB took
    // minutes. Held whole, it takes about a second on a loaded machine.
    String text = TINY.replace("name: tiny", "name: " + "x".repeat(12 << 20));
    Path f = write(dir, "s.yaml", text);
    Study s = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> StudyReader.read(f));
    assertEquals(12 << 20, s.name().length());
    String comment = TINY.replace("name: tiny", "name: c\n#" + "y".repeat(12 << 20));
    Path g = write(dir, "c.yaml", comment);
    assertEquals("c", assertTimeoutPreemptively(Duration.ofSeconds(30), () -> StudyReader.read(g)).name());
  }
}
