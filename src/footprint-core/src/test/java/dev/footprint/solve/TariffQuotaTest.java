package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffQuota;
import dev.footprint.result.CostKind;
import dev.footprint.result.QuotaUse;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tariff-rate quotas on small networks, each optimum derived by hand in the test's Javadoc, solved
 * with SCIP and with HiGHS. Every solution is verified (the verifier recomputes the duty with its own
 * code, filling each quota with the units that save the most first), and the solver's objective must
 * equal the cost recomputed from the allocation.
 *
 * <p>Unless a test says otherwise: one product "widget" (no labor, material 10, declared customs
 * value 100); US and MX without labor; an existing MX plant of capacity 1000; a US market demanding
 * 150; free MX-&gt;US freight; an MFN tariff of 25% on US imports. Without a quota every unit pays
 * 25: 150 * (10 + 25) = 5250.
 */
class TariffQuotaTest {
  private static final double TOL = 1e-6;

  private static Network.Builder base() {
    return Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("widget", "goods", 0, 10).withDeclaredCustomsValue(100))
        .site(Site.existing("MX-1", "MX", 1000))
        .market(Market.of("US-M", "US").withDemand("widget", 150))
        .freight(FreightRate.lane("MX", "US", 0))
        .tariff(TariffMeasure.adValorem("mfn", "US", 0.25));
  }

  private static Solution solve(Network n, Backend backend) {
    return Solved.optimal(n, backend);
  }

  private static QuotaUse use(Solution s, String quota, int period) {
    return s.evaluation().quotaUse().stream().filter(u -> u.quota().equals(quota) && u.period() == period)
        .findFirst().orElseThrow(() -> new AssertionError("no use of " + quota + " in " + period));
  }

  /**
   * A quota of 100 MX widgets at 5% (the MFN 25% beyond). All 150 come from MX: 100 pay 5, 50 pay
   * 25. Duty 500 + 1250 = 1750, material 1500, total 3250. The quota is used to its volume exactly:
   * 100 in, 50 beyond, saving 100 * (25 - 5) = 2000 against the out-of-quota duty.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void quotaSplitsExactlyAtItsVolume(Backend backend) {
    Solution s = solve(base().quota(TariffQuota.of("mx-trq", "widget", "US", 100, 0.05).from("MX")).build(), backend);
    assertEquals(3250, s.objective(), TOL);
    assertEquals(1750, s.evaluation().cost(CostKind.TARIFFS), TOL);
    assertEquals(1750, s.evaluation().tariffsByLane().get("MX->US"), TOL);
    QuotaUse u = use(s, "mx-trq", 0);
    assertEquals(100, u.volume(), TOL);
    assertEquals(150, u.units(), TOL);
    assertEquals(100, u.inQuota(), TOL);
    assertEquals(50, u.outOfQuota(), TOL);
    assertEquals(2000, u.dutySaved(), TOL);
    assertEquals(1, s.evaluation().quotaUse().size());
  }

  /**
   * The same quota stating its own out-of-quota duty, 40% plus 3 per unit, and 2 per unit within:
   * in-quota units pay 5 + 2 = 7, the 50 beyond 40 + 3 = 43 (the MFN no longer applies to them).
   * Duty 700 + 2150 = 2850, total 1500 + 2850 = 4350; saved 100 * (43 - 7) = 3600.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void explicitOutOfQuotaDutyReplacesTheMeasures(Backend backend) {
    Solution s = solve(base().quota(TariffQuota.of("mx-trq", "widget", "US", 100, 0.05).from("MX")
        .withInQuotaSpecificDuty(2).withOutOfQuota(0.40, 3)).build(), backend);
    assertEquals(4350, s.objective(), TOL);
    assertEquals(2850, s.evaluation().cost(CostKind.TARIFFS), TOL);
    assertEquals(3600, use(s, "mx-trq", 0).dutySaved(), TOL);
  }

  /**
   * Against a domestic alternative: a US plant makes a widget for 40 (no duty). An MX unit costs 10
   * + 35 (MFN 35%) = 45 beyond the quota, but 10 + 5 = 15 within a quota of 60 at 5%. So MX makes
   * exactly the 60 in-quota units (15 &lt; 40) and the US the other 40 (40 &lt; 45): 60 * 15 + 40 *
   * 40 = 2500. Without the quota the US makes all 100: 4000.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void quotaMakesASiteCheaperOnlyUpToItsVolume(Backend backend) {
    Network.Builder b = Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("widget", "goods", 0, 10).withMaterialCost("US", 40).withDeclaredCustomsValue(100))
        .site(Site.existing("US-1", "US", 1000), Site.existing("MX-1", "MX", 1000))
        .market(Market.of("US-M", "US").withDemand("widget", 100))
        .freight(FreightRate.lane("MX", "US", 0))
        .tariff(TariffMeasure.adValorem("mfn", "US", 0.35));
    Solution without = solve(b.build(), backend);
    assertEquals(4000, without.objective(), TOL);
    assertEquals(100, without.allocation().production("widget", "US-1", 0), TOL);

    Solution s = solve(b.quota(TariffQuota.of("mx-trq", "widget", "US", 60, 0.05).from("MX")).build(), backend);
    assertEquals(2500, s.objective(), TOL);
    assertEquals(60, s.allocation().production("widget", "MX-1", 0), TOL);
    assertEquals(40, s.allocation().production("widget", "US-1", 0), TOL);
    assertEquals(300, s.evaluation().cost(CostKind.TARIFFS), TOL);
    assertEquals(60, use(s, "mx-trq", 0).inQuota(), TOL);
    assertEquals(0, use(s, "mx-trq", 0).outOfQuota(), TOL);
  }

  /**
   * A quota shared by two origins whose customs values differ through labor: the widget takes 1 hour
   * and material 40 (28 in VN); MX pays 10 an hour, VN 2, so the customs value (the production cost)
   * is 50 from MX and 30 from VN. The MFN is 50%, the quota 40 units at 0% for MX and VN together. Each
   * plant can make 50 and the market wants 100, so both make 50. Within the quota an MX unit saves 25,
   * a VN unit 15: the 40 go to MX. Cost: 50 * 50 + 50 * 30 = 4000 in production; duty 50 * 25 + 50 *
   * 15 - 40 * 25 = 1000; total 5000 (filling the quota with VN units instead would cost 5400).
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void quotaIsFilledWithTheLargestSavingFirst(Backend backend) {
    Network n = Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 10), Country.of("VN", 2))
        .product(Product.of("widget", "goods", 1, 40).withMaterialCost("VN", 28))
        .site(Site.existing("MX-1", "MX", 50), Site.existing("VN-1", "VN", 50))
        .market(Market.of("US-M", "US").withDemand("widget", 100))
        .freight(FreightRate.lane("MX", "US", 0), FreightRate.lane("VN", "US", 0))
        .tariff(TariffMeasure.adValorem("mfn", "US", 0.5))
        .quota(TariffQuota.of("trq", "widget", "US", 40, 0).from("MX", "VN"))
        .build();
    Solution s = solve(n, backend);
    assertEquals(5000, s.objective(), TOL);
    assertEquals(1000, s.evaluation().cost(CostKind.TARIFFS), TOL);
    assertEquals(1250 - 1000, s.evaluation().tariffsByLane().get("MX->US"), TOL);
    assertEquals(750, s.evaluation().tariffsByLane().get("VN->US"), TOL);
    assertEquals(1000, use(s, "trq", 0).dutySaved(), TOL);
  }

  /**
   * Two periods at a discount rate of 0.1; the quota (100 units at 5%) is in force in the second
   * only, with a volume series [0, 100]. In t0 all 150 pay 25: 1500 + 3750 = 5250. In t1 as in the
   * first test: 3250, weighed 1/1.1. Total 5250 + 3250 / 1.1. The quota is reported for t1 alone.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void quotaInForceInSomePeriodsOnly(Backend backend) {
    Network n = base().horizon(Horizon.of(2, 0.1))
        .quota(TariffQuota.of("mx-trq", "widget", "US", 0, 0.05).withVolume(Series.of(0, 100)).inPeriods(1))
        .build();
    Solution s = solve(n, backend);
    assertEquals(5250 + 3250 / 1.1, s.objective(), TOL);
    List<QuotaUse> uses = s.evaluation().quotaUse();
    assertEquals(1, uses.size());
    assertEquals(1, uses.get(0).period());
    assertEquals(100, uses.get(0).inQuota(), TOL);
    assertEquals(2000 / 1.1, uses.get(0).dutySaved(), TOL);
  }
}
