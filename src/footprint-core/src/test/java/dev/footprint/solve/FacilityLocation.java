package dev.footprint.solve;

import dev.footprint.generate.FacilityLocationGenerator;
import dev.footprint.model.Network;

/**
 * The tests' facility-location instances: {@link FacilityLocationGenerator} with total capacity
 * about three times total demand, so every instance is feasible; the 50 x 50 instance takes SCIP
 * and HiGHS a few seconds, enough to stop them at a limit with an incumbent in hand.
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
    return FacilityLocationGenerator.network(sites, markets, seed);
  }
}
