package dev.footprint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.footprint.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The footprint-spark command against the footprint command: the same arguments, plus a Spark master,
 * give the same results and the same report files.
 */
class SparkMainTest {
  static final String STUDY = "examples/apparel-toys/study.yaml";
  static final List<String> MONTE_CARLO = List.of("montecarlo", STUDY, "--samples", "16", "--seed", "11",
      "--uncertain", "wage:MX=normal(4.45,0.5)", "--uncertain", "fx:VN=uniform(0.9,1.1)",
      "--regimes", "base=0.7,2026-section-122=0.3", "--quiet");

  record Outcome(int code, String out, String err) {}

  @BeforeAll
  static void spark() {
    LocalSpark.session();
  }

  static Outcome spark(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkMain.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    return new Outcome(code, out.toString(), err.toString());
  }

  static Outcome footprint(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main().execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    return new Outcome(code, out.toString(), err.toString());
  }

  static List<String> with(List<String> args, String... more) {
    List<String> all = new java.util.ArrayList<>(args);
    all.addAll(List.of(more));
    return all;
  }

  static JsonNode json(Path file) throws IOException {
    return new ObjectMapper().readTree(file.toFile());
  }

  @Test
  void monteCarloOnSparkWritesTheReportFootprintWrites(@TempDir Path dir) throws IOException {
    Path single = dir.resolve("single");
    Path spark = dir.resolve("spark");
    Outcome a = footprint(with(MONTE_CARLO, "--threads", "2", "--out", single.toString()));
    assertEquals(0, a.code(), a.err());
    Outcome b = spark(with(MONTE_CARLO, "--spark-master", LocalSpark.MASTER, "--out", spark.toString()));
    assertEquals(0, b.code(), b.err());
    // The same rows; the header of footprint-spark's table labels the cost with the study's money.
    List<String> x0 = Files.readAllLines(single.resolve("montecarlo.csv"));
    List<String> y0 = Files.readAllLines(spark.resolve("montecarlo.csv"));
    assertEquals(17, y0.size());
    assertEquals(x0.subList(1, x0.size()), y0.subList(1, y0.size()));
    assertEquals(x0.get(0).replace("total_cost,", "total_cost_usd,"), y0.get(0));
    JsonNode x = json(single.resolve("result.json"));
    JsonNode y = json(spark.resolve("result.json"));
    for (String field : List.of("samples", "completed", "withAllocation", "cost", "openingFrequency",
        "placementFrequency", "sampleResults")) {
      assertEquals(x.get(field), y.get(field), field);
    }
    assertEquals(16, x.get("sampleResults").size());
    assertEquals(LocalSpark.MASTER, y.at("/settings/spark/master").asText());
    assertTrue(Files.size(spark.resolve("report.html")) > 10_000);
    assertTrue(b.out().contains("rows written as Parquet to "), b.out());
    assertEquals(16, LocalSpark.session().read().parquet(spark.resolve("montecarlo.parquet").toString()).count());
  }

  @Test
  void compareOnSparkWritesTheTablesFootprintWrites(@TempDir Path dir) throws IOException {
    Path single = dir.resolve("single");
    Path spark = dir.resolve("spark");
    Outcome a = footprint(List.of("compare", STUDY, "--quiet", "--out", single.toString()));
    assertEquals(0, a.code(), a.err());
    Outcome b = spark(List.of("compare", STUDY, "--quiet", "--spark-master", LocalSpark.MASTER, "--partitions", "3",
        "--out", spark.toString()));
    assertEquals(0, b.code(), b.err());
    for (String table : List.of("production.csv", "shipments.csv", "costs.csv", "sites.csv", "comparison.csv")) {
      assertEquals(Files.readString(single.resolve(table)), Files.readString(spark.resolve(table)), table);
    }
    assertEquals(withoutTimes(json(single.resolve("result.json")).get("scenarios")),
        withoutTimes(json(spark.resolve("result.json")).get("scenarios")));
  }

  /**
   * The command line's solver options reach the executors, checked as footprint checks them: with
   * {@code --decompose benders} every scenario is solved by decomposition on Spark too (its backend
   * status says so), and SCIP with more threads than it takes is refused before Spark starts.
   */
  @Test
  void solverOptionsAreTheCommandLines(@TempDir Path dir) throws IOException {
    Outcome b = spark(List.of("compare", STUDY, "--quiet", "--decompose", "benders", "--spark-master",
        LocalSpark.MASTER, "--out", dir.toString()));
    assertEquals(0, b.code(), b.err());
    JsonNode scenarios = json(dir.resolve("result.json")).get("scenarios");
    assertTrue(scenarios.size() >= 2, scenarios.toString());
    for (JsonNode s : scenarios) {
      String status = s.at("/stats/backendStatus").asText();
      assertTrue(status.startsWith("Benders OPTIMAL ("), s.get("name") + ": " + status);
    }
    Outcome scip = spark(List.of("compare", STUDY, "--quiet", "--backend", "SCIP", "--solver-threads", "65",
        "--spark-master", LocalSpark.MASTER));
    Outcome single = footprint(List.of("compare", STUDY, "--quiet", "--backend", "SCIP", "--solver-threads", "65"));
    assertEquals(2, scip.code(), scip.err());
    assertTrue(scip.err().contains("--solver-threads = 65: SCIP takes at most 64 threads"), scip.err());
    assertEquals(single.code(), scip.code());
  }

  /** The document without the solves' build and solve times, which no two runs share. */
  static JsonNode withoutTimes(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
      List<String> names = new java.util.ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      names.stream().filter(n -> n.endsWith("Millis")).forEach(o::remove);
    }
    node.forEach(SparkMainTest::strip);
  }

  @Test
  void theAnalysisCommandsTakeTheSparkOptions() {
    Outcome help = spark(List.of("montecarlo", "--help"));
    assertEquals(0, help.code());
    for (String option : List.of("--spark-master", "--partitions", "--parquet", "--samples", "--uncertain", "--out")) {
      assertTrue(help.out().contains(option), option + " in\n" + help.out());
    }
    assertTrue(help.out().contains("footprint-spark montecarlo"), help.out());
  }

  @Test
  void withoutAMasterItSaysHowToGiveOne() {
    Outcome o = spark(MONTE_CARLO);
    assertEquals(2, o.code());
    assertTrue(o.err().contains("no Spark master: give --spark-master"), o.err());
  }

  @Test
  void whatOnlyOneMachineCanDoIsRefused() {
    Outcome threads = spark(with(MONTE_CARLO, "--spark-master", LocalSpark.MASTER, "--threads", "2"));
    assertEquals(2, threads.code());
    assertTrue(threads.err().contains("--threads: on Spark"), threads.err());
    Outcome skip = spark(List.of("sweep", STUDY, "--parameter", "tariff:cn-fentanyl", "--from", "0", "--to", "0.4",
        "--skip-equal", "--spark-master", LocalSpark.MASTER));
    assertEquals(2, skip.code());
    assertTrue(skip.err().contains("--skip-equal: on Spark"), skip.err());
    Outcome unknown = spark(with(MONTE_CARLO, "--spark-master", LocalSpark.MASTER, "--partitions", "0"));
    assertEquals(2, unknown.code());
  }

  @Test
  void otherCommandsRunAsFootprintRunsThem() {
    Outcome o = spark(List.of("validate", STUDY));
    Outcome f = footprint(List.of("validate", STUDY));
    assertEquals(f.code(), o.code());
    assertEquals(f.out(), o.out());
    assertEquals(0, o.code(), o.err());
  }
}
