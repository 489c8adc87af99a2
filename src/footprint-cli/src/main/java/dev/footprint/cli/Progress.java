package dev.footprint.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress lines on standard error for work that takes more than a moment: nothing during the first
 * {@code delay} (one second by default), then the current status when it changes, at most once a
 * second, and every ten seconds while it does not. Statuses may be set from any thread.
 */
final class Progress implements AutoCloseable {
  private static final long SECOND = 1_000_000_000L;

  private final PrintWriter err;
  private final long delayNanos;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService timer;
  private volatile String status;
  private String printed;
  private long lastPrint;

  /**
   * @param err where lines go
   * @param enabled false for --quiet
   * @param delay how long work must run before a line is printed; zero prints every change
   */
  Progress(PrintWriter err, boolean enabled, Duration delay) {
    this.err = err;
    this.delayNanos = delay.toNanos();
    if (enabled) {
      timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "footprint-progress");
        t.setDaemon(true);
        return t;
      });
      timer.scheduleAtFixedRate(this::tick, 100, 100, TimeUnit.MILLISECONDS);
    } else {
      timer = null;
    }
  }

  /** @param text what is being done now, such as {@code solving scenario 2/6 (no-deal)} */
  void status(String text) {
    status = text;
    if (timer != null && delayNanos == 0) {
      tick();
    }
  }

  private synchronized void tick() {
    String s = status;
    long now = System.nanoTime();
    if (s == null || now - start < delayNanos) {
      return;
    }
    boolean changed = !s.equals(printed);
    if ((changed && (delayNanos == 0 || now - lastPrint >= SECOND)) || now - lastPrint >= 10 * SECOND) {
      err.println(String.format(Locale.ROOT, "footprint: %s... (%.1f s)", s, (now - start) / 1e9));
      err.flush();
      printed = s;
      lastPrint = now;
    }
  }

  @Override
  public void close() {
    if (timer != null) {
      timer.shutdownNow();
      try {
        timer.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
