package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;

/**
 * A program that embeds the library keeps native output off its standard output by opting in, with a
 * call or with the system property; without opting in, a native write to descriptor 1 reaches
 * standard output (which is why the command opts in, and why this test can fail). Each case runs in a
 * JVM of its own, since the move is for the whole process.
 */
class NativeOutputTest {
  @BeforeEach
  void posix() {
    Assumptions.assumeTrue(File.separatorChar == '/', "POSIX descriptors");
  }

  @Test
  void aCallKeepsNativeWritesOffStandardOutput() {
    ChildJvm.Result r = ChildJvm.run(NativeOutputChild.class, "call");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals("java line, INFEASIBLE, kept off true\n", r.stdout(), "standard output holds the program's line only");
    assertTrue(r.stderr().contains("native line"), "the native line went to standard error: " + r.stderr());
  }

  @Test
  void theSystemPropertyKeepsNativeWritesOffStandardOutputFromTheFirstSolve() {
    ChildJvm.Result r = ChildJvm.run(NativeOutputChild.class, "property");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals("java line, INFEASIBLE, kept off true\n", r.stdout());
    assertTrue(r.stderr().contains("native line"), r.stderr());
  }

  @Test
  void withoutOptingInANativeWriteReachesStandardOutput() {
    ChildJvm.Result r = ChildJvm.run(NativeOutputChild.class, "none");
    assertEquals(0, r.exitCode(), r.stderr());
    assertEquals("native line\njava line, INFEASIBLE, kept off false\n", r.stdout());
  }

  @Test
  void anUnknownPropertyValueIsRefusedByName() {
    ChildJvm.Result r = ChildJvm.run(NativeOutputChild.class, "bad");
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(r.stdout().contains("refused: system property footprint.nativeOutput: 'elsewhere' is not one of stderr, stdout"),
        r.stdout());
  }
}
