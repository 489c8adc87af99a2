package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@link SolveOptions} refuses what a backend would refuse later with a native error (or a crash):
 * each message names the field and the value. {@code --solver-threads 65} used to reach SCIP, whose
 * {@code parallel/maxnthreads} stops at 64, and end in a stack trace.
 */
class SolveOptionsValidationTest {

  private static String refusal(Executable e) {
    return assertThrows(IllegalArgumentException.class, e).getMessage();
  }

  @Test
  void threadsAboveScipsLimitAreRefusedNamingFieldAndValue() {
    SolveOptions scip = SolveOptions.DEFAULT.withBackend(Backend.SCIP);
    String m = refusal(() -> scip.withThreads(65));
    assertTrue(m.startsWith("threads = 65: SCIP takes at most 64"), m);
    assertEquals(64, scip.withThreads(64).threads());
    assertEquals(65, SolveOptions.DEFAULT.withBackend(Backend.HIGHS).withThreads(65).threads());
  }

  @Test
  void aBackendChangeIsCheckedAgainstTheThreadsAlreadySet() {
    SolveOptions cpSat = SolveOptions.DEFAULT.withBackend(Backend.CP_SAT).withThreads(65);
    assertEquals(65, cpSat.threads());
    String m = refusal(() -> cpSat.withBackend(Backend.SCIP));
    assertTrue(m.startsWith("threads = 65: SCIP"), m);
  }

  @Test
  void threadsOutOfRangeForAnyBackend() {
    assertTrue(refusal(() -> SolveOptions.DEFAULT.withThreads(0)).startsWith("threads = 0: must be at least 1"));
    assertTrue(refusal(() -> SolveOptions.DEFAULT.withThreads(-3)).startsWith("threads = -3:"));
    String m = refusal(() -> SolveOptions.DEFAULT.withBackend(Backend.CP_SAT).withThreads(SolveOptions.MAX_THREADS + 1));
    assertTrue(m.startsWith("threads = 1025: must be at most 1024"), m);
  }

  @Test
  void gapMustBeInUnitIntervalAndNotNaN() {
    assertTrue(refusal(() -> SolveOptions.DEFAULT.withRelativeGap(Double.NaN)).startsWith("relativeGap = NaN:"));
    assertTrue(refusal(() -> SolveOptions.DEFAULT.withRelativeGap(-0.01)).startsWith("relativeGap = -0.01:"));
    assertTrue(refusal(() -> SolveOptions.DEFAULT.withRelativeGap(1)).startsWith("relativeGap = 1.0:"));
    assertTrue(refusal(() -> SolveOptions.DEFAULT.withRelativeGap(Double.POSITIVE_INFINITY))
        .startsWith("relativeGap = Infinity:"));
    assertEquals(0, SolveOptions.DEFAULT.withRelativeGap(0).relativeGap());
  }

  @Test
  void seedMustNotBeNegative() {
    String m = refusal(() -> SolveOptions.DEFAULT.withSeed(-1));
    assertTrue(m.startsWith("seed = -1: must be at least 0"), m);
    assertEquals(Integer.MAX_VALUE, SolveOptions.DEFAULT.withSeed(Integer.MAX_VALUE).seed());
  }

  @Test
  void timeLimitMustBeNonNegativeAndAtMostAYear() {
    assertTrue(refusal(() -> SolveOptions.DEFAULT.withTimeLimit(Duration.ofSeconds(-1)))
        .startsWith("timeLimit = PT-1S: must not be negative"));
    String m = refusal(() -> SolveOptions.DEFAULT.withTimeLimit(Duration.ofDays(366)));
    assertTrue(m.startsWith("timeLimit = PT8784H: must be at most PT8760H"), m);
    assertEquals(Duration.ofDays(365), SolveOptions.DEFAULT.withTimeLimit(Duration.ofDays(365)).timeLimit());
  }

  @Test
  void theFormWithoutListenerStillBuildsAndHasNone() {
    SolveOptions o = new SolveOptions(Backend.HIGHS, Duration.ofSeconds(3), 1e-4, 2, 7, true, false, true,
        Map.of("s", List.of(true)), true);
    assertSame(SolveListener.NONE, o.progress());
    assertSame(SolveListener.NONE, SolveOptions.DEFAULT.progress());
    assertThrows(NullPointerException.class, () -> SolveOptions.DEFAULT.withProgress(null));
    SolveListener l = SolveListener.onProgress(p -> { });
    assertSame(l, o.withProgress(l).progress());
    assertEquals(o, o.withProgress(l).withProgress(SolveListener.NONE));
  }
}
