package dev.footprint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The "Limits" table of docs/study-format.md states the constants of {@link StudyLimits}. */
class LimitsDocTest {
  @Test
  void theLimitsTableStatesTheConstants() throws Exception {
    String doc = Files.readString(StudyFormatDocTest.DOC);
    int marker = doc.indexOf("<!-- limits -->");
    assertTrue(marker >= 0, "the doc lost its limits table");
    Map<String, String> stated = new LinkedHashMap<>();
    for (String line : doc.substring(marker).lines().skip(3).toList()) {
      if (!line.startsWith("|")) {
        break;
      }
      String[] cells = line.split("\\|");
      stated.put(cells[1].strip(), cells[2].strip());
    }
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("study file size", InputFiles.mib(StudyLimits.MAX_STUDY_BYTES));
    expected.put("table file size (a CSV file or a workbook)", InputFiles.mib(StudyLimits.MAX_TABLE_BYTES));
    expected.put("a workbook unzipped, all its parts", InputFiles.mib(StudyLimits.MAX_WORKBOOK_UNZIPPED_BYTES));
    expected.put("rows of one table (a CSV file or a sheet)", String.format(Locale.ROOT, "%,d",
        StudyLimits.MAX_TABLE_ROWS));
    expected.put("columns of one table", String.format(Locale.ROOT, "%,d", StudyLimits.MAX_TABLE_COLUMNS));
    expected.put("horizon periods (`periods`, or the number of `labels`)", Integer.toString(StudyLimits.MAX_PERIODS));
    expected.put("scenarios", Integer.toString(StudyLimits.MAX_SCENARIOS));
    expected.put("nesting of mappings and lists", StudyLimits.MAX_DEPTH + " levels");
    expected.put("magnitude of any number", "1e" + Math.round(Math.log10(StudyLimits.MAX_MAGNITUDE)));
    expected.put("problems listed", Integer.toString(StudyLimits.MAX_PROBLEMS));
    assertEquals(expected, stated);
    assertEquals(1e15, StudyLimits.MAX_MAGNITUDE);
    assertEquals(16L << 20, StudyLimits.MAX_STUDY_BYTES);
  }
}
