package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.footprint.solve.SolveStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exit codes follow from solve statuses; several solves take the most telling one. */
class ExitCodeTest {
  @Test
  void eachStatusHasItsCode() {
    assertEquals(0, ExitCode.of(SolveStatus.OPTIMAL));
    assertEquals(0, ExitCode.of(SolveStatus.FEASIBLE));
    assertEquals(3, ExitCode.of(SolveStatus.INFEASIBLE));
    assertEquals(3, ExitCode.of(SolveStatus.UNBOUNDED));
    assertEquals(4, ExitCode.of(SolveStatus.NO_SOLUTION));
  }

  @Test
  void severalSolvesExitWithInfeasibleBeforeNoSolution() {
    assertEquals(0, ExitCode.of(List.of(SolveStatus.OPTIMAL, SolveStatus.FEASIBLE)));
    assertEquals(4, ExitCode.of(List.of(SolveStatus.OPTIMAL, SolveStatus.NO_SOLUTION)));
    assertEquals(3, ExitCode.of(List.of(SolveStatus.NO_SOLUTION, SolveStatus.INFEASIBLE, SolveStatus.OPTIMAL)));
    assertEquals(3, ExitCode.of(List.of(SolveStatus.INFEASIBLE, SolveStatus.NO_SOLUTION)));
  }
}
