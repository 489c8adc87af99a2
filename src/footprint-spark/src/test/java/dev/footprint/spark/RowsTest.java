package dev.footprint.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.CapacityStep;
import dev.footprint.model.Country;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.result.Allocation;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * An allocation goes to its row and back whole, the capacity steps in place included (an executor
 * sends its decisions to the driver this way).
 */
class RowsTest {
  /**
   * One site of 10 units and a step of 10 more for 100; the market buys 20 in period 1 (none in
   * period 0) and loses sales at 30 a unit, so the module goes in place in period 1 (100 < 300).
   */
  @Test
  void anAllocationWithStepsInPlaceComesBackWhole() {
    Network n = Network.builder().horizon(Horizon.of(2, 0))
        .country(Country.of("US", 0))
        .product(Product.of("cell", "battery", 0, 0))
        .site(Site.existing("US-S", "US", 10))
        .capacityStep(CapacityStep.of("US-line2", "US-S", 10, 100, 0))
        .market(Market.of("US-M", "US").withDemand("cell", dev.footprint.model.Series.of(0, 20))
            .withLostSalesPenalty("cell", 30))
        .build();
    Solution s = FootprintSolver.create().solve(n);
    assertEquals(SolveStatus.OPTIMAL, s.status());
    Allocation a = s.allocation();
    assertEquals(0, a.stepsInPlace("US-line2", 0), 1e-9);
    assertEquals(1, a.stepsInPlace("US-line2", 1), 1e-9);

    List<Object> values = Rows.allocation(a);
    StructType schema = Rows.struct(Rows.ALLOCATION.toArray(new StructField[0]));
    // Through Spark and back, as an executor's row reaches the driver.
    Row row = LocalSpark.session().createDataFrame(List.of(RowFactory.create(values.toArray())), schema)
        .collectAsList().get(0);
    Allocation back = Rows.allocation(row, n);
    assertTrue(a.sameDecisions(back, 0), "the same decisions");
    assertEquals(1, back.stepsInPlace("US-line2", 1), 1e-9);
  }

  /**
   * A car takes 2 engines, bought from an offer at 3 (made at 5): 10 cars bring 20 engines from the
   * offer; the flows come back whole through Spark.
   */
  @Test
  void anAllocationWithComponentFlowsComesBackWhole() {
    Network n = Network.builder()
        .country(Country.of("US", 0))
        .product(Product.of("car", "auto", 0, 100).withComponent("engine", 2), Product.of("engine", "auto", 0, 5))
        .site(Site.existing("plant", "US", 100))
        .supplierOffer(dev.footprint.model.SupplierOffer.of("engco", "engine", "US", 3, 100))
        .market(Market.of("US-M", "US").withDemand("car", 10))
        .build();
    Solution s = FootprintSolver.create().solve(n);
    assertEquals(SolveStatus.OPTIMAL, s.status());
    Allocation a = s.allocation();
    assertEquals(1, a.componentFlows().size());
    assertEquals("engco", a.componentFlows().get(0).from());
    assertEquals(20, a.componentFlows().get(0).units(), 1e-9);
    List<Object> values = Rows.allocation(a);
    StructType schema = Rows.struct(Rows.ALLOCATION.toArray(new StructField[0]));
    Row row = LocalSpark.session().createDataFrame(List.of(RowFactory.create(values.toArray())), schema)
        .collectAsList().get(0);
    Allocation back = Rows.allocation(row, n);
    assertTrue(a.sameDecisions(back, 0), "the same decisions");
    assertEquals(a.componentFlows(), back.componentFlows());
  }

  /**
   * Origin claims and component uses, in an allocation built by hand (not by the solver), come back
   * whole through Spark.
   */
  @Test
  void anAllocationWithOriginClaimsAndComponentUsesComesBackWhole() {
    Network n = Network.builder()
        .country(Country.of("US", 0), Country.of("MX", 0))
        .product(Product.of("car", "auto", 0, 100).withComponent("engine", 1).withDeclaredCustomsValue(100),
            Product.of("engine", "auto", 0, 5))
        .site(Site.existing("plant", "MX", 100).withProducts("car"))
        .supplierOffer(dev.footprint.model.SupplierOffer.of("engco", "engine", "US", 3, 100))
        .market(Market.of("US-M", "US").withDemand("car", 10))
        .freight(dev.footprint.model.FreightRate.lane("MX", "US", 1), dev.footprint.model.FreightRate.lane("US", "MX", 1))
        .agreement(dev.footprint.model.TradeAgreement.of("usmca", "US", "MX"))
        .originRule(dev.footprint.model.OriginRule.of("car-rvc", "usmca", "car", 0.5,
            dev.footprint.model.ContentMethod.BUILD_UP))
        .dutyDrawback(dev.footprint.model.DutyDrawback.of("mx-dd", "MX", 0.99))
        .build();
    Allocation a = new Allocation(n, List.of(new dev.footprint.result.Shipment("car", "plant", "US-M", 0, 10)),
        java.util.Map.of("plant", new double[] {1}), List.of(), java.util.Map.of(), java.util.Map.of(),
        List.of(new dev.footprint.result.ComponentFlow("engine", "engco", "plant", 0, 10)),
        List.of(new dev.footprint.result.OriginClaim("car-rvc", "car", "plant", "US-M", 0, 7)),
        List.of(new dev.footprint.result.ComponentUse(dev.footprint.result.ComponentUse.Purpose.CONTENT, "car-rvc",
            "car", "engine", "engco", "plant", 0, 7), new dev.footprint.result.ComponentUse(
            dev.footprint.result.ComponentUse.Purpose.DRAWBACK, "mx-dd", "car", "engine", "engco", "plant", 0, 10)));
    StructType schema = Rows.struct(Rows.ALLOCATION.toArray(new StructField[0]));
    Row row = LocalSpark.session().createDataFrame(List.of(RowFactory.create(Rows.allocation(a).toArray())), schema)
        .collectAsList().get(0);
    Allocation back = Rows.allocation(row, n);
    assertEquals(a.originClaims(), back.originClaims());
    assertEquals(a.componentUses(), back.componentUses());
    assertEquals(a.componentFlows(), back.componentFlows());
  }
}
