package dev.footprint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void labelsNameCurrencyAndUnit() {
    assertEquals("USD", Money.USD.label());
    assertEquals("USD millions", Money.of("USD", 1e6).label());
    assertEquals("KRW billions", Money.of("KRW", 1e9).label());
    assertEquals("EUR thousands", Money.of("EUR", 1e3).label());
    assertEquals("USD \u00d7 100000", Money.of("USD", 1e5).label());
  }

  @Test
  void networkDefaultsToPlainDollarsAndKeepsItsMoneyThroughToBuilder() {
    Network plain = Network.builder().country(Country.of("KR", 21)).build();
    assertEquals(Money.USD, plain.money());
    Network millions = plain.toBuilder().money(Money.of("USD", 1e6)).build();
    assertEquals(Money.of("USD", 1e6), millions.toBuilder().build().money());
    assertTrue(!plain.equals(millions), "money is part of a network's identity");
  }

  @Test
  void badMoneyIsRefusedNamingTheField() {
    InvalidModelException e = assertThrows(InvalidModelException.class, () -> Money.of("XYZ", 1));
    assertTrue(e.getMessage().contains("money.currency") && e.getMessage().contains("XYZ"), e.getMessage());
    e = assertThrows(InvalidModelException.class, () -> Money.of("USD", 0));
    assertTrue(e.getMessage().contains("money.unit"), e.getMessage());
    e = assertThrows(InvalidModelException.class, () -> Money.of("USD", Double.NaN));
    assertTrue(e.getMessage().contains("money.unit"), e.getMessage());
  }
}
