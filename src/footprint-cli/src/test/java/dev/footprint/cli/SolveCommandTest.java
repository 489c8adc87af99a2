package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.io.Problem;
import dev.footprint.io.Study;
import dev.footprint.io.StudyException;
import dev.footprint.report.SampleStudies;
import dev.footprint.report.Xml;
import dev.footprint.result.Shipment;
import dev.footprint.solve.Backend;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code footprint solve} on study files written by {@code StudyWriter} and read back by the study
 * reader: exit codes, JSON objectives against the solver called directly, and report files against
 * the allocation.
 */
class SolveCommandTest {
  static final double TOL = 1e-6;

  @TempDir
  static Path dir;
  static Path tariff;
  static Path infeasible;
  static Study study;

  @BeforeAll
  static void writeStudies() throws Exception {
    study = SampleStudies.tariffStudy();
    tariff = SampleStudies.write(study, Files.createDirectory(dir.resolve("tariff")));
    infeasible = SampleStudies.write(SampleStudies.infeasibleStudy(), Files.createDirectory(dir.resolve("infeasible")));
  }

  static double relTol(double v) {
    return TOL * Math.max(1, Math.abs(v));
  }

  @Test
  void aPortfolioRacesBackendsAndReportsTheWinner() {
    Cli.Result r = Cli.run("solve", tariff.toString(), "--portfolio", "HIGHS,CBC", "--json");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    JsonNode base = r.json().get("scenarios").get(0);
    double direct = FootprintSolver.create().solve(study.base()).objective();
    assertEquals("OPTIMAL", base.get("status").asText());
    assertEquals(direct, base.get("objective").asDouble(), relTol(direct));
    assertTrue(List.of("SCIP", "HIGHS", "CBC").contains(base.get("stats").get("backend").asText()), r.toString());

    Cli.Result bad = Cli.run("solve", tariff.toString(), "--portfolio", "HIGHS,GUROBI");
    assertEquals(ExitCode.INVALID_INPUT, bad.code(), bad.toString());
    assertTrue(bad.err().contains("--portfolio") && bad.err().contains("GUROBI"), bad.err());
  }

  @Test
  void decomposeSolvesByBendersToTheSameOptimum() {
    Cli.Result r = Cli.run("solve", tariff.toString(), "--decompose", "benders", "--json");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    JsonNode base = r.json().get("scenarios").get(0);
    double direct = FootprintSolver.create().solve(study.base()).objective();
    assertEquals("OPTIMAL", base.get("status").asText());
    assertEquals(direct, base.get("objective").asDouble(), relTol(direct));
    assertTrue(base.get("stats").get("backendStatus").asText().startsWith("Benders"), r.toString());

    Cli.Result bad = Cli.run("solve", tariff.toString(), "--decompose", "dantzig");
    assertEquals(ExitCode.INVALID_INPUT, bad.code(), bad.toString());
    assertTrue(bad.err().contains("--decompose") && bad.err().contains("dantzig"), bad.err());
  }

  @Test
  void jsonHoldsTheObjectiveTheSolverFinds() {
    Cli.Result r = Cli.run("solve", tariff.toString(), "--json");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    JsonNode doc = r.json();
    Solution direct = FootprintSolver.create().solve(study.base());
    JsonNode base = doc.get("scenarios").get(0);
    assertEquals("base", base.get("name").asText());
    assertEquals("OPTIMAL", base.get("status").asText());
    assertEquals(direct.objective(), base.get("objective").asDouble(), relTol(direct.objective()));
    assertEquals(direct.objective(), base.get("costs").get("total").asDouble(), relTol(direct.objective()));
    assertEquals(List.of("US-GA"), List.of(base.get("allocation").get("sitesOpened").get(0).asText()));
    assertEquals("2026", base.get("allocation").get("sites").get(2).get("opened").asText());
    assertEquals("HIGHS", base.get("stats").get("backend").asText(), "the default backend");
    assertTrue(base.get("stats").get("backendVersion").asText().contains("HiGHS"));
    assertTrue(base.get("verification").get("passed").asBoolean());
    assertEquals(direct.evaluation().subsidiesByProgram().get("45X"),
        base.get("subsidiesByProgram").get("45X").asDouble(), 1e-6);
    assertEquals(direct.evaluation().tariffsByLane().get("VN->US"), base.get("tariffsByLane").get("VN->US").asDouble(),
        1e-6);
    assertEquals(20_000, base.get("capexByCountry").get("US").asDouble(), 1e-9);
    assertEquals(direct.evaluation().jobs("VN", 1), base.get("jobsByCountry").get("VN").get(1).asDouble(), 1e-9);
    assertEquals(64, doc.get("study").get("sha256").asText().length());
    assertFalse(doc.get("versions").get("orTools").asText().equals("unknown"));
    assertEquals("dev", doc.get("versions").get("footprint").asText());
    assertTrue(r.err().isEmpty(), "no progress lines within the first second: " + r.err());
  }

  /** The files of --out hold what the allocation holds, row for row. */
  @Test
  void reportFilesMatchTheAllocation(@TempDir Path out) throws Exception {
    Cli.Result r = Cli.run("solve", tariff.toString(), "--scenario", "base,pledge", "--out", out.toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
    for (String f : List.of("result.json", "production.csv", "shipments.csv", "costs.csv", "sites.csv",
        "comparison.csv", "report.html")) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    assertTrue(r.out().contains("scenario pledge: OPTIMAL"), r.out());
    FootprintSolver solver = FootprintSolver.create();
    for (String scenario : List.of("base", "pledge")) {
      Solution s = solver.solve(study.scenario(scenario));
      Map<String, Double> shipments = new HashMap<>();
      for (CSVRecord row : csv(out.resolve("shipments.csv"))) {
        if (row.get("scenario").equals(scenario)) {
          shipments.merge(row.get("product") + "|" + row.get("site") + "|" + row.get("market") + "|" + row.get("period"),
              Double.parseDouble(row.get("units")), Double::sum);
        }
      }
      Map<String, Double> expected = new HashMap<>();
      for (Shipment sh : s.allocation().shipments()) {
        expected.merge(sh.product() + "|" + sh.site() + "|" + sh.market() + "|" + s.network().horizon().label(sh.period()),
            sh.units(), Double::sum);
      }
      expected.values().removeIf(v -> v == 0);
      assertEquals(expected.keySet(), shipments.keySet(), scenario);
      expected.forEach((k, v) -> assertEquals(v, shipments.get(k), 1e-6, k));
      int production = 0;
      for (CSVRecord row : csv(out.resolve("production.csv"))) {
        if (row.get("scenario").equals(scenario)) {
          int t = s.network().horizon().labels().indexOf(row.get("period"));
          assertEquals(s.allocation().production(row.get("product"), row.get("site"), t),
              Double.parseDouble(row.get("units")), 1e-6, row.toString());
          production++;
        }
      }
      assertTrue(production > 0);
      for (CSVRecord row : csv(out.resolve("costs.csv"))) {
        if (row.get("scenario").equals(scenario) && row.get("kind").equals("TOTAL")) {
          assertEquals(s.objective(), Double.parseDouble(row.get("usd")), relTol(s.objective()));
        }
      }
    }
    JsonNode result = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("result.json").toFile());
    assertEquals(2, result.get("scenarios").size());
    assertEquals(result.get("scenarios").get(1).get("objective").asDouble() - result.get("scenarios").get(0)
        .get("objective").asDouble(), result.get("scenarios").get(1).get("deltaVsBase").get("total").asDouble(), 1e-6);
    Xml.parse(Files.readString(out.resolve("report.html")));
  }

  static List<CSVRecord> csv(Path file) throws Exception {
    try (Reader r = Files.newBufferedReader(file)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
  }

  @Test
  void infeasibleStudyExitsWithThreeAndItsDiagnosis() {
    Cli.Result r = Cli.run("solve", infeasible.toString(), "--json");
    assertEquals(ExitCode.INFEASIBLE, r.code(), r.toString());
    JsonNode s = r.json().get("scenarios").get(0);
    assertEquals("INFEASIBLE", s.get("status").asText());
    assertTrue(s.get("objective").isNull());
    assertTrue(s.get("allocation").isNull());
    assertTrue(s.get("diagnosis").asText().contains("pledge[us-pledge]"), s.toString());
    Cli.Result text = Cli.run("solve", infeasible.toString());
    assertEquals(ExitCode.INFEASIBLE, text.code());
    assertTrue(text.out().contains("INFEASIBLE"), text.out());
  }

  /** A study with a problem exits with 2 and names the file, line and path, solving nothing. */
  @Test
  void badStudyExitsWithTwo(@TempDir Path d) throws Exception {
    Path bad = d.resolve("study.yaml");
    Files.writeString(bad, Files.readString(tariff).replace("capacity: 3000", "capacity: -3000"));
    Cli.Result r = Cli.run("solve", bad.toString());
    assertEquals(ExitCode.INVALID_INPUT, r.code(), r.toString());
    assertTrue(r.err().matches("(?s).*study\\.yaml:\\d+: .*capacity.*"), r.err());
    assertTrue(r.out().isEmpty(), r.out());
    Cli.Result json = Cli.run("solve", bad.toString(), "--json");
    assertEquals(ExitCode.INVALID_INPUT, json.code());
    JsonNode error = json.json().get("error");
    assertEquals(2, error.get("exitCode").asInt());
    assertTrue(error.get("problems").get(0).get("line").asInt() > 0, error.toString());
  }

  @Test
  void badArgumentsExitWithTwo() {
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("solve", tariff.toString(), "--no-such-option").code());
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("solve").code());
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("solve", dir.resolve("missing.yaml").toString()).code());
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("solve", tariff.toString(), "--backend", "gurobi").code());
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("solve", tariff.toString(), "--time-limit", "-1").code());
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("no-such-command").code());
    assertEquals(ExitCode.INVALID_INPUT, Cli.run().code());
    Cli.Result unknown = Cli.run("solve", tariff.toString(), "--scenario", "nope", "--json");
    assertEquals(ExitCode.INVALID_INPUT, unknown.code(), unknown.toString());
    assertTrue(unknown.err().contains("base, no-deal, no-credit, pledge"), unknown.err());
    assertEquals(2, unknown.json().get("error").get("exitCode").asInt());
    // A bad option with --json still gives a JSON error.
    Cli.Result badJson = Cli.run("solve", tariff.toString(), "--json", "--points", "3");
    assertEquals(2, badJson.json().get("error").get("exitCode").asInt());
  }

  /** A study handed over in Java (the loader seam) solves like the same study read from its file. */
  @Test
  void studyLoaderSeamAndOptionOverrides() {
    Main main = new Main().withStudyLoader(p -> study).withProgressDelay(java.time.Duration.ofDays(1));
    Cli.Result r = Cli.run(main, "solve", "in-memory.yaml", "--scenario", "all", "--backend", "highs", "--gap", "0",
        "--json");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    assertEquals(4, r.json().get("scenarios").size());
    assertEquals("HIGHS", r.json().get("scenarios").get(0).get("stats").get("backend").asText());
    Main failing = new Main().withStudyLoader(p -> {
      throw new StudyException(List.of(new Problem("s.yaml", 7, "sites[1].capacity", "must be >= 0")));
    });
    Cli.Result bad = Cli.run(failing, "solve", "s.yaml");
    assertEquals(ExitCode.INVALID_INPUT, bad.code());
    assertTrue(bad.err().contains("s.yaml:7: sites[1].capacity: must be >= 0"), bad.err());
  }

  @Test
  void quietPrintsNothingAndHelpListsTheExitCodes() {
    Cli.Result quiet = Cli.run("solve", tariff.toString(), "--quiet");
    assertEquals(ExitCode.OK, quiet.code());
    assertEquals("", quiet.out());
    assertEquals("", quiet.err());
    for (String command : List.of("solve", "compare", "validate", "export", "sweep", "breakeven", "sensitivity",
        "montecarlo", "robust", "frontier")) {
      Cli.Result help = Cli.run(command, "--help");
      assertEquals(ExitCode.OK, help.code(), command);
      assertTrue(help.out().contains("Exit codes:"), command + ":\n" + help.out());
      for (int code = 0; code <= 4; code++) {
        assertTrue(help.out().contains(" " + code + "   "), command + " lists exit code " + code + ":\n" + help.out());
      }
      assertTrue(help.out().contains("--json") && help.out().contains("--quiet"), command);
    }
    Cli.Result version = Cli.run("--version");
    assertEquals(0, version.code());
    assertTrue(version.out().startsWith("footprint dev (OR-Tools "), version.out());
  }

  /** With no delay, progress lines name each scenario on standard error; stdout stays JSON. */
  @Test
  void progressGoesToStandardError() {
    Cli.Result r = Cli.run(new Main().withProgressDelay(java.time.Duration.ZERO), "solve", tariff.toString(),
        "--scenario", "all", "--json");
    assertEquals(ExitCode.OK, r.code());
    assertTrue(r.err().contains("footprint: 1/4 scenarios solved (solving no-deal), "), r.err());
    assertTrue(r.err().contains("footprint: 4/4 scenarios solved (last: pledge, OPTIMAL), "), r.err());
    assertEquals(r.err().lines().count(), r.err().lines().distinct().count(), "no line twice:\n" + r.err());
    assertEquals(4, r.json().get("scenarios").size());
  }

  @Test
  void certifyWithHighsAgreesOnTheSampleStudy() {
    Cli.Result text = Cli.run("solve", tariff.toString(), "--backend", "SCIP", "--certify", "HIGHS");
    assertEquals(ExitCode.OK, text.code(), text.toString());
    assertTrue(text.out().lines().anyMatch(l -> l.startsWith("certificate of base: AGREED: SCIP OPTIMAL")),
        text.out());

    Cli.Result r = Cli.run("solve", tariff.toString(), "--backend", "SCIP", "--certify", "HIGHS", "--json");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    JsonNode c = r.json().get("scenarios").get(0).get("certificate");
    assertEquals("AGREED", c.get("verdict").asText());
    assertTrue(c.get("passed").asBoolean());
    assertEquals("SCIP", c.get("first").asText());
    assertEquals("HIGHS", c.get("second").asText());
    Solution scip = FootprintSolver.create().solve(study.base());
    Solution highs = FootprintSolver.create(study.options().withBackend(Backend.HIGHS)).solve(study.base());
    assertEquals(scip.objective(), c.get("firstObjective").asDouble(), relTol(scip.objective()));
    assertEquals(highs.objective(), c.get("secondObjective").asDouble(), relTol(highs.objective()));
  }

  @Test
  void certifyWithTheSolvingBackendIsInvalid() {
    Cli.Result r = Cli.run("solve", tariff.toString(), "--backend", "HIGHS", "--certify", "HIGHS");
    assertEquals(ExitCode.INVALID_INPUT, r.code(), r.toString());
    assertTrue(r.err().contains("--certify = HIGHS"), r.err());
  }
}
