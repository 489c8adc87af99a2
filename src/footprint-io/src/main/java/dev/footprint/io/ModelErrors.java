package dev.footprint.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.model.InvalidModelException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the domain's {@link InvalidModelException}, whose field names a domain value (such as
 * {@code site 'US-GA': capacity[2]}), into a problem at the study path and line of that value.
 */
final class ModelErrors {
  private ModelErrors() {}

  private static final Pattern ELEMENT = Pattern.compile(
      "^(country|product|site|market|tariff|quota|productionCredit|investmentCredit|jobGrant|siteGrant|capacityStep|policy|exchangeRate|hiringLimit|supplierOffer|agreement|originRule|transshipmentRule|dutyDrawback) '(.*?)': (.*)$",
      Pattern.DOTALL);
  private static final Pattern FREIGHT = Pattern.compile("^freight\\[(\\d+)\\][^:]*: (.*)$", Pattern.DOTALL);
  private static final Pattern INDEXED = Pattern.compile("^(\\w+)\\[(\\d+)\\](?:\\.(.*))?$", Pattern.DOTALL);

  private static final Map<String, Kind> KINDS = Map.ofEntries(Map.entry("country", Kind.COUNTRIES),
      Map.entry("product", Kind.PRODUCTS), Map.entry("site", Kind.SITES), Map.entry("market", Kind.MARKETS),
      Map.entry("tariff", Kind.TARIFFS), Map.entry("quota", Kind.QUOTAS),
      Map.entry("productionCredit", Kind.PRODUCTION_CREDITS), Map.entry("investmentCredit", Kind.INVESTMENT_CREDITS),
      Map.entry("jobGrant", Kind.JOB_GRANTS), Map.entry("siteGrant", Kind.SITE_GRANTS),
      Map.entry("capacityStep", Kind.CAPACITY_STEPS),
      Map.entry("policy", Kind.POLICIES), Map.entry("exchangeRate", Kind.EXCHANGE_RATES),
      Map.entry("hiringLimit", Kind.HIRING_LIMITS), Map.entry("supplierOffer", Kind.SUPPLIER_OFFERS),
      Map.entry("agreement", Kind.AGREEMENTS), Map.entry("originRule", Kind.ORIGIN_RULES),
      Map.entry("transshipmentRule", Kind.TRANSSHIPMENT_RULES), Map.entry("dutyDrawback", Kind.DUTY_DRAWBACKS));

  /** @return the exception's message without its domain field: "value X: problem" */
  static String describe(InvalidModelException e) {
    String m = e.getMessage();
    String prefix = e.field() + " = ";
    if (m.startsWith(prefix)) {
      return "is " + m.substring(prefix.length());
    }
    return m;
  }

  /**
   * @param e an exception thrown while one element was built
   * @param node the element's node
   * @param at where the element is
   * @return where the offending field is
   */
  static Loc locate(InvalidModelException e, ObjectNode node, Loc at, SourceMap src) {
    String rest = e.field();
    Matcher m = ELEMENT.matcher(rest);
    if (m.matches()) {
      rest = m.group(3);
    } else {
      Matcher f = FREIGHT.matcher(rest);
      if (f.matches()) {
        rest = f.group(2);
      } else {
        int dot = rest.indexOf('.');
        rest = dot > 0 ? rest.substring(dot + 1) : rest;
      }
    }
    return field(rest, node, at, src);
  }

  /**
   * @param e an exception thrown while a whole network was built from {@code parts}
   * @return a problem at the element and field it names (the parts' own location when it names none)
   */
  static Problem locate(InvalidModelException e, Parts parts, SourceMap src, Loc fallback) {
    String f = e.field();
    Matcher m = ELEMENT.matcher(f);
    if (m.matches()) {
      Kind kind = KINDS.get(m.group(1));
      int i = parts.indexOf(kind, m.group(2));
      if (i >= 0) {
        Parts.Entry entry = parts.of(kind).get(i);
        return field(m.group(3), entry.node(), entry.at(), src).problem(describe(e));
      }
    }
    Matcher fr = FREIGHT.matcher(f);
    if (fr.matches()) {
      int i = Integer.parseInt(fr.group(1));
      if (i < parts.of(Kind.FREIGHT).size()) {
        Parts.Entry entry = parts.of(Kind.FREIGHT).get(i);
        return field(fr.group(2), entry.node(), entry.at(), src).problem(describe(e));
      }
    }
    Matcher ix = INDEXED.matcher(f);
    if (ix.matches() && Kind.byCollection(ix.group(1)) != null) {
      Kind kind = Kind.byCollection(ix.group(1));
      int i = Integer.parseInt(ix.group(2));
      if (i < parts.of(kind).size()) {
        Parts.Entry entry = parts.of(kind).get(i);
        String rest = ix.group(3);
        Loc loc = rest == null ? entry.at() : field(rest, entry.node(), entry.at(), src);
        return loc.problem(describe(e));
      }
    }
    if (f.startsWith("horizon") && parts.horizonAt != null) {
      return parts.horizonAt.problem(e.getMessage());
    }
    return fallback.problem(e.getMessage());
  }

  /** Maps a domain field (such as {@code scope.products}, {@code demand['cells']}) into the element's node. */
  private static Loc field(String domainField, ObjectNode node, Loc at, SourceMap src) {
    String name = domainField;
    String key = null;
    String index = null;
    Matcher keyed = Pattern.compile("^(\\w+)\\['(.*)'\\]$").matcher(name);
    Matcher indexed = Pattern.compile("^(\\w+)\\[(\\d+)\\]$").matcher(name);
    if (keyed.matches()) {
      name = keyed.group(1);
      key = keyed.group(2);
    } else if (indexed.matches()) {
      name = indexed.group(1);
      index = indexed.group(2);
    } else if (name.endsWith(" key")) {
      name = name.substring(0, name.length() - 4);
    }
    name = switch (name) {
      case "scope.products" -> "products";
      case "scope.sectors" -> "sectors";
      case "scope" -> "products";
      case "adValoremRate" -> "rate";
      case "originCondition.agreement", "originCondition" -> "agreement";
      default -> name;
    };
    if (!node.has(name)) {
      return name.contains(" ") ? at : at.child(name);
    }
    Loc loc = src.of(node, name, at);
    JsonNode value = node.get(name);
    if (key != null && value.isObject()) {
      return src.of(value, key, loc);
    }
    if (index != null && value.isArray()) {
      return src.of(value, Integer.parseInt(index), loc);
    }
    return loc;
  }
}
