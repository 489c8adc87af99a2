package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.io.Study;
import dev.footprint.report.SampleStudies;
import dev.footprint.report.Xml;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.ModelFormat;
import dev.footprint.solve.Solution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare}, {@code validate} and {@code export} on small study files. */
class CompareValidateExportTest {
  @TempDir
  static Path dir;
  static Path tariff;
  static Study study;

  @BeforeAll
  static void writeStudy() throws Exception {
    study = SampleStudies.tariffStudy();
    tariff = SampleStudies.write(study, Files.createDirectory(dir.resolve("tariff")));
  }

  /** Every scenario, each objective equal to a direct solve, deltas against the base, in study order. */
  @Test
  void compareSetsEveryScenarioAgainstTheBase(@TempDir Path out) throws Exception {
    Cli.Result r = Cli.run(new Main().withProgressDelay(Duration.ZERO), "compare", tariff.toString(), "--threads",
        "2", "--json", "--out", out.toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
    JsonNode doc = r.json();
    assertEquals("compare", doc.get("kind").asText());
    assertEquals("base", doc.get("base").asText());
    FootprintSolver solver = FootprintSolver.create();
    double base = solver.solve(study.base()).objective();
    List<String> names = List.copyOf(study.scenarios().keySet());
    assertEquals(names.size(), doc.get("scenarios").size());
    for (int i = 0; i < names.size(); i++) {
      JsonNode s = doc.get("scenarios").get(i);
      assertEquals(names.get(i), s.get("name").asText());
      Solution direct = solver.solve(study.scenario(names.get(i)));
      assertEquals(direct.objective(), s.get("objective").asDouble(), 1e-6 * Math.abs(direct.objective()));
      if (i > 0) {
        assertEquals(direct.objective() - base, s.get("deltaVsBase").get("total").asDouble(), 1e-6 * Math.abs(base));
      }
    }
    // The pledge scenario keeps 500 jobs in KR (its floor) and opens US-GA (its pledge).
    JsonNode pledge = doc.get("scenarios").get(3);
    assertEquals(500, pledge.get("jobsByCountry").get("KR").get(1).asDouble(), 1e-6);
    assertEquals(20_000, pledge.get("capexByCountry").get("US").asDouble(), 1e-6);
    assertTrue(r.err().contains("footprint: 4/4 scenarios solved on 2 threads (last: "), r.err());
    // comparison.csv: one column per scenario; its total-cost row matches the JSON.
    List<CSVRecord> rows = SolveCommandTest.csv(out.resolve("comparison.csv"));
    CSVRecord total = rows.stream().filter(x -> x.get("figure").equals("total_cost")).findFirst().orElseThrow();
    for (int i = 0; i < names.size(); i++) {
      assertEquals(doc.get("scenarios").get(i).get("objective").asDouble(), Double.parseDouble(total.get(names.get(i))),
          1e-6);
    }
    assertTrue(rows.stream().anyMatch(x -> x.get("figure").equals("tariffs") && x.get("id").equals("KR->US")));
    Xml.parse(Files.readString(out.resolve("report.html")));

    Cli.Result text = Cli.run("compare", tariff.toString());
    assertTrue(text.out().contains("tariffs KR->US"), text.out());
    assertTrue(text.out().contains("made: cells"), text.out());
  }

  @Test
  void compareWithAnInfeasibleScenarioExitsWithThree(@TempDir Path d) {
    Study withBad = new Study("t", java.util.Map.of(Study.BASE, SampleStudies.infeasibleStudy().base()),
        study.options(), "x");
    Main main = new Main().withStudyLoader(p -> withBad).withProgressDelay(Duration.ofDays(1));
    Cli.Result r = Cli.run(main, "compare", "x.yaml", "--json");
    assertEquals(ExitCode.INFEASIBLE, r.code(), r.toString());
  }

  @Test
  void validateReportsValidAndEveryProblemWithFileAndLine(@TempDir Path d) throws Exception {
    Cli.Result ok = Cli.run("validate", tariff.toString(), "--json");
    assertEquals(ExitCode.OK, ok.code(), ok.toString());
    assertTrue(ok.json().get("valid").asBoolean());
    assertEquals(4, ok.json().get("scenarios").size());
    assertTrue(Cli.run("validate", tariff.toString()).out().contains("valid"));

    Path bad = d.resolve("study.yaml");
    Files.writeString(bad, Files.readString(tariff).replace("capacity: 3000", "capacity: -3000")
        .replace("laborCostPerHour: 43", "laborCostPerHour: lots"));
    Cli.Result r = Cli.run("validate", bad.toString());
    assertEquals(ExitCode.INVALID_INPUT, r.code(), r.toString());
    List<String> lines = r.out().lines().filter(l -> !l.startsWith(" ")).toList();
    assertTrue(lines.size() >= 2, r.out());
    for (String line : lines) {
      assertTrue(line.matches(".*study\\.yaml:\\d+: \\S.*: .+"), "FILE:LINE: PATH: MESSAGE, not " + line);
    }
    Cli.Result json = Cli.run("validate", bad.toString(), "--json");
    assertEquals(ExitCode.INVALID_INPUT, json.code());
    assertTrue(!json.json().get("valid").asBoolean());
    assertEquals(lines.size(), json.json().get("problems").size());
  }

  @Test
  void exportWritesTheModelTheSolverExports(@TempDir Path d) throws Exception {
    Path mps = d.resolve("model.mps");
    Cli.Result r = Cli.run("export", tariff.toString(), "--scenario", "pledge", "--format", "mps", "--out",
        mps.toString(), "--json");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    assertEquals(FootprintSolver.create().export(study.scenario("pledge"), ModelFormat.MPS), Files.readString(mps));
    assertEquals(Files.size(mps), r.json().get("bytes").asLong());
    Cli.Result lp = Cli.run("export", tariff.toString(), "--format", "LP");
    assertEquals(ExitCode.OK, lp.code());
    String expected = FootprintSolver.create().export(study.base(), ModelFormat.LP);
    assertEquals(expected.strip(), lp.out().strip());
    assertTrue(lp.out().contains("active(US_GA,2026)"), "names from the study's ids");
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("export", tariff.toString()).code(), "--format is required");
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("export", tariff.toString(), "--format", "xls").code());
  }

  @Test
  void compareCertifiesEveryScenario() {
    Cli.Result r = Cli.run("compare", tariff.toString(), "--threads", "1", "--backend", "SCIP", "--certify", "HIGHS",
        "--json");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    JsonNode scenarios = r.json().get("scenarios");
    assertEquals(study.scenarios().size(), scenarios.size());
    for (JsonNode s : scenarios) {
      JsonNode c = s.get("certificate");
      assertEquals("AGREED", c.get("verdict").asText(), s.get("name").asText());
      assertEquals("HIGHS", c.get("second").asText());
      Solution direct = FootprintSolver.create().solve(study.scenarios().get(s.get("name").asText()));
      assertEquals(direct.objective(), c.get("firstObjective").asDouble(), 1e-6 * Math.max(1, direct.objective()));
    }
  }
}
