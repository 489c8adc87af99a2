package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.ortools.Loader;
import com.google.ortools.modelbuilder.ModelBuilder;
import com.google.ortools.modelbuilder.ModelSolver;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link FootprintSolver#export}: the text names variables and rows from domain keys, and the MPS
 * text, read back by OR-Tools and solved by SCIP, has the optimum Footprint finds.
 *
 * <p>Only the MPS text is read back: OR-Tools' {@code ModelBuilder.importFromLpString} reads OR-Tools'
 * own LP dialect, not the CPLEX LP format that {@code export(..., LP)} writes.
 */
class ExportTest {
  private static final double REL_TOL = 1e-6;

  /** Domain names that must appear verbatim, ids with hyphens as users write them. */
  private static final List<String> NAMES = List.of("ship[cells,KR-Ulsan,US-mkt,2026]",
      "ship[cells,US-Georgia,US-mkt,2027]", "active[US-Georgia,2027]", "demand[cells,US-mkt,2026]",
      "capacity[KR-Ulsan,2027]", "lost[cells,US-mkt,2026]", "claim[us-45x,2027]", "homeShare[us-home,2026]");

  @BeforeAll
  static void loadOrTools() {
    Loader.loadNativeLibraries();
  }

  /**
   * Two years discounted at 5%, an existing Korean site with a closing cost (an objective constant),
   * a candidate US site, lost sales allowed in the US, a capped production credit and a home share:
   * every kind of variable, and a nonzero objective offset.
   */
  static Network small() {
    return Network.builder().horizon(Horizon.years(2026, 2, 0.05))
        .country(Country.of("KR", 12), Country.of("US", 30))
        .product(Product.of("cells", "battery", 2, 50))
        .site(Site.existing("KR-Ulsan", "KR", 80).withFixedCost(100).withClosingCost(500),
            Site.candidate("US-Georgia", "US", 60, 2000).withFixedCost(50))
        .market(Market.of("US-mkt", "US").withDemand("cells", 70.5).withLostSalesPenalty("cells", 400),
            Market.of("KR-mkt", "KR").withDemand("cells", 20))
        .freight(FreightRate.lane("KR", "US", 4.5))
        .tariff(TariffMeasure.adValorem("us-on-kr", "US", 0.25).from("KR"))
        .productionCredit(ProductionCredit.of("us-45x", "US", ProductScope.ALL, 35).withBudget(2000))
        .policy(new Policy.HomeShare("us-home", "cells", "US", 0.2))
        .build();
  }

  /**
   * The same shape at the sizes a real study has: a million-unit demand, capex in billions of USD.
   * Every figure has more than six significant digits, as money in cents and unit counts do.
   */
  static Network realSized() {
    return Network.builder()
        .country(Country.of("KR", 12.34), Country.of("US", 31.17))
        .product(Product.of("cells", "battery", 0.75, 87.65))
        .site(Site.existing("KR-Ulsan", "KR", 1_500_000).withFixedCost(123_456_789),
            Site.candidate("US-Georgia", "US", 1_000_000, 2_345_678_901.0).withFixedCost(98_765_432))
        .market(Market.of("US-mkt", "US").withDemand("cells", 1_234_567),
            Market.of("KR-mkt", "KR").withDemand("cells", 654_321))
        .freight(FreightRate.lane("KR", "US", 4.56))
        .tariff(TariffMeasure.adValorem("us-on-kr", "US", 0.25).from("KR"))
        .build();
  }

  @Test
  void mpsCarriesTheDomainNames() {
    String mps = FootprintSolver.create().export(small(), ModelFormat.MPS);
    assertTrue(mps.contains("ROWS") && mps.contains("COLUMNS") && mps.contains("RHS"), mps);
    for (String name : NAMES) {
      assertTrue(mps.contains(name), () -> "no " + name + " in\n" + mps);
    }
  }

  /**
   * CPLEX LP names may hold only letters, digits and {@code !"#$%&()/,.;?@_`'{}|~}: brackets become
   * parentheses and hyphens underscores, so each name keeps its domain keys in a form LP readers take.
   */
  @Test
  void lpCarriesTheDomainNamesInTheFormatsAlphabet() {
    String lp = FootprintSolver.create().export(small(), ModelFormat.LP);
    String lower = lp.toLowerCase(java.util.Locale.ROOT);
    assertTrue(lower.contains("minimize") && lower.contains("subject to") && lower.contains("bounds")
        && lower.contains("general") && lower.contains("end"), lp);
    for (String name : NAMES) {
      String lpName = name.replace('[', '(').replace(']', ')').replace('-', '_');
      assertTrue(lp.contains(lpName), () -> "no " + lpName + " in\n" + lp);
    }
    for (String line : lp.split("\n")) {
      assertTrue(!line.contains("[") && !line.contains("]"), line);
    }
  }

  /** Two site ids that the LP alphabet makes equal (A-1, A_1) still get distinct names. */
  @Test
  void lpNamesStayDistinctWhenIdsCollide() {
    Network n = Network.builder().country(Country.of("A", 10))
        .product(Product.of("p", "s", 1, 1))
        .site(Site.existing("A-1", "A", 10), Site.existing("A_1", "A", 10))
        .market(Market.of("M", "A").withDemand("p", 15))
        .build();
    String lp = FootprintSolver.create().export(n, ModelFormat.LP);
    assertTrue(lp.contains("capacity(A_1,t0):") && lp.contains("capacity(A_1,t0)~2:"), lp);
  }

  /** Streaming to a file writes the same text as the string export, in both formats. */
  @Test
  void fileExportEqualsStringExport(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    FootprintSolver solver = FootprintSolver.create();
    for (ModelFormat format : ModelFormat.values()) {
      java.nio.file.Path file = dir.resolve("model." + format);
      solver.export(small(), format, file);
      assertEquals(solver.export(small(), format), java.nio.file.Files.readString(file), format.toString());
    }
  }

  @Test
  void mpsReadBackHasTheSameOptimum() {
    assertMpsRoundTrip(small());
  }

  @Test
  void mpsReadBackHasTheSameOptimumAtRealSizes() {
    assertMpsRoundTrip(realSized());
  }

  private static void assertMpsRoundTrip(Network network) {
    FootprintSolver solver = FootprintSolver.create(SolveOptions.DEFAULT.withRelativeGap(0));
    Solution footprint = solver.solve(network);
    assertEquals(SolveStatus.OPTIMAL, footprint.status());
    String mps = solver.export(network, ModelFormat.MPS);

    ModelBuilder model = new ModelBuilder();
    assertTrue(model.importFromMpsString(mps), () -> "OR-Tools could not read the MPS text:\n" + mps);
    assertEquals(footprint.stats().variables(), model.numVariables());
    assertEquals(footprint.stats().constraints(), model.numConstraints());
    ModelSolver scip = new ModelSolver("scip");
    scip.setSolverSpecificParameters("limits/gap = 0");
    assertEquals(com.google.ortools.modelbuilder.SolveStatus.OPTIMAL, scip.solve(model));
    double z = footprint.objective();
    double zBack = scip.getObjectiveValue();
    assertTrue(Math.abs(zBack - z) <= REL_TOL * Math.max(1, Math.abs(z)),
        () -> String.format(java.util.Locale.ROOT, "Footprint %.6f, MPS read back %.6f, relative %.3g",
            z, zBack, Math.abs(zBack - z) / Math.max(1, Math.abs(z))));
  }
}
