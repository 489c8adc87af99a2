package dev.footprint.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.io.Study;
import dev.footprint.io.StudyReader;
import dev.footprint.io.StudyWriter;
import dev.footprint.examples.KoreaUsStudy.Regime;
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

/**
 * The flagship study as a study file ({@code examples/korea-us/study.yaml} and its CSV tables) is the
 * same study as {@link KoreaUsStudy} builds in Java: each scenario read from the file equals
 * ({@link Network#equals}) the network of its regime, with and without the pledge. The two can
 * never drift apart without this test failing.
 */
class KoreaUsStudyFileTest {
  static final Path STUDY = Path.of("examples/korea-us/study.yaml");

  @TempDir
  Path dir;

  /** The scenario of the file for each regime and pledge of the Java study. */
  static Map<String, KoreaUsStudy.Key> scenarios() {
    Map<String, KoreaUsStudy.Key> m = new LinkedHashMap<>();
    m.put(Study.BASE, new KoreaUsStudy.Key(Regime.DEAL_2025, true));
    m.put("deal-2025-no-pledge", new KoreaUsStudy.Key(Regime.DEAL_2025, false));
    m.put("no-deal", new KoreaUsStudy.Key(Regime.NO_DEAL, true));
    m.put("no-deal-no-pledge", new KoreaUsStudy.Key(Regime.NO_DEAL, false));
    m.put("post-ruling-2026", new KoreaUsStudy.Key(Regime.POST_RULING_2026, true));
    m.put("post-ruling-2026-no-pledge", new KoreaUsStudy.Key(Regime.POST_RULING_2026, false));
    return m;
  }

  @Test
  void everyScenarioEqualsTheNetworkBuiltInJava() {
    Study study = StudyReader.read(STUDY);
    assertEquals(List.copyOf(scenarios().keySet()), List.copyOf(study.scenarios().keySet()));
    scenarios().forEach((name, key) -> {
      Network java = KoreaUsStudy.network(key.regime(), key.withPledge());
      Network file = study.scenario(name);
      assertEquals(java.horizon(), file.horizon(), name + ": horizon");
      assertEquals(java.countries(), file.countries(), name + ": countries");
      assertEquals(java.products(), file.products(), name + ": products");
      assertEquals(java.sites(), file.sites(), name + ": sites");
      assertEquals(java.markets(), file.markets(), name + ": markets");
      assertEquals(java.freight(), file.freight(), name + ": freight");
      assertEquals(java.tariffs(), file.tariffs(), name + ": tariffs");
      assertEquals(java.productionCredits(), file.productionCredits(), name + ": production credits");
      assertEquals(java.investmentCredits(), file.investmentCredits(), name + ": investment credits");
      assertEquals(java.jobGrants(), file.jobGrants(), name + ": job grants");
      assertEquals(java.policies(), file.policies(), name + ": policies");
      assertEquals(java, file, name);
    });
    assertEquals(SolveOptions.defaults(), study.options());
  }

  /** The flagship is stated in US$ millions, and each product line in its own unit. */
  @Test
  void moneyAndUnitsAreStatedInTheFileAndInJava() {
    Study study = StudyReader.read(STUDY);
    List<String> units = List.of("1,000 wafer eq.", "GWh", "1,000 vehicles", "1M devices", "1M garments", "1M toys");
    for (Network n : List.of(study.base(), KoreaUsStudy.network(Regime.NO_DEAL, false))) {
      assertEquals(Money.of("USD", 1e6), n.money());
      assertEquals("USD millions", n.money().label());
      assertEquals(units, n.products().stream().map(Product::unit).toList());
    }
  }

  @Test
  void everyFigureOfTheTablesHasASource() throws Exception {
    for (String table : List.of("sites.csv", "freight.csv", "demand.csv")) {
      List<String> rows = Files.readAllLines(STUDY.resolveSibling(table)).stream()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
      assertTrue(rows.get(0).endsWith(",source"), table + " has no source column");
      for (String row : rows.subList(1, rows.size())) {
        assertTrue(!row.endsWith(","), table + ": a row without a source: " + row);
      }
    }
  }

  @Test
  void theFlagshipRoundTrips() throws Exception {
    Study study = StudyReader.read(STUDY);
    Path out = dir.resolve("korea-us.yaml");
    StudyWriter.write(study, out);
    Study again = StudyReader.read(out);
    assertEquals(study.scenarios(), again.scenarios());
    assertEquals(study.options(), again.options());
  }
}
