package dev.footprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffRule;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's quick start, verbatim, with its answer derived by hand. */
class QuickStartTest {

  /**
   * Per unit: Korea 90 + 0.5*21 = 100.5, plus freight 4, plus 15% of 100.5 = 15.075: 119.575. The US
   * 90 + 0.5*43.1 = 111.55 less the 35 credit: 76.55. Korea alone (800) cannot meet 1000, so US-GA
   * opens (capex 50,000) and runs full (600, the cheaper site); Korea makes 400.
   * Cost: 600*76.55 + 400*119.575 + 50,000 = 45,930 + 47,830 + 50,000 = 143,760.
   */
  @Test
  void quickStartGivesTheHandDerivedAnswer() {
    Network network = Network.builder()
        .country(Country.of("KR", 21.0), Country.of("US", 43.1), Country.of("VN", 2.7))
        .product(Product.of("cells", "batteries", 0.5, 90.0))
        .site(Site.existing("KR-Ochang", "KR", 800), Site.candidate("US-GA", "US", 600, 50_000))
        .market(Market.of("US", "US").withDemand("cells", 1000))
        .freight(FreightRate.lane("KR", "US", 4.0))
        .tariff(TariffMeasure.adValorem("kr-deal", "US", 0.15).from("KR").rule(TariffRule.FLOOR))
        .productionCredit(ProductionCredit.of("45X", "US", ProductScope.products("cells"), 35.0))
        .build();
    Solution solution = FootprintSolver.create().solve(network);

    assertEquals(List.of("US-GA"), solution.allocation().sitesOpened());
    assertEquals(600, solution.allocation().production("cells", "US-GA", 0), 1e-6);
    assertEquals(400, solution.allocation().production("cells", "KR-Ochang", 0), 1e-6);
    assertEquals(143_760, solution.objective(), 1e-6);
  }
}
