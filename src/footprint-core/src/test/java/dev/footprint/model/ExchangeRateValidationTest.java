package dev.footprint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad input for local currencies, exchange-rate paths and investment-credit budgets and sites: each
 * is refused with an {@link InvalidModelException} naming the field and the value.
 */
class ExchangeRateValidationTest {
  private static void refused(Executable e, String field, Object value, String... words) {
    InvalidModelException x = assertThrows(InvalidModelException.class, e);
    assertEquals(field, x.field(), x.getMessage());
    assertEquals(String.valueOf(value), String.valueOf(x.value()), x.getMessage());
    for (String w : words) {
      assertTrue(x.getMessage().contains(w), x.getMessage());
    }
  }

  private static Network.Builder korea(Country kr) {
    return Network.builder().horizon(Horizon.of(2, 0))
        .country(Country.of("US", 25), kr)
        .product(Product.of("cell", "battery", 10, 0))
        .site(Site.existing("KR-S", "KR", 100), Site.candidate("US-fab", "US", 100, 10))
        .market(Market.of("US-M", "US").withDemand("cell", 10))
        .freight(FreightRate.lane("KR", "US", 0));
  }

  @Test
  void unknownCurrencies() {
    refused(() -> Country.of("KR", 1).withCurrency("KRX"), "country 'KR': currency", "KRX", "ISO 4217");
    refused(() -> ExchangeRate.of("WON", 1300), "exchangeRate.currency", "WON", "ISO 4217");
    refused(() -> new Country("KR", "Korea", Series.constant(1), 1, 2000, null), "country 'KR': currency", null);
  }

  @Test
  void nonPositiveOrInfiniteRates() {
    refused(() -> ExchangeRate.of("KRW", 0), "exchangeRate 'KRW': rate[0]", 0.0, "> 0");
    refused(() -> new ExchangeRate("KRW", Series.of(1300, -1)), "exchangeRate 'KRW': rate[1]", -1.0, "> 0");
    refused(() -> ExchangeRate.of("KRW", Double.NaN), "exchangeRate 'KRW': rate[0]", Double.NaN);
    refused(() -> ExchangeRate.of("KRW", Double.POSITIVE_INFINITY), "exchangeRate 'KRW': rate[0]",
        Double.POSITIVE_INFINITY);
  }

  @Test
  void pathsThatDoNotFitTheNetwork() {
    Country kr = Country.of("KR", 30_000).withCurrency("KRW");
    refused(() -> korea(kr).exchangeRate(new ExchangeRate("KRW", Series.of(1, 2, 3))).build(),
        "exchangeRate 'KRW': rate", "[1.0, 2.0, 3.0]", "horizon has 2 periods");
    refused(() -> korea(kr).build(), "country 'KR': currency", "KRW", "no exchange rate");
    refused(() -> korea(Country.of("KR", 1)).exchangeRate(ExchangeRate.of("KRW", 1300)).build(),
        "exchangeRate 'KRW': currency", "KRW", "no country");
    refused(() -> korea(kr).exchangeRate(ExchangeRate.of("KRW", 1300), ExchangeRate.of("USD", 1)).build(),
        "exchangeRate 'USD': currency", "USD", "own currency");
    refused(() -> korea(kr).exchangeRate(ExchangeRate.of("KRW", 1300), ExchangeRate.of("KRW", 1400)).build(),
        "exchangeRates[1].id", "KRW", "duplicate");
    // A country in the network's own currency needs no rate.
    assertEquals(Optional.of("USD"),
        korea(Country.of("KR", 1).withCurrency("USD")).build().country("KR").currency());
  }

  @Test
  void badBudgetsAndSites() {
    InvestmentCredit c = new InvestmentCredit("48D", "US", ProductScope.ALL, 0.25);
    refused(() -> c.withBudget(-1), "investmentCredit '48D': budget", -1.0, ">= 0");
    refused(() -> c.withBudget(Double.NaN), "investmentCredit '48D': budget", Double.NaN);
    refused(() -> c.withSites(" "), "investmentCredit '48D': sites[0]", " ");
    Country kr = Country.of("KR", 1);
    refused(() -> korea(kr).investmentCredit(c.withSites("US-fob")).build(), "investmentCredit '48D': sites",
        "US-fob", "no site");
    refused(() -> korea(kr).investmentCredit(c.withSites("KR-S")).build(), "investmentCredit '48D': sites",
        "KR-S", "lies in KR");
    refused(() -> korea(kr).investmentCredit(new InvestmentCredit("k", "KR", ProductScope.ALL, 0.2).withSites("KR-S"))
        .build(), "investmentCredit 'k': sites", "KR-S", "existing site");
  }
}
