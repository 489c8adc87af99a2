package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.find;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Objective;
import dev.footprint.model.Series;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profit mode in study files: the horizon's objective, a market's prices and minimum service shares
 * are read (from YAML and from CSV tables), written back the same, and refused with the file, line,
 * study path and value when wrong.
 */
class ProfitStudyTest {
  @TempDir
  Path dir;

  /** The tiny study in profit mode, with a price by period and a minimum service share. */
  private static final String PROFIT = TINY
      .replace("  discountRate: 0.05\n", "  discountRate: 0.05\n  objective: maxProfit\n")
      .replace("      shirts: [80, 90, 100]\n", "      shirts: [80, 90, 100]\n"
          + "    prices:\n      shirts: [20, 21, 22]\n"
          + "    minServiceShare:\n      shirts: 0.5\n");

  private static String with(String from, String to) {
    assertTrue(PROFIT.contains(from), from);
    return PROFIT.replace(from, to);
  }

  @Test
  void everyNewFieldIsReadAndWrittenBackTheSame() throws Exception {
    Study study = StudyReader.read(write(dir, "profit.yaml", PROFIT));
    Network n = study.base();
    assertEquals(Objective.MAX_PROFIT, n.horizon().objective());
    Market us = n.markets().get(0);
    assertEquals(Series.of(20, 21, 22), us.prices().get("shirts"));
    assertEquals(0.5, us.minServiceShareOf("shirts"));

    Path file = dir.resolve("written.yaml");
    StudyWriter.write(new Study("profit", Map.of(Study.BASE, n), study.options(), ""), file);
    String written = Files.readString(file);
    assertTrue(written.contains("objective: max-profit"), written);
    assertEquals(n, StudyReader.read(file).base());
  }

  /** The same market from a CSV table of markets: the columns prices.shirts and minServiceShare.shirts. */
  @Test
  void pricesAndSharesFromAMarketsTable() throws Exception {
    Files.writeString(dir.resolve("markets.csv"), "id,demand.shirts,prices.shirts,minServiceShare.shirts\n"
        + "US,80;90;100,20;21;22,0.5\n");
    String text = PROFIT.substring(0, PROFIT.indexOf("markets:\n")) + "markets: {csv: markets.csv}\n"
        + PROFIT.substring(PROFIT.indexOf("freight:\n"));
    Network fromTable = StudyReader.read(write(dir, "table.yaml", text)).base();
    Network fromYaml = StudyReader.read(write(dir, "profit.yaml", PROFIT)).base();
    assertEquals(fromYaml.markets(), fromTable.markets());
  }

  @Test
  void negativePrice() {
    String text = with("shirts: [20, 21, 22]", "shirts: [20, -21, 22]");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "shirts: [20, -21, 22]"), "markets[0].prices.shirts[1]", "-21",
        "must be a finite number >= 0");
  }

  @Test
  void shareOutsideZeroToOne() {
    String text = with("shirts: 0.5", "shirts: 1.5");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "shirts: 1.5"), "markets[0].minServiceShare.shirts", "1.5", "fraction");
  }

  @Test
  void priceForAProductTheMarketDoesNotDemand() {
    String text = with("      shirts: [20, 21, 22]\n", "      shirts: [20, 21, 22]\n      hats: 3\n");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "hats: 3"), "markets[0].prices.hats", "hats", "the market has no demand for 'hats'");
  }

  @Test
  void profitModeWithoutAPrice() {
    String text = with("    prices:\n      shirts: [20, 21, 22]\n", "");
    Path f = write(dir, "s.yaml", text);
    Problem p = problems(f).stream().filter(x -> x.message().contains("objective is MAX_PROFIT")).findFirst()
        .orElseThrow(() -> new AssertionError(problems(f).toString()));
    assertTrue(p.path().startsWith("markets[0]"), p.toString());
  }

  @Test
  void unknownObjective() {
    String text = with("objective: maxProfit", "objective: maxProfits");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "objective: maxProfits"), "horizon.objective", "maxProfits",
        "max-profit");
  }
}
