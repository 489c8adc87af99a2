package dev.footprint.spark;

import dev.footprint.io.Study;
import dev.footprint.solve.FootprintSolver;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.types.StructType;

/**
 * The work of one Spark job: items numbered from 0, each solved on an executor into one row. An
 * item's row is a function of the study, the options and its number alone (per-item seeds, no state
 * shared between items), so the Dataset is the same on any partitioning and after any task retry.
 */
interface Items extends Serializable {

  /** @return how many items there are */
  long count();

  /** @return the columns of each item's row */
  StructType schema();

  /**
   * Prepares a partition's work on an executor (what its items share: parsed specs, networks).
   *
   * @param study the study, read on the executor
   * @param solver the solver with the run's options
   * @return the solver of this partition's items
   */
  Solver open(Study study, FootprintSolver solver);

  /** Solves items of one partition. */
  @FunctionalInterface
  interface Solver {
    /**
     * @param index the item's number
     * @return the row's values, in the order of {@link #schema()}
     */
    List<Object> solve(long index);
  }
}
