package dev.footprint.solve.internal;

import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveListener;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveProgress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The control of one solve: its cancellation flag, and the progress and log lines its backend
 * reports, gathered from any thread (native callbacks included) and handed to the {@link
 * SolveListener} on the thread that waits for the backend ({@link #deliver}), never on a native one.
 */
public final class SolveControl {
  private static final long HEARTBEAT_NANOS = 1_000_000_000L;

  private final SolveListener listener;
  private final boolean log;
  private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
  private volatile boolean cancelled;
  private volatile SolveProgress latest;
  private Backend backend;
  private double incumbent = Double.NaN;
  private double bound = Double.NaN;
  private double scale = 1;
  private boolean changed;
  private long lastDelivered;

  private SolveControl(SolveListener listener, boolean log) {
    this.listener = listener;
    this.log = log;
  }

  /**
   * @param options the solve's options: its listener, and whether to pass log lines
   * @return a control reporting to them
   */
  public static SolveControl of(SolveOptions options) {
    return new SolveControl(options.progress(), options.solverLog());
  }

  /** @return a control that reports to no one (for auxiliary solves such as a diagnosis) */
  static SolveControl quiet() {
    return new SolveControl(SolveListener.NONE, false);
  }

  /** Asks the solve to stop: the backend is interrupted where it can be. Idempotent, any thread. */
  public void cancel() {
    cancelled = true;
  }

  /** @return whether {@link #cancel()} was called */
  public boolean isCancelled() {
    return cancelled;
  }

  /** @return the last progress delivered, if any */
  public Optional<SolveProgress> latest() {
    return Optional.ofNullable(latest);
  }

  /** @return whether anyone listens: a listener other than {@link SolveListener#NONE}, or the log */
  boolean listening() {
    return log || listener != SolveListener.NONE;
  }

  /** @return what the current run's backend objective is the user's times */
  synchronized double objectiveScale() {
    return scale;
  }

  /** @return whether log lines are wanted */
  boolean logging() {
    return log;
  }

  /**
   * Starts reporting a new backend run: incumbent and bound unknown again.
   *
   * @param b the backend
   * @param objectiveScale what the backend's objective is the user's times: every incumbent and
   *     bound it reports is divided by it
   */
  synchronized void begin(Backend b, double objectiveScale) {
    this.backend = Objects.requireNonNull(b);
    this.scale = objectiveScale;
    incumbent = Double.NaN;
    bound = Double.NaN;
    changed = false;
    lastDelivered = 0;
  }

  /**
   * A line of the backend's own log (any thread): kept for the log if it is on, and read for
   * progress (CP-SAT's search lines).
   *
   * @param line the line
   */
  void nativeLine(String line) {
    String l = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    if (log) {
      lines.add(l);
    }
    double[] p = CpSatLog.progress(l);
    if (p != null) {
      report(p[0], p[1]);
    }
  }

  /**
   * A line of Footprint's own about the run, for the log if it is on.
   *
   * @param line the line
   */
  void note(String line) {
    if (log) {
      lines.add("footprint: " + line);
    }
  }

  /**
   * The backend reports a new incumbent or bound (any thread), in its own objective: both are
   * divided by the run's objective scale here; NaN leaves a value as it was.
   *
   * @param backendIncumbent the incumbent's objective as the backend sees it, or NaN
   * @param backendBound the bound as the backend sees it, or NaN
   */
  synchronized void report(double backendIncumbent, double backendBound) {
    double newIncumbent = backendIncumbent / scale;
    double newBound = backendBound / scale;
    if (!Double.isNaN(newIncumbent) && !Double.isInfinite(newIncumbent) && newIncumbent != incumbent) {
      incumbent = newIncumbent;
      changed = true;
    }
    if (!Double.isNaN(newBound) && !Double.isInfinite(newBound) && newBound != bound) {
      bound = newBound;
      changed = true;
    }
  }

  /**
   * Hands what was gathered to the listener: log lines, then progress if it changed or a second
   * passed. Called by the waiting thread only.
   *
   * @param elapsedNanos time since the backend started
   * @param heartbeat whether to report progress even if nothing changed, when a second has passed
   * @throws RuntimeException whatever the listener throws
   */
  void deliver(long elapsedNanos, boolean heartbeat) {
    for (String l = lines.poll(); l != null; l = lines.poll()) {
      listener.log(l);
    }
    SolveProgress p = null;
    synchronized (this) {
      if (backend != null && (changed || (heartbeat && elapsedNanos - lastDelivered >= HEARTBEAT_NANOS))) {
        p = new SolveProgress(backend, Duration.ofNanos(elapsedNanos), incumbent, bound);
        changed = false;
        lastDelivered = elapsedNanos;
      }
    }
    if (p != null) {
      latest = p;
      listener.progress(p);
    }
  }
}
