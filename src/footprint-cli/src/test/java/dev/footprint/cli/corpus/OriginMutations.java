package dev.footprint.cli.corpus;

import static dev.footprint.cli.corpus.FieldMutations.fields;
import static dev.footprint.cli.corpus.FieldMutations.mutation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.cli.corpus.FieldMutations.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutations of the origin of goods (docs/study-format.md, Origin of goods), on the small study
 * with an agreement, an origin rule, a transshipment rule, a duty drawback, a tariff limited to an
 * origin status and a foreign-trade zone ({@link Studies#ORIGIN}): each field of the new collections
 * and the new fields of tariffs and sites set to values their type refuses (a share below 0 or above
 * 1, an unknown agreement, country or product, a method or an origin status that does not exist),
 * each required field deleted, and what the model refuses of them, placed at the field.
 */
final class OriginMutations {
  private OriginMutations() {}

  private static final String NAME = "origin";

  /** The fields of the origin of goods, by collection, with their types. */
  static final Map<String, Map<String, Type>> FIELDS = new LinkedHashMap<>();

  /** The fields each element of a new collection must have. */
  static final Map<String, List<String>> REQUIRED = Map.of(
      "agreements", List.of("id", "members"),
      "originRules", List.of("id", "agreement", "product", "minContentShare", "method"),
      "transshipmentRules", List.of("id", "destination", "maxForeignContentShare", "penaltyRate"),
      "dutyDrawbacks", List.of("id", "country", "share"));

  static {
    FIELDS.put("agreements", fields("id", Type.ID, "members", Type.COUNTRIES));
    FIELDS.put("originRules", fields("id", Type.ID, "agreement", Type.AGREEMENT, "product", Type.PRODUCT,
        "minContentShare", Type.FRACTION, "method", Type.ENUM));
    FIELDS.put("transshipmentRules", fields("id", Type.ID, "destination", Type.COUNTRY, "origins", Type.COUNTRIES,
        "products", Type.PRODUCTS, "maxForeignContentShare", Type.FRACTION, "penaltyRate", Type.RATE));
    FIELDS.put("dutyDrawbacks", fields("id", Type.ID, "country", Type.COUNTRY, "products", Type.PRODUCTS,
        "share", Type.FRACTION));
  }

  /** @return every mutation of the origin study */
  static List<CorpusCase> cases() {
    ObjectNode study = FieldMutations.read(Studies.ORIGIN);
    List<CorpusCase> out = new ArrayList<>();
    FIELDS.forEach((collection, fields) -> out.addAll(FieldMutations.cases(NAME, study, collection, fields,
        REQUIRED.get(collection), true)));
    out.addAll(FieldMutations.cases(NAME, study, "tariffs", fields("originStatus", Type.ENUM, "agreement",
        Type.AGREEMENT), List.of(), false));
    out.addAll(FieldMutations.cases(NAME, study, "sites", fields("foreignTradeZone", Type.BOOLEAN), List.of(), false));
    int usmca = 3;
    String tariff = "tariffs[" + usmca + "]";
    out.add(mutation(NAME, "missing field", tariff + ".agreement deleted", study,
        s -> ((ObjectNode) s.get("tariffs").get(usmca)).remove("agreement"), tariff + ".agreement", "missing",
        "originStatus"));
    out.add(mutation(NAME, "missing field", tariff + ".originStatus deleted", study,
        s -> ((ObjectNode) s.get("tariffs").get(usmca)).remove("originStatus"), tariff + ".agreement",
        "needs an 'originStatus'"));
    out.add(mutation(NAME, "origin of goods", "agreement of one member", study,
        s -> ((ObjectNode) s.get("agreements").get(0)).set("members", ids("US")), "agreements[0].members",
        "at least two"));
    out.add(mutation(NAME, "origin of goods", "two agreements sharing two members", study,
        s -> ((ArrayNode) s.get("agreements")).add(JsonNodeFactory.instance.objectNode().put("id", "other")
            .set("members", ids("MX", "US"))), "agreements[1].members", "usmca"));
    out.add(mutation(NAME, "origin of goods", "measure of an agreement its destination is not in", study,
        s -> ((ObjectNode) s.get("agreements").get(0)).set("members", ids("MX", "VN")), tariff + ".agreement",
        "not a member"));
    out.add(mutation(NAME, "origin of goods", "transshipment into one of its origins", study,
        s -> ((ObjectNode) s.get("transshipmentRules").get(0)).set("origins", ids("US", "VN")),
        "transshipmentRules[0].origins", "cannot be an origin"));
    out.add(mutation(NAME, "origin of goods", "two origin rules for one product", study,
        s -> ((ArrayNode) s.get("originRules")).add(((ObjectNode) s.get("originRules").get(0)).deepCopy()
            .put("id", "widget-again")), "originRules[", "widget-again", "same product"));
    out.add(mutation(NAME, "origin of goods", "origin rule of a product without a declared value", study,
        s -> ((ObjectNode) s.get("originRules").get(0)).put("product", "gadget"), "originRules[0].product",
        "declared customs value"));
    return out;
  }

  private static ArrayNode ids(String... ids) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (String id : ids) {
      a.add(id);
    }
    return a;
  }
}
