package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Native code that writes to file descriptor 1 lands on standard error once the command has
 * diverted standard output (HiGHS prints a line with {@code printf} on some models whatever its
 * options say); the command's own output still reaches standard output, whole. Checked with the
 * streams redirected to files, as {@code footprint ... --json > out.json} does, and with an
 * appending redirection, which must keep what the file held.
 */
class NativeOutputTest {
  @TempDir
  Path dir;

  private String[] run(Path out, boolean append) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        NativeOutputChild.class.getName()));
    Path err = dir.resolve("err.txt");
    pb.redirectOutput(append ? ProcessBuilder.Redirect.appendTo(out.toFile()) : ProcessBuilder.Redirect.to(out.toFile()));
    pb.redirectError(err.toFile());
    Process p = pb.start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the child ended");
    assertEquals(0, p.exitValue(), Files.readString(err));
    return new String[] {Files.readString(out), Files.readString(err)};
  }

  @Test
  void nativeWritesGoToStandardErrorAndJavasToStandardOutput() throws Exception {
    Assumptions.assumeTrue(File.separatorChar == '/', "POSIX descriptors");
    String[] r = run(dir.resolve("out.txt"), false);
    assertEquals("java line, diverted true\n", r[0], "standard output holds the program's line only");
    assertTrue(r[1].contains("native line"), "the native line went to standard error: " + r[1]);
  }

  @Test
  void anAppendingRedirectionKeepsWhatTheFileHeld() throws Exception {
    Assumptions.assumeTrue(File.separatorChar == '/', "POSIX descriptors");
    Path out = dir.resolve("log.txt");
    Files.writeString(out, "earlier\n");
    String[] r = run(out, true);
    assertEquals("earlier\njava line, diverted true\n", r[0]);
  }
}
