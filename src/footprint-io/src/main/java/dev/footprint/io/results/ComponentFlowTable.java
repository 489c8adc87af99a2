package dev.footprint.io.results;

import dev.footprint.model.Network;
import dev.footprint.result.Allocation;
import dev.footprint.result.ComponentFlow;
import dev.footprint.solve.Solution;
import java.util.List;
import java.util.Map;

/**
 * The component_flows table of a report (docs/model.md, Bills of materials): one row per component
 * flow with units, per scenario.
 */
public final class ComponentFlowTable {
  private ComponentFlowTable() {}

  /**
   * @param solutions solutions by scenario
   * @return whether any of their networks has a bill of materials (then a report has the table)
   */
  public static boolean any(Map<String, Solution> solutions) {
    return solutions.values().stream().anyMatch(s -> s.network().hasBillsOfMaterials());
  }

  /**
   * component_flows: each component flow per scenario: the component, where it comes from (a site or
   * a supplier offer, and its country), the site that assembles with it and its country, the period
   * and the units.
   *
   * @param solutions solutions by scenario
   * @return the table
   */
  public static ResultTable of(Map<String, Solution> solutions) {
    var out = ResultTable.builder("component_flows", List.of("scenario", "product", "from", "from_kind",
        "from_country", "to", "to_country", "period", "units"));
    for (var e : solutions.entrySet()) {
      if (!e.getValue().hasAllocation()) {
        continue;
      }
      Allocation a = e.getValue().allocation();
      Network n = a.network();
      for (ComponentFlow f : a.componentFlows()) {
        int site = n.siteIndex(f.from());
        String kind = site >= 0 ? "site" : "supplier";
        String country = site >= 0 ? n.sites().get(site).country()
            : n.supplierOffers().get(n.supplierOfferIndex(f.from())).country();
        out.add(e.getKey(), f.product(), f.from(), kind, country, f.to(),
            n.sites().get(n.siteIndex(f.to())).country(), n.horizon().label(f.period()), f.units());
      }
    }
    return out.build();
  }
}
