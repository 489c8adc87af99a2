package dev.footprint.io;

/**
 * The limits of what {@link StudyReader} reads, each checked before the input is read in full and
 * refused with a {@link Problem} naming the file (and line and field where there is one), so that a
 * wrong or hostile file is reported at once instead of hanging or exhausting memory. They are listed
 * in {@code docs/study-format.md}, "Limits".
 */
public final class StudyLimits {
  private StudyLimits() {}

  /** The largest study file: 16 MiB. */
  public static final long MAX_STUDY_BYTES = 16L << 20;

  /** The largest table file, a CSV file or a workbook: 64 MiB. */
  public static final long MAX_TABLE_BYTES = 64L << 20;

  /**
   * The most a workbook may expand to when unzipped, all its parts together: 256 MiB. A few
   * megabytes of zip can hold gigabytes of repeated XML.
   */
  public static final long MAX_WORKBOOK_UNZIPPED_BYTES = 256L << 20;

  /** The most rows one table (a CSV file or a sheet) may have below its header: 1,000,000. */
  public static final int MAX_TABLE_ROWS = 1_000_000;

  /** The most columns one table may have: 10,000. */
  public static final int MAX_TABLE_COLUMNS = 10_000;

  /**
   * The most periods a horizon may have: 1000, the same as the model's own limit (a daily horizon of
   * almost three years).
   */
  public static final int MAX_PERIODS = 1000;

  /** The most scenarios a study may have, besides its base: 1000. */
  public static final int MAX_SCENARIOS = 1000;

  /**
   * The deepest a study file's mappings and lists may nest: 64 levels. A study needs fewer than ten
   * ({@code scenarios}, a name, {@code set}, a path, a list of values).
   */
  public static final int MAX_DEPTH = 64;

  /**
   * The largest magnitude of a number a study may hold: 1e15, the same as the model's own limit.
   * Solver backends take numbers from about 1e20 as infinite; a study in raw currency units that
   * comes near it is better stated in millions ({@code money: {currency: USD, unit: millions}}).
   */
  public static final double MAX_MAGNITUDE = 1e15;

  /**
   * The most problems listed: 1000. A study with more has one more problem at the end saying how
   * many were left out; fixing the first usually fixes many of the others.
   */
  public static final int MAX_PROBLEMS = 1000;
}
