package dev.footprint.model;

/**
 * Whether, and how far, the model counts the last period's operations beyond the horizon
 * (docs/model.md, Terminal value). With a terminal value, every term that recurs while operating in
 * the last period T - 1 (materials, labor, freight, tariffs, production credits without a budget, job
 * grants, fixed cost and payroll, lost-sales penalties, revenue in profit mode; under {@link
 * CapexAccounting#ANNUITY} the annuity charges too) weighs {@code w_{T-1} (1 + A)} instead of
 * {@code w_{T-1}}, as if the period repeated after the horizon: {@code A = sum_{k=1..N} v^k} for
 * {@link Kind#PERIODS} N, {@code A = 1 / r} for {@link Kind#PERPETUITY}, with {@code v = 1 / (1 + r)}
 * and r the horizon's discount rate. One-off terms (capex, closing costs, severance, grants to named
 * sites) and budget-capped credit claims do not recur.
 *
 * @param kind none, a number of extra periods, or a perpetuity
 * @param periods the extra periods N for {@link Kind#PERIODS} (at least 1), else 0
 */
public record TerminalValue(Kind kind, int periods) {

  /** The kinds of terminal value. */
  public enum Kind {
    /** No value after the horizon: the model sees only its own periods. The default. */
    NONE,
    /** The last period's operations repeated a given number of periods after the horizon. */
    PERIODS,
    /** The last period's operations repeated for ever (needs a positive discount rate). */
    PERPETUITY
  }

  /** No terminal value (the default). */
  public static final TerminalValue NONE = new TerminalValue(Kind.NONE, 0);

  /** The last period's operations in perpetuity. */
  public static final TerminalValue PERPETUITY = new TerminalValue(Kind.PERPETUITY, 0);

  /**
   * Validates.
   *
   * @param kind none, a number of extra periods, or a perpetuity
   * @param periods the extra periods N for {@link Kind#PERIODS} (at least 1), else 0
   */
  public TerminalValue {
    Check.present(kind, "horizon.terminalValue");
    if (kind == Kind.PERIODS) {
      if (periods < 1 || periods > Limits.MAX_PERIODS) {
        throw new InvalidModelException("horizon.terminalValue.periods", periods, "must be a whole number of periods"
            + " in [1, " + Limits.MAX_PERIODS + "]"
            + (periods < 1 ? "\nMaybe use NONE for no terminal value." : "\nMaybe use PERPETUITY."));
      }
    } else if (periods != 0) {
      throw new InvalidModelException("horizon.terminalValue.periods", periods, "is given for a terminal value of kind "
          + kind + ", which has no number of periods");
    }
  }

  /**
   * @param extra the number of periods after the horizon, at least 1
   * @return the last period's operations repeated that many more periods
   */
  public static TerminalValue periods(int extra) {
    return new TerminalValue(Kind.PERIODS, extra);
  }

  /** @return whether there is no terminal value */
  public boolean isNone() {
    return kind == Kind.NONE;
  }

  /**
   * The annuity factor A of the terminal window, summed period by period: {@code sum_{k=1..N}
   * (1 + r)^-k}, {@code 1 / r} for a perpetuity, 0 for none.
   *
   * @param discountRate the horizon's discount rate per period
   * @return A
   * @throws InvalidModelException for a perpetuity at a rate of 0
   */
  public double factor(double discountRate) {
    return switch (kind) {
      case NONE -> 0;
      case PERPETUITY -> {
        if (!(discountRate > 0)) {
          throw new InvalidModelException("horizon.terminalValue", "PERPETUITY", "needs a positive"
              + " horizon.discountRate, not " + discountRate + ": undiscounted, a perpetuity is worth without end"
              + "\nMaybe give a number of periods after the horizon instead.");
        }
        yield 1 / discountRate;
      }
      case PERIODS -> {
        double sum = 0;
        for (int k = 1; k <= periods; k++) {
          sum += Math.pow(1 + discountRate, -k);
        }
        yield sum;
      }
    };
  }

  /** @return "none", "perpetuity", or the number of periods, as a study file writes it */
  @Override
  public String toString() {
    return switch (kind) {
      case NONE -> "none";
      case PERPETUITY -> "perpetuity";
      case PERIODS -> Integer.toString(periods);
    };
  }
}
