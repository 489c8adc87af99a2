package dev.footprint.analysis;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Series;
import dev.footprint.model.TariffMeasure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The parameters analyses vary most often. Each throws, naming the id, if the id is unknown. */
public final class Parameters {
  private Parameters() {}

  /**
   * @param measureId a tariff measure's id
   * @return its ad valorem rate
   */
  public static Parameter tariffRate(String measureId) {
    return new Parameter("tariff[" + measureId + "].rate", (n, v) -> {
      TariffMeasure m = n.tariffs().stream().filter(x -> x.id().equals(measureId)).findFirst()
          .orElseThrow(() -> unknown("tariff", measureId));
      return n.toBuilder().replaceTariff(new TariffMeasure(m.id(), m.destination(), m.origins(), m.scope(),
          m.periods(), v, m.specificDutyPerUnit(), m.rule())).build();
    }, true);
  }

  /**
   * @param countryId a country's id
   * @return its labor cost per hour, the same value in every period
   */
  public static Parameter wage(String countryId) {
    return new Parameter("wage[" + countryId + "]", (n, v) -> {
      Country c = country(n, countryId);
      return n.toBuilder().replaceCountry(c.withLaborCostPerHour(Series.constant(v))).build();
    }, true);
  }

  /**
   * A factor on a country's labor cost in USD, as a change in its exchange rate would move it
   * (1 = as given; 1.1 = its currency 10% stronger against the dollar).
   *
   * @param countryId a country's id
   * @return the FX factor on its labor cost
   */
  public static Parameter fxFactor(String countryId) {
    return new Parameter("fx[" + countryId + "]", (n, v) -> {
      Country c = country(n, countryId);
      return n.toBuilder().replaceCountry(c.withLaborCostPerHour(c.laborCostPerHour().times(v))).build();
    }, true);
  }

  /**
   * Not objective-only: for a program with a budget the credit per unit is a constraint coefficient.
   *
   * @param programId a production credit program's id
   * @return its credit per unit, the same in every period
   */
  public static Parameter productionCredit(String programId) {
    return new Parameter("credit[" + programId + "]", (n, v) -> {
      ProductionCredit k = n.productionCredits().stream().filter(x -> x.id().equals(programId)).findFirst()
          .orElseThrow(() -> unknown("productionCredit", programId));
      return n.toBuilder().replaceProductionCredit(k.withCreditPerUnit(Series.constant(v))).build();
    }, false);
  }

  /**
   * A new uncapped production credit for one product in one country, at the value: the parameter of
   * "what credit would it take for this country to make this product".
   *
   * @param countryId where production earns it
   * @param productId the product
   * @return the credit per unit
   */
  public static Parameter newProductionCredit(String countryId, String productId) {
    String id = "what-if-credit-" + countryId + "-" + productId;
    return new Parameter("credit[" + countryId + "," + productId + "]", (n, v) -> n.toBuilder()
        .productionCredit(ProductionCredit.of(id, countryId, ProductScope.products(productId), v)).build(), true);
  }

  /**
   * Sets the freight rate of a country pair (every product and site rate of the pair keeps its own
   * value). The pair must already have a rate.
   *
   * @param origin origin country id
   * @param destination destination country id
   * @return the rate per unit
   */
  public static Parameter freight(String origin, String destination) {
    return new Parameter("freight[" + origin + "->" + destination + "]", (n, v) -> {
      boolean found = false;
      List<FreightRate> rates = new ArrayList<>();
      for (FreightRate r : n.freight()) {
        if (r.origin().equals(origin) && r.destination().equals(destination) && r.product().isEmpty()
            && r.site().isEmpty()) {
          rates.add(FreightRate.lane(origin, destination, v));
          found = true;
        } else {
          rates.add(r);
        }
      }
      if (!found) {
        throw unknown("freight lane", origin + "->" + destination);
      }
      return rebuildWithFreight(n, rates);
    }, true);
  }

  /**
   * A factor on every demand (1 = as given).
   *
   * @return the demand scale
   */
  public static Parameter demandScale() {
    return new Parameter("demandScale", (n, v) -> {
      if (!(v >= 0)) {
        throw new IllegalArgumentException("demandScale = " + v + ": must be >= 0");
      }
      Network.Builder b = n.toBuilder();
      for (Market m : n.markets()) {
        Map<String, Series> d = new HashMap<>();
        m.demand().forEach((p, s) -> d.put(p, s.times(v)));
        b.replaceMarket(new Market(m.id(), m.name(), m.country(), d, m.lostSalesPenalty()));
      }
      return b.build();
    }, false);
  }

  private static Network rebuildWithFreight(Network n, List<FreightRate> rates) {
    Network.Builder b = n.toBuilder().clearFreight();
    b.freight(rates.toArray(FreightRate[]::new));
    return b.build();
  }

  private static Country country(Network n, String id) {
    int i = n.countryIndex(id);
    if (i < 0) {
      throw unknown("country", id);
    }
    return n.countries().get(i);
  }

  private static IllegalArgumentException unknown(String what, String id) {
    return new IllegalArgumentException(what + " = '" + id + "': no " + what + " has this id");
  }
}
