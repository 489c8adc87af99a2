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
import java.io.IOException;
import java.util.Locale;

/**
 * Reads a YAML or JSON document into a Jackson tree, recording the line and study path of every
 * value in a {@link SourceMap} as the parser meets it (from {@link JsonParser#currentTokenLocation()}).
 *
 * <p>Scalars keep what the file means rather than what YAML 1.1 guesses: an unquoted {@code NO}
 * (Norway) or {@code on} stays text, and only {@code true}/{@code false} are booleans; {@code .nan}
 * and {@code .inf} become text that the number reader understands.
 *
 * <p>What a study does not need is refused where it stands: YAML aliases, anchors, merge keys and
 * tags (a document that uses them is not read further), a second document, keys given twice, and
 * nesting deeper than {@link StudyLimits#MAX_DEPTH}. YAML is parsed by {@link Yaml}, in linear time.
 */
final class Documents {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final SourceMap sources;
  private final Problems problems;
  /** How many values use what a study does not support, in the document being read. */
  private int unsupported;

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
    Loc root = new Loc(display, 1, "");
    if (text.isBlank()) {
      problems.add(root, "the file is empty");
      return null;
    }
    JsonFactory factory = json
        ? JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
        : null;
    unsupported = 0;
    try (JsonParser p = json ? factory.createParser(text) : new Yaml().parser(text, display)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(root, "the file is empty");
        return null;
      }
      ArrayNode holder = NODES.arrayNode();
      JsonNode node = value(p, holder, "0", root.withLine(line(p.currentTokenLocation())), json, 1);
      JsonToken after = p.nextToken();
      if (after != null) {
        unsupported++;
        problems.add(root.withLine(line(p.currentTokenLocation())), json
            ? "more follows the end of the study's JSON object: a study file holds one object"
            : "a second YAML document starts here: a study file holds one document");
      }
      if (unsupported > 0) {
        // An alias read as text, or a second document, would only give confusing problems later.
        return null;
      }
      if (!(node instanceof ObjectNode o)) {
        problems.add(root, "a study file must be a mapping of keys (countries, products, sites, ...), not "
            + describe(node));
        return null;
      }
      return o;
    } catch (TooDeep e) {
      problems.add(e.at, "mappings and lists nest deeper than " + StudyLimits.MAX_DEPTH + " levels here, more than a"
          + " study needs (docs/study-format.md, Limits)\nMaybe a bracket is not closed.");
      return null;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      problems.add(new Problem(display, at == null ? 0 : line(at), "",
          "cannot be read as " + (json ? "JSON" : "YAML") + ": " + e.getOriginalMessage()));
      return null;
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports what it cannot scan as unchecked exceptions (ReaderException, YAMLException).
      problems.add(new Problem(display, 0, "", "cannot be read as " + (json ? "JSON" : "YAML") + ": "
          + (e.getMessage() == null ? "it is not " + (json ? "JSON" : "YAML") : e.getMessage())));
      return null;
    }
  }

  /** Thrown when values nest deeper than {@link StudyLimits#MAX_DEPTH}: the rest is not read. */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Loc at;

    TooDeep(Loc at) {
      super(null, null, false, false);
      this.at = at;
    }
  }

  private static int line(JsonLocation at) {
    return Math.max(0, at.getLineNr());
  }

  /** Reports what a YAML value uses that a study does not support (an alias, an anchor, a tag). */
  private void unsupported(JsonParser p, Loc at) {
    if (p instanceof Yaml.Parser y) {
      String u = y.takeUnsupported();
      if (u != null) {
        unsupported++;
        problems.add(at, u);
      }
    }
  }

  /** Reads the value at the parser's current token; records its location under (parent, key). */
  private JsonNode value(JsonParser p, JsonNode parent, String key, Loc at, boolean json, int depth)
      throws IOException {
    JsonToken t = p.currentToken();
    unsupported(p, at);
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth > StudyLimits.MAX_DEPTH) {
      throw new TooDeep(at);
    }
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = NODES.objectNode();
        sources.put(parent, key, at);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          Loc childAt = new Loc(at.file(), line(p.currentTokenLocation()), Loc.append(at.path(), name));
          unsupported(p, childAt);
          if (!json && name.equals("<<")) {
            unsupported++;
            problems.add(childAt, "YAML merge keys (<<) are not supported: write the fields");
          }
          p.nextToken();
          if (o.has(name)) {
            problems.add(childAt, "duplicate key '" + name + "': it is given twice in the same mapping, first on line "
                + sources.of(o, name, at).line());
          }
          o.set(name, value(p, o, name, childAt, json, depth + 1));
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = NODES.arrayNode();
        sources.put(parent, key, at);
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
          Loc childAt = new Loc(at.file(), line(p.currentTokenLocation()), at.path() + "[" + i + "]");
          a.add(value(p, a, Integer.toString(i), childAt, json, depth + 1));
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
