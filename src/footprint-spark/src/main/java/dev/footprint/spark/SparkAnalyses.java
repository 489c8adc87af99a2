package dev.footprint.spark;

import dev.footprint.analysis.Comparison;
import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.RobustFootprint;
import dev.footprint.analysis.Sweep;
import dev.footprint.io.Study;
import dev.footprint.solve.SolveOptions;
import java.util.ArrayList;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A study's analyses as Spark jobs: the work items (Monte Carlo samples, sweep points, scenarios, the
 * solves of a robust footprint) are spread over the executors, each solving with OR-Tools' native
 * libraries from the application jar, and the results come back as a Dataset, written as Parquet when
 * a path is given, and as the same analysis record the single-machine run returns.
 *
 * <pre>{@code
 * Study study = StudyReader.read(Path.of("study.yaml"));
 * SparkAnalyses on = SparkAnalyses.of(spark, study, study.options());
 * SparkResult<MonteCarlo> mc = on.monteCarlo(new MonteCarloSpec("base",
 *     List.of("wage:VN=normal(2.7,0.3)"), Map.of(), 10_000, 7), "s3a://bucket/mc.parquet");
 * }</pre>
 *
 * <p>Every item's result is a function of the study, the options and the item's number alone: a Monte
 * Carlo sample draws from its own generator seeded by (seed, sample), as {@link MonteCarlo#draw} does.
 * The results are therefore the same on any number of partitions, after any task retry, and equal to
 * the single-machine run's.
 */
public final class SparkAnalyses {
  private final SparkSession spark;
  private final Study study;
  private final ShippedStudy shipped;
  private final int partitions;

  private SparkAnalyses(SparkSession spark, Study study, ShippedStudy shipped, int partitions) {
    this.spark = spark;
    this.study = study;
    this.shipped = shipped;
    this.partitions = partitions;
  }

  /**
   * @param spark the session
   * @param study the study, read on the driver
   * @param options the options of every solve
   * @return the analyses, on as many partitions as {@link Jobs#PARTITIONS_PER_SLOT} per task slot
   * @throws IllegalArgumentException if the study does not survive its text form (see {@link ShippedStudy})
   */
  public static SparkAnalyses of(SparkSession spark, Study study, SolveOptions options) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(study, "study");
    return new SparkAnalyses(spark, study, ShippedStudy.of(study, Objects.requireNonNull(options, "options")), 0);
  }

  /**
   * @param value partitions per job, at least 1 (at most one per item is used), or 0 for the default
   * @return analyses with that many partitions
   */
  public SparkAnalyses withPartitions(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("partitions = " + value + ": must be at least 1, or 0 for the default");
    }
    return new SparkAnalyses(spark, study, shipped, value);
  }

  /** @return the study */
  public Study study() {
    return study;
  }

  /**
   * Monte Carlo: one item per sample.
   *
   * @param spec the run
   * @param parquet where to write the rows, or null
   * @return the run, and one row per sample: sample, seed, regime, the drawn inputs, and the figures
   */
  public SparkResult<MonteCarlo> monteCarlo(MonteCarloSpec spec, String parquet) {
    spec.inputs(study); // a spec the study refuses fails here, not in a task
    MonteCarloItems items = new MonteCarloItems(spec);
    Dataset<Row> rows = run(items, parquet);
    return new SparkResult<>(items.assemble(rows.collectAsList()), rows);
  }

  /**
   * Sweep: one item per value, each solved on its own (no values are skipped).
   *
   * @param spec the sweep
   * @param parquet where to write the rows, or null
   * @return the sweep, and one row per point: point, parameter, value, and the figures
   */
  public SparkResult<Sweep> sweep(SweepSpec spec, String parquet) {
    double[] values = spec.values();
    var parameter = dev.footprint.analysis.Specs.parameter(spec.parameter());
    var network = study.scenario(spec.scenario());
    parameter.at(network, values[0]); // a parameter the study refuses fails here, not in a task
    SweepItems items = new SweepItems(spec);
    Dataset<Row> rows = run(items, parquet);
    return new SparkResult<>(items.assemble(rows.collectAsList()), rows);
  }

  /**
   * Scenario comparison: one item per scenario of the study.
   *
   * @param base the scenario to compare against
   * @param parquet where to write the rows, or null
   * @return the comparison, and one row per scenario: its figures, the solver's figures and the
   *     allocation's decisions
   */
  public SparkResult<Comparison> compare(String base, String parquet) {
    study.scenario(base);
    CompareItems items = new CompareItems(new ArrayList<>(study.scenarios().keySet()), base);
    Dataset<Row> rows = run(items, parquet);
    return new SparkResult<>(items.assemble(rows.collectAsList(), study), rows);
  }

  /**
   * Robust footprint: two jobs, the two-stage model beside each regime alone, then each footprint
   * evaluated under every regime.
   *
   * @param spec the regimes and the objective's weights
   * @param parquet where to write the rows of both jobs, or null
   * @return the robust footprint, and one row per solve: kind ({@code two-stage}, {@code alone},
   *     {@code single-footprint}, {@code robust-footprint}), whose footprint, under which regime, the
   *     footprint and the figures
   */
  public SparkResult<RobustFootprint> robust(RobustSpec spec, String parquet) {
    spec.regimes(study);
    Dataset<Row> first = Jobs.materialize(Jobs.rows(spark, shipped, new RobustItems.First(spec), partitions), null);
    RobustItems.Found found = RobustItems.first(spec, first.collectAsList());
    RobustItems.Second second = new RobustItems.Second(spec, found.single(), found.robust());
    Dataset<Row> secondRows = Jobs.materialize(Jobs.rows(spark, shipped, second, partitions), null);
    RobustFootprint r = RobustItems.assemble(spec, found, secondRows.collectAsList(), study);
    Dataset<Row> all = first.union(secondRows);
    if (parquet != null) {
      all = Jobs.materialize(all, parquet);
      first.unpersist();
      secondRows.unpersist();
    }
    return new SparkResult<>(r, all);
  }

  private Dataset<Row> run(Items items, String parquet) {
    return Jobs.materialize(Jobs.rows(spark, shipped, items, partitions), parquet);
  }
}
