package dev.footprint.model;

/**
 * How a tariff measure combines with the others that apply to the same shipment. The effective
 * duty is computed from all measures that apply, whatever the order they were given in:
 * <ol>
 *   <li>if any {@link #REPLACE} measure applies, the duty is the sum of the replacing measures
 *       alone;
 *   <li>otherwise the ad valorem rate is the larger of the sum of {@link #ADD} rates and the
 *       largest {@link #FLOOR} rate, and the specific duty is the sum over all of them.
 * </ol>
 */
public enum TariffRule {
  /** Adds to the others (MFN plus Section 232 plus a general surcharge). */
  ADD,
  /** Lifts the total ad valorem rate to at least its rate ("the higher of MFN or 15%"). */
  FLOOR,
  /** Replaces every non-replacing measure in its scope (a deal rate that is all-in). */
  REPLACE
}
