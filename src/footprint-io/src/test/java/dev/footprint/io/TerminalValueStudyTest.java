package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.find;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Network;
import dev.footprint.model.TerminalValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The horizon's terminal value in study files ({@code horizon.terminalValue}: none, perpetuity, or a
 * number of periods after the horizon): read, written back the same, and refused with the file, line,
 * study path and value when wrong.
 */
class TerminalValueStudyTest {
  @TempDir
  Path dir;

  private static String with(String terminal) {
    String from = "  discountRate: 0.05\n";
    assertTrue(TINY.contains(from));
    return TINY.replace(from, from + "  terminalValue: " + terminal + "\n");
  }

  private Network roundTrip(String text) throws Exception {
    Study study = StudyReader.read(write(dir, "s.yaml", text));
    Network n = study.base();
    Path file = dir.resolve("written.yaml");
    StudyWriter.write(new Study("s", Map.of(Study.BASE, n), study.options(), ""), file);
    assertEquals(n, StudyReader.read(file).base());
    String written = Files.readString(file);
    assertEquals(!n.horizon().terminalValue().isNone(), written.contains("terminalValue"), written);
    return n;
  }

  @Test
  void noneAPerpetuityAndANumberOfPeriodsAreReadAndWrittenBackTheSame() throws Exception {
    assertEquals(TerminalValue.NONE, roundTrip(TINY).horizon().terminalValue());
    assertEquals(TerminalValue.NONE, roundTrip(with("none")).horizon().terminalValue());
    assertEquals(TerminalValue.PERPETUITY, roundTrip(with("perpetuity")).horizon().terminalValue());
    assertEquals(TerminalValue.PERPETUITY, roundTrip(with("Perpetuity")).horizon().terminalValue());
    assertEquals(TerminalValue.periods(10), roundTrip(with("10")).horizon().terminalValue());
    assertEquals(TerminalValue.periods(7), roundTrip(with("\"7\"")).horizon().terminalValue());
  }

  @Test
  void aWordThatIsNotATerminalValue() {
    String text = with("perpetual");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "terminalValue: perpetual"), "horizon.terminalValue",
        "must be 'none', 'perpetuity' or a whole number", "'perpetual'", "Maybe you meant 'perpetuity'");
  }

  @Test
  void aNegativeZeroOrFractionalNumberOfPeriods() {
    for (String bad : List.of("-3", "0", "2.5", "1001")) {
      String text = with(bad);
      Path f = write(dir, "s.yaml", text);
      Problem p = find(problems(f), f, lineOf(text, "terminalValue: " + bad), "horizon.terminalValue", bad);
      assertTrue(p.message().contains("whole number"), p.message());
    }
    String text = with("0");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "terminalValue: 0"), "horizon.terminalValue", "Maybe use 'none'");
  }

  @Test
  void aPerpetuityAtARateOfZero() {
    String text = with("perpetuity").replace("discountRate: 0.05", "discountRate: 0");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "terminalValue: perpetuity"), "horizon.terminalValue",
        "needs a positive horizon.discountRate");
  }

  @Test
  void aTerminalValueWithTheResidualAccounting() {
    String text = with("12").replace("  discountRate: 0.05\n", "  discountRate: 0.05\n  capexAccounting: residual\n");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "terminalValue: 12"), "horizon.terminalValue", "12",
        "horizon.capexAccounting = RESIDUAL");
    assertFalse(problems.isEmpty());
  }
}
