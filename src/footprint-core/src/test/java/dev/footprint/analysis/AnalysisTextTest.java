package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffRule;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Every text for people of the analyses and of {@link dev.footprint.result.Evaluation#describe()}, on
 * the generated network of the sweep tests (Size.S, seed 3: six countries, twenty products, four
 * discounted periods) and on the README's Korea-US battery network, both in USD millions: no number
 * with six or more decimals (unrounded), no exponent, no NaN, and the money label wherever money is
 * stated.
 */
class AnalysisTextTest {
  private static final FootprintSolver SOLVER = FootprintSolver.create();
  private static final Money MILLIONS = Money.of("USD", 1e6);
  private static final Pattern UNROUNDED = Pattern.compile("\\d\\.\\d{6,}");
  private static final Pattern EXPONENT = Pattern.compile("\\d[eE][-+]?\\d");

  private static Network generated() {
    return NetworkGenerator.generate(NetworkGenerator.Size.S, 3).toBuilder().money(MILLIONS).build();
  }

  /**
   * The README's quick start in USD millions with Korea able to make all 1,000 cells: a Korean cell
   * costs 90 + 0.5*21 + freight 4 + 15% of 100.5 = 119.575, a US one 90 + 0.5*43.1 = 111.55 less the
   * 45X credit c. US-GA (600, capex 50,000) opens once 600*(119.575 - 111.55 + c) > 50,000, that is
   * above c* = 50,000/600 - 8.025 = 75.308333.
   */
  private static Network koreaUs(double krRate) {
    return Network.builder()
        .money(MILLIONS)
        .country(Country.of("KR", 21.0), Country.of("US", 43.1), Country.of("VN", 2.7))
        .product(Product.of("cells", "batteries", 0.5, 90.0).withUnit("GWh"))
        .site(Site.existing("KR-Ochang", "KR", 1200), Site.candidate("US-GA", "US", 600, 50_000))
        .market(Market.of("US", "US").withDemand("cells", 1000))
        .freight(FreightRate.lane("KR", "US", 4.0))
        .tariff(TariffMeasure.adValorem("kr-deal", "US", krRate).from("KR").rule(TariffRule.FLOOR))
        .productionCredit(ProductionCredit.of("45X", "US", ProductScope.products("cells"), 35.0))
        .build();
  }

  private static void assertReadable(String what, String text, boolean statesMoney) {
    assertFalse(UNROUNDED.matcher(text).find(), what + ": unrounded number in\n" + text);
    assertFalse(EXPONENT.matcher(text).find(), what + ": exponent in\n" + text);
    assertFalse(text.contains("NaN") || text.contains("Infinity"), what + "\n" + text);
    if (statesMoney) {
      assertTrue(text.contains("USD millions"), what + ": no money label in\n" + text);
    }
  }

  @Test
  void generatedNetworkTextsAreRounded() {
    Network gen = generated();
    Solution s = SOLVER.solve(gen);
    assertReadable("describe", s.evaluation().describe(), true);
    Sensitivity sens = Sensitivity.of(SOLVER, s);
    List<Sensitivity.Price> prices = new ArrayList<>(sens.capacity());
    prices.addAll(sens.demand());
    prices.addAll(sens.lanes());
    assertFalse(prices.isEmpty());
    for (Sensitivity.Price p : prices) {
      assertReadable("sensitivity " + p.key(), p.meaning(), true);
    }
    String country = gen.sites().get(0).country();
    assertReadable("fx sweep", Sweep.run(SOLVER, gen, Parameters.fxFactor(country), Sweep.grid(0.9, 1.1, 7), true)
        .table(), true);
    assertReadable("demand sweep", Sweep.run(SOLVER, gen, Parameters.demandScale(), Sweep.grid(0.8, 1.2, 4))
        .table(), true);
    assertReadable("jobs frontier", Frontier.jobs(SOLVER, gen, country, 3).table(), true);
    assertReadable("Monte Carlo", MonteCarlo.run(SOLVER, gen, List.of(Uncertainty.of(Parameters.fxFactor(country),
        new NormalDistribution(1, 0.1))), 8, 11, 2, null, null).report(), true);

    Map<String, Network> scenarios = new LinkedHashMap<>();
    scenarios.put("generated-network-base", gen);
    scenarios.put("generated-network-base-fx-up", Parameters.fxFactor(country).at(gen, 1.1));
    scenarios.put("generated-network-base-more-demand", Parameters.demandScale().at(gen, 1.2));
    String table = Comparison.run(SOLVER, scenarios, "generated-network-base", 2).table();
    assertReadable("comparison", table, true);
    assertEquals(List.copyOf(scenarios.keySet()), List.of(table.lines().findFirst().orElseThrow().strip()
        .split(" {2,}")), table);
    assertTrue(Pattern.compile("\\b[A-Z0-9]+ \\d+\\.\\d%").matcher(table).find(), table); // shares
  }

  @Test
  void koreaUsTextsAreRounded() {
    Network kr = koreaUs(0.15);
    BreakEven be = BreakEven.find(SOLVER, kr, Parameters.productionCredit("45X"), Decision.siteOpens("US-GA"), 0,
        200, 1e-3);
    assertEquals(50_000.0 / 600 - 8.025, be.value(), 1e-3);
    assertReadable("break-even", be.toString(), true);
    assertTrue(be.toString().contains(" USD millions per unit (between "), be.toString());
    assertReadable("wage sweep", Sweep.run(SOLVER, kr, Parameters.wage("US"), Sweep.grid(20, 45, 6)).table(), true);
    assertReadable("tariff sweep", Sweep.run(SOLVER, kr, Parameters.tariffRate("kr-deal"), Sweep.grid(0, 0.5, 7))
        .table(), true);
    assertReadable("capex frontier", Frontier.capex(SOLVER, kr, "US", 3).table(), true);
    assertReadable("robust", RobustFootprint.solve(SOLVER, List.of(
        new RobustFootprint.Regime("kr-deal-holds", kr, 0.7),
        new RobustFootprint.Regime("kr-deal-lapses", koreaUs(0.5), 0.3)), 0.5, 0.3).report(), true);
    Sensitivity sens = Sensitivity.of(SOLVER, SOLVER.solve(kr));
    for (Sensitivity.Price p : sens.demand()) {
      assertReadable("demand " + p.key(), p.meaning(), true);
      assertTrue(p.meaning().startsWith("one more GWh of cells demanded in US"), p.meaning());
    }
  }
}
