package dev.footprint.io.results;

import dev.footprint.model.Network;
import dev.footprint.result.Allocation;
import dev.footprint.result.OriginClaim;
import dev.footprint.solve.Solution;
import java.util.List;
import java.util.Map;

/**
 * The origin_claims table of a report (docs/model.md, Origin of goods): one row per origin claim with
 * units, per scenario: units of a shipment claimed to qualify under a content rule (an origin rule of
 * a trade agreement, or a transshipment rule).
 */
public final class OriginClaimTable {
  private OriginClaimTable() {}

  /**
   * @param network a network
   * @return whether it has content rules (origin rules or transshipment rules), under which its
   *     shipments may be claimed to qualify
   */
  public static boolean applies(Network network) {
    return !network.originRules().isEmpty() || !network.transshipmentRules().isEmpty();
  }

  /**
   * @param solutions solutions by scenario
   * @return whether any of their networks has content rules, or any allocation claims (then a report
   *     has the table)
   */
  public static boolean any(Map<String, Solution> solutions) {
    return solutions.values().stream().anyMatch(s -> applies(s.network())
        || s.hasAllocation() && !s.allocation().originClaims().isEmpty());
  }

  /**
   * @param network a network
   * @param rule a rule's id
   * @return {@code origin} for an origin rule, {@code transshipment} for a transshipment rule, empty
   *     for neither
   */
  public static String ruleKind(Network network, String rule) {
    if (network.originRules().stream().anyMatch(r -> r.id().equals(rule))) {
      return "origin";
    }
    return network.transshipmentRules().stream().anyMatch(r -> r.id().equals(rule)) ? "transshipment" : "";
  }

  /**
   * origin_claims: each origin claim per scenario: the rule and its kind ({@code origin} or
   * {@code transshipment}), the product, the site that made the units and its country, the market
   * they are shipped to and its country, the period, the units claimed to qualify and the product's
   * unit.
   *
   * @param solutions solutions by scenario
   * @return the table
   */
  public static ResultTable of(Map<String, Solution> solutions) {
    var out = ResultTable.builder("origin_claims", List.of("scenario", "rule", "rule_kind", "product", "site",
        "site_country", "market", "market_country", "period", "units", "unit"));
    for (var e : solutions.entrySet()) {
      if (!e.getValue().hasAllocation()) {
        continue;
      }
      Allocation a = e.getValue().allocation();
      Network n = a.network();
      for (OriginClaim c : a.originClaims()) {
        out.add(e.getKey(), c.rule(), ruleKind(n, c.rule()), c.product(), c.site(), siteCountry(n, c.site()),
            c.market(), marketCountry(n, c.market()), n.horizon().label(c.period()), c.units(), unit(n, c.product()));
      }
    }
    return out.build();
  }

  static String siteCountry(Network n, String site) {
    int i = n.siteIndex(site);
    return i < 0 ? "" : n.sites().get(i).country();
  }

  /** @return the unit of a product, for the unit column */
  static String unit(Network n, String product) {
    int i = n.productIndex(product);
    return i < 0 ? "" : n.products().get(i).unit();
  }

  private static String marketCountry(Network n, String market) {
    int i = n.marketIndex(market);
    return i < 0 ? "" : n.markets().get(i).country();
  }
}
