package dev.footprint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The planning horizon: {@code periods} periods (0-based indexes), a discount rate per period, a
 * label per period (such as a year) used in names and reports, how capex is charged over time, what
 * the model optimizes (cost, or profit), and whether the last period's operations are valued beyond
 * the horizon (a terminal value).
 *
 * <p>The weight of period {@code t} is {@code (1 + discountRate)^-t}, so the first period counts in
 * full. Every duration of the model (asset lives, construction) is counted in periods of the
 * horizon, and the discount rate is per period: for a yearly horizon both are in years.
 *
 * @param periods number of periods, at least 1
 * @param discountRate discount rate per period as a fraction, in [0, 1)
 * @param labels one label per period
 * @param capexAccounting how capex is charged over the horizon (default {@link CapexAccounting#FULL})
 * @param objective what the model optimizes (default {@link Objective#MIN_COST})
 * @param terminalValue the value of the last period's operations after the horizon (default {@link
 *     TerminalValue#NONE})
 */
public record Horizon(int periods, double discountRate, List<String> labels, CapexAccounting capexAccounting,
    Objective objective, TerminalValue terminalValue) {

  /**
   * Validates and copies.
   *
   * @param periods number of periods, at least 1
   * @param discountRate discount rate per period as a fraction, in [0, 1)
   * @param labels one label per period
   * @param capexAccounting how capex is charged over the horizon
   * @param objective what the model optimizes
   * @param terminalValue the value of the last period's operations after the horizon
   */
  public Horizon {
    checkPeriods(periods);
    Check.present(capexAccounting, "horizon.capexAccounting");
    Check.present(objective, "horizon.objective");
    Check.present(terminalValue, "horizon.terminalValue");
    Check.rate(discountRate, 0.999_999, "horizon.discountRate");
    terminalValue.factor(discountRate); // refuses a perpetuity at a rate of 0
    if (!terminalValue.isNone() && capexAccounting == CapexAccounting.RESIDUAL) {
      throw new InvalidModelException("horizon.terminalValue", terminalValue.toString(), "cannot go with"
          + " horizon.capexAccounting = RESIDUAL: the residual credits the assets' book value at the end of the"
          + " horizon, and the terminal value counts the operations those assets go on to earn, so the assets"
          + " would be counted twice\nMaybe use capexAccounting ANNUITY (charges the assets over the terminal"
          + " window too) or FULL.");
    }
    labels = Check.list(labels, "horizon.labels");
    if (labels.size() != periods) {
      throw new InvalidModelException("horizon.labels", labels,
          "has " + labels.size() + " labels for " + periods + " periods");
    }
    for (int i = 0; i < labels.size(); i++) {
      Check.id(labels.get(i), "horizon.labels[" + i + "]");
    }
  }

  /**
   * A horizon without a terminal value ({@link TerminalValue#NONE}).
   *
   * @param periods number of periods, at least 1
   * @param discountRate discount rate per period as a fraction, in [0, 1)
   * @param labels one label per period
   * @param capexAccounting how capex is charged over the horizon
   * @param objective what the model optimizes
   */
  public Horizon(int periods, double discountRate, List<String> labels, CapexAccounting capexAccounting,
      Objective objective) {
    this(periods, discountRate, labels, capexAccounting, objective, TerminalValue.NONE);
  }

  /**
   * A horizon that charges capex in full ({@link CapexAccounting#FULL}).
   *
   * @param periods number of periods, at least 1
   * @param discountRate discount rate per period as a fraction, in [0, 1)
   * @param labels one label per period
   */
  public Horizon(int periods, double discountRate, List<String> labels) {
    this(periods, discountRate, labels, CapexAccounting.FULL);
  }

  /**
   * A horizon that minimizes cost ({@link Objective#MIN_COST}).
   *
   * @param periods number of periods, at least 1
   * @param discountRate discount rate per period as a fraction, in [0, 1)
   * @param labels one label per period
   * @param capexAccounting how capex is charged over the horizon
   */
  public Horizon(int periods, double discountRate, List<String> labels, CapexAccounting capexAccounting) {
    this(periods, discountRate, labels, capexAccounting, Objective.MIN_COST);
  }

  /**
   * @param accounting how capex is charged over the horizon
   * @return a copy with it
   */
  public Horizon withCapexAccounting(CapexAccounting accounting) {
    return new Horizon(periods, discountRate, labels, accounting, objective, terminalValue);
  }

  /**
   * @param value what the model optimizes
   * @return a copy with it
   */
  public Horizon withObjective(Objective value) {
    return new Horizon(periods, discountRate, labels, capexAccounting, value, terminalValue);
  }

  /**
   * @param value the value of the last period's operations after the horizon
   * @return a copy with it
   */
  public Horizon withTerminalValue(TerminalValue value) {
    return new Horizon(periods, discountRate, labels, capexAccounting, objective, value);
  }

  /**
   * The annuity factor A of the terminal window ({@link TerminalValue#factor}): the recurring terms of
   * the last period weigh {@code weight(T - 1) * (1 + A)}.
   *
   * @return A, 0 without a terminal value
   */
  public double terminalFactor() {
    return terminalValue.factor(discountRate);
  }

  /** @return whether the model maximizes profit ({@link Objective#MAX_PROFIT}) */
  public boolean maximizesProfit() {
    return objective == Objective.MAX_PROFIT;
  }

  private static void checkPeriods(int periods) {
    if (periods < 1) {
      throw new InvalidModelException("horizon.periods", periods, "must be at least 1");
    }
    if (periods > Limits.MAX_PERIODS) {
      throw new InvalidModelException("horizon.periods", periods, "must be at most " + Limits.MAX_PERIODS
          + " (docs/model.md, Limits)\nMaybe use longer periods: years or quarters rather than days.");
    }
  }

  /** @return a single-period horizon labelled "t0" with no discounting */
  public static Horizon single() {
    return of(1, 0);
  }

  /**
   * @param periods number of periods
   * @param discountRate discount rate per period
   * @return a horizon labelled t0, t1, ...
   */
  public static Horizon of(int periods, double discountRate) {
    checkPeriods(periods);
    List<String> labels = new ArrayList<>();
    for (int t = 0; t < periods; t++) {
      labels.add("t" + t);
    }
    return new Horizon(periods, discountRate, labels);
  }

  /**
   * @param firstYear label of the first period
   * @param periods number of yearly periods
   * @param discountRate discount rate per year
   * @return a yearly horizon labelled by year
   */
  public static Horizon years(int firstYear, int periods, double discountRate) {
    checkPeriods(periods);
    List<String> labels = new ArrayList<>();
    for (int t = 0; t < periods; t++) {
      labels.add(Integer.toString(firstYear + t));
    }
    return new Horizon(periods, discountRate, labels);
  }

  /**
   * @param period 0-based period
   * @return the discount weight {@code (1 + r)^-period}
   */
  public double weight(int period) {
    return Math.pow(1 + discountRate, -period);
  }

  /**
   * @param period 0-based period
   * @return its label
   */
  public String label(int period) {
    return labels.get(period);
  }
}
