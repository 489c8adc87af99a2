package dev.footprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Numbers print rounded for people; the exact value prints in full for tooltips. */
class FormatTest {

  @Test
  void ratesPrintAsPercentagesWithOneDecimal() {
    assertEquals("19.4%", Format.percent(0.19374999999999998));
    assertEquals("2.5%", Format.percent(0.0250000));
    assertEquals("42%", Format.percent(0.42));
    assertEquals("100%", Format.percent(1));
    assertEquals("9.1%", Format.percent(0.0909));
    assertEquals("0.25%", Format.percent(0.0025));
    assertEquals("<0.01%", Format.percent(1e-7), "a tiny gap is not printed as 0%");
    assertEquals("0%", Format.percent(0));
    assertEquals("-0.7%", Format.percent(-0.00696));
  }

  @Test
  void plainNumbersHaveThreeSignificantDigitsBelowAHundred() {
    assertEquals("0.194", Format.grouped(0.19374999999999998));
    assertEquals("0.025", Format.grouped(0.0250000));
    assertEquals("12.5", Format.grouped(12.5));
    assertEquals("1,235", Format.grouped(1234.5));
    assertEquals("-0.000123", Format.grouped(-0.0001234));
    assertEquals("0.025", Format.compact(0.0250000));
    assertEquals("0.194", Format.compact(0.19374999999999998));
  }

  @Test
  void parametersPrintAsTheirQuantityAndStayApart() {
    assertTrue(Format.isRate("tariff[us-vn].rate"));
    assertFalse(Format.isRate("wage[VN]"));
    assertFalse(Format.isRate("demandScale"));
    assertEquals("19.4%", Format.parameter("tariff[us-vn].rate", 0.19374999999999998));
    assertEquals("0.194", Format.parameter("wage[VN]", 0.19374999999999998));
    for (String name : List.of("tariff[x].rate", "wage[VN]")) {
      List<String> labels = Format.parameters(name, new double[] {0.15011, 0.15012, 0.15012, 0.2});
      assertNotEquals(labels.get(0), labels.get(1), name + ": close values print apart: " + labels);
      assertEquals(labels.get(1), labels.get(2), "equal values print the same");
      assertEquals(3, new HashSet<>(labels).size(), labels.toString());
    }
    assertEquals(List.of("0%", "20%", "40%"), Format.parameters("tariff[x].rate", new double[] {0, 0.2, 0.4}));
  }

  @Test
  void exactValuesReadBackAsTheSameNumber() {
    assertEquals("0.19374999999999998", Format.exact(0.19374999999999998));
    assertEquals("1,234,567.891", Format.exact(1234567.891));
    assertEquals("-0.0000001", Format.exact(-1e-7));
    assertEquals("12,000,000,000", Format.exact(1.2e10));
    Random r = new Random(7);
    for (int i = 0; i < 2000; i++) {
      double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(24) - 12);
      assertEquals(v, Double.parseDouble(Format.exact(v).replace(",", "")), Format.exact(v));
    }
  }
}
