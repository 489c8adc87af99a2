package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.analysis.Parameters;
import dev.footprint.io.Study;
import dev.footprint.report.SampleStudies;
import dev.footprint.report.Xml;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis commands on the tariff study: their JSON against the solver called directly, their
 * reports, and their exit codes for bad arguments.
 */
class AnalysisCommandsTest {
  @TempDir
  static Path dir;
  static Path tariff;
  static Study study;
  static FootprintSolver solver = FootprintSolver.create();

  @BeforeAll
  static void writeStudy() throws Exception {
    study = SampleStudies.tariffStudy();
    tariff = SampleStudies.write(study, Files.createDirectory(dir.resolve("tariff")));
  }

  static void assertReport(Path out, String csv) throws Exception {
    assertTrue(Files.size(out.resolve("result.json")) > 0);
    assertTrue(Files.size(out.resolve(csv)) > 0, csv);
    Xml.parse(Files.readString(out.resolve("report.html")));
  }

  /** Each point's cost is the cost of solving the network with the parameter at that value. */
  @Test
  void sweepPointsMatchDirectSolves(@TempDir Path out) throws Exception {
    Cli.Result r = Cli.run("sweep", tariff.toString(), "--parameter", "tariff:us-vn", "--from", "0", "--to", "0.8",
        "--points", "5", "--skip-equal", "--json", "--out", out.toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
    JsonNode points = r.json().get("points");
    assertEquals(5, points.size());
    for (JsonNode p : points) {
      double value = p.get("value").asDouble();
      Solution direct = solver.solve(Parameters.tariffRate("us-vn").at(study.base(), value));
      assertEquals(direct.objective(), p.get("summary").get("objective").asDouble(), 1e-6 * direct.objective(),
          "at " + value);
    }
    assertTrue(r.json().get("solves").asInt() <= 5);
    assertReport(out, "sweep.csv");
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("sweep", tariff.toString(), "--parameter", "tarif:us-vn", "--from",
        "0", "--to", "1").code(), "a parameter not understood");
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("sweep", tariff.toString(), "--parameter", "tariff:us-vn", "--from",
        "0", "--to", "1", "--points", "1").code(), "one point");
  }

  /** US-GA opens once the 45X credit per cell passes the break-even; the proof pair shows it. */
  @Test
  void breakEvenFindsTheFlipWithItsProofPair(@TempDir Path out) throws Exception {
    Cli.Result r = Cli.run("breakeven", tariff.toString(), "--parameter", "credit:45X", "--decision", "opens:US-GA",
        "--from", "0", "--to", "40", "--tolerance", "0.01", "--json", "--out", out.toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
    JsonNode doc = r.json();
    double low = doc.get("low").asDouble();
    double high = doc.get("high").asDouble();
    assertTrue(high - low <= 0.01 && low >= 0 && high <= 40, doc.toString());
    assertTrue(doc.get("below").get("allocation").get("sitesOpened").isEmpty());
    assertEquals("US-GA", doc.get("above").get("allocation").get("sitesOpened").get(0).asText());
    var credit = Parameters.productionCredit("45X");
    assertTrue(solver.solve(credit.at(study.base(), low)).allocation().sitesOpened().isEmpty());
    assertEquals(List.of("US-GA"), solver.solve(credit.at(study.base(), high)).allocation().sitesOpened());
    assertReport(out, "production.csv");
    Cli.Result noFlip = Cli.run("breakeven", tariff.toString(), "--parameter", "credit:45X", "--decision",
        "opens:US-GA", "--from", "30", "--to", "40");
    assertEquals(ExitCode.INVALID_INPUT, noFlip.code(), noFlip.toString());
    assertTrue(noFlip.err().contains("no flip"), noFlip.err());
  }

  @Test
  void sensitivityHasShadowPricesOfTheScenario(@TempDir Path out) throws Exception {
    Cli.Result r = Cli.run("sensitivity", tariff.toString(), "--json", "--out", out.toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
    JsonNode doc = r.json();
    assertEquals(solver.solve(study.base()).objective(), doc.get("objective").asDouble(), 1e-6 * 4e5);
    // VN-HaiPhong is full in the base: its capacity is worth something.
    assertTrue(doc.get("capacity").findValues("key").stream().anyMatch(k -> k.asText().startsWith("VN-HaiPhong")));
    assertTrue(doc.get("demand").size() == 8, "two products, two markets, two years");
    assertReport(out, "sensitivity.csv");
    Main infeasible = new Main().withStudyLoader(p -> SampleStudies.infeasibleStudy())
        .withProgressDelay(Duration.ofDays(1));
    assertEquals(ExitCode.INFEASIBLE, Cli.run(infeasible, "sensitivity", "x.yaml").code());
  }

  /** A seed gives the same costs on one thread or two; regimes and distributions are parsed from text. */
  @Test
  void monteCarloIsReproducibleAcrossThreadCounts(@TempDir Path out) throws Exception {
    String[] common = {"montecarlo", tariff.toString(), "--samples", "24", "--seed", "11", "--uncertain",
        "wage:VN=normal(3,1)", "--uncertain", "tariff:us-vn=uniform(0,0.8)", "--regimes", "base=0.5,no-credit=0.5",
        "--json"};
    Cli.Result one = Cli.run(concat(common, "--threads", "1"));
    Cli.Result two = Cli.run(new Main().withProgressDelay(Duration.ZERO), concat(common, "--threads", "2", "--out",
        out.toString()));
    assertEquals(ExitCode.OK, one.code(), one.toString());
    assertEquals(ExitCode.OK, two.code(), two.toString());
    assertEquals(24, one.json().get("completed").asInt());
    assertEquals(one.json().get("sampleResults").findValues("cost"), two.json().get("sampleResults")
        .findValues("cost"));
    JsonNode cost = one.json().get("cost");
    assertTrue(cost.get("p5").asDouble() <= cost.get("p50").asDouble()
        && cost.get("p50").asDouble() <= cost.get("p95").asDouble());
    assertTrue(two.err().contains("footprint: 24/24 samples solved, "), two.err());
    assertReport(out, "montecarlo.csv");
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("montecarlo", tariff.toString(), "--samples", "5").code(),
        "nothing uncertain");
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("montecarlo", tariff.toString(), "--samples", "5", "--regimes",
        "base=0.5,no-credit=0.4").code(), "probabilities not adding to 1");
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("montecarlo", tariff.toString(), "--samples", "5", "--uncertain",
        "wage:VN=gaussian(3,1)").code(), "a distribution not understood");
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("montecarlo", tariff.toString(), "--samples", "5", "--regimes",
        "base=0.5,nope=0.5").code(), "an unknown regime");
  }

  static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** The robust footprint's expected cost is no worse than any single-regime footprint's. */
  @Test
  void robustFootprintBeatsEverySingleRegimeFootprint(@TempDir Path out) throws Exception {
    Cli.Result r = Cli.run("robust", tariff.toString(), "--regimes", "base=0.4,no-credit=0.4,no-deal=0.2", "--json",
        "--out", out.toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
    JsonNode doc = r.json();
    assertEquals("OPTIMAL", doc.get("status").asText());
    double expected = doc.get("expectedCost").asDouble();
    for (JsonNode regime : doc.get("regimes")) {
      assertTrue(expected <= regime.get("singleRegimeFootprintExpectedCost").asDouble() + 1e-6 * expected);
    }
    double sum = 0;
    for (JsonNode regime : doc.get("regimes")) {
      sum += regime.get("probability").asDouble() * regime.get("cost").asDouble();
    }
    assertEquals(expected, sum, 1e-6 * expected);
    assertReport(out, "robust.csv");
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("robust", tariff.toString()).code(), "--regimes is required");
  }

  /** The frontier starts at the cost optimum and costs more as the KR jobs floor rises. */
  @Test
  void frontierRisesFromTheCostOptimum(@TempDir Path out) throws Exception {
    Cli.Result r = Cli.run("frontier", tariff.toString(), "--jobs", "KR", "--points", "3", "--json", "--out",
        out.toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
    JsonNode points = r.json().get("points");
    assertEquals(3, points.size());
    assertEquals(solver.solve(study.base()).objective(), points.get(0).get("cost").asDouble(), 1e-6 * 4e5);
    for (int i = 1; i < points.size(); i++) {
      assertTrue(points.get(i).get("cost").asDouble() >= points.get(i - 1).get("cost").asDouble() - 1e-6);
      assertTrue(points.get(i).get("achieved").asDouble() >= points.get(i).get("floor").asDouble() - 1e-6);
    }
    assertReport(out, "frontier.csv");
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("frontier", tariff.toString(), "--jobs", "KR", "--capex", "US")
        .code(), "one metric only");
    assertEquals(ExitCode.INVALID_INPUT, Cli.run("frontier", tariff.toString(), "--capex", "XX").code(),
        "an unknown country");
  }
}
