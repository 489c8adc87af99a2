package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The progress listener hears a running solve: elapsed time from every backend, and the incumbent
 * and bound where the backend reports them (CP-SAT: both, from its log; HiGHS: incumbents, from its
 * improving-solution file; SCIP: neither, OR-Tools 9.15 gives no way to hear it). Reports arrive on
 * the solving thread. What is checked is what must hold whatever the machine's speed: order, the
 * relation of incumbents and bounds to the optimum, and the final solution.
 */
class ProgressTest {
  private static final Network S = NetworkGenerator.generate(NetworkGenerator.Size.S, 20260101L);

  /** A listener that records what it hears and on which thread. */
  private static final class Recorder implements SolveListener {
    final List<SolveProgress> reports = new CopyOnWriteArrayList<>();
    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<Thread> threads = new CopyOnWriteArrayList<>();

    @Override
    public void progress(SolveProgress p) {
      reports.add(p);
      threads.add(Thread.currentThread());
    }

    @Override
    public void log(String line) {
      lines.add(line);
      threads.add(Thread.currentThread());
    }
  }

  private static void assertElapsedIncreases(List<SolveProgress> reports) {
    for (int i = 1; i < reports.size(); i++) {
      assertTrue(reports.get(i).elapsed().compareTo(reports.get(i - 1).elapsed()) > 0, reports.toString());
    }
  }

  @Test
  void scipReportsElapsedTimeOnlyOnTheSolvingThread() {
    Recorder r = new Recorder();
    Network m = NetworkGenerator.generate(NetworkGenerator.Size.M, 20260101L);
    Solution s = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(Backend.SCIP)
        .withTimeLimit(Duration.ofSeconds(4)).withProgress(r)).solve(m);
    assertEquals(StopReason.TIME_LIMIT, s.stats().stop(), s.stats().toString());
    assertTrue(r.reports.size() >= 2, "about one report a second: " + r.reports);
    assertElapsedIncreases(r.reports);
    for (SolveProgress p : r.reports) {
      assertEquals(Backend.SCIP, p.backend());
      assertFalse(p.hasIncumbent(), "SCIP's incumbent cannot be heard; none may be invented: " + p);
      assertFalse(p.hasBound(), p.toString());
      assertTrue(Double.isNaN(p.relativeGap()));
    }
    r.threads.forEach(t -> assertSame(Thread.currentThread(), t));
  }

  @Test
  void cpSatReportsIncumbentsAndBoundsThatBracketTheOptimum() {
    double optimum = FootprintSolver.create(SolveOptions.DEFAULT.withRelativeGap(0)).solve(S).objective();
    Recorder r = new Recorder();
    // CP-SAT does not close the gap on S in seconds; it stops at the limit with its last incumbent.
    Solution s = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(Backend.CP_SAT)
        .withTimeLimit(Duration.ofSeconds(5)).withProgress(r)).solve(S);
    double tol = 1e-6 * optimum; // CP-SAT's log prints about nine significant digits
    List<SolveProgress> withIncumbent = r.reports.stream().filter(SolveProgress::hasIncumbent).toList();
    assertFalse(withIncumbent.isEmpty(), r.reports.toString());
    assertElapsedIncreases(r.reports);
    double lastIncumbent = Double.POSITIVE_INFINITY;
    double lastBound = Double.NEGATIVE_INFINITY;
    for (SolveProgress p : r.reports) {
      assertEquals(Backend.CP_SAT, p.backend());
      if (p.hasIncumbent()) {
        assertTrue(p.incumbent() >= optimum - tol, "an incumbent below the optimum: " + p);
        assertTrue(p.incumbent() <= lastIncumbent + tol, "incumbents only improve: " + r.reports);
        lastIncumbent = p.incumbent();
      }
      if (p.hasBound()) {
        assertTrue(p.bestBound() <= optimum + tol, "a bound above the optimum: " + p);
        assertTrue(p.bestBound() >= lastBound - tol, "bounds only tighten: " + r.reports);
        lastBound = p.bestBound();
      }
    }
    assertTrue(s.hasAllocation(), s.stats().toString());
    assertEquals(lastIncumbent, s.stats().objective(), 1e-6 * Math.abs(lastIncumbent),
        "the solution is the last incumbent reported");
    r.threads.forEach(t -> assertSame(Thread.currentThread(), t));
  }

  @Test
  void highsReportsItsIncumbentsDownToTheOptimum() {
    Network n = FacilityLocation.network(50, 50, 1);
    double optimum = FootprintSolver.create(SolveOptions.DEFAULT.withRelativeGap(0)).solve(n).objective();
    Recorder r = new Recorder();
    Solution s = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(Backend.HIGHS).withRelativeGap(0)
        .withProgress(r)).solve(n);
    assertEquals(SolveStatus.OPTIMAL, s.status(), s.stats().toString());
    List<SolveProgress> incumbents = r.reports.stream().filter(SolveProgress::hasIncumbent).toList();
    assertFalse(incumbents.isEmpty(), "HiGHS wrote no incumbent: " + r.reports);
    double tol = 1e-7 * optimum;
    for (int i = 0; i < incumbents.size(); i++) {
      assertTrue(incumbents.get(i).incumbent() >= optimum - tol, incumbents.toString());
      assertFalse(incumbents.get(i).hasBound(), "HiGHS's bound cannot be heard: " + incumbents.get(i));
      if (i > 0) {
        assertTrue(incumbents.get(i).incumbent() < incumbents.get(i - 1).incumbent() + tol, incumbents.toString());
      }
    }
    assertEquals(optimum, incumbents.get(incumbents.size() - 1).incumbent(), tol,
        "the last incumbent is the optimal solution");
  }

  @Test
  void logLinesGoToTheListenerOnlyWithSolverLog() {
    Recorder quiet = new Recorder();
    FootprintSolver.create(SolveOptions.DEFAULT.withBackend(Backend.CP_SAT).withTimeLimit(Duration.ofSeconds(1))
        .withProgress(quiet)).solve(S);
    assertTrue(quiet.lines.isEmpty(), quiet.lines.toString());

    Recorder cpSat = new Recorder();
    FootprintSolver.create(SolveOptions.DEFAULT.withBackend(Backend.CP_SAT).withTimeLimit(Duration.ofSeconds(1))
        .withSolverLog(true).withProgress(cpSat)).solve(S);
    assertTrue(cpSat.lines.get(0).startsWith("footprint: CP_SAT started: 1,444 variables (39 integer)"),
        cpSat.lines.toString());
    assertTrue(cpSat.lines.stream().anyMatch(l -> l.startsWith("#Bound") || l.matches("#\\d+ .*")),
        "CP-SAT's own search lines: " + cpSat.lines);
    assertTrue(cpSat.lines.get(cpSat.lines.size() - 1).startsWith("footprint: CP_SAT ended"), cpSat.lines.toString());

    Recorder scip = new Recorder();
    Solution s = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(Backend.SCIP).withSolverLog(true).withProgress(scip)).solve(S);
    assertEquals(List.of("footprint: SCIP started: 1,444 variables (39 integer), 1,453 rows, time limit none; SCIP's"
        + " own log is not shown: OR-Tools 9.15 writes it only to standard output"), scip.lines.subList(0, 1));
    assertTrue(scip.lines.get(scip.lines.size() - 1).startsWith("footprint: SCIP ended " + s.status()),
        scip.lines.toString());
    List<Thread> all = new ArrayList<>(cpSat.threads);
    all.addAll(scip.threads);
    all.forEach(t -> assertSame(Thread.currentThread(), t));
  }

  @Test
  void aListenerThatThrowsStopsTheSolveAndItsExceptionComesOut() {
    IllegalStateException boom = new IllegalStateException("listener failed");
    SolveOptions o = SolveOptions.DEFAULT.withBackend(Backend.CP_SAT).withTimeLimit(Duration.ofSeconds(30))
        .withProgress(SolveListener.onProgress(p -> {
          throw boom;
        }));
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> FootprintSolver.create(o).solve(S));
    assertSame(boom, thrown);
  }
}
