package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.analysis.Specs;
import dev.footprint.model.Country;
import dev.footprint.model.HiringLimit;
import dev.footprint.model.Network;
import dev.footprint.model.Series;
import org.junit.jupiter.api.Test;

/** The value {@code hires:LIMIT} has in a network as given: the limit's most hires, when uniform. */
class HiringBaseValueTest {

  private static Network network(Series hires) {
    return Network.builder().country(Country.of("US", 30)).hiringLimit(new HiringLimit("us", "US", hires)).build();
  }

  @Test
  void theMostHiresOfALimitTheSameInEveryPeriod() {
    Network n = network(Series.constant(6));
    assertEquals(6.0, BaseValues.of("hires:us", n));
    assertEquals(n, Specs.parameter("hires:us").at(n, 6), "at its base value the network as given");
    assertTrue(Double.isNaN(BaseValues.of("hires:nope", n)));
  }
}
