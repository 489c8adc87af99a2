package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.result.Allocation;
import dev.footprint.result.Evaluation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Certification by a second backend: agreement on the instances of {@link BackendAgreementTest}
 * and on an infeasible model; disagreement, reported as a failure naming both costs, when the
 * solution handed in is not what it claims.
 *
 * <p>The hand network ({@link #usMx}): US (wage 30) and MX (wage 10), a widget of 1 hour and
 * material 10, existing sites US-1 and MX-1 of capacity 200, a US market of 100, freight MX-&gt;US 5.
 * A unit costs 40 from US-1 and 10 + 10 + 5 = 25 from MX-1: the optimum ships all 100 from MX-1,
 * 2500. Moving u units to US-1 costs 15u more.
 */
class CertifierTest {

  private static Network usMx() {
    return Network.builder()
        .country(Country.of("US", 30), Country.of("MX", 10))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.existing("US-1", "US", 200), Site.existing("MX-1", "MX", 200))
        .market(Market.of("US-M", "US").withDemand("widget", 100))
        .freight(FreightRate.lane("MX", "US", 5))
        .build();
  }

  /** The first backend of these tests: SCIP, certified by others. */
  private static final SolveOptions SCIP = SolveOptions.DEFAULT.withBackend(Backend.SCIP);

  /** A solution as a backend might hand it in: this allocation, claimed OPTIMAL with this bound. */
  private static Solution claimed(Network n, Allocation a, double reportedObjective, double bound) {
    SolverStats stats = new SolverStats(Backend.SCIP, "test", "OPTIMAL", reportedObjective, bound,
        Math.abs(reportedObjective - bound) / Math.max(1, Math.abs(reportedObjective)), 0, 0, 0, 0, 0, 0, false,
        StopReason.FINISHED, false);
    return new Solution(n, SolveStatus.OPTIMAL, stats, a, Evaluation.of(a), null, null);
  }

  @ParameterizedTest(name = "instance {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5})
  void scipAnswersAreCertifiedByHighsAndCpSat(int k) {
    Network n = BackendAgreementTest.instance(k);
    SolveOptions options = SolveOptions.DEFAULT.withBackend(Backend.SCIP);
    Solution scip = FootprintSolver.create(options).solve(n);
    assertEquals(SolveStatus.OPTIMAL, scip.status());
    for (Backend second : List.of(Backend.HIGHS, Backend.CP_SAT)) {
      Certificate c = Certifier.certify(n, scip, second, options);
      assertEquals(Certificate.Verdict.AGREED, c.verdict(), c.describe());
      assertTrue(c.passed());
      assertTrue(c.findings().isEmpty(), c.describe());
      assertEquals(scip.objective(), c.firstObjective(), 1e-9 * Math.max(1, Math.abs(scip.objective())));
      assertEquals(c.firstObjective(), c.secondObjective(), 2e-6 * Math.max(1, Math.abs(c.firstObjective())));
      assertTrue(c.provenLowerBound() <= c.firstObjective() + 1e-6 * Math.max(1, Math.abs(c.firstObjective())));
      assertEquals(c, c.requirePassed());
    }
  }

  /** HiGHS's answer certified by SCIP, the other way round. */
  @Test
  void highsAnswerCertifiedByScip() {
    Network n = BackendAgreementTest.instance(7);
    SolveOptions highs = SolveOptions.DEFAULT.withBackend(Backend.HIGHS);
    Solution s = FootprintSolver.create(highs).solve(n);
    Certificate c = Certifier.certify(n, s, Backend.SCIP, highs);
    assertTrue(c.passed(), c.describe());
    assertEquals(Backend.HIGHS, c.first());
    assertEquals(Backend.SCIP, c.second());
  }

  /** The optimum of the hand network is certified, with both costs 2500. */
  @Test
  void handOptimumIsCertified() {
    Network n = usMx();
    Solution s = FootprintSolver.create(SCIP).solve(n);
    Certificate c = Certifier.certify(n, s, Backend.HIGHS, SCIP);
    assertTrue(c.passed(), c.describe());
    assertEquals(2500, c.firstObjective(), 1e-9);
    assertEquals(2500, c.secondObjective(), 1e-9);
  }

  /**
   * 10 units moved to US-1 and the result claimed OPTIMAL at its true cost 2650 with bound 2650:
   * HiGHS finds 2500. Both the optimality claim (150 above, 0.057 relative, far beyond the gap 1e-6)
   * and the bound (2650 above a verified 2500) are refuted, and requirePassed throws naming both.
   */
  @Test
  void suboptimalAnswerClaimedOptimalIsRefuted() {
    Network n = usMx();
    Allocation optimal = FootprintSolver.create().solve(n).allocation();
    Allocation worse = optimal.withShipment("widget", "MX-1", "US-M", 0, 90)
        .withShipment("widget", "US-1", "US-M", 0, 10);
    assertEquals(2650, Evaluation.of(worse).total(), 1e-9);
    Certificate c = Certifier.certify(n, claimed(n, worse, 2650, 2650), Backend.HIGHS, SolveOptions.DEFAULT);
    assertEquals(Certificate.Verdict.DISAGREED, c.verdict(), c.describe());
    assertFalse(c.passed());
    assertEquals(2650, c.firstObjective(), 1e-9);
    assertEquals(2500, c.secondObjective(), 1e-9);
    assertEquals(2, c.findings().size(), c.describe());
    assertTrue(c.findings().get(0).contains("SCIP's bound 2650") && c.findings().get(0).contains("2500"),
        c.findings().get(0));
    assertTrue(c.findings().get(1).contains("SCIP returned OPTIMAL at 2650 but HIGHS found 2500"),
        c.findings().get(1));
    IllegalStateException e = assertThrows(IllegalStateException.class, c::requirePassed);
    assertTrue(e.getMessage().contains("DISAGREED"), e.getMessage());
  }

  /**
   * The size of a disagreement against the gap: 1e-5 units moved to US-1 cost 1.5e-4 more, 6e-8 of
   * 2500, within the gap (1e-6) plus the tolerance (1e-6): agreed. 1.75e-5 relative (the size once
   * seen from SCIP) and 0.01 units (0.15 more, 6e-5 relative): refuted.
   */
  @Test
  void onlyDisagreementsBeyondTheGapFail() {
    Network n = usMx();
    Allocation optimal = FootprintSolver.create().solve(n).allocation();
    double tiny = 1e-5;
    Allocation almost = optimal.withShipment("widget", "MX-1", "US-M", 0, 100 - tiny)
        .withShipment("widget", "US-1", "US-M", 0, tiny);
    double z = 2500 + 15 * tiny;
    assertEquals(z, Evaluation.of(almost).total(), 1e-9);
    assertTrue(Certifier.certify(n, claimed(n, almost, z, 2500), Backend.HIGHS, SolveOptions.DEFAULT).passed());
    // the reported case: OPTIMAL 1.75e-5 (relative) above the optimum, 0.04375 on 2500
    double u = 2500 * 1.75e-5 / 15;
    Allocation reported = optimal.withShipment("widget", "MX-1", "US-M", 0, 100 - u)
        .withShipment("widget", "US-1", "US-M", 0, u);
    assertEquals(2500.04375, Evaluation.of(reported).total(), 1e-9);
    assertEquals(Certificate.Verdict.DISAGREED, Certifier.certify(n, claimed(n, reported, 2500.04375, 2500.04375),
        Backend.HIGHS, SolveOptions.DEFAULT).verdict());
    Allocation off = optimal.withShipment("widget", "MX-1", "US-M", 0, 99.99)
        .withShipment("widget", "US-1", "US-M", 0, 0.01);
    Certificate c = Certifier.certify(n, claimed(n, off, 2500.15, 2500), Backend.HIGHS, SolveOptions.DEFAULT);
    assertEquals(Certificate.Verdict.DISAGREED, c.verdict(), c.describe());
    assertEquals(1, c.findings().size(), c.describe());
    assertTrue(c.findings().get(0).contains("lower by 0.15"), c.findings().get(0));
  }

  /** The optimal allocation with a reported objective 0.5 above its cost fails its own verification. */
  @Test
  void misreportedObjectiveIsRefuted() {
    Network n = usMx();
    Allocation optimal = FootprintSolver.create().solve(n).allocation();
    Certificate c = Certifier.certify(n, claimed(n, optimal, 2500.5, 2500), Backend.HIGHS, SolveOptions.DEFAULT);
    assertEquals(Certificate.Verdict.DISAGREED, c.verdict(), c.describe());
    assertTrue(c.findings().get(0).contains("fails verification") && c.findings().get(0).contains("objective"),
        c.describe());
  }

  /** A feasible network claimed INFEASIBLE: the second backend's verified allocation refutes it. */
  @Test
  void falseInfeasibilityIsRefuted() {
    Network n = usMx();
    SolverStats stats = new SolverStats(Backend.SCIP, "test", "INFEASIBLE", Double.NaN, Double.NaN, Double.NaN, 0, 0,
        0, 0, 0, 0, false, StopReason.FINISHED, false);
    Solution s = new Solution(n, SolveStatus.INFEASIBLE, stats, null, null, null, null);
    Certificate c = Certifier.certify(n, s, Backend.HIGHS, SolveOptions.DEFAULT);
    assertEquals(Certificate.Verdict.DISAGREED, c.verdict(), c.describe());
    assertTrue(c.findings().get(0).contains("SCIP ended INFEASIBLE but HIGHS ended OPTIMAL"), c.describe());
  }

  /** A pledge no plan can meet: both backends say infeasible, which is agreement. */
  @Test
  void infeasibilityIsCertified() {
    Network n = usMx().toBuilder().site(Site.candidate("US-new", "US", 10, 1000))
        .policy(new Policy.InvestmentPledge("us-pledge", "US", 5000)).build();
    Solution s = FootprintSolver.create(SCIP).solve(n);
    assertEquals(SolveStatus.INFEASIBLE, s.status());
    Certificate c = Certifier.certify(n, s, Backend.HIGHS, SCIP);
    assertEquals(Certificate.Verdict.AGREED, c.verdict(), c.describe());
    assertEquals(SolveStatus.INFEASIBLE, c.secondStatus());
  }

  @Test
  void refusesWhatItCannotCertify() {
    Network n = usMx();
    Solution s = FootprintSolver.create(SCIP).solve(n);
    assertThrows(IllegalArgumentException.class, () -> Certifier.certify(n, s, Backend.SCIP, SolveOptions.DEFAULT));
    assertThrows(IllegalArgumentException.class, () -> Certifier.certify(null, s, Backend.HIGHS, SolveOptions.DEFAULT));
    assertThrows(IllegalArgumentException.class, () -> Certifier.certify(n, null, Backend.HIGHS, SolveOptions.DEFAULT));
    assertThrows(IllegalArgumentException.class, () -> Certifier.certify(n, s, null, SolveOptions.DEFAULT));
    assertThrows(IllegalArgumentException.class, () -> Certifier.certify(n, s, Backend.HIGHS, null));
    assertThrows(IllegalArgumentException.class,
        () -> Certifier.certify(n, s, Backend.HIGHS, SolveOptions.DEFAULT, -1));
    Network other = n.toBuilder().replaceMarket(Market.of("US-M", "US").withDemand("widget", 90)).build();
    assertThrows(IllegalArgumentException.class, () -> Certifier.certify(other, s, Backend.HIGHS, SolveOptions.DEFAULT));
  }
}
