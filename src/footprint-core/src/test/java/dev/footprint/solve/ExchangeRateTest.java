package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.footprint.analysis.BreakEven;
import dev.footprint.analysis.Decision;
import dev.footprint.analysis.Parameter;
import dev.footprint.analysis.Specs;
import dev.footprint.model.CapacityStep;
import dev.footprint.model.Country;
import dev.footprint.model.ExchangeRate;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.result.CostKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Money stated in a local currency with an exchange-rate path (docs/model.md, Exchange rates), on
 * small networks whose optimum is worked out by hand in each test's Javadoc, solved with SCIP and
 * with HiGHS; every solution is verified and its objective recomputed by the evaluation's own
 * conversion (Solved.optimal).
 *
 * <p>The wage network: the study is in USD; a product "cell" takes 10 labor hours a unit and nothing
 * else; an existing site in the US, wage 25 USD an hour, and one in Korea, whose money is in KRW,
 * wage 30,000 KRW an hour, each able to make all 10 units the US market buys a period; shipping from
 * Korea is free and duty-free. A unit costs 10 * 25 = 250 USD in the US and 10 * 30,000 / r =
 * 300,000 / r USD in Korea at r KRW per USD: Korea is cheaper exactly when r > 300,000 / 250 = 1200.
 */
class ExchangeRateTest {
  private static final double TOL = 1e-6;

  private static Network wages(Horizon horizon, Series krwPerUsd) {
    return Network.builder().horizon(horizon)
        .country(Country.of("US", 25), Country.of("KR", 30_000).withCurrency("KRW"))
        .exchangeRate(new ExchangeRate("KRW", krwPerUsd))
        .product(Product.of("cell", "battery", 10, 0))
        .site(Site.existing("US-S", "US", 100), Site.existing("KR-S", "KR", 100))
        .market(Market.of("US-M", "US").withDemand("cell", 10))
        .freight(FreightRate.lane("KR", "US", 0))
        .build();
  }

  /**
   * Two periods, no discounting, the path 1190 then 1210 KRW per USD, just either side of the
   * break-even 1200. Period 0: a Korean unit costs 300,000 / 1190 = 252.1008 > 250, so the US makes
   * the 10 units, 2500. Period 1: 300,000 / 1210 = 247.9339 < 250, so Korea makes them,
   * 3,000,000 / 1210 = 2479.3388. Objective 4979.3388; all of it labor.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void thePathMovesProductionAtTheBreakEvenRate(Backend backend) {
    Solution s = Solved.optimal(wages(Horizon.of(2, 0), Series.of(1190, 1210)), backend);
    assertEquals(10, s.allocation().productionInCountry("cell", "US", 0), TOL);
    assertEquals(0, s.allocation().productionInCountry("cell", "KR", 0), TOL);
    assertEquals(0, s.allocation().productionInCountry("cell", "US", 1), TOL);
    assertEquals(10, s.allocation().productionInCountry("cell", "KR", 1), TOL);
    assertEquals(2500 + 3_000_000.0 / 1210, s.objective(), 1e-6);
    assertEquals(4979.338843, s.evaluation().cost(CostKind.LABOR), 1e-6);
  }

  /**
   * The sweepable {@code fx:KRW} scales the path 1000 KRW per USD: at a factor v a Korean unit costs
   * 300,000 / (1000 v) = 300 / v, below 250 exactly when v > 1.2. At 1.19 the US makes every unit,
   * at 1.21 Korea does; the break-even search finds 1.2 within its tolerance.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void theBreakEvenOfTheExchangeRateIsTheHandRate(Backend backend) {
    Network base = wages(Horizon.single(), Series.constant(1000));
    Parameter fx = Specs.parameter("fx:KRW");
    assertEquals("fx[KRW]", fx.name());
    Solution below = Solved.optimal(fx.at(base, 1.19), backend);
    assertEquals(10, below.allocation().productionInCountry("cell", "US", 0), TOL);
    assertEquals(10 * 250, below.objective(), 1e-6);
    Solution above = Solved.optimal(fx.at(base, 1.21), backend);
    assertEquals(10, above.allocation().productionInCountry("cell", "KR", 0), TOL);
    assertEquals(3000 / 1.21, above.objective(), 1e-6);

    BreakEven b = BreakEven.find(FootprintSolver.create(SolveOptions.DEFAULT.withBackend(backend)), base, fx,
        Decision.productMadeIn("cell", "KR", 0.5), 1, 1.5, 1e-4);
    assertEquals(1.2, b.value(), 1e-4);
  }

  /**
   * Capex, fixed cost and a material override in KRW, each converted at the rate of the period it
   * is paid in. Three periods at 10%, the path 1000, 1200, 1500 KRW per USD. The only site is a
   * Korean candidate with capex 1,200,000 KRW built over 1 period, fixed cost 110,000 KRW a period;
   * the product has no labor and material 5 USD a unit, overridden in Korea by 6000 KRW a unit. Demand 0, 10, 10: the fab must open in period 1, its capex spent in period 0 at 1000:
   * 1200 USD (also the investment pledge's figure, which it meets exactly). Fixed cost 110,000 / 1200
   * / 1.1 = 83.3333 and 110,000 / 1500 / 1.21 = 60.6061; materials 10 * 6000 / 1200 / 1.1 = 45.4545 and
   * 10 * 6000 / 1500 / 1.21 = 33.0579. Objective 1422.4518.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void capexFixedCostAndMaterialsConvertAtTheRateOfTheirPeriod(Backend backend) {
    Network n = Network.builder().horizon(Horizon.of(3, 0.10))
        .country(Country.of("US", 0), Country.of("KR", 0).withCurrency("KRW"))
        .exchangeRate(new ExchangeRate("KRW", Series.of(1000, 1200, 1500)))
        .product(Product.of("cell", "battery", 0, 5).withMaterialCost("KR", 6000))
        .site(Site.candidate("KR-fab", "KR", 100, 1_200_000).withBuildPeriods(1).withFixedCost(110_000))
        .market(Market.of("US-M", "US").withDemand("cell", Series.of(0, 10, 10)))
        .freight(FreightRate.lane("KR", "US", 0))
        .policy(new Policy.InvestmentPledge("kr-pledge", "KR", 1200))
        .build();
    Solution s = Solved.optimal(n, backend);
    assertEquals(1, s.allocation().siteStatus("KR-fab", 1), TOL);
    assertEquals(1200, s.evaluation().cost(CostKind.CAPEX), 1e-6);
    assertEquals(83.333333 + 60.606061, s.evaluation().cost(CostKind.FIXED), 1e-5);
    assertEquals(45.454545 + 33.057851, s.evaluation().cost(CostKind.MATERIALS), 1e-5);
    assertEquals(1422.451791, s.objective(), 1e-5);
    assertEquals(1200, s.evaluation().capexByCountry().get("KR"), 1e-9);
  }

  /** A pledge of 1201 USD cannot be met by capex worth 1200 USD when spent. */
  @Test
  void thePledgeCountsCapexConvertedWhenSpent() {
    Network n = Network.builder().horizon(Horizon.of(2, 0))
        .country(Country.of("US", 0), Country.of("KR", 0).withCurrency("KRW"))
        .exchangeRate(new ExchangeRate("KRW", Series.of(1000, 2000)))
        .product(Product.of("cell", "battery", 0, 0))
        .site(Site.candidate("KR-fab", "KR", 100, 1_200_000), Site.existing("US-S", "US", 100))
        .market(Market.of("US-M", "US").withDemand("cell", 10))
        .freight(FreightRate.lane("KR", "US", 0))
        .policy(new Policy.InvestmentPledge("kr-pledge", "KR", 1000))
        .build();
    // Opening in period 0 spends 1200 USD, in period 1 600: only period 0 meets a pledge of 1000.
    Solution s = Solved.optimal(n, Backend.HIGHS);
    assertEquals(1, s.allocation().siteStatus("KR-fab", 0), TOL);
    assertEquals(1200, s.objective(), 1e-6);
    Solution infeasible = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(Backend.HIGHS)).solve(
        n.toBuilder().replacePolicy(new Policy.InvestmentPledge("kr-pledge", "KR", 1201)).build());
    assertEquals(SolveStatus.INFEASIBLE, infeasible.status());
  }

  /**
   * A capacity step's capex is in its site's local money, converted at the rate of the period its
   * module is put in place. Two periods, no discounting, the path 2000 then 1000 KRW per USD. A Korean
   * site of 10 units (no labor, no materials) and a step of 10 more for 1,000,000 KRW; the US market
   * buys 20 a period and loses sales at 30 USD a unit. The step in period 0 costs 1,000,000 / 2000 =
   * 500 USD and leaves nothing unserved: 500. In period 1: 10 * 30 + 1,000,000 / 1000 = 1300. Never:
   * 2 * 10 * 30 = 600. So it is put in place in period 0, objective 500. (Unconverted, the step would
   * cost 1,000,000 and never be built: 600.)
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void aStepsCapexConvertsAtTheRateOfThePeriodItIsPutInPlace(Backend backend) {
    Network n = Network.builder().horizon(Horizon.of(2, 0))
        .country(Country.of("US", 0), Country.of("KR", 0).withCurrency("KRW"))
        .exchangeRate(new ExchangeRate("KRW", Series.of(2000, 1000)))
        .product(Product.of("cell", "battery", 0, 0))
        .site(Site.existing("KR-S", "KR", 10))
        .capacityStep(CapacityStep.of("KR-line2", "KR-S", 10, 1_000_000, 0))
        .market(Market.of("US-M", "US").withDemand("cell", 20).withLostSalesPenalty("cell", 30))
        .freight(FreightRate.lane("KR", "US", 0))
        .build();
    Solution s = Solved.optimal(n, backend);
    assertEquals(500, s.objective(), 1e-6);
    assertEquals(500, s.evaluation().cost(CostKind.EXPANSION_CAPEX), 1e-6);
    assertEquals(0, s.evaluation().cost(CostKind.LOST_SALES), 1e-6);
    assertEquals(20, s.allocation().productionInCountry("cell", "KR", 0), TOL);
  }
}
