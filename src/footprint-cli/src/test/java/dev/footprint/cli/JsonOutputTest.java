package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.report.SampleStudies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With --json, standard output is one JSON document and nothing else, for every command: the
 * command's document when it ran, the error document when the input is bad.
 */
class JsonOutputTest {
  @TempDir
  static Path dir;
  static Path tariff;

  /** Each command with arguments that run on the tariff study. */
  static final Map<String, List<String>> RUNS = new LinkedHashMap<>();

  @BeforeAll
  static void writeStudy() throws Exception {
    tariff = SampleStudies.write(SampleStudies.tariffStudy(), Files.createDirectory(dir.resolve("tariff")));
    RUNS.put("solve", List.of("--scenario", "base,no-deal"));
    RUNS.put("compare", List.of("--threads", "1"));
    RUNS.put("validate", List.of());
    RUNS.put("export", List.of("--format", "lp"));
    RUNS.put("sweep", List.of("--parameter", "tariff:us-vn", "--from", "0", "--to", "0.4", "--points", "3"));
    RUNS.put("breakeven", List.of("--parameter", "credit:45X", "--decision", "opens:US-GA", "--from", "0", "--to",
        "40", "--tolerance", "2"));
    RUNS.put("sensitivity", List.of());
    RUNS.put("montecarlo", List.of("--samples", "3", "--threads", "1", "--uncertain", "tariff:us-vn=uniform(0,0.4)"));
    RUNS.put("robust", List.of("--regimes", "base=0.5,no-deal=0.5"));
    RUNS.put("frontier", List.of("--jobs", "KR", "--points", "2"));
  }

  static Cli.Result run(String command, List<String> args) {
    List<String> all = new ArrayList<>(List.of(command, tariff.toString()));
    all.addAll(args);
    all.add("--json");
    return Cli.run(all.toArray(String[]::new));
  }

  @Test
  void everyCommandPrintsOneDocumentWhenItRuns() throws Exception {
    for (var e : RUNS.entrySet()) {
      Cli.Result r = run(e.getKey(), e.getValue());
      assertEquals(ExitCode.OK, r.code(), e.getKey() + "\n" + r);
      JsonNode doc = InterruptionTest.oneDocument(r.out());
      assertTrue(doc.isObject() && !doc.has("error"), e.getKey() + "\n" + r);
    }
  }

  /** Bad input of two kinds: an option picocli refuses, and a value the command refuses. */
  @Test
  void everyCommandPrintsOneErrorDocumentOnBadInput() throws Exception {
    Map<String, List<String>> refused = new LinkedHashMap<>();
    refused.put("solve", List.of("--scenario", "nope"));
    refused.put("compare", List.of("--threads", "0"));
    refused.put("validate", List.of("--scenario", "base"));
    refused.put("export", List.of("--format", "lp", "--scenario", "nope"));
    refused.put("sweep", List.of("--parameter", "tariff:us-vn", "--from", "0", "--to", "0.4", "--points", "1"));
    refused.put("breakeven", List.of("--parameter", "credit:45X", "--decision", "opens:Nowhere", "--from", "0",
        "--to", "40"));
    refused.put("sensitivity", List.of("--scenario", "nope"));
    refused.put("montecarlo", List.of("--samples", "3"));
    refused.put("robust", List.of("--regimes", "base=0.5,nope=0.5"));
    refused.put("frontier", List.of("--jobs", "ZZ"));
    for (String command : RUNS.keySet()) {
      for (List<String> args : List.of(refused.get(command), concat(RUNS.get(command), "--bogus"))) {
        Cli.Result r = run(command, args);
        String what = command + " " + args + "\n" + r;
        assertEquals(ExitCode.INVALID_INPUT, r.code(), what);
        JsonNode error = InterruptionTest.oneDocument(r.out()).get("error");
        assertEquals(ExitCode.INVALID_INPUT, error.get("exitCode").asInt(), what);
        assertFalse(error.get("message").asText().isBlank(), what);
        assertTrue(r.err().startsWith("footprint: "), what);
      }
    }
  }

  /** A study with problems: validate's own document; every other command the error document with the problems. */
  @Test
  void aStudyWithProblemsIsOneDocumentToo(@TempDir Path d) throws Exception {
    Path bad = Files.writeString(d.resolve("bad.yaml"), "name: bad\ncountries:\n  - id: KR\n    laborCostPerHour: -1\n");
    Cli.Result validate = Cli.run("validate", bad.toString(), "--json");
    assertEquals(ExitCode.INVALID_INPUT, validate.code(), validate.toString());
    JsonNode doc = InterruptionTest.oneDocument(validate.out());
    assertFalse(doc.get("valid").asBoolean());
    assertFalse(doc.get("problems").isEmpty());
    for (String command : RUNS.keySet()) {
      if (command.equals("validate")) {
        continue;
      }
      Cli.Result r = Cli.run(concat(List.of(command, bad.toString()), RUNS.get(command), "--json")
          .toArray(String[]::new));
      assertEquals(ExitCode.INVALID_INPUT, r.code(), command + "\n" + r);
      JsonNode error = InterruptionTest.oneDocument(r.out()).get("error");
      assertEquals(bad.toString(), error.get("problems").get(0).get("file").asText(), command + "\n" + r);
    }
  }

  static List<String> concat(List<String> a, String... b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(List.of(b));
    return all;
  }

  static List<String> concat(List<String> a, List<String> b, String... c) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    all.addAll(List.of(c));
    return all;
  }
}
