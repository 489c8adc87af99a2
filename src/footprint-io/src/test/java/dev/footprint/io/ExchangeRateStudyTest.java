package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.find;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.ExchangeRate;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.Network;
import dev.footprint.model.Series;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local currencies, exchange-rate paths and investment-credit budgets and sites in study files: read,
 * written back the same, from YAML and from a CSV table, and refused with the file, line, study path
 * and value when wrong.
 */
class ExchangeRateStudyTest {
  @TempDir
  Path dir;

  /** The tiny study with Vietnam's money in VND and a capped credit for the Vietnamese site. */
  private static final String FX = TINY
      .replace("    productivity: 0.8\n", "    productivity: 0.8\n    currency: VND\n")
      + """
      investmentCredits:
        - id: vn-fab
          country: VN
          share: 0.2
          budget: 150
          sites: [VN-HCM]
      exchangeRates:
        - currency: VND
          rate: [24000, 25000, 26000]
      """;

  private static String with(String from, String to) {
    assertTrue(FX.contains(from), from);
    return FX.replace(from, to);
  }

  @Test
  void everyNewFieldIsReadAndWrittenBackTheSame() throws Exception {
    Study study = StudyReader.read(write(dir, "fx.yaml", FX));
    Network n = study.base();
    assertEquals(Optional.of("VND"), n.country("VN").currency());
    assertEquals(Optional.empty(), n.country("US").currency());
    assertEquals(List.of(new ExchangeRate("VND", Series.of(24000, 25000, 26000))), n.exchangeRates());
    InvestmentCredit credit = n.investmentCredits().get(0);
    assertEquals(OptionalDouble.of(150), credit.budget());
    assertEquals(Set.of("VN-HCM"), credit.sites());

    Path file = dir.resolve("written.yaml");
    StudyWriter.write(new Study("fx", Map.of(Study.BASE, n), study.options(), ""), file);
    assertEquals(n, StudyReader.read(file).base());
  }

  @Test
  void exchangeRatesFromACsvTable() throws Exception {
    write(dir, "rates.csv", "currency,rate\nVND,24000;25000;26000\n");
    String text = FX.replace("""
        exchangeRates:
          - currency: VND
            rate: [24000, 25000, 26000]
        """, "exchangeRates: {csv: rates.csv}\n");
    assertTrue(text.contains("{csv: rates.csv}"));
    Network n = StudyReader.read(write(dir, "fx.yaml", text)).base();
    assertEquals(List.of(new ExchangeRate("VND", Series.of(24000, 25000, 26000))), n.exchangeRates());
  }

  @Test
  void unknownCurrency() {
    String text = with("currency: VND\n    rate", "currency: VNX\n    rate");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "currency: VNX"), "exchangeRates[0].currency", "VNX", "ISO 4217");
    String country = with("    currency: VND\nproducts", "    currency: DONG\nproducts");
    Path g = write(dir, "c.yaml", country);
    find(problems(g), g, lineOf(country, "currency: DONG"), "countries[1].currency", "DONG", "ISO 4217");
  }

  @Test
  void nonPositiveRate() {
    String text = with("rate: [24000, 25000, 26000]", "rate: [24000, 0, 26000]");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "rate: [24000, 0, 26000]"), "exchangeRates[0].rate[1]", "0", "> 0");
  }

  @Test
  void pathLengthNotMatchingTheHorizon() {
    String text = with("rate: [24000, 25000, 26000]", "rate: [24000, 25000]");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "rate: [24000, 25000]"), "exchangeRates[0].rate", "horizon has 3 periods");
  }

  @Test
  void countryWithoutARate() {
    String text = with("""
        exchangeRates:
          - currency: VND
            rate: [24000, 25000, 26000]
        """, "");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "currency: VND"), "countries[1].currency", "VND", "no exchange rate");
  }

  @Test
  void negativeBudgetAndUnknownSite() {
    String text = with("budget: 150", "budget: -5").replace("sites: [VN-HCM]", "sites: [VN-HCN]");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "budget: -5"), "investmentCredits[0].budget", "-5");
    find(problems, f, lineOf(text, "sites: [VN-HCN]"), "investmentCredits[0].sites[0]", "VN-HCN");
  }

  @Test
  void creditForASiteInAnotherCountry() {
    String text = with("sites: [VN-HCM]", "sites: [US-NC]");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "sites: [US-NC]"), "investmentCredits[0].sites", "US-NC");
  }
}
