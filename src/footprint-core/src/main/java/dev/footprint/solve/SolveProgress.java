package dev.footprint.solve;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a running solve stands, as its backend reports it: the best allocation's cost found so far
 * (the incumbent) and the best proven lower bound, each NaN while the backend has reported none.
 * What each backend reports is listed in {@link SolveListener}.
 *
 * @param backend the backend
 * @param elapsed time since the backend started
 * @param incumbent objective of the best allocation found so far, NaN if none reported yet
 * @param bestBound best proven lower bound on the objective, NaN if none reported yet
 */
public record SolveProgress(Backend backend, Duration elapsed, double incumbent, double bestBound) {

  /**
   * Validates.
   *
   * @param backend the backend
   * @param elapsed time since the backend started
   * @param incumbent objective of the best allocation found so far, NaN if none reported yet
   * @param bestBound best proven lower bound on the objective, NaN if none reported yet
   */
  public SolveProgress {
    Objects.requireNonNull(backend, "backend");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  /** @return whether an incumbent has been reported */
  public boolean hasIncumbent() {
    return !Double.isNaN(incumbent);
  }

  /** @return whether a bound has been reported */
  public boolean hasBound() {
    return !Double.isNaN(bestBound);
  }

  /**
   * @return {@code |incumbent - bound| / max(1, |incumbent|)} as in {@link SolverStats}, NaN unless
   *     both are known
   */
  public double relativeGap() {
    if (!hasIncumbent() || !hasBound() || Double.isInfinite(incumbent) || Double.isInfinite(bestBound)) {
      return Double.NaN;
    }
    return Math.abs(incumbent - bestBound) / Math.max(1, Math.abs(incumbent));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %.1f s: incumbent %.6g, bound %.6g, gap %.3g", backend,
        elapsed.toNanos() / 1e9, incumbent, bestBound, relativeGap());
  }
}
