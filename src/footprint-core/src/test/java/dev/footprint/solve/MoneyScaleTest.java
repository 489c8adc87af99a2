package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.solve.internal.Engine;
import dev.footprint.solve.internal.Formulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The library scales money for the backends: a network in plain dollars and the same network with
 * every money figure times 1e-6 (US$ millions) have the same optimum, the first 1e6 times the second,
 * on every MILP backend, and every objective and incumbent that reaches the caller is in the
 * network's own money.
 *
 * <p>The network: a facility-location instance over three yearly periods (8% discounting) with the
 * dollar figures of a large manufacturer: opening capex of $2B to $8B, fixed costs of $0.2B to $1B a
 * year, an existing plant with a $1B closing cost, freight of $1,000 a unit per distance unit, and a
 * lost-sales penalty of $5M a unit in two markets. In dollars its largest objective coefficient is of
 * order 1e9, which the backends are given scaled; in millions it is of order 1e3, given as is.
 */
class MoneyScaleTest {
  private static final double MILLIONS = 1e-6;

  /**
   * @param unit what every money figure in dollars is multiplied by
   * @return the network
   */
  static Network network(double unit) {
    Random r = new Random(20260311L);
    int sites = 8;
    int markets = 15;
    Network.Builder b = Network.builder().horizon(Horizon.of(3, 0.08))
        .product(Product.of("unit", "goods", 40, 25_000 * unit));
    List<Country> countries = new ArrayList<>();
    double[][] sitePoint = new double[sites][];
    for (int i = 0; i < sites; i++) {
      sitePoint[i] = new double[] {r.nextDouble() * 100, r.nextDouble() * 100};
      countries.add(Country.of("S" + i, (5 + r.nextInt(30)) * unit));
    }
    double total = 0;
    for (int j = 0; j < markets; j++) {
      countries.add(Country.of("M" + j, 30 * unit));
      double[] p = {r.nextDouble() * 100, r.nextDouble() * 100};
      int d = 100 + r.nextInt(900);
      total += d;
      Market m = Market.of("m" + j, "M" + j).withDemand("unit", d);
      b.market(j < 2 ? m.withLostSalesPenalty("unit", 5e6 * unit) : m);
      for (int i = 0; i < sites; i++) {
        double distance = Math.hypot(sitePoint[i][0] - p[0], sitePoint[i][1] - p[1]);
        b.freight(FreightRate.lane("S" + i, "M" + j, 1_000 * distance * unit));
      }
    }
    b.country(countries.toArray(Country[]::new));
    for (int i = 0; i < sites; i++) {
      double capacity = 3 * total / sites + r.nextInt(500);
      Site s = i == 0 ? Site.existing("s0", "S0", capacity).withClosingCost(1e9 * unit)
          : Site.candidate("s" + i, "S" + i, capacity, (2e9 + r.nextInt(6_000) * 1e6) * unit);
      b.site(s.withFixedCost((2e8 + r.nextInt(800) * 1e6) * unit));
    }
    return b.build();
  }

  private static Solution solve(Network n, SolveOptions options) {
    Solution s = FootprintSolver.create(options).solve(n);
    assertEquals(SolveStatus.OPTIMAL, s.status(), s.stats().toString());
    return s;
  }

  @Test
  void dollarsAreScaledForTheBackendsAndMillionsAreNot() {
    SolveOptions o = SolveOptions.DEFAULT;
    // In dollars the largest objective coefficient is a capex of $2B-$8B: 1e-5 brings it to at most 1e5.
    assertEquals(1e-5, new Formulation(network(1), o).objectiveScale());
    assertEquals(1, new Formulation(network(MILLIONS), o).objectiveScale());
  }

  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"HIGHS", "SCIP", "CBC", "CP_SAT"})
  void dollarsAndMillionsHaveTheSameOptimum(Backend backend) {
    SolveOptions o = SolveOptions.DEFAULT.withBackend(backend).withRelativeGap(1e-9);
    Solution dollars = solve(network(1), o);
    Solution millions = solve(network(MILLIONS), o);
    assertEquals(1, dollars.objective() / (millions.objective() / MILLIONS), 1e-6,
        dollars.objective() + " in dollars, " + millions.objective() + " in millions");
    assertEquals(millions.allocation().sitesOpened(), dollars.allocation().sitesOpened());
    assertEquals(millions.allocation().sitesClosed(), dollars.allocation().sitesClosed());
    // Reported, recomputed and bound agree in the network's own money.
    assertEquals(dollars.objective(), dollars.evaluation().total(), 1e-6 * Math.abs(dollars.objective()));
    assertTrue(dollars.stats().bestBound() <= dollars.objective() * (1 + 1e-6), dollars.stats().toString());
    assertTrue(dollars.stats().bestBound() >= dollars.objective() * (1 - 1e-6), dollars.stats().toString());
  }

  @Test
  void rawResultAndHighsIncumbentsAreInTheNetworksMoney() {
    Network n = network(1);
    double millions = solve(network(MILLIONS), SolveOptions.DEFAULT.withRelativeGap(0)).objective() / MILLIONS;
    List<SolveProgress> reports = new CopyOnWriteArrayList<>();
    List<String> lines = new CopyOnWriteArrayList<>();
    SolveOptions o = SolveOptions.DEFAULT.withRelativeGap(0).withSolverLog(true).withProgress(new SolveListener() {
      @Override
      public void progress(SolveProgress p) {
        reports.add(p);
      }

      @Override
      public void log(String line) {
        lines.add(line);
      }
    });
    Engine.Run run = Engine.solve(n, o);
    assertEquals(SolveStatus.OPTIMAL, run.raw().status());
    double tol = 1e-6 * millions;
    assertEquals(millions, run.raw().objective(), tol, "the backend's objective, back in dollars");
    assertEquals(millions, run.raw().bestBound(), tol, "the backend's bound, back in dollars");
    List<SolveProgress> incumbents = reports.stream().filter(SolveProgress::hasIncumbent).toList();
    assertFalse(incumbents.isEmpty(), "HiGHS wrote no incumbent: " + reports);
    for (SolveProgress p : incumbents) {
      assertTrue(p.incumbent() >= millions - tol, "an incumbent below the optimum, or not in dollars: " + p);
      assertTrue(p.incumbent() < 10 * millions, "an incumbent not in dollars: " + p);
    }
    assertEquals(millions, incumbents.get(incumbents.size() - 1).incumbent(), tol, incumbents.toString());
    assertTrue(lines.stream().anyMatch(l -> l.contains("sees the objective times 1e-05")), lines.toString());
  }
}
