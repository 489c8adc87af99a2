package dev.footprint.cli.corpus;

import static dev.footprint.cli.corpus.CorpusCase.refused;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Systematic mutations of every field of the small study: each required field deleted, each field
 * set to values its type refuses (-1, NaN, 1e20, "abc", a list of the wrong length, a mapping, an
 * unknown id), an unknown key in every kind of element, every id duplicated, every collection and
 * element of the wrong type. Each is written back as YAML and must be refused naming the field.
 */
final class FieldMutations {
  private FieldMutations() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** How a field is written, which decides the values it refuses. */
  enum Type { NON_NEGATIVE, POSITIVE, FRACTION, RATE, SERIES, ID, COUNTRY, PRODUCT, SITE, AGREEMENT, COUNTRIES,
    PRODUCTS, SECTORS, ENUM, BOOLEAN, PERIOD, PERIODS, TEXT, SERIES_MAP, NUMBER_MAP }

  /** Every field of the format, by collection, with its type. */
  static final Map<String, Map<String, Type>> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("countries", fields("id", Type.ID, "name", Type.TEXT, "laborCostPerHour", Type.SERIES,
        "productivity", Type.POSITIVE, "hoursPerJob", Type.POSITIVE));
    FIELDS.put("products", fields("id", Type.ID, "name", Type.TEXT, "sector", Type.TEXT, "unit", Type.TEXT,
        "laborHoursPerUnit", Type.NON_NEGATIVE, "materialCostPerUnit", Type.NON_NEGATIVE,
        "materialCostByCountry", Type.NUMBER_MAP, "declaredCustomsValue", Type.NON_NEGATIVE,
        "capacityUsePerUnit", Type.POSITIVE, "customsMarkup", Type.NON_NEGATIVE));
    FIELDS.put("sites", fields("id", Type.ID, "country", Type.COUNTRY, "kind", Type.ENUM, "capacity", Type.SERIES,
        "fixedCost", Type.SERIES, "closingCost", Type.NON_NEGATIVE, "openingCapex", Type.NON_NEGATIVE,
        "openingPeriod", Type.PERIOD, "products", Type.PRODUCTS));
    FIELDS.put("markets", fields("id", Type.ID, "name", Type.TEXT, "country", Type.COUNTRY, "demand", Type.SERIES_MAP,
        "lostSalesPenalty", Type.NUMBER_MAP, "singleSource", Type.BOOLEAN));
    FIELDS.put("freight", fields("origin", Type.COUNTRY, "destination", Type.COUNTRY, "product", Type.PRODUCT,
        "site", Type.SITE, "costPerUnit", Type.NON_NEGATIVE));
    FIELDS.put("tariffs", fields("id", Type.ID, "destination", Type.COUNTRY, "origins", Type.COUNTRIES,
        "sectors", Type.SECTORS, "products", Type.PRODUCTS, "periods", Type.PERIODS, "rate", Type.RATE,
        "specificDutyPerUnit", Type.NON_NEGATIVE, "rule", Type.ENUM));
    FIELDS.put("quotas", fields("id", Type.ID, "product", Type.PRODUCT, "destination", Type.COUNTRY,
        "origins", Type.COUNTRIES, "periods", Type.PERIODS, "volume", Type.SERIES, "inQuotaRate", Type.RATE,
        "inQuotaSpecificDutyPerUnit", Type.NON_NEGATIVE, "outOfQuotaRate", Type.RATE,
        "outOfQuotaSpecificDutyPerUnit", Type.NON_NEGATIVE));
    FIELDS.put("productionCredits", fields("id", Type.ID, "country", Type.COUNTRY, "products", Type.PRODUCTS,
        "creditPerUnit", Type.SERIES, "budget", Type.NON_NEGATIVE));
    FIELDS.put("investmentCredits", fields("id", Type.ID, "country", Type.COUNTRY, "sectors", Type.SECTORS,
        "share", Type.FRACTION));
    FIELDS.put("jobGrants", fields("id", Type.ID, "country", Type.COUNTRY, "grantPerJob", Type.SERIES));
    FIELDS.put("policies", fields("id", Type.ID, "type", Type.ENUM, "country", Type.COUNTRY,
        "minimumCapex", Type.NON_NEGATIVE, "minimumJobs", Type.SERIES, "product", Type.PRODUCT,
        "minimumShare", Type.FRACTION, "maximumShare", Type.FRACTION));
  }

  /** The fields each element must have. */
  static final Map<String, List<String>> REQUIRED = Map.ofEntries(
      Map.entry("countries", List.of("id", "laborCostPerHour")),
      Map.entry("products", List.of("id", "sector", "laborHoursPerUnit", "materialCostPerUnit")),
      Map.entry("sites", List.of("id", "country", "kind", "capacity")),
      Map.entry("markets", List.of("id")),
      Map.entry("freight", List.of("origin", "destination", "costPerUnit")),
      Map.entry("tariffs", List.of("id", "destination")),
      Map.entry("quotas", List.of("id", "product", "destination", "volume", "inQuotaRate")),
      Map.entry("productionCredits", List.of("id", "country", "creditPerUnit")),
      Map.entry("investmentCredits", List.of("id", "country", "share")),
      Map.entry("jobGrants", List.of("id", "country", "grantPerJob")),
      Map.entry("policies", List.of("id", "type", "country", "minimumCapex")));

  static Map<String, Type> fields(Object... nameThenType) {
    Map<String, Type> m = new LinkedHashMap<>();
    for (int i = 0; i < nameThenType.length; i += 2) {
      m.put((String) nameThenType[i], (Type) nameThenType[i + 1]);
    }
    return m;
  }

  /** A value a type refuses, with a word for the case's id. */
  private record Bad(String label, JsonNode value) {}

  private static List<Bad> refusedBy(Type type) {
    JsonNode negative = NODES.numberNode(-1);
    JsonNode nan = NODES.textNode(".nan");
    JsonNode huge = NODES.numberNode(1e20);
    JsonNode word = NODES.textNode("abc");
    ObjectNode mapping = NODES.objectNode().put("a", 1);
    ArrayNode two = NODES.arrayNode().add(1).add(2);
    return switch (type) {
      case NON_NEGATIVE -> List.of(new Bad("-1", negative), new Bad("NaN", nan), new Bad("1e20", huge),
          new Bad("abc", word), new Bad("mapping", mapping), new Bad("list", two));
      case POSITIVE -> List.of(new Bad("0", NODES.numberNode(0)), new Bad("-1", negative), new Bad("NaN", nan),
          new Bad("1e20", huge), new Bad("abc", word));
      case FRACTION -> List.of(new Bad("1.5", NODES.numberNode(1.5)), new Bad("-1", negative),
          new Bad("25%", NODES.textNode("25%")), new Bad("NaN", nan), new Bad("abc", word));
      case RATE -> List.of(new Bad("25", NODES.numberNode(25)), new Bad("-1", negative),
          new Bad("25%", NODES.textNode("25%")), new Bad("NaN", nan), new Bad("abc", word));
      case SERIES -> List.of(new Bad("-1", negative), new Bad("NaN", nan), new Bad("1e20", huge), new Bad("abc", word),
          new Bad("wrong-length", two), new Bad("mapping", mapping));
      case ID -> List.of(new Bad("empty", NODES.textNode("")), new Bad("padded", NODES.textNode(" x ")),
          new Bad("mapping", mapping));
      case COUNTRY, PRODUCT, SITE, AGREEMENT -> List.of(new Bad("unknown", NODES.textNode("NOPE")), new Bad("mapping", mapping));
      case COUNTRIES, PRODUCTS, SECTORS -> List.of(new Bad("unknown", NODES.arrayNode().add("NOPE")),
          new Bad("mapping", mapping));
      case ENUM -> List.of(new Bad("unknown", NODES.textNode("nope")), new Bad("list", two));
      case BOOLEAN -> List.of(new Bad("abc", word), new Bad("number", NODES.numberNode(1)), new Bad("list", two));
      case PERIOD -> List.of(new Bad("label", NODES.textNode("2099")), new Bad("index", NODES.numberNode(99)),
          new Bad("mapping", mapping));
      case PERIODS -> List.of(new Bad("unknown", NODES.arrayNode().add("2099")), new Bad("mapping", mapping));
      case TEXT -> List.of(new Bad("mapping", mapping), new Bad("list", two));
      case SERIES_MAP -> List.of(new Bad("-1", negative), new Bad("NaN", nan), new Bad("1e20", huge),
          new Bad("abc", word), new Bad("wrong-length", two));
      case NUMBER_MAP -> List.of(new Bad("-1", negative), new Bad("NaN", nan), new Bad("1e20", huge),
          new Bad("abc", word));
    };
  }

  /** @return every mutation of the small study */
  static List<CorpusCase> cases() {
    ObjectNode small = read(Studies.SMALL);
    List<CorpusCase> out = new ArrayList<>();
    FIELDS.forEach((collection, fields) -> out.addAll(cases("small", small, collection, fields,
        REQUIRED.get(collection), true)));
    return out;
  }

  /**
   * @param name the study's name, the first part of each case's id
   * @param study the study
   * @param collection a collection of it
   * @param fields fields of its elements, each changed in the first element that has it
   * @param required those of them an element must have: each deleted is a case too
   * @param whole whether to add the cases of the collection as a whole: an unknown key, the first
   *     element twice, an element that is not a mapping, a collection that is not a list
   * @return the mutations
   */
  static List<CorpusCase> cases(String name, ObjectNode study, String collection, Map<String, Type> fields,
      List<String> required, boolean whole) {
    List<CorpusCase> out = new ArrayList<>();
    ArrayNode list = (ArrayNode) study.get(collection);
    fields.forEach((field, type) -> {
      int i = firstWith(list, field);
      String path = collection + "[" + i + "]." + field;
      JsonNode value = list.get(i).get(field);
      if (type == Type.SERIES_MAP || type == Type.NUMBER_MAP) {
        String key = value.fieldNames().next();
        for (Bad bad : refusedBy(type)) {
          out.add(mutation(name, "value of a mapping", path + "." + key + "=" + bad.label(), study,
              s -> ((ObjectNode) s.get(collection).get(i).get(field)).set(key, bad.value()), path + "." + key));
        }
        out.add(mutation(name, "unknown reference", path + ".NOPE", study,
            s -> ((ObjectNode) s.get(collection).get(i).get(field)).put("NOPE", 1), path + ".NOPE", "'NOPE'"));
      } else {
        for (Bad bad : refusedBy(type)) {
          String category = bad.label().equals("unknown") ? "unknown reference" : switch (type) {
            case NON_NEGATIVE, POSITIVE, FRACTION, RATE, SERIES -> "bad number";
            default -> "wrong type or value";
          };
          String id = path + "=" + bad.label();
          String at = type == Type.COUNTRIES || type == Type.PRODUCTS || type == Type.SECTORS || type == Type.PERIODS
              ? bad.value().isArray() ? path + "[0]" : path : path;
          out.add(mutation(name, category, id, study,
              s -> ((ObjectNode) s.get(collection).get(i)).set(field, bad.value()), at));
        }
      }
      if (required.contains(field)) {
        out.add(mutation(name, "missing field", path + " deleted", study,
            s -> ((ObjectNode) s.get(collection).get(i)).remove(field), path, "missing"));
      }
    });
    if (!whole) {
      return out;
    }
    String path = collection + "[0]";
    out.add(mutation(name, "unknown key", path + ".oops", study,
        s -> ((ObjectNode) s.get(collection).get(0)).put("oops", 1), path + ".oops", "unknown key 'oops'"));
    out.add(mutation(name, "duplicate", collection + " first element twice", study,
        s -> ((ArrayNode) s.get(collection)).add(s.get(collection).get(0).deepCopy()),
        collection + "[" + list.size() + "]", "duplicate"));
    out.add(mutation(name, "wrong type or value", path + " not a mapping", study,
        s -> ((ArrayNode) s.get(collection)).set(0, NODES.textNode("x")), path, "must be a"));
    out.add(mutation(name, "wrong type or value", collection + " not a list", study, s -> s.put(collection, 5),
        collection, "must be a list"));
    return out;
  }

  private static int firstWith(ArrayNode list, String field) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).has(field)) {
        return i;
      }
    }
    throw new IllegalStateException("the small study has no element with " + field);
  }

  /** @return a case of the small study changed in its tree and written back as YAML */
  static CorpusCase mutation(String category, String id, ObjectNode study,
      java.util.function.Consumer<ObjectNode> change, String... fragments) {
    return mutation("small", category, id, study, change, fragments);
  }

  /** @return a case of a study, named {@code name}, changed in its tree and written back as YAML */
  static CorpusCase mutation(String name, String category, String id, ObjectNode study,
      java.util.function.Consumer<ObjectNode> change, String... fragments) {
    ObjectNode copy = study.deepCopy();
    change.accept(copy);
    String text = write(copy);
    List<String> expected = new ArrayList<>(List.of(fragments));
    expected.add(0, Studies.STUDY);
    return refused(name + "/" + id, category, dir -> Files.writeString(dir.resolve(Studies.STUDY), text),
        expected.toArray(String[]::new));
  }

  /** @return the small study changed by text, as a case */
  static CorpusCase edited(String category, String id, Function<String, String> change, String... fragments) {
    String text = change.apply(Studies.SMALL);
    if (text.equals(Studies.SMALL)) {
      throw new IllegalStateException("the edit of " + id + " changes nothing");
    }
    List<String> expected = new ArrayList<>(List.of(fragments));
    return refused("small/" + id, category, dir -> Files.writeString(dir.resolve(Studies.STUDY), text),
        expected.toArray(String[]::new));
  }

  static ObjectNode read(String yaml) {
    try {
      return (ObjectNode) YAML.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(JsonNode node) {
    try {
      return YAML.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
