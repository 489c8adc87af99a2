package dev.footprint.result;

import dev.footprint.model.ContentMethod;
import dev.footprint.model.DutyDrawback;
import dev.footprint.model.Network;
import dev.footprint.model.OriginRule;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.TradeAgreement;
import dev.footprint.model.TransshipmentRule;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The verifier's checks of the origin of goods (docs/model.md, Origin of goods), in its own code
 * (none of {@code Network.agreementOf}, {@code originRule}, {@code transshipmentRule}, {@code
 * dutyDrawback}, {@code defaultOriginatingIn}, {@code effectiveTariff} or the rules' {@code covers}):
 *
 * <ul>
 *   <li>each claim is non-negative, names an origin or transshipment rule that covers its lane and
 *       product, and the claims on a shipment are at most its units;
 *   <li>claim components: per rule, site, product, component and period, the content uses equal the
 *       quantity per unit times the units claimed;
 *   <li>content: per rule, site, product and period, with W the units claimed and V the product's
 *       declared customs value, the value of the assigned components that do not originate for the
 *       rule is at most (1 − share) · V · W (build-down), that of those that do at least share · V · W
 *       (build-up), the foreign one at most share · V · W (transshipment); a component's value is its
 *       customs value on its flow; it originates for an origin rule when its source lies in a member
 *       of the agreement and it has no rule of its own under it, for a transshipment rule when its
 *       source lies in the assembling site's country;
 *   <li>every use is non-negative and names a component flow that exists, and the uses of each
 *       purpose assigned to a flow are at most its units;
 *   <li>drawback: a use names a program of the site's country covering the product, at a site
 *       outside a foreign-trade zone; per site, product, component and period the uses are at most
 *       the quantity per unit times the units exported (shipped to markets, or sent to sites, outside
 *       the site's country);
 *   <li>zone entry: only at foreign-trade-zone sites, where per product, component and period the
 *       uses equal the quantity per unit times the units entering the site's country (shipped to its
 *       markets, or sent to its sites outside zones).
 * </ul>
 */
final class OriginChecks {
  private final Network n;
  private final Allocation a;
  private final Pricing price;
  private final double tolerance;
  private final List<Violation> out;
  /** units per flow: component \0 source \0 site \0 period */
  private final Map<String, Double> flows = new LinkedHashMap<>();
  /**
   * units per site \0 product \0 period shipped to markets or sent to sites outside the site's
   * country (exported), or to markets in it and to sites in it outside zones (domestic)
   */
  private final Map<String, Double> exported = new LinkedHashMap<>();
  private final Map<String, Double> domestic = new LinkedHashMap<>();

  private OriginChecks(Allocation a, Pricing price, double tolerance, List<Violation> out) {
    this.n = a.network();
    this.a = a;
    this.price = price;
    this.tolerance = tolerance;
    this.out = out;
  }

  /**
   * Adds a violation for every origin row the allocation breaks by more than the tolerance (relative
   * to the largest term of the row, at least 1). Does nothing for an allocation without claims or
   * component uses in a network without foreign-trade zones.
   */
  static void check(Allocation a, Pricing price, double tolerance, List<Violation> out) {
    if (a.originClaims().isEmpty() && a.componentUses().isEmpty()
        && a.network().sites().stream().noneMatch(Site::foreignTradeZone)) {
      return;
    }
    new OriginChecks(a, price, tolerance, out).run();
  }

  /** The sums of a content group: units claimed, value of the components that count, the rule. */
  private static final class Group {
    Object rule;
    double claimed;
    double counted;
    double magnitude;
  }

  private void run() {
    for (ComponentFlow f : a.componentFlows()) {
      flows.merge(key(f.product(), f.from(), f.to(), f.period()), f.units(), Double::sum);
      Site from = n.siteIndex(f.from()) >= 0 ? n.sites().get(n.siteIndex(f.from())) : null;
      if (from != null) {
        Site to = n.sites().get(n.siteIndex(f.to()));
        boolean inside = to.country().equals(from.country());
        String k = key(from.id(), f.product(), f.period());
        if (!inside) {
          exported.merge(k, f.units(), Double::sum);
        } else if (!to.foreignTradeZone()) {
          domestic.merge(k, f.units(), Double::sum);
        }
      }
    }
    Map<String, Double> shipped = new LinkedHashMap<>();
    for (Shipment s : a.shipments()) {
      shipped.merge(key(s.product(), s.site(), s.market(), s.period()), s.units(), Double::sum);
      if (n.marketIndex(s.market()) < 0) {
        continue; // reported by the verifier's shipment checks
      }
      boolean inside = n.markets().get(n.marketIndex(s.market())).country()
          .equals(n.sites().get(n.siteIndex(s.site())).country());
      (inside ? domestic : exported).merge(key(s.site(), s.product(), s.period()), s.units(), Double::sum);
    }
    Map<String, Double> claimedPerShipment = new LinkedHashMap<>();
    Map<String, Group> groups = new LinkedHashMap<>(); // rule \0 site \0 product \0 period
    for (OriginClaim c : a.originClaims()) {
      String name = "claim[" + c.rule() + "," + c.product() + "," + c.site() + "," + c.market() + "," + label(c.period()) + "]";
      nonNegative(name, c.units());
      int p = n.productIndex(c.product());
      int site = n.siteIndex(c.site());
      int m = n.marketIndex(c.market());
      if (p < 0 || site < 0 || m < 0 || c.period() < 0 || c.period() >= n.periods()) {
        out.add(new Violation(name, "names an unknown product, site, market or period", c.units()));
        continue;
      }
      String origin = n.sites().get(site).country();
      String destination = n.markets().get(m).country();
      Object rule = rule(c.rule());
      if (rule == null) {
        out.add(new Violation(name, "no origin rule or transshipment rule has this id", c.units()));
        continue;
      }
      if (!covers(rule, origin, destination, n.products().get(p))) {
        out.add(new Violation(name, "rule '" + c.rule() + "' does not cover " + c.product() + " from " + origin
            + " to " + destination, c.units()));
        continue;
      }
      claimedPerShipment.merge(key(c.product(), c.site(), c.market(), c.period()), c.units(), Double::sum);
      Group g = groups.computeIfAbsent(key(c.rule(), c.site(), c.product(), c.period()), k -> new Group());
      g.rule = rule;
      g.claimed += c.units();
    }
    claimedPerShipment.forEach((k, claimed) -> {
      double units = shipped.getOrDefault(k, 0.0);
      String[] f = k.split("\u0000");
      atMost("claim[" + f[0] + "," + f[1] + "," + f[2] + "," + label(Integer.parseInt(f[3])) + "]",
          claimed, units, "claims %.6f units of a shipment of %.6f");
    });
    uses(groups);
    for (Map.Entry<String, Group> e : groups.entrySet()) {
      content(e.getKey().split("\u0000"), e.getValue());
    }
    zones();
  }

  /** Checks every component use, sums the content of the groups, then the per-flow and per-unit rows. */
  private void uses(Map<String, Group> groups) {
    Map<ComponentUse.Purpose, Map<String, Double>> assigned = new EnumMap<>(ComponentUse.Purpose.class);
    Map<String, Double> content = new LinkedHashMap<>(); // rule \0 site \0 product \0 component \0 period
    Map<String, Double> drawback = new LinkedHashMap<>(); // site \0 product \0 component \0 period
    for (ComponentUse u : a.componentUses()) {
      String name = "use[" + u.purpose() + "," + u.rule() + "," + u.product() + "," + u.component() + "," + u.source()
          + "," + u.site() + "," + label(u.period()) + "]";
      nonNegative(name, u.units());
      int p = n.productIndex(u.product());
      int c = n.productIndex(u.component());
      int site = n.siteIndex(u.site());
      String source = price.origins().sourceCountry(u.source());
      if (p < 0 || c < 0 || site < 0 || source == null || u.period() < 0 || u.period() >= n.periods()) {
        out.add(new Violation(name, "names an unknown product, component, source, site or period", u.units()));
        continue;
      }
      String flow = key(u.component(), u.source(), u.site(), u.period());
      if (!flows.containsKey(flow) && Math.abs(u.units()) > absTol(u.units())) {
        out.add(new Violation(name, "no component flow of " + u.component() + " from " + u.source() + " to "
            + u.site() + " in " + label(u.period()), u.units()));
      }
      assigned.computeIfAbsent(u.purpose(), k -> new LinkedHashMap<>()).merge(flow, u.units(), Double::sum);
      Site at = n.sites().get(site);
      switch (u.purpose()) {
        case CONTENT -> {
          content.merge(key(u.rule(), u.site(), u.product(), u.component(), u.period()), u.units(), Double::sum);
          Group g = groups.get(key(u.rule(), u.site(), u.product(), u.period()));
          if (g != null) {
            double v = price.origins().flowValue(c, u.source(), u.period()) * u.units();
            g.magnitude = Math.max(g.magnitude, Math.abs(v));
            if (counts(g.rule, source, u.component(), at.country())) {
              g.counted += v;
            }
          }
        }
        case DRAWBACK -> {
          DutyDrawback k = price.origins().drawback(u.rule());
          if (k == null) {
            out.add(new Violation(name, "no drawback program has this id", u.units()));
          } else if (at.foreignTradeZone() || !k.country().equals(at.country())
              || !Pricing.covers(k.scope(), n.products().get(p))) {
            out.add(new Violation(name, "program '" + k.id() + "' refunds duty only at sites in " + k.country()
                + " outside foreign-trade zones, on products in its scope", u.units()));
          }
          drawback.merge(key(u.site(), u.product(), u.component(), u.period()), u.units(), Double::sum);
        }
        case ZONE_ENTRY -> {
          if (!at.foreignTradeZone()) {
            out.add(new Violation(name, "site '" + at.id() + "' is not in a foreign-trade zone", u.units()));
          }
        }
        default -> throw new IllegalStateException(u.purpose().toString());
      }
    }
    assigned.forEach((purpose, byFlow) -> byFlow.forEach((k, units) -> {
      String[] f = k.split("\u0000");
      atMost("flowAssigned[" + purpose + "," + f[0] + "," + f[1] + "," + f[2] + "," + label(Integer.parseInt(f[3])) + "]",
          units, flows.getOrDefault(k, 0.0), "assigns %.6f units of a flow of %.6f");
    }));
    // claim components: bom · claimed for every component of a claimed product, 0 for anything else
    Map<String, Double> expected = new LinkedHashMap<>();
    groups.forEach((k, g) -> {
      String[] f = k.split("\u0000");
      n.products().get(n.productIndex(f[2])).components().forEach((component, per) ->
          expected.merge(key(f[0], f[1], f[2], component, Integer.parseInt(f[3])), per * g.claimed, Double::sum));
    });
    content.keySet().forEach(k -> expected.putIfAbsent(k, 0.0));
    expected.forEach((k, want) -> {
      String[] f = k.split("\u0000");
      equal("claimComponents[" + String.join(",", f[0], f[1], f[2], f[3]) + "," + label(Integer.parseInt(f[4])) + "]",
          content.getOrDefault(k, 0.0), want, "assigns %.6f units to claims that consume %.6f");
    });
    drawback.forEach((k, units) -> {
      String[] f = k.split("\u0000");
      int p = n.productIndex(f[1]);
      Double per = n.products().get(p).components().get(f[2]);
      double exported = this.exported.getOrDefault(key(f[0], f[1], f[3]), 0.0);
      atMost("drawbackPerExport[" + f[0] + "," + f[1] + "," + f[2] + "," + label(Integer.parseInt(f[3])) + "]",
          units, (per == null ? 0 : per) * exported, "refunds duty on %.6f units, exported units consume %.6f");
    });
  }

  /** The content row of one rule, site, product and period with claims. */
  private void content(String[] f, Group g) {
    Product product = n.products().get(n.productIndex(f[2]));
    double value = product.declaredCustomsValue().isPresent() ? product.declaredCustomsValue().getAsDouble()
        : price.customsValue(n.productIndex(f[2]), n.siteIndex(f[1]), Integer.parseInt(f[3]));
    String name = "content[" + f[0] + "," + f[1] + "," + f[2] + "," + label(Integer.parseInt(f[3])) + "]";
    double scale = Math.max(g.magnitude, Math.abs(value * g.claimed));
    if (g.rule instanceof OriginRule r && r.method() == ContentMethod.BUILD_UP) {
      double need = r.minContentShare() * value * g.claimed;
      if (need - g.counted > tolerance * Math.max(1, scale)) {
        out.add(new Violation(name, String.format(Locale.ROOT, "originating content %.6f of %.6f claimed units is"
            + " below %.6f (build-up, share %.4f)", g.counted, g.claimed, need, r.minContentShare()), need - g.counted));
      }
      return;
    }
    double share = g.rule instanceof OriginRule r ? 1 - r.minContentShare()
        : ((TransshipmentRule) g.rule).maxForeignContentShare();
    double most = share * value * g.claimed;
    if (g.counted - most > tolerance * Math.max(1, scale)) {
      out.add(new Violation(name, String.format(Locale.ROOT, "%s content %.6f of %.6f claimed units is above %.6f",
          g.rule instanceof OriginRule ? "non-originating" : "foreign", g.counted, g.claimed, most), g.counted - most));
    }
  }

  /**
   * Zone entry at every zone site: uses = quantity per unit × units entering the site's country, for
   * every component of every product, and 0 for a component the product does not use.
   */
  private void zones() {
    Map<String, Double> want = new LinkedHashMap<>(); // site \0 product \0 component \0 period
    for (Site site : n.sites()) {
      if (!site.foreignTradeZone()) {
        continue;
      }
      for (Product product : n.products()) {
        for (Map.Entry<String, Double> c : product.components().entrySet()) {
          for (int t = 0; t < n.periods(); t++) {
            want.put(key(site.id(), product.id(), c.getKey(), t),
                c.getValue() * domestic.getOrDefault(key(site.id(), product.id(), t), 0.0));
          }
        }
      }
    }
    Map<String, Double> used = new LinkedHashMap<>();
    for (ComponentUse u : a.componentUses()) {
      int site = n.siteIndex(u.site());
      if (u.purpose() == ComponentUse.Purpose.ZONE_ENTRY && site >= 0 && n.sites().get(site).foreignTradeZone()
          && u.period() >= 0 && u.period() < n.periods()) {
        String k = key(u.site(), u.product(), u.component(), u.period());
        used.merge(k, u.units(), Double::sum);
        want.putIfAbsent(k, 0.0);
      }
    }
    want.forEach((k, units) -> {
      String[] f = k.split("\u0000");
      equal("zoneEntry[" + f[0] + "," + f[1] + "," + f[2] + "," + label(Integer.parseInt(f[3])) + "]",
          used.getOrDefault(k, 0.0), units, "assigns %.6f units to zone entry, units sold into the country consume %.6f");
    });
  }

  /** The origin rule or transshipment rule with this id, or null. */
  private Object rule(String id) {
    for (OriginRule r : n.originRules()) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    for (TransshipmentRule r : n.transshipmentRules()) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    return null;
  }

  /**
   * Whether a rule covers a lane and product: an origin rule its product on a lane inside its
   * agreement, a transshipment rule its destination, origins and scope.
   */
  private boolean covers(Object rule, String origin, String destination, Product p) {
    if (rule instanceof TransshipmentRule t) {
      return OriginPricing.covers(t, origin, destination, p);
    }
    OriginRule r = (OriginRule) rule;
    TradeAgreement g = agreement(r.agreement());
    return r.product().equals(p.id()) && g != null && !origin.equals(destination)
        && g.members().contains(origin) && g.members().contains(destination);
  }

  /**
   * Whether a component from a source country counts in a rule's content row: under build-down, when
   * it does not originate (its source outside the agreement, or a rule of its own under it); under
   * build-up, when it does; under a transshipment rule, when its source lies outside the assembling
   * country.
   */
  private boolean counts(Object rule, String source, String component, String assembly) {
    if (rule instanceof TransshipmentRule) {
      return !source.equals(assembly);
    }
    OriginRule r = (OriginRule) rule;
    TradeAgreement g = agreement(r.agreement());
    boolean originates = g != null && g.members().contains(source) && !hasRule(component, r.agreement());
    return r.method() == ContentMethod.BUILD_UP ? originates : !originates;
  }

  private boolean hasRule(String product, String agreement) {
    for (OriginRule r : n.originRules()) {
      if (r.product().equals(product) && r.agreement().equals(agreement)) {
        return true;
      }
    }
    return false;
  }

  private TradeAgreement agreement(String id) {
    for (TradeAgreement g : n.agreements()) {
      if (g.id().equals(id)) {
        return g;
      }
    }
    return null;
  }

  private void nonNegative(String name, double units) {
    if (!(units >= -absTol(units))) {
      out.add(new Violation(name, "negative units " + units, -units));
    }
  }

  private void atMost(String name, double lhs, double rhs, String format) {
    if (lhs - rhs > tolerance * Math.max(1, Math.max(Math.abs(lhs), Math.abs(rhs)))) {
      out.add(new Violation(name, String.format(Locale.ROOT, format, lhs, rhs), lhs - rhs));
    }
  }

  private void equal(String name, double lhs, double rhs, String format) {
    if (Math.abs(lhs - rhs) > tolerance * Math.max(1, Math.max(Math.abs(lhs), Math.abs(rhs)))) {
      out.add(new Violation(name, String.format(Locale.ROOT, format, lhs, rhs), lhs - rhs));
    }
  }

  private double absTol(double magnitude) {
    return tolerance * Math.max(1, Math.abs(magnitude));
  }

  private String label(int t) {
    return t >= 0 && t < n.periods() ? n.horizon().label(t) : Integer.toString(t);
  }

  private static String key(Object... parts) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      sb.append(i == 0 ? "" : "\u0000").append(parts[i]);
    }
    return sb.toString();
  }
}
