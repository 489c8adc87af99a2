package dev.footprint.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad tariff-rate quotas and single-sourced markets through the Java API: each is refused with an
 * {@link InvalidModelException} whose field and value name the offending input, while the value or
 * the network is built.
 */
class QuotaValidationTest {

  private static InvalidModelException assertInvalid(Executable build, String field, Object value) {
    InvalidModelException e = assertThrows(InvalidModelException.class, build);
    assertEquals(field, e.field(), "field() of: " + e.getMessage());
    assertEquals(value, e.value(), "value() of: " + e.getMessage());
    String rendered = value instanceof String ? "'" + value + "'" : String.valueOf(value);
    assertTrue(e.getMessage().startsWith(field + " = " + rendered + ": "), e.getMessage());
    return e;
  }

  /** US and MX, one product, an MX plant, a US market, MFN 25% on US imports; 3 periods. */
  private static Network.Builder base() {
    return Network.builder()
        .horizon(Horizon.of(3, 0))
        .country(Country.of("US", 30), Country.of("MX", 10))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.existing("MX-1", "MX", 100))
        .market(Market.of("M", "US").withDemand("widget", 50))
        .freight(FreightRate.lane("MX", "US", 5))
        .tariff(TariffMeasure.adValorem("mfn", "US", 0.25));
  }

  private static TariffQuota quota() {
    return TariffQuota.of("q", "widget", "US", 40, 0.05).from("MX");
  }

  @Test
  void validQuotaAndSingleSourcedMarketBuild() {
    Network n = assertDoesNotThrow(() -> base().quota(quota()).replaceMarket(Market.of("M", "US")
        .withDemand("widget", 50).withSingleSource(true)).build());
    assertEquals(1, n.quotas().size());
    assertTrue(n.markets().get(0).singleSource());
    assertFalse(Market.of("X", "US").singleSource(), "single sourcing is off by default");
    assertEquals(n, n.toBuilder().build());
    assertTrue(quota().covers("MX", "US", "widget", 2));
    assertFalse(quota().covers("US", "US", "widget", 0), "a domestic shipment never counts");
    assertFalse(quota().inPeriods(0).covers("MX", "US", "widget", 2), "periods limit a quota");
  }

  @Test
  void negativeVolume() {
    assertInvalid(() -> TariffQuota.of("q", "widget", "US", -5, 0.05), "quota 'q': volume[0]", -5.0);
  }

  @Test
  void negativeVolumeInOnePeriodNamesThePeriod() {
    assertInvalid(() -> quota().withVolume(Series.of(40, -1, 40)), "quota 'q': volume[1]", -1.0);
  }

  @Test
  void inQuotaRateOutsideItsRange() {
    InvalidModelException e = assertInvalid(() -> TariffQuota.of("q", "widget", "US", 40, 12), "quota 'q': inQuotaRate",
        12.0);
    assertTrue(e.getMessage().contains("percentage"), e.getMessage());
    assertInvalid(() -> TariffQuota.of("q", "widget", "US", 40, -0.1), "quota 'q': inQuotaRate", -0.1);
  }

  @Test
  void outOfQuotaRateOutsideItsRange() {
    assertInvalid(() -> quota().withOutOfQuotaRate(11), "quota 'q': outOfQuotaRate", 11.0);
  }

  @Test
  void negativeSpecificDuty() {
    assertInvalid(() -> quota().withInQuotaSpecificDuty(-1), "quota 'q': inQuotaSpecificDutyPerUnit", -1.0);
  }

  @Test
  void outOfQuotaRateBelowTheInQuotaRate() {
    InvalidModelException e = assertInvalid(() -> quota().withOutOfQuotaRate(0.01), "quota 'q': outOfQuotaRate", 0.01);
    assertTrue(e.getMessage().contains("inQuotaRate 0.05"), e.getMessage());
  }

  @Test
  void outOfQuotaSpecificDutyBelowTheInQuotaOne() {
    assertInvalid(() -> quota().withInQuotaSpecificDuty(2).withOutOfQuota(0.3, 1),
        "quota 'q': outOfQuotaSpecificDutyPerUnit", 1.0);
  }

  @Test
  void outOfQuotaSpecificDutyWithoutARate() {
    assertInvalid(() -> new TariffQuota("q", "widget", "US", Set.of(), Set.of(), Series.constant(1), 0, 0,
        java.util.OptionalDouble.empty(), 3), "quota 'q': outOfQuotaSpecificDutyPerUnit", 3.0);
  }

  /** Without its own out-of-quota rate, the measures' 25% from MX is below the in-quota 30%. */
  @Test
  void inQuotaRateAboveTheMeasuresRate() {
    InvalidModelException e = assertInvalid(() -> base().quota(TariffQuota.of("q", "widget", "US", 40, 0.3)).build(),
        "quota 'q': inQuotaRate", 0.3);
    assertTrue(e.getMessage().contains("out-of-quota rate 0.25") && e.getMessage().contains("from MX"),
        e.getMessage());
  }

  @Test
  void inQuotaSpecificDutyAboveTheMeasures() {
    assertInvalid(() -> base().quota(quota().withInQuotaSpecificDuty(1)).build(),
        "quota 'q': inQuotaSpecificDutyPerUnit", 1.0);
  }

  @Test
  void unknownProduct() {
    assertInvalid(() -> base().quota(TariffQuota.of("q", "gizmo", "US", 40, 0)).build(), "quota 'q': product",
        "gizmo");
  }

  @Test
  void unknownDestination() {
    assertInvalid(() -> base().quota(TariffQuota.of("q", "widget", "CA", 40, 0)).build(),
        "quota 'q': destination", "CA");
  }

  @Test
  void unknownOrigin() {
    assertInvalid(() -> base().quota(quota().from("VN")).build(), "quota 'q': origins", "VN");
  }

  @Test
  void periodOutsideTheHorizon() {
    assertInvalid(() -> base().quota(quota().inPeriods(3)).build(), "quota 'q': periods", 3);
    assertInvalid(() -> quota().inPeriods(-1), "quota 'q': periods", -1);
  }

  @Test
  void volumeOfTheWrongLength() {
    assertInvalid(() -> base().quota(quota().withVolume(Series.of(1, 2))).build(), "quota 'q': volume",
        Series.of(1, 2));
  }

  @Test
  void duplicateId() {
    assertInvalid(() -> base().quota(quota(), quota().inPeriods(0)).build(), "quotas[1].id", "q");
  }

  /** Two quotas on widget into the US from MX in period 1: a shipment can count against one only. */
  @Test
  void overlappingQuotas() {
    InvalidModelException e = assertInvalid(() -> base()
        .quota(quota().inPeriods(0, 1), TariffQuota.of("r", "widget", "US", 10, 0).inPeriods(1, 2)).build(),
        "quota 'r': origins", "MX");
    assertTrue(e.getMessage().contains("overlaps quota 'q'"), e.getMessage());
    assertDoesNotThrow(() -> base()
        .quota(quota().inPeriods(0), TariffQuota.of("r", "widget", "US", 10, 0).inPeriods(1, 2)).build());
  }

  @Test
  void nullArguments() {
    assertInvalid(() -> quota().from((String[]) null), "quota 'q': origins", null);
    assertInvalid(() -> quota().withVolume(null), "quota 'q': volume", null);
    assertInvalid(() -> base().quota((TariffQuota) null), "quota[0]", null);
    assertInvalid(() -> base().removeQuota("nope"), "quotas", "nope");
  }
}
