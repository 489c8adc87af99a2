package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.CapacityStep;
import dev.footprint.model.CapexAccounting;
import dev.footprint.model.Country;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.result.CostKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Capacity steps and closable candidates (docs/model.md: Capacity steps, Closable candidates) on small
 * networks worked out by hand in each test's Javadoc, solved with SCIP and with HiGHS; every solution
 * is verified and the solver's objective must equal the evaluation's ({@link Solved#optimal}).
 *
 * <p>Unless a test says otherwise: three periods at 10% (discount weights 1, 1/1.1, 1/1.21, summing
 * to 2.735537), one product "widget" with no labor and no material, and the US market.
 */
class CapacityStepTest {
  private static final double SUM_OF_WEIGHTS = 1 + 1 / 1.1 + 1 / 1.21; // 2.7355372

  /**
   * An existing plant of capacity 10; the market wants 15 a period, the 5 it cannot make are lost at
   * {@code penalty} each; a step "line2" adds 5 for a capex of 1000, asset life 5, from period 0.
   */
  private static Network plantWithStep(CapexAccounting accounting, double penalty) {
    return Network.builder().horizon(Horizon.of(3, 0.10).withCapexAccounting(accounting))
        .country(Country.of("US", 0))
        .product(Product.of("widget", "goods", 0, 0))
        .site(Site.existing("plant", "US", 10))
        .market(Market.of("US-M", "US").withDemand("widget", 15).withLostSalesPenalty("widget", penalty))
        .capacityStep(new CapacityStep("line2", "plant", Series.constant(5), 1000, 0, 1, 5))
        .build();
  }

  /**
   * ANNUITY: the annuity-due factor over 5 periods at 10% is 4.169865, so the step costs 1000 /
   * 4.169865 = 239.8159 in each period from the one it is put in place; it saves 5 lost units a
   * period, 5p. Both run to the end of the horizon from the same period, so the step is put in place
   * (in period 0, where the difference counts most) exactly when 5p > 239.8159, p > 47.9632.
   *
   * <p>p = 47, just below: no step, 5 * 47 = 235 a period lost, 235 * 2.735537 = 642.8512.
   * p = 49, just above: the step from period 0, 239.8159 * 2.735537 = 656.0253 of expansion capex
   * and nothing lost (less than the 245 * 2.735537 = 670.2066 it would otherwise lose).
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void underAnnuityAStepIsChosenExactlyWhenItsSavingExceedsItsAnnuity(Backend backend) {
    Solution below = Solved.optimal(plantWithStep(CapexAccounting.ANNUITY, 47), backend);
    assertEquals(642.8512397, below.objective(), 1e-6);
    assertEquals(0, below.evaluation().cost(CostKind.EXPANSION_CAPEX), 1e-9);
    assertEquals(0, below.allocation().stepsInPlace("line2", 2), 1e-9);
    assertTrue(below.allocation().stepFirstInPlace("line2").isEmpty());

    Solution above = Solved.optimal(plantWithStep(CapexAccounting.ANNUITY, 49), backend);
    assertEquals(656.0252903, above.objective(), 1e-6);
    assertEquals(656.0252903, above.evaluation().cost(CostKind.EXPANSION_CAPEX), 1e-6);
    assertEquals(0, above.evaluation().cost(CostKind.LOST_SALES), 1e-9);
    for (int t = 0; t < 3; t++) {
      assertEquals(1, above.allocation().stepsInPlace("line2", t), 1e-9);
    }
    assertEquals(0, above.allocation().stepFirstInPlace("line2").getAsInt());
  }

  /**
   * FULL: the step's capex of 1000 is paid in the period it is put in place. In period 0 it saves
   * 5p * 2.735537 = 13.677686p, so it pays when p > 73.1118; later it saves less and costs more per
   * unit saved (period 1: 909.09 against 5p * 1.735537; period 2: 826.45 against 5p / 1.21).
   *
   * <p>p = 73: no step, 365 * 2.735537 = 998.4711 lost. p = 74: the step in period 0, 1000, less than
   * the 1012.1488 it saves.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void underFullCapexAStepIsChosenExactlyWhenItsSavingExceedsItsCapex(Backend backend) {
    Solution below = Solved.optimal(plantWithStep(CapexAccounting.FULL, 73), backend);
    assertEquals(365 * SUM_OF_WEIGHTS, below.objective(), 1e-6);
    assertEquals(998.4710744, below.objective(), 1e-6);
    assertTrue(below.allocation().stepFirstInPlace("line2").isEmpty());

    Solution above = Solved.optimal(plantWithStep(CapexAccounting.FULL, 74), backend);
    assertEquals(1000, above.objective(), 1e-6);
    assertEquals(1000, above.evaluation().cost(CostKind.EXPANSION_CAPEX), 1e-6);
    assertEquals(0, above.allocation().stepFirstInPlace("line2").getAsInt());
  }

  /**
   * A step of up to 3 modules of +5 for 1000 each (FULL, no life) at a plant of 10; demand 15, 15,
   * 20, lost at 300 a unit. Module 1 in period 0 saves 5 units in every period, 1500 * 2.735537 =
   * 4103.31 for 1000: taken. Module 2 saves only the 5 more units of period 2, 1500/1.21 = 1239.67:
   * in period 0 it costs 1000 (net -239.67), in period 1 1000/1.1 (net -330.58), in period 2
   * 1000/1.21 = 826.45 (net -413.22): in period 2. Module 3 saves nothing. Modules in place 1, 1, 2;
   * total 1000 + 1000/1.21 = 1826.4463, nothing lost.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void aStepOfSeveralModulesPutsEachInPlaceWhenItPaysBest(Backend backend) {
    Network n = Network.builder().horizon(Horizon.of(3, 0.10))
        .country(Country.of("US", 0))
        .product(Product.of("widget", "goods", 0, 0))
        .site(Site.existing("plant", "US", 10))
        .market(Market.of("US-M", "US").withDemand("widget", Series.of(15, 15, 20)).withLostSalesPenalty("widget", 300))
        .capacityStep(CapacityStep.of("line", "plant", 5, 1000, 0).withMaxCount(3))
        .build();
    Solution s = Solved.optimal(n, backend);
    assertEquals(1000 + 1000 / 1.21, s.objective(), 1e-6);
    assertEquals(1826.4462810, s.evaluation().cost(CostKind.EXPANSION_CAPEX), 1e-6);
    assertEquals(1, s.allocation().stepsInPlace("line", 0), 1e-9);
    assertEquals(1, s.allocation().stepsInPlace("line", 1), 1e-9);
    assertEquals(2, s.allocation().stepsInPlace("line", 2), 1e-9);
  }

  /**
   * A closable candidate under ANNUITY: capex 1000, life 5 (239.8159 a period), fixed cost 300 a
   * period, closing cost 100; demand 10, 10, 0, no other site. It must open in period 0. Staying open
   * costs 300 * 2.735537 = 820.6612 of fixed cost; closing in period 2 costs 300 + 300/1.1 = 572.7273
   * of fixed cost and 100/1.21 = 82.6446 to close. The annuity is charged to the end of the horizon
   * either way (the capital is sunk): 239.8159 * 2.735537 = 656.0253. Closing: 572.7273 + 82.6446 +
   * 656.0253 = 1311.3972 (1311.3971912 unrounded); staying open (or the same site not closable): 820.6612 + 656.0253 =
   * 1476.6864 (1476.6864474 unrounded). With a closing cost of 400 > 300, closing would cost 300/1.21 more than it saves: it
   * stays open.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void aClosableCandidateClosesWhenItsClosingCostIsBelowWhatItSaves(Backend backend) {
    Site fab = Site.candidate("fab", "US", 100, 1000).withAssetLife(5).withFixedCost(300).withClosingCost(100);
    Network.Builder b = Network.builder().horizon(Horizon.of(3, 0.10).withCapexAccounting(CapexAccounting.ANNUITY))
        .country(Country.of("US", 0))
        .product(Product.of("widget", "goods", 0, 0))
        .market(Market.of("US-M", "US").withDemand("widget", Series.of(10, 10, 0)));
    Solution closes = Solved.optimal(b.site(fab.withClosable(true)).build(), backend);
    assertEquals(1311.3971912, closes.objective(), 1e-6);
    assertEquals(100 / 1.21, closes.evaluation().cost(CostKind.CLOSING), 1e-6);
    assertEquals(656.0252903, closes.evaluation().cost(CostKind.CAPEX), 1e-6);
    assertTrue(closes.allocation().isActive("fab", 1));
    assertFalse(closes.allocation().isActive("fab", 2));

    Solution fixed = Solved.optimal(b.replaceSite(fab).build(), backend);
    assertEquals(1476.6864474, fixed.objective(), 1e-6);
    assertTrue(fixed.allocation().isActive("fab", 2));

    Solution dear = Solved.optimal(b.replaceSite(fab.withClosable(true).withClosingCost(400)).build(), backend);
    assertEquals(1476.6864474, dear.objective(), 1e-6);
    assertTrue(dear.allocation().isActive("fab", 2));
    assertEquals(0, dear.evaluation().cost(CostKind.CLOSING), 1e-9);
  }

  /**
   * A closable candidate closes once and does not reopen: capex 0, closing cost 0, fixed cost 300,
   * demand 10, 0, 10 with no lost sales. Closing in period 1 and reopening in period 2 would cost
   * 300 + 300/1.21 = 547.93; since it may not reopen it stays open: 300 * 2.735537 = 820.6612.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void aClosableCandidateDoesNotReopen(Backend backend) {
    Network n = Network.builder().horizon(Horizon.of(3, 0.10))
        .country(Country.of("US", 0))
        .product(Product.of("widget", "goods", 0, 0))
        .site(Site.candidate("fab", "US", 100, 0).withFixedCost(300).withClosable(true))
        .market(Market.of("US-M", "US").withDemand("widget", Series.of(10, 0, 10)))
        .build();
    Solution s = Solved.optimal(n, backend);
    assertEquals(300 * SUM_OF_WEIGHTS, s.objective(), 1e-6);
    assertTrue(s.allocation().isActive("fab", 1));
  }

  /**
   * A step on a candidate that opens in period 1 at the earliest works only while it is open: the
   * candidate (capacity 10, capex 0) is the only site; demand 15 a period, lost at 1000. Period 0's
   * 15 units are lost (15000), whatever the step. The step (+5, capex 100, FULL) is put in place in
   * period 1, when the site opens: 100/1.1 = 90.9091, saving 5 units in periods 1 and 2. Total
   * 15000 + 90.9091.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void aStepIsPutInPlaceOnlyOnceItsSiteIsOpen(Backend backend) {
    Network n = Network.builder().horizon(Horizon.of(3, 0.10))
        .country(Country.of("US", 0))
        .product(Product.of("widget", "goods", 0, 0))
        .site(Site.candidate("fab", "US", 10, 0).withOpeningPeriod(1))
        .market(Market.of("US-M", "US").withDemand("widget", 15).withLostSalesPenalty("widget", 1000))
        .capacityStep(CapacityStep.of("line", "fab", 5, 100, 0))
        .build();
    Solution s = Solved.optimal(n, backend);
    assertEquals(15000 + 100 / 1.1, s.objective(), 1e-6);
    assertEquals(0, s.allocation().stepsInPlace("line", 0), 1e-9);
    assertEquals(1, s.allocation().stepsInPlace("line", 1), 1e-9);
  }

  /**
   * The sweepable parameter {@code step:line2} sets the capex of one module: at 1200 the annuity is
   * 1200 / 4.169865 = 287.7791 a period, above the 5 * 49 = 245 the step saves, so with p = 49 it is
   * no longer put in place and 245 * 2.735537 = 670.2066 is lost; at 1000 (the network's) it is.
   */
  @ParameterizedTest
  @EnumSource(value = Backend.class, names = {"SCIP", "HIGHS"})
  void theStepCapexParameterMovesTheChoice(Backend backend) {
    var parameter = dev.footprint.analysis.Specs.parameter("step:line2");
    assertEquals("step[line2].capex", parameter.name());
    assertTrue(parameter.objectiveOnly());
    Network base = plantWithStep(CapexAccounting.ANNUITY, 49);
    Solution dear = Solved.optimal(parameter.apply().apply(base, 1200.0), backend);
    assertEquals(245 * SUM_OF_WEIGHTS, dear.objective(), 1e-6);
    assertTrue(dear.allocation().stepFirstInPlace("line2").isEmpty());
    assertEquals(base, parameter.apply().apply(base, 1000.0));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> dev.footprint.analysis.Parameters.stepCapex("nope").apply().apply(base, 1.0));
  }
}
