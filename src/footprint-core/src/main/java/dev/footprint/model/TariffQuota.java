package dev.footprint.model;

import java.util.Arrays;
import java.util.HashSet;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A tariff-rate quota: in each period it is in force, up to {@code volume} units of one product
 * shipped from its origins into its destination pay the in-quota duty ({@code inQuotaRate} on the
 * customs value plus {@code inQuotaSpecificDutyPerUnit}); the units beyond pay the out-of-quota
 * duty. The out-of-quota duty is the one the tariff measures set ({@link EffectiveTariff}) unless
 * {@code outOfQuotaRate} is given, in which case it is that rate on the customs value plus {@code
 * outOfQuotaSpecificDutyPerUnit}. Either way the quota replaces the measures on the shipments it
 * covers.
 *
 * <p>The out-of-quota duty may not be below the in-quota duty (rate and specific duty each), so that
 * filling the quota never costs more than leaving it empty and the model stays convex: the quota is
 * used on the units with the largest saving first (docs/model.md). A domestic shipment never counts,
 * and a shipment counts against at most one quota (two quotas that overlap are refused when the
 * network is built).
 *
 * @param id unique id
 * @param product the product's id; the volume is in its unit
 * @param destination importing country id
 * @param origins exporting country ids; empty means every country other than the destination
 * @param periods 0-based periods it is in force; empty means every period
 * @param volume in-quota units per period
 * @param inQuotaRate ad valorem rate on the customs value of in-quota units, a fraction
 * @param inQuotaSpecificDutyPerUnit duty per in-quota unit, USD
 * @param outOfQuotaRate ad valorem rate of the units beyond the quota, a fraction, or empty for the
 *     duty the tariff measures set
 * @param outOfQuotaSpecificDutyPerUnit duty per unit beyond the quota, USD, with {@code
 *     outOfQuotaRate} only (0 otherwise)
 */
public record TariffQuota(String id, String product, String destination, Set<String> origins,
    Set<Integer> periods, Series volume, double inQuotaRate, double inQuotaSpecificDutyPerUnit,
    OptionalDouble outOfQuotaRate, double outOfQuotaSpecificDutyPerUnit) {

  /**
   * Validates and copies.
   *
   * @param id unique id
   * @param product the product's id; the volume is in its unit
   * @param destination importing country id
   * @param origins exporting country ids; empty means every country other than the destination
   * @param periods 0-based periods it is in force; empty means every period
   * @param volume in-quota units per period
   * @param inQuotaRate ad valorem rate on the customs value of in-quota units, a fraction
   * @param inQuotaSpecificDutyPerUnit duty per in-quota unit, USD
   * @param outOfQuotaRate ad valorem rate of the units beyond the quota, a fraction, or empty for the
   *     duty the tariff measures set
   * @param outOfQuotaSpecificDutyPerUnit duty per unit beyond the quota, USD, with {@code
   *     outOfQuotaRate} only (0 otherwise)
   */
  public TariffQuota {
    Check.id(id, "quota.id");
    String where = "quota '" + id + "'";
    Check.id(product, where + ": product");
    Check.id(destination, where + ": destination");
    origins = Check.ids(origins, where + ": origins");
    Check.present(periods, where + ": periods");
    for (Integer p : periods) {
      if (p == null || p < 0) {
        throw new InvalidModelException(where + ": periods", p, "a period index must be a number >= 0");
      }
    }
    periods = Set.copyOf(periods);
    Check.present(volume, where + ": volume").checkNonNegative(where + ": volume");
    Check.rate(inQuotaRate, 10, where + ": inQuotaRate");
    Check.nonNegative(inQuotaSpecificDutyPerUnit, where + ": inQuotaSpecificDutyPerUnit");
    Check.present(outOfQuotaRate, where + ": outOfQuotaRate");
    Check.nonNegative(outOfQuotaSpecificDutyPerUnit, where + ": outOfQuotaSpecificDutyPerUnit");
    if (outOfQuotaRate.isPresent()) {
      double out = Check.rate(outOfQuotaRate.getAsDouble(), 10, where + ": outOfQuotaRate");
      if (out < inQuotaRate) {
        throw new InvalidModelException(where + ": outOfQuotaRate", out, "is below the inQuotaRate " + inQuotaRate
            + ": the rate beyond the quota must be at least the rate within it, or filling the quota would cost"
            + " more than leaving it empty");
      }
      if (outOfQuotaSpecificDutyPerUnit < inQuotaSpecificDutyPerUnit) {
        throw new InvalidModelException(where + ": outOfQuotaSpecificDutyPerUnit", outOfQuotaSpecificDutyPerUnit,
            "is below the inQuotaSpecificDutyPerUnit " + inQuotaSpecificDutyPerUnit
                + ": the duty beyond the quota must be at least the duty within it");
      }
    } else if (outOfQuotaSpecificDutyPerUnit != 0) {
      throw new InvalidModelException(where + ": outOfQuotaSpecificDutyPerUnit", outOfQuotaSpecificDutyPerUnit,
          "is given without an outOfQuotaRate: without one, units beyond the quota pay the duty the tariff"
              + " measures set\nMaybe give outOfQuotaRate too (0 for a specific duty alone).");
    }
  }

  /**
   * @param id quota id
   * @param product product id
   * @param destination importing country id
   * @param volume in-quota units in every period
   * @param inQuotaRate ad valorem rate within the quota, a fraction
   * @return a quota on imports of the product from every origin, in every period, whose units beyond
   *     the volume pay the duty the tariff measures set
   */
  public static TariffQuota of(String id, String product, String destination, double volume, double inQuotaRate) {
    return new TariffQuota(id, product, destination, Set.of(), Set.of(), Series.constant(volume), inQuotaRate, 0,
        OptionalDouble.empty(), 0);
  }

  /**
   * @param countries origin country ids
   * @return a copy limited to those origins
   */
  public TariffQuota from(String... countries) {
    return new TariffQuota(id, product, destination, Check.idArray(countries, "quota '" + id + "': origins"),
        periods, volume, inQuotaRate, inQuotaSpecificDutyPerUnit, outOfQuotaRate, outOfQuotaSpecificDutyPerUnit);
  }

  /**
   * @param periodIndexes 0-based periods
   * @return a copy in force in those periods only
   */
  public TariffQuota inPeriods(Integer... periodIndexes) {
    Check.present(periodIndexes, "quota '" + id + "': periods");
    return new TariffQuota(id, product, destination, origins, new HashSet<>(Arrays.asList(periodIndexes)), volume,
        inQuotaRate, inQuotaSpecificDutyPerUnit, outOfQuotaRate, outOfQuotaSpecificDutyPerUnit);
  }

  /**
   * @param units in-quota units by period
   * @return a copy with that volume
   */
  public TariffQuota withVolume(Series units) {
    return new TariffQuota(id, product, destination, origins, periods, units, inQuotaRate, inQuotaSpecificDutyPerUnit,
        outOfQuotaRate, outOfQuotaSpecificDutyPerUnit);
  }

  /**
   * @param units in-quota units in every period
   * @return a copy with that volume
   */
  public TariffQuota withVolume(double units) {
    return withVolume(Series.constant(units));
  }

  /**
   * @param dutyPerUnit duty per in-quota unit, USD
   * @return a copy with it
   */
  public TariffQuota withInQuotaSpecificDuty(double dutyPerUnit) {
    return new TariffQuota(id, product, destination, origins, periods, volume, inQuotaRate, dutyPerUnit,
        outOfQuotaRate, outOfQuotaSpecificDutyPerUnit);
  }

  /**
   * @param rate ad valorem rate beyond the quota, a fraction, at least the in-quota rate
   * @return a copy whose units beyond the volume pay that rate (and no specific duty) instead of the
   *     duty the tariff measures set
   */
  public TariffQuota withOutOfQuotaRate(double rate) {
    return withOutOfQuota(rate, 0);
  }

  /**
   * @param rate ad valorem rate beyond the quota, a fraction, at least the in-quota rate
   * @param dutyPerUnit specific duty per unit beyond the quota, USD, at least the in-quota one
   * @return a copy whose units beyond the volume pay that duty instead of the one the tariff
   *     measures set
   */
  public TariffQuota withOutOfQuota(double rate, double dutyPerUnit) {
    return new TariffQuota(id, product, destination, origins, periods, volume, inQuotaRate,
        inQuotaSpecificDutyPerUnit, OptionalDouble.of(rate), dutyPerUnit);
  }

  /**
   * @param origin origin country id
   * @param dest destination country id
   * @param productId product id
   * @param period 0-based period
   * @return whether a shipment of that product between those countries in that period counts
   *     against this quota (never a domestic one)
   */
  public boolean covers(String origin, String dest, String productId, int period) {
    Check.key(origin, "quota '" + id + "': origin");
    Check.key(dest, "quota '" + id + "': destination");
    Check.key(productId, "quota '" + id + "': product");
    return !origin.equals(dest) && destination.equals(dest) && product.equals(productId)
        && (origins.isEmpty() || origins.contains(origin))
        && (periods.isEmpty() || periods.contains(period));
  }
}
