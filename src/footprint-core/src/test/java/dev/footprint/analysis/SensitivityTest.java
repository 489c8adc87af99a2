package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Shadow prices on a one-product network. Widget (2 labor hours, material 10), market MA in A
 * demanding 120. Existing sites: SA in A (wage 20, capacity 200): unit 10 + 40 = 50; SB in B (wage
 * 5, capacity 60): 10 + 10 + freight 3 + 10% of 20 = 25; SC in C (wage {@code wageC}, capacity 100,
 * closing cost 100 so it stays open): 10 + 2*wageC + freight 2, 60 at wage 24. Optimum: SB full (60),
 * SA the other 60, SC idle: 60*25 + 60*50 = 4500.
 *
 * <p>Marginal values: one more unit of SB capacity replaces an SA unit by an SB unit, saving 50 - 25
 * = 25; SA and SC have slack capacity, 0. One more unit demanded is made at the marginal site SA: 50.
 * The idle lane SC->MA costs 60 against the 50 a unit is worth at MA: reduced cost 10.
 */
class SensitivityTest {
  private static final FootprintSolver SOLVER = FootprintSolver.create();
  private static final double TOL = 1e-6;

  static Network threeSites(Horizon horizon, double capacityB, double demand, double wageC) {
    return threeSites(horizon, capacityB, demand, wageC, 1);
  }

  /** The same with {@code use} capacity units per widget and every capacity but SB's times {@code use}. */
  static Network threeSites(Horizon horizon, double capacityB, double demand, double wageC, double use) {
    return threeSites(horizon, capacityB, demand, wageC, use, Product.DEFAULT_UNIT).build();
  }

  /** The same, the widget counted in {@code unit}, as a builder. */
  static Network.Builder threeSites(Horizon horizon, double capacityB, double demand, double wageC, double use,
      String unit) {
    return Network.builder()
        .horizon(horizon)
        .country(Country.of("A", 20), Country.of("B", 5), Country.of("C", wageC))
        .product(Product.of("widget", "goods", 2, 10).withCapacityUse(use).withUnit(unit))
        .site(Site.existing("SA", "A", 200 * use), Site.existing("SB", "B", capacityB),
            Site.existing("SC", "C", 100 * use).withClosingCost(100))
        .market(Market.of("MA", "A").withDemand("widget", demand))
        .freight(FreightRate.lane("B", "A", 3), FreightRate.lane("C", "A", 2))
        .tariff(TariffMeasure.adValorem("a-on-b", "A", 0.1).from("B"));
  }

  private static Map<String, Double> byKey(List<Sensitivity.Price> prices) {
    return prices.stream().collect(Collectors.toMap(Sensitivity.Price::key, Sensitivity.Price::value));
  }

  private static Solution solve(Network n) {
    Solution s = SOLVER.solve(n);
    assertEquals(SolveStatus.OPTIMAL, s.status());
    return s;
  }

  @Test
  void onePeriodPricesByHand() {
    Solution s = solve(threeSites(Horizon.single(), 60, 120, 24));
    assertEquals(4500, s.objective(), TOL);
    assertEquals(List.of(), s.allocation().sitesClosed());
    Sensitivity sens = Sensitivity.of(SOLVER, s);
    assertEquals(s.objective(), sens.objective(), TOL);

    Map<String, Double> capacity = byKey(sens.capacity());
    assertEquals(Map.of("SA,t0", 0.0, "SB,t0", 25.0, "SC,t0", 0.0).keySet(), capacity.keySet());
    assertEquals(25, capacity.get("SB,t0"), TOL);
    assertEquals(0, capacity.get("SA,t0"), TOL);
    assertEquals(0, capacity.get("SC,t0"), TOL);

    Map<String, Double> demand = byKey(sens.demand());
    assertEquals(1, demand.size());
    assertEquals(50, demand.get("widget,MA,t0"), TOL);

    Map<String, Double> lanes = byKey(sens.lanes());
    assertEquals(1, lanes.size(), sens.lanes().toString());
    assertEquals(10, lanes.get("widget,SC,MA,t0"), TOL);
  }

  /**
   * The network of {@link #onePeriodPricesByHand} with every money figure times 1e6 (wages, material,
   * freight, closing cost): the backend sees its objective scaled (unit costs of 5e7 exceed 1e5), and
   * every price comes back 1e6 times the one by hand, in the network's money.
   */
  @Test
  void pricesOfANetworkInLargeMoneyAreInItsMoney() {
    double k = 1e6;
    Network n = Network.builder()
        .country(Country.of("A", 20 * k), Country.of("B", 5 * k), Country.of("C", 24 * k))
        .product(Product.of("widget", "goods", 2, 10 * k))
        .site(Site.existing("SA", "A", 200), Site.existing("SB", "B", 60),
            Site.existing("SC", "C", 100).withClosingCost(100 * k))
        .market(Market.of("MA", "A").withDemand("widget", 120))
        .freight(FreightRate.lane("B", "A", 3 * k), FreightRate.lane("C", "A", 2 * k))
        .tariff(TariffMeasure.adValorem("a-on-b", "A", 0.1).from("B"))
        .build();
    Solution s = solve(n);
    assertEquals(4500 * k, s.objective(), TOL * k);
    Sensitivity sens = Sensitivity.of(SOLVER, s);
    assertEquals(4500 * k, sens.objective(), TOL * k);
    Map<String, Double> capacity = byKey(sens.capacity());
    assertEquals(25 * k, capacity.get("SB,t0"), TOL * k);
    assertEquals(0, capacity.get("SA,t0"), TOL * k);
    assertEquals(50 * k, byKey(sens.demand()).get("widget,MA,t0"), TOL * k);
    assertEquals(10 * k, byKey(sens.lanes()).get("widget,SC,MA,t0"), TOL * k);
  }

  /**
   * The same prices by finite differences, re-solving changed networks: SB capacity 61 saves 25
   * (4475); demand 121 costs 50 more (4550). SC's reduced cost of 10 means SC is used once its unit
   * cost falls below 50, that is wage C below 19: at 19.1 (unit 50.2) it stays idle, at 18.9 (unit
   * 49.8) it replaces SA's 60 units.
   */
  @Test
  void pricesAgreeWithFiniteDifferences() {
    double base = solve(threeSites(Horizon.single(), 60, 120, 24)).objective();
    assertEquals(25, base - solve(threeSites(Horizon.single(), 61, 120, 24)).objective(), TOL);
    assertEquals(50, solve(threeSites(Horizon.single(), 60, 121, 24)).objective() - base, TOL);
    Solution idle = solve(threeSites(Horizon.single(), 60, 120, 19.1));
    assertEquals(0, idle.allocation().production("widget", "SC", 0), TOL);
    Solution used = solve(threeSites(Horizon.single(), 60, 120, 18.9));
    assertEquals(60, used.allocation().production("widget", "SC", 0), TOL);
    assertEquals(60 * 25 + 60 * 49.8, used.objective(), TOL);
  }

  /**
   * Capacity counted in capacity units: with 2 capacity units per widget and every capacity doubled
   * (SA 400, SB 120, SC 200) the allocation and cost are unchanged (4500), but one more capacity unit
   * at SB is half a widget: it saves 25/2 = 12.5. The demand price (50) and lane reduced cost (10) are
   * per widget and stay. Checked by finite difference too: SB capacity 122 saves 25.
   */
  @Test
  void capacityPriceIsPerCapacityUnit() {
    Solution s = solve(threeSites(Horizon.single(), 120, 120, 24, 2));
    assertEquals(4500, s.objective(), TOL);
    Sensitivity sens = Sensitivity.of(SOLVER, s);
    assertEquals(12.5, byKey(sens.capacity()).get("SB,t0"), TOL);
    assertEquals(50, byKey(sens.demand()).get("widget,MA,t0"), TOL);
    assertEquals(10, byKey(sens.lanes()).get("widget,SC,MA,t0"), TOL);
    assertEquals(4500 - 25, solve(threeSites(Horizon.single(), 122, 120, 24, 2)).objective(), TOL);
  }

  /**
   * Two periods at discount 0.1, the same numbers each period: every marginal value of t1 is that of
   * t0 weighted by 1/1.1 (present value): capacity SB 25 and 25/1.1, demand 50 and 50/1.1, lane SC
   * 10 and 10/1.1; the objective 4500 + 4500/1.1 (SC's closing cost is never paid).
   */
  @Test
  void twoPeriodPricesArePresentValues() {
    Solution s = solve(threeSites(Horizon.of(2, 0.1), 60, 120, 24));
    assertEquals(4500 + 4500 / 1.1, s.objective(), TOL);
    Sensitivity sens = Sensitivity.of(SOLVER, s);
    assertEquals(s.objective(), sens.objective(), TOL);
    Map<String, Double> capacity = byKey(sens.capacity());
    assertEquals(6, capacity.size());
    assertEquals(25, capacity.get("SB,t0"), TOL);
    assertEquals(25 / 1.1, capacity.get("SB,t1"), TOL);
    assertEquals(0, capacity.get("SA,t1"), TOL);
    assertEquals(0, capacity.get("SC,t1"), TOL);
    Map<String, Double> demand = byKey(sens.demand());
    assertEquals(50, demand.get("widget,MA,t0"), TOL);
    assertEquals(50 / 1.1, demand.get("widget,MA,t1"), TOL);
    Map<String, Double> lanes = byKey(sens.lanes());
    assertEquals(2, lanes.size(), sens.lanes().toString());
    assertEquals(10, lanes.get("widget,SC,MA,t0"), TOL);
    assertEquals(10 / 1.1, lanes.get("widget,SC,MA,t1"), TOL);
    for (Sensitivity.Price p : sens.capacity()) {
      assertTrue(p.meaning().contains(p.key().split(",")[0]), p.meaning());
    }
  }

  /**
   * The meanings of the two-period prices above (SB capacity 25 and 25/1.1 = 22.727, demand 50 and
   * 50/1.1 = 45.455, lane SC 10 and 10/1.1 = 9.0909), the network in USD millions and the widget
   * counted in crates: money rounded to four significant digits and labelled, quantities in crates.
   */
  @Test
  void meaningsAreRoundedAndLabelled() {
    Network n = threeSites(Horizon.of(2, 0.1), 60, 120, 24, 1, "crate").money(Money.of("USD", 1e6)).build();
    Sensitivity sens = Sensitivity.of(SOLVER, solve(n));
    Map<String, String> meanings = new java.util.HashMap<>();
    for (List<Sensitivity.Price> prices : List.of(sens.capacity(), sens.demand(), sens.lanes())) {
      prices.forEach(p -> meanings.put(p.key(), p.meaning()));
    }
    assertEquals("one more unit of capacity at SB in t0 is worth 25 USD millions (present value)",
        meanings.get("SB,t0"));
    assertEquals("one more unit of capacity at SB in t1 is worth 22.73 USD millions (present value)",
        meanings.get("SB,t1"));
    assertEquals("one more unit of capacity at SA in t1 is worth 0 USD millions (present value)",
        meanings.get("SA,t1"));
    assertEquals("one more crate of widget demanded in MA in t0 costs 50 USD millions (present value)",
        meanings.get("widget,MA,t0"));
    assertEquals("one more crate of widget demanded in MA in t1 costs 45.45 USD millions (present value)",
        meanings.get("widget,MA,t1"));
    assertEquals("shipping widget from SC to MA in t1 would need to cost 9.091 USD millions less per crate"
        + " (present value) to be used", meanings.get("widget,SC,MA,t1"));
    assertEquals(25 / 1.1, byKey(sens.capacity()).get("SB,t1"), TOL); // the value itself stays exact
  }
}
