package dev.footprint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.io.Study;
import dev.footprint.io.results.ResultJson;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Objective;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Results of a study in profit mode say "profit". The network: one product of unit cost 60 made at
 * a US plant; the US market buys 10 at 90, Canada 20 at 62, with freight 5 (landed 65, above its
 * price, so it is dropped). Profit 10 * (90 - 60) = 300, revenue 900, cost 600.
 */
class ProfitReportTest {

  private static Network network(Objective objective) {
    return Network.builder().horizon(Horizon.single().withObjective(objective))
        .country(Country.of("US", 0), Country.of("CA", 0))
        .product(Product.of("widget", "goods", 0, 60))
        .site(Site.existing("plant", "US", 100))
        .market(Market.of("US-M", "US").withDemand("widget", 10).withPrice("widget", 90),
            Market.of("CA-M", "CA").withDemand("widget", 20).withPrice("widget", 62))
        .freight(FreightRate.lane("US", "CA", 5))
        .build();
  }

  @Test
  void theTextReportTheJsonAndTheHtmlNameTheProfit() {
    Solution s = FootprintSolver.create().solve(network(Objective.MAX_PROFIT));
    String text = TextReport.scenario(Study.BASE, s);
    assertTrue(text.contains(", profit 300 USD (present value; revenue 900 less cost 600)"), text);

    ObjectNode json = ResultJson.solution(Study.BASE, s, null);
    assertEquals("max-profit", json.get("objectiveSense").asText());
    assertEquals(-300, json.get("costs").get("total").asDouble(), 1e-6);
    assertEquals(300, json.get("costs").get("profit").asDouble(), 1e-6);
    assertEquals(900, json.get("costs").get("revenue").asDouble(), 1e-6);
    assertEquals(-900, json.get("costs").get("byKind").get("REVENUE").asDouble(), 1e-6);

    String html = new HtmlReport(HtmlReportTest.RUN, "profit").scenarios(Map.of(Study.BASE, s), Study.BASE).render();
    assertTrue(html.contains("cost less revenue (USD, PV)"), "no profit-mode header");
    assertTrue(html.contains("The study maximizes profit"), "no profit-mode note");
  }

  /** In cost mode (prices unused) both markets are served, 600 + 20 * 65 = 1900, and nothing says profit. */
  @Test
  void costModeSaysTotalCost() {
    Solution s = FootprintSolver.create().solve(network(Objective.MIN_COST));
    String text = TextReport.scenario(Study.BASE, s);
    assertTrue(text.contains(", total cost 1,900 USD (present value)"), text);
    ObjectNode json = ResultJson.solution(Study.BASE, s, null);
    assertEquals("min-cost", json.get("objectiveSense").asText());
    assertFalse(json.get("costs").has("profit"));
  }
}
