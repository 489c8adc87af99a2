package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.InvalidModelException;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.JobGrant;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;

/**
 * An independent oracle: random small networks whose site decisions are all fixed (so the model is a
 * linear program) are solved twice, once by Footprint and once by Apache Commons Math's
 * {@link SimplexSolver} on an LP this test builds itself from the domain objects, with its own
 * arithmetic for every coefficient. Nothing of {@code solve.internal} is used, and neither are the
 * model's derived helpers ({@code Network.freightPerUnit}, {@code effectiveTariff},
 * {@code ProductScope.covers}, ...): the oracle restates the definitions in the domain Javadoc.
 *
 * <p>The oracle's LP, with {@code w_t = (1 + r)^-t} and the site statuses {@code y[s,t]} fixed:
 * <ul>
 *   <li>{@code ship[p,s,m,t] >= 0} where site s is active in t, may make p, market m demands p in
 *       t, and a freight rate applies (the most specific of site+product, site, product, pair; a
 *       domestic lane without a rate costs 0; an international one without a rate does not exist).
 *       Its cost is {@code w_t} times material (country override) + hours/productivity*wage +
 *       freight + tariff (effective ad valorem rate on the customs value plus specific duties) -
 *       uncapped production credits - job grants per job times jobs per unit;
 *   <li>{@code lost[p,m,t]} in {@code [0, demand]} at {@code w_t * penalty} where a penalty is set;
 *   <li>{@code claim[k,t] >= 0} at {@code -w_t} for each capped credit, with
 *       {@code claim <= rate * covered units} and {@code sum_t claim <= budget};
 *   <li>demand rows {@code sum ship + lost = demand}; capacity rows; home share, employment floor,
 *       concentration cap rows; an investment pledge is a constant check once sites are fixed;
 *   <li>a constant: fixed costs of active sites, capex net of investment credit shares in the period
 *       a site opens, closing cost in the period an existing site closes, all discounted.
 * </ul>
 * Agreement is required within {@code 1e-6 * max(1, |z|)}, and on infeasibility.
 */
class SimplexOracleTest {
  private static final long SEED = 0x5EED_F00DL;
  private static final int INSTANCES = 240;
  private static final double REL_TOL = 1e-6;

  @Test
  void footprintAgreesWithCommonsMathSimplexOnRandomFixedSiteInstances() {
    int compared = 0;
    int feasible = 0;
    int infeasible = 0;
    List<String> failures = new ArrayList<>();
    FootprintSolver solver = FootprintSolver.create();
    for (int i = 0; i < INSTANCES; i++) {
      Random rnd = new Random(SEED + i); // one seed per instance, so a failure can be replayed alone
      Instance inst = randomInstance(rnd);
      Backend backend = i % 2 == 0 ? Backend.GLOP : Backend.SCIP;
      OracleResult expected = Oracle.solve(inst.network(), inst.status());
      SolveOptions options = SolveOptions.DEFAULT.withBackend(backend).withFixedSiteStatus(inst.fixing());
      String where = String.format(Locale.ROOT, "instance %d (seed %d, %s, %s, fixing %s)", i, SEED + i,
          backend, inst.network(), inst.fixing());
      Solution actual;
      try {
        actual = solver.solve(inst.network(), options);
      } catch (RuntimeException e) {
        failures.add(where + ": Footprint threw " + e);
        compared++;
        continue;
      }
      compared++;
      if (!expected.feasible()) {
        infeasible++;
        if (actual.status() != SolveStatus.INFEASIBLE) {
          failures.add(where + ": oracle says infeasible, Footprint says " + actual);
        }
        continue;
      }
      feasible++;
      if (actual.status() != SolveStatus.OPTIMAL) {
        failures.add(where + ": oracle optimum " + expected.objective() + ", Footprint says " + actual);
        continue;
      }
      double z = expected.objective();
      double scale = Math.max(1, Math.abs(z));
      if (!(Math.abs(actual.objective() - z) <= REL_TOL * scale)
          || !(Math.abs(actual.stats().objective() - z) <= REL_TOL * scale)) {
        failures.add(String.format(Locale.ROOT, "%s: oracle %.9f, Footprint evaluation %.9f, solver %.9f",
            where, z, actual.objective(), actual.stats().objective()));
      }
    }
    String report = String.format(Locale.ROOT, "%d compared (%d feasible, %d infeasible), %d disagreements:%n%s",
        compared, feasible, infeasible, failures.size(),
        String.join(System.lineSeparator(), failures.subList(0, Math.min(10, failures.size()))));
    assertTrue(failures.isEmpty(), report);
    assertTrue(compared >= 200, report);
    assertTrue(feasible >= 150, report);
    assertTrue(infeasible >= 1, "no infeasible instance was generated: " + report);
  }

  // ---------------------------------------------------------------------------------------------
  // Random instances

  /** A network and the fixed status of each site per period, by site index. */
  record Instance(Network network, boolean[][] status) {
    Map<String, List<Boolean>> fixing() {
      Map<String, List<Boolean>> out = new LinkedHashMap<>();
      for (int s = 0; s < status.length; s++) {
        List<Boolean> v = new ArrayList<>();
        for (boolean b : status[s]) {
          v.add(b);
        }
        out.put(network.sites().get(s).id(), v);
      }
      return out;
    }
  }

  /** Draws until the network is valid (a draw may leave some demand with no way to be served). */
  static Instance randomInstance(Random rnd) {
    for (int attempt = 0; attempt < 100; attempt++) {
      try {
        return draw(rnd);
      } catch (InvalidModelException e) {
        // redraw
      }
    }
    throw new IllegalStateException("could not draw a valid network in 100 attempts");
  }

  private static Instance draw(Random rnd) {
    int periods = 1 + rnd.nextInt(2);
    double discount = rnd.nextBoolean() ? 0 : round(0.02 + 0.13 * rnd.nextDouble(), 3);
    Network.Builder b = Network.builder().horizon(dev.footprint.model.Horizon.of(periods, discount));

    int countryCount = 2 + rnd.nextInt(2);
    List<String> countries = new ArrayList<>();
    for (int c = 0; c < countryCount; c++) {
      String id = "C" + c;
      countries.add(id);
      b.country(new Country(id, id, series(rnd, periods, 2, 40), round(0.6 + 0.8 * rnd.nextDouble(), 2),
          round(1500 + 700 * rnd.nextDouble(), 0)));
    }

    int productCount = 1 + rnd.nextInt(3);
    List<Product> products = new ArrayList<>();
    Set<String> sectors = new HashSet<>();
    for (int p = 0; p < productCount; p++) {
      String sector = "sec" + rnd.nextInt(2);
      sectors.add(sector);
      Map<String, Double> overrides = new HashMap<>();
      if (rnd.nextDouble() < 0.3) {
        overrides.put(pick(rnd, countries), uniform(rnd, 2, 40));
      }
      OptionalDouble declared = rnd.nextDouble() < 0.3 ? OptionalDouble.of(uniform(rnd, 10, 80)) : OptionalDouble.empty();
      double markup = rnd.nextBoolean() ? round(0.3 * rnd.nextDouble(), 3) : 0;
      double capacityUse = rnd.nextBoolean() ? 1 : uniform(rnd, 0.5, 2);
      Product product = new Product("p" + p, "p" + p, sector, uniform(rnd, 0, 4), uniform(rnd, 2, 40), overrides,
          capacityUse, declared, markup);
      products.add(product);
      b.product(product);
    }

    int siteCount = 2 + rnd.nextInt(3);
    boolean[][] status = new boolean[siteCount][periods];
    List<Site> sites = new ArrayList<>();
    for (int s = 0; s < siteCount; s++) {
      double u = rnd.nextDouble();
      SiteKind kind = u < 0.5 ? SiteKind.EXISTING : u < 0.88 ? SiteKind.CANDIDATE : SiteKind.COMMITTED;
      int openingPeriod = kind == SiteKind.EXISTING ? 0 : rnd.nextInt(periods);
      Set<String> makes = new HashSet<>();
      if (rnd.nextDouble() < 0.25) {
        for (Product p : products) {
          if (rnd.nextBoolean()) {
            makes.add(p.id());
          }
        }
      }
      Site site = new Site("s" + s, "s" + s, pick(rnd, countries), kind, series(rnd, periods, 40, 200),
          rnd.nextBoolean() ? series(rnd, periods, 100, 3000) : Series.zero(),
          kind == SiteKind.EXISTING ? 0 : uniform(rnd, 1000, 30000),
          kind == SiteKind.EXISTING ? uniform(rnd, 0, 5000) : 0, openingPeriod, makes);
      sites.add(site);
      b.site(site);
      switch (kind) {
        case EXISTING -> {
          int closeAt = rnd.nextDouble() < 0.85 ? periods : rnd.nextInt(periods);
          for (int t = 0; t < periods; t++) {
            status[s][t] = t < closeAt;
          }
        }
        case CANDIDATE -> {
          int openAt = rnd.nextDouble() < 0.65 ? openingPeriod + rnd.nextInt(periods - openingPeriod) : periods;
          for (int t = 0; t < periods; t++) {
            status[s][t] = t >= openAt;
          }
        }
        case COMMITTED -> {
          for (int t = 0; t < periods; t++) {
            status[s][t] = t >= openingPeriod;
          }
        }
        default -> throw new IllegalStateException();
      }
    }

    int marketCount = 1 + rnd.nextInt(3);
    for (int m = 0; m < marketCount; m++) {
      Market market = Market.of("m" + m, pick(rnd, countries));
      for (Product p : products) {
        if (rnd.nextDouble() < 0.8) {
          double[] d = new double[periods];
          for (int t = 0; t < periods; t++) {
            d[t] = rnd.nextDouble() < 0.12 ? 0 : Math.round(2 * uniform(rnd, 2, 30)) / 2.0;
          }
          market = market.withDemand(p.id(), Series.of(d));
          if (rnd.nextDouble() < 0.45) {
            market = market.withLostSalesPenalty(p.id(), uniform(rnd, 40, 300));
          }
        }
      }
      b.market(market);
    }

    // Freight: country pairs, then some product, site and site+product rates (one per key).
    Set<String> keys = new HashSet<>();
    for (String o : countries) {
      for (String d : countries) {
        if (!o.equals(d) ? rnd.nextDouble() < 0.75 : rnd.nextDouble() < 0.3) {
          b.freight(FreightRate.lane(o, d, uniform(rnd, o.equals(d) ? 0 : 0.5, o.equals(d) ? 2 : 8)));
          keys.add(o + ">" + d);
        }
      }
    }
    int specific = rnd.nextInt(4);
    for (int i = 0; i < specific; i++) {
      String d = pick(rnd, countries);
      Site site = pick(rnd, sites);
      Product product = pick(rnd, products);
      FreightRate rate = FreightRate.lane(site.country(), d, uniform(rnd, 0, 10));
      double u = rnd.nextDouble();
      String key;
      if (u < 0.4) {
        rate = FreightRate.lane(pick(rnd, countries), d, uniform(rnd, 0, 10)).forProduct(product.id());
        key = rate.origin() + ">" + d + "[" + product.id() + "]";
      } else if (u < 0.7) {
        rate = rate.fromSite(site.id());
        key = site.country() + ">" + d + "@" + site.id();
      } else {
        rate = rate.fromSite(site.id()).forProduct(product.id());
        key = site.country() + ">" + d + "@" + site.id() + "[" + product.id() + "]";
      }
      if (keys.add(key)) {
        b.freight(rate);
      }
    }

    int tariffCount = rnd.nextInt(4);
    List<String> sectorList = new ArrayList<>(sectors);
    for (int k = 0; k < tariffCount; k++) {
      String dest = pick(rnd, countries);
      Set<String> origins = new HashSet<>();
      if (rnd.nextBoolean()) {
        for (String c : countries) {
          if (!c.equals(dest) && rnd.nextBoolean()) {
            origins.add(c);
          }
        }
      }
      Set<Integer> inPeriods = rnd.nextDouble() < 0.7 ? Set.of() : Set.of(rnd.nextInt(periods));
      double u = rnd.nextDouble();
      TariffRule rule = u < 0.5 ? TariffRule.ADD : u < 0.75 ? TariffRule.FLOOR : TariffRule.REPLACE;
      b.tariff(new TariffMeasure("tariff" + k, dest, origins, scope(rnd, products, sectorList), inPeriods,
          round(0.6 * rnd.nextDouble(), 3), rnd.nextDouble() < 0.3 ? uniform(rnd, 0, 5) : 0, rule));
    }

    int creditCount = rnd.nextInt(3);
    for (int k = 0; k < creditCount; k++) {
      OptionalDouble budget = rnd.nextDouble() < 0.4 ? OptionalDouble.of(uniform(rnd, 50, 1500)) : OptionalDouble.empty();
      b.productionCredit(new ProductionCredit("credit" + k, pick(rnd, countries), scope(rnd, products, sectorList),
          series(rnd, periods, 0, 12), budget));
    }
    if (rnd.nextDouble() < 0.4) {
      b.investmentCredit(new InvestmentCredit("itc", pick(rnd, countries), scope(rnd, products, sectorList),
          round(0.5 * rnd.nextDouble(), 3)));
    }
    if (rnd.nextDouble() < 0.3) {
      b.jobGrant(new JobGrant("grant", pick(rnd, countries), series(rnd, periods, 0, 8000)));
    }
    if (rnd.nextDouble() < 0.2) {
      b.policy(new Policy.HomeShare("home", pick(rnd, products).id(), pick(rnd, countries),
          round(0.7 * rnd.nextDouble(), 3)));
    }
    if (rnd.nextDouble() < 0.2) {
      b.policy(new Policy.EmploymentFloor("floor", pick(rnd, countries), series(rnd, periods, 0, 0.05)));
    }
    if (rnd.nextDouble() < 0.1) {
      b.policy(new Policy.InvestmentPledge("pledge", pick(rnd, countries), uniform(rnd, 0, 15000)));
    }
    if (rnd.nextDouble() < 0.1) {
      b.policy(new Policy.ConcentrationCap("cap", pick(rnd, products).id(), round(0.5 + 0.5 * rnd.nextDouble(), 3)));
    }
    return new Instance(b.build(), status);
  }

  private static ProductScope scope(Random rnd, List<Product> products, List<String> sectors) {
    double u = rnd.nextDouble();
    if (u < 0.5) {
      return ProductScope.ALL;
    }
    return u < 0.75 ? ProductScope.products(pick(rnd, products).id()) : ProductScope.sectors(pick(rnd, sectors));
  }

  private static Series series(Random rnd, int periods, double lo, double hi) {
    if (periods == 1 || rnd.nextBoolean()) {
      return Series.constant(uniform(rnd, lo, hi));
    }
    double[] v = new double[periods];
    for (int t = 0; t < periods; t++) {
      v[t] = uniform(rnd, lo, hi);
    }
    return Series.of(v);
  }

  private static double uniform(Random rnd, double lo, double hi) {
    return round(lo + (hi - lo) * rnd.nextDouble(), 2);
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }

  private static <T> T pick(Random rnd, List<T> values) {
    return values.get(rnd.nextInt(values.size()));
  }

  // ---------------------------------------------------------------------------------------------
  // The oracle

  /** @param feasible whether the LP has a solution @param objective its optimum, NaN if infeasible */
  record OracleResult(boolean feasible, double objective) {}

  /** Builds the LP from the domain objects and solves it with Commons Math. */
  static final class Oracle {
    private final Network n;
    private final boolean[][] y;
    private final int periods;
    private final double[] w;
    private final List<Double> cost = new ArrayList<>();
    private final List<Map<Integer, Double>> rows = new ArrayList<>();
    private final List<Relationship> relations = new ArrayList<>();
    private final List<Double> rhs = new ArrayList<>();
    private double constant;
    private boolean triviallyInfeasible;
    // ship variable by [p][s][m][t], -1 where none
    private final int[][][][] ship;

    private Oracle(Network network, boolean[][] status) {
      this.n = network;
      this.y = status;
      this.periods = network.horizon().periods();
      this.w = new double[periods];
      for (int t = 0; t < periods; t++) {
        w[t] = 1 / Math.pow(1 + network.horizon().discountRate(), t);
      }
      ship = new int[n.products().size()][n.sites().size()][n.markets().size()][periods];
    }

    static OracleResult solve(Network network, boolean[][] status) {
      Oracle o = new Oracle(network, status);
      o.build();
      return o.run();
    }

    private int variable(double objective) {
      cost.add(objective);
      return cost.size() - 1;
    }

    private void row(Map<Integer, Double> coefficients, Relationship relation, double value) {
      boolean empty = coefficients.values().stream().allMatch(c -> c == 0);
      if (empty) {
        boolean holds = switch (relation) {
          case EQ -> Math.abs(value) <= 1e-12;
          case LEQ -> 0 <= value + 1e-12;
          case GEQ -> 0 >= value - 1e-12;
        };
        triviallyInfeasible |= !holds;
        return;
      }
      rows.add(coefficients);
      relations.add(relation);
      rhs.add(value);
    }

    private void build() {
      List<Product> products = n.products();
      List<Site> sites = n.sites();
      List<Market> markets = n.markets();

      // Site costs: a constant once the statuses are fixed.
      for (int s = 0; s < sites.size(); s++) {
        Site site = sites.get(s);
        double share = 0;
        for (InvestmentCredit c : n.investmentCredits()) {
          if (site.kind() != SiteKind.EXISTING && c.country().equals(site.country())) {
            boolean qualifies = isAll(c.scope());
            for (Product p : products) {
              qualifies |= mayMake(site, p) && covers(c.scope(), p);
            }
            if (qualifies) {
              share += c.share();
            }
          }
        }
        boolean previous = site.kind() == SiteKind.EXISTING;
        for (int t = 0; t < periods; t++) {
          boolean active = y[s][t];
          if (active) {
            constant += w[t] * site.fixedCost().at(t);
          }
          if (site.kind() == SiteKind.EXISTING && previous && !active) {
            constant += w[t] * site.closingCost();
          }
          if (site.kind() != SiteKind.EXISTING && !previous && active) {
            constant += w[t] * site.openingCapex() * (1 - share);
          }
          previous = active;
        }
      }

      // Shipments.
      for (int p = 0; p < products.size(); p++) {
        Product product = products.get(p);
        for (int s = 0; s < sites.size(); s++) {
          Site site = sites.get(s);
          Country country = n.country(site.country());
          for (int m = 0; m < markets.size(); m++) {
            Market market = markets.get(m);
            Optional<Double> freight = freight(product, site, market);
            for (int t = 0; t < periods; t++) {
              ship[p][s][m][t] = -1;
              double d = demand(market, product, t);
              if (!y[s][t] || !mayMake(site, product) || !(d > 0) || freight.isEmpty()) {
                continue;
              }
              double material = product.materialCostByCountry().getOrDefault(country.id(), product.materialCostPerUnit());
              double hours = product.laborHoursPerUnit() / country.productivity();
              double labor = hours * country.laborCostPerHour().at(t);
              double unit = material + labor + freight.get();
              if (!site.country().equals(market.country())) {
                double customs = product.declaredCustomsValue().isPresent()
                    ? product.declaredCustomsValue().getAsDouble()
                    : (material + labor) * (1 + product.customsMarkup());
                double[] tariff = tariff(site.country(), market.country(), product, t);
                unit += tariff[0] * customs + tariff[1];
              }
              for (ProductionCredit k : n.productionCredits()) {
                if (k.budget().isEmpty() && k.country().equals(site.country()) && covers(k.scope(), product)) {
                  unit -= k.creditPerUnit().at(t);
                }
              }
              for (JobGrant g : n.jobGrants()) {
                if (g.country().equals(site.country())) {
                  unit -= g.grantPerJob().at(t) * hours / country.hoursPerJob();
                }
              }
              ship[p][s][m][t] = variable(w[t] * unit);
            }
          }
        }
      }

      // Demand, with lost sales where a penalty allows them.
      for (int p = 0; p < products.size(); p++) {
        Product product = products.get(p);
        for (int m = 0; m < markets.size(); m++) {
          Market market = markets.get(m);
          Double penalty = market.lostSalesPenalty().get(product.id());
          for (int t = 0; t < periods; t++) {
            double d = demand(market, product, t);
            if (!(d > 0)) {
              continue;
            }
            Map<Integer, Double> row = new HashMap<>();
            for (int s = 0; s < sites.size(); s++) {
              if (ship[p][s][m][t] >= 0) {
                row.put(ship[p][s][m][t], 1.0);
              }
            }
            if (penalty != null) {
              int lost = variable(w[t] * penalty);
              row.put(lost, 1.0);
              row(Map.of(lost, 1.0), Relationship.LEQ, d);
            }
            row(row, Relationship.EQ, d);
          }
        }
      }

      // Capacity of active sites.
      for (int s = 0; s < sites.size(); s++) {
        for (int t = 0; t < periods; t++) {
          if (!y[s][t]) {
            continue;
          }
          Map<Integer, Double> row = new HashMap<>();
          for (int p = 0; p < products.size(); p++) {
            for (int m = 0; m < markets.size(); m++) {
              if (ship[p][s][m][t] >= 0) {
                row.put(ship[p][s][m][t], products.get(p).capacityUsePerUnit());
              }
            }
          }
          row(row, Relationship.LEQ, sites.get(s).capacity().at(t));
        }
      }

      // Capped production credits: claims up to the credit earned, and the budget.
      for (ProductionCredit k : n.productionCredits()) {
        if (k.budget().isEmpty()) {
          continue;
        }
        Map<Integer, Double> budget = new HashMap<>();
        for (int t = 0; t < periods; t++) {
          int claim = variable(-w[t]);
          budget.put(claim, 1.0);
          Map<Integer, Double> earned = new HashMap<>();
          earned.put(claim, 1.0);
          for (int p = 0; p < products.size(); p++) {
            if (!covers(k.scope(), products.get(p))) {
              continue;
            }
            for (int s = 0; s < sites.size(); s++) {
              if (!sites.get(s).country().equals(k.country())) {
                continue;
              }
              for (int m = 0; m < markets.size(); m++) {
                if (ship[p][s][m][t] >= 0) {
                  earned.merge(ship[p][s][m][t], -k.creditPerUnit().at(t), Double::sum);
                }
              }
            }
          }
          row(earned, Relationship.LEQ, 0);
        }
        row(budget, Relationship.LEQ, k.budget().getAsDouble());
      }

      for (Policy policy : n.policies()) {
        if (policy instanceof Policy.HomeShare x) {
          int p = n.productIndex(x.product());
          for (int t = 0; t < periods; t++) {
            // home >= share * total
            row(shareRow(p, t, x.country(), x.minimumShare()), Relationship.GEQ, 0);
          }
        } else if (policy instanceof Policy.ConcentrationCap x) {
          int p = n.productIndex(x.product());
          for (Country c : n.countries()) {
            for (int t = 0; t < periods; t++) {
              row(shareRow(p, t, c.id(), x.maximumShare()), Relationship.LEQ, 0);
            }
          }
        } else if (policy instanceof Policy.EmploymentFloor x) {
          Country country = n.country(x.country());
          for (int t = 0; t < periods; t++) {
            Map<Integer, Double> row = new HashMap<>();
            for (int p = 0; p < products.size(); p++) {
              double jobsPerUnit = products.get(p).laborHoursPerUnit() / country.productivity() / country.hoursPerJob();
              for (int s = 0; s < sites.size(); s++) {
                if (!sites.get(s).country().equals(x.country())) {
                  continue;
                }
                for (int m = 0; m < markets.size(); m++) {
                  if (ship[p][s][m][t] >= 0) {
                    row.put(ship[p][s][m][t], jobsPerUnit);
                  }
                }
              }
            }
            row(row, Relationship.GEQ, x.minimumJobs().at(t));
          }
        } else if (policy instanceof Policy.InvestmentPledge x) {
          double capex = 0;
          for (int s = 0; s < sites.size(); s++) {
            Site site = sites.get(s);
            if (site.kind() != SiteKind.EXISTING && site.country().equals(x.country()) && y[s][periods - 1]) {
              capex += site.openingCapex();
            }
          }
          row(Map.of(), Relationship.GEQ, x.minimumCapex() - capex);
        }
      }
    }

    /** {@code sum_{in country} (1 - share) ship - sum_{elsewhere} share * ship}. */
    private Map<Integer, Double> shareRow(int p, int t, String country, double share) {
      Map<Integer, Double> row = new HashMap<>();
      for (int s = 0; s < n.sites().size(); s++) {
        double coefficient = n.sites().get(s).country().equals(country) ? 1 - share : -share;
        for (int m = 0; m < n.markets().size(); m++) {
          if (ship[p][s][m][t] >= 0) {
            row.put(ship[p][s][m][t], coefficient);
          }
        }
      }
      return row;
    }

    private OracleResult run() {
      if (triviallyInfeasible) {
        return new OracleResult(false, Double.NaN);
      }
      if (cost.isEmpty()) {
        variable(0); // Commons Math needs at least one variable
      }
      int size = cost.size();
      double[] c = new double[size];
      for (int j = 0; j < size; j++) {
        c[j] = cost.get(j);
      }
      List<LinearConstraint> constraints = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        double[] a = new double[size];
        rows.get(i).forEach((j, v) -> a[j] += v);
        constraints.add(new LinearConstraint(a, relations.get(i), rhs.get(i)));
      }
      // epsilon 1e-9 on tableau comparisons (costs are O(1e2), rows O(1e2)), 10 ulps, cut-off 1e-12
      SimplexSolver simplex = new SimplexSolver(1e-9, 10, 1e-12);
      try {
        PointValuePair optimum = simplex.optimize(new MaxIter(1_000_000), new LinearObjectiveFunction(c, constant),
            new LinearConstraintSet(constraints), GoalType.MINIMIZE, new NonNegativeConstraint(true),
            PivotSelectionRule.BLAND);
        return new OracleResult(true, optimum.getValue());
      } catch (NoFeasibleSolutionException e) {
        return new OracleResult(false, Double.NaN);
      }
    }

    // ---- the domain definitions, restated

    private static double demand(Market market, Product product, int t) {
      Series s = market.demand().get(product.id());
      return s == null ? 0 : s.at(t);
    }

    private static boolean mayMake(Site site, Product product) {
      return site.products().isEmpty() || site.products().contains(product.id());
    }

    private static boolean isAll(ProductScope scope) {
      return scope.products().isEmpty() && scope.sectors().isEmpty();
    }

    private static boolean covers(ProductScope scope, Product product) {
      return isAll(scope) || scope.products().contains(product.id()) || scope.sectors().contains(product.sector());
    }

    /** Most specific rate: site and product (3), site (2), product (1), pair (0). */
    private Optional<Double> freight(Product product, Site site, Market market) {
      int best = -1;
      double value = 0;
      for (FreightRate r : n.freight()) {
        if (!r.origin().equals(site.country()) || !r.destination().equals(market.country())) {
          continue;
        }
        if (r.product().isPresent() && !r.product().get().equals(product.id())) {
          continue;
        }
        if (r.site().isPresent() && !r.site().get().equals(site.id())) {
          continue;
        }
        int rank = (r.site().isPresent() ? 2 : 0) + (r.product().isPresent() ? 1 : 0);
        if (rank > best) {
          best = rank;
          value = r.costPerUnit();
        }
      }
      if (best >= 0) {
        return Optional.of(value);
      }
      return site.country().equals(market.country()) ? Optional.of(0.0) : Optional.empty();
    }

    /**
     * {ad valorem rate, specific duty per unit}: REPLACE measures alone if any applies, else the
     * larger of the ADD sum and the largest FLOOR, with every specific duty summed.
     */
    private double[] tariff(String origin, String destination, Product product, int t) {
      List<TariffMeasure> applying = new ArrayList<>();
      for (TariffMeasure m : n.tariffs()) {
        if (m.destination().equals(destination) && !origin.equals(destination)
            && (m.origins().isEmpty() || m.origins().contains(origin))
            && (m.periods().isEmpty() || m.periods().contains(t))
            && covers(m.scope(), product)) {
          applying.add(m);
        }
      }
      boolean replace = applying.stream().anyMatch(m -> m.rule() == TariffRule.REPLACE);
      double add = 0;
      double floor = 0;
      double specific = 0;
      for (TariffMeasure m : applying) {
        if (replace) {
          if (m.rule() == TariffRule.REPLACE) {
            add += m.adValoremRate();
            specific += m.specificDutyPerUnit();
          }
        } else {
          specific += m.specificDutyPerUnit();
          if (m.rule() == TariffRule.FLOOR) {
            floor = Math.max(floor, m.adValoremRate());
          } else {
            add += m.adValoremRate();
          }
        }
      }
      return new double[] {Math.max(add, floor), specific};
    }
  }
}
