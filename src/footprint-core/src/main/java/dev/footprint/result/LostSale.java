package dev.footprint.result;

/**
 * Demand left unmet, at the market's lost-sales penalty.
 *
 * @param product product id
 * @param market market id
 * @param period 0-based period
 * @param units units not supplied
 */
public record LostSale(String product, String market, int period, double units) {}
