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
}
