package dev.footprint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The complete example of {@code docs/study-format.md} reads, solves, and survives a round trip. */
class StudyFormatDocTest {
  static final Path DOC = Path.of("docs/study-format.md");

  @TempDir
  Path dir;

  /** @return the YAML block that follows the "complete example" marker in the doc */
  static String example() throws Exception {
    String doc = Files.readString(DOC);
    int marker = doc.indexOf("<!-- complete example -->");
    assertTrue(marker >= 0, "the doc lost its complete example");
    int start = doc.indexOf("```yaml\n", marker) + "```yaml\n".length();
    return doc.substring(start, doc.indexOf("```", start));
  }

  @Test
  void theCompleteExampleReadsAndEverySectionIsInIt() throws Exception {
    String text = example();
    Study study = StudyReader.read(StudyFiles.write(dir, "example.yaml", text));
    assertEquals(List.of("base", "vn-46", "vn-46-mx-wages", "no-usmca"), List.copyOf(study.scenarios().keySet()));
    for (String key : List.of("money:", "horizon:", "countries:", "products:", "sites:", "markets:", "freight:",
        "tariffs:", "quotas:",
        "productionCredits:", "investmentCredits:", "jobGrants:", "policies:", "solver:", "scenarios:")) {
      assertTrue(text.contains("\n" + key), key);
    }
    assertEquals(0.46, study.scenario("vn-46").tariffs().get(1).adValoremRate(), 0);
    assertEquals(60, study.options().timeLimit().getSeconds());
    assertEquals(dev.footprint.model.Money.USD, study.base().money());
    assertEquals(List.of("widget", "box of 10"), study.base().products().stream().map(p -> p.unit()).toList());
    assertEquals(List.of(false, true), study.base().markets().stream().map(m -> m.singleSource()).toList());
    assertEquals(120, study.base().quotas().get(0).volume().at(1), 0);
  }

  @Test
  void everyScenarioOfTheExampleSolvesAndVerifies() throws Exception {
    Study study = StudyReader.read(StudyFiles.write(dir, "example.yaml", example()));
    FootprintSolver solver = FootprintSolver.create(study.options());
    for (Map.Entry<String, dev.footprint.model.Network> e : study.scenarios().entrySet()) {
      Solution s = solver.solve(e.getValue());
      assertEquals(SolveStatus.OPTIMAL, s.status(), e.getKey());
      assertTrue(s.verification().orElseThrow().passed(), e.getKey());
    }
  }

  /**
   * The example of the origin of goods, added to the complete example, reads: its agreement, rules,
   * drawback and tariffs limited to an origin status are what the doc says.
   */
  @Test
  void theOriginExampleReadsWithTheCompleteExample() throws Exception {
    String doc = Files.readString(DOC);
    int marker = doc.indexOf("<!-- origin example -->");
    assertTrue(marker >= 0, "the doc lost its origin example");
    int start = doc.indexOf("```yaml\n", marker) + "```yaml\n".length();
    var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    var base = (com.fasterxml.jackson.databind.node.ObjectNode) yaml.readTree(example());
    var origin = yaml.readTree(doc.substring(start, doc.indexOf("```", start)));
    origin.fieldNames().forEachRemaining(k -> {
      if (base.has(k)) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) base.get(k)).addAll(
            (com.fasterxml.jackson.databind.node.ArrayNode) origin.get(k));
      } else {
        base.set(k, origin.get(k));
      }
    });
    var network = StudyReader.read(StudyFiles.write(dir, "origin.yaml", yaml.writeValueAsString(base))).base();
    assertEquals(List.of("usmca"), network.agreements().stream().map(g -> g.id()).toList());
    assertEquals(0.6, network.originRules().get(0).minContentShare(), 0);
    assertEquals(0.4, network.transshipmentRules().get(0).penaltyRate(), 0);
    assertEquals(0.99, network.dutyDrawbacks().get(0).share(), 0);
    assertEquals(2, network.tariffs().stream().filter(t -> t.originCondition().isPresent()).count());
  }

  /** Every collection and every field of the format is named in the doc, so none goes undocumented. */
  @Test
  void everyCollectionAndFieldIsInTheDoc() throws Exception {
    String doc = Files.readString(DOC);
    String topLevel = doc.substring(doc.indexOf("## Top level"), doc.indexOf("## money"));
    for (Kind k : Kind.values()) {
      assertTrue(topLevel.contains("`" + k.collection() + "`"), k.collection() + " is not in the Top level table");
      for (String field : k.fields().keySet()) {
        assertTrue(doc.contains("| `" + field + "`") || doc.contains(", `" + field + "`")
            || doc.contains("`" + field + "` |"), k.collection() + "." + field + " is not in a table of the doc");
      }
    }
  }

  @Test
  void theExampleRoundTrips() throws Exception {
    Study study = StudyReader.read(StudyFiles.write(dir, "example.yaml", example()));
    Path out = dir.resolve("written.yaml");
    StudyWriter.write(study, out);
    Study again = StudyReader.read(out);
    assertEquals(study.scenarios(), again.scenarios());
    assertEquals(study.options(), again.options());
    assertEquals(study.name(), again.name());
  }
}
