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
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import org.junit.jupiter.api.Test;

/**
 * Infeasible models come back as a status with a diagnosis, never as an exception from solve; asking
 * them for an allocation, evaluation or objective throws {@link IllegalStateException}.
 */
class InfeasibilityTest {

  /**
   * US (wage 30, 10 hours per job) and MX (wage 10); widget 1 h, material 10; MX-1 existing with
   * capacity 200, US-new candidate with capacity 200 and capex 1000; a US market of 100.
   */
  private static Network.Builder base() {
    return Network.builder()
        .country(Country.of("US", 30).withHoursPerJob(10), Country.of("MX", 10))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.existing("MX-1", "MX", 200), Site.candidate("US-new", "US", 200, 1000))
        .market(Market.of("US-M", "US").withDemand("widget", 100))
        .freight(FreightRate.lane("MX", "US", 5));
  }

  private static void assertNoAllocation(Solution s) {
    assertEquals(SolveStatus.INFEASIBLE, s.status(), s.toString());
    assertFalse(s.hasAllocation());
    assertThrows(IllegalStateException.class, s::allocation);
    assertThrows(IllegalStateException.class, s::evaluation);
    assertThrows(IllegalStateException.class, s::objective);
    assertTrue(s.verification().isEmpty());
  }

  /** The only US candidate has capex 1000, so a US pledge of 5000 cannot be met by any plan. */
  @Test
  void pledgeAboveAllCandidateCapex() {
    Network n = base().policy(new Policy.InvestmentPledge("us-pledge", "US", 5000)).build();
    Solution s = FootprintSolver.create().solve(n);
    assertNoAllocation(s);
    String diagnosis = s.diagnosis().orElseThrow();
    assertTrue(diagnosis.contains("pledge[us-pledge]"), diagnosis);
  }

  /** A pledge of exactly the candidate's capex (1000) is feasible: the control for the test above. */
  @Test
  void pledgeEqualToCandidateCapexIsFeasible() {
    Network n = base().policy(new Policy.InvestmentPledge("us-pledge", "US", 1000)).build();
    Solution s = FootprintSolver.create().solve(n);
    assertEquals(SolveStatus.OPTIMAL, s.status());
    assertTrue(s.diagnosis().isEmpty());
    // capex 1000 + 100 units from MX at 10 + 10 + 5 = 25
    assertEquals(3500, s.objective(), 1e-6);
  }

  /**
   * A US unit makes 1/10 job and at most 100 units are wanted (and 200 could be made), so at most 10
   * US jobs exist; a floor of 50 jobs cannot be met.
   */
  @Test
  void employmentFloorThatCannotBeMet() {
    Network n = base().policy(new Policy.EmploymentFloor("us-floor", "US", Series.constant(50))).build();
    Solution s = FootprintSolver.create().solve(n);
    assertNoAllocation(s);
    String diagnosis = s.diagnosis().orElseThrow();
    assertTrue(diagnosis.contains("jobs[us-floor,t0]"), diagnosis);
  }
}
