package dev.footprint.report;

import dev.footprint.io.results.OriginClaimTable;
import dev.footprint.model.Network;
import dev.footprint.result.Allocation;
import dev.footprint.result.ComponentUse;
import dev.footprint.result.OriginClaim;
import dev.footprint.result.Shipment;
import dev.footprint.solve.Solution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The section on the origin of goods (docs/model.md, Origin of goods), where some scenario's
 * allocation claims units to qualify under a content rule or assigns components to a use: per
 * scenario, the units claimed of each shipment lane over the horizon against the units shipped on it,
 * and the components assigned to content claims, duty drawback and zone entries. origin_claims.csv
 * and component_uses.csv hold every row, per period.
 */
final class OriginSections {
  private final ReportContext ctx;
  private final Map<String, Solution> solutions;
  private final String prefix;

  /**
   * @param ctx the report
   * @param solutions solutions by scenario name, in display order
   * @param prefix the prefix of the section's id
   */
  OriginSections(ReportContext ctx, Map<String, Solution> solutions, String prefix) {
    this.ctx = ctx;
    this.solutions = solutions;
    this.prefix = prefix;
  }

  /** Adds the section if any scenario has an origin claim or a component use; otherwise nothing. */
  void add() {
    List<Object[]> claims = new ArrayList<>();
    List<Object[]> uses = new ArrayList<>();
    for (var e : solutions.entrySet()) {
      if (e.getValue().hasAllocation()) {
        claims.addAll(claims(e.getKey(), e.getValue().allocation()));
        uses.addAll(uses(e.getKey(), e.getValue().allocation()));
      }
    }
    if (claims.isEmpty() && uses.isEmpty()) {
      return;
    }
    StringBuilder b = new StringBuilder();
    if (!claims.isEmpty()) {
      b.append("<h3>Origin claims (units claimed to qualify under a content rule, whole horizon)</h3>")
          .append(Html.table(List.of("scenario", "rule", "kind", "product", "site", "market", "claimed", "shipped",
              "share claimed", "unit"), shown(claims), 6, 7, 8))
          .append(more(claims.size(), "origin_claims.csv"))
          .append(Html.note("Claimed units pay the duty of qualifying goods (originating under an origin rule, "
              + "compliant under a transshipment rule); the rest of the shipment pays the other duty."));
    }
    if (!uses.isEmpty()) {
      b.append("<h3>Component uses (components assigned to claims, drawback and zone entries, whole horizon)</h3>")
          .append(Html.table(List.of("scenario", "purpose", "rule", "product", "component", "from", "from country",
              "site", "units", "unit"), shown(uses), 8))
          .append(more(uses.size(), "component_uses.csv"));
    }
    ctx.add(prefix + "origin", "Origin of goods", b.toString());
  }

  /** @return one row per rule and lane (rule, product, site, market) with claims, summed over the periods */
  private static List<Object[]> claims(String scenario, Allocation a) {
    Network n = a.network();
    Map<String, double[]> claimed = new LinkedHashMap<>();
    Map<String, OriginClaim> first = new LinkedHashMap<>();
    for (OriginClaim c : a.originClaims()) {
      String key = c.rule() + "\u0000" + c.product() + "\u0000" + c.site() + "\u0000" + c.market();
      claimed.computeIfAbsent(key, k -> new double[1])[0] += c.units();
      first.putIfAbsent(key, c);
    }
    List<Object[]> rows = new ArrayList<>();
    first.forEach((key, c) -> {
      double shipped = 0;
      for (Shipment s : a.shipments()) {
        if (s.product().equals(c.product()) && s.site().equals(c.site()) && s.market().equals(c.market())) {
          shipped += s.units();
        }
      }
      double units = claimed.get(key)[0];
      rows.add(new Object[] {scenario, c.rule(), OriginClaimTable.ruleKind(n, c.rule()), c.product(), c.site(),
          c.market(), Html.num(units), Html.num(shipped), Html.percent(shipped > 0 ? units / shipped : Double.NaN),
          ScenarioFacts.unit(n, c.product())});
    });
    return rows;
  }

  /** @return one row per use (purpose, rule, product, component, source, site), summed over the periods */
  private static List<Object[]> uses(String scenario, Allocation a) {
    Network n = a.network();
    Map<String, double[]> units = new LinkedHashMap<>();
    Map<String, ComponentUse> first = new LinkedHashMap<>();
    for (ComponentUse u : a.componentUses()) {
      String key = u.purpose() + "\u0000" + u.rule() + "\u0000" + u.product() + "\u0000" + u.component() + "\u0000"
          + u.source() + "\u0000" + u.site();
      units.computeIfAbsent(key, k -> new double[1])[0] += u.units();
      first.putIfAbsent(key, u);
    }
    List<Object[]> rows = new ArrayList<>();
    first.forEach((key, u) -> {
      int site = n.siteIndex(u.source());
      int offer = n.supplierOfferIndex(u.source());
      String country = site >= 0 ? n.sites().get(site).country()
          : offer >= 0 ? n.supplierOffers().get(offer).country() : "";
      rows.add(new Object[] {scenario, u.purpose().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
          u.rule(), u.product(), u.component(), u.source(), country, u.site(), Html.num(units.get(key)[0]),
          ScenarioFacts.unit(n, u.component())});
    });
    return rows;
  }

  private static List<Object[]> shown(List<Object[]> rows) {
    return rows.subList(0, Math.min(rows.size(), HtmlReport.MAX_ROWS));
  }

  private static String more(int rows, String file) {
    return rows > HtmlReport.MAX_ROWS ? Html.note((rows - HtmlReport.MAX_ROWS) + " more rows in " + file + ".") : "";
  }
}
