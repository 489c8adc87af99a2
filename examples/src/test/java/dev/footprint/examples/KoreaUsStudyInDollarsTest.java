package dev.footprint.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.footprint.examples.KoreaUsStudy.Assumptions;
import dev.footprint.examples.KoreaUsStudy.Regime;
import dev.footprint.model.Network;
import dev.footprint.solve.Backend;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import dev.footprint.solve.internal.Formulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The flagship built in plain dollars ({@link Assumptions#withMoneyUnit} 1: objective coefficients
 * up to 4e10, the pledge row's up to 7e10) has the same optimum as the study in US$ millions, 1e6
 * times its objective, with the same sites opened and closed, on HiGHS and SCIP: the library
 * scales the objective for the backends. CP-SAT is left out: it refuses the flagship's demands (they
 * are off its grid).
 *
 * <p>The 2025 deal with the pledge is the case where, before the library scaled money, HiGHS
 * returned OPTIMAL in plain dollars with objective = bound = 8.78088615e11 while SCIP found a
 * verified 8.77423881e11 (an invalid bound, examples/README.md, "Library problems found", item 1).
 * That was an earlier version of the study: with the scale switched off (objectiveScale always 1),
 * the current study in dollars also gives the optimum in millions on all three backends, so this
 * test does not reproduce HiGHS's wrong answer. It checks the round trip instead: an objective
 * scaled by 1e-6 for the backends and every figure brought back to dollars.
 */
class KoreaUsStudyInDollarsTest {
  private static final Network MILLIONS = KoreaUsStudy.network(Regime.DEAL_2025, true);
  private static final Network DOLLARS =
      KoreaUsStudy.network(Regime.DEAL_2025, true, Assumptions.BASE.withMoneyUnit("in dollars", 1));

  /** In millions the backends see the study as stated (its figures unchanged); in dollars, scaled by 1e-6. */
  @Test
  void onlyTheStudyInDollarsIsScaled() {
    assertEquals(1, new Formulation(MILLIONS, SolveOptions.DEFAULT).objectiveScale());
    assertEquals(1e-6, new Formulation(DOLLARS, SolveOptions.DEFAULT).objectiveScale());
  }

  @ParameterizedTest
  // CBC is left out since the study gained asset lives, construction, fixed staff and severance: it
  // takes about 100 s a solve on it (HiGHS ~17 s, SCIP ~3 s on this machine), too long for the suite.
  @EnumSource(value = Backend.class, names = {"HIGHS", "SCIP"})
  void dollarsGiveTheSameOptimumAsMillions(Backend backend) {
    FootprintSolver solver = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(backend));
    Solution m = solver.solve(MILLIONS);
    Solution d = solver.solve(DOLLARS);
    assertEquals(SolveStatus.OPTIMAL, m.status(), m.stats().toString());
    assertEquals(SolveStatus.OPTIMAL, d.status(), d.stats().toString());
    double expected = m.objective() / KoreaUsStudy.MONEY_UNIT;
    assertEquals(expected, d.objective(), 1e-6 * Math.abs(expected),
        backend + ": " + d.objective() + " in dollars against " + m.objective() + " in millions");
    assertEquals(m.allocation().sitesOpened(), d.allocation().sitesOpened(), backend.toString());
    assertEquals(m.allocation().sitesClosed(), d.allocation().sitesClosed(), backend.toString());
  }
}
