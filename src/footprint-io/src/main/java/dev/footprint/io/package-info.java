/**
 * Study files: a network, its scenarios and the solver options in YAML or JSON, with large tables
 * in CSV files or sheets of .xlsx workbooks beside it.
 *
 * <p>{@link dev.footprint.io.StudyReader#read(java.nio.file.Path)} reads a study file into a
 * {@link dev.footprint.io.Study}, refusing a bad one with a {@link dev.footprint.io.StudyException}
 * that lists every {@link dev.footprint.io.Problem} (file, line, path such as
 * {@code sites[2].capacity}, and what is wrong). {@link dev.footprint.io.StudyWriter} writes a study
 * back as YAML that reads into equal networks. The format is described in
 * {@code docs/study-format.md}.
 */
package dev.footprint.io;
