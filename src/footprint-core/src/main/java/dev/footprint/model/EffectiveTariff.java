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
    boolean replaced = measures.stream().anyMatch(m -> m.rule() == TariffRule.REPLACE);
    List<String> applied = new java.util.ArrayList<>();
    List<String> overridden = new java.util.ArrayList<>();
    double addRate = 0;
    double floorRate = 0;
    double specific = 0;
    for (TariffMeasure m : measures) {
      if (replaced && m.rule() != TariffRule.REPLACE) {
        overridden.add(m.id());
        continue;
      }
      specific += m.specificDutyPerUnit();
      if (m.rule() == TariffRule.FLOOR) {
        floorRate = Math.max(floorRate, m.adValoremRate());
      } else {
        addRate += m.adValoremRate();
      }
    }
    for (TariffMeasure m : measures) {
      if (replaced && m.rule() != TariffRule.REPLACE) {
        continue;
      }
      boolean floorBinds = floorRate > addRate;
      boolean idle = m.specificDutyPerUnit() == 0
          && (floorBinds ? m.rule() != TariffRule.FLOOR || m.adValoremRate() < floorRate
                         : m.rule() == TariffRule.FLOOR);
      (idle ? overridden : applied).add(m.id());
    }
    return new EffectiveTariff(Math.max(addRate, floorRate), specific, applied, overridden);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.4f ad valorem + %.2f/unit (applied %s, overridden %s)",
        adValoremRate, specificDutyPerUnit, applied, overridden);
  }
}
