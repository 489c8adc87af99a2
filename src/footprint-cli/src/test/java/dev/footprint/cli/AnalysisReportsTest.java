package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.footprint.report.SampleStudies;
import dev.footprint.report.Xml;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports of analyses name the study's money: the sample study is in USD millions with cells in
 * GWh, and a sweep marks the value the study gives its parameter.
 */
class AnalysisReportsTest {
  @TempDir
  static Path dir;
  static Path millions;

  @BeforeAll
  static void writeStudy() throws Exception {
    millions = SampleStudies.write(SampleStudies.millions(), Files.createDirectory(dir.resolve("millions")));
  }

  static JsonNode resultJson(Path out) throws Exception {
    return new ObjectMapper().readTree(out.resolve("result.json").toFile());
  }

  static String header(Path csv) throws Exception {
    return Files.readAllLines(csv).get(0);
  }

  static String html(Path out) throws Exception {
    String html = Files.readString(out.resolve("report.html"));
    Xml.parse(html);
    return html;
  }

  /** The KR->US lane costs 0.4 in the study: a grid point of 0 to 0.8 in 5, marked as the base value. */
  @Test
  void sweepNamesTheMoneyAndMarksTheBaseValue(@TempDir Path out) throws Exception {
    Cli.Result r = Cli.run("sweep", millions.toString(), "--parameter", "freight:KR->US", "--from", "0", "--to", "0.8",
        "--points", "5", "--out", out.toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
    assertEquals("USD millions", resultJson(out).get("money").get("label").asText());
    assertTrue(header(out.resolve("sweep.csv")).contains("total_cost_usd_millions"), header(out.resolve("sweep.csv")));
    assertTrue(Files.size(out.resolve("results.xlsx")) > 0);
    String html = html(out);
    assertTrue(html.contains("USD millions"), "money label");
    assertTrue(html.contains("solid line = base value"), "the base value is drawn");
    assertFalse(html.contains("not given"), "the base value is known");
  }

  @Test
  void frontierNamesTheMoney(@TempDir Path out) throws Exception {
    Cli.Result r = Cli.run("frontier", millions.toString(), "--capex", "US", "--points", "2", "--out", out.toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
    assertEquals("USD millions", resultJson(out).get("money").get("label").asText());
    assertTrue(header(out.resolve("frontier.csv")).contains("cost_usd_millions"), header(out.resolve("frontier.csv")));
    assertTrue(html(out).contains("USD millions"));
  }

  @Test
  void monteCarloNamesTheMoney(@TempDir Path out) throws Exception {
    Cli.Result r = Cli.run("montecarlo", millions.toString(), "--samples", "3", "--threads", "1", "--uncertain",
        "tariff:us-vn=uniform(0,0.4)", "--out", out.toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
    assertEquals("USD millions", resultJson(out).get("money").get("label").asText());
    assertTrue(header(out.resolve("montecarlo.csv")).contains("usd_millions"), header(out.resolve("montecarlo.csv")));
    assertTrue(html(out).contains("USD millions"));
  }

  /** Shadow prices are money per product unit: USD millions per GWh. */
  @Test
  void sensitivityStatesEachValuesUnit(@TempDir Path out) throws Exception {
    Cli.Result r = Cli.run("sensitivity", millions.toString(), "--out", out.toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
    String csv = Files.readString(out.resolve("sensitivity.csv"));
    assertTrue(csv.contains("USD millions per GWh"), csv);
  }

  @Test
  void robustNamesTheMoney(@TempDir Path out) throws Exception {
    Cli.Result r = Cli.run("robust", millions.toString(), "--regimes", "base=0.5,no-credit=0.5", "--out",
        out.toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
    assertTrue(header(out.resolve("robust.csv")).contains("usd_millions"), header(out.resolve("robust.csv")));
    assertTrue(html(out).contains("USD millions"));
  }

  /** solve and compare print money in the study's money (TextReport takes it from the network). */
  @Test
  void solveAndCompareTextIsInTheStudysMoney() {
    Cli.Result solve = Cli.run("solve", millions.toString());
    assertEquals(ExitCode.OK, solve.code(), solve.toString());
    assertTrue(solve.out().contains(" USD millions (present value)"), solve.out());
    assertTrue(solve.out().contains("cost by kind (USD millions, present value)"), solve.out());
    assertTrue(solve.out().contains(" GWh)"), "cells in GWh: " + solve.out());
    Cli.Result compare = Cli.run("compare", millions.toString(), "--threads", "1");
    assertEquals(ExitCode.OK, compare.code(), compare.toString());
    assertTrue(compare.out().contains("total cost (USD millions)"), compare.out());
  }
}
