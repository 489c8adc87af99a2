package dev.footprint.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a Spark run of an analysis gives back: the analysis as the single-machine run returns it, and
 * its rows as a Dataset (one row per work item), already computed: read from the Parquet files when
 * they were written, else cached (unpersist it when done).
 *
 * @param result the analysis
 * @param rows one row per work item
 * @param <T> the analysis's type
 */
public record SparkResult<T>(T result, Dataset<Row> rows) {}
