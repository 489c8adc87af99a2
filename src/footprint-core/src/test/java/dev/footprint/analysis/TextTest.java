package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.footprint.model.Money;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parameter values, shares and tables as the analyses write them, each case worked out by hand. */
class TextTest {

  /**
   * Sweep.grid(0, 0.1, 5) as a tariff rate: 0%, 2.5%, ..., 10%, one decimal of the percentage writing
   * each exactly; as a plain value 0.025 needs three decimals (not 0.0250000).
   */
  @Test
  void gridValuesAreWrittenExactly() {
    double[] grid = Sweep.grid(0, 0.1, 5);
    assertArrayEquals(new String[] {"0.0%", "2.5%", "5.0%", "7.5%", "10.0%"},
        Text.parameterValues("tariff[x].rate", grid, 1));
    assertArrayEquals(new String[] {"0.000", "0.025", "0.050", "0.075", "0.100"},
        Text.parameterValues("fx[KR]", grid, 1));
    assertArrayEquals(new String[] {"0.25", "0.50", "1.00", "2.50"},
        Text.parameterValues("demandScale", new double[] {0.25, 0.5, 1, 2.5}, 1));
    assertArrayEquals(new String[] {"1", "0", "1"}, Text.parameterValues("demandScale", new double[] {1, 0, 1}, 1));
    assertArrayEquals(new String[] {"1,500", "2,000"}, Text.parameterValues("credit[k]", new double[] {1500, 2000}, 1));
  }

  /**
   * A value with binary noise alone: 0.175 + 0.01875 is the double 0.19374999999999998 (checked),
   * written 0.19375; as a rate 19.375%. Values all equal count as one value.
   */
  @Test
  void binaryNoiseIsDropped() {
    double noisy = 0.175 + 0.01875;
    assertEquals("0.19374999999999998", Double.toString(noisy));
    assertArrayEquals(new String[] {"0.19375"}, Text.parameterValues("x", new double[] {noisy}, 1));
    assertArrayEquals(new String[] {"19.375%"}, Text.parameterValues("tariff[x].rate", new double[] {noisy}, 1));
    assertArrayEquals(new String[] {"0.7", "0.7"}, Text.parameterValues("x", new double[] {0.1 * 7, 0.7}, 1));
    assertArrayEquals(new String[] {"0.33333"}, Text.parameterValues("x", new double[] {1.0 / 3}, 1));
  }

  /**
   * Values that no short decimal writes exactly take the decimals that tell neighbours apart plus
   * {@code extra}. Thirds: 0, 0.3, 0.7, 1 already differ (one decimal), so two: 0.00, 0.33, 0.67,
   * 1.00. Sweep.grid(0.9, 1.1, 7), step 0.0333: two decimals tell them apart (0.90, 0.93, 0.97,
   * 1.00, ...), so three; with no extra, two.
   */
  @Test
  void inexactValuesTakeTheDecimalsThatTellThemApart() {
    assertArrayEquals(new String[] {"0.00", "0.33", "0.67", "1.00"},
        Text.parameterValues("x", Sweep.grid(0, 1, 4), 1));
    assertArrayEquals(new String[] {"0.900", "0.933", "0.967", "1.000", "1.033", "1.067", "1.100"},
        Text.parameterValues("x", Sweep.grid(0.9, 1.1, 7), 1));
    assertArrayEquals(new String[] {"0.90", "0.93", "0.97", "1.00", "1.03", "1.07", "1.10"},
        Text.parameterValues("x", Sweep.grid(0.9, 1.1, 7), 0));
    // a bisection interval around 1.35: ends 1.3499908447265625 and 1.35009765625 with their middle
    // 1.35004425048828125 differ from the fourth decimal (1.3500 / 1.3500 / 1.3501): five decimals
    assertArrayEquals(new String[] {"1.34999", "1.35004", "1.35010"},
        Text.parameterValues("x", new double[] {1.3499908447265625, 1.35004425048828125, 1.35009765625}, 0));
    assertArrayEquals(new String[] {"-", "1.5"}, Text.parameterValues("x", new double[] {Double.NaN, 1.5}, 1));
  }

  @Test
  void moneyParametersAreLabelled() {
    Money millions = Money.of("USD", 1e6);
    assertEquals("USD millions per labor hour", Text.parameterUnit("wage[MX]", millions));
    assertEquals("USD millions per unit", Text.parameterUnit("credit[US,cells]", millions));
    assertEquals("USD per unit", Text.parameterUnit("freight[MX->US]", Money.USD));
    assertEquals("", Text.parameterUnit("tariff[x].rate", millions));
    assertEquals("", Text.parameterUnit("fx[KR]", millions));
  }

  /**
   * Units 1 and 3 are shares 25% and 75%; a country with 1 unit in 10,000 (0.01%, which would show
   * as 0.0%) is left out; nothing made is "none". Changes are signed, and noise beside large amounts
   * is 0.
   */
  @Test
  void sharesAndChanges() {
    Map<String, Double> units = new LinkedHashMap<>();
    units.put("CN", 2500.0);
    units.put("VN", 1.0);
    units.put("MX", 7499.0);
    assertEquals("CN 25.0%, MX 75.0%", Text.shares(units));
    assertEquals("none", Text.shares(Map.of()));
    assertEquals("+480", Text.signedMoney(480, 4500));
    assertEquals("-1,500", Text.signedMoney(-1500, 4500));
    assertEquals("0", Text.signedMoney(1e-7, 672_896_339.5));
  }

  /** Columns are as wide as their widest cell, right-aligned where asked; titles do not widen them. */
  @Test
  void tablesNeverCutCells() {
    String t = new Text.Table("", ">2025-after-nov-10", ">2025-after-nov-10-no-usmca")
        .title("a title longer than any column of the table below it")
        .row("total", "4,500", "6,000").render();
    assertEquals(List.of(
        "       2025-after-nov-10  2025-after-nov-10-no-usmca",
        "a title longer than any column of the table below it",
        "total              4,500                       6,000"), t.lines().toList());
    assertThrows(IllegalArgumentException.class, () -> new Text.Table("a", "b").row("only one"));
  }
}
