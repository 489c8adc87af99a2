package dev.footprint.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The number rules of text for people, each case worked out by hand. */
class FiguresTest {

  /**
   * From 1,000 up, whole units with separators (672,896,339.5 rounds half up); below, at most four
   * significant digits with trailing zeros dropped (45.90625 is 45.91; 480 stays 480, not 480.0);
   * zero, negative zero and amounts within 1e-9 of zero are 0; NaN is "-".
   */
  @Test
  void moneyIsGroupedWithSensibleDigits() {
    assertEquals("672,896,340", Figures.money(672_896_339.5));
    assertEquals("1,500", Figures.money(1500));
    assertEquals("-1,500", Figures.money(-1500.4));
    assertEquals("1,000", Figures.money(999.5));
    assertEquals("999.4", Figures.money(999.4));
    assertEquals("45.91", Figures.money(45.90625));
    assertEquals("292.6", Figures.money(292.6));
    assertEquals("480", Figures.money(480));
    assertEquals("22.73", Figures.money(25 / 1.1));
    assertEquals("9.091", Figures.money(10 / 1.1));
    assertEquals("0.0132", Figures.money(0.0132));
    assertEquals("-0.0004", Figures.money(-0.0004));
    assertEquals("0", Figures.money(0));
    assertEquals("0", Figures.money(-0.0));
    assertEquals("0", Figures.money(3e-12));
    assertEquals("-", Figures.money(Double.NaN));
    assertEquals("\u221e", Figures.money(Double.POSITIVE_INFINITY));
  }

  /**
   * Beside amounts of 672,896,339.5, a difference of 6e-8 (two equal costs solved apart) is noise
   * and shows as 0; 0.7 is above 1e-9 of the magnitude (0.67) and shows.
   */
  @Test
  void moneyBesideLargerAmountsDropsNoise() {
    assertEquals("0", Figures.money(6e-8, 672_896_339.5));
    assertEquals("0", Figures.money(-0.5, 672_896_339.5));
    assertEquals("0.7", Figures.money(0.7, 672_896_339.5));
    assertEquals("4,500", Figures.money(4500, 672_896_339.5));
  }

  @Test
  void sharesAreOneDecimalPercentagesAndCountsWhole() {
    assertEquals("25.0%", Figures.share(0.25));
    assertEquals("33.3%", Figures.share(1.0 / 3));
    assertEquals("100.0%", Figures.share(1));
    assertEquals("0.0%", Figures.share(-0.0001));
    assertEquals("-", Figures.share(Double.NaN));
    assertEquals("134,756", Figures.whole(134_756.4));
    assertEquals("0", Figures.whole(-0.3));
  }
}
