package dev.footprint.io.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.model.ContentMethod;
import dev.footprint.model.Country;
import dev.footprint.model.DutyDrawback;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.OriginRule;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.SupplierOffer;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TradeAgreement;
import dev.footprint.model.TransshipmentRule;
import dev.footprint.result.Allocation;
import dev.footprint.result.ComponentFlow;
import dev.footprint.result.ComponentUse;
import dev.footprint.result.Evaluation;
import dev.footprint.result.OriginClaim;
import dev.footprint.result.Shipment;
import dev.footprint.result.VerificationReport;
import dev.footprint.solve.Backend;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import dev.footprint.solve.SolverStats;
import dev.footprint.solve.StopReason;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Origin claims and component uses in the results, from allocations built by hand (not by the
 * solver): result.json's {@code originClaims} and {@code componentUses}, and the tables origin_claims
 * and component_uses, one row per scenario and record, present exactly when a network has what they
 * describe.
 */
class OriginResultsTest {
  @TempDir
  Path dir;

  /**
   * MX-1 assembles cars from engines bought from a US supplier and ships them to the US: inside
   * USMCA, under an origin rule (build-down, 50%), with a drawback of Mexican duty on the engines
   * and a transshipment rule on cars from Vietnam.
   */
  static Network network() {
    return Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0), Country.of("VN", 0))
        .product(Product.of("car", "autos", 1, 10).withDeclaredCustomsValue(100).withComponent("engine", 1),
            Product.of("engine", "parts", 0, 0).withUnit("engine"))
        .site(Site.existing("MX-1", "MX", 1000).withProducts("car"))
        .supplierOffer(SupplierOffer.of("us-engines", "engine", "US", 30, 1000))
        .market(Market.of("US-M", "US").withDemand("car", 10))
        .freight(FreightRate.lane("MX", "US", 1), FreightRate.lane("US", "MX", 1))
        .agreement(TradeAgreement.of("usmca", "US", "MX"))
        .originRule(OriginRule.of("car-rvc", "usmca", "car", 0.5, ContentMethod.BUILD_DOWN))
        .transshipmentRule(TransshipmentRule.of("us-transship", "US", 0.4, 0.4, "VN"))
        .tariff(TariffMeasure.adValorem("us-general", "US", 0.25).from("MX").forNonOriginating("usmca"),
            TariffMeasure.adValorem("mx-mfn", "MX", 0.1))
        .dutyDrawback(DutyDrawback.of("mx-dd", "MX", 0.99))
        .build();
  }

  /** The allocation: 10 cars shipped, 6 of them claimed to originate, their engines assigned. */
  static Allocation allocation(Network n) {
    return new Allocation(n, List.of(new Shipment("car", "MX-1", "US-M", 0, 10)), Map.of("MX-1", new double[] {1}),
        List.of(), Map.of(), Map.of(), List.of(new ComponentFlow("engine", "us-engines", "MX-1", 0, 10)),
        List.of(new OriginClaim("car-rvc", "car", "MX-1", "US-M", 0, 6)),
        List.of(new ComponentUse(ComponentUse.Purpose.CONTENT, "car-rvc", "car", "engine", "us-engines", "MX-1", 0, 6),
            new ComponentUse(ComponentUse.Purpose.DRAWBACK, "mx-dd", "car", "engine", "us-engines", "MX-1", 0, 10)));
  }

  /** @return a solution made of a hand-built allocation (Solution has no public constructor) */
  static Solution solution(Allocation a) throws Exception {
    Constructor<Solution> c = Solution.class.getDeclaredConstructor(Network.class, SolveStatus.class,
        SolverStats.class, Allocation.class, Evaluation.class, VerificationReport.class, String.class);
    c.setAccessible(true);
    SolverStats stats = new SolverStats(Backend.HIGHS, "test", "OPTIMAL", 0, 0, 0, 0, 0, 0, 0, 0, 0, false,
        StopReason.FINISHED, false);
    return c.newInstance(a.network(), SolveStatus.OPTIMAL, stats, a, Evaluation.of(a), null, null);
  }

  private static Map<String, Solution> solutions() throws Exception {
    Network n = network();
    Map<String, Solution> out = new LinkedHashMap<>();
    out.put("base", solution(allocation(n)));
    out.put("none", solution(new Allocation(n, List.of(new Shipment("car", "MX-1", "US-M", 0, 10)),
        Map.of("MX-1", new double[] {1}), List.of(), Map.of(), Map.of(),
        List.of(new ComponentFlow("engine", "us-engines", "MX-1", 0, 10)), List.of(), List.of())));
    return out;
  }

  @Test
  void originClaimsTableHasOneRowPerScenarioAndClaim() throws Exception {
    Map<String, Solution> solutions = solutions();
    assertTrue(OriginClaimTable.any(solutions));
    ResultTable t = OriginClaimTable.of(solutions);
    assertEquals("origin_claims", t.name());
    assertEquals(List.of("scenario", "rule", "rule_kind", "product", "site", "site_country", "market",
        "market_country", "period", "units", "unit"), t.columns());
    assertEquals(List.of(List.of("base", "car-rvc", "origin", "car", "MX-1", "MX", "US-M", "US", "t0", 6.0, "unit")),
        t.rows());
  }

  @Test
  void componentUsesTableHasOneRowPerScenarioAndUse() throws Exception {
    Map<String, Solution> solutions = solutions();
    assertTrue(ComponentUseTable.any(solutions));
    ResultTable t = ComponentUseTable.of(solutions);
    assertEquals("component_uses", t.name());
    assertEquals(List.of("scenario", "purpose", "rule", "product", "component", "source", "source_kind",
        "source_country", "site", "site_country", "period", "units", "unit"), t.columns());
    assertEquals(List.of(
        List.of("base", "CONTENT", "car-rvc", "car", "engine", "us-engines", "supplier", "US", "MX-1", "MX", "t0", 6.0, "engine"),
        List.of("base", "DRAWBACK", "mx-dd", "car", "engine", "us-engines", "supplier", "US", "MX-1", "MX", "t0",
            10.0, "engine")), t.rows());
  }

  @Test
  void tablesAreWrittenAsCsv() throws Exception {
    Map<String, Solution> solutions = solutions();
    Path claims = dir.resolve("origin_claims.csv");
    CsvTables.write(claims, OriginClaimTable.of(solutions));
    assertEquals("""
        scenario,rule,rule_kind,product,site,site_country,market,market_country,period,units,unit
        base,car-rvc,origin,car,MX-1,MX,US-M,US,t0,6,unit
        """, Files.readString(claims).replace("\r\n", "\n"));
    Path uses = dir.resolve("component_uses.csv");
    CsvTables.write(uses, ComponentUseTable.of(solutions));
    assertTrue(Files.readString(uses).contains("base,DRAWBACK,mx-dd,car,engine,us-engines,supplier,US,MX-1,MX,t0,10,engine"));
  }

  @Test
  void resultJsonListsClaimsAndUses() throws Exception {
    Map<String, Solution> solutions = solutions();
    JsonNode doc = ResultJson.scenarios(RunInfo.of("solve", "origin", "study.yaml", "0"), "solve", solutions,
        "base");
    String text = ResultJson.text(doc);
    JsonNode base = doc.findValues("allocation").get(0);
    JsonNode claim = base.get("originClaims").get(0);
    assertEquals("car-rvc", claim.get("rule").asText());
    assertEquals("origin", claim.get("ruleKind").asText());
    assertEquals("US-M", claim.get("market").asText());
    assertEquals("t0", claim.get("period").asText());
    assertEquals(6, claim.get("units").asDouble(), 0);
    JsonNode uses = base.get("componentUses");
    assertEquals(2, uses.size(), text);
    assertEquals("DRAWBACK", uses.get(1).get("purpose").asText());
    assertEquals("us-engines", uses.get(1).get("source").asText());
    assertEquals("MX-1", uses.get(1).get("site").asText());
    JsonNode none = doc.findValues("allocation").get(1);
    assertEquals(0, none.get("originClaims").size(), "a network with content rules lists its (no) claims");
    // 6 claimed cars save the 25% general rate on their value of 100: -150; the 10 exported cars'
    // engines paid Mexico's 10% on 30 each, 99% refunded: -29.7 (one period, weight 1)
    JsonNode byRule = doc.findValues("dutyByRule").get(0);
    assertEquals(-150, byRule.get("car-rvc").asDouble(), 1e-9);
    assertEquals(-29.7, byRule.get("mx-dd").asDouble(), 1e-9);
  }

  @Test
  void aNetworkWithoutOriginRulesHasNeitherTableNorKey() throws Exception {
    Network n = Network.builder()
        .country(Country.of("US", 0))
        .product(Product.of("car", "autos", 1, 10))
        .site(Site.existing("US-1", "US", 1000))
        .market(Market.of("US-M", "US").withDemand("car", 10))
        .build();
    Allocation a = new Allocation(n, List.of(new Shipment("car", "US-1", "US-M", 0, 10)),
        Map.of("US-1", new double[] {1}), List.of(), Map.of());
    Map<String, Solution> solutions = Map.of("base", solution(a));
    assertFalse(OriginClaimTable.any(solutions));
    assertFalse(ComponentUseTable.any(solutions));
    JsonNode allocation = ResultJson.scenarios(RunInfo.of("solve", "plain", "study.yaml", "0"), "solve", solutions,
        "base").findValues("allocation").get(0);
    assertFalse(allocation.has("originClaims"));
    assertFalse(allocation.has("componentUses"));
  }

  @Test
  void aZoneAloneMakesComponentUsesApplyButNotClaims() {
    Network zone = Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("car", "autos", 1, 10).withComponent("engine", 1), Product.of("engine", "parts", 0, 0))
        .site(Site.existing("US-1", "US", 1000).withProducts("car").withForeignTradeZone(true))
        .supplierOffer(SupplierOffer.of("mx-engines", "engine", "MX", 30, 1000))
        .market(Market.of("US-M", "US").withDemand("car", 10))
        .freight(FreightRate.lane("MX", "US", 1))
        .build();
    assertTrue(ComponentUseTable.applies(zone));
    assertFalse(OriginClaimTable.applies(zone));
    assertTrue(ComponentUseTable.applies(network().toBuilder().build()));
  }
}
