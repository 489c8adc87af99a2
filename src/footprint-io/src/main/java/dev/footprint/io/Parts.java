package dev.footprint.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.HiringLimit;
import dev.footprint.model.Horizon;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.JobGrant;
import dev.footprint.model.Market;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Product;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Site;
import dev.footprint.model.SiteGrant;
import dev.footprint.model.TariffMeasure;
import dev.footprint.model.TariffQuota;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of one scenario's network as read: for each collection, its elements in order, each with
 * the node it was read from and where that node is, so that a later problem can point at the file.
 */
final class Parts {

  /**
   * One element.
   *
   * @param key its id (for a freight rate, its description)
   * @param node the mapping it was read from
   * @param at where that mapping is
   * @param value the domain value
   */
  record Entry(String key, ObjectNode node, Loc at, Object value) {}

  Horizon horizon = Horizon.single();
  /** The study's money: the same in every scenario. */
  Money money = Money.USD;
  ObjectNode horizonNode;
  Loc horizonAt;
  final Map<Kind, Entries> lists = new EnumMap<>(Kind.class);

  Parts() {
    for (Kind k : Kind.values()) {
      lists.put(k, new Entries());
    }
  }

  /** @return a copy whose lists may change without changing this one */
  Parts copy() {
    Parts p = new Parts();
    p.horizon = horizon;
    p.money = money;
    p.horizonNode = horizonNode;
    p.horizonAt = horizonAt;
    lists.forEach((k, v) -> p.lists.get(k).addAll(v));
    return p;
  }

  Entries of(Kind kind) {
    return lists.get(kind);
  }

  /** @return the index of the first element with that key, or -1 */
  int indexOf(Kind kind, String key) {
    return lists.get(kind).indexOf(key);
  }

  /** @return the keys of a collection, in order */
  List<String> keys(Kind kind) {
    return lists.get(kind).stream().map(Entry::key).toList();
  }

  /**
   * @return the network of these parts, built (and so validated) by {@link Network.Builder#build()}
   * @throws dev.footprint.model.InvalidModelException if the network is invalid
   */
  Network build() {
    Network.Builder b = Network.builder().horizon(horizon).money(money);
    for (Entry e : lists.get(Kind.COUNTRIES)) {
      b.country((Country) e.value());
    }
    for (Entry e : lists.get(Kind.PRODUCTS)) {
      b.product((Product) e.value());
    }
    for (Entry e : lists.get(Kind.SITES)) {
      b.site((Site) e.value());
    }
    for (Entry e : lists.get(Kind.MARKETS)) {
      b.market((Market) e.value());
    }
    for (Entry e : lists.get(Kind.FREIGHT)) {
      b.freight((FreightRate) e.value());
    }
    for (Entry e : lists.get(Kind.TARIFFS)) {
      b.tariff((TariffMeasure) e.value());
    }
    for (Entry e : lists.get(Kind.QUOTAS)) {
      b.quota((TariffQuota) e.value());
    }
    for (Entry e : lists.get(Kind.PRODUCTION_CREDITS)) {
      b.productionCredit((ProductionCredit) e.value());
    }
    for (Entry e : lists.get(Kind.INVESTMENT_CREDITS)) {
      b.investmentCredit((InvestmentCredit) e.value());
    }
    for (Entry e : lists.get(Kind.JOB_GRANTS)) {
      b.jobGrant((JobGrant) e.value());
    }
    for (Entry e : lists.get(Kind.SITE_GRANTS)) {
      b.siteGrant((SiteGrant) e.value());
    }
    for (Entry e : lists.get(Kind.CAPACITY_STEPS)) {
      b.capacityStep((dev.footprint.model.CapacityStep) e.value());
    }
    for (Entry e : lists.get(Kind.POLICIES)) {
      b.policy((Policy) e.value());
    }
    for (Entry e : lists.get(Kind.EXCHANGE_RATES)) {
      b.exchangeRate((dev.footprint.model.ExchangeRate) e.value());
    }
    for (Entry e : lists.get(Kind.HIRING_LIMITS)) {
      b.hiringLimit((HiringLimit) e.value());
    }
    for (Entry e : lists.get(Kind.SUPPLIER_OFFERS)) {
      b.supplierOffer((dev.footprint.model.SupplierOffer) e.value());
    }
    for (Entry e : lists.get(Kind.AGREEMENTS)) {
      b.agreement((dev.footprint.model.TradeAgreement) e.value());
    }
    for (Entry e : lists.get(Kind.ORIGIN_RULES)) {
      b.originRule((dev.footprint.model.OriginRule) e.value());
    }
    for (Entry e : lists.get(Kind.TRANSSHIPMENT_RULES)) {
      b.transshipmentRule((dev.footprint.model.TransshipmentRule) e.value());
    }
    for (Entry e : lists.get(Kind.DUTY_DRAWBACKS)) {
      b.dutyDrawback((dev.footprint.model.DutyDrawback) e.value());
    }
    return b.build();
  }
}
