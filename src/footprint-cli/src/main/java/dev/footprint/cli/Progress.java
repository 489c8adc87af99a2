package dev.footprint.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress on standard error for work that takes more than a moment. A line reads
 *
 * <pre>
 * footprint: 2/6 scenarios solved (last: no-deal, OPTIMAL), 3.1 s elapsed, ETA 6.2 s
 * footprint: solving the two-stage model over 3 regimes, 42 s elapsed, incumbent 878,237.4, gap 0.8%
 * </pre>
 *
 * <p>Work is either a phase described in words ({@link #status}) or a count of items ({@link #begin},
 * {@link #update}, {@link #finished}); a count shows {@code k/N}, and once an item is done an ETA
 * from the rate so far: {@code elapsed * (N - k) / k}, which for parallel work is the throughput of
 * all threads together. A solve in progress may add its incumbent and gap ({@link
 * #solveProgress}).
 *
 * <p>Nothing is shown during the first {@code delay}. After that a line is written when something
 * changed (an item finished, a new phase, a new incumbent), at most once per {@link Style#minGap},
 * and otherwise every {@link Style#heartbeat} with the new elapsed time and ETA; the same text is
 * never written twice. On a terminal ({@link Style#TERMINAL}) the line is rewritten in place with a
 * carriage return; elsewhere ({@link Style#LINES}: a log file, a pipe) each is a line of its own.
 * {@link Style#OFF} (for {@code --quiet}) shows nothing. Every method may be called from any thread.
 */
final class Progress implements AutoCloseable {
  /** How progress is shown. */
  enum Style {
    /** Nothing (--quiet). */
    OFF(0, 0),
    /** One line per update, for logs and pipes: changes at most once a second, else every ten seconds. */
    LINES(1_000_000_000L, 10_000_000_000L),
    /** One line rewritten in place on an interactive terminal: up to five times a second, else every second. */
    TERMINAL(200_000_000L, 1_000_000_000L);

    /** The least time between two lines for a change, in nanoseconds. */
    final long minGap;
    /** The time after which a line with the new elapsed time is written though nothing changed. */
    final long heartbeat;

    Style(long minGap, long heartbeat) {
      this.minGap = minGap;
      this.heartbeat = heartbeat;
    }
  }

  private static final String PREFIX = "footprint: ";
  private static final long TICK_MILLIS = 100;

  private final PrintWriter err;
  private final Style style;
  private final long delay;
  private final long minGap;
  private final LongSupplier clock;
  private final long start;
  private final int width;
  private ScheduledExecutorService ticker;
  private boolean closed;

  private String phase;
  private int total;
  private int done;
  private long countStart;
  private String detail;
  private double incumbent = Double.NaN;
  private double bound = Double.NaN;
  private long version;

  private long printedVersion = -1;
  private long lastPrint;
  private String lastText;
  private int shownWidth;

  /**
   * A progress display that moves only when told or ticked ({@link #tick}); {@link #start} adds the
   * ticker.
   *
   * @param err where lines go
   * @param style how they are shown
   * @param delay how long work must run before anything is shown; zero shows every change at once
   * @param clock nanoseconds of a monotonic clock, such as {@code System::nanoTime}
   * @param width the terminal's width in characters (lines are cut to fit it), for {@link
   *     Style#TERMINAL}
   */
  Progress(PrintWriter err, Style style, Duration delay, LongSupplier clock, int width) {
    this.err = Objects.requireNonNull(err, "err");
    this.style = Objects.requireNonNull(style, "style");
    this.delay = delay.toNanos();
    this.minGap = this.delay == 0 ? 0 : style.minGap;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.start = clock.getAsLong();
    this.width = Math.max(20, width);
  }

  /**
   * @param err where lines go
   * @param style how they are shown
   * @param delay how long work must run before anything is shown
   * @return a progress display ticked ten times a second by a daemon thread until closed
   */
  static Progress start(PrintWriter err, Style style, Duration delay) {
    Progress p = new Progress(err, style, delay, System::nanoTime, terminalWidth());
    if (style != Style.OFF) {
      p.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "footprint-progress");
        t.setDaemon(true);
        return t;
      });
      p.ticker.scheduleAtFixedRate(p::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }
    return p;
  }

  /**
   * A phase described in words, with no count.
   *
   * @param text what is being done, such as {@code solving the fixed-footprint linear program}
   */
  synchronized void status(String text) {
    phase = Objects.requireNonNull(text, "text");
    total = 0;
    done = 0;
    detail = null;
    changed();
  }

  /**
   * A phase of {@code total} items, none done yet; the ETA is measured from now.
   *
   * @param noun what the items are when done, such as {@code scenarios solved}
   * @param total how many there are (or are expected), at least 1
   */
  synchronized void begin(String noun, int total) {
    phase = Objects.requireNonNull(noun, "noun");
    this.total = Math.max(1, total);
    done = 0;
    detail = null;
    countStart = clock.getAsLong();
    changed();
  }

  /**
   * Sets how many items of the phase are done (never fewer than already told, so that reports from
   * several threads may arrive out of order).
   *
   * @param count items done
   * @param what what is going on now, or null
   */
  synchronized void update(int count, String what) {
    done = Math.max(done, count);
    detail = what;
    changed();
  }

  /**
   * One more item of the phase is done.
   *
   * @param what which, such as {@code last: no-deal, OPTIMAL}, or null
   */
  synchronized void finished(String what) {
    done++;
    detail = what;
    changed();
  }

  /**
   * The state of the solve running now, from the solver's progress callback: shown as {@code
   * incumbent 12,345.6, gap 0.8%} until the phase or item changes.
   *
   * @param incumbent the objective of the best plan found so far, NaN or infinite if none yet
   * @param bound the best bound proven so far, NaN or infinite if none yet
   */
  synchronized void solveProgress(double incumbent, double bound) {
    if (Double.compare(incumbent, this.incumbent) != 0 || Double.compare(bound, this.bound) != 0) {
      this.incumbent = incumbent;
      this.bound = bound;
      version++;
      tick();
    }
  }

  private void changed() {
    incumbent = Double.NaN;
    bound = Double.NaN;
    version++;
    tick();
  }

  /** Writes a line if one is due; the ticker calls it, and so does every change. */
  synchronized void tick() {
    long now = clock.getAsLong();
    if (style == Style.OFF || closed || phase == null || now - start < delay) {
      return;
    }
    boolean changed = version != printedVersion;
    boolean complete = total > 0 && done >= total;
    long since = now - lastPrint;
    boolean due = lastText == null
        || (changed ? since >= minGap || complete : since >= style.heartbeat);
    if (!due) {
      return;
    }
    String text = PREFIX + line(now);
    if (text.equals(lastText)) {
      return;
    }
    if (style == Style.TERMINAL) {
      if (text.length() > width - 1) {
        text = text.substring(0, width - 4) + "...";
      }
      err.print("\r" + text + " ".repeat(Math.max(0, shownWidth - text.length())));
      shownWidth = text.length();
    } else {
      err.println(text);
    }
    err.flush();
    lastText = text;
    lastPrint = now;
    printedVersion = version;
  }

  /**
   * @param now the clock's time
   * @return the progress line, without the {@code footprint:} prefix
   */
  synchronized String line(long now) {
    StringBuilder sb = new StringBuilder();
    if (total > 0) {
      sb.append(Math.min(done, total)).append('/').append(total).append(' ').append(phase);
      if (detail != null) {
        sb.append(" (").append(detail).append(')');
      }
    } else {
      sb.append(phase);
    }
    sb.append(", ").append(Numbers.duration(now - start)).append(" elapsed");
    if (total > 0 && done > 0 && done < total) {
      long eta = Math.round((double) (now - countStart) * (total - done) / done);
      sb.append(", ETA ").append(Numbers.duration(eta));
    }
    String solve = solveText(incumbent, bound);
    if (!solve.isEmpty()) {
      sb.append(", ").append(solve);
    }
    return sb.toString();
  }

  /**
   * @param incumbent the best objective found, NaN or infinite if none
   * @param bound the best bound proven, NaN or infinite if none
   * @return such as {@code incumbent 12,345.6, gap 0.8%}, {@code no incumbent yet, bound 12,000.0},
   *     or empty if neither exists
   */
  static String solveText(double incumbent, double bound) {
    boolean hasIncumbent = Double.isFinite(incumbent);
    boolean hasBound = Double.isFinite(bound);
    if (hasIncumbent && hasBound) {
      return "incumbent " + objective(incumbent) + ", gap " + Numbers.gapText(Numbers.gap(incumbent, bound));
    } else if (hasIncumbent) {
      return "incumbent " + objective(incumbent) + ", no bound yet";
    } else if (hasBound) {
      return "no incumbent yet, bound " + objective(bound);
    }
    return "";
  }

  private static String objective(double v) {
    return Math.abs(v) >= 999.95 ? String.format(Locale.ROOT, "%,.1f", v) : Numbers.money(v);
  }

  /**
   * Erases the line on a terminal before other output is written, so that text does not run into
   * it; the next tick writes it again. Does nothing for plain lines.
   */
  synchronized void clearLine() {
    if (style == Style.TERMINAL && shownWidth > 0) {
      err.print("\r" + " ".repeat(shownWidth) + "\r");
      err.flush();
      shownWidth = 0;
      lastText = null;
      printedVersion = -1;
    }
  }

  /** Stops the ticker and erases a terminal line. */
  @Override
  public void close() {
    if (ticker != null) {
      ticker.shutdownNow();
      try {
        ticker.awaitTermination(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (this) {
      clearLine();
      closed = true;
    }
  }

  /** @return the width of the terminal from {@code COLUMNS}, else 80 */
  private static int terminalWidth() {
    try {
      return Integer.parseInt(Objects.requireNonNullElse(System.getenv("COLUMNS"), "80").strip());
    } catch (NumberFormatException e) {
      return 80;
    }
  }
}
