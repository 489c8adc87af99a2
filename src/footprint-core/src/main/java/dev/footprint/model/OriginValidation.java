package dev.footprint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of trade agreements, origin rules, transshipment rules, duty drawback and foreign-trade
 * zones (docs/model.md, Origin of goods): every id they name exists; a lane lies inside one
 * agreement at most; a product has one content rule per agreement at most, and a declared customs
 * value (the share is of it); a measure limited to an origin status names an agreement its
 * destination belongs to; a lane and product are under one content rule at most (an agreement's or a
 * transshipment rule) and, if under one, no tariff-rate quota covers them; one drawback program per
 * country and product; a foreign-trade-zone site does not make a sub-assembly it also consumes.
 */
final class OriginValidation {
  private final Network n;
  private final NetworkValidation ids;

  OriginValidation(Network network) {
    this.n = network;
    this.ids = new NetworkValidation(network);
  }

  void run() {
    List<TradeAgreement> agreements = n.agreements();
    for (TradeAgreement g : agreements) {
      for (String c : g.members()) {
        ids.country(c, "agreement '" + g.id() + "': members");
      }
    }
    for (int i = 0; i < agreements.size(); i++) {
      for (int j = i + 1; j < agreements.size(); j++) {
        List<String> shared = new ArrayList<>(agreements.get(i).members());
        shared.retainAll(agreements.get(j).members());
        if (shared.size() > 1) {
          java.util.Collections.sort(shared);
          throw new InvalidModelException("agreement '" + agreements.get(j).id() + "': members", shared,
              "these countries are members of agreement '" + agreements.get(i).id() + "' too; a lane between"
                  + " two countries may lie inside one agreement at most");
        }
      }
    }
    for (OriginRule r : n.originRules()) {
      String where = "originRule '" + r.id() + "'";
      agreement(r.agreement(), where + ": agreement");
      ids.product(r.product(), where + ": product");
      Product p = n.products().get(n.productIndex(r.product()));
      if (p.declaredCustomsValue().isEmpty()) {
        throw new InvalidModelException(where + ": product", r.product(), "a content rule needs the product's"
            + " declared customs value (its share is of that value)\nMaybe declare a customs value (declaredCustomsValue) on product '"
            + r.product() + "'.");
      }
      for (OriginRule other : n.originRules()) {
        if (other != r && other.product().equals(r.product()) && other.agreement().equals(r.agreement())) {
          throw new InvalidModelException(where + ": product", r.product(), "originRule '" + other.id()
              + "' is a rule for the same product under agreement '" + r.agreement() + "' too");
        }
      }
    }
    for (TariffMeasure m : n.tariffs()) {
      if (m.originCondition().isPresent()) {
        String where = "tariff '" + m.id() + "': originCondition.agreement";
        String g = m.originCondition().get().agreement();
        agreement(g, where);
        TradeAgreement agreement = n.agreements().get(agreementIndex(g));
        if (!agreement.members().contains(m.destination())) {
          throw new InvalidModelException(where, g, "the measure's destination '" + m.destination()
              + "' is not a member of this agreement, so no good it covers can originate in it");
        }
      }
    }
    for (TransshipmentRule r : n.transshipmentRules()) {
      String where = "transshipmentRule '" + r.id() + "'";
      ids.country(r.destination(), where + ": destination");
      for (String c : r.origins()) {
        ids.country(c, where + ": origins");
      }
      ids.scope(r.scope(), where + ": scope");
    }
    checkLanes();
    for (DutyDrawback k : n.dutyDrawbacks()) {
      String where = "dutyDrawback '" + k.id() + "'";
      ids.country(k.country(), where + ": country");
      ids.scope(k.scope(), where + ": scope");
      for (DutyDrawback other : n.dutyDrawbacks()) {
        if (other == k || !other.country().equals(k.country())) {
          continue;
        }
        for (Product p : n.products()) {
          if (k.scope().covers(p) && other.scope().covers(p)) {
            throw new InvalidModelException(where + ": scope", k.scope(), "dutyDrawback '" + other.id()
                + "' of the same country covers product '" + p.id() + "' too; give one program per product");
          }
        }
      }
    }
    for (Site s : n.sites()) {
      if (!s.foreignTradeZone()) {
        continue;
      }
      for (Product q : n.products()) {
        if (!s.mayMake(q.id())) {
          continue;
        }
        for (String c : q.components().keySet()) {
          Product component = n.products().get(n.productIndex(c));
          if (s.mayMake(c) && !component.components().isEmpty()) {
            throw new InvalidModelException("site '" + s.id() + "': foreignTradeZone", true, "the site may make '"
                + c + "', which has components of its own, and '" + q.id() + "', which uses it: the foreign"
                + " content of a sub-assembly a zone makes for itself is not traced\nMaybe make '" + c
                + "' at another site, or leave the site out of the zone.");
          }
        }
      }
    }
  }

  /** A lane and product under two content rules, or under one and a quota, or ruled without a declared value. */
  private void checkLanes() {
    for (TransshipmentRule r : n.transshipmentRules()) {
      for (int p = 0; p < n.products().size(); p++) {
        Product product = n.products().get(p);
        for (dev.footprint.model.Country origin : n.countries()) {
          if (!r.covers(origin.id(), r.destination(), product)) {
            continue;
          }
          String where = "transshipmentRule '" + r.id() + "'";
          if (!product.components().isEmpty() && product.declaredCustomsValue().isEmpty()) {
            throw new InvalidModelException(where + ": scope", product.id(), "product '" + product.id()
                + "' has components, and a content share needs its declared customs value\nMaybe declare"
                + " a customs value (declaredCustomsValue) on it, or leave it out of the rule's scope.");
          }
          for (TransshipmentRule other : n.transshipmentRules()) {
            if (other != r && other.covers(origin.id(), r.destination(), product)) {
              throw new InvalidModelException(where + ": scope", product.id(), "transshipmentRule '" + other.id()
                  + "' covers the same product from " + origin.id() + " to " + r.destination() + " too");
            }
          }
          Optional<TradeAgreement> g = n.agreementOf(origin.id(), r.destination());
          if (g.isPresent() && n.originRule(product.id(), g.get().id()).isPresent()) {
            throw new InvalidModelException(where + ": origins", origin.id(), "product '" + product.id()
                + "' from " + origin.id() + " to " + r.destination() + " is under originRule '"
                + n.originRule(product.id(), g.get().id()).get().id() + "' of agreement '" + g.get().id()
                + "' too; a lane and product may be under one content rule at most");
          }
        }
      }
    }
    for (TariffQuota q : n.quotas()) {
      int p = n.productIndex(q.product());
      if (p < 0) {
        continue; // refused by the quota checks
      }
      for (dev.footprint.model.Country origin : n.countries()) {
        if (origin.id().equals(q.destination()) || !(q.origins().isEmpty() || q.origins().contains(origin.id()))) {
          continue;
        }
        Optional<TransshipmentRule> t = n.transshipmentRule(origin.id(), q.destination(), p);
        Optional<TradeAgreement> g = n.agreementOf(origin.id(), q.destination());
        String rule = t.isPresent() ? "transshipmentRule '" + t.get().id() + "'"
            : g.isPresent() && n.originRule(q.product(), g.get().id()).isPresent()
                ? "originRule '" + n.originRule(q.product(), g.get().id()).get().id() + "'" : null;
        if (rule != null) {
          throw new InvalidModelException("quota '" + q.id() + "': product", q.product(), "the quota covers "
              + origin.id() + " to " + q.destination() + ", which " + rule + " covers too; a quota on a lane"
              + " under a content rule is not modelled");
        }
      }
    }
  }

  private void agreement(String id, String field) {
    if (agreementIndex(id) < 0) {
      throw new InvalidModelException(field, id, "no agreement has this id; agreements are "
          + new java.util.TreeSet<>(n.agreements().stream().map(TradeAgreement::id).toList()));
    }
  }

  private int agreementIndex(String id) {
    for (int i = 0; i < n.agreements().size(); i++) {
      if (n.agreements().get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }
}
