package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.footprint.model.Network;
import dev.footprint.model.Series;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV tables read as the YAML they stand for; JSON and YAML study files read alike. */
class TablesAndFormatsTest {
  @TempDir
  Path dir;

  /** The tiny study with its sites, freight, tariffs and demand in CSV tables. */
  private static final String WITH_TABLES = """
      name: tiny
      horizon:
        firstYear: 2026
        periods: 3
        discountRate: 0.05
      countries:
        - id: US
          name: United States
          laborCostPerHour: 43.1
        - id: VN
          laborCostPerHour: [2.7, 2.9, 3.1]
          productivity: 0.8
      products:
        - id: shirts
          sector: apparel
          laborHoursPerUnit: 0.5
          materialCostPerUnit: 4.5
          declaredCustomsValue: 8
      sites: {csv: sites.csv}
      markets:
        - id: US
          demand: {csv: demand.csv}
      freight: {csv: freight.csv}
      tariffs: {csv: tariffs.csv}
      policies:
        - id: us-floor
          type: employmentFloor
          country: US
          minimumJobs: 0.01
      """;

  private void writeTables() {
    write(dir, "sites.csv", """
        # Sites: capacity in shirts a year; capex in USD.
        id,country,kind,capacity,closingCost,openingCapex,openingPeriod,products,source
        US-NC,US,existing,100,500,,,,"assumption, see README"
        VN-HCM,VN,candidate,200,,1000,2027,,"a quote, 2025"
        """);
    write(dir, "demand.csv", """
        market,product,2026,2027,2028,source
        US,shirts,80,90,100,assumption
        EU,shirts,1,2,3,"skipped: another market's row"
        """);
    write(dir, "freight.csv", """
        origin,destination,product,site,costPerUnit,source
        VN,US,,,0.25,Xeneta
        """);
    write(dir, "tariffs.csv", """
        id,destination,origins,products,sectors,periods,rate,specificDutyPerUnit,rule,source
        vn-20,US,VN,,,,0.2,,,"deal, Jul 2 2025"
        """);
  }

  @Test
  void csvTablesReadAsTheYamlTheyStandFor() {
    writeTables();
    Network fromTables = StudyReader.read(write(dir, "tables.yaml", WITH_TABLES)).base();
    Network inline = StudyReader.read(write(dir, "tiny.yaml", TINY)).base();
    assertEquals(inline, fromTables);
  }

  @Test
  void csvListsAndPerPeriodValuesUseSemicolons() {
    write(dir, "sites.csv", """
        id,country,kind,capacity,products
        US-NC,US,existing,100;110;120,shirts
        VN-HCM,VN,candidate,200,shirts;
        """.replace("shirts;", "shirts"));
    write(dir, "tariffs.csv", """
        id,destination,origins,sectors,periods,rate
        vn-20,US,VN;US,apparel,2027;2028,0.2
        """);
    write(dir, "costs.csv", """
        country,product,costPerUnit
        VN,shirts,4.2
        US,shirts,5
        """);
    String text = TINY.substring(0, TINY.indexOf("sites:")).replace("declaredCustomsValue: 8",
        "declaredCustomsValue: 8\n    materialCostByCountry: {csv: costs.csv}")
        + "sites: {csv: sites.csv}\n" + TINY.substring(TINY.indexOf("markets:"), TINY.indexOf("tariffs:"))
        + "tariffs: {csv: tariffs.csv}\n";
    Network n = StudyReader.read(write(dir, "s.yaml", text)).base();
    assertEquals(Series.of(100, 110, 120), n.sites().get(0).capacity());
    assertEquals(java.util.Set.of("shirts"), n.sites().get(1).products());
    assertEquals(java.util.Set.of(1, 2), n.tariffs().get(0).periods());
    assertEquals(java.util.Set.of("VN", "US"), n.tariffs().get(0).origins());
    assertEquals(Map.of("VN", 4.2, "US", 5.0), n.products().get(0).materialCostByCountry());
  }

  @Test
  void scenariosMayAddAndSetFromTables() {
    writeTables();
    write(dir, "more-tariffs.csv", """
        id,destination,sectors,rate,rule
        s122,US,apparel,0.1,
        vn-46,US,apparel,0.46,replace
        """);
    String text = WITH_TABLES + """
        scenarios:
          added:
            add: {tariffs: {csv: more-tariffs.csv}}
          replaced:
            set: {tariffs: {csv: more-tariffs.csv}}
        """;
    Study s = StudyReader.read(write(dir, "s.yaml", text));
    assertEquals(3, s.scenario("added").tariffs().size());
    assertEquals("vn-46", s.scenario("replaced").tariffs().get(1).id());
    assertEquals(2, s.scenario("replaced").tariffs().size());
  }

  @Test
  void jsonAndYamlReadAlike() throws Exception {
    JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(TINY);
    String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    Study fromJson = StudyReader.read(write(dir, "tiny.json", json));
    Study fromYaml = StudyReader.read(write(dir, "tiny.yml", TINY));
    assertEquals(fromYaml.base(), fromJson.base());
    assertEquals(fromYaml.options(), fromJson.options());
    assertNotEquals(fromYaml.sha256(), fromJson.sha256());
    assertEquals(64, fromJson.sha256().length());
  }

  @Test
  void theHashCoversTheTables() {
    writeTables();
    Path study = write(dir, "tables.yaml", WITH_TABLES);
    String before = StudyReader.read(study).sha256();
    assertEquals(before, StudyReader.read(study).sha256());
    write(dir, "freight.csv", "origin,destination,costPerUnit\nVN,US,0.26\n");
    assertNotEquals(before, StudyReader.read(study).sha256());
  }
}
