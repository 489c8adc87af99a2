package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C on the command in a process of its own: {@code kill -INT} while the Korea-US study's
 * scenarios are being solved (several seconds of work) ends it with 130, no report folder, no
 * temporary folder, the error document on standard output with --json, and no stack trace.
 *
 * <p>{@code compare} runs on the default backend; {@code solve} runs on SCIP, which would install its
 * own SIGINT handler while it solves (print "pressed CTRL-C" on standard output, stop the solve as
 * if at a limit and let the command go on) unless told not to ({@code misc/catchctrlc = FALSE}, set
 * by the solver layer).
 */
class SigintTest {
  static final Path STUDY = Path.of("examples/korea-us/study.yaml").toAbsolutePath();
  static final long HANG_GUARD_SECONDS = 180;

  @BeforeAll
  static void canSendSigint() throws Exception {
    Assumptions.assumeTrue(File.separatorChar == '/', "POSIX signals");
    Path status = Path.of("/proc/self/status");
    if (Files.isReadable(status)) {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("SigIgn:")) {
          long ignored = Long.parseLong(line.substring("SigIgn:".length()).strip(), 16);
          Assumptions.assumeTrue((ignored & (1L << 1)) == 0, "SIGINT is ignored in this process (started in the "
              + "background without job control): a child ignores it too, as the JVM keeps an ignored SIGINT "
              + "ignored");
        }
      }
    }
    try {
      Process p = new ProcessBuilder("kill", "-l").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      Assumptions.assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "kill -l works");
    } catch (IOException e) {
      Assumptions.abort("no kill command: " + e.getMessage());
    }
  }

  /** What a child run left: its exit code and its two streams. */
  record Run(int code, String out, String err) {}

  /**
   * Starts {@code footprint compare} on the Korea-US study, waits until it is solving, sends SIGINT
   * and waits for it to end.
   */
  static Run compareInterrupted(Path outDir, Path logs) throws Exception {
    return interrupted(List.of("compare", STUDY.toString(), "--threads", "1", "--json", "--out", outDir.toString()),
        "scenarios solved on 1 thread", logs);
  }

  /**
   * Starts {@code footprint} with these arguments, waits until standard error shows {@code solving},
   * sends SIGINT and waits for it to end.
   */
  static Run interrupted(List<String> args, String solving, Path logs) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(args);
    Path out = logs.resolve("out.txt");
    Path err = logs.resolve("err.txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HANG_GUARD_SECONDS);
      while (!Files.readString(err).contains(solving)) {
        if (!p.isAlive()) {
          fail("ended before it was interrupted: exit " + p.exitValue() + "\n" + Files.readString(err));
        }
        if (System.nanoTime() > deadline) {
          fail("no progress line: " + Files.readString(err));
        }
        Thread.sleep(50);
      }
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
      assertEquals(0, kill.waitFor(), "kill -INT " + p.pid());
      if (!p.waitFor(HANG_GUARD_SECONDS, TimeUnit.SECONDS)) {
        fail("still running after SIGINT:\n" + Files.readString(err));
      }
      return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      p.destroyForcibly();
    }
  }

  static void assertCleanInterrupt(Run r) throws Exception {
    String all = "exit " + r.code() + "\n--- stdout\n" + r.out() + "\n--- stderr\n" + r.err();
    assertEquals(Interruption.EXIT_CODE, r.code(), all);
    JsonNode doc = InterruptionTest.oneDocument(r.out());
    assertEquals(Interruption.EXIT_CODE, doc.get("error").get("exitCode").asInt(), all);
    // The command's own last word on standard error; native solver prints may follow it there, since
    // the command sends descriptor 1 to standard error (NativeOutput).
    List<String> own = r.err().lines().filter(l -> l.startsWith("footprint: ")).toList();
    assertEquals("footprint: interrupted", own.isEmpty() ? "" : own.get(own.size() - 1), all);
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace:\n" + all);
  }

  static Map<String, String> contents(Path dir) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        m.put(dir.relativize(f).toString(), Files.readString(f));
      }
    }
    return m;
  }

  @Test
  void ctrlCWhileSolvingWritesNoReport(@TempDir Path parent, @TempDir Path logs) throws Exception {
    Path outDir = parent.resolve("results");
    assertCleanInterrupt(compareInterrupted(outDir, logs));
    try (Stream<Path> s = Files.list(parent)) {
      assertEquals(List.of(), s.toList(), "neither the report folder nor a temporary folder");
    }
  }

  @Test
  void ctrlCDuringASolveEndsTheCommandNotJustTheSolve(@TempDir Path parent, @TempDir Path logs) throws Exception {
    // One scenario, one SCIP solve of several seconds: the signal arrives while SCIP runs.
    Path outDir = parent.resolve("results");
    Run r = interrupted(List.of("solve", STUDY.toString(), "--backend", "SCIP", "--json", "--out", outDir.toString()),
        "(solving base)", logs);
    assertCleanInterrupt(r);
    assertFalse(r.out().contains("CTRL-C"), "SCIP caught the signal itself:\n" + r.out());
    try (Stream<Path> s = Files.list(parent)) {
      assertEquals(List.of(), s.toList(), "neither the report folder nor a temporary folder");
    }
  }

  @Test
  void ctrlCLeavesAnEarlierReportAsItWas(@TempDir Path parent, @TempDir Path logs) throws Exception {
    Path outDir = Files.createDirectory(parent.resolve("results"));
    Files.writeString(outDir.resolve("result.json"), "{\"earlier\": true}\n");
    Files.writeString(outDir.resolve("notes.md"), "kept\n");
    Map<String, String> before = contents(parent);
    assertCleanInterrupt(compareInterrupted(outDir, logs));
    assertEquals(before, contents(parent));
    try (Stream<Path> s = Files.list(parent)) {
      assertEquals(List.of(outDir), s.toList(), "no temporary folder");
    }
  }
}
