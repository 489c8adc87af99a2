package dev.footprint.model;

import java.util.Optional;
import java.util.Set;

/**
 * One tariff measure: who it hits (origin countries, destination country, products or sectors,
 * periods), how much (an ad valorem rate on the customs value and/or a specific duty per unit) and
 * how it combines with others ({@link TariffRule}). A shipment within one country pays no tariff.
 *
 * @param id unique id, used to explain which measures applied
 * @param destination importing country id
 * @param origins exporting country ids; empty means every country other than the destination
 * @param scope the products covered
 * @param periods 0-based periods it applies in; empty means every period
 * @param adValoremRate rate on the customs value, a fraction (0.25 for 25%)
 * @param specificDutyPerUnit duty per unit, USD
 * @param rule how it combines with other measures
 * @param originCondition the origin status it is limited to under a trade agreement (a
 *     preferential rate for originating goods, a general one for the others); empty for every good
 */
public record TariffMeasure(String id, String destination, Set<String> origins, ProductScope scope,
    Set<Integer> periods, double adValoremRate, double specificDutyPerUnit, TariffRule rule,
    Optional<OriginCondition> originCondition) {

  /**
   * Validates and copies.
   *
   * @param id unique id, used to explain which measures applied
   * @param destination importing country id
   * @param origins exporting country ids; empty means every country other than the destination
   * @param scope the products covered
   * @param periods 0-based periods it applies in; empty means every period
   * @param adValoremRate rate on the customs value, a fraction (0.25 for 25%)
   * @param specificDutyPerUnit duty per unit, USD
   * @param rule how it combines with other measures
   * @param originCondition the origin status it is limited to, if any
   */
  public TariffMeasure {
    Check.id(id, "tariff.id");
    String where = "tariff '" + id + "'";
    Check.id(destination, where + ": destination");
    origins = Check.ids(origins, where + ": origins");
    Check.present(scope, where + ": scope");
    Check.present(periods, where + ": periods");
    for (Integer p : periods) {
      if (p == null || p < 0) {
        throw new InvalidModelException(where + ": periods", p, "a period index must be a number >= 0");
      }
    }
    periods = Set.copyOf(periods);
    Check.rate(adValoremRate, 10, where + ": adValoremRate");
    Check.nonNegative(specificDutyPerUnit, where + ": specificDutyPerUnit");
    Check.present(rule, where + ": rule");
    Check.present(originCondition, where + ": originCondition");
  }

  /**
   * A measure on goods of every origin status.
   *
   * @param id unique id, used to explain which measures applied
   * @param destination importing country id
   * @param origins exporting country ids; empty means every country other than the destination
   * @param scope the products covered
   * @param periods 0-based periods it applies in; empty means every period
   * @param adValoremRate rate on the customs value, a fraction (0.25 for 25%)
   * @param specificDutyPerUnit duty per unit, USD
   * @param rule how it combines with other measures
   */
  public TariffMeasure(String id, String destination, Set<String> origins, ProductScope scope,
      Set<Integer> periods, double adValoremRate, double specificDutyPerUnit, TariffRule rule) {
    this(id, destination, origins, scope, periods, adValoremRate, specificDutyPerUnit, rule, Optional.empty());
  }

  /**
   * @param id measure id
   * @param destination importing country id
   * @param rate ad valorem rate, a fraction
   * @return a measure adding {@code rate} on imports of every product from every origin
   */
  public static TariffMeasure adValorem(String id, String destination, double rate) {
    return new TariffMeasure(id, destination, Set.of(), ProductScope.ALL, Set.of(), rate, 0, TariffRule.ADD);
  }

  /**
   * @param id measure id
   * @param destination importing country id
   * @param dutyPerUnit duty per unit, USD
   * @return a measure adding a specific duty on imports of every product from every origin
   */
  public static TariffMeasure specific(String id, String destination, double dutyPerUnit) {
    return new TariffMeasure(id, destination, Set.of(), ProductScope.ALL, Set.of(), 0, dutyPerUnit,
        TariffRule.ADD);
  }

  /**
   * @param countries origin country ids
   * @return a copy limited to those origins
   */
  public TariffMeasure from(String... countries) {
    return new TariffMeasure(id, destination, Check.idArray(countries, "tariff '" + id + "': origins"), scope,
        periods, adValoremRate, specificDutyPerUnit, rule, originCondition);
  }

  /**
   * @param productScope products covered
   * @return a copy limited to them
   */
  public TariffMeasure on(ProductScope productScope) {
    return new TariffMeasure(id, destination, origins, productScope, periods, adValoremRate,
        specificDutyPerUnit, rule, originCondition);
  }

  /**
   * @param periodIndexes 0-based periods
   * @return a copy limited to them
   */
  public TariffMeasure inPeriods(Integer... periodIndexes) {
    Check.present(periodIndexes, "tariff '" + id + "': periods");
    return new TariffMeasure(id, destination, origins, scope, new java.util.HashSet<>(java.util.Arrays.asList(
        periodIndexes)), adValoremRate, specificDutyPerUnit, rule, originCondition);
  }

  /**
   * @param combination how it combines
   * @return a copy with that rule
   */
  public TariffMeasure rule(TariffRule combination) {
    return new TariffMeasure(id, destination, origins, scope, periods, adValoremRate,
        specificDutyPerUnit, combination, originCondition);
  }

  /**
   * @param dutyPerUnit specific duty per unit, USD
   * @return a copy with it
   */
  public TariffMeasure withSpecificDuty(double dutyPerUnit) {
    return new TariffMeasure(id, destination, origins, scope, periods, adValoremRate, dutyPerUnit, rule, originCondition);
  }

  /**
   * @param agreement trade agreement id
   * @return a copy limited to goods originating in it (a preferential rate)
   */
  public TariffMeasure forOriginating(String agreement) {
    return new TariffMeasure(id, destination, origins, scope, periods, adValoremRate, specificDutyPerUnit, rule,
        Optional.of(new OriginCondition(agreement, true)));
  }

  /**
   * @param agreement trade agreement id
   * @return a copy limited to goods not originating in it (the general rate)
   */
  public TariffMeasure forNonOriginating(String agreement) {
    return new TariffMeasure(id, destination, origins, scope, periods, adValoremRate, specificDutyPerUnit, rule,
        Optional.of(new OriginCondition(agreement, false)));
  }

  /**
   * Whether this measure applies to a shipment of goods that originate in no agreement: as {@link
   * #appliesTo(String, String, Product, int, String)} with no agreement.
   *
   * @param origin origin country id
   * @param dest destination country id
   * @param product the product
   * @param period 0-based period
   * @return whether this measure applies to that shipment (never to a domestic one)
   */
  public boolean appliesTo(String origin, String dest, Product product, int period) {
    return appliesTo(origin, dest, product, period, null);
  }

  /**
   * @param origin origin country id
   * @param dest destination country id
   * @param product the product
   * @param period 0-based period
   * @param originatingIn the id of the agreement the goods originate in, or null for none
   * @return whether this measure applies to that shipment (never to a domestic one)
   */
  public boolean appliesTo(String origin, String dest, Product product, int period, String originatingIn) {
    Check.key(origin, "tariff '" + id + "': origin");
    Check.key(dest, "tariff '" + id + "': destination");
    Check.present(product, "tariff '" + id + "': product");
    return appliesOnLane(origin, dest, product, originatingIn) && inForce(period);
  }

  /** {@link #appliesTo(String, String, Product, int, String)} in every period it is in force. */
  boolean appliesOnLane(String origin, String dest, Product product, String originatingIn) {
    return !origin.equals(dest) && destination.equals(dest)
        && (origins.isEmpty() || origins.contains(origin))
        && scope.covers(product)
        && (originCondition.isEmpty()
            || originCondition.get().originating() == originCondition.get().agreement().equals(originatingIn));
  }

  /** @return whether it is in force in a 0-based period */
  boolean inForce(int period) {
    return periods.isEmpty() || periods.contains(period);
  }
}
