package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.junit.jupiter.params.provider.ValueSource;

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

  /** SCIP, HiGHS and CBC: the same optimum at gap 0, each solution verified. */
  @ParameterizedTest(name = "instance {0}")
  @MethodSource("instances")
  void milpBackendsAgreeAtZeroGap(int k) {
    assertAgreesWithScip(k, List.of(Backend.HIGHS, Backend.CBC));
  }

  /**
   * CP-SAT, held to the same tolerance. CP-SAT has no continuous variables: OR-Tools multiplies
   * each continuous variable by {@code mip_var_scaling} and makes it integer, so a ship variable can
   * only take multiples of {@code 1 / mip_var_scaling}; with the CP-SAT default of 1 a demand row
   * such as {@code sum ship = 12.5} has no solution at all. The tolerance is not loosened here; the
   * parameters passed to CP-SAT have to make it solve these models.
   */
  @ParameterizedTest(name = "instance {0}")
  @MethodSource("instances")
  void cpSatAgreesWithScipAtZeroGap(int k) {
    assertAgreesWithScip(k, List.of(Backend.CP_SAT));
  }

  /**
   * Demands fine-grained or large. Two countries; SA (A) makes at 10 + 2*20 = 50 per unit; the
   * candidate SB (B) at 10 + 2*5 + 3 freight = 23 per unit, capex 100 and fixed cost 10, with room
   * for everything; so the optimum is {@code 23 * demand + 110} (or {@code 50 * demand} when that is
   * less, for a tiny demand). SCIP, HiGHS and CBC must find it for every demand.
   */
  @ParameterizedTest(name = "demand {0}")
  @ValueSource(doubles = {12.3456, 0.0004, 999_999, 1_234_567.8})
  void continuousBackendsSolveAnyDemand(double demand) {
    double expected = Math.min(23 * demand + 110, 50 * demand);
    for (Backend backend : List.of(Backend.SCIP, Backend.HIGHS, Backend.CBC)) {
      Solution s = FootprintSolver.create(SolveOptions.DEFAULT.withRelativeGap(0).withBackend(backend))
          .solve(gridNetwork(demand));
      assertEquals(SolveStatus.OPTIMAL, s.status(), () -> backend + ": " + s);
      assertEquals(expected, s.objective(), REL_TOL * Math.max(1, expected), backend::toString);
    }
  }

  /**
   * CP-SAT has no continuous variables: shipments live on a grid of 1/1000 unit (up to 10 million
   * units). On the grid it finds the same optimum; off it (12.3456, 0.0004) it must refuse before
   * solving, naming the demand, and never return a wrong answer.
   */
  @ParameterizedTest(name = "demand {0}")
  @ValueSource(doubles = {12.3456, 0.0004, 999_999, 1_234_567.8, 12.5})
  void cpSatSolvesOnItsGridAndRefusesOffIt(double demand) {
    FootprintSolver cpSat = FootprintSolver.create(SolveOptions.DEFAULT.withRelativeGap(0).withBackend(Backend.CP_SAT));
    double scaled = demand * 1000;
    boolean onGrid = Math.abs(scaled - Math.rint(scaled)) < 1e-6 * scaled;
    if (onGrid) {
      Solution s = cpSat.solve(gridNetwork(demand));
      double expected = Math.min(23 * demand + 110, 50 * demand);
      assertEquals(SolveStatus.OPTIMAL, s.status(), s::toString);
      assertEquals(expected, s.objective(), REL_TOL * Math.max(1, expected));
    } else {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cpSat.solve(gridNetwork(demand)));
      assertTrue(e.getMessage().contains("demand['widget']") && e.getMessage().contains("CP_SAT"), e.getMessage());
    }
  }

  private static Network gridNetwork(double demand) {
    return Network.builder()
        .country(Country.of("A", 20), Country.of("B", 5))
        .product(Product.of("widget", "goods", 2, 10))
        .site(Site.existing("SA", "A", 1e7), Site.candidate("SB", "B", 1e7, 100).withFixedCost(10))
        .market(Market.of("MA", "A").withDemand("widget", demand))
        .freight(FreightRate.lane("B", "A", 3))
        .build();
  }

  private static void assertAgreesWithScip(int k, List<Backend> backends) {
    Network network = instance(k);
    FootprintSolver solver = FootprintSolver.create(SolveOptions.DEFAULT.withRelativeGap(0));
    Solution scip = solver.solve(network);
    assertEquals(SolveStatus.OPTIMAL, scip.status(), scip::toString);
    assertTrue(scip.verification().orElseThrow().passed(), () -> scip.verification().orElseThrow().toString());
    double reference = scip.objective();
    double scale = Math.max(1, Math.abs(reference));
    for (Backend backend : backends) {
      Solution s = solver.solve(network, solver.options().withBackend(backend));
      String context = String.format(Locale.ROOT, "instance %d: %s %s (%s); SCIP %s", k, backend, s, s.stats(), scip);
      assertEquals(SolveStatus.OPTIMAL, s.status(), context);
      assertTrue(s.verification().orElseThrow().passed(), () -> context + " " + s.verification().orElseThrow());
      assertTrue(Math.abs(s.objective() - reference) <= REL_TOL * scale, context);
      assertTrue(Math.abs(s.stats().objective() - reference) <= REL_TOL * scale, context);
    }
  }

  /**
   * The LP relaxation: GLOP and SCIP agree within 1e-6; PDLP, a first-order method, within 1e-4.
   * PDLP is solved here without the verifier so that its objective is compared even when its point
   * is only approximately feasible; {@link #pdlpRelaxationPassesTheVerifier} checks feasibility.
   */
  @ParameterizedTest(name = "instance {0}")
  @MethodSource("instances")
  void lpRelaxationAgreesAcrossLpMethods(int k) {
    Network network = instance(k);
    SolveOptions relaxed = SolveOptions.DEFAULT.withRelaxIntegrality(true).withRelativeGap(0);
    Map<Backend, Solution> solutions = new EnumMap<>(Backend.class);
    for (Backend backend : LP_BACKENDS) {
      SolveOptions options = relaxed.withBackend(backend).withVerify(backend != Backend.PDLP);
      Solution s = FootprintSolver.create().solve(network, options);
      assertEquals(SolveStatus.OPTIMAL, s.status(), () -> backend + ": " + s + " " + s.stats());
      assertTrue(s.stats().relaxed(), backend::toString);
      if (backend != Backend.PDLP) {
        assertTrue(s.verification().orElseThrow().passed(), () -> backend + ": " + s.verification().orElseThrow());
      }
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

  /**
   * PDLP's answer to the LP relaxation passes the library's own verifier (relative tolerance 1e-5,
   * 1e-6 on site statuses), as every backend's answer must for {@link FootprintSolver} to return it.
   */
  @ParameterizedTest(name = "instance {0}")
  @MethodSource("instances")
  void pdlpRelaxationPassesTheVerifier(int k) {
    SolveOptions pdlp = SolveOptions.DEFAULT.withRelaxIntegrality(true).withBackend(Backend.PDLP);
    Solution s = FootprintSolver.create().solve(instance(k), pdlp);
    assertEquals(SolveStatus.OPTIMAL, s.status(), s::toString);
    assertTrue(s.verification().orElseThrow().passed(), () -> s.verification().orElseThrow().toString());
  }
}
