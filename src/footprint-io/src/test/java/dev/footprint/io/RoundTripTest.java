package dev.footprint.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.TariffMeasure;
import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A study written with {@link StudyWriter} and read again with {@link StudyReader} is the same study. */
class RoundTripTest {
  @TempDir
  Path dir;

  @Test
  void generatedNetworkWithScenariosRoundTrips() throws Exception {
    Network base = NetworkGenerator.generate(NetworkGenerator.Size.S, 7);
    Map<String, Network> scenarios = new LinkedHashMap<>();
    scenarios.put(Study.BASE, base);
    String tariff = base.tariffs().get(0).id();
    scenarios.put("higher-tariff", base.toBuilder()
        .replaceTariff(base.tariffs().get(0).rule(dev.footprint.model.TariffRule.FLOOR))
        .tariff(TariffMeasure.adValorem("surcharge", "C0", 0.1).from("C1", "C2").inPeriods(1, 2))
        .build());
    scenarios.put("no-cap", base.toBuilder().removePolicy("cap-P0")
        .policy(new Policy.HomeShare("home", "P1", "C0", 0.2)).build());
    scenarios.put("reordered-tariffs", reorderTariffs(base));
    SolveOptions options = SolveOptions.defaults().withBackend(Backend.CP_SAT)
        .withTimeLimit(Duration.ofMillis(2500)).withRelativeGap(1e-4).withThreads(4).withSeed(42);
    Study study = new Study("generated", scenarios, options, "");
    Path file = dir.resolve("generated.yaml");
    StudyWriter.write(study, file);
    Study read = StudyReader.read(file);
    assertEquals(study.scenarios().keySet(), read.scenarios().keySet());
    for (String name : study.scenarios().keySet()) {
      assertEquals(study.scenario(name), read.scenario(name), name);
    }
    assertEquals(options, read.options());
    assertEquals(tariff, read.base().tariffs().get(0).id());
    assertTrue(Files.readString(file).contains("tariffs.mfn-C0.rule: floor"), "the rule change is one set");
  }

  private static Network reorderTariffs(Network base) {
    Network.Builder b = base.toBuilder();
    for (TariffMeasure t : base.tariffs()) {
      b.removeTariff(t.id());
    }
    for (int i = base.tariffs().size() - 1; i >= 0; i--) {
      b.tariff(base.tariffs().get(i));
    }
    return b.build();
  }
}
