package dev.footprint.solve.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffQuota;
import dev.footprint.result.Allocation;
import dev.footprint.result.VerificationReport;
import dev.footprint.result.Verifier;
import dev.footprint.result.Violation;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import org.junit.jupiter.api.Test;

/**
 * A quota duty the model understates is caught by the verifier, which fills the quota with its own
 * code. The network: an MX plant (no labor, material 10, declared customs value 100) serving a US
 * market of 150, free freight, MFN 25%, and a quota of 100 units at 5%. The optimum ships 150 from MX
 * and pays 100 * 5 + 50 * 25 = 1750 in duty: 3250 in all.
 *
 * <p>Tampered three ways: the saving per in-quota unit doubled (40 instead of 25 - 5 = 20), as a wrong
 * customs value would make it, reports 1500 + 150 * 25 - 100 * 40 = 1250; the model built with a
 * volume of 150, as if every unit entered within the quota, reports 1500 + 150 * 5 = 2250; a
 * reported objective 500 below the cost, for a plan the verifier is handed with it.
 */
class TamperedQuotaTest {

  private static Network network() {
    return network(100);
  }

  private static Network network(double volume) {
    return Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("widget", "goods", 0, 10).withDeclaredCustomsValue(100))
        .site(Site.existing("MX-1", "MX", 1000))
        .market(Market.of("US-M", "US").withDemand("widget", 150))
        .freight(FreightRate.lane("MX", "US", 0))
        .tariff(TariffMeasure.adValorem("mfn", "US", 0.25))
        .quota(TariffQuota.of("mx-trq", "widget", "US", volume, 0.05).from("MX"))
        .build();
  }

  private enum Tamper { NONE, SAVING, VOLUME }

  private static VerificationReport solveAndVerify(Tamper tamper) {
    // The volume tampered: the model reads 150 where the network says 100.
    Network n = network(tamper == Tamper.VOLUME ? 150 : 100);
    SolveOptions options = SolveOptions.DEFAULT;
    Formulation f = new Formulation(n, options);
    assertEquals(1, f.quotaRows.count);
    assertEquals(20, f.quotaRows.saving[0], 1e-12, "the formulation's own saving per in-quota unit");
    if (tamper == Tamper.SAVING) {
      f.quotaRows.saving[0] = 40;
    }
    try (OrToolsModel model = new OrToolsModel()) {
      boolean integer = f.hasIntegerDecisions();
      f.emit(model, integer, false);
      RawResult raw = BackendRunner.run(model, options, integer);
      assertEquals(SolveStatus.OPTIMAL, raw.status());
      Allocation a = f.extract(raw.values(), integer).rebind(network());
      assertEquals(150, a.production("widget", "MX-1", 0), 1e-9);
      return Verifier.create().verify(a, raw.objective());
    }
  }

  @Test
  void untamperedModelVerifies() {
    VerificationReport report = solveAndVerify(Tamper.NONE);
    assertTrue(report.passed(), report.toString());
    assertEquals(3250, report.recomputedObjective(), 1e-9);
    assertEquals(3250, report.reportedObjective(), 1e-6);
  }

  @Test
  void overstatedSavingIsCaught() {
    VerificationReport report = solveAndVerify(Tamper.SAVING);
    assertEquals(1, report.violations().size(), report.toString());
    Violation v = report.violations().get(0);
    assertEquals("objective", v.constraint());
    assertEquals(1250, report.reportedObjective(), 1e-6);
    assertEquals(3250, report.recomputedObjective(), 1e-9);
    assertEquals(-2000, v.amount(), 1e-6);
  }

  @Test
  void quotaVolumeExceededIsCaught() {
    VerificationReport report = solveAndVerify(Tamper.VOLUME);
    assertEquals(1, report.violations().size(), report.toString());
    assertEquals("objective", report.violations().get(0).constraint());
    assertEquals(2250, report.reportedObjective(), 1e-6);
    assertEquals(-1000, report.violations().get(0).amount(), 1e-6);
  }

  /**
   * A point a backend might stop at, its shipments optimal but its quota filled with 30 units, not
   * 100: its objective is 70 * 20 = 1400 above the same shipments filled best, which is the cost the
   * reported solution states (0 at the optimum itself).
   */
  @Test
  void refillGainIsTheSavingAWorseFillForgoes() {
    Formulation f = new Formulation(network(), SolveOptions.DEFAULT);
    double[] values;
    try (OrToolsModel model = new OrToolsModel()) {
      f.emit(model, false, false);
      values = BackendRunner.run(model, SolveOptions.DEFAULT, false).values().clone();
    }
    assertEquals(100, values[f.inQuota(0)], 1e-9);
    assertEquals(0, f.quotaRefillGain(values), 1e-9);
    values[f.inQuota(0)] = 30;
    assertEquals(-1400, f.quotaRefillGain(values), 1e-9);
    values[f.inQuota(0)] = 0;
    assertEquals(-2000, f.quotaRefillGain(values), 1e-9);
  }

  @Test
  void understatedReportedDutyIsCaught() {
    VerificationReport honest = solveAndVerify(Tamper.NONE);
    Allocation a;
    Formulation f = new Formulation(network(), SolveOptions.DEFAULT);
    try (OrToolsModel model = new OrToolsModel()) {
      f.emit(model, false, false);
      a = f.extract(BackendRunner.run(model, SolveOptions.DEFAULT, false).values(), false);
    }
    VerificationReport report = Verifier.create().verify(a, honest.recomputedObjective() - 500);
    assertEquals(1, report.violations().size(), report.toString());
    assertEquals(-500, report.violations().get(0).amount(), 1e-6);
  }
}
