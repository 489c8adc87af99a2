package dev.footprint.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.Locale;

/**
 * Reads a YAML or JSON document into a Jackson tree, recording the line and study path of every
 * value in a {@link SourceMap} as the parser meets it (from {@link JsonParser#currentTokenLocation()}).
 *
 * <p>Scalars keep what the file means rather than what YAML 1.1 guesses: an unquoted {@code NO}
 * (Norway) or {@code on} stays text, and only {@code true}/{@code false} are booleans; {@code .nan}
 * and {@code .inf} become text that the number reader understands.
 */
final class Documents {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SourceMap sources;
  private final Problems problems;

  Documents(SourceMap sources, Problems problems) {
    this.sources = sources;
    this.problems = problems;
  }

  /** @return whether the file name ends in .yaml, .yml or .json */
  static boolean supported(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
  }

  /**
   * @param text the document
   * @param display the file name used in problems
   * @param json whether to read JSON (else YAML)
   * @return the root mapping, or null (with a problem) if the document cannot be read
   */
  ObjectNode read(String text, String display, boolean json) {
    JsonFactory factory = json
        ? JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
        : new YAMLFactory();
    try (JsonParser p = factory.createParser(text)) {
      JsonToken first = p.nextToken();
      Loc root = new Loc(display, 1, "");
      if (first == null) {
        problems.add(root, "the file is empty");
        return null;
      }
      ArrayNode holder = NODES.arrayNode();
      JsonNode node = value(p, holder, "0", root.withLine(line(p.currentTokenLocation())), json);
      if (!(node instanceof ObjectNode o)) {
        problems.add(root, "a study file must be a mapping of keys (countries, products, sites, ...), not "
            + describe(node));
        return null;
      }
      return o;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.add(new Problem(display, at == null ? 0 : line(at), "",
          "cannot be read as " + (json ? "JSON" : "YAML") + ": " + e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      problems.add(new Problem(display, 0, "", "cannot be read: " + e.getMessage()));
      return null;
    }
  }

  private static int line(JsonLocation at) {
    return Math.max(0, at.getLineNr());
  }

  /** Reads the value at the parser's current token; records its location under (parent, key). */
  private JsonNode value(JsonParser p, JsonNode parent, String key, Loc at, boolean json) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = NODES.objectNode();
        sources.put(parent, key, at);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          Loc childAt = new Loc(at.file(), line(p.currentTokenLocation()), Loc.append(at.path(), name));
          p.nextToken();
          if (o.has(name)) {
            problems.add(childAt, "duplicate key '" + name + "': it is given twice in the same mapping");
          }
          o.set(name, value(p, o, name, childAt, json));
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = NODES.arrayNode();
        sources.put(parent, key, at);
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          Loc childAt = new Loc(at.file(), line(p.currentTokenLocation()), at.path() + "[" + i + "]");
          a.add(value(p, a, Integer.toString(i), childAt, json));
          i++;
        }
        return a;
      }
      default -> {
        String raw = p.getText();
        sources.put(parent, key, at.withRaw(raw));
        return scalar(p, t, raw, json);
      }
    }
  }

  private static JsonNode scalar(JsonParser p, JsonToken t, String raw, boolean json) throws IOException {
    switch (t) {
      case VALUE_NUMBER_INT:
        try {
          return NODES.numberNode(p.getLongValue());
        } catch (IOException | RuntimeException e) {
          return TextNode.valueOf(raw);
        }
      case VALUE_NUMBER_FLOAT:
        try {
          return NODES.numberNode(p.getDoubleValue());
        } catch (IOException | RuntimeException e) {
          return TextNode.valueOf(raw);
        }
      case VALUE_TRUE:
      case VALUE_FALSE:
        if (json || raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
          return BooleanNode.valueOf(t == JsonToken.VALUE_TRUE);
        }
        return TextNode.valueOf(raw);
      case VALUE_NULL:
        return NullNode.getInstance();
      default:
        return TextNode.valueOf(raw);
    }
  }

  /** @return a short description of a node's type, for messages */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isNull()) {
      return "an empty value";
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    if (node.isNumber()) {
      return "the number " + node.asText();
    }
    return "'" + node.asText() + "'";
  }
}
