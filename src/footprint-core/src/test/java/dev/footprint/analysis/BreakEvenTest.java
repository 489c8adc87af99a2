package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Break-even values derived by hand; each test states the derivation. */
class BreakEvenTest {
  private static final double TOL = 1e-6;
  private static final FootprintSolver SOLVER = FootprintSolver.create();

  /**
   * {@link TestNetworks#twoSites} with SA able to make all 120: SB wins while 23 + 20*rate < 50, so
   * the flip is at rate* = 27/20 = 1.35. Bisection of [0, 3] to width 1e-4 halves the interval until
   * 3/2^k <= 1e-4: k = 15 (3/2^14 = 1.8e-4 is still wider), so 2 + 15 = 17 solves. Below: SB makes
   * 60 of 120 (share of B 0.5), cost 4380 + 1200*low. Above: SA makes all, cost 6000.
   */
  @Test
  void tariffFlipsTheSiteAtTheHandBreakEven() {
    BreakEven be = BreakEven.find(SOLVER, TestNetworks.twoSites(0, 200), Parameters.tariffRate("a-on-b"),
        Decision.productMadeIn("widget", "B", 0.25), 0, 3, 1e-4);
    assertEquals(1.35, be.value(), 1e-4);
    assertTrue(be.low() <= 1.35 + 1e-12 && 1.35 - 1e-12 <= be.high(), be.toString());
    assertTrue(be.high() - be.low() <= 1e-4, be.toString());
    assertTrue(be.belowHolds());
    assertEquals(17, be.solves());
    assertEquals("tariff[a-on-b].rate", be.parameter());

    Solution below = be.below();
    assertEquals(SolveStatus.OPTIMAL, below.status());
    assertEquals(60, below.allocation().production("widget", "SB", 0), TOL);
    assertEquals(60, below.allocation().production("widget", "SA", 0), TOL);
    assertEquals(0.5, Decision.shareOf(below, "widget", "B"), TOL);
    assertEquals(4380 + 1200 * be.low(), below.objective(), TOL);
    // the proof's networks carry the parameter's value on each side
    assertEquals(be.low(), below.network().tariffs().get(0).adValoremRate(), 0);

    Solution above = be.above();
    assertEquals(SolveStatus.OPTIMAL, above.status());
    assertEquals(0, above.allocation().production("widget", "SB", 0), TOL);
    assertEquals(120, above.allocation().production("widget", "SA", 0), TOL);
    assertEquals(0, Decision.shareOf(above, "widget", "B"), TOL);
    assertEquals(6000, above.objective(), TOL);
    assertEquals(be.high(), above.network().tariffs().get(0).adValoremRate(), 0);
  }

  /**
   * Two periods at discount 0.1 (d = 1/1.1). Country A's wage w varies; widget (1 h, material 10);
   * existing SA in A (capacity 200), candidate NB in B (wage 10, capacity 200, capex 1000), market in
   * A demanding 100 per period, freight B->A 5. A unit from SA costs 10 + w, from NB 10 + 10 + 5 = 25.
   * With W = 100*(10 + w):
   *
   * <ul>
   *   <li>never open NB: W*(1 + d);
   *   <li>open NB in t0: 1000 + 2500*(1 + d);
   *   <li>open NB in t1: W + d*(1000 + 2500), better than never only when W > 3500.
   * </ul>
   *
   * Opening in t0 beats never when W > 2500 + 1000/(1 + d) = 2500 + 1100/2.1 = 3023.81, where it also
   * beats opening in t1 (W > 3500 - 1000d = 2590.9). So NB opens above w* = 15 + 11/2.1 = 20.238095.
   * Below: SA makes everything, cost 100*(10 + low)*(1 + d). Above: NB opens in t0 and makes
   * everything, cost 1000 + 2500*(1 + d).
   */
  @Test
  void candidateOpensAboveTheHandWage() {
    Network base = Network.builder()
        .horizon(Horizon.of(2, 0.1))
        .country(Country.of("A", 20), Country.of("B", 10))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.existing("SA", "A", 200), Site.candidate("NB", "B", 200, 1000))
        .market(Market.of("MA", "A").withDemand("widget", 100))
        .freight(FreightRate.lane("B", "A", 5))
        .build();
    double d = 1 / 1.1;
    double wStar = 15 + 11 / 2.1;
    BreakEven be = BreakEven.find(SOLVER, base, Parameters.wage("A"), Decision.siteOpens("NB"), 0, 40, 1e-3);
    assertEquals(wStar, be.value(), 1e-3);
    assertTrue(be.low() <= wStar && wStar <= be.high(), be.toString());
    assertFalse(be.belowHolds());

    Solution below = be.below();
    assertEquals(List.of(), below.allocation().sitesOpened());
    assertEquals(100 * (10 + be.low()) * (1 + d), below.objective(), TOL);
    assertEquals(100, below.allocation().production("widget", "SA", 1), TOL);

    Solution above = be.above();
    assertEquals(List.of("NB"), above.allocation().sitesOpened());
    assertEquals(OptionalInt.of(0), above.allocation().openedIn("NB"));
    assertEquals(1000 + 2500 * (1 + d), above.objective(), TOL);
    assertEquals(100, above.allocation().production("widget", "NB", 0), TOL);
    assertEquals(100, above.allocation().production("widget", "NB", 1), TOL);
  }

  /**
   * {@link TestNetworks#usMx}: a US unit costs 40, an MX unit 25. A US credit c per unit makes the
   * US win once 40 - c < 25: c* = 15. Below: MX makes all, 2500. Above: US makes all, 100*(40 - c).
   */
  @Test
  void creditToWinIsTheUnitCostGap() {
    BreakEven be = BreakEven.creditToWin(SOLVER, TestNetworks.usMx().build(), "widget", "US", 0.5, 50, 1e-4);
    assertEquals(15, be.value(), 1e-4);
    assertTrue(be.low() <= 15 && 15 <= be.high(), be.toString());
    assertFalse(be.belowHolds());
    assertEquals(2500, be.below().objective(), TOL);
    assertEquals(100, be.below().allocation().production("widget", "MX-1", 0), TOL);
    assertEquals(100 * (40 - be.high()), be.above().objective(), TOL);
    assertEquals(100, be.above().allocation().production("widget", "US-1", 0), TOL);
  }

  /**
   * With US-1 limited to 60 units a winning credit gets the US 60 of 100: share 0.6. A share of 0.5
   * is still won at c* = 15; a share of 0.75 is never won (throws), nor is MX's share a flip (MX
   * makes at least 40% at every credit, so "MX makes >= 30%" holds at both ends: throws).
   */
  @Test
  void creditToWinRespectsTheShareAndThrowsWithoutAFlip() {
    Network n = TestNetworks.usMx().replaceSite(Site.existing("US-1", "US", 60)).build();
    BreakEven be = BreakEven.creditToWin(SOLVER, n, "widget", "US", 0.5, 50, 1e-4);
    assertEquals(15, be.value(), 1e-4);
    assertEquals(0.6, Decision.shareOf(be.above(), "widget", "US"), TOL);
    assertEquals(60 * (40 - be.high()) + 40 * 25, be.above().objective(), TOL);

    assertThrows(IllegalArgumentException.class,
        () -> BreakEven.creditToWin(SOLVER, n, "widget", "US", 0.75, 50, 1e-4));
    assertThrows(IllegalArgumentException.class,
        () -> BreakEven.creditToWin(SOLVER, n, "widget", "MX", 0.3, 50, 1e-4));
    // the US does not win below a credit of 15
    assertThrows(IllegalArgumentException.class,
        () -> BreakEven.creditToWin(SOLVER, n, "widget", "US", 0.5, 14, 1e-4));
  }

  /**
   * The text of three break-evens derived above: the tariff rate 1.35 (as a percentage, 135%), the
   * wage 15 + 11/2.1 = 20.238095 at which NB opens (USD per labor hour) and the credit 15 that wins the
   * widget for the US (USD per unit). Each text says the decision, the parameter, the value and the
   * interval's ends rounded (see {@link #assertText}), with the unit where the parameter is money.
   */
  @Test
  void textIsRoundedToTellTheIntervalApartAndLabelled() {
    BreakEven rate = BreakEven.find(SOLVER, TestNetworks.twoSites(0, 200), Parameters.tariffRate("a-on-b"),
        Decision.productMadeIn("widget", "B", 0.25), 0, 3, 1e-4);
    assertText(rate, 100, "%", "", 1.35);
    assertTrue(rate.toString().startsWith("'widget made in B (share >= 0.25)' stops when tariff[a-on-b].rate crosses "),
        rate.toString());

    Network withCandidate = Network.builder()
        .horizon(Horizon.of(2, 0.1))
        .country(Country.of("A", 20), Country.of("B", 10))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.existing("SA", "A", 200), Site.candidate("NB", "B", 200, 1000))
        .market(Market.of("MA", "A").withDemand("widget", 100))
        .freight(FreightRate.lane("B", "A", 5))
        .build();
    BreakEven wage = BreakEven.find(SOLVER, withCandidate, Parameters.wage("A"), Decision.siteOpens("NB"), 0, 40, 1e-3);
    assertText(wage, 1, "", " USD per labor hour", 15 + 11 / 2.1);
    assertTrue(wage.toString().startsWith("'NB opens' starts when wage[A] crosses "), wage.toString());

    BreakEven credit = BreakEven.creditToWin(SOLVER, TestNetworks.usMx().build(), "widget", "US", 0.5, 50, 1e-4);
    assertText(credit, 1, "", " USD per unit", 15);
  }

  /**
   * Checks a break-even's text against its exact values: the value and the interval's ends are
   * written with the same number of decimals, each within half a unit of its last decimal of the
   * exact value times {@code scale}; they read apart, and with one decimal fewer two neighbours
   * would read the same (the fewest decimals that tell them apart); the hand break-even lies in the
   * interval as written; the unit follows the value; the solves are counted.
   */
  private static void assertText(BreakEven be, double scale, String percent, String unit, double hand) {
    String text = be.toString();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(" crosses ([-0-9.,]+)" + percent + "(.*) \\(between "
        + "([-0-9.,]+)" + percent + " and ([-0-9.,]+)" + percent + ", (\\d+) solves\\)").matcher(text);
    assertTrue(m.find(), text);
    assertEquals(unit, m.group(2), text);
    assertEquals(be.solves(), Integer.parseInt(m.group(5)), text);
    String[] shown = {m.group(3), m.group(1), m.group(4)};
    double[] exact = {scale * be.low(), scale * be.value(), scale * be.high()};
    int decimals = shown[0].contains(".") ? shown[0].length() - shown[0].indexOf('.') - 1 : 0;
    double half = 0.5 * Math.pow(10, -decimals);
    for (int i = 0; i < 3; i++) {
      int d = shown[i].contains(".") ? shown[i].length() - shown[i].indexOf('.') - 1 : 0;
      assertEquals(decimals, d, text);
      assertEquals(exact[i], Double.parseDouble(shown[i].replace(",", "")), half + 1e-12, text);
    }
    assertTrue(Double.parseDouble(shown[0].replace(",", "")) < Double.parseDouble(shown[1].replace(",", ""))
        && Double.parseDouble(shown[1].replace(",", "")) < Double.parseDouble(shown[2].replace(",", "")), text);
    int least = percent.isEmpty() ? 0 : 1;
    if (decimals > least) {
      java.math.BigDecimal[] fewer = new java.math.BigDecimal[3];
      for (int i = 0; i < 3; i++) {
        fewer[i] = new java.math.BigDecimal(exact[i]).setScale(decimals - 1, java.math.RoundingMode.HALF_UP);
      }
      assertTrue(fewer[0].compareTo(fewer[1]) == 0 || fewer[1].compareTo(fewer[2]) == 0,
          "one decimal fewer still tells them apart: " + text);
    }
    assertTrue(Double.parseDouble(shown[0].replace(",", "")) - half <= scale * hand
        && scale * hand <= Double.parseDouble(shown[2].replace(",", "")) + half, text);
    assertFalse(java.util.regex.Pattern.compile("\\d\\.\\d{6,}").matcher(text).find(), text);
  }

  /** SB wins at every rate below 1.35, so [0, 1] holds no flip; a bad range is refused as well. */
  @Test
  void noFlipInRangeThrows() {
    Network base = TestNetworks.twoSites(0, 200);
    Parameter rate = Parameters.tariffRate("a-on-b");
    Decision sb = Decision.productMadeIn("widget", "B", 0.25);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BreakEven.find(SOLVER, base, rate, sb, 0, 1, 1e-3));
    assertTrue(e.getMessage().contains("no flip"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> BreakEven.find(SOLVER, base, rate, sb, 2, 3, 1e-3));
    assertThrows(IllegalArgumentException.class, () -> BreakEven.find(SOLVER, base, rate, sb, 3, 0, 1e-3));
    assertThrows(IllegalArgumentException.class, () -> BreakEven.find(SOLVER, base, rate, sb, 0, 3, 0));
    assertThrows(IllegalArgumentException.class,
        () -> BreakEven.find(SOLVER, base, Parameters.tariffRate("nope"), sb, 0, 3, 1e-3));
  }
}
