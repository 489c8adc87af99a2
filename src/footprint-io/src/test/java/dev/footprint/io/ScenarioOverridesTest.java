package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.ProductScope;
import dev.footprint.model.Series;
import dev.footprint.model.TariffMeasure;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario overrides change what they name, leave the base alone, and equal the same change in Java. */
class ScenarioOverridesTest {
  @TempDir
  Path dir;

  private static final String SCENARIOS = """
      scenarios:
        truce:
          description: tariffs halved, Vietnamese wages up, lower demand, the plant a year later
          set:
            "tariffs.vn-20.rate": 0.1
            "countries.VN.laborCostPerHour": 3.1
            "markets.US.demand.shirts": [50, 60, 70]
            "sites.VN-HCM.openingPeriod": 2028
            "freight.VN->US.costPerUnit": 0.5
        no-floor:
          remove: [policies.us-floor]
          add:
            tariffs:
              - {id: us-mfn, destination: US, sectors: [apparel], rate: 0.05, periods: ["2027", 2]}
            policies:
              - {id: cap, type: concentrationCap, product: shirts, maximumShare: 0.9}
        truce-no-floor:
          extends: truce
          remove: [policies.us-floor]
        free-trade:
          remove: [tariffs, sites.US-NC.closingCost]
        whole-element:
          set:
            "tariffs.vn-20": {destination: US, origins: [VN], rate: 0.46, rule: replace}
      """;

  private Study read() {
    return StudyReader.read(write(dir, "s.yaml", TINY + SCENARIOS));
  }

  @Test
  void scenariosAreReadInFileOrderAfterTheBase() {
    assertEquals(List.of("base", "truce", "no-floor", "truce-no-floor", "free-trade", "whole-element"),
        List.copyOf(read().scenarios().keySet()));
  }

  @Test
  void setChangesTheNamedValuesAndLeavesTheBaseAlone() {
    Study s = read();
    Network base = s.base();
    Network truce = s.scenario("truce");
    assertEquals(0.1, truce.tariffs().get(0).adValoremRate(), 0);
    assertEquals(0.2, base.tariffs().get(0).adValoremRate(), 0);
    assertEquals(Series.constant(3.1), truce.country("VN").laborCostPerHour());
    assertEquals(Series.of(2.7, 2.9, 3.1), base.country("VN").laborCostPerHour());
    assertEquals(Series.of(50, 60, 70), truce.markets().get(0).demand().get("shirts"));
    assertEquals(Series.of(80, 90, 100), base.markets().get(0).demand().get("shirts"));
    assertEquals(2, truce.sites().get(1).openingPeriod());
    assertEquals(1, base.sites().get(1).openingPeriod());
    assertEquals(0.5, truce.freight().get(0).costPerUnit(), 0);
    assertEquals(0.25, base.freight().get(0).costPerUnit(), 0);

    // The same change made in Java through Network.toBuilder() gives an equal network.
    Network inJava = base.toBuilder()
        .replaceTariff(new TariffMeasure("vn-20", "US", Set.of("VN"), ProductScope.ALL, Set.of(),
            0.1, 0, dev.footprint.model.TariffRule.ADD))
        .replaceCountry(base.country("VN").withLaborCostPerHour(Series.constant(3.1)))
        .replaceMarket(base.markets().get(0).withDemand("shirts", Series.of(50, 60, 70)))
        .replaceSite(base.sites().get(1).withOpeningPeriod(2))
        .clearFreight().freight(dev.footprint.model.FreightRate.lane("VN", "US", 0.5))
        .build();
    assertEquals(inJava, truce);
  }

  @Test
  void removeAndAdd() {
    Study s = read();
    Network base = s.base();
    Network noFloor = s.scenario("no-floor");
    assertEquals(List.of("cap"), noFloor.policies().stream().map(Policy::id).toList());
    assertEquals(List.of("us-floor"), base.policies().stream().map(Policy::id).toList());
    TariffMeasure mfn = noFloor.tariffs().get(1);
    assertEquals("us-mfn", mfn.id());
    assertEquals(Set.of(1, 2), mfn.periods());
    assertEquals(ProductScope.sectors("apparel"), mfn.scope());
    assertEquals(1, base.tariffs().size());

    Network freeTrade = s.scenario("free-trade");
    assertTrue(freeTrade.tariffs().isEmpty());
    assertEquals(0, freeTrade.sites().get(0).closingCost(), 0);
    assertEquals(500, base.sites().get(0).closingCost(), 0);
  }

  @Test
  void extendsAppliesTheParentFirst() {
    Study s = read();
    Network expected = s.scenario("truce").toBuilder().removePolicy("us-floor").build();
    assertEquals(expected, s.scenario("truce-no-floor"));
    assertNotEquals(s.scenario("truce"), s.scenario("truce-no-floor"));
  }

  @Test
  void setReplacesAWholeElementInPlace() {
    Network n = read().scenario("whole-element");
    TariffMeasure t = n.tariffs().get(0);
    assertEquals("vn-20", t.id());
    assertEquals(0.46, t.adValoremRate(), 0);
    assertEquals(dev.footprint.model.TariffRule.REPLACE, t.rule());
  }

  @Test
  void aScenarioIsValidatedLikeTheBase() {
    // Removing the only lane leaves demand that no site can serve: the network's own check.
    String text = TINY.replace("capacity: 100", "capacity: 10") + """
        scenarios:
          no-lane:
            remove: ["freight.VN->US"]
            set: {"sites.US-NC.country": VN}
        """;
    var problems = StudyFiles.problems(write(dir, "s.yaml", text));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().startsWith("in scenario 'no-lane': "), problems.toString());
    assertEquals("markets[0].demand.shirts", problems.get(0).path());
  }
}
