package dev.footprint.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.Parameters;
import dev.footprint.analysis.Summary;
import dev.footprint.analysis.Uncertainty;
import dev.footprint.io.Study;
import dev.footprint.model.Network;
import dev.footprint.solve.FootprintSolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.spark.TaskContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Monte Carlo on Spark against the single-machine run: the same study, seed and inputs give the same
 * samples, bit for bit, on any partitioning and after a task is failed and retried.
 */
class MonteCarloOnSparkTest {
  static final int SAMPLES = 24;
  static final long SEED = 7;
  static final Map<String, Double> REGIMES = new LinkedHashMap<>();

  static {
    REGIMES.put("base", 0.5);
    REGIMES.put("2026-section-122", 0.5);
  }
  static final String WAGE = "wage:MX=normal(4.45,0.5)";

  static SparkSession spark;
  static Study study;
  static MonteCarloSpec spec;
  /** The single-machine run, its inputs built here in Java rather than from the specs' text. */
  static MonteCarlo reference;

  @BeforeAll
  static void singleMachine() {
    spark = LocalSpark.session();
    study = LocalSpark.apparelToys();
    spec = new MonteCarloSpec("base", List.of(WAGE), REGIMES, SAMPLES, SEED);
    reference = MonteCarlo.run(FootprintSolver.create(study.options()), study.scenario("base"), javaInputs(),
        SAMPLES, SEED, 2, null, null);
  }

  static List<Uncertainty> javaInputs() {
    Network base = study.scenario("base");
    Network section122 = study.scenario("2026-section-122");
    return List.of(
        Uncertainty.regimes("regime", List.of(new Uncertainty.Regime("base", 0.5, n -> base),
            new Uncertainty.Regime("2026-section-122", 0.5, n -> section122))),
        Uncertainty.of(Parameters.wage("MX"), new NormalDistribution(null, 4.45, 0.5)));
  }

  static void assertSameRun(MonteCarlo expected, MonteCarlo actual) {
    assertEquals(expected.samples(), actual.samples());
    assertEquals(expected.completed(), actual.completed());
    assertArrayEquals(expected.costs(), actual.costs()); // bit for bit
    for (int i = 0; i < expected.summaries().size(); i++) {
      assertEquals(expected.summaries().get(i), actual.summaries().get(i), "sample " + i);
    }
    assertEquals(expected.report(), actual.report());
  }

  @Test
  void theSamplesAreTheSingleMachineRunsBitForBit() {
    SparkResult<MonteCarlo> r = SparkAnalyses.of(spark, study, study.options()).monteCarlo(spec, null);
    assertSameRun(reference, r.result());
    // the run is not degenerate: both regimes are drawn and the costs differ
    long distinct = java.util.Arrays.stream(reference.costs()).distinct().count();
    assertTrue(distinct > SAMPLES / 2, "distinct costs: " + distinct);
    r.rows().unpersist();
  }

  @Test
  void eachRowTellsTheRegimeAndWageItsSampleWasSolvedWith() {
    SparkResult<MonteCarlo> r = SparkAnalyses.of(spark, study, study.options()).withPartitions(3)
        .monteCarlo(spec, null);
    List<Row> rows = new ArrayList<>(r.rows().collectAsList());
    rows.sort(Comparator.comparingInt(row -> row.<Integer>getAs("sample")));
    assertEquals(SAMPLES, rows.size());
    List<Uncertainty> inputs = javaInputs();
    int[] byRegime = new int[2];
    for (int i = 0; i < SAMPLES; i++) {
      Row row = rows.get(i);
      assertEquals(i, row.<Integer>getAs("sample"));
      assertEquals(SEED, row.<Long>getAs("seed"));
      String regime = row.getAs("regime");
      byRegime[regime.equals("base") ? 0 : 1]++;
      Row input = row.<Row>getList(row.fieldIndex("inputs")).get(0);
      assertEquals(WAGE, input.getString(0));
      Network told = Parameters.wage("MX").at(study.scenario(regime), input.getDouble(1));
      assertEquals(MonteCarlo.draw(study.scenario("base"), inputs, SEED, i), told, "sample " + i);
      assertEquals(reference.costs()[i], row.<Double>getAs("objective"));
    }
    assertTrue(byRegime[0] > 0 && byRegime[1] > 0, "both regimes drawn: " + byRegime[0] + "/" + byRegime[1]);
    r.rows().unpersist();
  }

  @Test
  void thePartitioningChangesNothing() {
    List<MonteCarlo> runs = new ArrayList<>();
    List<List<Row>> rows = new ArrayList<>();
    for (int partitions : new int[] {1, 7, SAMPLES}) {
      SparkResult<MonteCarlo> r = SparkAnalyses.of(spark, study, study.options()).withPartitions(partitions)
          .monteCarlo(spec, null);
      assertEquals(partitions, r.rows().rdd().getNumPartitions());
      runs.add(r.result());
      List<Row> sorted = new ArrayList<>(r.rows().collectAsList());
      sorted.sort(Comparator.comparingInt(row -> row.<Integer>getAs("sample")));
      rows.add(sorted);
      r.rows().unpersist();
    }
    for (int k = 0; k < runs.size(); k++) {
      assertSameRun(reference, runs.get(k));
      assertEquals(rows.get(0), rows.get(k));
    }
  }

  /** Fails the first attempt of partition 0 after it has solved its first sample. */
  static final class FailFirstAttempt implements Items {
    private final Items inner;

    FailFirstAttempt(Items inner) {
      this.inner = inner;
    }

    @Override
    public long count() {
      return inner.count();
    }

    @Override
    public org.apache.spark.sql.types.StructType schema() {
      return inner.schema();
    }

    @Override
    public Solver open(Study s, FootprintSolver solver) {
      Solver items = inner.open(s, solver);
      TaskContext task = TaskContext.get();
      AtomicInteger solved = new AtomicInteger();
      return index -> {
        if (task.partitionId() == 0 && task.attemptNumber() == 0 && solved.get() == 1) {
          throw new IllegalStateException("killed on purpose: partition 0, attempt 0, after one sample");
        }
        List<Object> row = items.solve(index);
        solved.incrementAndGet();
        return row;
      };
    }
  }

  @Test
  void aTaskKilledAndRetriedChangesNothing() throws Exception {
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger retried = new AtomicInteger();
    SparkListener listener = new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        if (!end.taskInfo().successful()) {
          failed.incrementAndGet();
        } else if (end.taskInfo().attemptNumber() > 0) {
          retried.incrementAndGet();
        }
      }
    };
    spark.sparkContext().addSparkListener(listener);
    try {
      MonteCarloItems items = new MonteCarloItems(spec);
      Dataset<Row> rows = Jobs.materialize(Jobs.rows(spark, ShippedStudy.of(study, study.options()),
          new FailFirstAttempt(items), 4), null);
      MonteCarlo run = items.assemble(rows.collectAsList());
      spark.sparkContext().listenerBus().waitUntilEmpty();
      assertEquals(1, failed.get(), "failed task attempts");
      assertEquals(1, retried.get(), "successful retries");
      assertSameRun(reference, run);
      rows.unpersist();
    } finally {
      spark.sparkContext().removeSparkListener(listener);
    }
  }

  @Test
  void theRowsAreWrittenAsParquet(@TempDir Path dir) {
    String path = dir.resolve("montecarlo.parquet").toString();
    SparkResult<MonteCarlo> r = SparkAnalyses.of(spark, study, study.options()).monteCarlo(spec, path);
    assertSameRun(reference, r.result());
    Dataset<Row> read = spark.read().parquet(path);
    assertEquals(MonteCarloItems.SCHEMA.fieldNames().length, read.columns().length);
    assertEquals(List.of(MonteCarloItems.SCHEMA.fieldNames()), List.of(read.columns()));
    List<Row> rows = read.orderBy("sample").collectAsList();
    assertEquals(SAMPLES, rows.size());
    for (int i = 0; i < SAMPLES; i++) {
      assertEquals(reference.summaries().get(i), Rows.summary(rows.get(i)));
    }
    // a query a Spark user would run: the share of samples that open a Mexican plant
    long withMexico = read.where("exists(sites_opened, s -> s like 'MX%')").count();
    long expected = reference.summaries().stream().filter(s -> s.sitesOpened().stream()
        .anyMatch(x -> x.startsWith("MX"))).count();
    assertEquals(expected, withMexico);
    assertNotEquals(0, SAMPLES);
  }

  @Test
  void aSpecTheStudyRefusesFailsOnTheDriver() {
    MonteCarloSpec bad = new MonteCarloSpec("base", List.of("wage:ZZ=normal(1,0.1)"), Map.of(), 4, 1);
    var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> SparkAnalyses.of(spark, study, study.options()).monteCarlo(bad, null));
    assertTrue(e.getMessage().contains("ZZ"), e.getMessage());
  }

  static Summary first(MonteCarlo mc) {
    return mc.summaries().get(0);
  }
}
