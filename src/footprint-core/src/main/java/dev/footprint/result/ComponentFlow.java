package dev.footprint.result;

/**
 * Units of a component brought to a site that assembles with it, in a period (docs/model.md, Bills
 * of materials): made at a site (the assembling site itself, or another that ships it there) or
 * bought from a supplier offer.
 *
 * @param product the component's product id
 * @param from the id of the site that made it or of the supplier offer it was bought under
 * @param to the id of the site that consumes it
 * @param period 0-based period
 * @param units units brought
 */
public record ComponentFlow(String product, String from, String to, int period, double units) {}
