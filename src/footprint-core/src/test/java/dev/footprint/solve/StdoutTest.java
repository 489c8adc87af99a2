package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No backend writes to standard output: not its log, not a banner, not a warning; not the native
 * loader either. Standard output is the process's file descriptor, which native code writes to
 * directly, so each backend runs in a JVM of its own ({@link StdoutChild}) whose standard output is
 * compared byte for byte with the one line the child prints itself. ({@code --json} output used to be
 * corrupted by HiGHS's banner.) Log lines asked for with {@code solverLog} go to standard error.
 */
class StdoutTest {

  @ParameterizedTest
  @EnumSource(Backend.class)
  void nothingButTheProgramsOwnLineReachesStandardOutput(Backend backend) {
    ChildJvm.Result r = ChildJvm.run(StdoutChild.class, backend.name());
    String context = "exit " + r.exitCode() + "\nstdout:\n" + r.stdout() + "\nstderr:\n" + r.stderr();
    assertEquals(0, r.exitCode(), context);
    assertEquals(1, r.stdout().lines().count(), context);
    assertTrue(r.stdout().startsWith("stdout-child " + backend + " "), context);
    assertTrue(r.stdout().endsWith("\n"), context);
    assertTrue(r.stderr().contains("footprint: " + backend + " started"), "the solver log went to stderr: " + context);
  }
}
