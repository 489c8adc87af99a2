package dev.footprint.analysis;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;

/** Small networks whose optima the analysis tests derive by hand. */
final class TestNetworks {
  private TestNetworks() {}

  /**
   * One product "widget" (2 labor hours, material 10). Country A (wage 20) with existing site SA of
   * capacity {@code capacityA}; country B (wage 5) with existing site SB of capacity 60; market MA in
   * A demanding 120; freight B->A 3; tariff "a-on-b" at {@code rate} on imports into A from B.
   *
   * <p>Unit cost at SA: 10 + 2*20 = 50. At SB: production 10 + 2*5 = 20 (the customs value), plus
   * freight 3, plus duty 20*rate: 23 + 20*rate. SB is used in full (60) while 23 + 20*rate < 50, that
   * is while rate < 1.35; then the cost is 60*(23 + 20*rate) + 60*50 = 4380 + 1200*rate. Above 1.35
   * (with SA able to make all 120) SA makes everything: 120*50 = 6000.
   */
  static Network twoSites(double rate, double capacityA) {
    return Network.builder()
        .country(Country.of("A", 20), Country.of("B", 5))
        .product(Product.of("widget", "goods", 2, 10))
        .site(Site.existing("SA", "A", capacityA), Site.existing("SB", "B", 60))
        .market(Market.of("MA", "A").withDemand("widget", 120))
        .freight(FreightRate.lane("B", "A", 3))
        .tariff(TariffMeasure.adValorem("a-on-b", "A", rate).from("B"))
        .build();
  }

  /** The hand formula of {@link #twoSites} with {@code capacityA >= 120}. */
  static double twoSitesCost(double rate) {
    return rate < 1.35 ? 60 * (23 + 20 * rate) + 60 * 50 : 6000;
  }

  /**
   * One product "widget" (1 labor hour, material 10): US (wage 30) and MX (wage 10), an existing
   * site in each with capacity 200, a US market demanding 100, freight MX->US 5, no tariff. A unit
   * from US-1 costs 10 + 30 = 40; from MX-1 10 + 10 + 5 = 25, so MX-1 makes all 100: 2500.
   */
  static Network.Builder usMx() {
    return Network.builder()
        .country(Country.of("US", 30), Country.of("MX", 10))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.existing("US-1", "US", 200), Site.existing("MX-1", "MX", 200))
        .market(Market.of("US-M", "US").withDemand("widget", 100))
        .freight(FreightRate.lane("MX", "US", 5));
  }

  /** @return a relative tolerance of {@code rel} on {@code expected}, at least {@code rel} */
  static double rel(double expected, double rel) {
    return rel * Math.max(1, Math.abs(expected));
  }
}
