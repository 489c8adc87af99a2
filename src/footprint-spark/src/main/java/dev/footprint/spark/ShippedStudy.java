package dev.footprint.spark;

import dev.footprint.io.Study;
import dev.footprint.io.StudyReader;
import dev.footprint.io.StudyWriter;
import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A study as executors receive it: its text (the YAML that {@link StudyWriter} writes and {@link
 * StudyReader} reads back into equal networks) and the solve options, both plain serializable data.
 * The driver checks the round trip before anything is sent; each executor JVM reads the text once and
 * keeps the study for every task of the run.
 *
 * <p>Serializable so that Spark can send it to the executors, which run the same jar: its serial form
 * is no exchange format and is left out of the serialized-form page.
 *
 * @param name the study's name
 * @param yaml the study file's text
 * @param key hex SHA-256 of the text: the cache key on executors
 * @param options the solve options
 * @serial exclude
 */
public record ShippedStudy(String name, String yaml, String key, Options options) implements Serializable {

  private static final int CACHED = 4;
  private static final Map<String, Study> READ = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Study> eldest) {
      return size() > CACHED;
    }
  };

  /**
   * Turns a study into text, and checks that the text reads back into the same scenarios.
   *
   * @param study the study, as read on the driver
   * @param options the options every solve uses (the study's, with any overrides)
   * @return the study to send
   * @throws IllegalArgumentException if a scenario does not survive the round trip
   */
  public static ShippedStudy of(Study study, SolveOptions options) {
    String yaml = StudyWriter.toYaml(study);
    ShippedStudy shipped = new ShippedStudy(study.name(), yaml, sha256(yaml), Options.of(options));
    Study back = read(yaml);
    if (!back.scenarios().keySet().equals(study.scenarios().keySet())) {
      throw new IllegalArgumentException("study '" + study.name() + "': its text form has the scenarios "
          + back.scenarios().keySet() + ", not " + study.scenarios().keySet());
    }
    for (var e : study.scenarios().entrySet()) {
      if (!e.getValue().equals(back.scenario(e.getKey()))) {
        throw new IllegalArgumentException("study '" + study.name() + "': scenario '" + e.getKey()
            + "' does not read back equal from its text form, so executors would solve another network");
      }
    }
    synchronized (READ) {
      READ.put(shipped.key, back);
    }
    return shipped;
  }

  /** @return the study, read from the text once per JVM */
  public Study study() {
    synchronized (READ) {
      Study s = READ.get(key);
      if (s == null) {
        s = read(yaml);
        READ.put(key, s);
      }
      return s;
    }
  }

  private static Study read(String yaml) {
    try {
      Path file = Files.createTempFile("footprint-study-", ".yaml");
      try {
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return StudyReader.read(file);
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the study to a temporary file", e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@link SolveOptions} as serializable data, sent to the executors with the study (left out of the
   * serialized-form page, as the study is).
   *
   * @param backend the backend's name
   * @param timeLimitNanos the time limit, 0 for none
   * @param relativeGap the relative gap
   * @param threads solver threads
   * @param seed solver seed
   * @param verify whether to verify
   * @param relaxIntegrality whether to relax integrality
   * @param strengthenLinking whether to strengthen linking rows
   * @param fixedSiteStatus fixed site decisions
   * @param solverLog whether the backend may log
   * @param portfolio the names of the backends raced against {@code backend}
   * @param decomposition the name of the decomposition mode
   * @serial exclude
   */
  public record Options(String backend, long timeLimitNanos, double relativeGap, int threads, int seed,
      boolean verify, boolean relaxIntegrality, boolean strengthenLinking,
      Map<String, List<Boolean>> fixedSiteStatus, boolean solverLog, List<String> portfolio, String decomposition)
      implements Serializable {

    /**
     * Copies the fixings into serializable collections.
     *
     * @param backend the backend's name
     * @param timeLimitNanos the time limit, 0 for none
     * @param relativeGap the relative gap
     * @param threads solver threads
     * @param seed solver seed
     * @param verify whether to verify
     * @param relaxIntegrality whether to relax integrality
     * @param strengthenLinking whether to strengthen linking rows
     * @param fixedSiteStatus fixed site decisions
     * @param solverLog whether the backend may log
     * @param portfolio the names of the backends raced against {@code backend}
     * @param decomposition the name of the decomposition mode
     */
    public Options {
      LinkedHashMap<String, List<Boolean>> copy = new LinkedHashMap<>();
      fixedSiteStatus.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
      fixedSiteStatus = copy;
      portfolio = new ArrayList<>(portfolio);
    }

    /**
     * @param o solve options
     * @return them as data
     */
    public static Options of(SolveOptions o) {
      return new Options(o.backend().name(), o.timeLimit().toNanos(), o.relativeGap(), o.threads(), o.seed(),
          o.verify(), o.relaxIntegrality(), o.strengthenLinking(), o.fixedSiteStatus(), o.solverLog(),
          o.portfolio().stream().map(Backend::name).toList(), o.decomposition().name());
    }

    /** @return the solve options */
    public SolveOptions toOptions() {
      return new SolveOptions(Backend.valueOf(backend), Duration.ofNanos(timeLimitNanos), relativeGap, threads, seed,
          verify, relaxIntegrality, strengthenLinking, fixedSiteStatus, solverLog)
          .withPortfolio(portfolio.stream().map(Backend::valueOf).toList())
          // null in an Options serialized before the field existed: the default.
          .withDecomposition(decomposition == null ? SolveOptions.Decomposition.OFF
              : SolveOptions.Decomposition.valueOf(decomposition));
    }
  }
}
