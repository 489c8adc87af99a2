package dev.footprint.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.solve.Backend;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * One test per kind of bad input. Each asserts that an {@link InvalidModelException} is thrown while
 * the value or the network is built (before any solve), that {@link InvalidModelException#field()}
 * and {@link InvalidModelException#value()} name the offending field and value, and that the message
 * carries both, as {@code field = value: problem}.
 */
class ValidationTest {

  /**
   * Runs {@code build}, expects an {@link InvalidModelException} naming {@code field} and {@code
   * value} (compared with {@link Object#equals}, so a boxed NaN equals NaN), and checks the message
   * starts with {@code field = value}.
   */
  private static InvalidModelException assertInvalid(Executable build, String field, Object value) {
    InvalidModelException e = assertThrows(InvalidModelException.class, build);
    assertEquals(field, e.field(), "field() of: " + e.getMessage());
    assertEquals(value, e.value(), "value() of: " + e.getMessage());
    String rendered = value instanceof String ? "'" + value + "'" : String.valueOf(value);
    assertTrue(e.getMessage().startsWith(field + " = " + rendered + ": "),
        "message should start with the field and the value: " + e.getMessage());
    return e;
  }

  /** A valid base: US (wage 30) and MX (wage 10), one product, one site per country, a US market. */
  private static Network.Builder base() {
    return Network.builder()
        .country(Country.of("US", 30), Country.of("MX", 10))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.existing("US-1", "US", 100), Site.existing("MX-1", "MX", 100))
        .market(Market.of("M", "US").withDemand("widget", 50))
        .freight(FreightRate.lane("MX", "US", 5));
  }

  @Test
  void baseNetworkIsValid() {
    Network n = assertDoesNotThrow(() -> base().build());
    assertEquals(2, n.sites().size());
  }

  // ---- numbers in the domain values ----

  @Test
  void negativeDemand() {
    assertInvalid(() -> Market.of("M", "US").withDemand("widget", -5), "market 'M': demand['widget'][0]", -5.0);
  }

  @Test
  void nanDemand() {
    assertInvalid(() -> Market.of("M", "US").withDemand("widget", Double.NaN), "market 'M': demand['widget'][0]",
        Double.NaN);
  }

  @Test
  void infiniteDemand() {
    assertInvalid(() -> Market.of("M", "US").withDemand("widget", Double.POSITIVE_INFINITY),
        "market 'M': demand['widget'][0]", Double.POSITIVE_INFINITY);
  }

  /** The second value of a per-period series is named by its index. */
  @Test
  void negativeDemandInOnePeriodNamesThePeriod() {
    assertInvalid(() -> Market.of("M", "US").withDemand("widget", Series.of(5, -2, 5)),
        "market 'M': demand['widget'][1]", -2.0);
  }

  @Test
  void negativeCapacity() {
    assertInvalid(() -> Site.existing("S", "US", -1), "site 'S': capacity[0]", -1.0);
  }

  @Test
  void nanCapacity() {
    assertInvalid(() -> Site.existing("S", "US", Double.NaN), "site 'S': capacity[0]", Double.NaN);
  }

  @Test
  void infiniteCapacity() {
    assertInvalid(() -> Site.candidate("S", "US", Double.POSITIVE_INFINITY, 0), "site 'S': capacity[0]",
        Double.POSITIVE_INFINITY);
  }

  @Test
  void negativeMaterialCost() {
    assertInvalid(() -> Product.of("widget", "goods", 1, -3), "product 'widget': materialCostPerUnit", -3.0);
  }

  @Test
  void nanMaterialCost() {
    assertInvalid(() -> Product.of("widget", "goods", 1, Double.NaN), "product 'widget': materialCostPerUnit",
        Double.NaN);
  }

  @Test
  void nanLaborCostPerHour() {
    assertInvalid(() -> Country.of("US", Double.NaN), "country 'US': laborCostPerHour[0]", Double.NaN);
  }

  @Test
  void infiniteLaborCostPerHour() {
    assertInvalid(() -> Country.of("US", Double.POSITIVE_INFINITY), "country 'US': laborCostPerHour[0]",
        Double.POSITIVE_INFINITY);
  }

  @Test
  void negativeTariffRate() {
    InvalidModelException e = assertInvalid(() -> TariffMeasure.adValorem("t", "US", -0.1),
        "tariff 't': adValoremRate", -0.1);
    assertTrue(!e.getMessage().contains("percentage"), "no percentage hint for a negative rate: " + e.getMessage());
  }

  @Test
  void nanTariffRate() {
    assertInvalid(() -> TariffMeasure.adValorem("t", "US", Double.NaN), "tariff 't': adValoremRate", Double.NaN);
  }

  /** 25 was meant as 25%: the message must hint that rates are fractions (0.25). */
  @Test
  void tariffRateGivenAsPercentageGetsAHint() {
    InvalidModelException e = assertInvalid(() -> TariffMeasure.adValorem("t", "US", 25),
        "tariff 't': adValoremRate", 25.0);
    assertTrue(e.getMessage().contains("0.25") && e.getMessage().contains("percentage"),
        "hint expected: " + e.getMessage());
  }

  // ---- references across the network ----

  @Test
  void tariffWithUnknownDestination() {
    InvalidModelException e = assertInvalid(
        () -> base().tariff(TariffMeasure.adValorem("t", "XX", 0.1)).build(), "tariff 't': destination", "XX");
    assertTrue(e.getMessage().contains("no country has this id"), e.getMessage());
  }

  @Test
  void tariffWithUnknownOrigin() {
    assertInvalid(() -> base().tariff(TariffMeasure.adValorem("t", "US", 0.1).from("MX", "ZZ")).build(),
        "tariff 't': origins", "ZZ");
  }

  @Test
  void tariffWithUnknownProduct() {
    assertInvalid(
        () -> base().tariff(TariffMeasure.adValorem("t", "US", 0.1).on(ProductScope.products("gizmo"))).build(),
        "tariff 't': scope.products", "gizmo");
  }

  @Test
  void tariffWithUnknownSector() {
    InvalidModelException e = assertInvalid(
        () -> base().tariff(TariffMeasure.adValorem("t", "US", 0.1).on(ProductScope.sectors("steel"))).build(),
        "tariff 't': scope.sectors", "steel");
    assertTrue(e.getMessage().contains("[goods]"), "the known sectors should be listed: " + e.getMessage());
  }

  /**
   * Both sites may make only "other"; "widget" is demanded with no penalty, so the network is invalid.
   * The same market with a lost-sales penalty for widget is valid: its demand may simply go unmet.
   */
  @Test
  void productNoSiteMayMakeNeedsALostSalesPenalty() {
    Network.Builder b = Network.builder()
        .country(Country.of("US", 30))
        .product(Product.of("widget", "goods", 1, 10), Product.of("other", "goods", 1, 10))
        .site(Site.existing("US-1", "US", 100).withProducts("other"));
    InvalidModelException e = assertInvalid(
        () -> b.market(Market.of("M", "US").withDemand("widget", 50)).build(), "market 'M': demand['widget']",
        Series.constant(50));
    assertTrue(e.getMessage().contains("no site may make 'widget'"), e.getMessage());

    Network ok = assertDoesNotThrow(() -> Network.builder()
        .country(Country.of("US", 30))
        .product(Product.of("widget", "goods", 1, 10), Product.of("other", "goods", 1, 10))
        .site(Site.existing("US-1", "US", 100).withProducts("other"))
        .market(Market.of("M", "US").withDemand("widget", 50).withLostSalesPenalty("widget", 99))
        .build());
    assertEquals(99.0, ok.markets().get(0).lostSalesPenalty().get("widget"), 0);
  }

  /** The only site is in MX and no rate MX->US exists: the US demand cannot be served. */
  @Test
  void noFreightLaneToAMarket() {
    InvalidModelException e = assertInvalid(() -> Network.builder()
        .country(Country.of("US", 30), Country.of("MX", 10))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.existing("MX-1", "MX", 100))
        .market(Market.of("M", "US").withDemand("widget", 50))
        .freight(FreightRate.lane("US", "MX", 5)) // the wrong direction
        .build(), "market 'M': demand['widget']", Series.constant(50));
    assertTrue(e.getMessage().contains("no site that may make 'widget' has a freight lane to US"), e.getMessage());
  }

  // ---- duplicate ids ----

  @Test
  void duplicateCountryId() {
    assertInvalid(() -> base().country(Country.of("US", 25)).build(), "countries[2].id", "US");
  }

  @Test
  void duplicateProductId() {
    assertInvalid(() -> base().product(Product.of("widget", "goods", 2, 20)).build(), "products[1].id", "widget");
  }

  @Test
  void duplicateSiteId() {
    assertInvalid(() -> base().site(Site.existing("US-1", "US", 5)).build(), "sites[2].id", "US-1");
  }

  @Test
  void duplicateMarketId() {
    assertInvalid(() -> base().market(Market.of("M", "MX")).build(), "markets[1].id", "M");
  }

  @Test
  void duplicateTariffId() {
    assertInvalid(() -> base()
        .tariff(TariffMeasure.adValorem("t", "US", 0.1), TariffMeasure.adValorem("t", "US", 0.2)).build(),
        "tariffs[1].id", "t");
  }

  // ---- periods and series against the horizon ----

  @Test
  void tariffPeriodOutsideTheHorizon() {
    InvalidModelException e = assertInvalid(() -> base().horizon(Horizon.of(3, 0))
        .tariff(TariffMeasure.adValorem("t", "US", 0.1).inPeriods(5)).build(), "tariff 't': periods", 5);
    assertTrue(e.getMessage().contains("0 to 2"), e.getMessage());
  }

  @Test
  void committedSiteOpeningAfterTheHorizon() {
    assertInvalid(() -> base().horizon(Horizon.of(3, 0)).site(Site.committed("US-new", "US", 100, 1000, 3)).build(),
        "site 'US-new': openingPeriod", 3);
  }

  @Test
  void seriesOfTheWrongLength() {
    InvalidModelException e = assertInvalid(() -> base().horizon(Horizon.of(3, 0))
        .site(Site.existing("US-2", "US", 1).withCapacity(Series.of(10, 20))).build(),
        "site 'US-2': capacity", Series.of(10, 20));
    assertTrue(e.getMessage().contains("has 2 values but the horizon has 3 periods"), e.getMessage());
  }

  /** Two credits of 0.7 and 0.5 on the same US candidate add up to 1.2 > 1. */
  @Test
  void investmentCreditsAboveOne() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> base()
        .site(Site.candidate("US-new", "US", 100, 1000))
        .investmentCredit(new InvestmentCredit("ic-a", "US", ProductScope.ALL, 0.7),
            new InvestmentCredit("ic-b", "US", ProductScope.ALL, 0.5))
        .build());
    assertEquals("site 'US-new': investment credit share", e.field());
    assertEquals(1.2, (Double) e.value(), 1e-12);
    assertTrue(e.getMessage().startsWith("site 'US-new': investment credit share = 1.2"), e.getMessage());
  }

  // ---- options that do not fit the network ----

  @Test
  void unknownSiteInFixedSiteStatus() {
    Network n = base().build();
    SolveOptions options = SolveOptions.DEFAULT.withFixedSiteStatus(Map.of("ghost", List.of(true)));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FootprintSolver.create(options).solve(n));
    assertTrue(e.getMessage().contains("fixedSiteStatus") && e.getMessage().contains("'ghost'"), e.getMessage());
  }

  /**
   * GLOP solves LPs only; with a candidate site there is an open/close decision, so it is refused
   * with advice to set relaxIntegrality. With relaxIntegrality, GLOP solves the relaxation: the US
   * candidate (unit cost 10 + 30 = 40) loses to MX (10 + 10 + 5 = 25), so y = 0 and the cost is
   * 50 * 25 = 1250.
   */
  @Test
  void lpOnlyBackendOnAModelWithCandidateSites() {
    Network n = base().site(Site.candidate("US-new", "US", 100, 1000)).build();
    SolveOptions glop = SolveOptions.DEFAULT.withBackend(Backend.GLOP);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FootprintSolver.create(glop).solve(n));
    assertTrue(e.getMessage().contains("relaxIntegrality"), e.getMessage());
    assertTrue(e.getMessage().contains("GLOP"), e.getMessage());

    Solution relaxed = FootprintSolver.create(glop.withRelaxIntegrality(true)).solve(n);
    assertEquals(SolveStatus.OPTIMAL, relaxed.status());
    assertNotNull(relaxed.allocation());
    assertEquals(1250, relaxed.objective(), 1e-6);
  }
}
