package dev.footprint.solve;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Keeps native solver code off the process's standard output.
 *
 * <p>Every backend's own output is switched off or sent to the solve's log (docs/design.md), but a
 * native library can still write to file descriptor 1 directly. HiGHS 1.12, the version inside
 * OR-Tools 9.15, does: on some models it prints {@code HighsMipSolverData::
 * transformNewIntegerFeasibleSolution tmpSolver.run();} with {@code printf} whatever its options say
 * (a debugging line, removed in HiGHS 1.13, which no OR-Tools release carries yet). A program whose
 * standard output is a document (JSON, CSV) would find that line inside it.
 *
 * <p>{@link #keepOffStandardOutput()} closes that hole for the whole process: it moves the process's
 * real standard output to a new file descriptor that only Java writes to ({@link System#out} is
 * replaced by a stream on it), and points descriptor 1 at standard error, so whatever native code
 * prints lands with the log. The {@code footprint} command does this before anything runs. A
 * library cannot take over its host's descriptors unasked, so a program that embeds Footprint opts
 * in: it calls the method once at start-up, or sets the system property
 * {@value #PROPERTY}{@code =stderr}, which makes the first solve of the JVM do it before OR-Tools'
 * native library loads.
 *
 * <p>What changes for the host: {@link System#out} is a new stream (a {@link PrintStream} captured
 * before the call, and anything else writing to {@code FileDescriptor.out} or to descriptor 1 from
 * native code, goes to standard error from then on), and child processes that inherit descriptor 1
 * write to standard error. Call it before logging frameworks capture {@link System#out}.
 *
 * <p>On Linux and macOS only (the C library's {@code dup} and {@code dup2}, called through JNA, which
 * OR-Tools already brings); elsewhere, or if any step fails, standard output is left as it was and the
 * method says so. Safe to call from several threads and more than once: the move happens once.
 */
public final class NativeOutput {
  /**
   * The system property that makes the first solve move standard output, when set to {@code
   * stderr}.
   */
  public static final String PROPERTY = "footprint.nativeOutput";

  /** The two calls of the C library this needs. */
  interface CLibrary extends Library {
    int dup(int fd);

    int dup2(int from, int to);
  }

  private static boolean diverted;
  private static boolean tried;

  private NativeOutput() {}

  /**
   * Moves the process's standard output as the class comment says, once.
   *
   * @return whether native writes to descriptor 1 now go to standard error (true also when an
   *     earlier call moved it)
   */
  public static synchronized boolean keepOffStandardOutput() {
    if (!tried) {
      tried = true;
      diverted = divert();
    }
    return diverted;
  }

  /**
   * Whether standard output has been moved.
   *
   * @return true after a successful {@link #keepOffStandardOutput()}
   */
  public static synchronized boolean isKeptOffStandardOutput() {
    return diverted;
  }

  /**
   * Moves standard output if the system property {@value #PROPERTY} asks for it ({@code stderr});
   * {@code stdout}, blank or unset leave it. The library calls this before OR-Tools' native library
   * loads, so a host needs only set the property.
   *
   * @return whether standard output has been moved
   * @throws IllegalArgumentException if the property holds something other than {@code stderr} or
   *     {@code stdout}, naming the property and the value
   */
  public static boolean applySystemProperty() {
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("stdout")) {
      return isKeptOffStandardOutput();
    }
    if (!value.strip().equalsIgnoreCase("stderr")) {
      throw new IllegalArgumentException("system property " + PROPERTY + ": '" + value
          + "' is not one of stderr, stdout");
    }
    return keepOffStandardOutput();
  }

  private static boolean divert() {
    if (!(Platform.isLinux() || Platform.isMac())) {
      return false;
    }
    try {
      CLibrary c = Native.load("c", CLibrary.class);
      System.out.flush();
      int saved = c.dup(1);
      if (saved < 0) {
        return false;
      }
      // Append, so that output redirected to a file with >> is not overwritten from its start.
      FileOutputStream real = new FileOutputStream("/dev/fd/" + saved, true);
      if (c.dup2(2, 1) < 0) {
        real.close();
        return false;
      }
      System.setOut(new PrintStream(real, true, Charset.defaultCharset()));
      return true;
    } catch (IOException | RuntimeException | LinkageError e) {
      return false;
    }
  }
}
