/**
 * The domain: countries, products, sites, markets, freight, tariff measures, subsidy programs,
 * policies and the horizon, as immutable records validated when made, and the {@link
 * dev.footprint.model.Network} aggregate that validates every reference when built. Knows nothing of
 * solvers.
 */
package dev.footprint.model;
