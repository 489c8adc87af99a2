package dev.footprint.io;

/**
 * One thing wrong with a study file.
 *
 * @param file the file it is in
 * @param line the line, 1-based, or 0 when unknown
 * @param path where in the study, such as {@code sites[2].capacity}
 * @param message what is wrong, with a hint on a new line starting "Maybe" where one helps
 */
public record Problem(String file, int line, String path, String message) {
  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + path + ": " + message;
  }
}
