/**
 * Footprint's analyses on Apache Spark: Monte Carlo samples, sweep points, scenario comparisons and
 * the solves of a robust footprint spread over a cluster's executors, each solving with OR-Tools'
 * native libraries from the application jar.
 *
 * <p>{@link dev.footprint.spark.SparkAnalyses} runs them from Java and returns a
 * {@link dev.footprint.spark.SparkResult}: the same analysis record the single-machine run returns,
 * and one row per work item as a Dataset, written as Parquet when a path is given. The work is told in
 * the text forms of the command line ({@link dev.footprint.spark.MonteCarloSpec},
 * {@link dev.footprint.spark.SweepSpec}, {@link dev.footprint.spark.RobustSpec}) and the study is sent
 * to the executors as its YAML text ({@link dev.footprint.spark.ShippedStudy}). Every item's result
 * depends on the study, the options and the item's number alone, so a run gives the same figures on
 * any number of partitions, equal to the single-machine run's.
 *
 * <p>{@link dev.footprint.spark.SparkMain} is the {@code footprint-spark} command and the main class
 * for {@code spark-submit}. See {@code docs/spark.md}.
 */
package dev.footprint.spark;
