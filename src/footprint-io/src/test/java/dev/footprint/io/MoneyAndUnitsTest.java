package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.find;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.solve.SolveOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study's {@code money} and its products' {@code unit}: read, refused when wrong, and written back. */
class MoneyAndUnitsTest {
  @TempDir
  Path dir;

  private static final String WITH_MONEY = TINY.replace("horizon:", "money: {currency: USD, unit: 1e6}\nhorizon:")
      .replace("    declaredCustomsValue: 8", "    declaredCustomsValue: 8\n    unit: 1,000 shirts") + """
      scenarios:
        vn-30:
          set: {"tariffs.vn-20.rate": 0.3}
      """;

  @Test
  void moneyAndUnitsAreReadIntoEveryScenario() {
    Study s = StudyReader.read(write(dir, "s.yaml", WITH_MONEY));
    for (Network n : s.scenarios().values()) {
      assertEquals(new Money("USD", 1_000_000), n.money());
      assertEquals("1,000 shirts", n.products().get(0).unit());
    }
    assertEquals("USD millions", s.base().money().label());
  }

  @Test
  void withoutThemMoneyIsPlainUsdAndAUnitIsAUnit() {
    Network n = StudyReader.read(write(dir, "s.yaml", TINY)).base();
    assertEquals(Money.USD, n.money());
    assertEquals(Product.DEFAULT_UNIT, n.products().get(0).unit());
  }

  @Test
  void aUnitMayBeAWordOrANumber() {
    Map<String, Double> units = Map.of("thousands", 1e3, "Millions", 1e6, "billions", 1e9, "trillions", 1e12,
        "1000", 1e3, "1e6", 1e6, "0.001", 1e-3);
    units.forEach((written, unit) -> {
      String text = TINY.replace("horizon:", "money: {currency: KRW, unit: " + written + "}\nhorizon:");
      assertEquals(Money.of("KRW", unit), StudyReader.read(write(dir, "s.yaml", text)).base().money(), written);
    });
    String text = TINY.replace("horizon:", "money: {currency: EUR}\nhorizon:");
    assertEquals(Money.of("EUR", 1), StudyReader.read(write(dir, "s.yaml", text)).base().money());
  }

  @Test
  void productUnitsComeFromTablesToo() {
    write(dir, "products.csv", """
        id,sector,laborHoursPerUnit,materialCostPerUnit,declaredCustomsValue,unit
        shirts,apparel,0.5,4.5,8,"1,000 shirts"
        """);
    String text = TINY.replace(TINY.substring(TINY.indexOf("products:"), TINY.indexOf("sites:")),
        "products: {csv: products.csv}\n");
    assertEquals("1,000 shirts", StudyReader.read(write(dir, "s.yaml", text)).base().products().get(0).unit());
  }

  @Test
  void wrongMoneyIsRefusedWithHints() {
    String text = TINY.replace("horizon:", "money:\n  currency: usd\n  unit: millons\n  units: 3\nhorizon:");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "currency: usd"), "money.currency", "'usd' is not an ISO 4217 currency code",
        "Maybe you meant 'USD'");
    find(problems, f, lineOf(text, "unit: millons"), "money.unit", "'millons' is not a unit",
        "Maybe you meant 'millions'");
    find(problems, f, lineOf(text, "units: 3"), "money.units", "unknown key 'units' in the money");

    text = TINY.replace("horizon:", "money: {unit: -1}\nhorizon:");
    f = write(dir, "s.yaml", text);
    problems = problems(f);
    find(problems, f, lineOf(text, "money:"), "money.currency", "missing: money needs 'currency'");
    find(problems, f, lineOf(text, "money:"), "money.unit", "is -1 but must be a finite number > 0");

    text = TINY + "scenarios:\n  euro:\n    set: {money: {currency: EUR}}\n";
    f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "set: {money"), "scenarios.euro.set.money", "the money holds for every scenario");
  }

  @Test
  void moneyAndUnitsRoundTrip() throws Exception {
    Study s = StudyReader.read(write(dir, "s.yaml", WITH_MONEY));
    Path out = dir.resolve("written.yaml");
    StudyWriter.write(s, out);
    String yaml = Files.readString(out);
    assertTrue(yaml.contains("money:\n  currency: USD\n  unit: millions\n"), yaml);
    assertTrue(yaml.contains("unit: \"1,000 shirts\"") || yaml.contains("unit: 1,000 shirts"), yaml);
    assertEquals(s.scenarios(), StudyReader.read(out).scenarios());

    Network odd = s.base().toBuilder().money(Money.of("JPY", 100)).build();
    Study hundreds = new Study("odd", Map.of(Study.BASE, odd), SolveOptions.defaults(), "");
    StudyWriter.write(hundreds, out);
    assertEquals(Money.of("JPY", 100), StudyReader.read(out).base().money());
    assertTrue(Files.readString(out).contains("unit: 100\n"));
  }

  @Test
  void aStudyWhoseScenariosStateMoneyDifferentlyCannotBeWritten() {
    Network base = StudyReader.read(write(dir, "s.yaml", WITH_MONEY)).base();
    Map<String, Network> scenarios = new LinkedHashMap<>();
    scenarios.put(Study.BASE, base);
    scenarios.put("in-euros", base.toBuilder().money(Money.of("EUR", 1e6)).build());
    Study mixed = new Study("mixed", scenarios, SolveOptions.defaults(), "");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StudyWriter.toYaml(mixed));
    assertTrue(e.getMessage().contains("scenario 'in-euros' states its money in EUR millions, the base in USD"
        + " millions"), e.getMessage());
  }
}
