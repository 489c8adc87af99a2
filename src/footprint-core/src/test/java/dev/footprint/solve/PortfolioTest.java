package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Country;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A portfolio races backends and keeps the first proven answer. The optimum is each backend's own
 * optimum (checked against SCIP alone); a backend that refuses the model drops out; progress reaches
 * the listener on the solving thread only; a cancelled race returns a cancelled outcome.
 */
class PortfolioTest {
  private static final Duration GUARD = Duration.ofMinutes(3);

  @Test
  void theRaceFindsTheOptimumOfEitherBackend() {
    Network n = FacilityLocation.network(20, 20, 3);
    SolveOptions alone = SolveOptions.DEFAULT.withBackend(Backend.SCIP).withRelativeGap(0);
    double optimum = FootprintSolver.create(alone).solve(n).objective();
    Solution s = FootprintSolver.create(alone.withPortfolio(List.of(Backend.HIGHS))).solve(n);
    assertEquals(SolveStatus.OPTIMAL, s.status(), s.stats().toString());
    assertTrue(Set.of(Backend.SCIP, Backend.HIGHS).contains(s.stats().backend()), s.stats().toString());
    assertEquals(optimum, s.objective(), 1e-6 * optimum);
    assertTrue(s.verification().orElseThrow().passed());
  }

  @Test
  void aBackendThatRefusesTheModelDropsOut() {
    // 10.0004 units: off CP-SAT's grid of 0.001 unit, so CP-SAT alone refuses the model.
    Network n = Network.builder()
        .country(Country.of("A", 10), Country.of("B", 20))
        .product(Product.of("p", "goods", 1, 5))
        .site(Site.existing("a", "A", 100), Site.candidate("b", "B", 100, 50))
        .market(Market.of("m", "B").withDemand("p", 10.0004))
        .build();
    SolveOptions cpSat = SolveOptions.DEFAULT.withBackend(Backend.CP_SAT);
    assertThrows(IllegalArgumentException.class, () -> FootprintSolver.create(cpSat).solve(n));
    Solution s = FootprintSolver.create(cpSat.withPortfolio(List.of(Backend.HIGHS))).solve(n);
    assertEquals(SolveStatus.OPTIMAL, s.status());
    assertEquals(Backend.HIGHS, s.stats().backend());
    double scip = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(Backend.SCIP)).solve(n).objective();
    assertEquals(scip, s.objective(), 1e-9 * Math.abs(scip));
  }

  @Test
  void ifEveryBackendRefusesTheFirstRefusalIsThrown() {
    Network n = FacilityLocation.network(5, 5, 1); // site decisions: no LP-only backend takes it
    SolveOptions lpOnly = SolveOptions.DEFAULT.withBackend(Backend.GLOP).withPortfolio(List.of(Backend.PDLP));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FootprintSolver.create(lpOnly).solve(n));
    assertTrue(e.getMessage().startsWith("backend = GLOP"), e.getMessage());
  }

  @Test
  void anInfeasibleModelIsProvenAndDiagnosed() {
    Solution s = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(Backend.SCIP)
        .withPortfolio(List.of(Backend.HIGHS))).solve(StdoutChild.plainDollarsInfeasible());
    assertEquals(SolveStatus.INFEASIBLE, s.status());
    assertFalse(s.hasAllocation());
    assertTrue(s.diagnosis().isPresent(), s.toString());
  }

  @Test
  void progressAndLogReachTheListenerOnTheSolvingThreadOnly() {
    List<String> threads = Collections.synchronizedList(new ArrayList<>());
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    SolveListener listener = new SolveListener() {
      @Override
      public void progress(SolveProgress p) {
        threads.add(Thread.currentThread().getName());
      }

      @Override
      public void log(String line) {
        threads.add(Thread.currentThread().getName());
        lines.add(line);
      }
    };
    Network n = FacilityLocation.network(20, 20, 3);
    FootprintSolver.create(SolveOptions.DEFAULT.withBackend(Backend.SCIP).withPortfolio(List.of(Backend.HIGHS))
        .withSolverLog(true)
        .withProgress(listener)).solve(n);
    String me = Thread.currentThread().getName();
    assertFalse(threads.isEmpty());
    assertTrue(threads.stream().allMatch(me::equals), threads.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("footprint: SCIP started")), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("footprint: HIGHS started")), lines.toString());
  }

  @Test
  void aCancelledRaceReturnsACancelledOutcome() throws Exception {
    Network m = NetworkGenerator.generate(NetworkGenerator.Size.M, 20260101L); // no backend finishes it at once
    SolveHandle h = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(Backend.SCIP)
        .withTimeLimit(Duration.ofSeconds(20)).withPortfolio(List.of(Backend.HIGHS))).start(m);
    h.cancel();
    Solution s = h.get(GUARD);
    assertEquals(StopReason.CANCELLED, s.stats().stop(), s.stats().toString());
    if (s.hasAllocation()) {
      assertTrue(s.verification().orElseThrow().passed());
    }
  }

  @Test
  void optionsCarryThePortfolio() {
    SolveOptions o = SolveOptions.DEFAULT.withBackend(Backend.SCIP)
        .withPortfolio(List.of(Backend.HIGHS, Backend.SCIP, Backend.HIGHS));
    assertEquals(List.of(Backend.SCIP, Backend.HIGHS), Portfolio.racers(o));
    assertEquals(List.of(Backend.HIGHS, Backend.SCIP, Backend.HIGHS), o.portfolio());
    assertEquals(o.portfolio(), o.withRelativeGap(0.01).withBackend(Backend.CBC).portfolio());
  }
}
