package dev.footprint.spark;

import dev.footprint.io.Study;
import dev.footprint.io.StudyReader;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The tests' Spark: one session in local mode for the whole test JVM, two task slots, and up to three
 * attempts per task ({@code local[2,3]}), so that a test can fail a task once and see it retried.
 */
final class LocalSpark {
  private LocalSpark() {}

  static final String MASTER = "local[2,3]";

  private static SparkSession spark;
  private static Study apparel;

  static synchronized SparkSession session() {
    if (spark == null) {
      spark = SparkSession.builder().master(MASTER).appName("footprint-spark tests")
          .config("spark.ui.enabled", false)
          .config("spark.sql.shuffle.partitions", 4)
          .getOrCreate();
    }
    return spark;
  }

  /** @return the apparel-and-toys example: small (a solve takes about 0.1 s) and with nine scenarios (the base and eight more) */
  static synchronized Study apparelToys() {
    if (apparel == null) {
      apparel = StudyReader.read(Path.of("examples/apparel-toys/study.yaml"));
    }
    return apparel;
  }
}
