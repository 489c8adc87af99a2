package dev.footprint.solve.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.footprint.model.Country;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.solve.SolveOptions;
import org.junit.jupiter.api.Test;

/** The coefficients and variables of {@link LaborRows}, against hand values. */
class LaborRowsTest {

  /**
   * Ramp-up [0.5, 0.8] at capacity 100: d = (0.5, 0.2); coefficients of y[t], y[t-1], y[t-2]: 100 *
   * 0.5 = 50, 100 * (0.5 - 0.2) = 30, 100 * 0.2 = 20. A site opened in t has 50; in t-1, 50 + 30 =
   * 80; in t-2 or before, 100. A ramp-up [0, 1] gives 0, 100, 0: nothing in the first period.
   */
  @Test
  void rampCoefficientsAddUpToTheRampedCapacity() {
    assertArrayEquals(new double[] {50, 30, 20},
        LaborRows.rampCoefficients(Site.candidate("fab", "US", 100, 0).withRampUp(0.5, 0.8), 100), 1e-12);
    assertArrayEquals(new double[] {0, 100, 0},
        LaborRows.rampCoefficients(Site.candidate("fab", "US", 100, 0).withRampUp(0, 1), 100), 1e-12);
  }

  /**
   * Two periods at 10%; a US plant with severance 5 on variable jobs makes the market's 10 then 4
   * widgets (a widget is a job): one fall variable, cost 5 / 1.1. At the optimum it is 6; a point
   * with it at 9 costs 3 * 5 / 1.1 = 13.6364 more than the shipments lose, which the gain takes back.
   */
  @Test
  void tightenGainIsTheSeveranceAFallLargerThanTheJobsLostOverstates() {
    Network n = Network.builder().horizon(Horizon.of(2, 0.10))
        .country(Country.of("US", 1).withHoursPerJob(1))
        .product(Product.of("widget", "goods", 1, 0))
        .site(Site.existing("US-1", "US", 100).withSeverancePerJob(5).withVariableSeverance(true))
        .market(Market.of("M", "US").withDemand("widget", Series.of(10, 4)))
        .build();
    Formulation f = new Formulation(n, SolveOptions.DEFAULT);
    assertEquals(1, f.laborRows.count);
    assertEquals(5 / 1.1, f.laborRows.cost[0], 1e-12);
    double[] values;
    try (OrToolsModel model = new OrToolsModel()) {
      f.emit(model, false, false);
      values = BackendRunner.run(model, SolveOptions.DEFAULT, false).values().clone();
    }
    assertEquals(6, values[f.fall(0)], 1e-9);
    assertEquals(0, f.laborTightenGain(values), 1e-9);
    values[f.fall(0)] = 9;
    assertEquals(-15 / 1.1, f.laborTightenGain(values), 1e-9);
    // Without the opt-in there is no fall variable and the model is as before.
    Network off = n.toBuilder().replaceSite(n.sites().get(0).withVariableSeverance(false)).build();
    assertEquals(0, new Formulation(off, SolveOptions.DEFAULT).laborRows.count);
  }
}
