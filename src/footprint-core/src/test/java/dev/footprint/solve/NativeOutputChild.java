package dev.footprint.solve;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.nio.charset.StandardCharsets;

/**
 * Run by {@link NativeOutputTest} in a JVM of its own, as a program embedding the library: it opts in
 * (or not) to keeping native output off standard output, solves a small network with HiGHS, then
 * writes one line to file descriptor 1 from native code (the C library's {@code write}, as HiGHS's
 * {@code printf} does) and one line through {@link System#out}.
 *
 * <p>Arguments: {@code call} opts in by calling {@link NativeOutput#keepOffStandardOutput()} twice;
 * {@code property} sets the system property {@value NativeOutput#PROPERTY} to {@code stderr} before the
 * first solve; {@code none} does neither; {@code bad} sets the property to a value it does not know.
 */
public final class NativeOutputChild {
  /** The C library's write. */
  interface Write extends Library {
    long write(int fd, byte[] bytes, long count);
  }

  private NativeOutputChild() {}

  /**
   * @param args how to opt in: call, property, none or bad
   */
  public static void main(String[] args) {
    switch (args[0]) {
      case "call" -> {
        NativeOutput.keepOffStandardOutput();
        NativeOutput.keepOffStandardOutput(); // a second call moves nothing again
      }
      case "property" -> System.setProperty(NativeOutput.PROPERTY, "stderr");
      case "bad" -> System.setProperty(NativeOutput.PROPERTY, "elsewhere");
      default -> { }
    }
    String status;
    try {
      status = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(Backend.HIGHS))
          .solve(StdoutChild.plainDollarsInfeasible()).status().toString();
    } catch (IllegalArgumentException e) {
      status = "refused: " + e.getMessage();
    }
    byte[] line = "native line\n".getBytes(StandardCharsets.US_ASCII);
    Native.load("c", Write.class).write(1, line, line.length);
    System.out.println("java line, " + status + ", kept off " + NativeOutput.isKeptOffStandardOutput());
  }
}
