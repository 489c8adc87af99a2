package dev.footprint.model;

import java.util.List;

/**
 * The tariff on one lane, product and period after combining the measures that apply.
 *
 * @param adValoremRate total ad valorem rate, a fraction
 * @param specificDutyPerUnit total specific duty per unit, USD
 * @param applied ids of the measures that set the result, in the order given in the network
 * @param overridden ids of the measures that applied but were replaced or lifted by a floor
 */
public record EffectiveTariff(double adValoremRate, double specificDutyPerUnit, List<String> applied,
    List<String> overridden) {

  /** No tariff. */
  public static final EffectiveTariff NONE = new EffectiveTariff(0, 0, List.of(), List.of());

  /**
   * Copies.
   *
   * @param adValoremRate total ad valorem rate, a fraction
   * @param specificDutyPerUnit total specific duty per unit, USD
   * @param applied ids of the measures that set the result, in the order given in the network
   * @param overridden ids of the measures that applied but were replaced or lifted by a floor
   */
  public EffectiveTariff {
    Check.finite(adValoremRate, "effectiveTariff.adValoremRate");
    Check.finite(specificDutyPerUnit, "effectiveTariff.specificDutyPerUnit");
    applied = Check.list(applied, "effectiveTariff.applied");
    overridden = Check.list(overridden, "effectiveTariff.overridden");
  }

  /**
   * @param customsValue customs value per unit, USD
   * @return the duty per unit, USD
   */
  public double dutyPerUnit(double customsValue) {
    return adValoremRate * customsValue + specificDutyPerUnit;
  }

  /**
   * Combines the measures that apply, following {@link TariffRule}.
   *
   * @param measures the measures that apply to one shipment, in network order
   * @return their combined effect
   */
  public static EffectiveTariff combine(List<TariffMeasure> measures) {
    Check.list(measures, "measures");
    if (measures.isEmpty()) {
      return NONE;
    }
    double[] sums = new double[SUMS];
    boolean replaced = sum(measures, sums);
    double addRate = sums[0];
    double floorRate = sums[1];
    boolean floorBinds = floorRate > addRate;
    List<String> applied = new java.util.ArrayList<>();
    List<String> overridden = new java.util.ArrayList<>();
    for (TariffMeasure m : measures) {
      if (replaced && m.rule() != TariffRule.REPLACE) {
        overridden.add(m.id()); // set aside, listed first
      }
    }
    for (TariffMeasure m : measures) {
      if (replaced && m.rule() != TariffRule.REPLACE) {
        continue;
      }
      boolean idle = m.specificDutyPerUnit() == 0
          && (floorBinds ? m.rule() != TariffRule.FLOOR || m.adValoremRate() < floorRate
                         : m.rule() == TariffRule.FLOOR);
      (idle ? overridden : applied).add(m.id());
    }
    return new EffectiveTariff(Math.max(addRate, floorRate), sums[2], applied, overridden);
  }

  /**
   * The combined ad valorem rate and specific duty of the measures, as {@link
   * #combine(List)} computes them, without naming the measures: for building models, where only the
   * numbers are needed.
   *
   * @param measures the measures that apply to one shipment, in network order
   * @param out where to write the rate (at {@code at}) and the specific duty (at {@code at + 1})
   * @param at the index of the rate in {@code out}
   */
  static void rates(List<TariffMeasure> measures, double[] out, int at) {
    double[] sums = new double[SUMS];
    sum(measures, sums);
    out[at] = Math.max(sums[0], sums[1]);
    out[at + 1] = sums[2];
  }

  private static final int SUMS = 3;

  /**
   * Sums the measures by {@link TariffRule}: the added ad valorem rates, the highest floor and the
   * specific duties, each over the measures a {@link TariffRule#REPLACE} leaves in force.
   *
   * @return whether a replacing measure set the others aside
   */
  private static boolean sum(List<TariffMeasure> measures, double[] sums) {
    boolean replaced = false;
    for (TariffMeasure m : measures) {
      replaced |= m.rule() == TariffRule.REPLACE;
    }
    for (TariffMeasure m : measures) {
      if (replaced && m.rule() != TariffRule.REPLACE) {
        continue;
      }
      sums[2] += m.specificDutyPerUnit();
      if (m.rule() == TariffRule.FLOOR) {
        sums[1] = Math.max(sums[1], m.adValoremRate());
      } else {
        sums[0] += m.adValoremRate();
      }
    }
    return replaced;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.4f ad valorem + %.2f/unit (applied %s, overridden %s)",
        adValoremRate, specificDutyPerUnit, applied, overridden);
  }
}
