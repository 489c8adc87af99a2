package dev.footprint.generate;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Capacitated facility-location instances as networks, shaped like the OR-Library {@code cap}
 * sets (J. E. Beasley's {@code cap71}–{@code cap134}: 16 to 50 candidate facilities and 50
 * customers; {@code capa}–{@code capc}: 100 facilities and 1,000 customers): candidate sites and
 * markets at random points of a 100 x 100 square, each in a country of its own (so freight is a
 * lane per pair), one product, freight half the distance per unit, an opening capex and a fixed
 * cost per site, and a unit labor cost that differs by site. These are generated, not the
 * OR-Library files: the shapes match, the numbers do not.
 *
 * <p>Total capacity is {@code capacityRatio} times total demand (plus a little noise), so every
 * instance with a ratio above 1 is feasible; the tighter the ratio, the harder the instance. The
 * same arguments give the same network on any machine.
 */
public final class FacilityLocationGenerator {
  /** The capacity ratio of {@link #network(int, int, long)}. */
  public static final double DEFAULT_CAPACITY_RATIO = 3;

  private FacilityLocationGenerator() {}

  /**
   * @param sites candidate sites, at least 1
   * @param markets markets, at least 1
   * @param seed random seed
   * @return an instance with total capacity about three times total demand
   */
  public static Network network(int sites, int markets, long seed) {
    return network(sites, markets, DEFAULT_CAPACITY_RATIO, seed);
  }

  /**
   * @param sites candidate sites, at least 1
   * @param markets markets, at least 1
   * @param capacityRatio total capacity over total demand, above 1
   * @param seed random seed
   * @return the instance
   * @throws IllegalArgumentException for fewer than one site or market, or a ratio of 1 or less
   */
  public static Network network(int sites, int markets, double capacityRatio, long seed) {
    if (sites < 1 || markets < 1) {
      throw new IllegalArgumentException("sites = " + sites + ", markets = " + markets + ": each must be at least 1");
    }
    if (!(capacityRatio > 1) || Double.isInfinite(capacityRatio)) {
      throw new IllegalArgumentException("capacityRatio = " + capacityRatio + ": must be a finite number above 1");
    }
    Random r = new Random(seed);
    Network.Builder b = Network.builder().product(Product.of("unit", "goods", 1, 10));
    double[][] sitePoint = new double[sites][];
    double[][] marketPoint = new double[markets][];
    List<Country> countries = new ArrayList<>();
    for (int i = 0; i < sites; i++) {
      sitePoint[i] = new double[] {r.nextDouble() * 100, r.nextDouble() * 100};
      countries.add(Country.of("S" + i, 5 + r.nextInt(20)));
    }
    for (int j = 0; j < markets; j++) {
      marketPoint[j] = new double[] {r.nextDouble() * 100, r.nextDouble() * 100};
      countries.add(Country.of("M" + j, 10));
    }
    b.country(countries.toArray(Country[]::new));
    double demand = 0;
    for (int j = 0; j < markets; j++) {
      int d = 10 + r.nextInt(90);
      demand += d;
      b.market(Market.of("m" + j, "M" + j).withDemand("unit", d));
    }
    for (int i = 0; i < sites; i++) {
      b.site(Site.candidate("s" + i, "S" + i, capacityRatio * demand / sites + r.nextInt(50), 2000 + r.nextInt(6000))
          .withFixedCost(200 + r.nextInt(800)));
    }
    for (int i = 0; i < sites; i++) {
      for (int j = 0; j < markets; j++) {
        double distance = Math.hypot(sitePoint[i][0] - marketPoint[j][0], sitePoint[i][1] - marketPoint[j][1]);
        b.freight(FreightRate.lane("S" + i, "M" + j, 0.5 * distance));
      }
    }
    return b.build();
  }
}
