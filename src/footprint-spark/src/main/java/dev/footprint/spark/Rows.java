package dev.footprint.spark;

import dev.footprint.analysis.Summary;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Site;
import dev.footprint.result.Allocation;
import dev.footprint.result.CostKind;
import dev.footprint.result.LostSale;
import dev.footprint.result.Shipment;
import dev.footprint.result.VerificationReport;
import dev.footprint.result.Violation;
import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveStatus;
import dev.footprint.solve.SolverStats;
import dev.footprint.solve.StopReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The columns of the result Datasets and the conversions between them and the library's records.
 * Everything whose order a report shows (products, countries, periods, shipments) is an array, so
 * that a record rebuilt on the driver equals the one an executor made, order included; figures whose
 * order does not matter are maps, for easy queries ({@code cost_by_kind['TARIFF']}).
 */
final class Rows {
  private Rows() {}

  static final DataType STRING = DataTypes.StringType;
  static final DataType DOUBLE = DataTypes.DoubleType;
  static final DataType INT = DataTypes.IntegerType;
  static final DataType LONG = DataTypes.LongType;
  static final DataType BOOLEAN = DataTypes.BooleanType;

  static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  static DataType array(DataType element) {
    return DataTypes.createArrayType(element, true);
  }

  static DataType map(DataType value) {
    return DataTypes.createMapType(STRING, value, true);
  }

  static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  /** Joins field lists into one schema. */
  static StructType schema(List<StructField> first, List<StructField>... more) {
    List<StructField> all = new ArrayList<>(first);
    for (List<StructField> m : more) {
      all.addAll(m);
    }
    return DataTypes.createStructType(all);
  }

  // ---------------------------------------------------------------- summary

  static final StructType COUNTRY_UNITS = struct(field("country", STRING), field("units", DOUBLE));
  static final StructType PRODUCT_UNITS = struct(field("product", STRING),
      field("countries", array(COUNTRY_UNITS)));
  static final StructType COUNTRY_JOBS = struct(field("country", STRING), field("jobs", array(DOUBLE)));

  /** The figures of {@link Summary}. */
  static final List<StructField> SUMMARY = List.of(
      field("status", STRING),
      field("objective", DOUBLE),
      field("cost_by_kind", map(DOUBLE)),
      field("production", array(PRODUCT_UNITS)),
      field("sites_opened", array(STRING)),
      field("sites_closed", array(STRING)),
      field("capex_by_country", map(DOUBLE)),
      field("jobs_by_country", array(COUNTRY_JOBS)),
      field("currency", STRING),
      field("money_unit", DOUBLE));

  static List<Object> summary(Summary s) {
    Map<String, Double> costs = new LinkedHashMap<>();
    s.costByKind().forEach((k, v) -> costs.put(k.name(), v));
    List<Row> production = new ArrayList<>();
    s.production().forEach((p, byCountry) -> {
      List<Row> countries = new ArrayList<>();
      byCountry.forEach((c, units) -> countries.add(RowFactory.create(c, units)));
      production.add(RowFactory.create(p, countries));
    });
    List<Row> jobs = new ArrayList<>();
    s.jobsByCountry().forEach((c, perPeriod) -> jobs.add(RowFactory.create(c, new ArrayList<>(perPeriod))));
    return list(s.status().name(), s.objective(), costs, production, new ArrayList<>(s.sitesOpened()),
        new ArrayList<>(s.sitesClosed()), new LinkedHashMap<>(s.capexByCountry()), jobs, s.money().currency(),
        s.money().unit());
  }

  /**
   * @param r a row with the {@link #SUMMARY} columns
   * @return the summary, equal to the one the row was made from
   */
  static Summary summary(Row r) {
    EnumMap<CostKind, Double> costs = new EnumMap<>(CostKind.class);
    r.<String, Double>getJavaMap(r.fieldIndex("cost_by_kind")).forEach((k, v) -> costs.put(CostKind.valueOf(k), v));
    Map<String, Map<String, Double>> production = new LinkedHashMap<>();
    for (Row p : r.<Row>getList(r.fieldIndex("production"))) {
      Map<String, Double> byCountry = new LinkedHashMap<>();
      for (Row c : p.<Row>getList(1)) {
        byCountry.put(c.getString(0), c.getDouble(1));
      }
      production.put(p.getString(0), Collections.unmodifiableMap(byCountry));
    }
    Map<String, List<Double>> jobs = new LinkedHashMap<>();
    for (Row j : r.<Row>getList(r.fieldIndex("jobs_by_country"))) {
      jobs.put(j.getString(0), List.copyOf(j.<Double>getList(1)));
    }
    return new Summary(SolveStatus.valueOf(r.getAs("status")), r.<Double>getAs("objective"), Map.copyOf(costs),
        Collections.unmodifiableMap(production), List.copyOf(r.<String>getList(r.fieldIndex("sites_opened"))),
        List.copyOf(r.<String>getList(r.fieldIndex("sites_closed"))),
        Map.copyOf(r.<String, Double>getJavaMap(r.fieldIndex("capex_by_country"))),
        Collections.unmodifiableMap(jobs), new Money(r.getAs("currency"), r.<Double>getAs("money_unit")));
  }

  // ---------------------------------------------------------------- allocation

  static final StructType SHIPMENT = struct(field("product", STRING), field("site", STRING),
      field("market", STRING), field("period", INT), field("units", DOUBLE));
  static final StructType LOST_SALE = struct(field("product", STRING), field("market", STRING),
      field("period", INT), field("units", DOUBLE));
  static final StructType SITE_STATUS = struct(field("site", STRING), field("status", array(DOUBLE)));
  static final StructType CREDIT_CLAIMS = struct(field("program", STRING), field("claims", array(DOUBLE)));
  static final StructType STEPS_IN_PLACE = struct(field("step", STRING), field("modules", array(DOUBLE)));
  static final StructType COMPONENT_FLOW = struct(field("product", STRING), field("from", STRING),
      field("to", STRING), field("period", INT), field("units", DOUBLE));
  static final StructType ORIGIN_CLAIM = struct(field("rule", STRING), field("product", STRING),
      field("site", STRING), field("market", STRING), field("period", INT), field("units", DOUBLE));
  static final StructType COMPONENT_USE = struct(field("purpose", STRING), field("rule", STRING),
      field("product", STRING), field("component", STRING), field("source", STRING), field("site", STRING),
      field("period", INT), field("units", DOUBLE));

  /** The decisions of an {@link Allocation}, null where a solve has none. */
  static final List<StructField> ALLOCATION = List.of(
      field("shipments", array(SHIPMENT)),
      field("lost_sales", array(LOST_SALE)),
      field("site_status", array(SITE_STATUS)),
      field("credit_claims", array(CREDIT_CLAIMS)),
      field("steps_in_place", array(STEPS_IN_PLACE)),
      field("component_flows", array(COMPONENT_FLOW)),
      field("origin_claims", array(ORIGIN_CLAIM)),
      field("component_uses", array(COMPONENT_USE)));

  static List<Object> allocation(Allocation a) {
    if (a == null) {
      return list(null, null, null, null, null, null, null, null);
    }
    Network n = a.network();
    List<Row> shipments = new ArrayList<>();
    for (Shipment s : a.shipments()) {
      shipments.add(RowFactory.create(s.product(), s.site(), s.market(), s.period(), s.units()));
    }
    List<Row> lost = new ArrayList<>();
    for (LostSale l : a.lostSales()) {
      lost.add(RowFactory.create(l.product(), l.market(), l.period(), l.units()));
    }
    List<Row> status = new ArrayList<>();
    for (Site s : n.sites()) {
      List<Double> v = new ArrayList<>();
      for (int t = 0; t < n.periods(); t++) {
        v.add(a.siteStatus(s.id(), t));
      }
      status.add(RowFactory.create(s.id(), v));
    }
    List<Row> claims = new ArrayList<>();
    for (ProductionCredit c : n.productionCredits()) {
      if (c.budget().isPresent()) {
        List<Double> v = new ArrayList<>();
        for (int t = 0; t < n.periods(); t++) {
          v.add(a.creditClaimed(c.id(), t));
        }
        claims.add(RowFactory.create(c.id(), v));
      }
    }
    List<Row> steps = new ArrayList<>();
    for (dev.footprint.model.CapacityStep k : n.capacitySteps()) {
      List<Double> v = new ArrayList<>();
      for (int t = 0; t < n.periods(); t++) {
        v.add(a.stepsInPlace(k.id(), t));
      }
      steps.add(RowFactory.create(k.id(), v));
    }
    List<Row> flows = new ArrayList<>();
    for (dev.footprint.result.ComponentFlow f : a.componentFlows()) {
      flows.add(RowFactory.create(f.product(), f.from(), f.to(), f.period(), f.units()));
    }
    List<Row> origin = new ArrayList<>();
    for (dev.footprint.result.OriginClaim c : a.originClaims()) {
      origin.add(RowFactory.create(c.rule(), c.product(), c.site(), c.market(), c.period(), c.units()));
    }
    List<Row> uses = new ArrayList<>();
    for (dev.footprint.result.ComponentUse u : a.componentUses()) {
      uses.add(RowFactory.create(u.purpose().name(), u.rule(), u.product(), u.component(), u.source(), u.site(),
          u.period(), u.units()));
    }
    return list(shipments, lost, status, claims, steps, flows, origin, uses);
  }

  /**
   * @param r a row with the {@link #ALLOCATION} columns, not null
   * @param network the network solved (the driver's copy, equal to the executor's)
   * @return the allocation, making the same decisions as the one the row was made from
   */
  static Allocation allocation(Row r, Network network) {
    List<Shipment> shipments = new ArrayList<>();
    for (Row s : r.<Row>getList(r.fieldIndex("shipments"))) {
      shipments.add(new Shipment(s.getString(0), s.getString(1), s.getString(2), s.getInt(3), s.getDouble(4)));
    }
    List<LostSale> lost = new ArrayList<>();
    for (Row l : r.<Row>getList(r.fieldIndex("lost_sales"))) {
      lost.add(new LostSale(l.getString(0), l.getString(1), l.getInt(2), l.getDouble(3)));
    }
    List<dev.footprint.result.ComponentFlow> flows = new ArrayList<>();
    for (Row f : r.<Row>getList(r.fieldIndex("component_flows"))) {
      flows.add(new dev.footprint.result.ComponentFlow(f.getString(0), f.getString(1), f.getString(2), f.getInt(3),
          f.getDouble(4)));
    }
    List<dev.footprint.result.OriginClaim> origin = new ArrayList<>();
    for (Row c : r.<Row>getList(r.fieldIndex("origin_claims"))) {
      origin.add(new dev.footprint.result.OriginClaim(c.getString(0), c.getString(1), c.getString(2), c.getString(3),
          c.getInt(4), c.getDouble(5)));
    }
    List<dev.footprint.result.ComponentUse> uses = new ArrayList<>();
    for (Row u : r.<Row>getList(r.fieldIndex("component_uses"))) {
      uses.add(new dev.footprint.result.ComponentUse(dev.footprint.result.ComponentUse.Purpose.valueOf(u.getString(0)),
          u.getString(1), u.getString(2), u.getString(3), u.getString(4), u.getString(5), u.getInt(6), u.getDouble(7)));
    }
    return new Allocation(network, shipments, arrays(r.getList(r.fieldIndex("site_status"))), lost,
        arrays(r.getList(r.fieldIndex("credit_claims"))), arrays(r.getList(r.fieldIndex("steps_in_place"))), flows,
        origin, uses);
  }

  private static Map<String, double[]> arrays(List<Row> rows) {
    Map<String, double[]> out = new HashMap<>();
    for (Row row : rows) {
      out.put(row.getString(0), row.<Double>getList(1).stream().mapToDouble(Double::doubleValue).toArray());
    }
    return out;
  }

  // ---------------------------------------------------------------- solver figures and verification

  static final StructType VIOLATION = struct(field("constraint", STRING), field("detail", STRING),
      field("amount", DOUBLE));

  /** The solver's figures ({@link SolverStats}), the verification and the diagnosis of one solve. */
  static final List<StructField> SOLVE = List.of(
      field("backend", STRING),
      field("backend_version", STRING),
      field("backend_status", STRING),
      field("best_bound", DOUBLE),
      field("relative_gap", DOUBLE),
      field("build_millis", LONG),
      field("solve_millis", LONG),
      field("variables", INT),
      field("integer_variables", INT),
      field("constraints", INT),
      field("nonzeros", LONG),
      field("relaxed", BOOLEAN),
      field("stop", STRING),
      field("detached", BOOLEAN),
      field("violations", array(VIOLATION)),
      field("recomputed_objective", DOUBLE),
      field("reported_objective", DOUBLE),
      field("diagnosis", STRING));

  static List<Object> solve(SolverStats st, VerificationReport v, String diagnosis) {
    List<Row> violations = null;
    if (v != null) {
      violations = new ArrayList<>();
      for (Violation x : v.violations()) {
        violations.add(RowFactory.create(x.constraint(), x.detail(), x.amount()));
      }
    }
    return list(st.backend().name(), st.backendVersion(), st.backendStatus(), st.bestBound(), st.relativeGap(),
        st.buildMillis(), st.solveMillis(), st.variables(), st.integerVariables(), st.constraints(), st.nonzeros(),
        st.relaxed(), st.stop().name(), st.detached(), violations, v == null ? null : v.recomputedObjective(),
        v == null ? null : v.reportedObjective(), diagnosis);
  }

  /**
   * @param r a row with the {@link #SOLVE} and {@link #SUMMARY} columns
   * @return the solver's figures
   */
  static SolverStats stats(Row r) {
    return new SolverStats(Backend.valueOf(r.getAs("backend")), r.getAs("backend_version"),
        r.getAs("backend_status"), r.<Double>getAs("objective"), r.<Double>getAs("best_bound"),
        r.<Double>getAs("relative_gap"), r.<Long>getAs("build_millis"), r.<Long>getAs("solve_millis"),
        r.<Integer>getAs("variables"), r.<Integer>getAs("integer_variables"), r.<Integer>getAs("constraints"),
        r.<Long>getAs("nonzeros"), r.<Boolean>getAs("relaxed"), StopReason.valueOf(r.<String>getAs("stop")),
        r.<Boolean>getAs("detached"));
  }

  /**
   * @param r a row with the {@link #SOLVE} columns
   * @return the verification, or null where there was none
   */
  static VerificationReport verification(Row r) {
    int i = r.fieldIndex("violations");
    if (r.isNullAt(i)) {
      return null;
    }
    List<Violation> v = new ArrayList<>();
    for (Row x : r.<Row>getList(i)) {
      v.add(new Violation(x.getString(0), x.getString(1), x.getDouble(2)));
    }
    return new VerificationReport(v, r.<Double>getAs("recomputed_objective"), r.<Double>getAs("reported_objective"));
  }

  // ---------------------------------------------------------------- footprints

  static final StructType SITE_ACTIVE = struct(field("site", STRING), field("active", array(BOOLEAN)));

  static List<Row> footprint(Map<String, List<Boolean>> f) {
    List<Row> out = new ArrayList<>();
    f.keySet().stream().sorted().forEach(site -> out.add(RowFactory.create(site, new ArrayList<>(f.get(site)))));
    return out;
  }

  /** In the rows' order (site ids sorted, as written), so that what is printed from it is the same each run. */
  static Map<String, List<Boolean>> footprint(List<Row> rows) {
    Map<String, List<Boolean>> out = new LinkedHashMap<>();
    for (Row r : rows) {
      out.put(r.getString(0), List.copyOf(r.<Boolean>getList(1)));
    }
    return Collections.unmodifiableMap(out);
  }

  static List<Object> list(Object... values) {
    List<Object> l = new ArrayList<>(values.length);
    Collections.addAll(l, values);
    return l;
  }

  /**
   * @param values a row's values, with Java lists, maps and rows inside
   * @return the row, its lists and maps made Scala collections, which Spark's row encoder takes
   */
  static Row row(List<Object> values) {
    Object[] out = new Object[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = external(values.get(i));
    }
    return RowFactory.create(out);
  }

  private static Object external(Object v) {
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(external(x)));
      return CollectionConverters.asScala(out);
    }
    if (v instanceof Map<?, ?> m) {
      Map<Object, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(k, external(x)));
      return CollectionConverters.asScala(out);
    }
    if (v instanceof Row r) {
      Object[] out = new Object[r.length()];
      for (int i = 0; i < out.length; i++) {
        out[i] = external(r.get(i));
      }
      return RowFactory.create(out);
    }
    return v;
  }
}
