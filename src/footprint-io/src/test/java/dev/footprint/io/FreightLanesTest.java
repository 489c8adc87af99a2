package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.find;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two freight rates for one lane and scope are refused at the second, naming the file and line of the first. */
class FreightLanesTest {
  @TempDir
  Path dir;

  private static final String LANE = "freight:\n  - origin: VN\n    destination: US\n    costPerUnit: 0.25";

  @Test
  void aSecondRateForTheSameLaneNamesTheFirst() {
    String text = TINY.replace(LANE, "freight:\n  - {origin: VN, destination: US, costPerUnit: 0.25}\n"
        + "  - {origin: VN, destination: US, product: shirts, costPerUnit: 0.2}\n"
        + "  - {origin: VN, destination: US, costPerUnit: 0.3}");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    int first = lineOf(text, "costPerUnit: 0.25");
    find(problems, f, lineOf(text, "costPerUnit: 0.3"), "freight[2]", "duplicate freight rate: freight[0] gives the"
        + " same lane, VN->US, at " + f + ":" + first, "only one could apply", "Maybe remove one of them");
    // The rate for shirts alone has another scope: it is not a duplicate.
    assertEquals(1, problems.size(), problems.toString());
  }

  @Test
  void inATableTheLinesAreTheTablesAndTheStudysWhereBothStand() {
    write(dir, "freight.csv", "origin,destination,product,costPerUnit\nVN,US,shirts,0.25\n# comment\nVN,US,shirts,0.3\n");
    String text = TINY.replace(LANE, "freight: {csv: freight.csv}");
    Path f = write(dir, "s.yaml", text);
    Path csv = dir.resolve("freight.csv");
    find(problems(f), csv, 4, "freight[1]", "freight[0] gives the same lane, VN->US [shirts], at " + csv + ":2");
    String added = TINY + "scenarios:\n  twice:\n    add:\n      freight:\n"
        + "        - {origin: VN, destination: US, costPerUnit: 0.5}\n";
    Path g = write(dir, "g.yaml", added);
    find(problems(g), g, lineOf(added, "costPerUnit: 0.5"), "scenarios.twice.add.freight[0]",
        "duplicate freight rate: freight[0] gives the same lane, VN->US, at " + g + ":" + lineOf(added, "- origin: VN"));
  }
}
