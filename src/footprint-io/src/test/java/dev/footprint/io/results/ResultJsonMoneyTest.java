package dev.footprint.io.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.footprint.analysis.Summary;
import dev.footprint.analysis.Sweep;
import dev.footprint.model.Money;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** result.json states the money its figures are in, and the unit of each product. */
class ResultJsonMoneyTest {
  static final RunInfo RUN = new RunInfo("footprint compare s.yaml", "s", "s.yaml", "ab".repeat(32), "dev", "9",
      Instant.EPOCH);

  /** @return the document as it is read back from its text */
  private static JsonNode parsed(JsonNode doc) throws Exception {
    return new ObjectMapper().readTree(ResultJson.text(doc));
  }

  @Test
  void scenarioDocumentsStateTheMoneyAndTheProductUnits() throws Exception {
    Map<String, Solution> solutions = new LinkedHashMap<>();
    solutions.put("base", FootprintSolver.create().solve(ResultTablesTest.network(1)));
    JsonNode doc = parsed(ResultJson.scenarios(RUN, "compare", solutions, "base"));
    JsonNode money = doc.get("money");
    assertEquals("USD", money.get("currency").asText());
    assertEquals(1e6, money.get("unit").asDouble(), 0);
    assertEquals("USD millions", money.get("label").asText());
    JsonNode base = doc.get("scenarios").get(0);
    assertEquals(money, base.get("money"));
    assertEquals("GWh", base.get("productUnits").get("cells").asText());
    assertEquals("1,000 vehicles", base.get("productUnits").get("cars").asText());
    assertEquals(440, base.get("costs").get("total").asDouble(), 1e-6);

    // Scenarios in different money: each states its own, the document none.
    solutions.put("euros", FootprintSolver.create().solve(ResultTablesTest.network(1).toBuilder()
        .money(Money.of("EUR", 1)).build()));
    JsonNode mixed = parsed(ResultJson.scenarios(RUN, "compare", solutions, "base"));
    assertTrue(mixed.get("money").isNull());
    assertEquals("EUR", mixed.get("scenarios").get(1).get("money").get("label").asText());
  }

  @Test
  void analysisDocumentsStateTheMoneyOfTheNetwork() throws Exception {
    Summary s = Summary.of(FootprintSolver.create().solve(ResultTablesTest.network(1)));
    Sweep sweep = new Sweep("x", List.of(new Sweep.Point(1, s, true)), 1);
    JsonNode doc = parsed(ResultJson.sweep(RUN, sweep, ResultTablesTest.network(1), Map.of()));
    assertEquals("USD millions", doc.get("money").get("label").asText());
    @SuppressWarnings("deprecation")
    JsonNode unknown = parsed(ResultJson.sweep(RUN, sweep, Map.of()));
    assertTrue(unknown.has("money") && unknown.get("money").isNull(), "the money is stated as unknown");
  }
}
