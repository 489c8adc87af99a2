package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveListener;
import dev.footprint.solve.SolveProgress;
import org.junit.jupiter.api.Test;

/** Progress lines on a clock the test moves: what they say, and when they are written. */
class ProgressTest {
  static final long S = 1_000_000_000L;
  static final long MS = 1_000_000L;

  /** A clock the test sets, and the progress display under test writing to a buffer. */
  static final class Rig {
    long now = 1_000 * S; // any origin: only differences count
    final StringWriter buffer = new StringWriter();
    final Progress progress;

    Rig(Progress.Style style, Duration delay) {
      this(style, delay, 200);
    }

    Rig(Progress.Style style, Duration delay, int width) {
      long origin = now;
      progress = new Progress(new PrintWriter(buffer), style, delay, () -> now, width);
      assertEquals(origin, now);
    }

    void at(double seconds) {
      now = 1_000 * S + Math.round(seconds * S);
      progress.tick();
    }

    List<String> lines() {
      return buffer.toString().lines().toList();
    }
  }

  @Test
  void nothingIsShownDuringTheDelay() {
    Rig r = new Rig(Progress.Style.LINES, Duration.ofSeconds(1));
    r.progress.begin("scenarios solved", 6);
    r.at(0.5);
    r.progress.finished("last: a, OPTIMAL");
    r.at(0.99);
    assertEquals("", r.buffer.toString());
    r.at(1.0);
    assertEquals(List.of("footprint: 1/6 scenarios solved (last: a, OPTIMAL), 1.0 s elapsed, ETA 5.0 s"),
        r.lines(), "ETA = elapsed 1 s x (6 - 1) left / 1 done");
  }

  /** The ETA is the time so far times the items left over the items done: the rate of all threads. */
  @Test
  void countsShowKOfNElapsedAndAnEtaFromTheRateSoFar() {
    Rig r = new Rig(Progress.Style.LINES, Duration.ZERO);
    r.progress.begin("samples solved", 8);
    assertEquals("footprint: 0/8 samples solved, 0.0 s elapsed", r.lines().get(0), "no ETA before an item is done");
    r.now += 2 * S;
    // Two workers finish two samples each within the same two seconds: 4 done in 2 s, 4 left.
    for (int i = 0; i < 4; i++) {
      r.progress.finished(null);
    }
    assertEquals("footprint: 4/8 samples solved, 2.0 s elapsed, ETA 2.0 s", r.lines().get(r.lines().size() - 1));
    r.now += 4 * S;
    r.progress.update(6, "now: sample 7");
    assertEquals("footprint: 6/8 samples solved (now: sample 7), 6.0 s elapsed, ETA 2.0 s",
        r.lines().get(r.lines().size() - 1), "6 s for 6 done, 2 left");
    r.progress.update(5, null);
    assertTrue(r.lines().get(r.lines().size() - 1).startsWith("footprint: 6/8 samples solved, "),
        "a late report from another thread does not move the count back: " + r.lines());
    r.now += 2 * S;
    r.progress.update(8, null);
    assertEquals("footprint: 8/8 samples solved, 8.0 s elapsed", r.lines().get(r.lines().size() - 1),
        "no ETA once all are done");
  }

  /** The ETA is measured from the start of the count, not from the start of the command. */
  @Test
  void etaCountsFromTheStartOfTheCount() {
    Rig r = new Rig(Progress.Style.LINES, Duration.ZERO);
    r.progress.status("reading study.yaml");
    r.now += 10 * S;
    r.progress.begin("points done", 5);
    r.now += 3 * S;
    r.progress.update(1, "tariff[x].rate = 20.0%");
    assertEquals("footprint: 1/5 points done (tariff[x].rate = 20.0%), 13 s elapsed, ETA 12 s",
        r.lines().get(r.lines().size() - 1), "3 s for the first point, 4 left");
  }

  /** While nothing changes, a line comes only every heartbeat, each with new times, never the same text twice. */
  @Test
  void waitingRepeatsNoLine() {
    Rig r = new Rig(Progress.Style.LINES, Duration.ofSeconds(1));
    r.progress.begin("scenarios solved", 6);
    r.at(1);
    r.at(2);
    r.progress.finished("last: a, OPTIMAL");
    for (int tenths = 21; tenths <= 600; tenths++) {
      r.at(tenths / 10.0);
    }
    List<String> lines = r.lines();
    assertEquals(new HashSet<>(lines).size(), lines.size(), "no line twice: " + lines);
    assertEquals(List.of(
        "footprint: 0/6 scenarios solved, 1.0 s elapsed",
        "footprint: 1/6 scenarios solved (last: a, OPTIMAL), 2.0 s elapsed, ETA 10 s",
        "footprint: 1/6 scenarios solved (last: a, OPTIMAL), 12 s elapsed, ETA 1 min 00 s",
        "footprint: 1/6 scenarios solved (last: a, OPTIMAL), 22 s elapsed, ETA 1 min 50 s",
        "footprint: 1/6 scenarios solved (last: a, OPTIMAL), 32 s elapsed, ETA 2 min 40 s",
        "footprint: 1/6 scenarios solved (last: a, OPTIMAL), 42 s elapsed, ETA 3 min 30 s",
        "footprint: 1/6 scenarios solved (last: a, OPTIMAL), 52 s elapsed, ETA 4 min 20 s"), lines,
        "a heartbeat every 10 s after the last line; ETA = elapsed x 5 left / 1 done");
  }

  /** Ticks with nothing new and the same text (a phase without a clock change) write nothing. */
  @Test
  void theSameTextIsNeverWrittenTwice() {
    Rig r = new Rig(Progress.Style.LINES, Duration.ZERO);
    r.progress.status("writing the report");
    r.progress.status("writing the report");
    r.progress.tick();
    r.now += 20 * S;
    r.progress.tick();
    r.progress.tick();
    assertEquals(List.of("footprint: writing the report, 0.0 s elapsed", "footprint: writing the report, 20 s elapsed"),
        r.lines());
  }

  /** Plain lines: changes at most once a second; the last item of a count is written at once. */
  @Test
  void linesThrottleChangesButShowTheEnd() {
    Rig r = new Rig(Progress.Style.LINES, Duration.ofSeconds(1));
    r.progress.begin("samples solved", 3);
    r.at(1);
    r.at(1.2);
    r.progress.finished(null);
    r.at(1.5);
    assertEquals(1, r.lines().size(), "within a second of the last line: " + r.lines());
    r.at(2.0);
    assertEquals("footprint: 1/3 samples solved, 2.0 s elapsed, ETA 4.0 s", r.lines().get(1),
        "the change, a second after the last line");
    r.at(2.1);
    r.progress.finished(null);
    r.at(2.2);
    r.progress.finished(null);
    assertEquals("footprint: 3/3 samples solved, 2.2 s elapsed", r.lines().get(2), "the end is not held back");
    assertEquals(3, r.lines().size(), r.lines().toString());
  }

  @Test
  void terminalRewritesOneLineInPlace() {
    Rig r = new Rig(Progress.Style.TERMINAL, Duration.ZERO);
    r.progress.begin("scenarios solved", 2);
    r.now += S;
    r.progress.update(0, "solving a-long-scenario-name");
    String first = "footprint: 0/2 scenarios solved (solving a-long-scenario-name), 1.0 s elapsed";
    String second = "footprint: 1/2 scenarios solved (solving b), 1.0 s elapsed, ETA 1.0 s";
    r.progress.update(1, "solving b");
    String out = r.buffer.toString();
    assertFalse(out.contains("\n"), "no new lines on a terminal: " + out);
    String[] parts = out.split("\r", -1);
    assertEquals(first, parts[2], "each write starts at the line's start");
    assertEquals(second + " ".repeat(first.length() - second.length()), parts[3],
        "a shorter line blanks out the rest of the longer one");
    r.progress.clearLine();
    assertTrue(r.buffer.toString().endsWith("\r" + " ".repeat(second.length()) + "\r"), "erased before other output");
    r.progress.tick();
    assertTrue(r.buffer.toString().endsWith("\r" + second), "and written again at the next tick");
    r.progress.close();
    assertTrue(r.buffer.toString().endsWith("\r" + " ".repeat(second.length()) + "\r"), "erased when done");
    int length = r.buffer.toString().length();
    r.progress.status("after close");
    assertEquals(length, r.buffer.toString().length(), "nothing after close");
  }

  @Test
  void terminalLinesAreCutToTheWidth() {
    Rig r = new Rig(Progress.Style.TERMINAL, Duration.ZERO, 40);
    r.progress.status("solving the two-stage model over 12 regimes");
    String line = r.buffer.toString().substring(1);
    assertEquals(39, line.length(), line);
    assertEquals("footprint: solving the two-stage mod...", line);
  }

  @Test
  void offShowsNothing() {
    Rig r = new Rig(Progress.Style.OFF, Duration.ZERO);
    r.progress.begin("scenarios solved", 2);
    r.progress.finished("x");
    r.progress.solveProgress(100, 90);
    r.at(100);
    r.progress.close();
    assertEquals("", r.buffer.toString());
  }

  /** Incumbent and gap, as a solver's callback will report them during one solve. */
  @Test
  void incumbentAndGapOfTheRunningSolve() {
    Rig r = new Rig(Progress.Style.LINES, Duration.ZERO);
    r.progress.status("solving the two-stage model over 3 regimes");
    r.now += 42 * S;
    r.progress.solveProgress(Double.NaN, 11_000);
    r.progress.solveProgress(12_345.6, 12_246.84);
    List<String> lines = r.lines();
    assertEquals("footprint: solving the two-stage model over 3 regimes, 42 s elapsed, no incumbent yet, bound 11,000.0",
        lines.get(1));
    // gap = |12,345.6 - 12,246.84| / 12,345.6 = 98.76 / 12,345.6 = 0.79995% -> 0.8%
    assertEquals("footprint: solving the two-stage model over 3 regimes, 42 s elapsed, incumbent 12,345.6, gap 0.8%",
        lines.get(2));
    r.progress.solveProgress(12_345.6, 12_246.84);
    assertEquals(3, r.lines().size(), "the same incumbent and bound again: no line");
    r.progress.status("writing the report");
    assertEquals("footprint: writing the report, 42 s elapsed", r.lines().get(3), "a new phase drops the solve's figures");
  }

  @Test
  void solveTextFormats() {
    assertEquals("incumbent 12,345.6, gap 0.8%", Progress.solveText(12_345.6, 12_246.84));
    assertEquals("incumbent 875,974.2, gap <0.1%", Progress.solveText(875_974.24, 875_973.5),
        "0.74 / 875,974 = 0.00008%");
    assertEquals("incumbent 875,974.2, gap 0.0%", Progress.solveText(875_974.24, 875_974.24));
    assertEquals("incumbent 45.91, gap 2.2%", Progress.solveText(45.9062, 44.9), "1.0062 / 45.9062 = 2.19%");
    assertEquals("incumbent -500.0, gap 2.0%", Progress.solveText(-500, -510), "10 / 500; credits make costs negative");
    assertEquals("incumbent 0.500, gap 10.0%", Progress.solveText(0.5, 0.4), "gap over max(1, |incumbent|): 0.1 / 1");
    assertEquals("incumbent 1,000.0, no bound yet", Progress.solveText(1000, Double.NEGATIVE_INFINITY));
    assertEquals("", Progress.solveText(Double.NaN, Double.NaN));
  }

  /** Many threads finishing items at once: every one is counted. */
  @Test
  void itemsFinishedOnManyThreadsAreAllCounted() throws Exception {
    Rig r = new Rig(Progress.Style.LINES, Duration.ZERO);
    r.progress.begin("samples solved", 400);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      done.add(pool.submit(() -> r.progress.finished(null)));
    }
    for (var f : done) {
      f.get();
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    assertTrue(r.buffer.toString().contains("footprint: 400/400 samples solved, 0.0 s elapsed"), r.buffer.toString());
  }

  /** The display's own ticker starts and stops with it (the only test on the real clock: it asserts no time). */
  @Test
  void startedDisplayStopsItsTickerOnClose() {
    StringWriter w = new StringWriter();
    Progress p = Progress.start(new PrintWriter(w), Progress.Style.LINES, Duration.ZERO);
    p.status("reading study.yaml");
    p.close();
    int length = w.toString().length();
    p.tick();
    assertEquals(length, w.toString().length());
    assertTrue(w.toString().startsWith("footprint: reading study.yaml, "), w.toString());
  }

  /** The solver's progress callbacks reach the line; reports with neither figure change nothing. */
  @Test
  void solveListenerFeedsTheLine() {
    Rig r = new Rig(Progress.Style.LINES, Duration.ZERO);
    List<SolveProgress> heard = new ArrayList<>();
    SolveListener listener = SolvingCommand.listener(SolveListener.onProgress(heard::add), r.progress);
    r.progress.status("solving scenario base");
    r.now += 3 * S;
    listener.progress(new SolveProgress(Backend.SCIP, Duration.ofSeconds(3), Double.NaN, Double.NaN));
    assertEquals(1, r.lines().size(), "neither incumbent nor bound: no new line");
    listener.progress(new SolveProgress(Backend.SCIP, Duration.ofSeconds(3), 2_000, 1_900));
    // gap = |2,000 - 1,900| / 2,000 = 5%
    assertEquals("footprint: solving scenario base, 3.0 s elapsed, incumbent 2,000.0, gap 5.0%", r.lines().get(1));
    assertEquals(2, heard.size(), "the listener given before still hears every report");
  }
}
