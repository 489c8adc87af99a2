package dev.footprint.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every reference between the parts of a study (to countries, products, sectors, sites and
 * trade agreements) and
 * reports each one that does not resolve, where it is written, with the closest known id as a hint.
 * It reads the ids from the elements' nodes, so it checks elements that have other problems too.
 * The network would refuse the same mistakes, but only the first; this reports them all.
 */
final class References {
  /** For each collection, its fields that refer to other elements, and to what. */
  private static final Map<Kind, Map<String, String>> REFERENCES = new LinkedHashMap<>();

  static {
    REFERENCES.put(Kind.PRODUCTS, Map.of("materialCostByCountry", "country", "components", "product"));
    REFERENCES.put(Kind.SITES, Map.of("country", "country", "products", "product"));
    REFERENCES.put(Kind.MARKETS, Map.of("country", "country", "demand", "product", "lostSalesPenalty", "product",
        "prices", "product", "minServiceShare", "product"));
    REFERENCES.put(Kind.FREIGHT, Map.of("origin", "country", "destination", "country", "product", "product",
        "site", "site"));
    REFERENCES.put(Kind.TARIFFS, Map.of("destination", "country", "origins", "country", "products", "product",
        "sectors", "sector", "agreement", "agreement"));
    REFERENCES.put(Kind.QUOTAS, Map.of("product", "product", "destination", "country", "origins", "country"));
    REFERENCES.put(Kind.PRODUCTION_CREDITS, Map.of("country", "country", "products", "product", "sectors", "sector"));
    REFERENCES.put(Kind.INVESTMENT_CREDITS, Map.of("country", "country", "products", "product", "sectors", "sector",
        "sites", "site"));
    REFERENCES.put(Kind.JOB_GRANTS, Map.of("country", "country"));
    REFERENCES.put(Kind.SITE_GRANTS, Map.of("site", "site"));
    REFERENCES.put(Kind.CAPACITY_STEPS, Map.of("site", "site"));
    REFERENCES.put(Kind.POLICIES, Map.of("country", "country", "product", "product"));
    REFERENCES.put(Kind.HIRING_LIMITS, Map.of("country", "country"));
    REFERENCES.put(Kind.SUPPLIER_OFFERS, Map.of("product", "product", "country", "country"));
    REFERENCES.put(Kind.AGREEMENTS, Map.of("members", "country"));
    REFERENCES.put(Kind.ORIGIN_RULES, Map.of("agreement", "agreement", "product", "product"));
    REFERENCES.put(Kind.TRANSSHIPMENT_RULES, Map.of("destination", "country", "origins", "country",
        "products", "product", "sectors", "sector"));
    REFERENCES.put(Kind.DUTY_DRAWBACKS, Map.of("country", "country", "products", "product", "sectors", "sector"));
  }

  private final Parts parts;
  private final SourceMap src;
  private final Problems problems;
  private final Map<String, Collection<String>> known = new HashMap<>();
  private final Map<String, String> siteCountry = new HashMap<>();

  References(Parts parts, SourceMap src, Problems problems) {
    this.parts = parts;
    this.src = src;
    this.problems = problems;
    known.put("country", new LinkedHashSet<>(parts.keys(Kind.COUNTRIES)));
    known.put("product", new LinkedHashSet<>(parts.keys(Kind.PRODUCTS)));
    known.put("site", new LinkedHashSet<>(parts.keys(Kind.SITES)));
    known.put("agreement", new LinkedHashSet<>(parts.keys(Kind.AGREEMENTS)));
    Set<String> sectors = new LinkedHashSet<>();
    for (Parts.Entry e : parts.of(Kind.PRODUCTS)) {
      String s = text(e.node().get("sector"), src.of(e.node(), "sector", e.at()));
      if (s != null) {
        sectors.add(s);
      }
    }
    known.put("sector", sectors);
    for (Parts.Entry e : parts.of(Kind.SITES)) {
      String c = text(e.node().get("country"), src.of(e.node(), "country", e.at()));
      if (c != null) {
        siteCountry.put(e.key(), c);
      }
    }
  }

  void check() {
    FreightLanes.check(parts, problems);
    for (Kind k : Kind.values()) {
      if (!k.hasId()) {
        continue;
      }
      Map<String, Integer> seen = new HashMap<>();
      List<Parts.Entry> list = parts.of(k);
      for (int i = 0; i < list.size(); i++) {
        Parts.Entry e = list.get(i);
        Integer previous = seen.putIfAbsent(e.key(), i);
        if (previous != null && !e.key().isEmpty()) {
          problems.add(src.of(e.node(), "id", e.at()), "duplicate id '" + e.key() + "': "
              + list.get(previous).at().path() + " has it too");
        }
      }
    }
    REFERENCES.forEach((kind, fields) -> {
      for (Parts.Entry e : parts.of(kind)) {
        fields.forEach((field, target) -> check(e, field, target));
        if (kind == Kind.MARKETS && !Decoder.present(e.node(), "country") && !e.key().isEmpty()
            && !known.get("country").contains(e.key())) {
          problems.add(src.of(e.node(), "id", e.at()), "the market gives no 'country', so it lies in the country"
              + " of its id, but no country has the id '" + e.key() + "'"
              + Problems.maybe(e.key(), known.get("country")));
        }
      }
    });
  }

  private void check(Parts.Entry e, String field, String target) {
    JsonNode v = e.node().get(field);
    if (v == null || v.isNull()) {
      return;
    }
    Loc at = src.of(e.node(), field, e.at());
    if (v.isArray()) {
      for (int i = 0; i < v.size(); i++) {
        Loc itemAt = src.of(v, i, at);
        check(text(v.get(i), itemAt), itemAt, target, e);
      }
    } else if (v.isObject()) {
      v.fieldNames().forEachRemaining(key -> check(key, src.of(v, key, at), target, e));
    } else {
      check(text(v, at), at, target, e);
    }
  }

  private void check(String id, Loc at, String target, Parts.Entry e) {
    if (id == null || id.isBlank()) {
      return;
    }
    Collection<String> ids = known.get(target);
    if (!ids.contains(id)) {
      String what = target.equals("sector") ? "no product is in the sector '" + id + "'; the sectors are " + ids
          : "no " + target + " has the id '" + id + "'";
      problems.add(at, what + Problems.maybe(id, ids).replaceAll(target.equals("sector") ? "\nMaybe use.*" : "^$", ""));
      return;
    }
    if (target.equals("site")) {
      String origin = text(e.node().get("origin"), src.of(e.node(), "origin", e.at()));
      String country = siteCountry.get(id);
      if (origin != null && country != null && !country.equals(origin)) {
        problems.add(at, "site '" + id + "' lies in " + country + ", not in the origin " + origin);
      }
    }
  }

  /** @return an id as written (a number as its text), or null for anything else */
  private static String text(JsonNode v, Loc at) {
    if (v == null) {
      return null;
    }
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isNumber() || v.isBoolean()) {
      return at.raw() != null ? at.raw() : v.asText();
    }
    return null;
  }
}
