package dev.footprint.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.examples.KoreaUsStudy.Key;
import dev.footprint.examples.KoreaUsStudy.Regime;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the flagship study's solves (every regime, with and without the pledge) and checks what must
 * hold whatever the data: optimal and verified answers, relaxing the pledge never raising the optimum,
 * committed projects open, and pledge solutions meeting the pledge. Nothing here asserts where a line
 * is made or when a plant opens.
 */
class KoreaUsStudyTest {
  private static final double REL_TOL = 1e-6;
  private static Map<Key, Solution> all;

  @BeforeAll
  static void solve() {
    all = KoreaUsStudy.solveAll();
  }

  @Test
  void everyRegimeIsSolvedWithAndWithoutThePledge() {
    assertEquals(2 * Regime.values().length, all.size());
    for (Regime r : Regime.values()) {
      assertTrue(all.containsKey(new Key(r, true)), r + " with pledge");
      assertTrue(all.containsKey(new Key(r, false)), r + " without pledge");
    }
  }

  @Test
  void everySolveIsOptimalAndVerified() {
    all.forEach((key, s) -> {
      assertEquals(SolveStatus.OPTIMAL, s.status(), key + ": " + s);
      assertTrue(s.verification().isPresent(), key + ": no verification report");
      assertTrue(s.verification().get().passed(), key + ": " + s.verification().get());
    });
  }

  @Test
  void thePledgeIsInTheWithNetworksOnly() {
    all.forEach((key, s) -> assertEquals(key.withPledge(), pledgeOf(s.network()).isPresent(), key.toString()));
  }

  @Test
  void relaxingThePledgeNeverRaisesTheOptimum() {
    for (Regime r : Regime.values()) {
      double with = all.get(new Key(r, true)).objective();
      double without = all.get(new Key(r, false)).objective();
      assertTrue(without <= with + REL_TOL * Math.max(1, Math.abs(with)),
          r + ": without the pledge " + without + " > with it " + with);
    }
  }

  @Test
  void committedSitesAreOpenFromTheirOpeningPeriodInEverySolution() {
    all.forEach((key, s) -> {
      Network n = s.network();
      List<Site> committed = n.sites().stream().filter(x -> x.kind() == SiteKind.COMMITTED).toList();
      assertFalse(committed.isEmpty(), key + ": the study has committed projects");
      for (Site site : committed) {
        for (int t = 0; t < n.periods(); t++) {
          boolean active = s.allocation().isActive(site.id(), t);
          assertEquals(t >= site.openingPeriod(), active,
              key + ": committed site " + site.id() + " in period " + n.horizon().label(t));
        }
        assertTrue(s.allocation().sitesOpened().contains(site.id()), key + ": " + site.id() + " not opened");
      }
    });
  }

  @Test
  void pledgeSolutionsSpendAtLeastThePledgeInTheUs() {
    for (Regime r : Regime.values()) {
      Solution s = all.get(new Key(r, true));
      Network n = s.network();
      Policy.InvestmentPledge pledge = pledgeOf(n).orElseThrow();
      assertEquals("US", pledge.country());
      assertEquals(KoreaUsStudy.PLEDGE_USD * KoreaUsStudy.MONEY_UNIT, pledge.minimumCapex(),
          1e-9 * pledge.minimumCapex());
      // Recomputed from the opened sites alone, not from the Evaluation.
      double usCapex = 0;
      for (String id : s.allocation().sitesOpened()) {
        Site site = n.sites().get(n.siteIndex(id));
        if (site.country().equals(pledge.country())) {
          usCapex += site.openingCapex();
        }
      }
      assertTrue(usCapex >= pledge.minimumCapex() * (1 - 1e-9),
          r + ": US capex " + usCapex + " below the pledge " + pledge.minimumCapex());
      assertEquals(usCapex, KoreaUsStudy.usCapex(s), 1e-9 * usCapex);
    }
  }

  private static java.util.Optional<Policy.InvestmentPledge> pledgeOf(Network n) {
    return n.policies().stream()
        .filter(p -> p instanceof Policy.InvestmentPledge x && x.id().equals(KoreaUsStudy.PLEDGE_ID))
        .map(p -> (Policy.InvestmentPledge) p)
        .findFirst();
  }
}
