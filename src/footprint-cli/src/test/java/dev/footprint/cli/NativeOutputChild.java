package dev.footprint.cli;

import com.sun.jna.Library;
import com.sun.jna.Native;
import dev.footprint.solve.NativeOutput;

/**
 * Run by {@link NativeOutputTest} in a JVM of its own: diverts standard output as the command does,
 * then writes one line to file descriptor 1 from native code (the C library's {@code write}, as
 * HiGHS's {@code printf} does) and one through {@link System#out}.
 */
public final class NativeOutputChild {
  /** The C library's write. */
  interface Write extends Library {
    long write(int fd, byte[] bytes, long count);
  }

  private NativeOutputChild() {}

  /**
   * @param args none
   */
  public static void main(String[] args) {
    boolean diverted = NativeOutput.keepOffStandardOutput();
    byte[] line = "native line\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Native.load("c", Write.class).write(1, line, line.length);
    System.out.println("java line, diverted " + diverted);
  }
}
