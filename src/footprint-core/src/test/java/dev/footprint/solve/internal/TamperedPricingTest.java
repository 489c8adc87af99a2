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
import dev.footprint.model.TariffRule;
import dev.footprint.result.Allocation;
import dev.footprint.result.VerificationReport;
import dev.footprint.result.Verifier;
import dev.footprint.result.Violation;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import org.junit.jupiter.api.Test;

/**
 * A pricing mistake in the formulation is caught by the verifier. The formulation's shipment costs
 * are tampered with as a wrong tariff helper would make them (a FLOOR stacked as if it were an ADD),
 * the tampered model is solved, and the verifier, which prices tariffs with its own code, must refuse
 * the reported objective by the amount worked out by hand.
 *
 * <p>The network: US (no labor) with an existing plant making a widget at 40; MX (no labor) with an
 * existing plant making it at 10, declared customs value 100, freight MX-&gt;US free; a US market
 * wanting 10. Imports from MX pay MFN 0.05 (ADD) and a FLOOR of 0.15: the rate is max(0.05, 0.15) =
 * 0.15, a duty of 15, so an MX unit costs 25 and the optimum is 250 (all from MX). Stacked wrongly
 * (0.05 + 0.15 = 0.20) an MX unit costs 30, still below 40: the tampered model ships the same 10
 * units from MX and reports 300, which the verifier recomputes as 250.
 */
class TamperedPricingTest {

  private static Network network() {
    return Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("widget", "goods", 0, 10).withMaterialCost("US", 40).withDeclaredCustomsValue(100))
        .site(Site.existing("US-1", "US", 100), Site.existing("MX-1", "MX", 100))
        .market(Market.of("US-M", "US").withDemand("widget", 10))
        .freight(FreightRate.lane("MX", "US", 0))
        .tariff(TariffMeasure.adValorem("mfn", "US", 0.05),
            TariffMeasure.adValorem("floor", "US", 0.15).rule(TariffRule.FLOOR))
        .build();
  }

  private static VerificationReport solveAndVerify(boolean tamper) {
    Network n = network();
    SolveOptions options = SolveOptions.DEFAULT;
    Formulation f = new Formulation(n, options);
    if (tamper) {
      int mx = n.siteIndex("MX-1");
      for (int a = 0; a < f.arcCount(); a++) {
        if (f.arcSite(a) == mx) {
          assertEquals(25, f.shipCost[a], 1e-12, "the formulation's own price of an MX unit");
          f.shipCost[a] += 0.05 * 100; // the ADD rate counted on top of the floor
        }
      }
    }
    try (OrToolsModel model = new OrToolsModel()) {
      boolean integer = f.hasIntegerDecisions();
      f.emit(model, integer, false);
      RawResult raw = BackendRunner.run(model, options, integer);
      assertEquals(SolveStatus.OPTIMAL, raw.status());
      Allocation a = f.extract(raw.values(), integer);
      assertEquals(10, a.production("widget", "MX-1", 0), 1e-9);
      return Verifier.create().verify(a, raw.objective());
    }
  }

  @Test
  void untamperedModelVerifies() {
    VerificationReport report = solveAndVerify(false);
    assertTrue(report.passed(), report.toString());
    assertEquals(250, report.recomputedObjective(), 1e-9);
  }

  @Test
  void wronglyStackedTariffIsCaught() {
    VerificationReport report = solveAndVerify(true);
    assertEquals(1, report.violations().size(), report.toString());
    Violation v = report.violations().get(0);
    assertEquals("objective", v.constraint());
    assertEquals(300, report.reportedObjective(), 1e-9);
    assertEquals(250, report.recomputedObjective(), 1e-9);
    assertEquals(50, v.amount(), 1e-9);
  }
}
