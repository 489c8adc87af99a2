package dev.footprint.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The location of every value of a study's documents, keyed by the container that holds it and its
 * key (a field name, or a list index as text). Containers are keyed by identity: Jackson shares
 * small scalar nodes, so a scalar cannot carry its own location, but every object and list read
 * from a file is a new node.
 */
final class SourceMap {
  private final Map<JsonNode, Map<String, Loc>> children = new IdentityHashMap<>();

  void put(JsonNode container, String key, Loc loc) {
    children.computeIfAbsent(container, k -> new HashMap<>()).put(key, loc);
  }

  /**
   * @param container an object or list
   * @param key a field name or an index
   * @param at the container's own location, the fallback
   * @return where the value is
   */
  Loc of(JsonNode container, String key, Loc at) {
    Map<String, Loc> m = children.get(container);
    Loc loc = m == null ? null : m.get(key);
    return loc != null ? loc : at.child(key);
  }

  /** @return where element {@code i} of a list is */
  Loc of(JsonNode list, int i, Loc at) {
    Map<String, Loc> m = children.get(list);
    Loc loc = m == null ? null : m.get(Integer.toString(i));
    return loc != null ? loc : at.index(i);
  }

  /** Gives {@code copy} the locations of {@code original}'s values (for a shallow copy). */
  void copy(JsonNode original, JsonNode copy) {
    Map<String, Loc> m = children.get(original);
    if (m != null) {
      children.put(copy, new HashMap<>(m));
    }
  }
}
