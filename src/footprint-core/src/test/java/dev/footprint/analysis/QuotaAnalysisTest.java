package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.InvalidModelException;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffQuota;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import org.junit.jupiter.api.Test;

/**
 * Analyses over tariff-rate quotas and single-sourced markets: the quota's volume as a swept
 * parameter, and sensitivity with the sourcing of a single-sourced market fixed.
 */
class QuotaAnalysisTest {
  private static final double TOL = 1e-6;

  /**
   * A US plant makes a widget for 40; an MX unit costs 10 + 35 (MFN 35%) = 45 beyond a quota at 5%
   * and 15 within it; demand 100. With volume V between 0 and 100 MX makes V at 15 and the US the
   * rest at 40: 4000 - 25 V, so 4000, 2500 and 1500 at V = 0, 60, 100.
   */
  private static Network quotaNetwork() {
    return Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("widget", "goods", 0, 10).withMaterialCost("US", 40).withDeclaredCustomsValue(100))
        .site(Site.existing("US-1", "US", 1000), Site.existing("MX-1", "MX", 1000))
        .market(Market.of("US-M", "US").withDemand("widget", 100))
        .freight(FreightRate.lane("MX", "US", 0))
        .tariff(TariffMeasure.adValorem("mfn", "US", 0.35))
        .quota(TariffQuota.of("mx-trq", "widget", "US", 60, 0.05).from("MX"))
        .build();
  }

  @Test
  void quotaVolumeIsSweepable() {
    Parameter p = Specs.parameter("quota:mx-trq");
    assertEquals("quota[mx-trq].volume", p.name());
    assertFalse(p.objectiveOnly(), "the volume bounds rows");
    Sweep sweep = Sweep.run(FootprintSolver.create(), quotaNetwork(), p, new double[] {0, 60, 100});
    assertEquals(3, sweep.points().size());
    assertEquals(4000, sweep.points().get(0).summary().objective(), TOL);
    assertEquals(2500, sweep.points().get(1).summary().objective(), TOL);
    assertEquals(1500, sweep.points().get(2).summary().objective(), TOL);
  }

  @Test
  void quotaVolumeParameterRefusesAnUnknownQuotaAndANegativeVolume() {
    InvalidModelException unknown = org.junit.jupiter.api.Assertions.assertThrows(InvalidModelException.class,
        () -> Parameters.quotaVolume("nope").at(quotaNetwork(), 10));
    assertEquals("nope", unknown.value());
    InvalidModelException negative = org.junit.jupiter.api.Assertions.assertThrows(InvalidModelException.class,
        () -> Parameters.quotaVolume("mx-trq").at(quotaNetwork(), -1));
    assertEquals("quota 'mx-trq': volume[0]", negative.field());
  }

  /**
   * Single-sourced: US-1 (material 10, capacity 60) cannot serve the 100 demanded, so VN-1
   * (material 14, capacity 200) serves all: 1400. With the footprint and the sourcing fixed the
   * model is an LP with the same cost; one more unit demanded costs 14 (from VN-1, not 10 from US-1,
   * which is not the market's source), and no capacity binds.
   */
  @Test
  void sensitivityOfASingleSourcedSolution() {
    Network n = Network.builder()
        .country(Country.of("US", 0), Country.of("VN", 0))
        .product(Product.of("widget", "goods", 0, 10).withMaterialCost("VN", 14))
        .site(Site.existing("US-1", "US", 60), Site.existing("VN-1", "VN", 200))
        .market(Market.of("US-M", "US").withDemand("widget", 100).withSingleSource(true))
        .freight(FreightRate.lane("VN", "US", 0))
        .build();
    Solution s = FootprintSolver.create().solve(n);
    assertEquals(SolveStatus.OPTIMAL, s.status());
    assertEquals(1400, s.objective(), TOL);
    Sensitivity sens = Sensitivity.of(FootprintSolver.create(), s);
    assertEquals(1400, sens.objective(), TOL);
    assertEquals(14, sens.demand().get(0).value(), TOL);
    assertTrue(sens.capacity().stream().allMatch(c -> Math.abs(c.value()) < TOL), sens.capacity().toString());
  }
}
