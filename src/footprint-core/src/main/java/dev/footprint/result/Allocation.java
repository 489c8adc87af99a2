package dev.footprint.result;

import dev.footprint.model.Network;
import dev.footprint.model.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The decisions of a plan in domain terms: shipments, the status of each site in each period, demand
 * left unmet, and the credits claimed under budget-capped production credit programs. A solver
 * returns one; a user may also build one (a plan to evaluate) and have {@link Verifier} check it.
 *
 * <p>Site status is 1 (active) or 0 (inactive, or not yet open) per period; a solution of the LP
 * relaxation may hold fractions.
 */
public final class Allocation {
  private final Network network;
  private final List<Shipment> shipments;
  private final Map<String, double[]> siteStatus;
  private final List<LostSale> lostSales;
  private final Map<String, double[]> creditClaims;
  private final double[][][] production;
  private final Map<String, double[]> stepsInPlace;
  private final List<ComponentFlow> componentFlows;
  private final List<OriginClaim> originClaims;
  private final List<ComponentUse> componentUses;

  /**
   * @param network the network planned for
   * @param shipments the shipments (zero ones may be left out)
   * @param siteStatus per site id, its status per period; a missing site counts as inactive
   * @param lostSales demand left unmet
   * @param creditClaims per budget-capped production credit id, the credit claimed per period, USD
   */
  public Allocation(Network network, List<Shipment> shipments, Map<String, double[]> siteStatus,
      List<LostSale> lostSales, Map<String, double[]> creditClaims) {
    this(network, shipments, siteStatus, lostSales, creditClaims, Map.of());
  }

  /**
   * @param network the network planned for
   * @param shipments the shipments (zero ones may be left out)
   * @param siteStatus per site id, its status per period; a missing site counts as inactive
   * @param lostSales demand left unmet
   * @param creditClaims per budget-capped production credit id, the credit claimed per period, USD
   * @param stepsInPlace per capacity step id, the modules in place per period; a missing step has none
   */
  public Allocation(Network network, List<Shipment> shipments, Map<String, double[]> siteStatus,
      List<LostSale> lostSales, Map<String, double[]> creditClaims, Map<String, double[]> stepsInPlace) {
    this(network, shipments, siteStatus, lostSales, creditClaims, stepsInPlace, List.of());
  }

  /**
   * @param network the network planned for
   * @param shipments the shipments (zero ones may be left out)
   * @param siteStatus per site id, its status per period; a missing site counts as inactive
   * @param lostSales demand left unmet
   * @param creditClaims per budget-capped production credit id, the credit claimed per period, USD
   * @param stepsInPlace per capacity step id, the modules in place per period; a missing step has none
   * @param componentFlows the components brought to the sites that assemble with them (zero ones may
   *     be left out); what a site makes is what it ships to markets and the components it sends
   */
  public Allocation(Network network, List<Shipment> shipments, Map<String, double[]> siteStatus,
      List<LostSale> lostSales, Map<String, double[]> creditClaims, Map<String, double[]> stepsInPlace,
      List<ComponentFlow> componentFlows) {
    this(network, shipments, siteStatus, lostSales, creditClaims, stepsInPlace, componentFlows, List.of(), List.of());
  }

  /**
   * @param network the network planned for
   * @param shipments the shipments (zero ones may be left out)
   * @param siteStatus per site id, its status per period; a missing site counts as inactive
   * @param lostSales demand left unmet
   * @param creditClaims per budget-capped production credit id, the credit claimed per period, USD
   * @param stepsInPlace per capacity step id, the modules in place per period; a missing step has none
   * @param componentFlows the components brought to the sites that assemble with them (zero ones may
   *     be left out); what a site makes is what it ships to markets and the components it sends
   * @param originClaims units of shipments claimed to qualify under content rules (zero ones may be
   *     left out)
   * @param componentUses component flows assigned to content claims, drawback refunds and zone
   *     entries (zero ones may be left out)
   */
  public Allocation(Network network, List<Shipment> shipments, Map<String, double[]> siteStatus,
      List<LostSale> lostSales, Map<String, double[]> creditClaims, Map<String, double[]> stepsInPlace,
      List<ComponentFlow> componentFlows, List<OriginClaim> originClaims, List<ComponentUse> componentUses) {
    this.originClaims = List.copyOf(Objects.requireNonNull(originClaims, "originClaims"));
    this.componentUses = List.copyOf(Objects.requireNonNull(componentUses, "componentUses"));
    this.componentFlows = List.copyOf(Objects.requireNonNull(componentFlows, "componentFlows"));
    this.stepsInPlace = deepCopy(Objects.requireNonNull(stepsInPlace, "stepsInPlace"));
    this.network = Objects.requireNonNull(network, "network");
    this.shipments = List.copyOf(shipments);
    this.siteStatus = deepCopy(siteStatus);
    this.lostSales = List.copyOf(lostSales);
    this.creditClaims = deepCopy(creditClaims);
    int periods = network.periods();
    this.production = new double[network.products().size()][network.sites().size()][periods];
    for (Shipment s : this.shipments) {
      int p = network.productIndex(s.product());
      int site = network.siteIndex(s.site());
      if (p < 0 || site < 0 || s.period() < 0 || s.period() >= periods) {
        throw new IllegalArgumentException("shipment refers to an unknown product, site or period: " + s);
      }
      production[p][site][s.period()] += s.units();
    }
    for (ComponentFlow f : this.componentFlows) {
      int p = network.productIndex(f.product());
      int site = network.siteIndex(f.from());
      if (p < 0 || network.siteIndex(f.to()) < 0 || site < 0 && network.supplierOfferIndex(f.from()) < 0
          || f.period() < 0 || f.period() >= periods) {
        throw new IllegalArgumentException("component flow refers to an unknown product, site, supplier offer or"
            + " period: " + f);
      }
      if (site >= 0) {
        production[p][site][f.period()] += f.units();
      }
    }
  }

  /** @return the units of shipments claimed to qualify under content rules */
  public List<OriginClaim> originClaims() {
    return originClaims;
  }

  /** @return the component flows assigned to content claims, drawback refunds and zone entries */
  public List<ComponentUse> componentUses() {
    return componentUses;
  }

  /**
   * @param claims the origin claims to hold instead
   * @param uses the component uses to hold instead
   * @return a copy with them (for a verifier test or a hand-made plan)
   */
  public Allocation withOrigin(List<OriginClaim> claims, List<ComponentUse> uses) {
    return new Allocation(network, shipments, siteStatus, lostSales, creditClaims, stepsInPlace, componentFlows,
        claims, uses);
  }

  /** @return every component flow with units: components brought to the sites that assemble with them */
  public List<ComponentFlow> componentFlows() {
    return componentFlows;
  }

  private static Map<String, double[]> deepCopy(Map<String, double[]> in) {
    Map<String, double[]> out = new HashMap<>();
    in.forEach((k, v) -> out.put(Objects.requireNonNull(k), v.clone()));
    return out;
  }

  /** @return the network planned for */
  public Network network() {
    return network;
  }

  /** @return every shipment with units */
  public List<Shipment> shipments() {
    return shipments;
  }

  /** @return demand left unmet */
  public List<LostSale> lostSales() {
    return lostSales;
  }

  /**
   * @param siteId site id
   * @param period 0-based period
   * @return the site's status, 1 active and 0 inactive
   */
  public double siteStatus(String siteId, int period) {
    double[] v = siteStatus.get(siteId);
    return v == null ? 0 : v[period];
  }

  /**
   * @param siteId site id
   * @param period 0-based period
   * @return whether the site is active (status above one half)
   */
  public boolean isActive(String siteId, int period) {
    return siteStatus(siteId, period) > 0.5;
  }

  /**
   * @param stepId capacity step id
   * @param period 0-based period
   * @return the modules of the step in place in that period (0 for a step not given)
   */
  public double stepsInPlace(String stepId, int period) {
    double[] v = stepsInPlace.get(stepId);
    return v == null ? 0 : v[period];
  }

  /**
   * @param stepId a capacity step id
   * @return the first period a module of it is in place, if any is
   */
  public OptionalInt stepFirstInPlace(String stepId) {
    for (int t = 0; t < network.periods(); t++) {
      if (stepsInPlace(stepId, t) > 0.5) {
        return OptionalInt.of(t);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * A copy with one capacity step's modules in place changed.
   *
   * @param stepId capacity step id
   * @param modulesByPeriod modules in place per period
   * @return the changed copy
   */
  public Allocation withStepsInPlace(String stepId, double... modulesByPeriod) {
    Map<String, double[]> out = new HashMap<>(stepsInPlace);
    out.put(Objects.requireNonNull(stepId, "stepId"), modulesByPeriod.clone());
    return new Allocation(network, shipments, siteStatus, lostSales, creditClaims, out, componentFlows, originClaims, componentUses);
  }

  /**
   * @return the footprint: per site, whether it is active in each period, in the form {@code
   *     SolveOptions.withFixedSiteStatus} takes to fix these decisions
   */
  public Map<String, List<Boolean>> footprint() {
    Map<String, List<Boolean>> out = new HashMap<>();
    for (Site s : network.sites()) {
      List<Boolean> flags = new ArrayList<>();
      for (int t = 0; t < network.periods(); t++) {
        flags.add(isActive(s.id(), t));
      }
      out.put(s.id(), List.copyOf(flags));
    }
    return Map.copyOf(out);
  }

  /**
   * @param programId id of a production credit program with a budget
   * @param period 0-based period
   * @return the credit claimed under it in that period, USD
   */
  public double creditClaimed(String programId, int period) {
    double[] v = creditClaims.get(programId);
    return v == null ? 0 : v[period];
  }

  /**
   * @param productId product id
   * @param siteId site id
   * @param period 0-based period
   * @return units of the product made at the site in that period
   */
  public double production(String productId, String siteId, int period) {
    return production[network.productIndex(productId)][network.siteIndex(siteId)][period];
  }

  /**
   * @param productIdx product index
   * @param siteIdx site index
   * @param period 0-based period
   * @return units made
   */
  public double production(int productIdx, int siteIdx, int period) {
    return production[productIdx][siteIdx][period];
  }

  /**
   * @param productId product id
   * @param countryId country id
   * @param period 0-based period
   * @return units of the product made in the country in that period
   */
  public double productionInCountry(String productId, String countryId, int period) {
    int p = network.productIndex(productId);
    double sum = 0;
    for (int s = 0; s < network.sites().size(); s++) {
      if (network.sites().get(s).country().equals(countryId)) {
        sum += production[p][s][period];
      }
    }
    return sum;
  }

  /**
   * @param siteId a candidate or committed site
   * @return the first period it is active, if it opens
   */
  public OptionalInt openedIn(String siteId) {
    for (int t = 0; t < network.periods(); t++) {
      if (isActive(siteId, t)) {
        return OptionalInt.of(t);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * @param siteId an existing site
   * @return the first period it is inactive, if it closes
   */
  public OptionalInt closedIn(String siteId) {
    for (int t = 0; t < network.periods(); t++) {
      if (!isActive(siteId, t)) {
        return OptionalInt.of(t);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * @param siteId a site, typically a closable candidate
   * @return the first period it is inactive after it has been active, if it closes again
   */
  public OptionalInt closedAfterOpeningIn(String siteId) {
    boolean opened = false;
    for (int t = 0; t < network.periods(); t++) {
      boolean active = isActive(siteId, t);
      if (opened && !active) {
        return OptionalInt.of(t);
      }
      opened |= active;
    }
    return OptionalInt.empty();
  }

  /**
   * @param siteId a site
   * @return when it closes: for an existing site its first inactive period ({@link #closedIn}), for a
   *     closable candidate its first inactive period after it opened, otherwise none
   */
  public OptionalInt closingPeriod(String siteId) {
    Site site = network.sites().get(network.siteIndex(siteId));
    if (site.kind() == dev.footprint.model.SiteKind.EXISTING) {
      return closedIn(siteId);
    }
    return site.closable() ? closedAfterOpeningIn(siteId) : OptionalInt.empty();
  }

  /** @return ids of the candidate and committed sites that open, in network order */
  public List<String> sitesOpened() {
    List<String> out = new ArrayList<>();
    for (Site s : network.sites()) {
      if (s.kind() != dev.footprint.model.SiteKind.EXISTING && openedIn(s.id()).isPresent()) {
        out.add(s.id());
      }
    }
    return out;
  }

  /** @return ids of the existing sites that close, in network order */
  public List<String> sitesClosed() {
    List<String> out = new ArrayList<>();
    for (Site s : network.sites()) {
      if (s.kind() == dev.footprint.model.SiteKind.EXISTING && closedIn(s.id()).isPresent()) {
        out.add(s.id());
      }
    }
    return out;
  }

  /**
   * The same decisions against another version of the network (one with the same ids, such as the
   * network with a tariff changed), to cost or verify them there.
   *
   * @param other the other version
   * @return the same decisions, bound to {@code other}
   * @throws IllegalArgumentException if a decision names an id the other version lacks
   */
  public Allocation rebind(Network other) {
    if (other.periods() != network.periods()) {
      throw new IllegalArgumentException("the other network has " + other.periods() + " periods, not "
          + network.periods());
    }
    return new Allocation(other, shipments, siteStatus, lostSales, creditClaims, stepsInPlace, componentFlows, originClaims, componentUses);
  }

  /**
   * @param other another allocation for a network with the same ids
   * @param tolerance relative tolerance on quantities
   * @return whether both make the same decisions: the same shipments, site statuses, lost sales and
   *     credit claims and capacity steps in place, within the tolerance
   */
  public boolean sameDecisions(Allocation other, double tolerance) {
    return sameQuantities(shipmentMap(this), shipmentMap(other), tolerance)
        && sameQuantities(lostMap(this), lostMap(other), tolerance)
        && sameArrays(siteStatus, other.siteStatus, tolerance)
        && sameArrays(creditClaims, other.creditClaims, tolerance)
        && sameArrays(stepsInPlace, other.stepsInPlace, tolerance)
        && sameQuantities(flowMap(this), flowMap(other), tolerance);
  }

  private static Map<String, Double> shipmentMap(Allocation a) {
    Map<String, Double> m = new HashMap<>();
    for (Shipment s : a.shipments) {
      m.merge(s.product() + "\u0000" + s.site() + "\u0000" + s.market() + "\u0000" + s.period(), s.units(), Double::sum);
    }
    return m;
  }

  private static Map<String, Double> flowMap(Allocation a) {
    Map<String, Double> m = new HashMap<>();
    for (ComponentFlow f : a.componentFlows) {
      m.merge(f.product() + "\u0000" + f.from() + "\u0000" + f.to() + "\u0000" + f.period(), f.units(), Double::sum);
    }
    return m;
  }

  private static Map<String, Double> lostMap(Allocation a) {
    Map<String, Double> m = new HashMap<>();
    for (LostSale l : a.lostSales) {
      m.merge(l.product() + "\u0000" + l.market() + "\u0000" + l.period(), l.units(), Double::sum);
    }
    return m;
  }

  private static boolean sameQuantities(Map<String, Double> a, Map<String, Double> b, double tol) {
    java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String k : keys) {
      double x = a.getOrDefault(k, 0.0);
      double y = b.getOrDefault(k, 0.0);
      if (Math.abs(x - y) > tol * Math.max(1, Math.max(Math.abs(x), Math.abs(y)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameArrays(Map<String, double[]> a, Map<String, double[]> b, double tol) {
    java.util.Set<String> keys = new java.util.HashSet<>(a.keySet());
    keys.addAll(b.keySet());
    for (String k : keys) {
      double[] x = a.get(k);
      double[] y = b.get(k);
      int len = Math.max(x == null ? 0 : x.length, y == null ? 0 : y.length);
      for (int i = 0; i < len; i++) {
        double u = x == null ? 0 : x[i];
        double v = y == null ? 0 : y[i];
        if (Math.abs(u - v) > tol * Math.max(1, Math.max(Math.abs(u), Math.abs(v)))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A copy with one shipment's units changed (added if absent), for what-if checks.
   *
   * @param product product id
   * @param site site id
   * @param market market id
   * @param period 0-based period
   * @param units new units
   * @return the changed copy
   */
  public Allocation withShipment(String product, String site, String market, int period, double units) {
    List<Shipment> out = new ArrayList<>();
    for (Shipment s : shipments) {
      if (!(s.product().equals(product) && s.site().equals(site) && s.market().equals(market)
          && s.period() == period)) {
        out.add(s);
      }
    }
    out.add(new Shipment(product, site, market, period, units));
    return new Allocation(network, out, siteStatus, lostSales, creditClaims, stepsInPlace, componentFlows, originClaims, componentUses);
  }

  /**
   * A copy with one site's status changed.
   *
   * @param site site id
   * @param statusByPeriod status per period
   * @return the changed copy
   */
  public Allocation withSiteStatus(String site, double... statusByPeriod) {
    Map<String, double[]> out = new HashMap<>(siteStatus);
    out.put(site, statusByPeriod.clone());
    return new Allocation(network, shipments, out, lostSales, creditClaims, stepsInPlace, componentFlows, originClaims, componentUses);
  }
}
