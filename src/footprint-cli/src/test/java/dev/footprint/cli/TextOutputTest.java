package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.analysis.BreakEven;
import dev.footprint.analysis.Parameters;
import dev.footprint.io.Study;
import dev.footprint.report.SampleStudies;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text the commands print for people: figures rounded the way people read them (money grouped,
 * shares and rates as percentages, parameter values without binary noise), each one checked against
 * the exact figure of the same run's JSON or of a direct solve.
 */
class TextOutputTest {
  /** Binary noise or raw doubles: six or more decimals, such as 0.19374999999999998 or 0.0250000. */
  static final Pattern RAW = Pattern.compile("\\d\\.\\d{6,}");

  @TempDir
  static Path dir;
  static Path tariff;
  static Study study;

  @BeforeAll
  static void writeStudy() throws Exception {
    study = SampleStudies.tariffStudy();
    tariff = SampleStudies.write(study, Files.createDirectory(dir.resolve("tariff")));
  }

  static void assertNoRawNumbers(Cli.Result r) {
    Matcher m = RAW.matcher(r.out());
    assertFalse(m.find(), () -> "a raw number '" + m.group() + "' in:\n" + r.out());
  }

  static double number(String text) {
    return Double.parseDouble(text.replace(",", "").replace("%", ""));
  }

  /** Tariff rates as percentages with the grid's decimals; costs whole, grouped. */
  @Test
  void sweepShowsRatesAsPercentagesAndCostsGrouped() {
    Cli.Result r = Cli.run("sweep", tariff.toString(), "--parameter", "tariff:us-vn", "--from", "0", "--to", "0.8",
        "--points", "5");
    assertEquals(ExitCode.OK, r.code(), r.toString());
    assertNoRawNumbers(r);
    List<String> lines = r.out().lines().toList();
    assertTrue(lines.get(0).matches("tariff\\[us-vn]\\.rate +status +solved +cost \\(USD\\) +sites opened"), lines.get(0));
    String[] values = {"0.0%", "20.0%", "40.0%", "60.0%", "80.0%"};
    FootprintSolver solver = FootprintSolver.create();
    for (int i = 0; i < values.length; i++) {
      String[] cells = lines.get(i + 1).strip().split("  +");
      assertEquals(values[i], cells[0], lines.get(i + 1));
      double cost = solver.solve(Parameters.tariffRate("us-vn").at(study.base(), 0.2 * i)).objective();
      assertEquals(String.format(Locale.ROOT, "%,.0f", cost), cells[3], "cost at " + values[i]);
    }
    assertTrue(lines.get(lines.size() - 1).startsWith("(5 solves for 5 points"), r.out());
  }

  /** The README's break-even: 16.8% between 16.64% and 16.91% (bisection of 0.15 to 0.5 in 7 halvings). */
  @Test
  void breakEvenSummaryReadsAsPercentages() {
    // The summary reads only the interval; any solved pair of solutions stands in for the proof pair.
    Solution any = FootprintSolver.create().solve(study.base());
    BreakEven be = new BreakEven("tariff[s232].rate", "cars made in US (share >= 0.2)", 0.16640625, 0.169140625, false,
        any, any, 9);
    assertEquals("'cars made in US (share >= 0.2)' starts when tariff[s232].rate crosses 16.78% (between 16.64% and "
        + "16.91%, 9 solves)", BreakEvenCommand.summary(be));
    BreakEven credit = new BreakEven("credit[45X]", "US-GA opens", 23.4375, 23.447265625, false, any, any, 14);
    assertEquals("'US-GA opens' starts when credit[45X] crosses 23.4424 (between 23.4375 and 23.4473, 14 solves)",
        BreakEvenCommand.summary(credit));
    assertEquals(9, BreakEvenCommand.solves(0.5 - 0.15, 0.005), "2 ends + 7 halvings: 0.35 / 2^7 = 0.0027");
    assertEquals(2, BreakEvenCommand.solves(1, 2), "the ends only");
  }

  /** The values printed for the proof pair are the JSON's, to the decimals the interval needs. */
  @Test
  void breakEvenPrintsTheIntervalOfItsJson() {
    String[] args = {"breakeven", tariff.toString(), "--parameter", "credit:45X", "--decision", "opens:US-GA", "--from",
        "0", "--to", "40", "--tolerance", "0.01"};
    Cli.Result r = Cli.run(args);
    assertEquals(ExitCode.OK, r.code(), r.toString());
    assertNoRawNumbers(r);
    JsonNode doc = Cli.run(AnalysisCommandsTest.concat(args, "--json")).json();
    double low = doc.get("low").asDouble();
    double high = doc.get("high").asDouble();
    Matcher m = Pattern.compile("crosses (\\S+) \\(between (\\S+) and (\\S+), (\\d+) solves\\)").matcher(r.out());
    assertTrue(m.find(), r.out());
    double shownLow = number(m.group(2));
    double shownHigh = number(m.group(3));
    assertTrue(Math.abs(shownLow - low) < (high - low) / 2, "low " + low + " shown as " + m.group(2));
    assertTrue(Math.abs(shownHigh - high) < (high - low) / 2, "high " + high + " shown as " + m.group(3));
    assertTrue(shownLow < number(m.group(1)) && number(m.group(1)) < shownHigh, "the estimate lies between: " + m.group());
    assertEquals(doc.get("solves").asInt(), Integer.parseInt(m.group(4)));
    assertTrue(r.out().contains("below (credit[45X] = " + m.group(2) + "):"), r.out());
    assertTrue(r.out().contains("above (credit[45X] = " + m.group(3) + "):"), r.out());
  }

  @Test
  void sensitivityPricesMatchTheJsonToFourDigits() {
    Cli.Result r = Cli.run("sensitivity", tariff.toString());
    assertEquals(ExitCode.OK, r.code(), r.toString());
    assertNoRawNumbers(r);
    JsonNode doc = Cli.run("sensitivity", tariff.toString(), "--json").json();
    assertTrue(r.out().startsWith("scenario base: cost " + String.format(Locale.ROOT, "%,.0f",
        doc.get("objective").asDouble()) + " USD (present value)\n"), r.out());
    int checked = 0;
    for (String section : List.of("capacity", "demand", "lanes")) {
      for (JsonNode price : doc.get(section)) {
        String key = price.get("key").asText().replace(",", ", ");
        Matcher m = Pattern.compile("(?m)^  " + Pattern.quote(key) + " +(\\S+)$").matcher(r.out());
        if (m.find()) {
          double v = price.get("value").asDouble();
          assertEquals(v, number(m.group(1)), 5e-4 * Math.max(Math.abs(v), 1e-3), key);
          checked++;
        }
      }
    }
    assertTrue(checked >= 5, "rows found and checked: " + checked + "\n" + r.out());
  }

  @Test
  void frontierShowsJobsWholeAndCostsGrouped() {
    String[] args = {"frontier", tariff.toString(), "--jobs", "KR", "--points", "3"};
    Cli.Result r = Cli.run(args);
    assertEquals(ExitCode.OK, r.code(), r.toString());
    assertNoRawNumbers(r);
    JsonNode points = Cli.run(AnalysisCommandsTest.concat(args, "--json")).json().get("points");
    List<String> lines = r.out().lines().toList();
    double first = points.get(0).get("cost").asDouble();
    for (int i = 0; i < points.size(); i++) {
      String[] cells = lines.get(i + 1).strip().split("  +");
      JsonNode p = points.get(i);
      assertEquals(String.format(Locale.ROOT, "%,.0f", p.get("floor").asDouble()), cells[0]);
      assertEquals(String.format(Locale.ROOT, "%,.0f", p.get("cost").asDouble()), cells[1]);
      assertEquals(p.get("cost").asDouble() - first, number(cells[2]), 0.5, "extra cost");
      assertEquals(String.format(Locale.ROOT, "%,.0f", p.get("achieved").asDouble()), cells[3]);
      assertEquals(p.get("nonDominated").asBoolean() ? "yes" : "no", cells[4]);
    }
  }

  @Test
  void monteCarloAndRobustShowMoneyGroupedAndSharesWithOneDecimal() {
    String[] mc = {"montecarlo", tariff.toString(), "--samples", "8", "--seed", "3", "--threads", "1", "--uncertain",
        "tariff:us-vn=uniform(0,0.8)"};
    Cli.Result r = Cli.run(mc);
    assertEquals(ExitCode.OK, r.code(), r.toString());
    assertNoRawNumbers(r);
    JsonNode cost = Cli.run(AnalysisCommandsTest.concat(mc, "--json")).json().get("cost");
    Matcher m = Pattern.compile("mean (\\S+), P5 (\\S+), P50 (\\S+), P95 (\\S+)\n").matcher(r.out());
    assertTrue(m.find(), r.out());
    assertEquals(String.format(Locale.ROOT, "%,.0f", cost.get("mean").asDouble()), m.group(1));
    assertEquals(String.format(Locale.ROOT, "%,.0f", cost.get("p95").asDouble()), m.group(4));
    assertTrue(r.out().matches("(?s).*\n  US-GA +\\d{1,3}\\.\\d%\n.*"), "US-GA's share of samples:\n" + r.out());

    String[] robust = {"robust", tariff.toString(), "--regimes", "base=0.4,no-credit=0.4,no-deal=0.2"};
    Cli.Result rr = Cli.run(robust);
    assertEquals(ExitCode.OK, rr.code(), rr.toString());
    assertNoRawNumbers(rr);
    JsonNode doc = Cli.run(AnalysisCommandsTest.concat(robust, "--json")).json();
    assertTrue(rr.out().startsWith("robust footprint: OPTIMAL; expected cost " + String.format(Locale.ROOT, "%,.0f",
        doc.get("expectedCost").asDouble()) + ", CVaR "), rr.out());
    assertTrue(rr.out().matches("(?s).*\n  no-deal +20\\.0% +[\\d,]+ +[\\d,]+\n.*"), rr.out());
  }

  @Test
  void validateAndExportCountWithSeparators(@TempDir Path d) throws Exception {
    Cli.Result v = Cli.run("validate", tariff.toString());
    assertEquals(tariff + ": valid. Study 'tariff test': 4 scenarios (base, no-deal, no-credit, pledge); base has 3 "
        + "countries, 2 products, 3 sites, 2 markets, 2 periods; money in USD.\n", v.out());
    Path mps = d.resolve("m.mps");
    Cli.Result e = Cli.run("export", tariff.toString(), "--format", "mps", "--out", mps.toString());
    assertEquals("wrote " + mps + " (MPS, " + String.format(Locale.ROOT, "%,d", Files.size(mps)) + " bytes)\n", e.out());
    assertTrue(Files.size(mps) >= 1000, "a size with a separator");
  }
}
