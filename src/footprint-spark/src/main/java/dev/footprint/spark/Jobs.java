package dev.footprint.spark;

import dev.footprint.solve.FootprintSolver;
import java.util.Iterator;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/** Runs {@link Items} as a Spark job. */
final class Jobs {
  private Jobs() {}

  /** Partitions per task slot when none are asked for: small tasks even out solves of unequal length. */
  static final int PARTITIONS_PER_SLOT = 4;

  /**
   * @param spark the session
   * @param study the study, broadcast to the executors
   * @param items the work
   * @param partitions how many partitions, or 0 for {@link #PARTITIONS_PER_SLOT} per task slot
   * @return the rows, not yet computed
   */
  static Dataset<Row> rows(SparkSession spark, ShippedStudy study, Items items, int partitions) {
    Broadcast<ShippedStudy> shipped = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(study);
    return spark.range(0, items.count(), 1, partitions(spark, items.count(), partitions))
        .mapPartitions(new Partition(shipped, items), Encoders.row(items.schema()));
  }

  /**
   * @param spark the session
   * @param count items
   * @param asked partitions asked for, or 0
   * @return the partitions to use: at least 1, at most one per item
   */
  static int partitions(SparkSession spark, long count, int asked) {
    long p = asked > 0 ? asked : (long) PARTITIONS_PER_SLOT * spark.sparkContext().defaultParallelism();
    return (int) Math.max(1, Math.min(p, count));
  }

  /**
   * Computes the rows once: cached, written as Parquet when a path is given, then read back from
   * there.
   *
   * @param rows the rows
   * @param parquet where to write them (any path Spark writes to: a directory, hdfs://, s3a://), or null
   * @return the rows: the Parquet files when written, else the cached Dataset
   */
  static Dataset<Row> materialize(Dataset<Row> rows, String parquet) {
    Dataset<Row> cached = rows.persist(StorageLevel.MEMORY_AND_DISK());
    if (parquet == null) {
      cached.count();
      return cached;
    }
    cached.write().mode(SaveMode.Overwrite).parquet(parquet);
    cached.unpersist();
    return cached.sparkSession().read().parquet(parquet);
  }

  /** One partition: the study read (once per executor JVM), then the items solved one after another. */
  static final class Partition implements MapPartitionsFunction<Long, Row> {
    private final Broadcast<ShippedStudy> study;
    private final Items items;

    Partition(Broadcast<ShippedStudy> study, Items items) {
      this.study = study;
      this.items = items;
    }

    @Override
    public Iterator<Row> call(Iterator<Long> indexes) {
      ShippedStudy s = study.value();
      Items.Solver solver = items.open(s.study(), FootprintSolver.create(s.options().toOptions()));
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return indexes.hasNext();
        }

        @Override
        public Row next() {
          return Rows.row(solver.solve(indexes.next()));
        }
      };
    }
  }
}
