package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.find;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.CapacityStep;
import dev.footprint.model.Network;
import dev.footprint.model.Series;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Capacity steps and closable candidates in study files: a {@code capacitySteps} collection (inline
 * or a CSV table) and a site's {@code closable} flag are read, written back the same, and refused with
 * the file, line, study path and value when wrong.
 */
class CapacityStepStudyTest {
  @TempDir
  Path dir;

  private static final String STEPS = TINY
      .replace("    openingPeriod: \"2027\"\n", "    openingPeriod: \"2027\"\n    closable: true\n")
      + """
      capacitySteps:
        - id: nc-line2
          site: US-NC
          capacityIncrement: 50
          capex: 400
        - id: hcm-module
          site: VN-HCM
          capacityIncrement: [0, 100, 100]
          capex: 300
          earliestPeriod: "2027"
          maxCount: 2
          assetLife: 10
      """;

  private static final List<CapacityStep> EXPECTED = List.of(
      CapacityStep.of("nc-line2", "US-NC", 50, 400, 0),
      new CapacityStep("hcm-module", "VN-HCM", Series.of(0, 100, 100), 300, 1, 2, 10));

  private static String with(String from, String to) {
    assertTrue(STEPS.contains(from), from);
    return STEPS.replace(from, to);
  }

  @Test
  void stepsAndTheClosableFlagAreReadAndWrittenBackTheSame() throws Exception {
    Study study = StudyReader.read(write(dir, "steps.yaml", STEPS));
    Network n = study.base();
    assertEquals(EXPECTED, n.capacitySteps());
    assertTrue(n.sites().get(1).closable());
    assertFalse(n.sites().get(0).closable());

    Path file = dir.resolve("written.yaml");
    StudyWriter.write(new Study("steps", Map.of(Study.BASE, n), study.options(), ""), file);
    assertEquals(n, StudyReader.read(file).base());
    String text = java.nio.file.Files.readString(file);
    assertTrue(text.contains("closable: true") && text.contains("capacitySteps:"), text);
  }

  @Test
  void stepsFromACsvTable() {
    write(dir, "steps.csv", """
        id,site,capacityIncrement,capex,earliestPeriod,maxCount,assetLife
        nc-line2,US-NC,50,400,,,
        hcm-module,VN-HCM,0;100;100,300,2027,2,10
        """);
    String text = STEPS.substring(0, STEPS.indexOf("capacitySteps:")) + "capacitySteps: {csv: steps.csv}\n";
    Network n = StudyReader.read(write(dir, "s.yaml", text)).base();
    assertEquals(EXPECTED, n.capacitySteps());
  }

  @Test
  void badCellsOfTheStepTable() {
    write(dir, "steps.csv", """
        id,site,capacityIncrement,capex,earliestPeriod
        ok,US-NC,50,400,2026
        neg,US-NC,-5,400,2026
        late,US-NC,5,400,2031
        """);
    String text = STEPS.substring(0, STEPS.indexOf("capacitySteps:")) + "capacitySteps: {csv: steps.csv}\n";
    List<Problem> problems = problems(write(dir, "s.yaml", text));
    find(problems, dir.resolve("steps.csv"), 3, "capacitySteps[1].capacityIncrement", "-5");
    find(problems, dir.resolve("steps.csv"), 4, "capacitySteps[2].earliestPeriod", "no period is labelled '2031'");
  }

  @Test
  void negativeIncrement() {
    String text = with("capacityIncrement: 50", "capacityIncrement: -50");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "capacityIncrement: -50"), "capacitySteps[0].capacityIncrement", "-50");
  }

  @Test
  void earliestPeriodOutsideTheHorizon() {
    String text = with("earliestPeriod: \"2027\"", "earliestPeriod: \"2030\"");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "earliestPeriod: \"2030\""), "capacitySteps[1].earliestPeriod",
        "no period is labelled '2030'");
  }

  @Test
  void stepOfAnUnknownSite() {
    String text = with("site: US-NC\n    capacityIncrement", "site: US-TX\n    capacityIncrement");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "site: US-TX"), "capacitySteps[0].site", "US-TX");
  }

  @Test
  void maxCountBelowOneAndNegativeCapex() {
    String text = with("maxCount: 2", "maxCount: 0").replace("capex: 400", "capex: -400");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "maxCount: 0"), "capacitySteps[1].maxCount", "must be at least 1");
    find(problems, f, lineOf(text, "capex: -400"), "capacitySteps[0].capex", "-400");
  }

  @Test
  void closableOnAnExistingSiteOrNotABoolean() {
    String text = with("    closingCost: 500\n", "    closingCost: 500\n    closable: true\n");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "closingCost: 500") + 1, "sites[0].closable", "only a candidate site");
    String maybe = with("closable: true", "closable: maybe");
    Path g = write(dir, "t.yaml", maybe);
    find(problems(g), g, lineOf(maybe, "closable: maybe"), "sites[1].closable", "must be true or false, not 'maybe'");
  }

  /**
   * The results say which steps are in place when: the steps table and result.json. The tiny study
   * with a free line at US-NC (capex 0, +50 from period 0): whatever the solver chooses, the table
   * has one row per step and period, and its capacity added is the modules in place times 50.
   */
  @Test
  void resultsShowTheStepsInPlace() throws Exception {
    String text = STEPS.replace("capex: 400", "capex: 0");
    Network n = StudyReader.read(write(dir, "r.yaml", text)).base();
    var solution = dev.footprint.solve.FootprintSolver.create().solve(n);
    var table = dev.footprint.io.results.ResultTables.steps(Map.of("base", solution));
    assertEquals(List.of("scenario", "step", "site", "country", "first_in_place", "period", "in_place",
        "capacity_added"), table.columns());
    assertEquals(6, table.rows().size());
    for (List<Object> row : table.rows()) {
      double inPlace = ((Number) row.get(6)).doubleValue();
      double increment = row.get(1).equals("nc-line2") ? 50 : row.get(5).equals("2026") ? 0 : 100;
      assertEquals(inPlace * increment, ((Number) row.get(7)).doubleValue(), 1e-9);
    }
    assertTrue(dev.footprint.io.results.ResultTables.anySteps(Map.of("base", solution)));
  }
}
