package dev.footprint.io.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.analysis.BreakEven;
import dev.footprint.analysis.Frontier;
import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.RobustFootprint;
import dev.footprint.analysis.Sensitivity;
import dev.footprint.analysis.Summary;
import dev.footprint.analysis.Sweep;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.result.Allocation;
import dev.footprint.result.CostKind;
import dev.footprint.result.Evaluation;
import dev.footprint.result.LostSale;
import dev.footprint.result.QuotaUse;
import dev.footprint.result.Shipment;
import dev.footprint.result.VerificationReport;
import dev.footprint.result.Violation;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolverStats;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The JSON documents of {@code result.json} and of {@code --json}: every figure of a result, with
 * what is needed to reproduce it. Numbers that are not finite (no bound, an infeasible point) are
 * written as {@code null}. Cost figures are present values in the network's money, which each
 * document states as {@code money: {currency, unit, label}} where it is known; capex is gross and
 * undiscounted. Quantities are in each product's unit ({@code productUnits}).
 *
 * <p>Every document is written here, field by field, so that their shapes stay consistent; that is
 * why the class is long.
 */
public final class ResultJson {
  private ResultJson() {}

  /** The mapper used for every document: indented output. Never handed out, so nobody reconfigures it. */
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** @return a new, empty JSON object for a document or part of one */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** @return a new, empty JSON array */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /**
   * @param doc a document
   * @return the document as indented JSON text, without a final line break
   */
  public static String text(JsonNode doc) {
    try {
      return MAPPER.writeValueAsString(doc);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * @param money a network's money
   * @return {@code {currency, unit, label}}, such as {@code {"currency": "USD", "unit": 1000000.0,
   *     "label": "USD millions"}}
   */
  public static ObjectNode money(Money money) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("currency", money.currency());
    o.put("unit", money.unit());
    o.put("label", money.label());
    return o;
  }

  /** Sets a document's money, or null when it is not known. */
  private static void putMoney(ObjectNode doc, Money money) {
    if (money == null) {
      doc.putNull("money");
    } else {
      doc.set("money", money(money));
    }
  }

  /** The format version of the documents; it changes when a field changes meaning or goes away. */
  public static final int FORMAT = 1;

  /**
   * @param run the run
   * @param kind what the document holds: {@code solve}, {@code compare}, {@code sweep}, ...
   * @return a document with the run's facts, to which the result is added
   */
  public static ObjectNode document(RunInfo run, String kind) {
    ObjectNode doc = MAPPER.createObjectNode();
    doc.put("format", FORMAT);
    doc.put("kind", kind);
    ObjectNode versions = doc.putObject("versions");
    versions.put("footprint", run.footprintVersion());
    versions.put("orTools", run.orToolsVersion());
    ObjectNode study = doc.putObject("study");
    study.put("name", run.studyName());
    study.put("file", run.studyFile());
    study.put("sha256", run.studySha256());
    doc.put("command", run.command());
    doc.put("generatedAt", run.generatedAt().toString());
    return doc;
  }

  /**
   * The document of {@code solve} and {@code compare}: each scenario's full result and, where the
   * base has an allocation, its deltas against the base. The document's {@code money} is the
   * scenarios' money, or null if they state it differently (each scenario states its own).
   *
   * @param run the run
   * @param kind {@code solve} or {@code compare}
   * @param solutions solutions by scenario name, in display order
   * @param base the base scenario's name, or null for none
   * @return the document
   */
  public static ObjectNode scenarios(RunInfo run, String kind, Map<String, Solution> solutions, String base) {
    ObjectNode doc = document(run, kind);
    putMoney(doc, solutions.values().stream().map(x -> x.network().money()).distinct().count() == 1
        ? solutions.values().iterator().next().network().money() : null);
    Solution baseSolution = base == null ? null : solutions.get(base);
    if (baseSolution != null) {
      doc.put("base", base);
    } else {
      doc.putNull("base");
    }
    ArrayNode list = doc.putArray("scenarios");
    solutions.forEach((name, s) -> list.add(solution(name, s, name.equals(base) ? null : baseSolution)));
    return doc;
  }

  /**
   * @param name the scenario's name
   * @param s its solution
   * @param base the base's solution to compute deltas against, or null
   * @return everything in the solution
   */
  public static ObjectNode solution(String name, Solution s, Solution base) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("name", name);
    o.put("status", s.status().name());
    SolverStats st = s.stats();
    put(o, "objective", s.hasAllocation() ? s.objective() : Double.NaN);
    put(o, "bound", st.bestBound());
    put(o, "gap", st.relativeGap());
    ObjectNode stats = o.putObject("stats");
    stats.put("backend", st.backend().name());
    stats.put("backendVersion", st.backendVersion());
    stats.put("backendStatus", st.backendStatus());
    stats.put("buildMillis", st.buildMillis());
    stats.put("solveMillis", st.solveMillis());
    stats.put("variables", st.variables());
    stats.put("integerVariables", st.integerVariables());
    stats.put("constraints", st.constraints());
    stats.put("nonzeros", st.nonzeros());
    stats.put("relaxed", st.relaxed());
    Network n = s.network();
    o.set("money", money(n.money()));
    ObjectNode units = o.putObject("productUnits");
    n.products().forEach(p -> units.put(p.id(), p.unit()));
    ArrayNode periods = o.putArray("periods");
    n.horizon().labels().forEach(periods::add);
    o.put("objectiveSense", n.horizon().maximizesProfit() ? "max-profit" : "min-cost");
    if (s.diagnosis().isPresent()) {
      o.put("diagnosis", s.diagnosis().get());
    } else {
      o.putNull("diagnosis");
    }
    if (!s.hasAllocation()) {
      o.putNull("allocation");
      o.putNull("costs");
      o.putNull("verification");
      return o;
    }
    Allocation a = s.allocation();
    Evaluation e = s.evaluation();
    o.set("allocation", allocation(a));
    ObjectNode costs = o.putObject("costs");
    put(costs, "total", e.total());
    if (n.horizon().maximizesProfit()) {
      // profit mode: the total (the objective) is cost less revenue
      put(costs, "revenue", e.revenue());
      put(costs, "profit", e.profit());
    }
    costs.set("byKind", kinds(e.byKind()));
    ObjectNode byProduct = costs.putObject("byProduct");
    e.byProduct().forEach((k, v) -> byProduct.set(k, kinds(v)));
    ObjectNode byCountry = costs.putObject("byCountry");
    e.byCountry().forEach((k, v) -> byCountry.set(k, kinds(v)));
    o.set("tariffsByLane", numbers(e.tariffsByLane()));
    o.set("dutyByRule", numbers(e.dutyByRule()));
    o.set("subsidiesByProgram", numbers(e.subsidiesByProgram()));
    o.set("capexByCountry", numbers(e.capexByCountry()));
    ObjectNode jobs = o.putObject("jobsByCountry");
    for (var c : n.countries()) {
      ArrayNode perPeriod = jobs.putArray(c.id());
      for (int t = 0; t < n.periods(); t++) {
        perPeriod.add(e.jobs(c.id(), t));
      }
    }
    ArrayNode policies = o.putArray("policies");
    for (var p : n.policies()) {
      ObjectNode po = policies.addObject();
      po.put("id", p.id());
      po.put("type", p.getClass().getSimpleName());
      if (p instanceof dev.footprint.model.Policy.InvestmentPledge ip) {
        po.put("country", ip.country());
        po.put("minimumCapex", ip.minimumCapex());
        po.put("capex", e.capexByCountry().getOrDefault(ip.country(), 0.0));
      } else if (p instanceof dev.footprint.model.Policy.EmploymentFloor f) {
        po.put("country", f.country());
        ArrayNode min = po.putArray("minimumJobs");
        ArrayNode got = po.putArray("jobs");
        for (int t = 0; t < n.periods(); t++) {
          min.add(f.minimumJobs().at(t));
          got.add(e.jobs(f.country(), t));
        }
      } else if (p instanceof dev.footprint.model.Policy.HomeShare h) {
        po.put("product", h.product());
        po.put("country", h.country());
        po.put("minimumShare", h.minimumShare());
      } else if (p instanceof dev.footprint.model.Policy.ConcentrationCap c) {
        po.put("product", c.product());
        po.put("maximumShare", c.maximumShare());
      }
    }
    ArrayNode quotas = o.putArray("quotas");
    for (QuotaUse u : e.quotaUse()) {
      var q = n.quotas().stream().filter(x -> x.id().equals(u.quota())).findFirst().orElseThrow();
      ObjectNode qo = quotas.addObject();
      qo.put("id", q.id());
      qo.put("product", q.product());
      ArrayNode origins = qo.putArray("origins");
      new java.util.TreeSet<>(q.origins()).forEach(origins::add);
      qo.put("destination", q.destination());
      qo.put("period", n.horizon().label(u.period()));
      put(qo, "volume", u.volume());
      put(qo, "units", u.units());
      put(qo, "inQuota", u.inQuota());
      put(qo, "outOfQuota", u.outOfQuota());
      put(qo, "dutySaved", u.dutySaved());
    }
    o.set("verification", s.verification().map(ResultJson::verification).orElse(null));
    if (base != null && base.hasAllocation()) {
      ObjectNode delta = o.putObject("deltaVsBase");
      put(delta, "total", e.total() - base.objective());
      ObjectNode byKind = delta.putObject("byKind");
      for (CostKind k : CostKind.values()) {
        put(byKind, k.name(), e.cost(k) - base.evaluation().cost(k));
      }
    } else {
      o.putNull("deltaVsBase");
    }
    return o;
  }

  private static ObjectNode allocation(Allocation a) {
    Network n = a.network();
    ObjectNode o = MAPPER.createObjectNode();
    ArrayNode production = o.putArray("production");
    for (int p = 0; p < n.products().size(); p++) {
      for (int s = 0; s < n.sites().size(); s++) {
        for (int t = 0; t < n.periods(); t++) {
          double units = a.production(p, s, t);
          if (units != 0) {
            ObjectNode row = production.addObject();
            row.put("product", n.products().get(p).id());
            row.put("site", n.sites().get(s).id());
            row.put("country", n.sites().get(s).country());
            row.put("period", n.horizon().label(t));
            row.put("units", units);
          }
        }
      }
    }
    ArrayNode shipments = o.putArray("shipments");
    for (Shipment sh : a.shipments()) {
      ObjectNode row = shipments.addObject();
      row.put("product", sh.product());
      row.put("site", sh.site());
      row.put("origin", n.sites().get(n.siteIndex(sh.site())).country());
      row.put("market", sh.market());
      row.put("destination", n.markets().get(n.marketIndex(sh.market())).country());
      row.put("period", n.horizon().label(sh.period()));
      row.put("units", sh.units());
    }
    ArrayNode lost = o.putArray("lostSales");
    for (LostSale l : a.lostSales()) {
      ObjectNode row = lost.addObject();
      row.put("product", l.product());
      row.put("market", l.market());
      row.put("period", n.horizon().label(l.period()));
      row.put("units", l.units());
    }
    ArrayNode sites = o.putArray("sites");
    for (Site s : n.sites()) {
      ObjectNode row = sites.addObject();
      row.put("site", s.id());
      row.put("country", s.country());
      row.put("kind", s.kind().name());
      OptionalInt opened = s.kind() == dev.footprint.model.SiteKind.EXISTING ? OptionalInt.empty() : a.openedIn(s.id());
      OptionalInt closed = a.closingPeriod(s.id());
      putPeriod(row, "opened", n, opened);
      putPeriod(row, "closed", n, closed);
      ArrayNode active = row.putArray("status");
      for (int t = 0; t < n.periods(); t++) {
        active.add(a.siteStatus(s.id(), t));
      }
    }
    if (!n.capacitySteps().isEmpty()) {
      ArrayNode steps = o.putArray("capacitySteps");
      for (dev.footprint.model.CapacityStep k : n.capacitySteps()) {
        ObjectNode row = steps.addObject();
        row.put("step", k.id());
        row.put("site", k.site());
        putPeriod(row, "firstInPlace", n, a.stepFirstInPlace(k.id()));
        ArrayNode inPlace = row.putArray("inPlace");
        for (int t = 0; t < n.periods(); t++) {
          inPlace.add(a.stepsInPlace(k.id(), t));
        }
      }
    }
    if (n.hasBillsOfMaterials()) {
      ArrayNode flows = o.putArray("componentFlows");
      for (dev.footprint.result.ComponentFlow f : a.componentFlows()) {
        ObjectNode row = flows.addObject();
        row.put("product", f.product());
        row.put("from", f.from());
        row.put("to", f.to());
        row.put("period", n.horizon().label(f.period()));
        row.put("units", f.units());
      }
    }
    if (OriginClaimTable.applies(n) || !a.originClaims().isEmpty()) {
      ArrayNode claims = o.putArray("originClaims");
      for (dev.footprint.result.OriginClaim c : a.originClaims()) {
        ObjectNode row = claims.addObject();
        row.put("rule", c.rule());
        row.put("ruleKind", OriginClaimTable.ruleKind(n, c.rule()));
        row.put("product", c.product());
        row.put("site", c.site());
        row.put("market", c.market());
        row.put("period", n.horizon().label(c.period()));
        row.put("units", c.units());
      }
    }
    if (ComponentUseTable.applies(n) || !a.componentUses().isEmpty()) {
      ArrayNode uses = o.putArray("componentUses");
      for (dev.footprint.result.ComponentUse u : a.componentUses()) {
        ObjectNode row = uses.addObject();
        row.put("purpose", u.purpose().name());
        row.put("rule", u.rule());
        row.put("product", u.product());
        row.put("component", u.component());
        row.put("source", u.source());
        row.put("site", u.site());
        row.put("period", n.horizon().label(u.period()));
        row.put("units", u.units());
      }
    }
    ArrayNode opened = o.putArray("sitesOpened");
    a.sitesOpened().forEach(opened::add);
    ArrayNode closed = o.putArray("sitesClosed");
    a.sitesClosed().forEach(closed::add);
    return o;
  }

  private static void putPeriod(ObjectNode o, String key, Network n, OptionalInt period) {
    if (period.isPresent()) {
      o.put(key, n.horizon().label(period.getAsInt()));
    } else {
      o.putNull(key);
    }
  }

  private static ObjectNode verification(VerificationReport r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("passed", r.passed());
    put(o, "recomputedObjective", r.recomputedObjective());
    put(o, "reportedObjective", r.reportedObjective());
    ArrayNode v = o.putArray("violations");
    for (Violation x : r.violations()) {
      ObjectNode row = v.addObject();
      row.put("constraint", x.constraint());
      row.put("detail", x.detail());
      put(row, "amount", x.amount());
    }
    return o;
  }

  /**
   * @param s a summary
   * @return its figures
   */
  public static ObjectNode summary(Summary s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("status", s.status().name());
    put(o, "objective", s.objective());
    o.set("costByKind", kinds(s.costByKind()));
    ObjectNode production = o.putObject("production");
    s.production().forEach((p, m) -> production.set(p, numbers(m)));
    ArrayNode opened = o.putArray("sitesOpened");
    s.sitesOpened().forEach(opened::add);
    ArrayNode closed = o.putArray("sitesClosed");
    s.sitesClosed().forEach(closed::add);
    o.set("capexByCountry", numbers(s.capexByCountry()));
    ObjectNode jobs = o.putObject("jobsByCountry");
    s.jobsByCountry().forEach((c, l) -> {
      ArrayNode a = jobs.putArray(c);
      l.forEach(a::add);
    });
    return o;
  }

  /**
   * @param run the run
   * @param sweep the sweep
   * @param network the network swept (its money)
   * @param settings the arguments that shaped it
   * @return the document
   */
  public static ObjectNode sweep(RunInfo run, Sweep sweep, Network network, Map<String, ?> settings) {
    ObjectNode doc = sweep(run, sweep, settings);
    putMoney(doc, network.money());
    return doc;
  }

  /**
   * @param run the run
   * @param sweep the sweep
   * @param settings the arguments that shaped it
   * @return the document, whose money is null (not known)
   * @deprecated use {@link #sweep(RunInfo, Sweep, Network, Map)}, which states the money
   */
  @Deprecated
  public static ObjectNode sweep(RunInfo run, Sweep sweep, Map<String, ?> settings) {
    ObjectNode doc = analysis(run, "sweep", settings);
    doc.put("parameter", sweep.parameter());
    doc.put("solves", sweep.solves());
    ArrayNode points = doc.putArray("points");
    for (Sweep.Point p : sweep.points()) {
      ObjectNode o = points.addObject();
      put(o, "value", p.value());
      o.put("solved", p.solved());
      o.set("summary", summary(p.summary()));
    }
    return doc;
  }

  /**
   * @param run the run
   * @param b the break-even
   * @param settings the arguments
   * @return the document
   */
  public static ObjectNode breakEven(RunInfo run, BreakEven b, Map<String, ?> settings) {
    ObjectNode doc = analysis(run, "breakeven", settings);
    putMoney(doc, b.below().network().money());
    doc.put("parameter", b.parameter());
    doc.put("decision", b.decision());
    put(doc, "value", b.value());
    put(doc, "low", b.low());
    put(doc, "high", b.high());
    doc.put("holdsBelow", b.belowHolds());
    doc.put("solves", b.solves());
    doc.put("text", b.toString());
    doc.set("below", solution("below", b.below(), null));
    doc.set("above", solution("above", b.above(), null));
    return doc;
  }

  /**
   * @param run the run
   * @param scenario the scenario's name
   * @param solution its solution
   * @param s the sensitivity
   * @param settings the arguments
   * @return the document
   */
  public static ObjectNode sensitivity(RunInfo run, String scenario, Solution solution, Sensitivity s,
      Map<String, ?> settings) {
    ObjectNode doc = analysis(run, "sensitivity", settings);
    putMoney(doc, solution.network().money());
    doc.put("scenario", scenario);
    put(doc, "objective", s.objective());
    doc.set("capacity", prices(s.capacity()));
    doc.set("demand", prices(s.demand()));
    doc.set("lanes", prices(s.lanes()));
    doc.set("solution", solution(scenario, solution, null));
    return doc;
  }

  private static ArrayNode prices(List<Sensitivity.Price> prices) {
    ArrayNode a = MAPPER.createArrayNode();
    for (Sensitivity.Price p : prices) {
      ObjectNode o = a.addObject();
      o.put("key", p.key());
      put(o, "value", p.value());
      o.put("meaning", p.meaning());
    }
    return a;
  }

  /**
   * @param run the run
   * @param mc the Monte Carlo run
   * @param network the network sampled (its money)
   * @param settings the arguments (samples, seed, uncertain inputs, regimes)
   * @return the document
   */
  public static ObjectNode monteCarlo(RunInfo run, MonteCarlo mc, Network network, Map<String, ?> settings) {
    ObjectNode doc = monteCarlo(run, mc, settings);
    putMoney(doc, network.money());
    return doc;
  }

  /**
   * @param run the run
   * @param mc the Monte Carlo run
   * @param settings the arguments (samples, seed, uncertain inputs, regimes)
   * @return the document, whose money is null (not known)
   * @deprecated use {@link #monteCarlo(RunInfo, MonteCarlo, Network, Map)}, which states the money
   */
  @Deprecated
  public static ObjectNode monteCarlo(RunInfo run, MonteCarlo mc, Map<String, ?> settings) {
    ObjectNode doc = analysis(run, "montecarlo", settings);
    doc.put("samples", mc.samples());
    doc.put("completed", mc.completed());
    doc.put("cancelled", mc.cancelled());
    long solved = java.util.Arrays.stream(mc.costs()).filter(Double::isFinite).count();
    doc.put("withAllocation", solved);
    ObjectNode cost = doc.putObject("cost");
    put(cost, "mean", mc.mean());
    put(cost, "p5", mc.percentile(5));
    put(cost, "p50", mc.percentile(50));
    put(cost, "p95", mc.percentile(95));
    doc.set("openingFrequency", numbers(mc.openingFrequency()));
    ObjectNode placement = doc.putObject("placementFrequency");
    mc.placementFrequency(0.5).forEach((p, m) -> placement.set(p, numbers(m)));
    ArrayNode samples = doc.putArray("sampleResults");
    for (int i = 0; i < mc.summaries().size(); i++) {
      Summary s = mc.summaries().get(i);
      ObjectNode o = samples.addObject();
      o.put("status", s.status().name());
      put(o, "cost", s.objective());
      ArrayNode opened = o.putArray("sitesOpened");
      s.sitesOpened().forEach(opened::add);
    }
    return doc;
  }

  /**
   * @param run the run
   * @param r the robust footprint
   * @param settings the arguments (regimes, CVaR weight, alpha)
   * @return the document; its money is that of the regimes' allocations (null without any)
   */
  public static ObjectNode robust(RunInfo run, RobustFootprint r, Map<String, ?> settings) {
    ObjectNode doc = analysis(run, "robust", settings);
    putMoney(doc, r.allocations().values().stream().map(a -> a.network().money()).findFirst().orElse(null));
    doc.put("status", r.status().name());
    put(doc, "expectedCost", r.expectedCost());
    put(doc, "cvar", r.cvar());
    put(doc, "waitAndSee", r.waitAndSee());
    put(doc, "valueOfStochasticSolution", r.valueOfStochasticSolution());
    put(doc, "expectedValueOfPerfectInformation", r.expectedValueOfPerfectInformation());
    ArrayNode regimes = doc.putArray("regimes");
    for (int k = 0; k < r.regimes().size(); k++) {
      String name = r.regimes().get(k);
      ObjectNode o = regimes.addObject();
      o.put("name", name);
      o.put("probability", r.probabilities().get(k));
      put(o, "cost", r.costs().getOrDefault(name, Double.NaN));
      put(o, "singleRegimeFootprintExpectedCost", r.singleRegimeExpectedCost().getOrDefault(name, Double.NaN));
      Allocation a = r.allocations().get(name);
      if (a != null) {
        o.set("allocation", allocation(a));
      }
    }
    ObjectNode footprint = doc.putObject("footprint");
    r.footprint().forEach((site, flags) -> {
      ArrayNode f = footprint.putArray(site);
      flags.forEach(f::add);
    });
    return doc;
  }

  /**
   * @param run the run
   * @param f the frontier
   * @param network the network (its money)
   * @param settings the arguments
   * @return the document
   */
  public static ObjectNode frontier(RunInfo run, Frontier f, Network network, Map<String, ?> settings) {
    ObjectNode doc = frontier(run, f, settings);
    putMoney(doc, network.money());
    return doc;
  }

  /**
   * @param run the run
   * @param f the frontier
   * @param settings the arguments
   * @return the document, whose money is null (not known)
   * @deprecated use {@link #frontier(RunInfo, Frontier, Network, Map)}, which states the money
   */
  @Deprecated
  public static ObjectNode frontier(RunInfo run, Frontier f, Map<String, ?> settings) {
    ObjectNode doc = analysis(run, "frontier", settings);
    doc.put("metric", f.metric());
    ArrayNode points = doc.putArray("points");
    for (Frontier.Point p : f.points()) {
      ObjectNode o = points.addObject();
      put(o, "floor", p.floor());
      put(o, "cost", p.cost());
      put(o, "achieved", p.achieved());
      o.put("nonDominated", p.nonDominated());
      o.set("summary", summary(p.summary()));
    }
    return doc;
  }

  private static ObjectNode analysis(RunInfo run, String kind, Map<String, ?> settings) {
    ObjectNode doc = document(run, kind);
    doc.putNull("money");
    doc.set("settings", MAPPER.valueToTree(settings));
    return doc;
  }

  private static ObjectNode kinds(Map<CostKind, Double> m) {
    ObjectNode o = MAPPER.createObjectNode();
    for (CostKind k : CostKind.values()) {
      if (m.containsKey(k)) {
        put(o, k.name(), m.get(k));
      }
    }
    return o;
  }

  private static ObjectNode numbers(Map<String, Double> m) {
    ObjectNode o = MAPPER.createObjectNode();
    m.forEach((k, v) -> put(o, k, v));
    return o;
  }

  /**
   * Puts a number, or null when it is not finite (JSON has no NaN).
   *
   * @param o the object
   * @param key the key
   * @param v the value
   */
  static void put(ObjectNode o, String key, double v) {
    if (Double.isFinite(v)) {
      o.put(key, v == 0 ? 0.0 : v);
    } else {
      o.putNull(key);
    }
  }
}
