package dev.footprint.solve.internal;

import dev.footprint.model.FreightRate;
import dev.footprint.model.Network;
import java.util.HashMap;
import java.util.Map;

/**
 * Freight rates by dense index, with the precedence of {@link FreightRate}: site and product, then
 * site, then product, then the country pair. Built once per formulation so that the arc loop does
 * no string work.
 */
final class FreightTable {
  private final int countries;
  private final int products;
  private final double[] pair;
  private final Map<Long, Double> byProduct = new HashMap<>();
  private final Map<Long, Double> bySite = new HashMap<>();
  private final Map<Long, Double> bySiteAndProduct = new HashMap<>();

  FreightTable(Network n) {
    countries = n.countries().size();
    products = n.products().size();
    pair = new double[countries * countries];
    java.util.Arrays.fill(pair, Double.NaN);
    for (FreightRate r : n.freight()) {
      int o = n.countryIndex(r.origin());
      int d = n.countryIndex(r.destination());
      int p = r.product().map(n::productIndex).orElse(-1);
      int s = r.site().map(n::siteIndex).orElse(-1);
      if (s >= 0 && p >= 0) {
        bySiteAndProduct.putIfAbsent(((long) s * countries + d) * products + p, r.costPerUnit());
      } else if (s >= 0) {
        bySite.putIfAbsent((long) s * countries + d, r.costPerUnit());
      } else if (p >= 0) {
        byProduct.putIfAbsent(((long) o * countries + d) * products + p, r.costPerUnit());
      } else if (Double.isNaN(pair[o * countries + d])) {
        pair[o * countries + d] = r.costPerUnit();
      }
    }
  }

  /**
   * @return the rate per unit, or NaN when no lane exists
   */
  double rate(int product, int site, int origin, int destination) {
    if (!bySiteAndProduct.isEmpty()) {
      Double v = bySiteAndProduct.get(((long) site * countries + destination) * products + product);
      if (v != null) {
        return v;
      }
    }
    if (!bySite.isEmpty()) {
      Double v = bySite.get((long) site * countries + destination);
      if (v != null) {
        return v;
      }
    }
    if (!byProduct.isEmpty()) {
      Double v = byProduct.get(((long) origin * countries + destination) * products + product);
      if (v != null) {
        return v;
      }
    }
    double v = pair[origin * countries + destination];
    if (Double.isNaN(v) && origin == destination) {
      return 0;
    }
    return v;
  }

  /**
   * The rate for a product between two countries with no site named (a supplier's lane): the
   * product's rate, else the country pair's.
   *
   * @return the rate per unit, or NaN when no lane exists
   */
  double rate(int product, int origin, int destination) {
    if (!byProduct.isEmpty()) {
      Double v = byProduct.get(((long) origin * countries + destination) * products + product);
      if (v != null) {
        return v;
      }
    }
    double v = pair[origin * countries + destination];
    return Double.isNaN(v) && origin == destination ? 0 : v;
  }
}
