package dev.footprint.model;

import java.util.Currency;

/**
 * The exchange-rate path of one local currency against the network's currency: {@code rate} units
 * of the local currency buy one unit of the network's currency in each period (KRW per USD, say
 * 1350). The money of a country whose {@link Country#currency()} is this currency (its wages, its
 * material-cost overrides and the costs of its sites) is divided by the rate of the period it is
 * paid in (docs/model.md, Exchange rates). Local figures use the network's unit: in a study in US$
 * millions, a wage in KRW is in KRW millions. Rates are plain ratios, so the unit does not change
 * them.
 *
 * @param currency the local currency's ISO 4217 code, such as {@code KRW}
 * @param rate units of the local currency per unit of the network's currency, {@code > 0}, by period
 */
public record ExchangeRate(String currency, Series rate) {

  /**
   * Validates.
   *
   * @param currency the local currency's ISO 4217 code, such as {@code KRW}
   * @param rate units of the local currency per unit of the network's currency, {@code > 0}, by period
   */
  public ExchangeRate {
    String where = "exchangeRate '" + currency + "'";
    Check.present(rate, where + ": rate");
    checkCode(currency, "exchangeRate.currency");
    double[] values = rate.values();
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] > 0) || Double.isInfinite(values[i])) {
        throw new InvalidModelException(where + ": rate[" + i + "]", values[i],
            "must be a finite number > 0 (units of " + currency + " per unit of the study's currency)");
      }
      Check.bounded(values[i], where + ": rate[" + i + "]");
    }
  }

  /**
   * @param currency ISO 4217 code
   * @param rate units of the local currency per unit of the network's currency, in every period
   * @return the constant path
   */
  public static ExchangeRate of(String currency, double rate) {
    return new ExchangeRate(currency, Series.constant(rate));
  }

  /**
   * @param factor the factor on every rate, {@code > 0}
   * @return a copy with every rate times it (above 1: the local currency weaker)
   */
  public ExchangeRate times(double factor) {
    return new ExchangeRate(currency, rate.times(factor));
  }

  /**
   * Checks an ISO 4217 code.
   *
   * @param code the code
   * @param field the field, for the error
   * @return the code
   */
  static String checkCode(String code, String field) {
    if (code == null || code.isBlank()) {
      throw new InvalidModelException(field, code, "a currency code such as KRW is required");
    }
    try {
      Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidModelException(field, code, "is not an ISO 4217 currency code (such as USD, EUR or KRW)");
    }
    return code;
  }
}
