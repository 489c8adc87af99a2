package dev.footprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.analysis.Comparison;
import dev.footprint.io.Study;
import dev.footprint.solve.Solution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The text reports: full scenario names in the comparison, money in the study's unit, rounded numbers. */
class TextReportTest {
  /** A number with four or more decimals (not a version such as 9.15.6755). */
  static final Pattern LONG_DECIMAL = Pattern.compile("(?<![\\d.])\\d+\\.\\d{4,}(?![\\d.])");

  /**
   * The header lines of the comparison, read column by column: each column's lines joined give the
   * scenario's full name, and no two columns read the same.
   */
  @Test
  void comparisonHeadsEveryColumnWithTheWholeName() {
    Map<String, Solution> solutions = HtmlReportTest.solve(SampleStudies.longNames());
    String text = TextReport.comparison(new Comparison(Study.BASE, solutions));
    List<String> lines = text.lines().toList();
    int headerLines = 0;
    while (!lines.get(headerLines).startsWith("status")) {
      headerLines++;
    }
    // Column ends: where the status row's cells end.
    String status = lines.get(headerLines);
    List<Integer> ends = new ArrayList<>();
    var m = Pattern.compile("\\S+").matcher(status);
    m.find();
    while (m.find()) {
      ends.add(m.end());
    }
    List<String> names = new ArrayList<>(solutions.keySet());
    assertEquals(names.size(), ends.size());
    for (int c = 0; c < names.size(); c++) {
      int start = c == 0 ? 0 : ends.get(c - 1);
      StringBuilder name = new StringBuilder();
      for (int l = 0; l < headerLines; l++) {
        String line = lines.get(l);
        name.append(line.substring(Math.min(start, line.length()), Math.min(ends.get(c), line.length())).trim());
      }
      assertEquals(names.get(c), name.toString(), "column " + c + " is headed by the whole name:\n" + text);
    }
    assertTrue(SampleStudies.HIGH_2027.substring(0, 17).equals(SampleStudies.HIGH_2028.substring(0, 17)),
        "the sample's names share their first 17 characters");
    assertTrue(text.contains("made: cells (GWh)"), text);
    assertTrue(text.contains("tariffs MX->US"), text);
    assertTrue(text.contains("site Hyundai-Motor-Group-Metaplant-Georgia"), "a site that differs is listed");
    assertFalse(text.contains("Candidate-Greenfield"), "sites that never differ are not");
    assertFalse(LONG_DECIMAL.matcher(text).find(), text);
  }

  @Test
  void wrappedNamesLoseNothing() {
    for (String name : List.of("tariffs-high-with-pledge-2027", "a b c", "x".repeat(60), "short")) {
      List<String> lines = TextReport.wrap(name, 12);
      assertEquals(name.replace(" ", ""), String.join("", lines).replace(" ", ""));
      lines.forEach(l -> assertTrue(l.length() <= 12, l));
    }
  }

  @Test
  void scenarioTextIsInTheStudysMoneyAndEachProductsUnit() {
    Study m = SampleStudies.millions();
    Solution s = HtmlReportTest.solve(m).get(Study.BASE);
    String text = TextReport.scenario(Study.BASE, s);
    assertTrue(text.contains(" USD millions (present value)"), text);
    assertTrue(text.contains("cost by kind (USD millions, present value)"), text);
    assertTrue(Pattern.compile("made: cells: \\S+ \\d+(\\.\\d)?% \\([\\d.,]+ ?k? GWh\\)").matcher(text).find(), text);
    assertFalse(LONG_DECIMAL.matcher(text).find(), text);
  }
}
