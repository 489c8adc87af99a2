package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.find;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Elements are found by key through an index that follows the list's changes, the longest key a
 * scenario path starts with winning (keys may hold dots); a problem found while a scenario is applied
 * names the scenario.
 */
class EntriesTest {
  @TempDir
  Path dir;

  private static Parts.Entry entry(String key) {
    return new Parts.Entry(key, Documents.NODES.objectNode(), new Loc("f", 1, ""), null);
  }

  @Test
  void theLongestKeyAPathStartsWithWinsAndTheIndexFollowsChanges() {
    Entries e = new Entries();
    e.add(entry("a"));
    e.add(entry("a.b"));
    e.add(entry("c"));
    assertEquals(new Entries.Found(1, "a.b"), e.longestKeyOf("a.b.capacity"));
    assertEquals(new Entries.Found(0, "a"), e.longestKeyOf("a.capacity"));
    assertEquals(new Entries.Found(0, "a"), e.longestKeyOf("a"));
    assertEquals(new Entries.Found(2, "c"), e.longestKeyOf("c.x.y"));
    assertNull(e.longestKeyOf("ab.capacity"));
    // a.bc is the field bc of a, not the element a.b.
    assertEquals(new Entries.Found(0, "a"), e.longestKeyOf("a.bc"));
  }

  @Test
  void theIndexFollowsAddsSetsAndRemoves() {
    Entries e = new Entries();
    e.add(entry("x"));
    assertEquals(0, e.indexOf("x"));
    e.add(entry("y"));
    e.add(entry("x"));
    assertEquals(0, e.indexOf("x"), "the first of two with one key");
    assertEquals(1, e.indexOf("y"));
    e.set(1, entry("z"));
    assertEquals(-1, e.indexOf("y"));
    assertEquals(1, e.indexOf("z"));
    e.remove(0);
    assertEquals(0, e.indexOf("z"));
    assertEquals(1, e.indexOf("x"));
    e.clear();
    assertEquals(-1, e.indexOf("x"));
    assertNull(e.longestKeyOf("x.capacity"));
  }

  @Test
  void aScenarioThatSetsAFieldOfEverySiteTakesLinearTime() {
    int n = 20_000;
    StringBuilder sb = new StringBuilder(TINY.substring(0, TINY.indexOf("markets:\n")));
    for (int i = 0; i < n; i++) {
      sb.append("  - {id: s").append(i).append(", country: VN, kind: candidate, capacity: 1}\n");
    }
    sb.append(TINY.substring(TINY.indexOf("markets:\n"))).append("scenarios:\n  big:\n    set:\n");
    for (int i = 0; i < n; i++) {
      sb.append("      sites.s").append(i).append(".capacity: 2\n");
    }
    Path f = write(dir, "big.yaml", sb.toString());
    // It took 79 s for 16,000 sites when each path was looked up by a scan.
    Study s = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> StudyReader.read(f));
    assertEquals(2.0, s.scenario("big").sites().get(n + 1).capacity().at(0));
  }

  @Test
  void aProblemFoundWhileApplyingAScenarioNamesIt() {
    String text = TINY + "scenarios:\n  no-capacity:\n    remove: [sites.US-NC.capacity]\n";
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "id: US-NC"), "sites[0].capacity",
        "in scenario 'no-capacity': missing: every site needs 'capacity'");
  }
}
