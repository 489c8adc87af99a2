package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffRule;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every backend that solves MILPs finds the same optimum on small instances where the site
 * decisions matter (capex, fixed and closing costs, an investment pledge), with fractional demands
 * and costs; and the LP relaxation is the same whichever LP method solves it.
 *
 * <p>Tolerances: the MILP backends are asked for {@code relativeGap = 0} and must agree within
 * {@code 1e-6 * max(1, |z|)}. For the LP relaxation GLOP and SCIP (simplex based) must agree within
 * the same {@code 1e-6}; PDLP is a first-order method that stops at relative optimality and
 * feasibility tolerances of about {@code 1e-6} on the whole problem's norms, not at a vertex, so it
 * is held to {@code 1e-4} relative.
 */
class BackendAgreementTest {
  private static final double REL_TOL = 1e-6;
  private static final double PDLP_REL_TOL = 1e-4;
  private static final List<Backend> MILP_BACKENDS = List.of(Backend.SCIP, Backend.CP_SAT, Backend.HIGHS, Backend.CBC);
  private static final List<Backend> LP_BACKENDS = List.of(Backend.GLOP, Backend.SCIP, Backend.PDLP);

  static IntStream instances() {
    return IntStream.range(0, 10);
  }

  /**
   * Instance {@code k}: three countries (high-wage A, low-wage B, mid C), two products, two existing
   * sites that may close, two candidates (one not before period 1), three markets with fractional
   * demands, tariffs with ADD and FLOOR rules, production and investment credits; odd instances
   * carry an investment pledge in B, every third instance a lost-sales penalty. All figures are
   * drawn with two decimals from a generator seeded with {@code k}.
   *
   * @param k instance number
   * @return the network
   */
  static Network instance(int k) {
    Random rnd = new Random(7919L * (k + 1));
    int periods = k % 4 == 0 ? 1 : 2;
    Network.Builder b = Network.builder().horizon(Horizon.of(periods, k % 3 == 0 ? 0 : 0.07));
    b.country(new Country("A", "A", Series.constant(d(rnd, 18, 26)), 1.0, 1800),
        new Country("B", "B", Series.constant(d(rnd, 3, 7)), 0.62, 2100),
        new Country("C", "C", Series.constant(d(rnd, 8, 12)), 0.85, 2000));
    b.product(Product.of("cells", "battery", d(rnd, 1, 2), d(rnd, 10, 14)).withMaterialCost("B", 1.37 + d(rnd, 10, 12)),
        Product.of("packs", "battery", d(rnd, 0.5, 1), d(rnd, 6, 9)).withCapacityUse(0.5).withCustomsMarkup(0.15));
    b.site(Site.existing("A-old", "A", d(rnd, 30, 50)).withFixedCost(d(rnd, 100, 200)).withClosingCost(d(rnd, 200, 400)),
        Site.existing("C-old", "C", d(rnd, 20, 35)).withFixedCost(d(rnd, 60, 120)).withClosingCost(d(rnd, 50, 150)),
        Site.candidate("B-new", "B", d(rnd, 40, 70), d(rnd, 900, 2600)).withFixedCost(d(rnd, 50, 150)),
        Site.candidate("A-new", "A", d(rnd, 35, 60), d(rnd, 1500, 3000)).withFixedCost(d(rnd, 20, 60))
            .withOpeningPeriod(periods - 1));
    Market a = Market.of("A-mkt", "A").withDemand("cells", half(rnd, 8, 20)).withDemand("packs", 7.75);
    Market bm = Market.of("B-mkt", "B").withDemand("cells", half(rnd, 10, 25));
    Market c = Market.of("C-mkt", "C").withDemand("packs", half(rnd, 5, 15)).withDemand("cells", 12.5);
    if (k % 3 == 0) {
      a = a.withLostSalesPenalty("packs", d(rnd, 60, 90));
    }
    b.market(a, bm, c);
    b.freight(FreightRate.lane("B", "A", 1.37), FreightRate.lane("C", "A", d(rnd, 0.5, 1.5)),
        FreightRate.lane("A", "B", d(rnd, 1, 2)), FreightRate.lane("A", "C", d(rnd, 1, 2)),
        FreightRate.lane("B", "C", d(rnd, 0.3, 1)), FreightRate.lane("C", "B", d(rnd, 0.3, 1)),
        FreightRate.lane("B", "A", 0.95).forProduct("packs"));
    b.tariff(TariffMeasure.adValorem("A-on-B", "A", d(rnd, 0.1, 0.4)).from("B"),
        TariffMeasure.adValorem("A-floor", "A", 0.15).rule(TariffRule.FLOOR),
        TariffMeasure.specific("C-duty", "C", d(rnd, 0.5, 2)));
    b.productionCredit(ProductionCredit.of("A-45x", "A", ProductScope.products("cells"), d(rnd, 2, 6))
        .withBudget(d(rnd, 40, 120)));
    b.investmentCredit(new InvestmentCredit("A-48d", "A", ProductScope.ALL, 0.25));
    if (k % 2 == 1) {
      b.policy(new Policy.InvestmentPledge("B-pledge", "B", 500));
    }
    return b.build();
  }

  /** A uniform draw with two decimals. */
  private static double d(Random rnd, double lo, double hi) {
    return Math.round(100 * (lo + (hi - lo) * rnd.nextDouble())) / 100.0;
  }

  /** A uniform draw rounded to a half unit. */
  private static double half(Random rnd, double lo, double hi) {
    return Math.round(2 * (lo + (hi - lo) * rnd.nextDouble())) / 2.0;
  }

  @ParameterizedTest(name = "instance {0}")
  @MethodSource("instances")
  void milpBackendsAgreeAtZeroGap(int k) {
    Network network = instance(k);
    FootprintSolver solver = FootprintSolver.create(SolveOptions.DEFAULT.withRelativeGap(0));
    Map<Backend, Solution> solutions = new EnumMap<>(Backend.class);
    for (Backend backend : MILP_BACKENDS) {
      Solution s = solver.solve(network, solver.options().withBackend(backend));
      assertEquals(SolveStatus.OPTIMAL, s.status(), () -> backend + ": " + s + " " + s.stats());
      assertTrue(s.verification().orElseThrow().passed(), () -> backend + ": " + s.verification().orElseThrow());
      solutions.put(backend, s);
    }
    double reference = solutions.get(Backend.SCIP).objective();
    StringBuilder all = new StringBuilder();
    solutions.forEach((backend, s) -> all.append(String.format(Locale.ROOT, "%n  %-6s %.9f %s", backend,
        s.objective(), s.allocation().sitesOpened() + " closed " + s.allocation().sitesClosed())));
    for (Backend backend : MILP_BACKENDS) {
      double z = solutions.get(backend).objective();
      assertTrue(Math.abs(z - reference) <= REL_TOL * Math.max(1, Math.abs(reference)),
          "instance " + k + ": " + backend + " disagrees with SCIP:" + all);
    }
  }

  @ParameterizedTest(name = "instance {0}")
  @MethodSource("instances")
  void lpRelaxationAgreesAcrossLpMethods(int k) {
    Network network = instance(k);
    SolveOptions relaxed = SolveOptions.DEFAULT.withRelaxIntegrality(true).withRelativeGap(0);
    Map<Backend, Solution> solutions = new EnumMap<>(Backend.class);
    for (Backend backend : LP_BACKENDS) {
      Solution s = FootprintSolver.create().solve(network, relaxed.withBackend(backend));
      assertEquals(SolveStatus.OPTIMAL, s.status(), () -> backend + ": " + s + " " + s.stats());
      assertTrue(s.stats().relaxed(), backend::toString);
      assertTrue(s.verification().orElseThrow().passed(), () -> backend + ": " + s.verification().orElseThrow());
      solutions.put(backend, s);
    }
    double glop = solutions.get(Backend.GLOP).objective();
    double scale = Math.max(1, Math.abs(glop));
    StringBuilder all = new StringBuilder();
    solutions.forEach((backend, s) -> all.append(String.format(Locale.ROOT, "%n  %-6s %.9f", backend, s.objective())));
    assertTrue(Math.abs(solutions.get(Backend.SCIP).objective() - glop) <= REL_TOL * scale,
        "instance " + k + ": SCIP and GLOP differ on the LP relaxation:" + all);
    assertTrue(Math.abs(solutions.get(Backend.PDLP).objective() - glop) <= PDLP_REL_TOL * scale,
        "instance " + k + ": PDLP and GLOP differ on the LP relaxation:" + all);
    // the relaxation bounds the MILP optimum from below
    double milp = FootprintSolver.create(SolveOptions.DEFAULT.withRelativeGap(0)).solve(network).objective();
    assertTrue(glop <= milp + REL_TOL * Math.max(1, Math.abs(milp)), "LP " + glop + " above MILP " + milp);
  }
}
