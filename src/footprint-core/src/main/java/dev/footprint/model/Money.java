package dev.footprint.model;

import java.util.Currency;

/**
 * The currency and unit in which a network states its money: every cost, price, capex, credit and
 * grant of the network is a number of {@code unit} units of {@code currency}. A study in US$
 * millions is {@code Money.of("USD", 1e6)}; plain dollars are {@link #USD}. Reports label money
 * with {@link #label()}; the model itself is unit-free, so the unit only names what the numbers
 * mean.
 *
 * @param currency ISO 4217 code, such as {@code USD}, {@code KRW}, {@code EUR}
 * @param unit how many currency units one number stands for: 1, 1e3, 1e6, 1e9 or any positive number
 */
public record Money(String currency, double unit) {

  /** Plain US dollars, the default. */
  public static final Money USD = new Money("USD", 1);

  /**
   * Validates.
   *
   * @param currency ISO 4217 code, such as {@code USD}, {@code KRW}, {@code EUR}
   * @param unit how many currency units one number stands for: 1, 1e3, 1e6, 1e9 or any positive number
   */
  public Money {
    if (currency == null || currency.isBlank()) {
      throw new InvalidModelException("money.currency", currency, "a currency code such as USD is required");
    }
    try {
      Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw new InvalidModelException("money.currency", currency, "is not an ISO 4217 currency code");
    }
    if (!(unit > 0) || Double.isInfinite(unit)) {
      throw new InvalidModelException("money.unit", unit, "must be a finite number > 0");
    }
  }

  /**
   * @param currency ISO 4217 code
   * @param unit currency units per number
   * @return the money descriptor
   */
  public static Money of(String currency, double unit) {
    return new Money(currency, unit);
  }

  /**
   * @return the unit's word: "" for 1, "thousands", "millions", "billions", "trillions", or
   *     "× 100000"-style for any other unit
   */
  public String unitWord() {
    if (unit == 1) {
      return "";
    } else if (unit == 1e3) {
      return "thousands";
    } else if (unit == 1e6) {
      return "millions";
    } else if (unit == 1e9) {
      return "billions";
    } else if (unit == 1e12) {
      return "trillions";
    }
    return "\u00d7 " + java.math.BigDecimal.valueOf(unit).stripTrailingZeros().toPlainString();
  }

  /** @return the label for headers and axes: "USD", "USD millions", ... */
  public String label() {
    String w = unitWord();
    return w.isEmpty() ? currency : currency + " " + w;
  }

  @Override
  public String toString() {
    return label();
  }
}
