package dev.footprint.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a {@link Study} as a YAML study file that {@link StudyReader} reads back into equal networks
 * (every scenario) and equal solver options. The base network is written in full; each scenario as
 * the overrides that turn the base into it ({@code remove}, {@code add}, {@code set}), or, for a
 * collection whose order the overrides cannot reproduce, as the whole collection.
 */
public final class StudyWriter {
  private StudyWriter() {}

  /**
   * Writes the study.
   *
   * @param study the study
   * @param file the YAML file to write (replaced if it exists)
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if the scenarios state their money differently
   * @throws NullPointerException if the study or the file is null
   */
  public static void write(Study study, Path file) throws IOException {
    Objects.requireNonNull(study, "study");
    Objects.requireNonNull(file, "file");
    Files.writeString(file, toYaml(study), StandardCharsets.UTF_8);
  }

  /**
   * @param study the study
   * @return the study file's text, YAML
   * @throws IllegalArgumentException if the scenarios state their money differently (a study file
   *     states it once)
   */
  public static String toYaml(Study study) {
    Objects.requireNonNull(study, "study");
    ObjectNode root = Encoder.object();
    root.put("name", study.name());
    Network base = study.base();
    for (Map.Entry<String, Network> s : study.scenarios().entrySet()) {
      if (!s.getValue().money().equals(base.money())) {
        throw new IllegalArgumentException("scenario '" + s.getKey() + "' states its money in " + s.getValue().money()
            + ", the base in " + base.money() + ": a study file states money once, for every scenario");
      }
    }
    if (!base.money().equals(Money.USD)) {
      root.set("money", Encoder.money(base.money()));
    }
    Encoder enc = new Encoder(base);
    enc.network(base, root);
    ObjectNode options = Encoder.options(study.options());
    if (!options.isEmpty()) {
      root.set("solver", options);
    }
    ObjectNode scenarios = Encoder.object();
    for (Map.Entry<String, Network> s : study.scenarios().entrySet()) {
      if (!s.getKey().equals(Study.BASE)) {
        scenarios.set(s.getKey(), diff(base, s.getValue()));
      }
    }
    if (!scenarios.isEmpty()) {
      root.set("scenarios", scenarios);
    }
    ObjectMapper yaml = new ObjectMapper(YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .build());
    yaml.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    try {
      return "# Footprint study file: see docs/study-format.md\n" + yaml.writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write YAML: " + e.getMessage(), e);
    }
  }

  /** @return the overrides that turn {@code base} into {@code scenario} */
  private static ObjectNode diff(Network base, Network scenario) {
    Encoder baseEnc = new Encoder(base);
    Encoder enc = new Encoder(scenario);
    ArrayNode remove = Documents.NODES.arrayNode();
    ObjectNode add = Encoder.object();
    ObjectNode set = Encoder.object();
    if (!base.horizon().equals(scenario.horizon())) {
      set.set("horizon", enc.horizon());
    }
    for (Kind kind : Kind.values()) {
      List<?> from = kind.of(base);
      List<?> to = kind.of(scenario);
      if (from.equals(to)) {
        continue;
      }
      if (!diffByKey(kind, from, to, baseEnc, enc, remove, add, set)) {
        ArrayNode all = set.putArray(kind.collection());
        to.forEach(e -> all.add(enc.element(e)));
      }
    }
    ObjectNode out = Encoder.object();
    if (!remove.isEmpty()) {
      out.set("remove", remove);
    }
    if (!add.isEmpty()) {
      out.set("add", add);
    }
    if (!set.isEmpty()) {
      out.set("set", set);
    }
    return out;
  }

  /**
   * Writes the change of one collection as element removals, additions and field changes, if
   * applying those (remove, then add at the end, then set in place) gives the scenario's list in its
   * order.
   *
   * @return whether it could
   */
  private static boolean diffByKey(Kind kind, List<?> from, List<?> to, Encoder baseEnc, Encoder enc,
      ArrayNode remove, ObjectNode add, ObjectNode set) {
    List<String> fromKeys = from.stream().map(kind::key).toList();
    List<String> toKeys = to.stream().map(kind::key).toList();
    if (new HashSet<>(fromKeys).size() != fromKeys.size() || new HashSet<>(toKeys).size() != toKeys.size()) {
      return false;
    }
    // Simulate: keep the base order without the removed keys, then the added ones in scenario order.
    List<String> simulated = new ArrayList<>();
    fromKeys.stream().filter(toKeys::contains).forEach(simulated::add);
    toKeys.stream().filter(k -> !fromKeys.contains(k)).forEach(simulated::add);
    if (!simulated.equals(toKeys)) {
      return false;
    }
    ArrayNode added = Documents.NODES.arrayNode();
    for (int i = 0; i < fromKeys.size(); i++) {
      String key = fromKeys.get(i);
      int j = toKeys.indexOf(key);
      if (j < 0) {
        remove.add(kind.collection() + "." + key);
        continue;
      }
      if (from.get(i).equals(to.get(j))) {
        continue;
      }
      fieldChanges(kind.collection() + "." + key, baseEnc.element(from.get(i)), enc.element(to.get(j)), remove, set);
    }
    for (int j = 0; j < toKeys.size(); j++) {
      if (!fromKeys.contains(toKeys.get(j))) {
        added.add(enc.element(to.get(j)));
      }
    }
    if (!added.isEmpty()) {
      add.set(kind.collection(), added);
    }
    return true;
  }

  /** Writes the fields (and mapping keys) that differ between two versions of an element. */
  private static void fieldChanges(String prefix, ObjectNode was, ObjectNode now, ArrayNode remove, ObjectNode set) {
    Set<String> fields = new LinkedHashSet<>();
    was.fieldNames().forEachRemaining(fields::add);
    now.fieldNames().forEachRemaining(fields::add);
    for (String f : fields) {
      JsonNode a = was.get(f);
      JsonNode b = now.get(f);
      if (Objects.equals(a, b)) {
        continue;
      }
      if (b == null) {
        remove.add(prefix + "." + f);
      } else if (a != null && a.isObject() && b.isObject()) {
        Set<String> keys = new LinkedHashSet<>();
        a.fieldNames().forEachRemaining(keys::add);
        b.fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
          if (!b.has(k)) {
            remove.add(prefix + "." + f + "." + k);
          } else if (!Objects.equals(a.get(k), b.get(k))) {
            set.set(prefix + "." + f + "." + k, b.get(k));
          }
        }
      } else {
        set.set(prefix + "." + f, b);
      }
    }
  }
}
