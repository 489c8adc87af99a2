package dev.footprint.cli;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;

/**
 * Keeps native code off the command's standard output. The backends' own output is switched off,
 * but a native library can still write to file descriptor 1 directly: HiGHS (1.12, inside OR-Tools
 * 9.15) prints {@code HighsMipSolverData::transformNewIntegerFeasibleSolution tmpSolver.run();}
 * with {@code printf} on some models whatever its options say, which would break a {@code --json}
 * document. So the command, before anything runs, moves its real standard output to a new
 * descriptor that only Java writes to ({@link System#out} is replaced by a stream on it), and
 * points descriptor 1 at standard error: whatever native code prints lands there, with the log.
 *
 * <p>On POSIX systems only (through the C library's {@code dup} and {@code dup2}, called with JNA,
 * which OR-Tools already brings); elsewhere, or if any step fails, standard output is left as it
 * was. The program's own output is unchanged either way.
 */
final class NativeStdout {
  /** The two calls of the C library this needs. */
  interface CLibrary extends Library {
    int dup(int fd);

    int dup2(int from, int to);
  }

  private NativeStdout() {}

  /**
   * Moves standard output as the class comment says.
   *
   * @return whether it was moved
   */
  static boolean divert() {
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
