package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.CapacityStep;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.solve.internal.Tightening;
import java.util.EnumSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Each {@link Tightening} changes the model as docs/model.md (Tightening) says, read from the
 * exported LP text of a tiny hand-built network, and leaves the optimum where it was without it.
 */
class TighteningTest {
  private static final double REL_TOL = 1e-6;

  /** Runs {@code body} with only the given tightenings applied, restoring the previous set after. */
  private static <T> T with(Set<Tightening> tightenings, Supplier<T> body) {
    Set<Tightening> before = Tightening.set(tightenings);
    try {
      return body.get();
    } finally {
      Tightening.set(before);
    }
  }

  private static String lp(Network n, Set<Tightening> tightenings) {
    return with(tightenings, () -> FootprintSolver.create().export(n, ModelFormat.LP));
  }

  private static double optimum(Network n, Set<Tightening> tightenings, boolean relaxed) {
    return with(tightenings, () -> {
      Solution s = FootprintSolver.create(SolveOptions.DEFAULT.withRelaxIntegrality(relaxed)).solve(n);
      assertEquals(SolveStatus.OPTIMAL, s.status());
      return s.objective();
    });
  }

  /**
   * One period: a product taking 2 capacity units a unit, an existing site of 30 units that a step of
   * 10 units (up to 2 modules) expands, a demand of 100 with lost sales at 500. The site can ship at
   * most (30 + 2 · 10) / 2 = 25 units, below the demand of 100.
   */
  static Network capacityBound() {
    Product widget = new Product("widget", "widget", "goods", 1, 20, Map.of(), 2, OptionalDouble.empty(), 0,
        "unit");
    return Network.builder().horizon(dev.footprint.model.Horizon.of(1, 0))
        .country(Country.of("KR", 10), Country.of("US", 30))
        .product(widget)
        .site(Site.existing("KR-a", "KR", 30).withFixedCost(10))
        .capacityStep(CapacityStep.of("KR-a-x", "KR-a", 10, 100, 0).withMaxCount(2))
        .market(Market.of("US-mkt", "US").withDemand("widget", 100).withLostSalesPenalty("widget", 500))
        .freight(FreightRate.lane("KR", "US", 5))
        .build();
  }

  @Test
  void shipBoundIsCapacityOverUseWhereBelowDemand() {
    Network n = capacityBound();
    String off = lp(n, EnumSet.noneOf(Tightening.class));
    String on = lp(n, EnumSet.of(Tightening.SHIP_BOUNDS));
    String ship = "ship(widget,KR_a,US_mkt,t0)";
    assertTrue(off.contains(" 0 <= " + ship + " <= 100\n"), off);
    assertTrue(on.contains(" 0 <= " + ship + " <= 25\n"), on);
    assertEquals(optimum(n, EnumSet.noneOf(Tightening.class), false),
        optimum(n, EnumSet.of(Tightening.SHIP_BOUNDS), false), REL_TOL * 1e4);
  }

  /**
   * One period, the US pledging 3,000 of capex: candidates of capex 5,000 and 1,000 (the row divided by
   * the largest, 5,000: coefficients 1 and 0.2, right-hand side 0.6). The large site's coefficient
   * is lowered to 0.6. The LP relaxation without it meets the pledge with 0.6 of the large site; with
   * it a fraction of it must be made up by the small site, so the relaxation's value rises (and stays
   * at most the optimum).
   */
  static Network pledge() {
    return Network.builder().horizon(dev.footprint.model.Horizon.of(1, 0))
        .country(Country.of("KR", 10), Country.of("US", 30))
        .product(Product.of("widget", "goods", 1, 20))
        .site(Site.existing("KR-a", "KR", 200).withFixedCost(10),
            Site.candidate("US-big", "US", 100, 5000).withFixedCost(50),
            Site.candidate("US-small", "US", 100, 1000).withFixedCost(200))
        .market(Market.of("US-mkt", "US").withDemand("widget", 100))
        .freight(FreightRate.lane("KR", "US", 5))
        .policy(new Policy.InvestmentPledge("pledge-us", "US", 3000))
        .build();
  }

  @Test
  void pledgeCoefficientAboveTheRightHandSideIsLoweredToIt() {
    Network n = pledge();
    String off = lp(n, EnumSet.noneOf(Tightening.class));
    String on = lp(n, EnumSet.of(Tightening.PLEDGE_COEFFICIENTS));
    String row = "pledge(pledge_us)";
    String offRow = line(off, row);
    String onRow = line(on, row);
    assertTrue(offRow.contains("+ 1 active(US_big,t0)") && offRow.contains("+ 0.2 active(US_small,t0)")
        && offRow.endsWith(">= 0.6"), offRow);
    assertTrue(onRow.contains("+ 0.6 active(US_big,t0)") && onRow.contains("+ 0.2 active(US_small,t0)")
        && onRow.endsWith(">= 0.6"), onRow);
    double exact = optimum(n, EnumSet.noneOf(Tightening.class), false);
    assertEquals(exact, optimum(n, EnumSet.of(Tightening.PLEDGE_COEFFICIENTS), false), REL_TOL * exact);
    double lpOff = optimum(n, EnumSet.noneOf(Tightening.class), true);
    double lpOn = optimum(n, EnumSet.of(Tightening.PLEDGE_COEFFICIENTS), true);
    assertTrue(lpOff < lpOn - 1 && lpOn <= exact + REL_TOL * exact, lpOff + " " + lpOn + " " + exact);
  }

  /** The row of an LP text whose name starts the line, up to the next row's name, on one line. */
  private static String line(String text, String name) {
    int at = text.indexOf(" " + name + ":");
    assertTrue(at >= 0, text);
    int end = text.indexOf('\n', at);
    StringBuilder sb = new StringBuilder(text.substring(at, end).trim());
    // continuation lines start with more than one space
    while (end + 1 < text.length() && text.startsWith("   ", end + 1)) {
      int next = text.indexOf('\n', end + 1);
      sb.append(' ').append(text.substring(end + 1, next).trim());
      end = next;
    }
    return sb.toString();
  }
}
