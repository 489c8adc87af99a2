package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.find;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.HiringLimit;
import dev.footprint.model.Network;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The labor structure in study files: a site's ramp-up and severance on variable jobs, and a
 * hiringLimits collection, read inline and from CSV tables, written back the same, and refused with
 * the file, line, study path and value when wrong.
 */
class LaborStudyTest {
  @TempDir
  Path dir;

  /** The tiny study with every new field given. */
  private static final String LABOR = TINY
      .replace("    closingCost: 500\n", "    closingCost: 500\n    severancePerJob: 250\n    variableSeverance: true\n")
      .replace("    openingPeriod: \"2027\"\n", "    openingPeriod: \"2027\"\n    rampUp: [0.5, 0.8]\n")
      + """
      hiringLimits:
        - id: us-labor
          country: US
          maxHires: [5, 10, 20]
          startingJobs: 40
        - id: vn-labor
          country: VN
          maxHires: 100
      """;

  private static final List<HiringLimit> EXPECTED = List.of(
      new HiringLimit("us-labor", "US", Series.of(5, 10, 20)).withStartingJobs(40),
      new HiringLimit("vn-labor", "VN", Series.constant(100)));

  private static String with(String from, String to) {
    assertTrue(LABOR.contains(from), from);
    return LABOR.replace(from, to);
  }

  @Test
  void everyNewFieldIsReadAndWrittenBackTheSame() throws Exception {
    Study study = StudyReader.read(write(dir, "labor.yaml", LABOR));
    Network n = study.base();
    Site us = n.sites().get(0);
    assertTrue(us.variableSeverance());
    assertEquals(250, us.severancePerJob(), 0);
    assertEquals(List.of(), us.rampUp());
    Site vn = n.sites().get(1);
    assertEquals(List.of(0.5, 0.8), vn.rampUp());
    assertFalse(vn.variableSeverance());
    assertEquals(EXPECTED, n.hiringLimits());
    assertEquals(OptionalDouble.empty(), n.hiringLimits().get(1).startingJobs());

    Path file = dir.resolve("written.yaml");
    StudyWriter.write(new Study("labor", Map.of(Study.BASE, n), study.options(), ""), file);
    assertEquals(n, StudyReader.read(file).base());
    // A ramp-up of one period is written as a list, and read back the same.
    Network single = n.toBuilder().replaceSite(vn.withRampUp(0.25)).build();
    StudyWriter.write(new Study("labor", Map.of(Study.BASE, single), study.options(), ""), file);
    assertEquals(single, StudyReader.read(file).base());
  }

  @Test
  void oneRampUpShareNeedsNoList() {
    Network n = StudyReader.read(write(dir, "s.yaml", with("rampUp: [0.5, 0.8]", "rampUp: 0.5"))).base();
    assertEquals(List.of(0.5), n.sites().get(1).rampUp());
  }

  @Test
  void sitesAndHiringLimitsFromCsvTables() {
    write(dir, "sites.csv", """
        id,country,kind,capacity,closingCost,severancePerJob,variableSeverance,openingCapex,openingPeriod,rampUp
        US-NC,US,existing,100,500,250,true,,,
        VN-HCM,VN,candidate,200,,,,1000,2027,0.5;0.8
        """);
    write(dir, "hiring.csv", """
        id,country,maxHires,startingJobs,source
        us-labor,US,5;10;20,40,"the state's labor board"
        vn-labor,VN,100,,
        """);
    String text = LABOR.substring(0, LABOR.indexOf("sites:")) + "sites: {csv: sites.csv}\n"
        + LABOR.substring(LABOR.indexOf("markets:"), LABOR.indexOf("hiringLimits:")) + "hiringLimits: {csv: hiring.csv}\n";
    Network fromTables = StudyReader.read(write(dir, "s.yaml", text)).base();
    assertEquals(StudyReader.read(write(dir, "inline.yaml", LABOR)).base(), fromTables);
  }

  @Test
  void aRampUpShareAboveOne() {
    String text = with("rampUp: [0.5, 0.8]", "rampUp: [0.5, 1.8]");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "rampUp: [0.5, 1.8]"), "sites[1].rampUp[1]", "1.8",
        "must be a fraction in [0, 1]");
  }

  @Test
  void variableSeveranceNotABoolean() {
    String text = with("variableSeverance: true", "variableSeverance: often");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "variableSeverance: often"), "sites[0].variableSeverance",
        "must be true or false, not 'often'");
  }

  @Test
  void badHiringLimits() {
    String text = with("maxHires: [5, 10, 20]", "maxHires: [5, -10, 20]")
        .replace("startingJobs: 40", "startingJobs: -4").replace("country: VN\n    maxHires", "country: LA\n    maxHires");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "maxHires: [5, -10, 20]"), "hiringLimits[0].maxHires[1]", "-10",
        "must be a finite number >= 0");
    find(problems, f, lineOf(text, "startingJobs: -4"), "hiringLimits[0].startingJobs", "-4",
        "must be a finite number >= 0");
    find(problems, f, lineOf(text, "country: LA"), "hiringLimits[1].country", "LA");
  }

  @Test
  void maxHiresOfTheWrongLengthAndAMissingCountry() {
    String text = with("maxHires: [5, 10, 20]", "maxHires: [5, 10]").replace("    country: VN\n    maxHires: 100",
        "    maxHires: 100");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "maxHires: [5, 10]"), "hiringLimits[0].maxHires", "has 2 values");
    find(problems, f, lineOf(text, "id: vn-labor"), "hiringLimits[1].country");
  }

  @Test
  void badCellsOfTheHiringTable() {
    write(dir, "hiring.csv", """
        id,country,maxHires
        ok,US,10
        bad,US,-3
        """);
    String text = TINY + "hiringLimits: {csv: hiring.csv}\n";
    List<Problem> problems = problems(write(dir, "s.yaml", text));
    find(problems, dir.resolve("hiring.csv"), 3, "hiringLimits[1].maxHires", "-3", "must be a finite number >= 0");
  }
}
