package dev.footprint.io.results;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Properties;

/**
 * What a report says about the run that made it, so that the run can be reproduced: the command, the
 * study file and its SHA-256, and the versions of Footprint and OR-Tools.
 *
 * @param command the command line, such as {@code footprint compare study.yaml}
 * @param studyName the study's name
 * @param studyFile the study file as given
 * @param studySha256 hex SHA-256 of the study file and the files it reads
 * @param footprintVersion Footprint's version, {@code dev} when run from a build tree
 * @param orToolsVersion OR-Tools' version, {@code unknown} when it cannot be read
 * @param generatedAt when the report was made, to the second
 */
public record RunInfo(String command, String studyName, String studyFile, String studySha256,
    String footprintVersion, String orToolsVersion, Instant generatedAt) {

  /**
   * Validates: every fact is required.
   *
   * @param command the command line, such as {@code footprint compare study.yaml}
   * @param studyName the study's name
   * @param studyFile the study file as given
   * @param studySha256 hex SHA-256 of the study file and the files it reads
   * @param footprintVersion Footprint's version, {@code dev} when run from a build tree
   * @param orToolsVersion OR-Tools' version, {@code unknown} when it cannot be read
   * @param generatedAt when the report was made
   * @throws NullPointerException if a fact is null
   */
  public RunInfo {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(studyName, "studyName");
    Objects.requireNonNull(studyFile, "studyFile");
    Objects.requireNonNull(studySha256, "studySha256");
    Objects.requireNonNull(footprintVersion, "footprintVersion");
    Objects.requireNonNull(orToolsVersion, "orToolsVersion");
    Objects.requireNonNull(generatedAt, "generatedAt");
  }

  /**
   * @param command the command line
   * @param studyName the study's name
   * @param studyFile the study file as given
   * @param studySha256 its SHA-256
   * @return the run's facts, with the versions found on the class path and the time now
   */
  public static RunInfo of(String command, String studyName, String studyFile, String studySha256) {
    return new RunInfo(command, studyName, studyFile, studySha256, currentFootprintVersion(), currentOrToolsVersion(),
        Instant.now().truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * @return Footprint's version: the jar manifest's Implementation-Version, else the Maven descriptor
   *     packaged in the jar, else {@code dev}
   */
  public static String currentFootprintVersion() {
    String v = RunInfo.class.getPackage() == null ? null : RunInfo.class.getPackage().getImplementationVersion();
    if (v == null) {
      v = mavenVersion("/META-INF/maven/dev.footprint/footprint/pom.properties");
    }
    return v == null ? "dev" : v;
  }

  /** @return OR-Tools' version from its jar's Maven descriptor, or {@code unknown} */
  public static String currentOrToolsVersion() {
    String v = mavenVersion("/META-INF/maven/com.google.ortools/ortools-java/pom.properties");
    return v == null ? "unknown" : v;
  }

  private static String mavenVersion(String resource) {
    try (InputStream in = RunInfo.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version");
      return v == null || v.isBlank() ? null : v.strip();
    } catch (IOException e) {
      return null;
    }
  }
}
