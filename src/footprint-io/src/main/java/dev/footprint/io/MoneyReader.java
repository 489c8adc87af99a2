package dev.footprint.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.model.Money;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a study's {@code money}: {@code {currency: USD, unit: 1e6}}, the currency an ISO 4217 code
 * and the unit how many of it one number of the study stands for, a number or a word
 * ({@code thousands}, {@code millions}, {@code billions}, {@code trillions}). The money names what
 * the study's figures mean; it holds for every scenario.
 */
final class MoneyReader {
  static final List<String> FIELDS = List.of("currency", "unit", Kind.SOURCE);

  /** The words a unit may be written as, and the numbers they stand for. */
  static final Map<String, Double> WORDS = new LinkedHashMap<>();

  static {
    WORDS.put("thousands", 1e3);
    WORDS.put("millions", 1e6);
    WORDS.put("billions", 1e9);
    WORDS.put("trillions", 1e12);
  }

  private final Decoder dec;
  private final SourceMap src;
  private final Problems problems;

  MoneyReader(Decoder dec, SourceMap src, Problems problems) {
    this.dec = dec;
    this.src = src;
    this.problems = problems;
  }

  /**
   * @param node the value of {@code money}
   * @param at where it is
   * @return the money, or null (with problems)
   */
  Money read(JsonNode node, Loc at) {
    ObjectNode o = dec.object(node, at, "the study's money, such as {currency: USD, unit: millions}");
    if (o == null) {
      return null;
    }
    int before = problems.size();
    dec.keys(o, at, FIELDS, "the money");
    String currency = null;
    if (!Decoder.present(o, "currency")) {
      problems.add(at.child("currency"), "missing: money needs 'currency', an ISO 4217 code such as USD");
    } else {
      Loc cAt = src.of(o, "currency", at);
      currency = dec.id(o.get("currency"), cAt);
      if (currency != null && !isCurrency(currency)) {
        String upper = currency.toUpperCase(Locale.ROOT);
        problems.add(cAt, "'" + currency + "' is not an ISO 4217 currency code such as USD, EUR or KRW"
            + (isCurrency(upper) ? "\nMaybe you meant '" + upper + "'." : ""));
        currency = null;
      }
    }
    Double unit = 1.0;
    if (Decoder.present(o, "unit")) {
      unit = unit(o.get("unit"), src.of(o, "unit", at));
    }
    if (problems.size() > before || currency == null || unit == null) {
      return null;
    }
    return Money.of(currency, unit);
  }

  private Double unit(JsonNode v, Loc at) {
    if (v.isTextual()) {
      String word = v.asText().strip().toLowerCase(Locale.ROOT);
      if (WORDS.containsKey(word)) {
        return WORDS.get(word);
      }
      if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
        problems.add(at, "'" + v.asText() + "' is not a unit: write a number such as 1e6, or one of "
            + WORDS.keySet() + Problems.maybe(word, WORDS.keySet()).replaceAll("\nMaybe use one of .*", ""));
        return null;
      }
    }
    return dec.checkedNumber(v, at, Decoder.Rule.POSITIVE);
  }

  private static boolean isCurrency(String code) {
    try {
      Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
