package dev.footprint.result;

/**
 * Units of a shipment claimed to qualify under a content rule (docs/model.md, Origin of goods): under
 * an {@code OriginRule}, units that originate in its agreement and pay the preferential rate; under a
 * {@code TransshipmentRule}, units whose foreign content is within its share and so escape the
 * penalty. The rest of the shipment pays the general rate or the penalty.
 *
 * @param rule the id of the origin rule or transshipment rule
 * @param product the product id
 * @param site the id of the site that made the units
 * @param market the id of the market they are shipped to
 * @param period 0-based period
 * @param units units that qualify, at most the shipment's
 */
public record OriginClaim(String rule, String product, String site, String market, int period, double units) {}
