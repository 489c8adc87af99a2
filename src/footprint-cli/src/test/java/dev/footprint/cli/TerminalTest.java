package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A line is rewritten in place only when standard error itself is a terminal that can do it. */
class TerminalTest {
  @Test
  void aTerminalBehindStandardError() {
    assertTrue(Terminal.decide(true, Optional.of("/dev/pts/3"), "xterm-256color"));
    assertTrue(Terminal.decide(true, Optional.of("/dev/tty1"), "linux"));
  }

  @Test
  void standardErrorRedirectedWhileTheConsoleIsThere() {
    assertFalse(Terminal.decide(true, Optional.of("/home/me/log.txt"), "xterm"), "2> log.txt");
    assertFalse(Terminal.decide(true, Optional.of("pipe:[48213]"), "xterm"), "2>&1 | tee");
    assertFalse(Terminal.decide(true, Optional.of("/dev/null"), "xterm"), "2> /dev/null");
  }

  @Test
  void noConsoleOrNoWayToTellMeansPlainLines() {
    assertFalse(Terminal.decide(false, Optional.of("/dev/pts/3"), "xterm"), "standard output or input redirected");
    assertFalse(Terminal.decide(true, Optional.empty(), "xterm"), "no /proc/self/fd (macOS, Windows)");
    assertFalse(Terminal.decide(true, Optional.of("/dev/pts/3"), "dumb"), "a terminal that cannot rewrite a line");
    assertFalse(Terminal.decide(true, Optional.of("/dev/pts/3"), null), "no TERM (a service, CI)");
  }
}
