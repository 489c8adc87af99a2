package dev.footprint.result;

import dev.footprint.model.ContentMethod;
import dev.footprint.model.DutyDrawback;
import dev.footprint.model.Network;
import dev.footprint.model.OriginRule;
import dev.footprint.model.Product;
import dev.footprint.model.SupplierOffer;
import dev.footprint.model.TradeAgreement;
import dev.footprint.model.TransshipmentRule;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The origin of goods priced with this package's own code (docs/model.md, Origin of goods): which
 * agreement a lane lies inside, which content rule covers a lane and product, the default origin
 * status of a good, the duty of a unit that qualifies under its rule and of one that does not, the
 * duty and customs value of a component flow (none into a foreign-trade zone), drawback refunds and
 * the duty at zone entry. It calls none of {@code Network.agreementOf}, {@code originRule}, {@code
 * transshipmentRule}, {@code dutyDrawback}, {@code defaultOriginatingIn}, {@code effectiveTariff},
 * {@code TradeAgreement.covers}, {@code TransshipmentRule.covers}, {@code TariffMeasure.appliesTo} or
 * {@code ProductScope.covers}, which the formulation prices with; the rates come from {@link
 * Pricing#tariff(String, String, int, int, String)}.
 */
final class OriginPricing {
  /**
   * A content rule on a lane and product: an agreement's origin rule ({@code origin}) or a
   * transshipment rule ({@code transshipment}), one of them present.
   */
  record ContentRule(String id, OriginRule origin, TransshipmentRule transshipment) {
    /** @return the agreement of an origin rule, null for a transshipment rule */
    String agreement() {
      return origin == null ? null : origin.agreement();
    }

    /**
     * Whether a unit without components qualifies: always under build-down and transshipment, under
     * build-up only with a share of 0.
     */
    boolean qualifiesWithoutComponents() {
      return origin == null || origin.method() != ContentMethod.BUILD_UP || origin.minContentShare() == 0;
    }
  }

  /** Receives a tariff term (negative for a refund or a saving), before discounting. */
  interface Tariffs {
    /**
     * @param product the product the term is counted under
     * @param country the country it is counted in
     * @param lane "origin->destination"
     * @param rule the rule the term comes from: a content rule's or drawback program's id, or
     *     "zone:SITE" for a foreign-trade-zone entry
     * @param value the term at the period's weight, not yet repeated over a terminal window
     * @param period the period
     */
    void add(String product, String country, String lane, String rule, double value, int period);
  }

  private final Network n;
  private final Pricing price;
  private final String[][] laneAgreement; // by origin and destination country index; null outside any
  private final Map<String, OriginRule> rules = new HashMap<>(); // product \0 agreement
  private final Map<Long, Optional<ContentRule>> contentRules = new HashMap<>();

  /** Indexes the network's agreements and origin rules; the rates come from {@code price}. */
  OriginPricing(Network network, Pricing price) {
    this.n = network;
    this.price = price;
    int countries = network.countries().size();
    laneAgreement = new String[countries][countries];
    for (TradeAgreement g : network.agreements()) {
      for (String a : g.members()) {
        for (String b : g.members()) {
          int i = network.countryIndex(a);
          int j = network.countryIndex(b);
          if (i >= 0 && j >= 0 && i != j && laneAgreement[i][j] == null) {
            laneAgreement[i][j] = g.id();
          }
        }
      }
    }
    for (OriginRule r : network.originRules()) {
      rules.putIfAbsent(r.product() + "\u0000" + r.agreement(), r);
    }
  }

  /** The agreement both countries are members of (and differ), or null. */
  String agreementOf(String origin, String destination) {
    if (n.agreements().isEmpty()) {
      return null;
    }
    int i = n.countryIndex(origin);
    int j = n.countryIndex(destination);
    return i < 0 || j < 0 ? null : laneAgreement[i][j];
  }

  /** The origin rule of a product under an agreement, or null. */
  OriginRule originRule(String product, String agreement) {
    return agreement == null ? null : rules.get(product + "\u0000" + agreement);
  }

  /**
   * The agreement a unit of p made in {@code origin} originates in when shipped to {@code
   * destination} without a claim: the lane's agreement if p has no origin rule under it, else null.
   */
  String defaultStatus(String origin, String destination, int p) {
    String g = agreementOf(origin, destination);
    return g == null || originRule(n.products().get(p).id(), g) != null ? null : g;
  }

  /**
   * Whether a transshipment rule covers a lane and product: its destination, another country, among
   * its origins (or any for none), in its scope.
   */
  static boolean covers(TransshipmentRule r, String origin, String destination, Product p) {
    return r.destination().equals(destination) && !origin.equals(destination)
        && (r.origins().isEmpty() || r.origins().contains(origin)) && Pricing.covers(r.scope(), p);
  }

  /** The content rule on product p from one country into another: the origin rule, else the transshipment rule; or null. */
  ContentRule contentRule(int p, String origin, String destination) {
    if (origin.equals(destination) || n.originRules().isEmpty() && n.transshipmentRules().isEmpty()) {
      return null;
    }
    long key = ((long) n.countryIndex(origin) * n.countries().size() + n.countryIndex(destination))
        * n.products().size() + p;
    return contentRules.computeIfAbsent(key, k -> Optional.ofNullable(findRule(n.products().get(p), origin,
        destination))).orElse(null);
  }

  private ContentRule findRule(Product product, String origin, String destination) {
    OriginRule r = originRule(product.id(), agreementOf(origin, destination));
    if (r != null) {
      return new ContentRule(r.id(), r, null);
    }
    for (TransshipmentRule t : n.transshipmentRules()) {
      if (covers(t, origin, destination, product)) {
        return new ContentRule(t.id(), null, t);
      }
    }
    return null;
  }

  /**
   * The duty per unit of p made at a site and shipped from its country into another in t that does not
   * qualify under r: for an origin rule the rate of non-originating goods; for a transshipment rule
   * the larger of its penalty and the measures' ad valorem rate, plus the measures' specific duty.
   */
  double nonQualifying(ContentRule r, int p, int site, String origin, String destination, int t) {
    double v = price.customsValue(p, site, t);
    if (r.origin() != null) {
      double[] x = price.tariff(origin, destination, p, t, null);
      return x[0] * v + x[1];
    }
    double[] x = price.tariff(origin, destination, p, t);
    return Math.max(r.transshipment().penaltyRate(), x[0]) * v + x[1];
  }

  /**
   * The duty per unit that qualifies under r: for an origin rule the rate of goods originating in its
   * agreement; for a transshipment rule the measures' rate.
   */
  double qualifying(ContentRule r, int p, int site, String origin, String destination, int t) {
    double[] x = r.origin() != null ? price.tariff(origin, destination, p, t, r.agreement())
        : price.tariff(origin, destination, p, t);
    return x[0] * price.customsValue(p, site, t) + x[1];
  }

  /**
   * The duty per unit a shipment under r pays before claims: that of a non-qualifying unit, except
   * for a product without components whose units all qualify under its rule: the lesser of the two
   * duties then (an importer need not claim a preference that costs more).
   */
  double ruledDuty(ContentRule r, int p, int site, String origin, String destination, int t) {
    if (n.products().get(p).components().isEmpty() && r.qualifiesWithoutComponents()) {
      return Math.min(qualifying(r, p, site, origin, destination, t),
          nonQualifying(r, p, site, origin, destination, t));
    }
    return nonQualifying(r, p, site, origin, destination, t);
  }

  /**
   * The duty a claimed unit saves: max(0, non-qualifying − qualifying) where the claim names the
   * content rule of its lane and product and the product has components; 0 otherwise (and for a
   * claim naming an unknown product, site, market or period).
   */
  double claimSaving(OriginClaim c) {
    int p = n.productIndex(c.product());
    int site = n.siteIndex(c.site());
    int m = n.marketIndex(c.market());
    if (p < 0 || site < 0 || m < 0 || c.period() < 0 || c.period() >= n.periods()
        || n.products().get(p).components().isEmpty()) {
      return 0;
    }
    String origin = n.sites().get(site).country();
    String destination = n.markets().get(m).country();
    ContentRule r = contentRule(p, origin, destination);
    if (r == null || !r.id().equals(c.rule())) {
      return 0;
    }
    return Math.max(0, nonQualifying(r, p, site, origin, destination, c.period())
        - qualifying(r, p, site, origin, destination, c.period()));
  }

  /** The country of a flow's source, a site or a supplier offer; null for an unknown id. */
  String sourceCountry(String source) {
    int s = n.siteIndex(source);
    if (s >= 0) {
      return n.sites().get(s).country();
    }
    int o = n.supplierOfferIndex(source);
    return o >= 0 ? n.supplierOffers().get(o).country() : null;
  }

  /**
   * The customs value of component c on a flow from a source in t: its declared value, else the
   * made unit's (material + labor) · (1 + markup) at the source site, else the offer's price; NaN for
   * an unknown source.
   */
  double flowValue(int c, String source, int t) {
    int s = n.siteIndex(source);
    if (s >= 0) {
      return price.customsValue(c, s, t);
    }
    int o = n.supplierOfferIndex(source);
    if (o < 0) {
      return Double.NaN;
    }
    SupplierOffer offer = n.supplierOffers().get(o);
    return n.products().get(c).declaredCustomsValue().orElse(offer.pricePerUnit().at(t));
  }

  /**
   * The duty per unit of component c brought from a source into a site in t: the measures' rate
   * (with the component's default origin status) on its customs value plus the specific duty; 0 into
   * a foreign-trade zone, within one country, or from an unknown source.
   */
  double flowDuty(int c, String source, int site, int t) {
    String origin = sourceCountry(source);
    String destination = n.sites().get(site).country();
    if (origin == null || origin.equals(destination) || n.sites().get(site).foreignTradeZone()) {
      return 0;
    }
    double[] rate = price.tariff(origin, destination, c, t);
    return rate[0] == 0 && rate[1] == 0 ? 0 : rate[0] * flowValue(c, source, t) + rate[1];
  }

  /**
   * The ad valorem rate the finished good p pays at zone entry on a component from {@code origin}
   * into {@code destination}: the measures' rate with p's default status; 0 within one country.
   */
  double zoneRate(int p, String origin, String destination, int t) {
    return origin.equals(destination) ? 0 : price.tariff(origin, destination, p, t)[0];
  }

  /** The drawback program with this id, or null. */
  DutyDrawback drawback(String id) {
    for (DutyDrawback k : n.dutyDrawbacks()) {
      if (k.id().equals(id)) {
        return k;
      }
    }
    return null;
  }

  /**
   * The tariff terms of the origin of goods in an allocation, at the operating weight: the savings of
   * claimed units (negative, in the making site's country, on the shipment's lane, under the product);
   * drawback refunds (negative, share × the flow's component duty per unit, in the assembling site's
   * country, on the component's lane, under the component, whose duty they return); zone-entry duty
   * (the finished good's rate × the component's customs value, in the zone site's country, on the lane
   * from the component's source, under the finished good, which enters). Terms naming unknown ids or
   * periods are left out (the verifier reports them).
   */
  void costs(Allocation a, Tariffs out) {
    for (OriginClaim c : a.originClaims()) {
      double saving = claimSaving(c);
      if (saving > 0) {
        String origin = n.sites().get(n.siteIndex(c.site())).country();
        String destination = n.markets().get(n.marketIndex(c.market())).country();
        out.add(c.product(), origin, origin + "->" + destination, c.rule(),
            -n.horizon().weight(c.period()) * c.units() * saving, c.period());
      }
    }
    for (ComponentUse u : a.componentUses()) {
      int c = n.productIndex(u.component());
      int p = n.productIndex(u.product());
      int site = n.siteIndex(u.site());
      String origin = sourceCountry(u.source());
      int t = u.period();
      if (c < 0 || p < 0 || site < 0 || origin == null || t < 0 || t >= n.periods()) {
        continue;
      }
      String destination = n.sites().get(site).country();
      double w = n.horizon().weight(t) * u.units();
      if (u.purpose() == ComponentUse.Purpose.DRAWBACK) {
        DutyDrawback k = drawback(u.rule());
        double duty = k == null ? 0 : flowDuty(c, u.source(), site, t);
        if (duty != 0) {
          out.add(u.component(), destination, origin + "->" + destination, k.id(), -w * k.share() * duty, t);
        }
      } else if (u.purpose() == ComponentUse.Purpose.ZONE_ENTRY) {
        double rate = zoneRate(p, origin, destination, t);
        if (rate != 0) {
          out.add(u.product(), destination, origin + "->" + destination, "zone:" + u.site(), w * rate * flowValue(c, u.source(), t), t);
        }
      }
    }
  }
}
