package dev.footprint.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The limits of {@link Limits}, and the inputs that used to reach a backend unnamed or hang: each is
 * refused by name, with its value, before anything is solved.
 */
class LimitsTest {

  private static InvalidModelException assertInvalid(Executable build, String field, Object value) {
    InvalidModelException e = assertThrows(InvalidModelException.class, build);
    assertEquals(field, e.field(), e.getMessage());
    assertEquals(value, e.value(), e.getMessage());
    return e;
  }

  private static Network.Builder base() {
    return Network.builder()
        .country(Country.of("US", 30), Country.of("MX", 10))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.existing("US-1", "US", 100), Site.existing("MX-1", "MX", 100))
        .market(Market.of("M", "US").withDemand("widget", 50))
        .freight(FreightRate.lane("MX", "US", 5));
  }

  /** A capacity of 1e20 (a backend's infinity) is refused by the site, with a hint about units. */
  @Test
  void capacityOf1e20() {
    InvalidModelException e = assertInvalid(() -> Site.existing("S", "US", 1e20), "site 'S': capacity[0]", 1e20);
    assertTrue(e.getMessage().contains("1.0E15") && e.getMessage().contains("Maybe"), e.getMessage());
  }

  /** 1e15 itself is the largest magnitude allowed; one ulp beyond is refused. */
  @Test
  void theBoundItself() {
    assertDoesNotThrow(() -> Site.existing("S", "US", Limits.MAX_MAGNITUDE));
    assertInvalid(() -> Site.existing("S", "US", Math.nextUp(Limits.MAX_MAGNITUDE)), "site 'S': capacity[0]",
        Math.nextUp(Limits.MAX_MAGNITUDE));
  }

  /** Every kind of figure is bounded: demand, costs, capex, penalties, freight, duties, credits, pledges. */
  @Test
  void everyFigureIsBounded() {
    double big = 2e15;
    assertInvalid(() -> Market.of("M", "US").withDemand("widget", big), "market 'M': demand['widget'][0]", big);
    assertInvalid(() -> Market.of("M", "US").withLostSalesPenalty("widget", big),
        "market 'M': lostSalesPenalty['widget']", big);
    assertInvalid(() -> Product.of("p", "s", 1, big), "product 'p': materialCostPerUnit", big);
    assertInvalid(() -> Product.of("p", "s", big, 1), "product 'p': laborHoursPerUnit", big);
    assertInvalid(() -> Site.candidate("S", "US", 1, big), "site 'S': openingCapex", big);
    assertInvalid(() -> Country.of("US", big), "country 'US': laborCostPerHour[0]", big);
    assertInvalid(() -> FreightRate.lane("MX", "US", big), "freight MX->US: costPerUnit", big);
    assertInvalid(() -> TariffMeasure.specific("t", "US", big), "tariff 't': specificDutyPerUnit", big);
    assertInvalid(() -> ProductionCredit.of("k", "US", ProductScope.ALL, 1).withBudget(big),
        "productionCredit 'k': budget", big);
    assertInvalid(() -> new Policy.InvestmentPledge("p", "US", big), "policy 'p': minimumCapex", big);
  }

  /**
   * Figures the model multiplies: 1000 hours a unit at productivity 1e-9 is 1e12 hours, times a wage
   * of 10,000 is a labor cost of 1e16 per unit, beyond the bound though every figure is within it.
   */
  @Test
  void derivedLaborCostPerUnit() {
    Network.Builder b = base().replaceCountry(new Country("MX", "MX", Series.constant(10_000), 1e-9, 2000))
        .product(Product.of("heavy", "goods", 1000, 1));
    InvalidModelException e = assertThrows(InvalidModelException.class, b::build);
    assertEquals("product 'heavy' made in country 'MX': labor cost per unit (hours / productivity * wage)",
        e.field(), e.getMessage());
    assertEquals(1e16, (Double) e.value(), 1e4);
  }

  /** A horizon of a billion periods is refused at once (it used to build a billion labels). */
  @Test
  void horizonPeriods() {
    long start = System.nanoTime();
    assertInvalid(() -> Horizon.of(1_000_000_000, 0), "horizon.periods", 1_000_000_000);
    assertInvalid(() -> Horizon.years(2026, 1_000_000_000, 0), "horizon.periods", 1_000_000_000);
    assertTrue(System.nanoTime() - start < 1_000_000_000L);
    assertDoesNotThrow(() -> Horizon.of(Limits.MAX_PERIODS, 0));
    assertInvalid(() -> Horizon.of(Limits.MAX_PERIODS + 1, 0), "horizon.periods", Limits.MAX_PERIODS + 1);
  }

  /**
   * Two rates for the same lane and scope: the second is refused naming the first (the first used to
   * win silently). The same lane for another product, or from a site, is a different scope.
   */
  @Test
  void duplicateFreightLanes() {
    InvalidModelException e = assertThrows(InvalidModelException.class,
        () -> base().freight(FreightRate.lane("MX", "US", 7)).build());
    assertEquals("freight[1] MX->US", e.field());
    assertEquals(7.0, e.value());
    assertTrue(e.getMessage().contains("duplicates freight[0] MX->US (cost 5.0)"), e.getMessage());
    InvalidModelException scoped = assertThrows(InvalidModelException.class, () -> base()
        .freight(FreightRate.lane("MX", "US", 4).forProduct("widget").fromSite("MX-1"),
            FreightRate.lane("MX", "US", 3).forProduct("widget").fromSite("MX-1")).build());
    assertEquals("freight[2] MX->US [widget] @MX-1", scoped.field());
    assertTrue(scoped.getMessage().contains("duplicates freight[1] MX->US [widget] @MX-1"), scoped.getMessage());
    assertDoesNotThrow(() -> base().freight(FreightRate.lane("MX", "US", 4).forProduct("widget"),
        FreightRate.lane("MX", "US", 3).fromSite("MX-1")).build());
  }

  /** Nulls in the builders' arrays and lookups are named, not NullPointerExceptions. */
  @Test
  void nullsAreNamed() {
    assertInvalid(() -> base().site((Site[]) null), "site", null);
    assertInvalid(() -> base().horizon(null), "horizon", null);
    assertInvalid(() -> base().replaceSite(null), "sites", null);
    assertInvalid(() -> ProductScope.products("a", null), "scope.products[1]", null);
    assertInvalid(() -> TariffMeasure.adValorem("t", "US", 0.1).inPeriods(0, null), "tariff 't': periods", null);
    assertInvalid(() -> base().build().countryIndex(null), "country", null);
    assertInvalid(() -> Series.of((double[]) null), "series", null);
  }

  /** A fixing that reopens an existing site or closes an opened one is refused before solving. */
  @Test
  void fixingsThatBreakSiteDynamics() {
    Network n = base().horizon(Horizon.of(3, 0)).site(Site.candidate("US-new", "US", 100, 10)).build();
    IllegalArgumentException reopen = assertThrows(IllegalArgumentException.class, () -> FootprintSolver.create(
        SolveOptions.DEFAULT.withFixedSiteStatus(Map.of("US-1", List.of(false, true, true)))).solve(n));
    assertTrue(reopen.getMessage().contains("fixedSiteStatus['US-1'][1] = true: an existing site cannot reopen"),
        reopen.getMessage());
    IllegalArgumentException close = assertThrows(IllegalArgumentException.class, () -> FootprintSolver.create(
        SolveOptions.DEFAULT.withFixedSiteStatus(Map.of("US-new", List.of(true, false, false)))).solve(n));
    assertTrue(close.getMessage().contains("fixedSiteStatus['US-new'][1] = false: an opened site cannot close"),
        close.getMessage());
    assertEquals(SolveStatus.OPTIMAL, FootprintSolver.create(
        SolveOptions.DEFAULT.withFixedSiteStatus(Map.of("US-1", List.of(true, false, false)))).solve(n).status());
  }
}
