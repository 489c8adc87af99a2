package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.SupplierOffer;
import dev.footprint.model.TariffMeasure;
import dev.footprint.result.ComponentFlow;
import dev.footprint.result.CostKind;
import dev.footprint.result.Verifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bills of materials, supplier offers and site-to-site component flows (docs/model.md, Bills of
 * materials) on small networks worked out by hand, solved with SCIP and HiGHS; every solution is
 * verified and the solver's objective must equal the evaluation's ({@link Solved#optimal}). One
 * period, no labor, no fixed costs unless said.
 */
class BillOfMaterialsTest {

  /**
   * Two levels: a car takes 1 battery, a battery takes 2 cells. The plant (US, capacity {@code cap})
   * may make all three: car material 100, battery 10, cell 3. Supplier "cellco" (US) sells cells at
   * 2.5, up to {@code supply} a period. The market wants 10 cars: 10 batteries, 20 cells.
   */
  private static Network makeOrBuy(double supply, double cap) {
    return Network.builder()
        .country(Country.of("US", 0))
        .product(Product.of("car", "auto", 0, 100).withComponent("battery", 1),
            Product.of("battery", "auto", 0, 10).withComponent("cell", 2),
            Product.of("cell", "auto", 0, 3))
        .site(Site.existing("plant", "US", cap))
        .supplierOffer(SupplierOffer.of("cellco", "cell", "US", 2.5, supply))
        .market(Market.of("US-M", "US").withDemand("car", 10))
        .build();
  }

  /**
   * Buying a cell (2.5) beats making one (3), and the offer (30) covers the 20 cells: 10 * 100 + 10 *
   * 10 + 20 * 2.5 = 1150, of which 1150 materials (the price of bought cells counts as materials).
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void cellsAreBoughtWhereBuyingIsCheaper(Backend backend) {
    Solution s = Solved.optimal(makeOrBuy(30, 1000), backend);
    assertEquals(1150, s.objective(), 1e-6);
    assertEquals(1150, s.evaluation().cost(CostKind.MATERIALS), 1e-6);
    assertEquals(20, units(s, "cell", "cellco", "plant"), 1e-6);
    assertEquals(10, units(s, "battery", "plant", "plant"), 1e-6);
    assertEquals(0, units(s, "cell", "plant", "plant"), 1e-6);
    // the plant makes 10 cars and 10 batteries
    assertEquals(10, s.allocation().production("battery", "plant", 0), 1e-6);
  }

  /**
   * The offer binds at 12 cells: 12 bought at 2.5 = 30, 8 made at 3 = 24; 1000 + 100 + 54 = 1154.
   * The plant makes 10 cars, 10 batteries and 8 cells: 28 capacity units.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void aSupplierCapacityBinds(Backend backend) {
    Solution s = Solved.optimal(makeOrBuy(12, 1000), backend);
    assertEquals(1154, s.objective(), 1e-6);
    assertEquals(12, units(s, "cell", "cellco", "plant"), 1e-6);
    assertEquals(8, units(s, "cell", "plant", "plant"), 1e-6);
    assertEquals(8, s.allocation().production("cell", "plant", 0), 1e-6);
  }

  /**
   * Capacity counts components made: with capacity 24 the plant makes 10 cars and 10 batteries (20)
   * and at most 4 cells, so it must buy 16, but the offer sells 12: no plan exists.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void capacityCountsTheComponentsASiteMakes(Backend backend) {
    Solution s = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(backend)).solve(makeOrBuy(12, 24));
    assertEquals(SolveStatus.INFEASIBLE, s.status(), s.toString());
    Solution fits = Solved.optimal(makeOrBuy(12, 28), backend);
    assertEquals(1154, fits.objective(), 1e-6);
  }

  /**
   * A car (US) takes 2 engines. Engines are made in MX (material 50, customs value = cost, markup 0)
   * and shipped to the US at freight 5, paying the US ad valorem tariff {@code rate} at the border;
   * or made in the US at material 61. Car material 200, 10 cars wanted, 20 engines.
   *
   * <p>At 10%: a MX engine costs 50 + 5 + 0.10 * 50 = 60 < 61, so 20 come from MX: 2000 + 20 * 60 =
   * 3200, freight 100, tariffs 100 on the lane MX->US. At 25%: 50 + 5 + 12.5 = 67.5 > 61, so they are
   * made in the US: 2000 + 20 * 61 = 3220 and no duty.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void aComponentCrossingIntoTheAssemblyCountryPaysFreightAndDuty(Backend backend) {
    Solution low = Solved.optimal(engines(0.10), backend);
    assertEquals(3200, low.objective(), 1e-6);
    assertEquals(20, units(low, "engine", "mx-engines", "assembly"), 1e-6);
    assertEquals(100, low.evaluation().cost(CostKind.FREIGHT), 1e-6);
    assertEquals(100, low.evaluation().cost(CostKind.TARIFFS), 1e-6);
    assertEquals(100, low.evaluation().tariffsByLane().get("MX->US"), 1e-6);

    Solution high = Solved.optimal(engines(0.25), backend);
    assertEquals(3220, high.objective(), 1e-6);
    assertEquals(20, units(high, "engine", "us-engines", "assembly"), 1e-6);
    assertEquals(0, high.evaluation().cost(CostKind.TARIFFS), 1e-9);
  }

  /**
   * No lane, no flow: without the MX->US freight rate the cheaper MX engines (50, no duty at rate 0)
   * cannot reach the US plant, so the 20 engines are made in the US at 61: 2000 + 1220 = 3220.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void aComponentCannotCrossWhereThereIsNoLane(Backend backend) {
    Solution s = Solved.optimal(engines(0).toBuilder().clearFreight().build(), backend);
    assertEquals(3220, s.objective(), 1e-6);
    assertEquals(0, units(s, "engine", "mx-engines", "assembly"), 1e-9);
  }

  private static Network engines(double rate) {
    return Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("car", "auto", 0, 200).withComponent("engine", 2),
            Product.of("engine", "auto", 0, 50).withMaterialCost("US", 61))
        .site(Site.existing("assembly", "US", 100).withProducts("car"),
            Site.existing("mx-engines", "MX", 100).withProducts("engine"),
            Site.existing("us-engines", "US", 100).withProducts("engine"))
        .freight(FreightRate.lane("MX", "US", 5))
        .tariff(TariffMeasure.adValorem("us-duty", "US", rate))
        .market(Market.of("US-M", "US").withDemand("car", 10))
        .build();
  }

  /**
   * A bought component pays the duty on its price: a car (US) takes 2 engines; "mx-engco" sells them
   * from MX at 40, freight 5, US tariff 10% on the price: 40 + 5 + 4 = 49 an engine, below the 50 of
   * an engine made at the US plant. 10 cars: 10 * 200 + 20 * 49 = 2980, tariffs 20 * 4 = 80, materials
   * 2000 + 20 * 40 = 2800.
   *
   * <p>With a US production credit of 3 per engine made there, a US engine costs 47 < 49: 2000 + 20 *
   * 50 - 20 * 3 = 2940, credits -60 (made components earn credits like shipped units).
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void aBoughtComponentPaysDutyOnItsPriceAndAMadeOneEarnsCredits(Backend backend) {
    Network bought = Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("car", "auto", 0, 200).withComponent("engine", 2), Product.of("engine", "auto", 0, 50))
        .site(Site.existing("plant", "US", 100))
        .supplierOffer(SupplierOffer.of("mx-engco", "engine", "MX", 40, 100))
        .freight(FreightRate.lane("MX", "US", 5))
        .tariff(TariffMeasure.adValorem("us-duty", "US", 0.10))
        .market(Market.of("US-M", "US").withDemand("car", 10))
        .build();
    Solution s = Solved.optimal(bought, backend);
    assertEquals(2980, s.objective(), 1e-6);
    assertEquals(80, s.evaluation().cost(CostKind.TARIFFS), 1e-6);
    assertEquals(2800, s.evaluation().cost(CostKind.MATERIALS), 1e-6);
    assertEquals(20, units(s, "engine", "mx-engco", "plant"), 1e-6);

    Network credited = bought.toBuilder().productionCredit(dev.footprint.model.ProductionCredit.of("us-engines", "US",
        dev.footprint.model.ProductScope.products("engine"), 3)).build();
    Solution c = Solved.optimal(credited, backend);
    assertEquals(2940, c.objective(), 1e-6);
    assertEquals(-60, c.evaluation().cost(CostKind.PRODUCTION_CREDITS), 1e-6);
    assertEquals(20, units(c, "engine", "plant", "plant"), 1e-6);
  }

  /** A hand-made plan that brings too few engines fails the balance check. */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"HIGHS"})
  void theVerifierChecksTheBalance(Backend backend) {
    Solution s = Solved.optimal(engines(0.10), backend);
    java.util.List<ComponentFlow> flows = java.util.List.of(new ComponentFlow("engine", "mx-engines", "assembly", 0, 19));
    dev.footprint.result.Allocation a = new dev.footprint.result.Allocation(s.allocation().network(),
        s.allocation().shipments(), java.util.Map.of("assembly", new double[] {1}, "mx-engines", new double[] {1},
            "us-engines", new double[] {1}), java.util.List.of(), java.util.Map.of(), java.util.Map.of(), flows);
    var report = Verifier.create().verify(a);
    assertFalse(report.passed());
    assertTrue(report.toString().contains("balance[engine,assembly,0]"), report.toString());
  }

  private static double units(Solution s, String product, String from, String to) {
    double sum = 0;
    for (ComponentFlow f : s.allocation().componentFlows()) {
      if (f.product().equals(product) && f.from().equals(from) && f.to().equals(to)) {
        sum += f.units();
      }
    }
    return sum;
  }
}
