package dev.footprint.solve;

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
 * Capacitated facility location as a network: {@code sites} candidate sites and {@code markets}
 * markets at random points of a 100 x 100 square, each in a country of its own, one product, freight
 * half the distance per unit, opening capex and a fixed cost per site. Total capacity is about three
 * times total demand, so every instance is feasible; the 50 x 50 instance takes SCIP and HiGHS a
 * few seconds, enough to stop them at a limit with an incumbent in hand.
 */
public final class FacilityLocation {
  private FacilityLocation() {}

  /**
   * @param sites candidate sites
   * @param markets markets
   * @param seed random seed
   * @return the network
   */
  public static Network network(int sites, int markets, long seed) {
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
      b.site(Site.candidate("s" + i, "S" + i, 3 * demand / sites + r.nextInt(50), 2000 + r.nextInt(6000))
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
