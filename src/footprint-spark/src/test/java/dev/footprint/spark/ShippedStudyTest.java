package dev.footprint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dev.footprint.io.Study;
import dev.footprint.io.StudyReader;
import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What executors receive: the study as text and the options as data, both arriving equal. */
class ShippedStudyTest {

  @SuppressWarnings("unchecked")
  static <T> T throughJavaSerialization(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void everyExampleScenarioArrivesEqual() throws Exception {
    for (String file : List.of("examples/korea-us/study.yaml", "examples/apparel-toys/study.yaml")) {
      Study study = StudyReader.read(Path.of(file));
      ShippedStudy shipped = throughJavaSerialization(ShippedStudy.of(study, study.options()));
      // a fresh read from the text, as on an executor that has not seen it
      Study arrived = new ShippedStudy(shipped.name(), shipped.yaml(), shipped.key() + "-fresh", shipped.options())
          .study();
      assertNotSame(study, arrived);
      assertEquals(study.scenarios(), arrived.scenarios(), file);
      assertEquals(study.options(), shipped.options().toOptions(), file);
    }
  }

  @Test
  void everySolveOptionArrivesEqual() throws Exception {
    SolveOptions o = SolveOptions.defaults().withBackend(Backend.CP_SAT).withTimeLimit(Duration.ofMillis(12_345))
        .withRelativeGap(1e-4).withThreads(3).withSeed(42).withVerify(false).withRelaxIntegrality(true)
        .withStrengthenLinking(false).withFixedSiteStatus(Map.of("KR-Ulsan", List.of(true, false, true)))
        .withSolverLog(true).withPortfolio(List.of(Backend.HIGHS, Backend.SCIP));
    assertEquals(o, throughJavaSerialization(ShippedStudy.Options.of(o)).toOptions());
    assertEquals(SolveOptions.defaults(), ShippedStudy.Options.of(SolveOptions.defaults()).toOptions());
  }
}
