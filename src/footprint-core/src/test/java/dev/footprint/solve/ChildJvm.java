package dev.footprint.solve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the tests in a fresh JVM with the tests' classpath and collects what it
 * writes to its standard output and error, byte for byte: the only dependable way to see what
 * native code writes to the process's file descriptors, and to start from a JVM in which OR-Tools'
 * native library is not loaded yet.
 */
final class ChildJvm {
  /** What the child did. */
  record Result(int exitCode, String stdout, String stderr) {}

  private ChildJvm() {}

  static Result run(Class<?> main, String... args) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // Surefire runs the tests from a manifest-only jar; it passes the real classpath in this property.
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", classpath, main.getName()));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).start();
      p.getOutputStream().close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread o = drain(p.getInputStream(), out);
      Thread e = drain(p.getErrorStream(), err);
      if (!p.waitFor(5, TimeUnit.MINUTES)) { // a hang guard, not a measurement
        p.destroyForcibly();
        throw new AssertionError("the child JVM did not end: " + command);
      }
      o.join();
      e.join();
      return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", ex);
    }
  }

  private static Thread drain(InputStream in, ByteArrayOutputStream to) {
    Thread t = new Thread(() -> {
      try (in) {
        in.transferTo(to);
      } catch (IOException ignored) {
        // the process ended
      }
    });
    t.start();
    return t;
  }
}
