package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OR-Tools' native library loads whatever the state of the first thread to solve. With OR-Tools
 * 9.15 alone, a first solve on an interrupted thread made every later solve of the JVM, on any
 * thread, fail with {@code UnsatisfiedLinkError} (the loader's unpacking fails with {@code
 * ClosedByInterruptException}, which it swallows). Run in a fresh JVM, since the library loads once.
 */
class NativeLoadTest {

  @Test
  void firstSolveOnAnInterruptedThreadLoadsTheLibraryForEveryone() {
    ChildJvm.Result r = ChildJvm.run(NativeLoadChild.class);
    String context = "stdout:\n" + r.stdout() + "\nstderr:\n" + r.stderr();
    assertEquals(0, r.exitCode(), context);
    List<String> lines = r.stdout().lines().toList();
    assertEquals(2, lines.size(), context);
    // The first solve saw the interrupt as a cancellation: either it had already finished (a tiny
    // model), or it stopped with what it had; either way the flag is set again for the caller.
    assertTrue(lines.get(0).matches("first (OPTIMAL FINISHED|FEASIBLE CANCELLED|NO_SOLUTION CANCELLED) flag true"),
        context);
    // The second solve, on a fresh thread, solves to optimality: the library is loaded.
    assertTrue(lines.get(1).startsWith("second OPTIMAL FINISHED "), context);
    double optimum = FootprintSolver.create().solve(FacilityLocation.network(4, 5, 3)).objective();
    double child = Double.parseDouble(lines.get(1).substring("second OPTIMAL FINISHED ".length()));
    assertEquals(optimum, child, 1e-6 * Math.max(1, Math.abs(optimum)), context);
  }
}
