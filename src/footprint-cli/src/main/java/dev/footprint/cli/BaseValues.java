package dev.footprint.cli;

import dev.footprint.analysis.Specs;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Network;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Series;
import dev.footprint.model.TariffMeasure;
import java.util.Locale;

/**
 * The value a parameter of the command line has in a network as given: the value at which a sweep
 * reproduces the network, marked on the report's charts.
 *
 * <p>For each form of {@link Specs#parameter}: {@code tariff:MEASURE} the measure's ad valorem rate;
 * {@code wage:COUNTRY} the country's labor cost per hour; {@code credit:PROGRAM} the program's
 * credit per unit; {@code freight:ORIGIN->DESTINATION} the rate of the country pair (the one for
 * every product and site); {@code quota:QUOTA} the quota's volume; {@code step:STEP} the capex of one
 * module of the capacity step; {@code hires:LIMIT} the hiring limit's most hires a period; {@code
 * content:RULE} the origin rule's least originating share or the transshipment rule's largest foreign
 * share; {@code fx:COUNTRY}, {@code demand}, {@code price:MARKET:PRODUCT} and {@code supplier:OFFER}
 * 1 (factors on the values as given);
 * {@code newcredit:COUNTRY:PRODUCT} 0 (no such credit). A
 * wage, a credit or a volume that differs between periods has no such value, since the parameter sets
 * one value for every period: NaN.
 */
final class BaseValues {
  private BaseValues() {}

  /**
   * @param spec a parameter's text form, already accepted by {@link Specs#parameter}
   * @param network the network
   * @return the parameter's value in the network, or NaN where no single value reproduces it (a
   *     series that changes over the periods, an id the network does not have)
   */
  static double of(String spec, Network network) {
    String t = spec.strip();
    int colon = t.indexOf(':');
    String kind = (colon < 0 ? t : t.substring(0, colon)).toLowerCase(Locale.ROOT);
    String arg = colon < 0 ? "" : t.substring(colon + 1);
    return switch (kind) {
      case "tariff" -> network.tariffs().stream().filter(m -> m.id().equals(arg)).findFirst()
          .map(TariffMeasure::adValoremRate).orElse(Double.NaN);
      case "wage" -> {
        int i = network.countryIndex(arg);
        yield i < 0 ? Double.NaN : uniform(network.countries().get(i).laborCostPerHour(), network.periods());
      }
      case "credit" -> network.productionCredits().stream().filter(k -> k.id().equals(arg)).findFirst()
          .map(ProductionCredit::creditPerUnit).map(s -> uniform(s, network.periods())).orElse(Double.NaN);
      case "freight" -> {
        String[] pair = arg.split("->");
        yield pair.length != 2 ? Double.NaN : network.freight().stream()
            .filter(r -> r.origin().equals(pair[0].strip()) && r.destination().equals(pair[1].strip())
                && r.product().isEmpty() && r.site().isEmpty())
            .mapToDouble(FreightRate::costPerUnit).findFirst().orElse(Double.NaN);
      }
      case "quota" -> network.quotas().stream().filter(q -> q.id().equals(arg)).findFirst()
          .map(q -> uniform(q.volume(), network.periods())).orElse(Double.NaN);
      case "step" -> network.capacitySteps().stream().filter(k -> k.id().equals(arg)).findFirst()
          .map(k -> k.capex()).orElse(Double.NaN);
      case "investmentbudget" -> network.investmentCredits().stream().filter(k -> k.id().equals(arg)).findFirst()
          .map(k -> k.budget().orElse(Double.NaN)).orElse(Double.NaN);
      case "hires" -> network.hiringLimits().stream().filter(h -> h.id().equals(arg)).findFirst()
          .map(h -> uniform(h.maxHires(), network.periods())).orElse(Double.NaN);
      case "content" -> contentShare(arg, network);
      case "fx", "demand", "capex", "price", "supplier" -> 1;
      case "newcredit" -> 0;
      default -> Double.NaN;
    };
  }

  /**
   * @param rule the id of an origin rule or a transshipment rule
   * @param network the network
   * @return the rule's content share, or NaN for neither (or, ambiguous, both)
   */
  private static double contentShare(String rule, Network network) {
    var origin = network.originRules().stream().filter(r -> r.id().equals(rule)).toList();
    var transshipment = network.transshipmentRules().stream().filter(r -> r.id().equals(rule)).toList();
    if (origin.size() + transshipment.size() != 1) {
      return Double.NaN;
    }
    return origin.isEmpty() ? transshipment.get(0).maxForeignContentShare() : origin.get(0).minContentShare();
  }

  /**
   * @param series a value per period
   * @param periods the horizon's number of periods
   * @return the value if it is the same in every period, else NaN
   */
  private static double uniform(Series series, int periods) {
    double first = series.at(0);
    for (int p = 1; p < Math.max(periods, series.length()); p++) {
      if (Double.compare(series.at(p), first) != 0) {
        return Double.NaN;
      }
    }
    return first;
  }
}
