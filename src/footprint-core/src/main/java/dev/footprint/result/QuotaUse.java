package dev.footprint.result;

/**
 * How a plan uses one tariff-rate quota in one period it is in force: the units it ships that the
 * quota covers, and how many of them enter within the quota. The quota is filled with the covered
 * units that save the most duty first, up to its volume: the least duty the shipments can pay
 * (docs/model.md, tariff-rate quotas).
 *
 * @param quota the quota's id
 * @param period 0-based period
 * @param volume the quota's volume in that period, units of its product
 * @param units units shipped that the quota covers
 * @param inQuota of those, units entered within the quota: {@code min(volume, units)}
 * @param dutySaved duty the in-quota units save against the out-of-quota duty, present value
 */
public record QuotaUse(String quota, int period, double volume, double units, double inQuota, double dutySaved) {

  /** @return units beyond the quota, paying the out-of-quota duty */
  public double outOfQuota() {
    return units - inQuota;
  }
}
