package dev.footprint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether standard error is an interactive terminal, where progress may rewrite one line in place.
 *
 * <p>Java 17 cannot ask about standard error directly: {@link System#console()} tells only that
 * standard input and output are a terminal, which they still are under {@code 2> log.txt}. So the
 * answer also needs what file descriptor 2 is, which Linux shows as the link {@code
 * /proc/self/fd/2} ({@code /dev/pts/3} on a terminal, {@code pipe:[…]} or a file otherwise). Where
 * that cannot be read (macOS, Windows) the answer is no, and progress comes as plain lines, which are
 * right everywhere.
 */
final class Terminal {
  private Terminal() {}

  /** @return whether standard error of this process is an interactive terminal */
  static boolean stderrIsTerminal() {
    return decide(System.console() != null, stderrTarget(), System.getenv("TERM"));
  }

  /**
   * @param console whether {@link System#console()} is present (standard input and output are a
   *     terminal)
   * @param stderrTarget where file descriptor 2 leads, if it can be read
   * @param term the {@code TERM} environment variable, or null
   * @return true only if all three say terminal: a console, a terminal device behind standard error,
   *     and a terminal type other than {@code dumb} (which cannot rewrite a line)
   */
  static boolean decide(boolean console, Optional<String> stderrTarget, String term) {
    if (!console || term == null || term.isBlank() || term.equals("dumb")) {
      return false;
    }
    return stderrTarget.map(t -> t.startsWith("/dev/pts/") || t.startsWith("/dev/tty") || t.equals("/dev/console"))
        .orElse(false);
  }

  private static Optional<String> stderrTarget() {
    try {
      return Optional.of(Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString());
    } catch (Exception e) {
      return Optional.empty(); // not Linux, or not allowed to look: assume no terminal
    }
  }
}
