package dev.footprint.analysis;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.InvalidModelException;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.OriginRule;
import dev.footprint.model.Product;
import dev.footprint.model.ProductScope;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.SupplierOffer;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffQuota;
import dev.footprint.model.TariffRule;
import dev.footprint.model.TradeAgreement;
import dev.footprint.model.TransshipmentRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters analyses vary most often. Each throws, naming the id, if the id is unknown.
 *
 * <p>(A long class: one factory per parameter, each with what it knows of its own linearity beside
 * it, so that a parameter and the claim that it is objective-only or linear are read together.)
 *
 * <p>Objective-only but not linear: {@link #exchangeRate} (local money is divided by the rate).
 * Objective-only and linear in every network: {@link #wage}, {@link #fxFactor} (labor cost and the
 * customs value built on it are affine in the wage), {@link #freight} and {@link
 * #newProductionCredit}, {@link #priceScale}, {@link #stepCapex}. Objective-only and linear only where no other measure makes the rule bend:
 * {@link #tariffRate}, where a FLOOR measure applying to the same shipments bends the rate into
 * {@code max(sum of ADD rates, floor)}, and where no origin status or content rule makes the duty a
 * choice. Objective-only, and linear where no content rule covers a product made with its component:
 * {@link #supplierPrice} (there the price is a component's value in the rule's content rows). Not
 * objective-only: {@link #productionCredit} (a program with a budget has the credit in a
 * constraint), {@link #demandScale}, {@link #quotaVolume} and {@link #contentShare}.
 */
public final class Parameters {
  private Parameters() {}

  /**
   * Objective-only; linear where the measure's rate enters every shipment's rate as a straight line
   * over the range swept, which a FLOOR measure applying to the same shipments may prevent.
   *
   * @param measureId a tariff measure's id
   * @return its ad valorem rate
   */
  public static Parameter tariffRate(String measureId) {
    AnalysisLimits.require(measureId, "measure");
    return new Parameter("tariff[" + measureId + "].rate", (n, v) -> {
      TariffMeasure m = n.tariffs().stream().filter(x -> x.id().equals(measureId)).findFirst()
          .orElseThrow(() -> unknown("tariff", measureId));
      return n.toBuilder().replaceTariff(new TariffMeasure(m.id(), m.destination(), m.origins(), m.scope(),
          m.periods(), v, m.specificDutyPerUnit(), m.rule(), m.originCondition())).build();
    }, true, (n, from, to) -> tariffNonlinearity(n, measureId, from, to));
  }

  /**
   * Where the effective ad valorem rate of a shipment is not affine in one measure's rate v on
   * [from, to]. For each origin, product and period the measure applies to, with A the sum of the
   * other ADD rates and F the largest other FLOOR rate that apply there:
   * <ul>
   *   <li>a REPLACE measure among them: the rate is the sum of the REPLACE rates (affine in v if the
   *       measure is one, else constant);
   *   <li>the measure adds: the rate is max(A + v, F), affine where F &lt;= A + from or F &gt;= A + to;
   *   <li>the measure is a floor: the rate is max(A, F, v), affine where max(A, F) &lt;= from or
   *       max(A, F) &gt;= to.
   * </ul>
   * Computed here from the measures themselves, apart from the network's own tariff code.
   */
  static Optional<String> tariffNonlinearity(Network n, String measureId, double from, double to) {
    TariffMeasure m = n.tariffs().stream().filter(x -> x.id().equals(measureId)).findFirst()
        .orElseThrow(() -> unknown("tariff", measureId));
    for (dev.footprint.model.Country origin : n.countries()) {
      String o = origin.id();
      if (o.equals(m.destination()) || !(m.origins().isEmpty() || m.origins().contains(o))) {
        continue;
      }
      for (Product product : n.products()) {
        if (!inScope(m.scope(), product)) {
          continue;
        }
        Optional<String> status = originDependent(n, m, o, product);
        if (status.isPresent()) {
          return status;
        }
        for (int t = 0; t < n.periods(); t++) {
          if (!(m.periods().isEmpty() || m.periods().contains(t))) {
            continue;
          }
          boolean replaced = m.rule() == TariffRule.REPLACE;
          double add = 0;
          double floor = 0;
          for (TariffMeasure x : n.tariffs()) {
            if (x.id().equals(measureId) || !x.destination().equals(m.destination())
                || !(x.origins().isEmpty() || x.origins().contains(o))
                || !(x.periods().isEmpty() || x.periods().contains(t)) || !inScope(x.scope(), product)) {
              continue;
            }
            switch (x.rule()) {
              case REPLACE -> replaced = true;
              case ADD -> add += x.adValoremRate();
              case FLOOR -> floor = Math.max(floor, x.adValoremRate());
              default -> throw new IllegalStateException(x.rule().toString());
            }
          }
          if (replaced) {
            continue;
          }
          boolean affine = m.rule() == TariffRule.ADD
              ? floor <= add + from || floor >= add + to
              : Math.max(add, floor) <= from || Math.max(add, floor) >= to;
          if (!affine) {
            return Optional.of(String.format(Locale.ROOT,
                "tariff '%s' (%s) on %s from %s into %s in period %s: the rate is %s, not linear in %s on [%s, %s]",
                measureId, m.rule(), product.id(), o, m.destination(), n.horizon().label(t),
                m.rule() == TariffRule.ADD ? "max(" + add + " + v, floor " + floor + ")"
                    : "max(" + Math.max(add, floor) + ", v)", "v", from, to));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Where the duty on a product from an origin into the measure's destination depends on the goods'
   * origin status (docs/model.md, Origin of goods): the measure, or another applying there, is
   * limited to an origin status, or a content rule (an agreement's origin rule or a transshipment
   * rule) covers the lane and product. Which duty the goods pay is then partly the model's choice: a
   * claim saves {@code max(o - i, 0)} of the duty, and a transshipment penalty is {@code max(penalty,
   * rate)}, neither affine in the rate. Not analysed further: said to be not known linear.
   */
  private static Optional<String> originDependent(Network n, TariffMeasure m, String o,
      Product product) {
    String lane = String.format(Locale.ROOT, "tariff '%s' on %s from %s into %s", m.id(), product.id(), o,
        m.destination());
    for (TariffMeasure x : n.tariffs()) {
      if (x.originCondition().isPresent() && x.destination().equals(m.destination())
          && (x.origins().isEmpty() || x.origins().contains(o)) && inScope(x.scope(), product)) {
        return Optional.of(lane + ": measure '" + x.id() + "' is limited to goods "
            + x.originCondition().get() + ", so the duty depends on the goods' origin status; not known to be linear");
      }
    }
    for (TradeAgreement g : n.agreements()) {
      if (g.covers(o, m.destination())) {
        for (OriginRule r : n.originRules()) {
          if (r.agreement().equals(g.id()) && r.product().equals(product.id())) {
            return Optional.of(lane + ": origin rule '" + r.id() + "' makes whether the goods originate"
                + " the model's choice, and a claim saves max(o - i, 0) of the duty; not known to be linear");
          }
        }
      }
    }
    for (TransshipmentRule r : n.transshipmentRules()) {
      if (r.destination().equals(m.destination()) && !o.equals(m.destination())
          && (r.origins().isEmpty() || r.origins().contains(o)) && inScope(r.scope(), product)) {
        return Optional.of(lane + ": transshipment rule '" + r.id() + "' charges max(penalty, rate) on"
            + " units that do not comply, and which comply is the model's choice; not known to be linear");
      }
    }
    return Optional.empty();
  }

  private static boolean inScope(ProductScope scope, Product p) {
    boolean all = scope.products().isEmpty() && scope.sectors().isEmpty();
    return all || scope.products().contains(p.id()) || scope.sectors().contains(p.sector());
  }

  /**
   * @param countryId a country's id
   * @return its labor cost per hour, the same value in every period
   */
  public static Parameter wage(String countryId) {
    AnalysisLimits.require(countryId, "country");
    return new Parameter("wage[" + countryId + "]", (n, v) -> {
      Country c = country(n, countryId);
      return n.toBuilder().replaceCountry(c.withLaborCostPerHour(Series.constant(v))).build();
    }, true, Parameter.Linearity.ALWAYS);
  }

  /**
   * A factor on a country's labor cost in USD, as a change in its exchange rate would move it
   * (1 = as given; 1.1 = its currency 10% stronger against the dollar).
   *
   * @param countryId a country's id
   * @return the FX factor on its labor cost
   */
  public static Parameter fxFactor(String countryId) {
    AnalysisLimits.require(countryId, "country");
    return new Parameter("fx[" + countryId + "]", (n, v) -> {
      Country c = country(n, countryId);
      return n.toBuilder().replaceCountry(c.withLaborCostPerHour(c.laborCostPerHour().times(v))).build();
    }, true, Parameter.Linearity.ALWAYS);
  }

  /**
   * A factor on the exchange-rate path of a local currency (1 = as given; 1.1 = 10% more local
   * currency per unit of the network's: the local currency weaker, the money of the countries that
   * use it 1/1.1 as dear). Objective-only but not linear: local money is divided by the rate.
   *
   * @param currency an ISO 4217 code the network has an exchange-rate path for
   * @return the factor on its path
   */
  public static Parameter exchangeRate(String currency) {
    AnalysisLimits.require(currency, "currency");
    return new Parameter("fx[" + currency + "]", (n, v) -> scaledRate(n, currency, v), true,
        (n, from, to) -> Optional.of("local money is divided by the exchange rate of " + currency
            + ": the costs move as 1/v, not linearly"));
  }

  /**
   * The text form {@code fx:ID}: the factor on the exchange-rate path of currency ID where the
   * network has one ({@link #exchangeRate}), else the factor on the labor cost of country ID
   * ({@link #fxFactor}).
   *
   * @param id an ISO 4217 code with an exchange-rate path, or a country id
   * @return the parameter
   */
  public static Parameter fx(String id) {
    AnalysisLimits.require(id, "currency or country");
    Parameter byCountry = fxFactor(id);
    Parameter byCurrency = exchangeRate(id);
    return new Parameter("fx[" + id + "]", (n, v) -> hasRate(n, id) ? byCurrency.at(n, v) : byCountry.at(n, v), true,
        (n, from, to) -> hasRate(n, id) ? byCurrency.concaveOn(n, from, to) : byCountry.concaveOn(n, from, to));
  }

  private static boolean hasRate(Network n, String currency) {
    return n.exchangeRates().stream().anyMatch(r -> r.currency().equals(currency));
  }

  private static Network scaledRate(Network n, String currency, double v) {
    dev.footprint.model.ExchangeRate r = n.exchangeRates().stream().filter(x -> x.currency().equals(currency))
        .findFirst().orElseThrow(() -> unknown("exchangeRate", currency));
    if (!(v > 0)) {
      throw new InvalidModelException("fx[" + currency + "]", v,
          "must be > 0: a factor on the exchange rate");
    }
    return n.toBuilder().replaceExchangeRate(r.times(v)).build();
  }

  /**
   * Not objective-only: for a program with a budget the credit per unit is a constraint coefficient.
   *
   * @param programId a production credit program's id
   * @return its credit per unit, the same in every period
   */
  public static Parameter productionCredit(String programId) {
    AnalysisLimits.require(programId, "program");
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
    AnalysisLimits.require(countryId, "country");
    AnalysisLimits.require(productId, "product");
    String id = "what-if-credit-" + countryId + "-" + productId;
    return new Parameter("credit[" + countryId + "," + productId + "]", (n, v) -> n.toBuilder()
        .productionCredit(ProductionCredit.of(id, countryId, ProductScope.products(productId), v)).build(), true,
        Parameter.Linearity.ALWAYS);
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
    AnalysisLimits.require(origin, "origin");
    AnalysisLimits.require(destination, "destination");
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
    }, true, Parameter.Linearity.ALWAYS);
  }

  /**
   * Not objective-only: the budget is the right-hand side of the program's budget row.
   *
   * @param programId an investment credit program's id
   * @return its budget over the horizon, undiscounted
   */
  public static Parameter investmentBudget(String programId) {
    AnalysisLimits.require(programId, "program");
    return new Parameter("investmentBudget[" + programId + "]", (n, v) -> {
      dev.footprint.model.InvestmentCredit k = n.investmentCredits().stream().filter(x -> x.id().equals(programId))
          .findFirst().orElseThrow(() -> unknown("investmentCredit", programId));
      return n.toBuilder().replaceInvestmentCredit(k.withBudget(v)).build();
    }, false);
  }

  /**
   * Not objective-only: the volume is the right-hand side of the quota's rows.
   *
   * @param quotaId a tariff-rate quota's id
   * @return its volume, the same in every period (units of its product)
   */
  public static Parameter quotaVolume(String quotaId) {
    AnalysisLimits.require(quotaId, "quota");
    return new Parameter("quota[" + quotaId + "].volume", (n, v) -> {
      TariffQuota q = n.quotas().stream().filter(x -> x.id().equals(quotaId)).findFirst()
          .orElseThrow(() -> unknown("quota", quotaId));
      return n.toBuilder().replaceQuota(q.withVolume(v)).build();
    }, false);
  }

  /**
   * The capex of one module of a capacity step (docs/model.md, Capacity steps): objective-only, and
   * every cost coefficient it moves (the step's charges under the capex accounting) is proportional
   * to it.
   *
   * @param stepId a capacity step's id
   * @return its capex per module, in the network's money
   */
  public static Parameter stepCapex(String stepId) {
    AnalysisLimits.require(stepId, "step");
    return new Parameter("step[" + stepId + "].capex", (n, v) -> {
      dev.footprint.model.CapacityStep k = n.capacitySteps().stream().filter(x -> x.id().equals(stepId)).findFirst()
          .orElseThrow(() -> unknown("capacityStep", stepId));
      return n.toBuilder().replaceCapacityStep(k.withCapex(v)).build();
    }, true, Parameter.Linearity.ALWAYS);
  }

  /**
   * The most hires a period of a hiring limit (docs/model.md, Labor structure), the same in every period.
   * Not objective-only: the hires are the right-hand side of the limit's rows.
   *
   * @param limitId a hiring limit's id
   * @return its most hires, the same in every period (jobs)
   */
  public static Parameter hiringLimit(String limitId) {
    AnalysisLimits.require(limitId, "hiring limit");
    return new Parameter("hiringLimit[" + limitId + "].maxHires", (n, v) -> {
      dev.footprint.model.HiringLimit h = n.hiringLimits().stream().filter(x -> x.id().equals(limitId)).findFirst()
          .orElseThrow(() -> unknown("hiring limit", limitId));
      return n.toBuilder().replaceHiringLimit(h.withMaxHires(Series.constant(v))).build();
    }, false);
  }

  /**
   * The content share of a content rule (docs/model.md, Origin of goods): the least originating share
   * of an origin rule ({@code minContentShare}) or the largest foreign share of a transshipment rule
   * ({@code maxForeignContentShare}), a fraction in [0, 1]. Not objective-only: the share bounds the
   * rule's content rows.
   *
   * @param ruleId the id of an origin rule or of a transshipment rule
   * @return its content share
   */
  public static Parameter contentShare(String ruleId) {
    AnalysisLimits.require(ruleId, "rule");
    return new Parameter("content[" + ruleId + "]", (n, v) -> {
      var origin = n.originRules().stream().filter(r -> r.id().equals(ruleId)).findFirst();
      var transshipment = n.transshipmentRules().stream().filter(r -> r.id().equals(ruleId)).findFirst();
      if (origin.isPresent() && transshipment.isPresent()) {
        throw new InvalidModelException("content[" + ruleId + "]", ruleId, "an origin rule and a"
            + " transshipment rule both have this id, so the content share it means is unclear\nMaybe give the rules"
            + " different ids.");
      }
      if (origin.isPresent()) {
        return n.toBuilder().replaceOriginRule(origin.get().withMinContentShare(v)).build();
      }
      if (transshipment.isPresent()) {
        return n.toBuilder().replaceTransshipmentRule(transshipment.get().withMaxForeignContentShare(v)).build();
      }
      throw unknown("origin rule or transshipment rule", ruleId);
    }, false);
  }

  /**
   * A factor on a supplier offer's price, in every period (1 = as given; docs/model.md, Bills of
   * materials). Objective-only: the price is the cost of every unit bought and the customs value the
   * component's duties (and their drawback and zone-entry duty) are charged on, all proportional to
   * it. Linear where no content rule (an origin rule, a transshipment rule) covers a product made with
   * the offer's component: there the price is also the component's value in the rule's content rows,
   * a constraint coefficient, and {@link Parameter#concaveOn} says so, so that a sweep solves every
   * point.
   *
   * @param offerId a supplier offer's id
   * @return the factor on its price
   */
  public static Parameter supplierPrice(String offerId) {
    AnalysisLimits.require(offerId, "offer");
    return new Parameter("supplier[" + offerId + "].price", (n, v) -> {
      if (!(v >= 0)) {
        throw new InvalidModelException("supplier[" + offerId + "].price", v,
            "a price factor must be >= 0");
      }
      int i = n.supplierOfferIndex(offerId);
      if (i < 0) {
        throw unknown("supplierOffer", offerId);
      }
      SupplierOffer o = n.supplierOffers().get(i);
      return n.toBuilder().replaceSupplierOffer(new SupplierOffer(o.id(), o.product(),
          o.country(), o.pricePerUnit().times(v), o.capacity())).build();
    }, true, (n, from, to) -> inContentRows(n, offerId));
  }

  /** Where a supplier offer's price is a component's value in a content rule's rows, a sentence saying so. */
  private static Optional<String> inContentRows(Network n, String offerId) {
    int i = n.supplierOfferIndex(offerId);
    if (i < 0) {
      return Optional.empty();
    }
    String component = n.supplierOffers().get(i).product();
    for (Product p : n.products()) {
      if (!p.components().containsKey(component)) {
        continue;
      }
      for (OriginRule r : n.originRules()) {
        if (r.product().equals(p.id())) {
          return Optional.of(rowsOf(offerId, component, p.id(), "origin rule '" + r.id() + "'"));
        }
      }
      for (TransshipmentRule r : n.transshipmentRules()) {
        if (inScope(r.scope(), p)) {
          return Optional.of(rowsOf(offerId, component, p.id(), "transshipment rule '" + r.id() + "'"));
        }
      }
    }
    return Optional.empty();
  }

  private static String rowsOf(String offerId, String component, String product, String rule) {
    return "the price of supplier offer '" + offerId + "' is the value of its " + component + " in the content rows"
        + " of " + rule + " on " + product + ": a constraint coefficient, not only a cost";
  }

  /**
   * A factor on every demand (1 = as given).
   *
   * @return the demand scale
   */
  public static Parameter demandScale() {
    return new Parameter("demandScale", (n, v) -> {
      if (!(v >= 0)) {
        throw new InvalidModelException("demandScale", v, "must be >= 0");
      }
      Network.Builder b = n.toBuilder();
      for (Market m : n.markets()) {
        Map<String, Series> d = new HashMap<>();
        m.demand().forEach((p, s) -> d.put(p, s.times(v)));
        b.replaceMarket(m.withDemands(d));
      }
      return b.build();
    }, false);
  }

  /**
   * A factor on every site's opening capex (1 = as given): the capex levels of a study. Not
   * objective-only: a pledge or an investment credit counts the capex of the sites opened in its
   * rows. Capacity steps keep their own capex ({@link #stepCapex}).
   *
   * @return the capex scale
   */
  public static Parameter capexScale() {
    return new Parameter("capexScale", (n, v) -> {
      if (!(v >= 0) || Double.isInfinite(v)) {
        throw new InvalidModelException("capexScale", v, "must be a finite number >= 0");
      }
      Network.Builder b = n.toBuilder();
      for (Site s : n.sites()) {
        b.replaceSite(s.withOpeningCapex(s.openingCapex() * v));
      }
      return b.build();
    }, false);
  }

  /**
   * A factor on a market's price for a product, in every period (1 = as given); the price is used in
   * profit mode only. Objective-only and linear: the revenue of every unit sold scales with it.
   *
   * @param marketId a market's id
   * @param productId a product the market gives a price for
   * @return the price factor
   */
  public static Parameter priceScale(String marketId, String productId) {
    AnalysisLimits.require(marketId, "market");
    AnalysisLimits.require(productId, "product");
    return new Parameter("price[" + marketId + "," + productId + "]", (n, v) -> {
      if (!(v >= 0)) {
        throw new InvalidModelException("price[" + marketId + "," + productId + "]", v,
            "a price factor must be >= 0");
      }
      int i = n.marketIndex(marketId);
      if (i < 0) {
        throw unknown("market", marketId);
      }
      Market m = n.markets().get(i);
      Series price = m.prices().get(productId);
      if (price == null) {
        throw new InvalidModelException("market '" + marketId + "': prices", productId,
            "the market gives no price for this product");
      }
      return n.toBuilder().replaceMarket(m.withPrice(productId, price.times(v))).build();
    }, true, Parameter.Linearity.ALWAYS);
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
    return new InvalidModelException(what, id, "no " + what + " has this id");
  }
}
