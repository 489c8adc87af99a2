package dev.footprint.io.results;

import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.result.Allocation;
import dev.footprint.result.ComponentUse;
import dev.footprint.solve.Solution;
import java.util.List;
import java.util.Map;

/**
 * The component_uses table of a report (docs/model.md, Origin of goods): one row per component use
 * with units, per scenario: units of a component flow assigned to the units a content claim covers
 * ({@code CONTENT}), to exported units whose duty a drawback refunds ({@code DRAWBACK}), or to the
 * units a foreign-trade-zone site sells into its own country ({@code ZONE_ENTRY}).
 */
public final class ComponentUseTable {
  private ComponentUseTable() {}

  /**
   * @param network a network
   * @return whether it has content rules, duty drawback programs or foreign-trade-zone sites, the
   *     uses components may be assigned to
   */
  public static boolean applies(Network network) {
    return OriginClaimTable.applies(network) || !network.dutyDrawbacks().isEmpty()
        || network.sites().stream().anyMatch(Site::foreignTradeZone);
  }

  /**
   * @param solutions solutions by scenario
   * @return whether any of their networks has such rules, programs or sites, or any allocation
   *     assigns components (then a report has the table)
   */
  public static boolean any(Map<String, Solution> solutions) {
    return solutions.values().stream().anyMatch(s -> applies(s.network())
        || s.hasAllocation() && !s.allocation().componentUses().isEmpty());
  }

  /**
   * component_uses: each component use per scenario: its purpose ({@code CONTENT}, {@code DRAWBACK}
   * or {@code ZONE_ENTRY}), the rule or program (empty for a zone entry), the finished product, the
   * component, where it comes from (a site or a supplier offer, and its country), the site that
   * consumes it and its country, the period, the units and the component's unit.
   *
   * @param solutions solutions by scenario
   * @return the table
   */
  public static ResultTable of(Map<String, Solution> solutions) {
    var out = ResultTable.builder("component_uses", List.of("scenario", "purpose", "rule", "product", "component",
        "source", "source_kind", "source_country", "site", "site_country", "period", "units", "unit"));
    for (var e : solutions.entrySet()) {
      if (!e.getValue().hasAllocation()) {
        continue;
      }
      Allocation a = e.getValue().allocation();
      Network n = a.network();
      for (ComponentUse u : a.componentUses()) {
        int site = n.siteIndex(u.source());
        int offer = n.supplierOfferIndex(u.source());
        String kind = site >= 0 ? "site" : offer >= 0 ? "supplier" : "";
        String country = site >= 0 ? n.sites().get(site).country()
            : offer >= 0 ? n.supplierOffers().get(offer).country() : "";
        out.add(e.getKey(), u.purpose().name(), u.rule(), u.product(), u.component(), u.source(), kind, country,
            u.site(), OriginClaimTable.siteCountry(n, u.site()), n.horizon().label(u.period()), u.units(),
            OriginClaimTable.unit(n, u.component()));
      }
    }
    return out.build();
  }
}
