package dev.footprint.io;

import static dev.footprint.io.Books.row;
import static dev.footprint.io.Books.sheets;
import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.find;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Network;
import dev.footprint.model.Series;
import dev.footprint.model.TariffQuota;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tariff-rate quotas and single-sourced markets in study files: inline, as a CSV table and as a
 * workbook sheet, written back, changed by a scenario, and every kind of mistake in their fields
 * named by file, line, path and value.
 */
class QuotaStudyTest {
  @TempDir
  Path dir;

  /** The tiny study's market, single-sourced. */
  private static final String SINGLE = TINY.replace("""
          demand:
            shirts: [80, 90, 100]
      """, """
          demand:
            shirts: [80, 90, 100]
          singleSource: true
      """);

  /** The tiny study (a 20% tariff on VN shirts into the US) with one quota. */
  private static final String QUOTA = """
      quotas:
        - id: vn-trq
          product: shirts
          destination: US
          origins: [VN]
          periods: ["2027", "2028"]
          volume: [0, 50, 60]
          inQuotaRate: 0.05
          outOfQuotaRate: 0.4
          outOfQuotaSpecificDutyPerUnit: 0.5
      """;

  private static final TariffQuota EXPECTED = TariffQuota.of("vn-trq", "shirts", "US", 0, 0.05).from("VN")
      .inPeriods(1, 2).withVolume(Series.of(0, 50, 60)).withOutOfQuota(0.4, 0.5);

  private Network read(String name, String text) {
    return StudyReader.read(write(dir, name, text)).base();
  }

  @Test
  void inlineQuotaAndSingleSourcedMarketReadAsInJava() {
    Network n = read("s.yaml", SINGLE + QUOTA);
    assertEquals(List.of(EXPECTED), n.quotas());
    assertTrue(n.markets().get(0).singleSource());
    assertFalse(read("t.yaml", TINY).markets().get(0).singleSource(), "single sourcing is off by default");
  }

  @Test
  void quotaAndSingleSourceAreWrittenBack() throws Exception {
    Study study = StudyReader.read(write(dir, "s.yaml", SINGLE + QUOTA));
    Path out = dir.resolve("written.yaml");
    StudyWriter.write(study, out);
    Study again = StudyReader.read(out);
    assertEquals(study.scenarios(), again.scenarios());
    String text = java.nio.file.Files.readString(out);
    assertTrue(text.contains("singleSource: true") && text.contains("quotas:"), text);
  }

  @Test
  void quotasAndMarketsFromCsvTables() {
    write(dir, "quotas.csv", """
        id,product,destination,origins,periods,volume,inQuotaRate,outOfQuotaRate,outOfQuotaSpecificDutyPerUnit,source
        vn-trq,shirts,US,VN,2027;2028,0;50;60,0.05,0.4,0.5,"the agreement, annex 2"
        """);
    write(dir, "markets.csv", """
        id,demand.shirts,singleSource
        US,80;90;100,true
        """);
    String text = TINY.replace(TINY.substring(TINY.indexOf("markets:"), TINY.indexOf("freight:")),
        "markets: {csv: markets.csv}\n") + "quotas: {csv: quotas.csv}\n";
    Network n = read("s.yaml", text);
    assertEquals(List.of(EXPECTED), n.quotas());
    assertTrue(n.markets().get(0).singleSource());
    assertEquals(read("inline.yaml", SINGLE + QUOTA), n);
  }

  @Test
  void quotasFromAWorkbookSheet() {
    Books.write(dir.resolve("book.xlsx"), sheets("quotas", List.of(
        row("id", "product", "destination", "origins", "periods", "volume", "inQuotaRate", "outOfQuotaRate",
            "outOfQuotaSpecificDutyPerUnit"),
        row("vn-trq", "shirts", "US", "VN", "2027;2028", "0;50;60", 0.05, 0.4, 0.5)),
        "markets", List.of(row("id", "demand.shirts", "singleSource"), row("US", "80;90;100", true))));
    String text = TINY.replace(TINY.substring(TINY.indexOf("markets:"), TINY.indexOf("freight:")),
        "markets: {xlsx: book.xlsx, sheet: markets}\n") + "quotas: {xlsx: book.xlsx, sheet: quotas}\n";
    assertEquals(read("inline.yaml", SINGLE + QUOTA), read("s.yaml", text));
  }

  @Test
  void scenarioChangesTheVolumeAndTheSourcing() {
    String text = SINGLE + QUOTA + """
        scenarios:
          bigger:
            set:
              "quotas.vn-trq.volume": 80
              "markets.US.singleSource": false
        """;
    Study study = StudyReader.read(write(dir, "s.yaml", text));
    Network bigger = study.scenario("bigger");
    assertEquals(Series.constant(80), bigger.quotas().get(0).volume());
    assertFalse(bigger.markets().get(0).singleSource());
  }

  /** Every field's mistakes, each at its file, line and path, with the value. */
  @Test
  void mistakesInQuotaFieldsAreNamedByLineFieldAndValue() {
    String text = TINY + """
        quotas:
          - id: a
            product: shirt
            destination: USA
            origins: [VN, CN]
            periods: ["2027", "2031"]
            volume: -5
            inQuotaRate: 25
          - id: b
            product: shirts
            destination: US
            volume: [1, 2]
            inQuotaRate: 0.05
            outOfQuotaRate: 0.01
          - id: c
            product: shirts
            destination: US
            inQuotaRate: abc
        """;
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "product: shirt"), "quotas[0].product", "no product has the id 'shirt'",
        "Maybe you meant 'shirts'");
    find(problems, f, lineOf(text, "destination: USA"), "quotas[0].destination", "no country has the id 'USA'");
    find(problems, f, lineOf(text, "origins: [VN, CN]"), "quotas[0].origins[1]", "no country has the id 'CN'");
    find(problems, f, lineOf(text, "\"2031\""), "quotas[0].periods[1]", "no period is labelled '2031'");
    find(problems, f, lineOf(text, "volume: -5"), "quotas[0].volume", "is -5 but must be a finite number >= 0");
    find(problems, f, lineOf(text, "inQuotaRate: 25"), "quotas[0].inQuotaRate", "25", "at most 10",
        "you meant 0.25");
    find(problems, f, lineOf(text, "volume: [1, 2]"), "quotas[1].volume", "has 2 values but the horizon has 3");
    find(problems, f, lineOf(text, "inQuotaRate: abc"), "quotas[2].inQuotaRate", "'abc'");
    find(problems, f, lineOf(text, "id: c"), "quotas[2].volume", "missing", "needs 'volume'");
  }

  @Test
  void outOfQuotaRateBelowTheInQuotaRate() {
    String text = TINY + """
        quotas:
          - id: b
            product: shirts
            destination: US
            volume: 10
            inQuotaRate: 0.05
            outOfQuotaRate: 0.01
        """;
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "outOfQuotaRate: 0.01"), "quotas[0].outOfQuotaRate", "is 0.01",
        "below the inQuotaRate 0.05");
  }

  /** Without its own out-of-quota rate, the tiny study's 20% on VN shirts is below an in-quota 30%. */
  @Test
  void inQuotaRateAboveTheMeasures() {
    String text = TINY + """
        quotas:
          - id: q
            product: shirts
            destination: US
            volume: 10
            inQuotaRate: 0.3
        """;
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "inQuotaRate: 0.3"), "quotas[0].inQuotaRate", "is 0.3",
        "out-of-quota rate 0.2", "from VN into US");
  }

  @Test
  void overlappingQuotas() {
    String text = TINY + """
        quotas:
          - {id: q, product: shirts, destination: US, volume: 10, inQuotaRate: 0}
          - {id: r, product: shirts, destination: US, origins: [VN], periods: ["2028"], volume: 5, inQuotaRate: 0}
        """;
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "id: r"), "quotas[1].origins", "overlaps quota 'q'", "in period 2028");
  }

  @Test
  void singleSourceThatIsNotABoolean() {
    String text = SINGLE.replace("singleSource: true", "singleSource: maybe");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "singleSource: maybe"), "markets[0].singleSource",
        "must be true or false, not 'maybe'");
  }

  @Test
  void badCellsOfTheQuotaAndMarketTables() {
    write(dir, "quotas.csv", """
        id,product,destination,origins,volume,inQuotaRate
        ok,shirts,US,VN,10,0
        bad,shirts,US,VN,-3,0.05
        """);
    write(dir, "markets.csv", """
        id,demand.shirts,singleSource
        US,80;90;100,yes
        """);
    String text = TINY.replace(TINY.substring(TINY.indexOf("markets:"), TINY.indexOf("freight:")),
        "markets: {csv: markets.csv}\n") + "quotas: {csv: quotas.csv}\n";
    List<Problem> problems = problems(write(dir, "s.yaml", text));
    find(problems, dir.resolve("quotas.csv"), 3, "quotas[1].volume", "is -3 but must be a finite number >= 0");
    find(problems, dir.resolve("markets.csv"), 2, "markets[0].singleSource", "must be true or false, not 'yes'");
  }
}
