package dev.footprint.result;

/**
 * Units of a product made at a site and shipped to a market in a period.
 *
 * @param product product id
 * @param site site id
 * @param market market id
 * @param period 0-based period
 * @param units units shipped
 */
public record Shipment(String product, String site, String market, int period, double units) {}
