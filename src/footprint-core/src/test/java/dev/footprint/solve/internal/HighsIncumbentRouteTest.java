package dev.footprint.solve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Network;
import dev.footprint.result.Allocation;
import dev.footprint.result.VerificationReport;
import dev.footprint.result.Verifier;
import dev.footprint.solve.Backend;
import dev.footprint.solve.FacilityLocation;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import org.junit.jupiter.api.Test;

/**
 * HiGHS stopped at a limit of its own keeps its incumbent. OR-Tools 9.15 reports HiGHS's warning
 * status at any limit as an unknown outcome without values; the library reads the incumbent from
 * HiGHS's improving-solution file instead. A solution limit of one ({@code mip_max_improving_sols})
 * stops HiGHS deterministically at its first incumbent, the same way a time limit does, without
 * depending on the machine's speed.
 */
class HighsIncumbentRouteTest {

  @Test
  void incumbentAtALimitIsReadFromTheFileAndIsAFeasibleAllocation() {
    Network n = FacilityLocation.network(50, 50, 1);
    SolveOptions o = SolveOptions.DEFAULT.withBackend(Backend.HIGHS);
    Formulation f = new Formulation(n, o);
    double optimum = FootprintSolver.create(SolveOptions.DEFAULT.withRelativeGap(0)).solve(n).objective();
    try (OrToolsModel m = new OrToolsModel(true)) {
      f.emit(m, true, false);
      RawResult r = BackendRunner.run(m, o, true, SolveControl.quiet(), false, "mip_max_improving_sols=1");
      assertEquals(SolveStatus.FEASIBLE, r.status(), r.backendStatus());
      assertTrue(r.backendStatus().contains("improving-solution file"), r.backendStatus());
      assertFalse(r.detached());

      // The objective HiGHS wrote is the model's objective of the values it wrote.
      double objective = m.helper.getObjectiveOffset();
      for (int i = 0; i < m.variables(); i++) {
        objective += m.helper.getVarObjectiveCoefficient(m.nativeIndex(i)) * r.values()[i];
      }
      assertEquals(objective, r.objective(), 1e-7 * Math.abs(objective));
      // Feasible, as the verifier checks every constraint in domain terms ...
      Allocation a = f.extract(r.values(), true);
      VerificationReport report = Verifier.create(Verifier.DEFAULT_TOLERANCE, true).verify(a, r.objective());
      assertTrue(report.passed(), report.toString());
      // ... and no better than the proven optimum (SCIP with a zero gap).
      assertTrue(r.objective() >= optimum - 1e-6 * optimum, r.objective() + " < optimum " + optimum);
    }
  }

  @Test
  void anLpStoppedByALimitHasNoAllocation() {
    // The LP relaxation: HiGHS writes no improving MIP solutions; a limit then yields no allocation.
    Network n = FacilityLocation.network(50, 50, 1);
    SolveOptions o = SolveOptions.DEFAULT.withBackend(Backend.HIGHS).withRelaxIntegrality(true);
    Formulation f = new Formulation(n, o);
    try (OrToolsModel m = new OrToolsModel(false)) {
      f.emit(m, false, false);
      RawResult r = BackendRunner.run(m, o, false, SolveControl.quiet(), false, "simplex_iteration_limit=1");
      assertFalse(r.status().hasAllocation(), r.backendStatus());
      assertEquals(null, r.values());
    }
  }
}
