package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.analysis.Specs;
import dev.footprint.io.Study;
import dev.footprint.io.StudyReader;
import dev.footprint.model.Network;
import dev.footprint.report.SampleStudies;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The value a sweep parameter has in the study as given, against the figures written in the example
 * study files (examples/apparel-toys/study.yaml, examples/korea-us/study.yaml) and in the sample
 * study built in Java.
 */
class BaseValuesTest {
  static Study apparel;
  static Study korea;

  @BeforeAll
  static void read() throws Exception {
    apparel = StudyReader.read(Path.of("examples/apparel-toys/study.yaml"));
    korea = StudyReader.read(Path.of("examples/korea-us/study.yaml"));
  }

  /** study.yaml: cn-fentanyl rate 0.20, set to 0.10 in 2025-after-nov-10; Mexico 4.45/h, 4.80 in 2026-mx-wage-2026. */
  @Test
  void tariffRatesAndWagesAsTheStudyFileStatesThem() {
    assertEquals(0.20, BaseValues.of("tariff:cn-fentanyl", apparel.base()));
    assertEquals(0.10, BaseValues.of("tariff:cn-fentanyl", apparel.scenario("2025-after-nov-10")));
    assertEquals(0.0, BaseValues.of("tariff:usmca", apparel.base()));
    assertEquals(4.45, BaseValues.of("wage:MX", apparel.base()));
    assertEquals(4.80, BaseValues.of("wage:MX", apparel.scenario("2026-mx-wage-2026")));
    assertEquals(2.73, BaseValues.of(" WAGE:VN ", apparel.base()), "the kind in any case, blanks around");
    assertEquals(0.15, BaseValues.of("tariff:ieepa-KR-15", korea.base()));
    assertEquals(0.000021191818181818182, BaseValues.of("wage:KR", korea.base()));
  }

  /** fx and demand are factors on the values as given (1); a new credit is 0 until it is given. */
  @Test
  void factorsAreOneAndNewCreditsZero() {
    assertEquals(1.0, BaseValues.of("fx:VN", apparel.base()));
    assertEquals(1.0, BaseValues.of("demand", apparel.base()));
    assertEquals(0.0, BaseValues.of("newcredit:MX:apparel", apparel.base()));
  }

  /** The sample study's KR->US lane costs 0.4 a unit and its 45X credit 35 (SampleStudies.millions). */
  @Test
  void freightAndCreditsOfTheSampleStudy() {
    Network n = SampleStudies.millions().base();
    assertEquals(0.4, BaseValues.of("freight:KR->US", n));
    assertEquals(0.4, BaseValues.of("freight:KR -> US", n));
    assertEquals(35.0, BaseValues.of("credit:45X", n));
  }

  /** 45X-cells pays [35, 35, 35, 35, 26.25]: no single value reproduces it; unknown ids have none. */
  @Test
  void noValueWhereOneValueCannotReproduceTheStudy() {
    assertTrue(Double.isNaN(BaseValues.of("credit:45X-cells", korea.base())));
    assertTrue(Double.isNaN(BaseValues.of("tariff:nope", apparel.base())));
    assertTrue(Double.isNaN(BaseValues.of("wage:ZZ", apparel.base())));
    assertTrue(Double.isNaN(BaseValues.of("freight:CN->US", apparel.base())), "CN->US has per-product rates only");
  }

  /** At its base value each parameter gives back the network as it was (Network.equals). */
  @Test
  void theParameterAtItsBaseValueIsTheNetworkAsGiven() {
    Network n = SampleStudies.millions().base();
    for (String spec : new String[] {"tariff:us-kr", "tariff:us-vn", "wage:KR", "wage:VN", "fx:US", "demand",
        "credit:45X", "freight:VN->KR"}) {
      double v = BaseValues.of(spec, n);
      assertTrue(Double.isFinite(v), spec);
      assertEquals(n, Specs.parameter(spec).at(n, v), spec);
    }
    Network a = apparel.scenario("2026-mx-wage-2026");
    assertEquals(a, Specs.parameter("wage:MX").at(a, BaseValues.of("wage:MX", a)));
  }
}
