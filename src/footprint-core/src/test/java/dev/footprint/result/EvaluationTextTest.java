package dev.footprint.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import dev.footprint.solve.FootprintSolver;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link Evaluation#describe()} against costs worked out by hand. */
class EvaluationTextTest {

  /**
   * One widget (2 labor hours, material 10) demanded 120 per period in A over two periods at
   * discount 0.1, in USD millions. SB in B (wage 5, capacity 60) makes units at 10 + 10, plus freight
   * 3, plus 10% duty on 20: 25; SA in A (wage 20) at 50. SB makes 60 and SA 60 each period, and each
   * period counts 1 + 1/1.1 = 21/11 times: materials 1200*21/11 = 2,290.9, labor 3000*21/11 =
   * 5,727.3, freight 180*21/11 = 343.64, tariffs 120*21/11 = 229.09, total 4500*21/11 = 8,590.9.
   * The text rounds them to whole units from 1,000 and four significant digits below, labelled.
   */
  @Test
  void describeRoundsAndLabelsTheCostByKind() {
    Network n = Network.builder()
        .horizon(Horizon.of(2, 0.1))
        .money(Money.of("USD", 1e6))
        .country(Country.of("A", 20), Country.of("B", 5))
        .product(Product.of("widget", "goods", 2, 10))
        .site(Site.existing("SA", "A", 200), Site.existing("SB", "B", 60))
        .market(Market.of("MA", "A").withDemand("widget", 120))
        .freight(FreightRate.lane("B", "A", 3))
        .tariff(TariffMeasure.adValorem("a-on-b", "A", 0.1).from("B"))
        .build();
    Evaluation e = Evaluation.of(FootprintSolver.create().solve(n).allocation());
    assertEquals(4500 * 21.0 / 11, e.total(), 1e-6);
    String text = e.describe();
    List<String> lines = text.lines().toList();
    assertEquals("cost by kind, present value (USD millions)", lines.get(0));
    List<List<String>> rows = lines.subList(1, lines.size()).stream().map(l -> List.of(l.strip().split(" {2,}")))
        .toList();
    assertEquals(List.of(
        List.of("materials", "2,291"), List.of("labor", "5,727"), List.of("freight", "343.6"),
        List.of("tariffs", "229.1"), List.of("production credits", "0"), List.of("job grants", "0"),
        List.of("fixed", "0"), List.of("capex", "0"), List.of("investment credits", "0"), List.of("closing", "0"),
        List.of("lost sales", "0"), List.of("total", "8,591")), rows);
    // the amounts are right-aligned in one column
    assertEquals(1, lines.subList(1, lines.size()).stream().mapToInt(String::length).distinct().count(), text);
    assertFalse(Pattern.compile("\\d\\.\\d{6,}").matcher(text).find(), text);
  }
}
