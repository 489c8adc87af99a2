package dev.footprint.io;

import dev.footprint.model.Country;
import dev.footprint.model.ExchangeRate;
import dev.footprint.model.FreightRate;
import dev.footprint.model.HiringLimit;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.JobGrant;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Site;
import dev.footprint.model.SiteGrant;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffQuota;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The collections of a study file, in file order, with the fields each element may have. */
enum Kind {
  COUNTRIES("countries", "country", n -> n.countries(),
      "id", Type.ID, "name", Type.TEXT, "laborCostPerHour", Type.SERIES, "productivity", Type.NUMBER,
      "hoursPerJob", Type.NUMBER, "currency", Type.ID),
  PRODUCTS("products", "product", n -> n.products(),
      "id", Type.ID, "name", Type.TEXT, "sector", Type.ID, "laborHoursPerUnit", Type.NUMBER,
      "materialCostPerUnit", Type.NUMBER, "materialCostByCountry", Type.NUMBER_MAP,
      "capacityUsePerUnit", Type.NUMBER, "declaredCustomsValue", Type.NUMBER, "customsMarkup", Type.NUMBER,
      "unit", Type.TEXT, "components", Type.NUMBER_MAP),
  SITES("sites", "site", n -> n.sites(),
      "id", Type.ID, "name", Type.TEXT, "country", Type.ID, "kind", Type.ENUM, "capacity", Type.SERIES,
      "fixedCost", Type.SERIES, "openingCapex", Type.NUMBER, "closingCost", Type.NUMBER,
      "openingPeriod", Type.PERIOD, "products", Type.IDS, "assetLife", Type.NUMBER, "buildPeriods", Type.NUMBER,
      "fixedJobs", Type.NUMBER, "severancePerJob", Type.NUMBER, "closable", Type.BOOLEAN, "rampUp", Type.SERIES,
      "variableSeverance", Type.BOOLEAN, "foreignTradeZone", Type.BOOLEAN),
  MARKETS("markets", "market", n -> n.markets(),
      "id", Type.ID, "name", Type.TEXT, "country", Type.ID, "demand", Type.SERIES_MAP,
      "lostSalesPenalty", Type.NUMBER_MAP, "singleSource", Type.BOOLEAN, "prices", Type.SERIES_MAP,
      "minServiceShare", Type.NUMBER_MAP),
  FREIGHT("freight", "freight rate", n -> n.freight(),
      "origin", Type.ID, "destination", Type.ID, "product", Type.ID, "site", Type.ID,
      "costPerUnit", Type.NUMBER),
  TARIFFS("tariffs", "tariff", n -> n.tariffs(),
      "id", Type.ID, "destination", Type.ID, "origins", Type.IDS, "products", Type.IDS, "sectors", Type.IDS,
      "periods", Type.PERIODS, "rate", Type.NUMBER, "specificDutyPerUnit", Type.NUMBER, "rule", Type.ENUM,
      "originStatus", Type.ENUM, "agreement", Type.ID),
  QUOTAS("quotas", "quota", n -> n.quotas(),
      "id", Type.ID, "product", Type.ID, "destination", Type.ID, "origins", Type.IDS, "periods", Type.PERIODS,
      "volume", Type.SERIES, "inQuotaRate", Type.NUMBER, "inQuotaSpecificDutyPerUnit", Type.NUMBER,
      "outOfQuotaRate", Type.NUMBER, "outOfQuotaSpecificDutyPerUnit", Type.NUMBER),
  PRODUCTION_CREDITS("productionCredits", "production credit",
      n -> n.productionCredits(),
      "id", Type.ID, "country", Type.ID, "products", Type.IDS, "sectors", Type.IDS,
      "creditPerUnit", Type.SERIES, "budget", Type.NUMBER),
  INVESTMENT_CREDITS("investmentCredits", "investment credit",
      n -> n.investmentCredits(),
      "id", Type.ID, "country", Type.ID, "products", Type.IDS, "sectors", Type.IDS, "share", Type.NUMBER,
      "startFrom", Type.PERIOD, "startTo", Type.PERIOD, "budget", Type.NUMBER, "sites", Type.IDS),
  JOB_GRANTS("jobGrants", "job grant", n -> n.jobGrants(),
      "id", Type.ID, "country", Type.ID, "grantPerJob", Type.SERIES),
  SITE_GRANTS("siteGrants", "site grant", n -> n.siteGrants(),
      "id", Type.ID, "site", Type.ID, "period", Type.PERIOD, "amount", Type.NUMBER),
  CAPACITY_STEPS("capacitySteps", "capacity step", n -> n.capacitySteps(),
      "id", Type.ID, "site", Type.ID, "capacityIncrement", Type.SERIES, "capex", Type.NUMBER,
      "earliestPeriod", Type.PERIOD, "maxCount", Type.NUMBER, "assetLife", Type.NUMBER),
  POLICIES("policies", "policy", n -> n.policies(),
      "id", Type.ID, "type", Type.ENUM, "country", Type.ID, "product", Type.ID, "minimumCapex", Type.NUMBER,
      "minimumJobs", Type.SERIES, "minimumShare", Type.NUMBER, "maximumShare", Type.NUMBER),
  EXCHANGE_RATES("exchangeRates", "exchange rate", n -> n.exchangeRates(),
      "currency", Type.ID, "rate", Type.SERIES),
  HIRING_LIMITS("hiringLimits", "hiring limit", n -> n.hiringLimits(),
      "id", Type.ID, "country", Type.ID, "maxHires", Type.SERIES, "startingJobs", Type.NUMBER),
  SUPPLIER_OFFERS("supplierOffers", "supplier offer", n -> n.supplierOffers(),
      "id", Type.ID, "product", Type.ID, "country", Type.ID, "pricePerUnit", Type.SERIES, "capacity", Type.SERIES),
  AGREEMENTS("agreements", "agreement", n -> n.agreements(),
      "id", Type.ID, "members", Type.IDS),
  ORIGIN_RULES("originRules", "origin rule", n -> n.originRules(),
      "id", Type.ID, "agreement", Type.ID, "product", Type.ID, "minContentShare", Type.NUMBER, "method", Type.ENUM),
  TRANSSHIPMENT_RULES("transshipmentRules", "transshipment rule", n -> n.transshipmentRules(),
      "id", Type.ID, "destination", Type.ID, "origins", Type.IDS, "products", Type.IDS, "sectors", Type.IDS,
      "maxForeignContentShare", Type.NUMBER, "penaltyRate", Type.NUMBER),
  DUTY_DRAWBACKS("dutyDrawbacks", "duty drawback", n -> n.dutyDrawbacks(),
      "id", Type.ID, "country", Type.ID, "products", Type.IDS, "sectors", Type.IDS, "share", Type.NUMBER);

  /** How a field's value is written. */
  enum Type {
    /** An id: text (a number is read as its text). */
    ID,
    /** Free text. */
    TEXT,
    /** A number. */
    NUMBER,
    /** A number, or a list of one number per period. */
    SERIES,
    /** A period: its label (text) or its 0-based index. */
    PERIOD,
    /** One of a fixed set of words. */
    ENUM,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A list of ids (a single id is a list of one). */
    IDS,
    /** A list of periods. */
    PERIODS,
    /** A mapping from ids to numbers, or a table. */
    NUMBER_MAP,
    /** A mapping from ids to numbers or per-period lists, or a table. */
    SERIES_MAP
  }

  /** The field every element may carry to cite where its figures come from; it is not read. */
  static final String SOURCE = "source";

  private final String collection;
  private final String singular;
  private final Function<Network, List<?>> list;
  private final Map<String, Type> fields;

  Kind(String collection, String singular, Function<Network, List<?>> list, Object... fields) {
    this.collection = collection;
    this.singular = singular;
    this.list = list;
    Map<String, Type> m = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      m.put((String) fields[i], (Type) fields[i + 1]);
    }
    this.fields = m;
  }

  /** @return the key of the collection in a study file, such as {@code sites} */
  String collection() {
    return collection;
  }

  /** @return a display word for one element, such as {@code site} */
  String singular() {
    return singular;
  }

  /** @return the fields an element may have and how each is written (without {@link #SOURCE}) */
  Map<String, Type> fields() {
    return fields;
  }

  /** @return the elements of this kind in a network */
  List<?> of(Network network) {
    return list.apply(network);
  }

  /** @return the fields an element must have (for policies, those every type needs) */
  Set<String> required() {
    return switch (this) {
      case COUNTRIES -> Set.of("id", "laborCostPerHour");
      case PRODUCTS -> Set.of("id", "sector", "laborHoursPerUnit", "materialCostPerUnit");
      case SITES -> Set.of("id", "country", "kind", "capacity");
      case MARKETS -> Set.of("id");
      case FREIGHT -> Set.of("origin", "destination", "costPerUnit");
      case TARIFFS -> Set.of("id", "destination");
      case QUOTAS -> Set.of("id", "product", "destination", "volume", "inQuotaRate");
      case PRODUCTION_CREDITS -> Set.of("id", "country", "creditPerUnit");
      case INVESTMENT_CREDITS -> Set.of("id", "country", "share");
      case JOB_GRANTS -> Set.of("id", "country", "grantPerJob");
      case SITE_GRANTS -> Set.of("id", "site", "period", "amount");
      case CAPACITY_STEPS -> Set.of("id", "site", "capacityIncrement", "capex");
      case POLICIES -> Set.of("id", "type");
      case EXCHANGE_RATES -> Set.of("currency", "rate");
      case HIRING_LIMITS -> Set.of("id", "country", "maxHires");
      case SUPPLIER_OFFERS -> Set.of("id", "product", "country", "pricePerUnit", "capacity");
      case AGREEMENTS -> Set.of("id", "members");
      case ORIGIN_RULES -> Set.of("id", "agreement", "product", "minContentShare", "method");
      case TRANSSHIPMENT_RULES -> Set.of("id", "destination", "maxForeignContentShare", "penaltyRate");
      case DUTY_DRAWBACKS -> Set.of("id", "country", "share");
    };
  }

  /** @return whether elements have an {@code id} (freight rates and exchange rates do not) */
  boolean hasId() {
    return this != FREIGHT && this != EXCHANGE_RATES;
  }

  /**
   * @param element an element of this kind
   * @return its key in scenario paths: the id, or for a freight rate its description such as
   *     {@code KR->US [cells] @KR-Ulsan}
   */
  String key(Object element) {
    if (element instanceof FreightRate r) {
      return r.describe();
    }
    if (element instanceof Policy p) {
      return p.id();
    }
    return switch (this) {
      case COUNTRIES -> ((Country) element).id();
      case PRODUCTS -> ((Product) element).id();
      case SITES -> ((Site) element).id();
      case MARKETS -> ((Market) element).id();
      case TARIFFS -> ((TariffMeasure) element).id();
      case QUOTAS -> ((TariffQuota) element).id();
      case PRODUCTION_CREDITS -> ((ProductionCredit) element).id();
      case INVESTMENT_CREDITS -> ((InvestmentCredit) element).id();
      case JOB_GRANTS -> ((JobGrant) element).id();
      case SITE_GRANTS -> ((SiteGrant) element).id();
      case CAPACITY_STEPS -> ((dev.footprint.model.CapacityStep) element).id();
      case EXCHANGE_RATES -> ((ExchangeRate) element).currency();
      case HIRING_LIMITS -> ((HiringLimit) element).id();
      case SUPPLIER_OFFERS -> ((dev.footprint.model.SupplierOffer) element).id();
      case AGREEMENTS -> ((dev.footprint.model.TradeAgreement) element).id();
      case ORIGIN_RULES -> ((dev.footprint.model.OriginRule) element).id();
      case TRANSSHIPMENT_RULES -> ((dev.footprint.model.TransshipmentRule) element).id();
      case DUTY_DRAWBACKS -> ((dev.footprint.model.DutyDrawback) element).id();
      default -> throw new IllegalArgumentException(String.valueOf(element));
    };
  }

  /** @return the kind whose collection key is {@code name}, or null */
  static Kind byCollection(String name) {
    return Arrays.stream(values()).filter(k -> k.collection.equals(name)).findFirst().orElse(null);
  }

  /** @return the collection keys of every kind */
  static List<String> collections() {
    return Arrays.stream(values()).map(Kind::collection).toList();
  }
}
