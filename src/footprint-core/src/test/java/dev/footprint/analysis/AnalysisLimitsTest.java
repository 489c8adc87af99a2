package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.InvalidModelException;
import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.solve.Backend;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.SolveOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The limits of the analyses, and requests that used to hang or fail after solving: each is refused
 * by name before any solve. A solver that cannot solve the test network at all (GLOP on a model with
 * a candidate site) proves it: any solve would throw its own error instead of the one expected.
 */
class AnalysisLimitsTest {
  private static final FootprintSolver SOLVER = FootprintSolver.create();

  /** A network GLOP refuses to solve (it has a site decision), to prove nothing was solved. */
  private static Network unsolvableByGlop() {
    return TestNetworks.usMx().site(Site.candidate("US-new", "US", 100, 1000)).build();
  }

  private static final FootprintSolver GLOP = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(Backend.GLOP));

  @Test
  void sweepPoints() {
    long start = System.nanoTime();
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> Sweep.grid(0, 1, 2_000_000_000));
    assertEquals("count", e.field());
    assertEquals(2_000_000_000, e.value());
    assertTrue(System.nanoTime() - start < 1_000_000_000L);
    assertThrows(InvalidModelException.class,
        () -> Sweep.run(GLOP, unsolvableByGlop(), Parameters.wage("MX"), new double[AnalysisLimits.MAX_POINTS + 1]));
    assertEquals(AnalysisLimits.MAX_POINTS, Sweep.grid(0, 1, AnalysisLimits.MAX_POINTS).length);
  }

  /** A sweep whose far end the parameter cannot take (a rate of 50, above 10) fails before solving. */
  @Test
  void sweepEndsAreCheckedFirst() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> Sweep.run(GLOP,
        unsolvableByGlop().toBuilder().tariff(dev.footprint.model.TariffMeasure.adValorem("t", "US", 0.1)).build(),
        Parameters.tariffRate("t"), new double[] {0.1, 0.2, 50}));
    assertEquals("tariff 't': adValoremRate", e.field());
  }

  @Test
  void monteCarloSamplesAndThreads() {
    List<Uncertainty> none = List.of();
    InvalidModelException samples = assertThrows(InvalidModelException.class,
        () -> MonteCarlo.run(GLOP, unsolvableByGlop(), none, 2_000_000_000, 1, 1, null, null));
    assertEquals("samples", samples.field());
    InvalidModelException threads = assertThrows(InvalidModelException.class,
        () -> MonteCarlo.run(GLOP, unsolvableByGlop(), none, 10, 1, 1_000_000, null, null));
    assertEquals("threads", threads.field());
    assertThrows(InvalidModelException.class, () -> Comparison.run(GLOP,
        java.util.Map.of("base", unsolvableByGlop()), "base", AnalysisLimits.MAX_THREADS + 1));
  }

  /**
   * "made:nope@XX": the decision names a product and a country the network lacks; refused by name
   * before the two solves that used to end in ArrayIndexOutOfBoundsException.
   */
  @Test
  void breakEvenDecisionWithUnknownIds() {
    Decision d = Specs.decision("made:nope@XX");
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> BreakEven.find(GLOP, unsolvableByGlop(), Parameters.freight("MX", "US"), d, 0, 50, 1e-3));
    assertEquals("decision '" + d.name() + "': product", e.field());
    assertEquals("nope", e.value());
    assertTrue(e.getMessage().contains("products are [widget]"), e.getMessage());
    InvalidModelException country = assertThrows(InvalidModelException.class, () -> BreakEven.find(GLOP,
        unsolvableByGlop(), Parameters.freight("MX", "US"), Specs.decision("made:widget@XX"), 0, 50, 1e-3));
    assertEquals("XX", country.value());
    InvalidModelException site = assertThrows(InvalidModelException.class, () -> BreakEven.find(GLOP,
        unsolvableByGlop(), Parameters.freight("MX", "US"), Specs.decision("opens:US-1"), 0, 50, 1e-3));
    assertTrue(site.getMessage().contains("an existing site never opens"), site.getMessage());
    InvalidModelException shareOf = assertThrows(InvalidModelException.class,
        () -> Decision.shareOf(SOLVER.solve(TestNetworks.usMx().build()), "nope", "US"));
    assertEquals("nope", shareOf.value());
  }

  /** The parameter's ends and the tolerance are checked before solving too. */
  @Test
  void breakEvenRangeAndTolerance() {
    Decision d = Decision.productMadeIn("widget", "MX", 0.5);
    assertThrows(InvalidModelException.class,
        () -> BreakEven.find(GLOP, unsolvableByGlop(), Parameters.freight("MX", "US"), d, 0, 50, 1e-300));
    assertThrows(InvalidModelException.class,
        () -> BreakEven.find(GLOP, unsolvableByGlop(), Parameters.freight("MX", "US"), d, 50, 0, 1));
    InvalidModelException end = assertThrows(InvalidModelException.class,
        () -> BreakEven.find(GLOP, unsolvableByGlop(), Parameters.freight("MX", "US"), d, 0, 2e15, 1));
    assertEquals("freight MX->US: costPerUnit", end.field());
  }

  /**
   * The bisection stops at neighbouring doubles even with a tolerance below their spacing: on
   * {@link TestNetworks#twoSites} (SB wins below a freight of 28) with a tolerance of 1e-14, the
   * search ends within {@link AnalysisLimits#MAX_BISECTIONS} steps around 28. Near the tie the
   * solver's relative gap (1e-6 of a cost about 4,300, spread over SB's 60 units) blurs the flip by
   * up to 7e-5, hence that tolerance.
   */
  @Test
  void bisectionEndsAtNeighbouringDoubles() {
    BreakEven be = BreakEven.find(SOLVER, TestNetworks.twoSites(0.1, 200), Parameters.freight("B", "A"),
        Decision.productMadeIn("widget", "B", 0.25), 0, 50, 1e-14);
    assertEquals(28, be.value(), 7e-5);
    assertTrue(be.solves() <= AnalysisLimits.MAX_BISECTIONS + 2, be.solves() + " solves");
  }
}
