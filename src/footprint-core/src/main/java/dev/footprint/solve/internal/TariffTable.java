package dev.footprint.solve.internal;

import dev.footprint.model.Network;
import java.util.HashMap;
import java.util.Map;

/**
 * Effective tariffs by dense index, each (origin country, destination country, product) computed
 * once by {@link Network#tariffRates} and kept for the formulation's build: the ship arcs and the
 * component flows share it.
 */
final class TariffTable {
  private final Network n;
  private final int countries;
  private final int products;
  private final Map<Long, double[]> rows = new HashMap<>();

  TariffTable(Network n) {
    this.n = n;
    countries = n.countries().size();
    products = n.products().size();
  }

  /**
   * @param origin origin country index
   * @param destination destination country index
   * @param product product index
   * @return per period {@code t}, the ad valorem rate at {@code 2t} and the specific duty per unit at
   *     {@code 2t + 1} (shared: not to be written)
   */
  double[] row(int origin, int destination, int product) {
    long key = ((long) origin * countries + destination) * products + product;
    return rows.computeIfAbsent(key, k -> n.tariffRates(n.countries().get(origin).id(),
        n.countries().get(destination).id(), product));
  }
}
