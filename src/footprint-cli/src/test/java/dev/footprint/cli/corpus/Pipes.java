package dev.footprint.cli.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Named pipes for the corpus, made with the system's mkfifo where there is one. */
final class Pipes {
  private Pipes() {}

  /** @return whether a named pipe was made at the path */
  static boolean mkfifo(Path at) {
    try {
      Process p = new ProcessBuilder("mkfifo", at.toString()).redirectErrorStream(true).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(at) && !Files.isRegularFile(at);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
