package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.HiringLimit;
import dev.footprint.model.Horizon;
import dev.footprint.model.InvalidModelException;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.solve.FootprintSolver;
import org.junit.jupiter.api.Test;

/** A hiring limit's most hires as a swept parameter ({@code hires:LIMIT}). */
class HiringAnalysisTest {
  private static final double TOL = 1e-6;

  /**
   * Three periods, no discounting; the US market wants 10 widgets a period, a widget being 1 hour
   * and a job 1 hour. An existing MX plant pays 20 an hour; a US fab (capex 50) pays 10 and may open
   * from period 1; the US may hire H a period. H = 10: MX makes the 10 in period 0 (200) and the fab
   * all after: 50 + 200 + 200 = 450. H = 6: the fab makes 6 in period 1 (60 + MX 4 * 20 = 140):
   * 50 + 200 + 140 + 100 = 490. H = 2: the fab makes 2 then 4 (20 + 160, 40 + 120): 50 + 200 + 180 +
   * 160 = 590, below the 600 of never opening it.
   */
  private static Network network() {
    return Network.builder().horizon(Horizon.of(3, 0))
        .country(Country.of("US", 10).withHoursPerJob(1), Country.of("MX", 20).withHoursPerJob(1))
        .product(Product.of("widget", "goods", 1, 0))
        .site(Site.existing("MX-1", "MX", 100), Site.candidate("fab", "US", 100, 50).withOpeningPeriod(1))
        .market(Market.of("US-M", "US").withDemand("widget", 10))
        .freight(FreightRate.lane("MX", "US", 0))
        .hiringLimit(new HiringLimit("us-labor", "US", Series.constant(6)))
        .build();
  }

  @Test
  void theMostHiresAreSweepable() {
    Parameter p = Specs.parameter("hires:us-labor");
    assertEquals("hiringLimit[us-labor].maxHires", p.name());
    assertFalse(p.objectiveOnly(), "the hires bound rows");
    Sweep sweep = Sweep.run(FootprintSolver.create(), network(), p, new double[] {2, 6, 10});
    assertEquals(590, sweep.points().get(0).summary().objective(), TOL);
    assertEquals(490, sweep.points().get(1).summary().objective(), TOL);
    assertEquals(450, sweep.points().get(2).summary().objective(), TOL);
  }

  @Test
  void theParameterRefusesAnUnknownLimitAndNegativeHires() {
    InvalidModelException unknown = assertThrows(InvalidModelException.class,
        () -> Parameters.hiringLimit("nope").at(network(), 10));
    assertEquals("nope", unknown.value());
    InvalidModelException negative = assertThrows(InvalidModelException.class,
        () -> Parameters.hiringLimit("us-labor").at(network(), -1));
    assertEquals("hiringLimit 'us-labor': maxHires[0]", negative.field());
  }
}
