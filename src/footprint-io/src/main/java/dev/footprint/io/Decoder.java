package dev.footprint.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.HiringLimit;
import dev.footprint.model.Horizon;
import dev.footprint.model.InvalidModelException;
import dev.footprint.model.ExchangeRate;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.JobGrant;
import dev.footprint.model.Market;
import dev.footprint.model.OriginCondition;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.SiteGrant;
import dev.footprint.model.SiteKind;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffQuota;
import dev.footprint.model.TariffRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the nodes of a study into domain values, one field at a time, so that every wrong field of
 * every element is reported (not only the first). A value with any problem is not built.
 *
 * <p>(A long class: one reader per kind of element and one per kind of field, which the readers of
 * elements share. The study's settings are read by {@link Settings}, numbers by
 * {@link NumberReader}.)
 */
final class Decoder {

  /** What a number must be. */
  enum Rule {
    NON_NEGATIVE("a finite number >= 0"),
    POSITIVE("a finite number > 0"),
    FRACTION("a fraction in [0, 1] (0.25 for 25%)"),
    DISCOUNT("a fraction in [0, 1) (0.08 for 8%)"),
    TARIFF_RATE("a fraction (0.25 for 25%), at most 10"),
    ANY("a number");

    final String text;

    Rule(String text) {
      this.text = text;
    }

    boolean isRate() {
      return this == FRACTION || this == DISCOUNT || this == TARIFF_RATE;
    }
  }

  static final Map<String, Set<String>> POLICY_FIELDS = Map.of(
      "pledge", Set.of("country", "minimumCapex"),
      "employmentFloor", Set.of("country", "minimumJobs"),
      "homeShare", Set.of("product", "country", "minimumShare"),
      "concentrationCap", Set.of("product", "maximumShare"));


  private final SourceMap src;
  private final Problems problems;
  private final Tables tables;
  private final NumberReader numbers;
  private Horizon horizon = Horizon.single();

  Decoder(SourceMap src, Problems problems, Tables tables) {
    this.src = src;
    this.problems = problems;
    this.tables = tables;
    this.numbers = new NumberReader(problems);
  }

  /** @param h the horizon that period references and per-period lists refer to */
  void horizon(Horizon h) {
    this.horizon = h;
    tables.labels(h.labels());
  }

  Horizon horizon() {
    return horizon;
  }

  /** @return where the values read are */
  SourceMap sources() {
    return src;
  }

  /** @return where problems go */
  Problems problems() {
    return problems;
  }

  // =====================================================================================
  // Elements
  // =====================================================================================

  /**
   * Reads one element of a collection. Mapping fields given as tables are read first, so the
   * entry's node holds the mapping itself.
   *
   * @return the entry, or null (with problems)
   */
  Parts.Entry entry(Kind kind, JsonNode node, Loc at) {
    ObjectNode o = object(node, at, "a " + kind.singular() + " with the fields " + kind.fields().keySet());
    if (o == null) {
      return null;
    }
    int before = problems.size();
    o = expandMappings(kind, o, at);
    List<String> known = new ArrayList<>(kind.fields().keySet());
    known.add(Kind.SOURCE);
    keys(o, at, known, "a " + kind.singular());
    for (String f : kind.required()) {
      if (!present(o, f)) {
        problems.add(at.child(f), "missing: every " + kind.singular() + " needs '" + f + "'");
      }
    }
    // Read every field that is there, to report all of their problems.
    Object value = readFields(kind, o, at);
    if (problems.size() > before) {
      value = null;
    }
    return new Parts.Entry(value == null ? key(kind, o, at) : kind.key(value), o, at, value);
  }

  /** @return the key of an element that could not be read, from its node */
  private String key(Kind kind, ObjectNode o, Loc at) {
    if (kind == Kind.EXCHANGE_RATES) {
      return present(o, "currency") ? o.get("currency").asText() : "";
    }
    if (kind.hasId()) {
      return present(o, "id") && !o.get("id").isContainerNode() ? src.of(o, "id", at).raw() != null
          ? src.of(o, "id", at).raw() : o.get("id").asText() : "";
    }
    String origin = present(o, "origin") ? o.get("origin").asText() : "?";
    String destination = present(o, "destination") ? o.get("destination").asText() : "?";
    return origin + "->" + destination + (present(o, "product") ? " [" + o.get("product").asText() + "]" : "")
        + (present(o, "site") ? " @" + o.get("site").asText() : "");
  }

  private ObjectNode expandMappings(Kind kind, ObjectNode o, Loc at) {
    ObjectNode out = o;
    for (Map.Entry<String, Kind.Type> f : kind.fields().entrySet()) {
      if ((f.getValue() == Kind.Type.NUMBER_MAP || f.getValue() == Kind.Type.SERIES_MAP)
          && Tables.isReference(o.get(f.getKey()))) {
        String owner = o.hasNonNull("id") ? o.get("id").asText() : "";
        Loc fAt = src.of(o, f.getKey(), at);
        JsonNode table = tables.mapping(o.get(f.getKey()), fAt, f.getKey(), owner);
        if (out == o) {
          out = Documents.NODES.objectNode();
          out.setAll(o);
          src.copy(o, out);
        }
        if (table == null) {
          out.remove(f.getKey());
        } else {
          out.set(f.getKey(), table);
        }
      }
    }
    return out;
  }

  private Object readFields(Kind kind, ObjectNode o, Loc at) {
    try {
      return switch (kind) {
        case COUNTRIES -> country(o, at);
        case PRODUCTS -> product(o, at);
        case SITES -> site(o, at);
        case MARKETS -> market(o, at);
        case FREIGHT -> freight(o, at);
        case TARIFFS -> tariff(o, at);
        case QUOTAS -> quota(o, at);
        case PRODUCTION_CREDITS -> productionCredit(o, at);
        case INVESTMENT_CREDITS -> investmentCredit(o, at);
        case JOB_GRANTS -> jobGrant(o, at);
        case SITE_GRANTS -> siteGrant(o, at);
        case CAPACITY_STEPS -> capacityStep(o, at);
        case POLICIES -> policy(o, at);
        case EXCHANGE_RATES -> exchangeRate(o, at);
        case HIRING_LIMITS -> hiringLimit(o, at);
        case SUPPLIER_OFFERS -> supplierOffer(o, at);
        case AGREEMENTS -> OriginElements.agreement(this, o, at);
        case ORIGIN_RULES -> OriginElements.originRule(this, o, at);
        case TRANSSHIPMENT_RULES -> OriginElements.transshipmentRule(this, o, at);
        case DUTY_DRAWBACKS -> OriginElements.dutyDrawback(this, o, at);
      };
    } catch (InvalidModelException e) {
      Loc loc = ModelErrors.locate(e, o, at, src);
      problems.add(loc, ModelErrors.describe(e));
      return null;
    } catch (MissingValue e) {
      return null;
    }
  }

  /** Thrown inside a reader when a required value is missing or wrong (already reported). */
  private static final class MissingValue extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingValue() {
      super(null, null, false, false);
    }
  }

  /** @return the value; throws {@link MissingValue} (already reported) when it is null */
  static <T> T need(T value) {
    if (value == null) {
      throw new MissingValue();
    }
    return value;
  }

  private Country country(ObjectNode o, Loc at) {
    String id = idField(o, "id", at);
    String name = text(o, "name", at, id);
    Series labor = series(o, "laborCostPerHour", at, null);
    Double productivity = number(o, "productivity", at, 1.0, Rule.POSITIVE);
    Double hours = number(o, "hoursPerJob", at, Country.DEFAULT_HOURS_PER_JOB, Rule.POSITIVE);
    String currency = present(o, "currency") ? idField(o, "currency", at) : "";
    return new Country(need(id), need(name), need(labor), need(productivity), need(hours),
        need(currency).isEmpty() ? Optional.empty() : Optional.of(currency));
  }

  private Product product(ObjectNode o, Loc at) {
    String id = idField(o, "id", at);
    String name = text(o, "name", at, id);
    String sector = idField(o, "sector", at);
    Double hours = number(o, "laborHoursPerUnit", at, null, Rule.NON_NEGATIVE);
    Double material = number(o, "materialCostPerUnit", at, null, Rule.NON_NEGATIVE);
    Map<String, Double> byCountry = numberMap(o, "materialCostByCountry", at, Rule.NON_NEGATIVE);
    Double use = number(o, "capacityUsePerUnit", at, 1.0, Rule.POSITIVE);
    Double declared = number(o, "declaredCustomsValue", at, Double.NaN, Rule.NON_NEGATIVE);
    Double markup = number(o, "customsMarkup", at, 0.0, Rule.NON_NEGATIVE);
    String unit = text(o, "unit", at, Product.DEFAULT_UNIT);
    Map<String, Double> components = numberMap(o, "components", at, Rule.POSITIVE);
    return new Product(need(id), need(name), need(sector), need(hours), need(material), need(byCountry), need(use),
        need(declared).isNaN() ? OptionalDouble.empty() : OptionalDouble.of(declared), need(markup), need(unit),
        need(components));
  }

  private dev.footprint.model.SupplierOffer supplierOffer(ObjectNode o, Loc at) {
    String id = idField(o, "id", at);
    String product = idField(o, "product", at);
    String country = idField(o, "country", at);
    Series price = series(o, "pricePerUnit", at, null);
    Series capacity = series(o, "capacity", at, null);
    return new dev.footprint.model.SupplierOffer(need(id), need(product), need(country), need(price), need(capacity));
  }

  private Site site(ObjectNode o, Loc at) {
    String id = idField(o, "id", at);
    String name = text(o, "name", at, id);
    String country = idField(o, "country", at);
    SiteKind kind = enumValue(o, "kind", at, SiteKind.class, null);
    Series capacity = series(o, "capacity", at, null);
    Series fixed = series(o, "fixedCost", at, Series.zero());
    Double capex = number(o, "openingCapex", at, 0.0, Rule.NON_NEGATIVE);
    Double closing = number(o, "closingCost", at, 0.0, Rule.NON_NEGATIVE);
    Integer opening = present(o, "openingPeriod") ? period(o.get("openingPeriod"), src.of(o, "openingPeriod", at))
        : Integer.valueOf(0);
    Set<String> products = ids(o, "products", at);
    Integer life = integer(o, "assetLife", at, 0, 0);
    Integer build = integer(o, "buildPeriods", at, 0, 0);
    Double jobs = number(o, "fixedJobs", at, 0.0, Rule.NON_NEGATIVE);
    Double severance = number(o, "severancePerJob", at, 0.0, Rule.NON_NEGATIVE);
    Boolean closable = present(o, "closable") ? bool(o.get("closable"), src.of(o, "closable", at)) : Boolean.FALSE;
    List<Double> ramp = fractions(o, "rampUp", at);
    Boolean variable = present(o, "variableSeverance")
        ? bool(o.get("variableSeverance"), src.of(o, "variableSeverance", at)) : Boolean.FALSE;
    Boolean zone = present(o, "foreignTradeZone")
        ? bool(o.get("foreignTradeZone"), src.of(o, "foreignTradeZone", at)) : Boolean.FALSE;
    return new Site(need(id), need(name), need(country), need(kind), need(capacity), need(fixed), need(capex), need(closing),
        need(opening), need(products), need(life), need(build), need(jobs), need(severance), need(closable), need(ramp),
        need(variable), need(zone));
  }

  private dev.footprint.model.CapacityStep capacityStep(ObjectNode o, Loc at) {
    String id = idField(o, "id", at);
    String site = idField(o, "site", at);
    Series increment = series(o, "capacityIncrement", at, null);
    Double capex = number(o, "capex", at, null, Rule.NON_NEGATIVE);
    Integer earliest = present(o, "earliestPeriod") ? period(o.get("earliestPeriod"), src.of(o, "earliestPeriod", at))
        : Integer.valueOf(0);
    Integer count = integer(o, "maxCount", at, 1, 1);
    Integer life = integer(o, "assetLife", at, 0, 0);
    return new dev.footprint.model.CapacityStep(need(id), need(site), need(increment), need(capex), need(earliest),
        need(count), need(life));
  }

  private Market market(ObjectNode o, Loc at) {
    String id = idField(o, "id", at);
    String name = text(o, "name", at, id);
    String country = present(o, "country") ? idField(o, "country", at) : id;
    Map<String, Series> demand = seriesMap(o, "demand", at);
    Map<String, Double> penalty = numberMap(o, "lostSalesPenalty", at, Rule.NON_NEGATIVE);
    Boolean single = present(o, "singleSource") ? bool(o.get("singleSource"), src.of(o, "singleSource", at))
        : Boolean.FALSE;
    Map<String, Series> prices = seriesMap(o, "prices", at);
    Map<String, Double> share = numberMap(o, "minServiceShare", at, Rule.FRACTION);
    return new Market(need(id), need(name), need(country), need(demand), need(penalty), need(single), need(prices),
        need(share));
  }

  private FreightRate freight(ObjectNode o, Loc at) {
    String origin = idField(o, "origin", at);
    String destination = idField(o, "destination", at);
    String product = present(o, "product") ? idField(o, "product", at) : "";
    String site = present(o, "site") ? idField(o, "site", at) : "";
    Double cost = number(o, "costPerUnit", at, null, Rule.NON_NEGATIVE);
    return new FreightRate(need(origin), need(destination), Optional.of(need(product)).filter(s -> !s.isEmpty()),
        Optional.of(need(site)).filter(s -> !s.isEmpty()), need(cost));
  }

  private TariffMeasure tariff(ObjectNode o, Loc at) {
    String id = idField(o, "id", at);
    String destination = idField(o, "destination", at);
    Set<String> origins = ids(o, "origins", at);
    ProductScope scope = scope(o, at);
    Set<Integer> periods = periods(o, "periods", at);
    Double rate = number(o, "rate", at, 0.0, Rule.TARIFF_RATE);
    Double specific = number(o, "specificDutyPerUnit", at, 0.0, Rule.NON_NEGATIVE);
    TariffRule rule = enumValue(o, "rule", at, TariffRule.class, TariffRule.ADD);
    Optional<OriginCondition> condition = OriginElements.originCondition(this, o, at);
    return new TariffMeasure(need(id), need(destination), need(origins), need(scope), need(periods), need(rate), need(specific),
        need(rule), need(condition));
  }

  private TariffQuota quota(ObjectNode o, Loc at) {
    String id = idField(o, "id", at);
    String product = idField(o, "product", at);
    String destination = idField(o, "destination", at);
    Set<String> origins = ids(o, "origins", at);
    Set<Integer> periods = periods(o, "periods", at);
    Series volume = series(o, "volume", at, null);
    Double in = number(o, "inQuotaRate", at, null, Rule.TARIFF_RATE);
    Double inSpecific = number(o, "inQuotaSpecificDutyPerUnit", at, 0.0, Rule.NON_NEGATIVE);
    Double out = number(o, "outOfQuotaRate", at, Double.NaN, Rule.TARIFF_RATE);
    Double outSpecific = number(o, "outOfQuotaSpecificDutyPerUnit", at, 0.0, Rule.NON_NEGATIVE);
    return new TariffQuota(need(id), need(product), need(destination), need(origins), need(periods), need(volume),
        need(in), need(inSpecific), need(out).isNaN() ? OptionalDouble.empty() : OptionalDouble.of(out),
        need(outSpecific));
  }

  private ProductionCredit productionCredit(ObjectNode o, Loc at) {
    String id = idField(o, "id", at);
    String country = idField(o, "country", at);
    ProductScope scope = scope(o, at);
    Series credit = series(o, "creditPerUnit", at, null);
    Double budget = number(o, "budget", at, Double.NaN, Rule.NON_NEGATIVE);
    return new ProductionCredit(need(id), need(country), need(scope), need(credit),
        need(budget).isNaN() ? OptionalDouble.empty() : OptionalDouble.of(budget));
  }

  private InvestmentCredit investmentCredit(ObjectNode o, Loc at) {
    String id = idField(o, "id", at);
    String country = idField(o, "country", at);
    ProductScope scope = scope(o, at);
    Double share = number(o, "share", at, null, Rule.FRACTION);
    OptionalInt from = optionalPeriod(o, "startFrom", at);
    OptionalInt to = optionalPeriod(o, "startTo", at);
    Double budget = number(o, "budget", at, Double.NaN, Rule.NON_NEGATIVE);
    Set<String> sites = ids(o, "sites", at);
    return new InvestmentCredit(need(id), need(country), need(scope), need(share), need(from), need(to),
        need(budget).isNaN() ? OptionalDouble.empty() : OptionalDouble.of(budget), need(sites));
  }

  private ExchangeRate exchangeRate(ObjectNode o, Loc at) {
    String currency = idField(o, "currency", at);
    Series rate = series(o, "rate", at, null);
    return new ExchangeRate(need(currency), need(rate));
  }

  private SiteGrant siteGrant(ObjectNode o, Loc at) {
    String id = idField(o, "id", at);
    String site = idField(o, "site", at);
    Integer period = present(o, "period") ? period(o.get("period"), src.of(o, "period", at)) : null;
    Double amount = number(o, "amount", at, null, Rule.NON_NEGATIVE);
    return new SiteGrant(need(id), need(site), need(period), need(amount));
  }

  private HiringLimit hiringLimit(ObjectNode o, Loc at) {
    String id = idField(o, "id", at);
    String country = idField(o, "country", at);
    Series hires = series(o, "maxHires", at, null);
    Double start = number(o, "startingJobs", at, Double.NaN, Rule.NON_NEGATIVE);
    return new HiringLimit(need(id), need(country), need(hires),
        need(start).isNaN() ? OptionalDouble.empty() : OptionalDouble.of(start));
  }

  /**
   * @return the fractions a field lists (one fraction, or a list of them; not one per period), an
   *     empty list when absent, or null (with a problem for each wrong one)
   */
  private List<Double> fractions(ObjectNode o, String key, Loc at) {
    if (!present(o, key)) {
      return List.of();
    }
    JsonNode v = o.get(key);
    Loc vAt = src.of(o, key, at);
    if (!v.isArray()) {
      Double d = checkedNumber(v, vAt, Rule.FRACTION);
      return d == null ? null : List.of(d);
    }
    List<Double> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < v.size(); i++) {
      Double d = checkedNumber(v.get(i), src.of(v, i, vAt), Rule.FRACTION);
      ok &= d != null;
      out.add(d);
    }
    return ok ? out : null;
  }

  /** @return the period a field names, empty when it is absent, or null (with a problem) */
  private OptionalInt optionalPeriod(ObjectNode o, String key, Loc at) {
    if (!present(o, key)) {
      return OptionalInt.empty();
    }
    Integer t = period(o.get(key), src.of(o, key, at));
    return t == null ? null : OptionalInt.of(t);
  }

  private JobGrant jobGrant(ObjectNode o, Loc at) {
    String id = idField(o, "id", at);
    String country = idField(o, "country", at);
    Series grant = series(o, "grantPerJob", at, null);
    return new JobGrant(need(id), need(country), need(grant));
  }

  private Policy policy(ObjectNode o, Loc at) {
    String id = idField(o, "id", at);
    String type = text(o, "type", at, null);
    if (type == null) {
      return null;
    }
    Set<String> fields = POLICY_FIELDS.get(type);
    if (fields == null) {
      problems.add(src.of(o, "type", at), "unknown policy type '" + type + "'"
          + Problems.maybe(type, new TreeSet<>(POLICY_FIELDS.keySet())));
      return null;
    }
    for (String f : Kind.POLICIES.fields().keySet()) {
      if (!f.equals("id") && !f.equals("type") && present(o, f) && !fields.contains(f)) {
        problems.add(src.of(o, f, at), "'" + f + "' is not a field of a " + type + " policy, which has "
            + new TreeSet<>(fields));
      }
    }
    for (String f : fields) {
      if (!present(o, f)) {
        problems.add(at.child(f), "missing: a " + type + " policy needs '" + f + "'");
      }
    }
    return switch (type) {
      case "pledge" -> new Policy.InvestmentPledge(need(id), need(idField(o, "country", at)),
          need(number(o, "minimumCapex", at, null, Rule.NON_NEGATIVE)));
      case "employmentFloor" -> new Policy.EmploymentFloor(need(id), need(idField(o, "country", at)),
          need(series(o, "minimumJobs", at, null)));
      case "homeShare" -> new Policy.HomeShare(need(id), need(idField(o, "product", at)),
          need(idField(o, "country", at)), need(number(o, "minimumShare", at, null, Rule.FRACTION)));
      default -> new Policy.ConcentrationCap(need(id), need(idField(o, "product", at)),
          need(number(o, "maximumShare", at, null, Rule.FRACTION)));
    };
  }

  /** @return the products and sectors an element covers ({@code products}, {@code sectors}), or null */
  ProductScope scope(ObjectNode o, Loc at) {
    Set<String> products = ids(o, "products", at);
    Set<String> sectors = ids(o, "sectors", at);
    if (products == null || sectors == null) {
      return null;
    }
    return new ProductScope(products, sectors);
  }

  // =====================================================================================
  // Fields
  // =====================================================================================

  static boolean present(ObjectNode o, String key) {
    return o.has(key) && !o.get(key).isNull();
  }

  /** Reports every key of {@code o} not in {@code known}, with the closest known key as a hint. */
  void keys(ObjectNode o, Loc at, java.util.Collection<String> known, String what) {
    o.fieldNames().forEachRemaining(k -> {
      if (!known.contains(k)) {
        List<String> shown = new ArrayList<>(known);
        shown.remove(Kind.SOURCE);
        problems.add(src.of(o, k, at), "unknown key '" + k + "' in " + what + Problems.maybe(k, shown));
      }
    });
  }

  ObjectNode object(JsonNode node, Loc at, String what) {
    if (node instanceof ObjectNode o) {
      if (Tables.isReference(o)) {
        problems.add(at, "a table ({csv: ...} or {xlsx: ...}) cannot stand here: tables may replace a collection"
            + " (such as sites) or a mapping (demand, lostSalesPenalty, materialCostByCountry)");
        return null;
      }
      return o;
    }
    problems.add(at, "must be " + what + ", not " + Documents.describe(node));
    return null;
  }

  /** @return the id a field holds, null when absent (reported where required) or wrong (reported) */
  String idField(ObjectNode o, String key, Loc at) {
    if (!present(o, key)) {
      return null; // reported as missing where the field is required
    }
    return id(o.get(key), src.of(o, key, at));
  }

  /** @return the id the node holds (a number is read as written), or null (with a problem) */
  String id(JsonNode v, Loc at) {
    String s;
    if (v.isTextual()) {
      s = v.asText();
    } else if (v.isNumber() || v.isBoolean()) {
      s = at.raw() != null ? at.raw() : v.asText();
    } else {
      problems.add(at, "must be an id (a word such as KR), not " + Documents.describe(v));
      return null;
    }
    if (s.isBlank()) {
      problems.add(at, "must not be empty");
      return null;
    }
    if (!s.equals(s.strip())) {
      problems.add(at, "'" + s + "' starts or ends with white space");
      return null;
    }
    return s;
  }

  private String text(ObjectNode o, String key, Loc at, String fallback) {
    if (!present(o, key)) {
      return fallback;
    }
    JsonNode v = o.get(key);
    Loc vAt = src.of(o, key, at);
    if (v.isContainerNode()) {
      problems.add(vAt, "must be text, not " + Documents.describe(v));
      return null;
    }
    return v.isTextual() ? v.asText() : vAt.raw() != null ? vAt.raw() : v.asText();
  }

  /** @return the ids a field lists (one id is a list of one), empty when absent, or null (reported) */
  Set<String> ids(ObjectNode o, String key, Loc at) {
    Set<String> out = new LinkedHashSet<>();
    if (!present(o, key)) {
      return out;
    }
    JsonNode v = o.get(key);
    Loc vAt = src.of(o, key, at);
    if (v.isObject()) {
      problems.add(vAt, "must be a list of ids, such as [KR, VN], not " + Documents.describe(v));
      return null;
    }
    if (!v.isArray()) {
      String s = id(v, vAt);
      if (s == null) {
        return null;
      }
      out.add(s);
      return out;
    }
    boolean ok = true;
    for (int i = 0; i < v.size(); i++) {
      String s = id(v.get(i), src.of(v, i, vAt));
      ok &= s != null;
      out.add(s);
    }
    return ok ? out : null;
  }

  private Set<Integer> periods(ObjectNode o, String key, Loc at) {
    Set<Integer> out = new LinkedHashSet<>();
    if (!present(o, key)) {
      return out;
    }
    JsonNode v = o.get(key);
    Loc vAt = src.of(o, key, at);
    if (v.isObject()) {
      problems.add(vAt, "must be a list of periods (labels such as \"2027\", or 0-based indexes), not "
          + Documents.describe(v));
      return null;
    }
    if (!v.isArray()) {
      Integer t = period(v, vAt);
      if (t == null) {
        return null;
      }
      out.add(t);
      return out;
    }
    boolean ok = true;
    for (int i = 0; i < v.size(); i++) {
      Integer t = period(v.get(i), src.of(v, i, vAt));
      ok &= t != null;
      out.add(t);
    }
    return ok ? out : null;
  }

  /**
   * A period: text is looked up among the labels first, then read as a 0-based index; a number is an
   * index when it lies in the horizon, else it is looked up as a label (so {@code 2027} means the
   * period labelled "2027" in a horizon of five years).
   *
   * @return the 0-based index, or null (with a problem)
   */
  Integer period(JsonNode v, Loc at) {
    List<String> labels = horizon.labels();
    int periods = horizon.periods();
    String range = "periods are " + labels + " (indexes 0 to " + (periods - 1) + ")";
    if (v.isTextual()) {
      String s = v.asText().strip();
      int i = labels.indexOf(s);
      if (i >= 0) {
        return i;
      }
      try {
        int t = Integer.parseInt(s);
        if (t >= 0 && t < periods) {
          return t;
        }
      } catch (NumberFormatException e) {
        // not an index either
      }
      problems.add(at, "no period is labelled '" + s + "': " + range + Problems.maybe(s, labels).replace(
          "\nMaybe use one of " + new TreeSet<>(labels) + ".", ""));
      return null;
    }
    if (v.isIntegralNumber()) {
      long t = v.asLong();
      if (t >= 0 && t < periods) {
        return (int) t;
      }
      int i = labels.indexOf(Long.toString(t));
      if (i >= 0) {
        return i;
      }
      problems.add(at, "period " + t + " is outside the horizon: " + range);
      return null;
    }
    problems.add(at, "must be a period (a label such as \"2027\" or a 0-based index), not " + Documents.describe(v));
    return null;
  }

  Integer integer(ObjectNode o, String key, Loc at, Integer fallback, int min) {
    if (!present(o, key)) {
      return fallback;
    }
    Loc vAt = src.of(o, key, at);
    Double d = numbers.read(o.get(key), vAt, Rule.ANY);
    if (d == null) {
      return null;
    }
    if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      problems.add(vAt, "must be a whole number, not " + o.get(key).asText());
      return null;
    }
    if (d < min) {
      problems.add(vAt, "must be at least " + min + ", not " + d.longValue());
      return null;
    }
    return d.intValue();
  }

  boolean bool(ObjectNode o, String key, Loc at, boolean fallback) {
    if (!present(o, key)) {
      return fallback;
    }
    Boolean b = bool(o.get(key), src.of(o, key, at));
    return b == null ? fallback : b;
  }

  Boolean bool(JsonNode v, Loc at) {
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isTextual() && (v.asText().equalsIgnoreCase("true") || v.asText().equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(v.asText());
    }
    problems.add(at, "must be true or false, not " + Documents.describe(v));
    return null;
  }

  <E extends Enum<E>> E enumValue(ObjectNode o, String key, Loc at, Class<E> type, E fallback) {
    if (!present(o, key)) {
      return fallback;
    }
    return enumOf(o.get(key), src.of(o, key, at), type);
  }

  /**
   * @return the constants a field lists (one name, or a list of names), an empty list when absent,
   *     or null (with a problem for each wrong name)
   */
  <E extends Enum<E>> List<E> enumList(ObjectNode o, String key, Loc at, Class<E> type) {
    if (!present(o, key)) {
      return List.of();
    }
    JsonNode v = o.get(key);
    Loc vAt = src.of(o, key, at);
    if (!v.isArray()) {
      E e = enumOf(v, vAt, type);
      return e == null ? null : List.of(e);
    }
    List<E> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < v.size(); i++) {
      E e = enumOf(v.get(i), src.of(v, i, vAt), type);
      ok &= e != null;
      out.add(e);
    }
    return ok ? out : null;
  }

  private <E extends Enum<E>> E enumOf(JsonNode v, Loc vAt, Class<E> type) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Decoder::enumName).toList();
    if (!v.isTextual()) {
      problems.add(vAt, "must be one of " + names + ", not " + Documents.describe(v));
      return null;
    }
    String s = v.asText();
    for (E e : type.getEnumConstants()) {
      if (normalize(e.name()).equals(normalize(s))) {
        return e;
      }
    }
    problems.add(vAt, "'" + s + "' is not one of " + names + Problems.maybe(s, names).replaceAll("\nMaybe use.*", ""));
    return null;
  }

  /** @return how an enum constant is written in a study: lower case, words joined by '-' */
  static String enumName(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
  }

  /** @return the number, the fallback when absent, or null (with a problem) */
  Double number(ObjectNode o, String key, Loc at, Double fallback, Rule rule) {
    if (!present(o, key)) {
      return fallback;
    }
    return checkedNumber(o.get(key), src.of(o, key, at), rule);
  }

  Double checkedNumber(JsonNode v, Loc at, Rule rule) {
    return numbers.checked(v, at, rule);
  }

  /** @return a series (a number, or one number per period), the fallback when absent, or null */
  Series series(ObjectNode o, String key, Loc at, Series fallback) {
    if (!present(o, key)) {
      return fallback;
    }
    return seriesValue(o.get(key), src.of(o, key, at));
  }

  Series seriesValue(JsonNode v, Loc at) {
    if (!v.isArray()) {
      if (v.isObject()) {
        problems.add(at, "must be a number, or a list of one number per period, not " + Documents.describe(v));
        return null;
      }
      Double d = checkedNumber(v, at, Rule.NON_NEGATIVE);
      return d == null ? null : Series.constant(d);
    }
    if (v.size() != 1 && v.size() != horizon.periods()) {
      problems.add(at, "has " + v.size() + " values but the horizon has " + horizon.periods() + " periods "
          + horizon.labels() + "\nMaybe give one value (the same in every period) or one per period.");
      return null;
    }
    double[] values = new double[v.size()];
    boolean ok = true;
    for (int i = 0; i < v.size(); i++) {
      Double d = checkedNumber(v.get(i), src.of(v, i, at), Rule.NON_NEGATIVE);
      ok &= d != null;
      values[i] = d == null ? 0 : d;
    }
    return ok ? Series.of(values) : null;
  }

  private Map<String, Double> numberMap(ObjectNode o, String key, Loc at, Rule rule) {
    Map<String, Double> out = new HashMap<>();
    if (!present(o, key)) {
      return out;
    }
    JsonNode v = o.get(key);
    Loc vAt = src.of(o, key, at);
    if (!v.isObject()) {
      problems.add(vAt, "must be a mapping from ids to numbers, such as {VN: 4.5}, or a table, not "
          + Documents.describe(v));
      return null;
    }
    boolean[] ok = {true};
    v.fieldNames().forEachRemaining(k -> {
      Double d = checkedNumber(v.get(k), src.of(v, k, vAt), rule);
      ok[0] &= d != null;
      out.put(k, d);
    });
    return ok[0] ? out : null;
  }

  private Map<String, Series> seriesMap(ObjectNode o, String key, Loc at) {
    Map<String, Series> out = new HashMap<>();
    if (!present(o, key)) {
      return out;
    }
    JsonNode v = o.get(key);
    Loc vAt = src.of(o, key, at);
    if (!v.isObject()) {
      problems.add(vAt, "must be a mapping from product ids to a number or one number per period, such as"
          + " {cells: 1000}, or a table, not " + Documents.describe(v));
      return null;
    }
    boolean[] ok = {true};
    v.fieldNames().forEachRemaining(k -> {
      Series s = seriesValue(v.get(k), src.of(v, k, vAt));
      ok[0] &= s != null;
      out.put(k, s);
    });
    return ok[0] ? out : null;
  }

  /** @return the list node's elements, or null with a problem if the node is not a list */
  ArrayNode list(JsonNode v, Loc at, String what) {
    if (v instanceof ArrayNode a) {
      return a;
    }
    problems.add(at, "must be a list of " + what + ", or {csv: file.csv}, not " + Documents.describe(v));
    return null;
  }
}
