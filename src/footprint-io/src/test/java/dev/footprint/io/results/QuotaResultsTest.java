package dev.footprint.io.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffQuota;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The use of tariff-rate quotas in result.json and the quotas table. The network: an MX plant (no
 * labor, material 10, declared customs value 100) ships 150 widgets (unit "pallet") to a US market;
 * MFN 25%, and a quota of 100 MX widgets at 5%. 100 enter within the quota, 50 beyond, and the quota
 * saves 100 * (25 - 5) = 2000 in duty.
 */
class QuotaResultsTest {
  private static final double TOL = 1e-6;

  @TempDir
  Path dir;

  private static Network network(boolean quota) {
    Network.Builder b = Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("widget", "goods", 0, 10).withDeclaredCustomsValue(100).withUnit("pallet"))
        .site(Site.existing("MX-1", "MX", 1000))
        .market(Market.of("US-M", "US").withDemand("widget", 150))
        .freight(FreightRate.lane("MX", "US", 0))
        .tariff(TariffMeasure.adValorem("mfn", "US", 0.25));
    if (quota) {
      b.quota(TariffQuota.of("mx-trq", "widget", "US", 100, 0.05).from("MX"));
    }
    return b.build();
  }

  private static Map<String, Solution> solved(boolean quota) {
    return Map.of("base", FootprintSolver.create().solve(network(quota)));
  }

  @Test
  void quotasTableHasOneRowPerQuotaAndPeriod() throws Exception {
    Map<String, Solution> s = solved(true);
    assertTrue(ResultTables.anyQuotas(s));
    assertFalse(ResultTables.anyQuotas(solved(false)));
    ResultTable t = ResultTables.quotas(s);
    assertEquals("quotas", t.name());
    assertEquals(List.of("scenario", "quota", "product", "origins", "destination", "period", "volume", "units",
        "in_quota", "out_of_quota", "unit", "duty_saved_usd"), t.columns());
    assertEquals(1, t.rows().size());
    List<Object> row = t.rows().get(0);
    assertEquals(List.of("base", "mx-trq", "widget", "MX", "US", "t0"), row.subList(0, 6));
    assertEquals(100, (double) row.get(6), TOL);
    assertEquals(150, (double) row.get(7), TOL);
    assertEquals(100, (double) row.get(8), TOL);
    assertEquals(50, (double) row.get(9), TOL);
    assertEquals("pallet", row.get(10));
    assertEquals(2000, (double) row.get(11), TOL);
    Path file = dir.resolve("quotas.csv");
    CsvTables.quotas(file, s);
    assertEquals("scenario,quota,product,origins,destination,period,volume,units,in_quota,out_of_quota,unit,"
        + "duty_saved_usd", Files.readAllLines(file).get(0));
    assertTrue(Files.readAllLines(file).get(1).startsWith("base,mx-trq,widget,MX,US,t0,100,150,100,50,pallet,2000"),
        Files.readAllLines(file).get(1));
  }

  @Test
  void resultJsonStatesTheUseOfEachQuota() {
    JsonNode quotas = ResultJson.solution("base", solved(true).get("base"), null).get("quotas");
    assertEquals(1, quotas.size());
    JsonNode q = quotas.get(0);
    assertEquals("mx-trq", q.get("id").asText());
    assertEquals("MX", q.get("origins").get(0).asText());
    assertEquals("t0", q.get("period").asText());
    assertEquals(100, q.get("inQuota").asDouble(), TOL);
    assertEquals(50, q.get("outOfQuota").asDouble(), TOL);
    assertEquals(150, q.get("units").asDouble(), TOL);
    assertEquals(2000, q.get("dutySaved").asDouble(), TOL);
    assertEquals(0, ResultJson.solution("base", solved(false).get("base"), null).get("quotas").size());
  }
}
