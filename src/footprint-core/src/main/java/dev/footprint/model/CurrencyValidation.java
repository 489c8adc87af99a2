package dev.footprint.model;

import java.util.HashSet;
import java.util.Set;

/**
 * The checks of a network's currencies: every country in a currency other than the network's has an
 * exchange-rate path, one value or one per period; no path is given for the network's own currency
 * or for a currency no country uses.
 */
final class CurrencyValidation {
  private final Network n;

  CurrencyValidation(Network network) {
    this.n = network;
  }

  void run() {
    String home = n.money().currency();
    Set<String> rated = new HashSet<>();
    for (int i = 0; i < n.exchangeRates().size(); i++) {
      ExchangeRate r = n.exchangeRates().get(i);
      String where = "exchangeRate '" + r.currency() + "'";
      if (r.currency().equals(home)) {
        throw new InvalidModelException(where + ": currency", r.currency(),
            "is the network's own currency, which needs no exchange rate");
      }
      r.rate().checkLength(n.periods(), where + ": rate");
      rated.add(r.currency());
    }
    Set<String> used = new HashSet<>();
    for (Country c : n.countries()) {
      if (c.currency().isEmpty() || c.currency().get().equals(home)) {
        continue;
      }
      used.add(c.currency().get());
      if (!rated.contains(c.currency().get())) {
        throw new InvalidModelException("country '" + c.id() + "': currency", c.currency().get(),
            "no exchange rate is given for it: its money could not be converted into " + home
                + "\nMaybe add an exchange rate: units of " + c.currency().get() + " per " + home + ", by period.");
      }
    }
    for (ExchangeRate r : n.exchangeRates()) {
      if (!used.contains(r.currency())) {
        throw new InvalidModelException("exchangeRate '" + r.currency() + "': currency", r.currency(),
            "no country states its money in this currency");
      }
    }
  }
}
