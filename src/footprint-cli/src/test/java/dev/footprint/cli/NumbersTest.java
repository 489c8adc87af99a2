package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers for people: each form against values written out by hand. */
class NumbersTest {
  static final long S = 1_000_000_000L;

  @Test
  void moneyHasSeparatorsAndSensibleDigits() {
    assertEquals("875,974", Numbers.money(875_974.24));
    assertEquals("672,896,340", Numbers.money(672_896_339.5), "half up");
    assertEquals("-16,789", Numbers.money(-16_789.3));
    assertEquals("1,000", Numbers.money(999.96), "rounds up into the thousands");
    assertEquals("999.4", Numbers.money(999.4));
    assertEquals("292.6", Numbers.money(292.5928));
    assertEquals("45.91", Numbers.money(45.9062));
    assertEquals("1.253", Numbers.money(1.2533333333333334));
    assertEquals("0.0132", Numbers.money(0.013235));
    assertEquals("0.500", Numbers.money(0.5));
    assertEquals("0", Numbers.money(0));
    assertEquals("0", Numbers.money(-1e-12), "solver noise is zero, without a sign");
    assertEquals("-", Numbers.money(Double.NaN));
    assertEquals("∞", Numbers.money(Double.POSITIVE_INFINITY));
  }

  @Test
  void wholeQuantitiesAreRoundedAndGrouped() {
    assertEquals("134,756", Numbers.whole(134_756.45));
    assertEquals("24,215", Numbers.whole(24_215));
    assertEquals("0", Numbers.whole(-0.2));
    assertEquals("-", Numbers.whole(Double.NaN));
  }

  @Test
  void countsWithTheirNoun() {
    assertEquals("1 market", Numbers.count(1, "market", "markets"));
    assertEquals("0 markets", Numbers.count(0, "market", "markets"));
    assertEquals("1,204 countries", Numbers.count(1204, "country", "countries"));
  }

  @Test
  void sharesArePercentagesWithOneDecimal() {
    assertEquals("88.2%", Numbers.share(0.8823));
    assertEquals("100.0%", Numbers.share(1));
    assertEquals("4.2%", Numbers.share(1.0 / 24));
    assertEquals("0.0%", Numbers.share(-0.0001));
  }

  @Test
  void ratesArePercentagesWithThreeSignificantDigitsAtMost() {
    assertEquals("2.5%", Numbers.rate(0.025));
    assertEquals("15.0%", Numbers.rate(0.15));
    assertEquals("19.4%", Numbers.rate(0.19374999999999998));
    assertEquals("16.8%", Numbers.rate(0.16812));
    assertEquals("0.125%", Numbers.rate(0.00125));
    assertEquals("0.1%", Numbers.rate(0.001));
    assertEquals("0.0%", Numbers.rate(0));
    assertEquals("-2.5%", Numbers.rate(-0.025));
  }

  @Test
  void plainValuesLoseTheirBinaryNoise() {
    assertEquals("0.19375", Numbers.plain(0.19374999999999998));
    assertEquals("0.3", Numbers.plain(0.1 + 0.2));
    assertEquals("2.7", Numbers.plain(2.7));
    assertEquals("100", Numbers.plain(100));
    assertEquals("0.0000001", Numbers.plain(1e-7));
    assertEquals("0", Numbers.plain(-0.0));
  }

  @Test
  void parameterValuesReadAsTheirKind() {
    assertEquals("2.5%", Numbers.parameterValue("tariff[us-vn].rate", 0.025));
    assertEquals("0.19375", Numbers.parameterValue("credit[45X]", 0.19374999999999998));
    assertEquals("2.7", Numbers.parameterValue("wage[VN]", 2.7));
  }

  /** A grid's values get the decimals its step needs, the same on every row. */
  @Test
  void gridDecimalsWriteTheStepExactlyWherePossible() {
    assertEquals(1, Numbers.gridDecimals("tariff[x].rate", 0.025), "2.5% steps");
    assertEquals(1, Numbers.gridDecimals("tariff[x].rate", 0.2), "20% steps: at least one decimal for rates");
    assertEquals(2, Numbers.gridDecimals("tariff[x].rate", 0.0125), "1.25% steps");
    assertEquals(2, Numbers.gridDecimals("tariff[x].rate", 1.0 / 30), "3.333...% steps: three significant digits");
    assertEquals(2, Numbers.gridDecimals("demandScale", 0.25));
    assertEquals(0, Numbers.gridDecimals("wage[VN]", 5));
    assertEquals("12.5%", Numbers.parameterValue("tariff[x].rate", 0.125, 1));
    assertEquals("3.75%", Numbers.parameterValue("tariff[x].rate", 0.0375, 2));
    assertEquals("1.50", Numbers.parameterValue("demandScale", 1.5, 2));
    assertEquals("1,250", Numbers.parameterValue("credit[45X]", 1250, 0));
  }

  /** An interval's ends get two significant digits of its width: they read differently. */
  @Test
  void intervalDecimalsTellTheEndsApart() {
    // 0.16640625 to 0.169140625: 0.27 percentage points wide
    int d = Numbers.intervalDecimals("tariff[x].rate", 0.169140625 - 0.16640625);
    assertEquals(2, d);
    assertEquals("16.64%", Numbers.parameterValue("tariff[x].rate", 0.16640625, d));
    assertEquals("16.91%", Numbers.parameterValue("tariff[x].rate", 0.169140625, d));
    assertEquals(4, Numbers.intervalDecimals("credit[45X]", 0.009765625));
    assertEquals(0, Numbers.intervalDecimals("credit[45X]", 25));
    assertEquals(1, Numbers.intervalDecimals("tariff[x].rate", 0.5), "at least one decimal for rates");
  }

  @Test
  void durationsInSecondsMinutesAndHours() {
    assertEquals("0.0 s", Numbers.duration(0));
    assertEquals("0.0 s", Numbers.duration(-5), "never negative");
    assertEquals("3.1 s", Numbers.duration(3_140_000_000L));
    assertEquals("10 s", Numbers.duration(9_960_000_000L));
    assertEquals("42 s", Numbers.duration(42 * S + 400_000_000L));
    assertEquals("1 min 00 s", Numbers.duration(59 * S + 600_000_000L));
    assertEquals("2 min 05 s", Numbers.duration(125 * S));
    assertEquals("1 h 00 min", Numbers.duration(3599 * S + 600_000_000L));
    assertEquals("1 h 02 min", Numbers.duration(3720 * S));
  }

  @Test
  void gapIsRelativeToTheIncumbentAtLeastOne() {
    assertEquals(0.01, Numbers.gap(100, 99), 1e-15);
    assertEquals(0.01, Numbers.gap(-100, -101), 1e-15);
    assertEquals(0.1, Numbers.gap(0.5, 0.4), 1e-15, "max(1, |incumbent|) below one");
    assertEquals(Double.NaN, Numbers.gap(100, Double.NEGATIVE_INFINITY));
    assertEquals("0.8%", Numbers.gapText(0.008));
    assertEquals("<0.1%", Numbers.gapText(0.0004));
    assertEquals("0.0%", Numbers.gapText(0));
    assertEquals("-", Numbers.gapText(Double.NaN));
  }
}
