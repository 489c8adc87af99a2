package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffQuota;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;

/**
 * An independent oracle for tariff-rate quotas: random small networks with quotas, every site fixed
 * active (so the model is a linear program), solved by Footprint and by Apache Commons Math's {@link
 * SimplexSolver} on the textbook formulation this test builds itself: each covered shipment split
 * into an in-quota part, paying the in-quota duty, and an out-of-quota part, paying the out-of-quota
 * duty, with the in-quota parts of a quota and period adding up to at most its volume. Footprint
 * formulates the quota differently (shipments at the out-of-quota duty less a saving on in-quota units
 * per site), so agreement checks both. Every coefficient is the test's own arithmetic: the customs
 * value is the production cost times one plus the markup; the only measure is one ADD rate with a
 * specific duty on every US import.
 *
 * <p>The networks: US (the destination) and three origins MX, VN, KR, one existing plant each with a
 * random capacity; a quota product "widget" and a product "gadget" no quota covers; two US markets
 * with random demand and a lost-sales penalty of 1000; one or two quotas on widget (the second on the
 * origins the first leaves out), with random volumes, in-quota duties up to the MFN's, and half the
 * time an out-of-quota duty of their own. One or two periods.
 */
class QuotaOracleTest {
  private static final long SEED = 0x7A81_FF00L;
  private static final int INSTANCES = 60;
  private static final double REL_TOL = 1e-6;
  private static final String[] ORIGINS = {"MX", "VN", "KR"};
  private static final String[] COUNTRIES = {"US", "MX", "VN", "KR"};
  private static final String[] PRODUCTS = {"widget", "gadget"};
  private static final String[] MARKETS = {"US-E", "US-W"};
  private static final double PENALTY = 1000;

  /** One random instance and the numbers the oracle prices it with. */
  private record Instance(Network network, int periods, double discount, double[] wage, double[] hours,
      double[][] material, double[] markup, double[] capacity, double[][] demand, double[] freight, double mfn,
      double mfnSpecific, List<TariffQuota> quotas) {}

  private static Instance random(Random rnd) {
    int periods = 1 + rnd.nextInt(2);
    double discount = rnd.nextBoolean() ? 0 : 0.1;
    double[] wage = new double[4];
    double[] capacity = new double[4];
    double[] freight = new double[4];
    for (int c = 0; c < 4; c++) {
      wage[c] = round(1 + 20 * rnd.nextDouble());
      capacity[c] = Math.rint(20 + 100 * rnd.nextDouble());
      freight[c] = c == 0 ? 0 : round(5 * rnd.nextDouble());
    }
    double[] hours = {round(0.5 + 1.5 * rnd.nextDouble()), round(0.2 + rnd.nextDouble())};
    double[][] material = new double[2][4];
    double[] markup = {round(0.3 * rnd.nextDouble()), 0};
    for (int p = 0; p < 2; p++) {
      for (int c = 0; c < 4; c++) {
        material[p][c] = round(10 + 30 * rnd.nextDouble());
      }
    }
    double[][] demand = new double[2][2];
    for (int p = 0; p < 2; p++) {
      for (int m = 0; m < 2; m++) {
        demand[p][m] = Math.rint(20 + 80 * rnd.nextDouble());
      }
    }
    double mfn = round(0.1 + 0.4 * rnd.nextDouble());
    double mfnSpecific = rnd.nextBoolean() ? 0 : round(3 * rnd.nextDouble());

    List<String> first = new ArrayList<>();
    List<String> rest = new ArrayList<>();
    for (String o : ORIGINS) {
      (rnd.nextBoolean() || first.isEmpty() && o.equals("KR") ? first : rest).add(o);
    }
    List<TariffQuota> quotas = new ArrayList<>();
    quotas.add(quota("q1", first, rnd, mfn, mfnSpecific, periods));
    if (!rest.isEmpty() && rnd.nextBoolean()) {
      quotas.add(quota("q2", rest, rnd, mfn, mfnSpecific, periods));
    }

    Network.Builder b = Network.builder().horizon(Horizon.of(periods, discount));
    Product widget = Product.of("widget", "goods", hours[0], 0).withCustomsMarkup(markup[0]);
    Product gadget = Product.of("gadget", "goods", hours[1], 0);
    for (int c = 0; c < 4; c++) {
      b.country(Country.of(COUNTRIES[c], wage[c]));
      widget = widget.withMaterialCost(COUNTRIES[c], material[0][c]);
      gadget = gadget.withMaterialCost(COUNTRIES[c], material[1][c]);
      b.site(Site.existing(COUNTRIES[c] + "-1", COUNTRIES[c], capacity[c]));
      if (c > 0) {
        b.freight(FreightRate.lane(COUNTRIES[c], "US", freight[c]));
      }
    }
    b.product(widget, gadget);
    for (int m = 0; m < 2; m++) {
      Market market = Market.of(MARKETS[m], "US");
      for (int p = 0; p < 2; p++) {
        market = market.withDemand(PRODUCTS[p], demand[p][m]).withLostSalesPenalty(PRODUCTS[p], PENALTY);
      }
      b.market(market);
    }
    b.tariff(TariffMeasure.adValorem("mfn", "US", mfn).withSpecificDuty(mfnSpecific));
    quotas.forEach(b::quota);
    return new Instance(b.build(), periods, discount, wage, hours, material, markup, capacity, demand, freight, mfn,
        mfnSpecific, quotas);
  }

  private static TariffQuota quota(String id, List<String> origins, Random rnd, double mfn, double mfnSpecific,
      int periods) {
    double in = round(mfn * rnd.nextDouble());
    double inSpecific = round(mfnSpecific * rnd.nextDouble());
    TariffQuota q = TariffQuota.of(id, "widget", "US", Math.rint(100 * rnd.nextDouble()), in)
        .from(origins.toArray(String[]::new)).withInQuotaSpecificDuty(inSpecific);
    if (rnd.nextBoolean()) {
      q = q.withOutOfQuota(round(in + 0.6 * rnd.nextDouble()), round(inSpecific + 3 * rnd.nextDouble()));
    }
    if (periods > 1 && rnd.nextInt(3) == 0) {
      q = q.inPeriods(1);
    }
    return q;
  }

  private static double round(double v) {
    return Math.rint(v * 1000) / 1000;
  }

  /** The oracle's LP: variables are appended as found; rows are collected, then solved. */
  private static double oracle(Instance x) {
    List<Double> cost = new ArrayList<>();
    List<Map<Integer, Double>> rows = new ArrayList<>();
    List<Relationship> relations = new ArrayList<>();
    List<Double> rhs = new ArrayList<>();
    int T = x.periods();
    Map<String, Integer> capacityRow = new HashMap<>();
    Map<String, Integer> quotaRow = new HashMap<>();
    for (int t = 0; t < T; t++) {
      double w = Math.pow(1 + x.discount(), -t);
      for (int c = 0; c < 4; c++) {
        capacityRow.put(c + "," + t, addRow(rows, relations, rhs, Relationship.LEQ, x.capacity()[c]));
      }
      for (TariffQuota q : x.quotas()) {
        if (q.periods().isEmpty() || q.periods().contains(t)) {
          quotaRow.put(q.id() + "," + t, addRow(rows, relations, rhs, Relationship.LEQ, q.volume().at(t)));
        }
      }
      for (int p = 0; p < 2; p++) {
        for (int m = 0; m < 2; m++) {
          int demandRow = addRow(rows, relations, rhs, Relationship.EQ, x.demand()[p][m]);
          int lost = addVariable(cost, w * PENALTY);
          rows.get(demandRow).put(lost, 1.0);
          int lostBound = addRow(rows, relations, rhs, Relationship.LEQ, x.demand()[p][m]);
          rows.get(lostBound).put(lost, 1.0);
          for (int c = 0; c < 4; c++) {
            double production = x.material()[p][c] + x.hours()[p] * x.wage()[c];
            double customs = production * (1 + x.markup()[p]);
            double unit = production + x.freight()[c];
            double mfnDuty = c == 0 ? 0 : x.mfn() * customs + x.mfnSpecific();
            TariffQuota q = null;
            for (TariffQuota k : x.quotas()) {
              if (p == 0 && c > 0 && k.origins().contains(COUNTRIES[c])
                  && (k.periods().isEmpty() || k.periods().contains(t))) {
                q = k;
              }
            }
            List<Integer> parts = new ArrayList<>();
            if (q == null) {
              parts.add(addVariable(cost, w * (unit + mfnDuty)));
            } else {
              double out = q.outOfQuotaRate().isPresent()
                  ? q.outOfQuotaRate().getAsDouble() * customs + q.outOfQuotaSpecificDutyPerUnit() : mfnDuty;
              double in = q.inQuotaRate() * customs + q.inQuotaSpecificDutyPerUnit();
              int inQuota = addVariable(cost, w * (unit + in));
              parts.add(inQuota);
              parts.add(addVariable(cost, w * (unit + out)));
              rows.get(quotaRow.get(q.id() + "," + t)).put(inQuota, 1.0);
            }
            for (int v : parts) {
              rows.get(demandRow).put(v, 1.0);
              rows.get(capacityRow.get(c + "," + t)).put(v, 1.0);
            }
          }
        }
      }
    }
    int n = cost.size();
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = cost.get(i);
    }
    List<LinearConstraint> constraints = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      double[] a = new double[n];
      rows.get(r).forEach((v, coef) -> a[v] = coef);
      constraints.add(new LinearConstraint(a, relations.get(r), rhs.get(r)));
    }
    PointValuePair optimum = new SimplexSolver(1e-9, 10, 1e-12).optimize(new MaxIter(1_000_000),
        new LinearObjectiveFunction(c, 0), new LinearConstraintSet(constraints), GoalType.MINIMIZE,
        new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
    return optimum.getValue();
  }

  private static int addRow(List<Map<Integer, Double>> rows, List<Relationship> relations, List<Double> rhs,
      Relationship relation, double bound) {
    rows.add(new HashMap<>());
    relations.add(relation);
    rhs.add(bound);
    return rows.size() - 1;
  }

  private static int addVariable(List<Double> cost, double c) {
    cost.add(c);
    return cost.size() - 1;
  }

  @Test
  void footprintAgreesWithCommonsMathSimplexOnRandomQuotaInstances() {
    List<String> failures = new ArrayList<>();
    int binding = 0;
    for (int i = 0; i < INSTANCES; i++) {
      Random rnd = new Random(SEED + i);
      Instance x = random(rnd);
      Backend backend = switch (i % 3) {
        case 0 -> Backend.GLOP;
        case 1 -> Backend.HIGHS;
        default -> Backend.SCIP;
      };
      Map<String, List<Boolean>> allActive = new HashMap<>();
      for (String c : COUNTRIES) {
        allActive.put(c + "-1", java.util.Collections.nCopies(x.periods(), true));
      }
      double z = oracle(x);
      Solution s = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(backend).withFixedSiteStatus(allActive))
          .solve(x.network());
      String where = String.format(Locale.ROOT, "instance %d (seed %d, %s, quotas %s)", i, SEED + i, backend,
          x.quotas());
      if (s.status() != SolveStatus.OPTIMAL) {
        failures.add(where + ": " + s);
        continue;
      }
      double scale = Math.max(1, Math.abs(z));
      if (!(Math.abs(s.objective() - z) <= REL_TOL * scale) || !(Math.abs(s.stats().objective() - z) <= REL_TOL * scale)) {
        failures.add(String.format(Locale.ROOT, "%s: oracle %.9f, Footprint evaluation %.9f, solver %.9f", where, z,
            s.objective(), s.stats().objective()));
      }
      binding += (int) s.evaluation().quotaUse().stream()
          .filter(u -> u.inQuota() >= u.volume() - 1e-9 && u.outOfQuota() > 1e-6).count();
    }
    assertTrue(failures.isEmpty(), failures.size() + " disagreements:\n" + String.join("\n", failures));
    // The instances must exercise the quota's limit: some quota full with units beyond it.
    assertTrue(binding >= 10, binding + " quotas filled with units beyond them");
  }
}
