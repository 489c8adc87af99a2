package dev.footprint.cli;

import dev.footprint.io.Study;
import java.io.IOException;
import java.nio.file.Path;

/** Reads a study file; {@link dev.footprint.io.StudyReader#read} unless a test puts in another. */
@FunctionalInterface
public interface StudyLoader {
  /**
   * @param file the study file
   * @return the study
   * @throws dev.footprint.io.StudyException listing the study's problems
   * @throws IOException if the file cannot be read
   */
  Study load(Path file) throws IOException;

  /**
   * Reads a study whose tables may lie outside its folder when allowed ({@code --allow-outside-tables}).
   *
   * @param file the study file
   * @param allowTablesOutside whether tables may be read from outside the study's folder
   * @return the study
   * @throws dev.footprint.io.StudyException listing the study's problems
   * @throws IOException if the file cannot be read
   */
  default Study load(Path file, boolean allowTablesOutside) throws IOException {
    return load(file);
  }
}
