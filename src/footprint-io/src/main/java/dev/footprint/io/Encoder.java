package dev.footprint.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.model.CapexAccounting;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.HiringLimit;
import dev.footprint.model.Horizon;
import dev.footprint.model.ExchangeRate;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.JobGrant;
import dev.footprint.model.Market;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.SiteGrant;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffQuota;
import dev.footprint.model.TariffRule;
import dev.footprint.solve.SolveOptions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * Writes domain values as study-file nodes, leaving out what equals its default, so that reading
 * them back gives equal values. Numbers are written in their shortest exact decimal form.
 *
 * <p>(A long class: one writer per kind of element, mirroring {@code Decoder}'s readers, so that what
 * is written and what is read can be checked side by side.)
 */
final class Encoder {
  private final Horizon horizon;
  private final List<String> productOrder;
  private final boolean labelsUnique;

  Encoder(Network network) {
    this.horizon = network.horizon();
    this.productOrder = network.products().stream().map(Product::id).toList();
    this.labelsUnique = new HashSet<>(horizon.labels()).size() == horizon.labels().size();
  }

  static ObjectNode object() {
    return Documents.NODES.objectNode();
  }

  /** @return the number as a node: an integer when whole, else its shortest decimal, never an exponent */
  static JsonNode number(double v) {
    if (v == 0 && Double.doubleToRawLongBits(v) != 0) {
      return Documents.NODES.numberNode(v); // -0.0 keeps its sign
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Documents.NODES.numberNode((long) v);
    }
    if (!Double.isFinite(v) || Math.abs(v) < 1e-12 || Math.abs(v) >= 1e21) {
      return Documents.NODES.numberNode(v);
    }
    return Documents.NODES.numberNode(new BigDecimal(Double.toString(v)).stripTrailingZeros());
  }

  static JsonNode series(Series s) {
    if (s.isConstant()) {
      return number(s.at(0));
    }
    ArrayNode a = Documents.NODES.arrayNode();
    for (double v : s.values()) {
      a.add(number(v));
    }
    return a;
  }

  private JsonNode period(int t) {
    return labelsUnique && t < horizon.periods() ? Documents.NODES.textNode(horizon.label(t))
        : Documents.NODES.numberNode(t);
  }

  static ArrayNode ids(Collection<String> ids, Comparator<String> order) {
    List<String> sorted = new ArrayList<>(ids);
    sorted.sort(order);
    ArrayNode a = Documents.NODES.arrayNode();
    sorted.forEach(a::add);
    return a;
  }

  private Comparator<String> productOrder() {
    return Comparator.<String>comparingInt(p -> productOrder.indexOf(p) < 0 ? Integer.MAX_VALUE
        : productOrder.indexOf(p)).thenComparing(Comparator.naturalOrder());
  }

  private static boolean differs(double value, double fallback) {
    return Double.compare(value, fallback) != 0;
  }

  ObjectNode horizon() {
    ObjectNode o = object();
    List<String> labels = horizon.labels();
    if (labels.equals(Horizon.of(horizon.periods(), 0).labels())) {
      o.put("periods", horizon.periods());
    } else if (isYears(labels)) {
      o.put("firstYear", Integer.parseInt(labels.get(0)));
      o.put("periods", horizon.periods());
    } else {
      ArrayNode a = o.putArray("labels");
      labels.forEach(a::add);
    }
    if (differs(horizon.discountRate(), 0)) {
      o.set("discountRate", number(horizon.discountRate()));
    }
    if (horizon.capexAccounting() != CapexAccounting.FULL) {
      o.put("capexAccounting", Decoder.enumName(horizon.capexAccounting()));
    }
    if (horizon.objective() != dev.footprint.model.Objective.MIN_COST) {
      o.put("objective", Decoder.enumName(horizon.objective()));
    }
    if (horizon.terminalValue().kind() == dev.footprint.model.TerminalValue.Kind.PERIODS) {
      o.put("terminalValue", horizon.terminalValue().periods());
    } else if (!horizon.terminalValue().isNone()) {
      o.put("terminalValue", horizon.terminalValue().toString());
    }
    return o;
  }

  private static boolean isYears(List<String> labels) {
    try {
      int first = Integer.parseInt(labels.get(0));
      for (int t = 0; t < labels.size(); t++) {
        if (!labels.get(t).equals(Integer.toString(first + t))) {
          return false;
        }
      }
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** @return the money: its currency, and its unit as a word where there is one, else as a number */
  static ObjectNode money(Money m) {
    ObjectNode o = object();
    o.put("currency", m.currency());
    if (differs(m.unit(), 1)) {
      String word = MoneyReader.WORDS.entrySet().stream().filter(e -> e.getValue() == m.unit())
          .map(java.util.Map.Entry::getKey).findFirst().orElse(null);
      o.set("unit", word != null ? Documents.NODES.textNode(word) : number(m.unit()));
    }
    return o;
  }

  static ObjectNode options(SolveOptions o) {
    SolveOptions d = SolveOptions.defaults();
    ObjectNode n = object();
    if (o.backend() != d.backend()) {
      n.put("backend", Decoder.enumName(o.backend()));
    }
    if (!o.timeLimit().isZero()) {
      n.set("timeLimitSeconds", number(o.timeLimit().toNanos() / 1e9));
    }
    if (differs(o.relativeGap(), d.relativeGap())) {
      n.set("relativeGap", number(o.relativeGap()));
    }
    if (o.threads() != d.threads()) {
      n.put("threads", o.threads());
    }
    if (o.seed() != d.seed()) {
      n.put("seed", o.seed());
    }
    if (o.verify() != d.verify()) {
      n.put("verify", o.verify());
    }
    if (o.relaxIntegrality() != d.relaxIntegrality()) {
      n.put("relaxIntegrality", o.relaxIntegrality());
    }
    if (o.strengthenLinking() != d.strengthenLinking()) {
      n.put("strengthenLinking", o.strengthenLinking());
    }
    if (o.solverLog() != d.solverLog()) {
      n.put("solverLog", o.solverLog());
    }
    if (!o.portfolio().isEmpty()) {
      ArrayNode p = n.putArray("portfolio");
      o.portfolio().forEach(b -> p.add(Decoder.enumName(b)));
    }
    if (o.decomposition() != d.decomposition()) {
      n.put("decomposition", Decoder.enumName(o.decomposition()));
    }
    if (!o.fixedSiteStatus().isEmpty()) {
      ObjectNode f = n.putObject("fixedSiteStatus");
      o.fixedSiteStatus().keySet().stream().sorted().forEach(site -> {
        ArrayNode a = f.putArray(site);
        o.fixedSiteStatus().get(site).forEach(a::add);
      });
    }
    return n;
  }

  /** @return the node of any element of a network */
  ObjectNode element(Object e) {
    if (e instanceof Country c) {
      return country(c);
    } else if (e instanceof Product p) {
      return product(p);
    } else if (e instanceof Site s) {
      return site(s);
    } else if (e instanceof Market m) {
      return market(m);
    } else if (e instanceof FreightRate r) {
      return freight(r);
    } else if (e instanceof TariffMeasure t) {
      return tariff(t);
    } else if (e instanceof TariffQuota q) {
      return quota(q);
    } else if (e instanceof ProductionCredit c) {
      return productionCredit(c);
    } else if (e instanceof InvestmentCredit c) {
      return investmentCredit(c);
    } else if (e instanceof JobGrant g) {
      return jobGrant(g);
    } else if (e instanceof SiteGrant g) {
      return siteGrant(g);
    } else if (e instanceof dev.footprint.model.CapacityStep k) {
      return capacityStep(k);
    } else if (e instanceof dev.footprint.model.SupplierOffer s) {
      ObjectNode o = object();
      o.put("id", s.id());
      o.put("product", s.product());
      o.put("country", s.country());
      o.set("pricePerUnit", series(s.pricePerUnit()));
      o.set("capacity", series(s.capacity()));
      return o;
    } else if (e instanceof Policy p) {
      return policy(p);
    } else if (e instanceof ExchangeRate r) {
      ObjectNode o = object();
      o.put("currency", r.currency());
      o.set("rate", series(r.rate()));
      return o;
    } else if (e instanceof HiringLimit h) {
      return hiringLimit(h);
    } else if (OriginElements.isOne(e)) {
      return OriginElements.write(this, e);
    }
    throw new IllegalArgumentException("not an element of a network: " + e);
  }

  private static void name(ObjectNode o, String id, String name) {
    o.put("id", id);
    if (!name.equals(id)) {
      o.put("name", name);
    }
  }

  private ObjectNode country(Country c) {
    ObjectNode o = object();
    name(o, c.id(), c.name());
    o.set("laborCostPerHour", series(c.laborCostPerHour()));
    if (differs(c.productivity(), 1)) {
      o.set("productivity", number(c.productivity()));
    }
    if (differs(c.hoursPerJob(), Country.DEFAULT_HOURS_PER_JOB)) {
      o.set("hoursPerJob", number(c.hoursPerJob()));
    }
    c.currency().ifPresent(code -> o.put("currency", code));
    return o;
  }

  private ObjectNode product(Product p) {
    ObjectNode o = object();
    name(o, p.id(), p.name());
    o.put("sector", p.sector());
    o.set("laborHoursPerUnit", number(p.laborHoursPerUnit()));
    o.set("materialCostPerUnit", number(p.materialCostPerUnit()));
    if (!p.materialCostByCountry().isEmpty()) {
      ObjectNode m = o.putObject("materialCostByCountry");
      p.materialCostByCountry().keySet().stream().sorted().forEach(c -> m.set(c, number(p.materialCostByCountry().get(c))));
    }
    if (differs(p.capacityUsePerUnit(), 1)) {
      o.set("capacityUsePerUnit", number(p.capacityUsePerUnit()));
    }
    if (p.declaredCustomsValue().isPresent()) {
      o.set("declaredCustomsValue", number(p.declaredCustomsValue().getAsDouble()));
    }
    if (differs(p.customsMarkup(), 0)) {
      o.set("customsMarkup", number(p.customsMarkup()));
    }
    if (!p.unit().equals(Product.DEFAULT_UNIT)) {
      o.put("unit", p.unit());
    }
    if (!p.components().isEmpty()) {
      ObjectNode m = o.putObject("components");
      p.components().forEach((c, q) -> m.set(c, number(q)));
    }
    return o;
  }

  private ObjectNode site(Site s) {
    ObjectNode o = object();
    name(o, s.id(), s.name());
    o.put("country", s.country());
    o.put("kind", Decoder.enumName(s.kind()));
    o.set("capacity", series(s.capacity()));
    if (!s.fixedCost().equals(Series.zero())) {
      o.set("fixedCost", series(s.fixedCost()));
    }
    if (differs(s.openingCapex(), 0)) {
      o.set("openingCapex", number(s.openingCapex()));
    }
    if (differs(s.closingCost(), 0)) {
      o.set("closingCost", number(s.closingCost()));
    }
    if (s.openingPeriod() != 0) {
      o.set("openingPeriod", s.openingPeriod() < horizon.periods() ? period(s.openingPeriod())
          : Documents.NODES.numberNode(s.openingPeriod()));
    }
    if (!s.products().isEmpty()) {
      o.set("products", ids(s.products(), productOrder()));
    }
    if (s.assetLife() != 0) {
      o.put("assetLife", s.assetLife());
    }
    if (s.buildPeriods() != 0) {
      o.put("buildPeriods", s.buildPeriods());
    }
    if (differs(s.fixedJobs(), 0)) {
      o.set("fixedJobs", number(s.fixedJobs()));
    }
    if (differs(s.severancePerJob(), 0)) {
      o.set("severancePerJob", number(s.severancePerJob()));
    }
    if (s.closable()) {
      o.put("closable", true);
    }
    if (!s.rampUp().isEmpty()) {
      ArrayNode ramp = o.putArray("rampUp"); // always a list: one share is not one per period
      s.rampUp().forEach(share -> ramp.add(number(share)));
    }
    if (s.variableSeverance()) {
      o.put("variableSeverance", true);
    }
    if (s.foreignTradeZone()) {
      o.put("foreignTradeZone", true);
    }
    return o;
  }

  private ObjectNode capacityStep(dev.footprint.model.CapacityStep k) {
    ObjectNode o = object();
    o.put("id", k.id());
    o.put("site", k.site());
    o.set("capacityIncrement", series(k.capacityIncrement()));
    o.set("capex", number(k.capex()));
    if (k.earliestPeriod() != 0) {
      o.set("earliestPeriod", period(k.earliestPeriod()));
    }
    if (k.maxCount() != 1) {
      o.put("maxCount", k.maxCount());
    }
    if (k.assetLife() != 0) {
      o.put("assetLife", k.assetLife());
    }
    return o;
  }

  private ObjectNode market(Market m) {
    ObjectNode o = object();
    name(o, m.id(), m.name());
    if (!m.country().equals(m.id())) {
      o.put("country", m.country());
    }
    if (!m.demand().isEmpty()) {
      ObjectNode d = o.putObject("demand");
      m.demand().keySet().stream().sorted(productOrder()).forEach(p -> d.set(p, series(m.demand().get(p))));
    }
    if (!m.lostSalesPenalty().isEmpty()) {
      ObjectNode d = o.putObject("lostSalesPenalty");
      m.lostSalesPenalty().keySet().stream().sorted(productOrder())
          .forEach(p -> d.set(p, number(m.lostSalesPenalty().get(p))));
    }
    if (m.singleSource()) {
      o.put("singleSource", true);
    }
    if (!m.prices().isEmpty()) {
      ObjectNode d = o.putObject("prices");
      m.prices().keySet().stream().sorted(productOrder()).forEach(p -> d.set(p, series(m.prices().get(p))));
    }
    if (!m.minServiceShare().isEmpty()) {
      ObjectNode d = o.putObject("minServiceShare");
      m.minServiceShare().keySet().stream().sorted(productOrder())
          .forEach(p -> d.set(p, number(m.minServiceShare().get(p))));
    }
    return o;
  }

  private ObjectNode freight(FreightRate r) {
    ObjectNode o = object();
    o.put("origin", r.origin());
    o.put("destination", r.destination());
    r.product().ifPresent(p -> o.put("product", p));
    r.site().ifPresent(s -> o.put("site", s));
    o.set("costPerUnit", number(r.costPerUnit()));
    return o;
  }

  /** Writes the products and sectors a scope covers, none for every product. */
  void scope(ObjectNode o, ProductScope scope) {
    if (!scope.products().isEmpty()) {
      o.set("products", ids(scope.products(), productOrder()));
    }
    if (!scope.sectors().isEmpty()) {
      o.set("sectors", ids(scope.sectors(), Comparator.naturalOrder()));
    }
  }

  private ObjectNode tariff(TariffMeasure t) {
    ObjectNode o = object();
    o.put("id", t.id());
    o.put("destination", t.destination());
    if (!t.origins().isEmpty()) {
      o.set("origins", ids(t.origins(), Comparator.naturalOrder()));
    }
    scope(o, t.scope());
    if (!t.periods().isEmpty()) {
      ArrayNode a = o.putArray("periods");
      t.periods().stream().sorted().forEach(p -> a.add(p < horizon.periods() ? period(p)
          : Documents.NODES.numberNode(p)));
    }
    if (differs(t.adValoremRate(), 0)) {
      o.set("rate", number(t.adValoremRate()));
    }
    if (differs(t.specificDutyPerUnit(), 0)) {
      o.set("specificDutyPerUnit", number(t.specificDutyPerUnit()));
    }
    if (t.rule() != TariffRule.ADD) {
      o.put("rule", Decoder.enumName(t.rule()));
    }
    t.originCondition().ifPresent(c -> OriginElements.writeCondition(o, c));
    return o;
  }

  private ObjectNode quota(TariffQuota q) {
    ObjectNode o = object();
    o.put("id", q.id());
    o.put("product", q.product());
    o.put("destination", q.destination());
    if (!q.origins().isEmpty()) {
      o.set("origins", ids(q.origins(), Comparator.naturalOrder()));
    }
    if (!q.periods().isEmpty()) {
      ArrayNode a = o.putArray("periods");
      q.periods().stream().sorted().forEach(p -> a.add(p < horizon.periods() ? period(p)
          : Documents.NODES.numberNode(p)));
    }
    o.set("volume", series(q.volume()));
    o.set("inQuotaRate", number(q.inQuotaRate()));
    if (differs(q.inQuotaSpecificDutyPerUnit(), 0)) {
      o.set("inQuotaSpecificDutyPerUnit", number(q.inQuotaSpecificDutyPerUnit()));
    }
    if (q.outOfQuotaRate().isPresent()) {
      o.set("outOfQuotaRate", number(q.outOfQuotaRate().getAsDouble()));
    }
    if (differs(q.outOfQuotaSpecificDutyPerUnit(), 0)) {
      o.set("outOfQuotaSpecificDutyPerUnit", number(q.outOfQuotaSpecificDutyPerUnit()));
    }
    return o;
  }

  private ObjectNode productionCredit(ProductionCredit c) {
    ObjectNode o = object();
    o.put("id", c.id());
    o.put("country", c.country());
    scope(o, c.scope());
    o.set("creditPerUnit", series(c.creditPerUnit()));
    if (c.budget().isPresent()) {
      o.set("budget", number(c.budget().getAsDouble()));
    }
    return o;
  }

  private ObjectNode investmentCredit(InvestmentCredit c) {
    ObjectNode o = object();
    o.put("id", c.id());
    o.put("country", c.country());
    scope(o, c.scope());
    o.set("share", number(c.share()));
    c.startFrom().ifPresent(t -> o.set("startFrom", period(t)));
    c.startTo().ifPresent(t -> o.set("startTo", period(t)));
    if (c.budget().isPresent()) {
      o.set("budget", number(c.budget().getAsDouble()));
    }
    if (!c.sites().isEmpty()) {
      o.set("sites", ids(c.sites(), Comparator.naturalOrder()));
    }
    return o;
  }

  private ObjectNode siteGrant(SiteGrant g) {
    ObjectNode o = object();
    o.put("id", g.id());
    o.put("site", g.site());
    o.set("period", period(g.period()));
    o.set("amount", number(g.amount()));
    return o;
  }

  private ObjectNode jobGrant(JobGrant g) {
    ObjectNode o = object();
    o.put("id", g.id());
    o.put("country", g.country());
    o.set("grantPerJob", series(g.grantPerJob()));
    return o;
  }

  private ObjectNode hiringLimit(HiringLimit h) {
    ObjectNode o = object();
    o.put("id", h.id());
    o.put("country", h.country());
    o.set("maxHires", series(h.maxHires()));
    h.startingJobs().ifPresent(v -> o.set("startingJobs", number(v)));
    return o;
  }

  private ObjectNode policy(Policy p) {
    ObjectNode o = object();
    o.put("id", p.id());
    if (p instanceof Policy.InvestmentPledge x) {
      o.put("type", "pledge");
      o.put("country", x.country());
      o.set("minimumCapex", number(x.minimumCapex()));
    } else if (p instanceof Policy.EmploymentFloor x) {
      o.put("type", "employmentFloor");
      o.put("country", x.country());
      o.set("minimumJobs", series(x.minimumJobs()));
    } else if (p instanceof Policy.HomeShare x) {
      o.put("type", "homeShare");
      o.put("product", x.product());
      o.put("country", x.country());
      o.set("minimumShare", number(x.minimumShare()));
    } else if (p instanceof Policy.ConcentrationCap x) {
      o.put("type", "concentrationCap");
      o.put("product", x.product());
      o.set("maximumShare", number(x.maximumShare()));
    }
    return o;
  }

  /** Writes the whole network as the top-level keys of a study file. */
  void network(Network n, ObjectNode out) {
    out.set("horizon", horizon());
    for (Kind k : Kind.values()) {
      List<?> items = k.of(n);
      if (!items.isEmpty()) {
        ArrayNode a = out.putArray(k.collection());
        items.forEach(e -> a.add(element(e)));
      }
    }
  }
}
