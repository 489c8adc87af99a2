package dev.footprint.solve.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reformulations that tighten the model without changing its integer-feasible solutions or its
 * optimum (docs/model.md, Tightening). Which of them {@link Formulation} applies is read from
 * {@link #enabled()} when it is constructed; the default is every one the measurements kept
 * (benchmarks/RESULTS.md, Tightening). The switch is for the tests that compare a model with and
 * without a tightening and for the benchmark harness ({@code TighteningRun}) that measures them; it
 * is not public API and is global to the JVM, so a caller that changes it restores it after.
 */
public enum Tightening {
  /**
   * Upper bound of x[a,t] at min(d[p,m,t], (cap[s,t] + step capacity) / u[p]) instead of d[p,m,t].
   */
  SHIP_BOUNDS,
  /**
   * Coefficient reduction of the investment pledge: a binary term's coefficient above the
   * right-hand side is lowered to it.
   */
  PLEDGE_COEFFICIENTS;

  /** What the measurements kept: see benchmarks/RESULTS.md, Tightening. */
  public static final Set<Tightening> KEPT = Collections.unmodifiableSet(EnumSet.allOf(Tightening.class));

  private static volatile Set<Tightening> enabled = KEPT;

  /** @return the tightenings a formulation constructed now applies */
  public static Set<Tightening> enabled() {
    return enabled;
  }

  /**
   * Chooses the tightenings formulations constructed from now on apply (tests and benchmarks only).
   *
   * @param value the tightenings to apply
   * @return the set in force before, to restore
   */
  public static Set<Tightening> set(Set<Tightening> value) {
    Set<Tightening> before = enabled;
    enabled = value.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(Tightening.class))
        : Collections.unmodifiableSet(EnumSet.copyOf(value));
    return before;
  }
}
