package dev.footprint.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The checks of bills of materials and supplier offers (docs/model.md, Bills of materials): every
 * component is a product; no bill of materials contains itself, however deep (the cycle is named,
 * "a -> b -> a"); every component can be had, from a site that may make it or a supplier that sells
 * it; every supplier offer sells a product from a country, over the horizon, under an id no site has.
 */
final class BomValidation {
  private final Network n;

  BomValidation(Network network) {
    this.n = network;
  }

  void run() {
    for (SupplierOffer o : n.supplierOffers()) {
      String where = "supplierOffer '" + o.id() + "'";
      if (n.productIndex(o.product()) < 0) {
        throw new InvalidModelException(where + ": product", o.product(), "no product has this id");
      }
      if (n.countryIndex(o.country()) < 0) {
        throw new InvalidModelException(where + ": country", o.country(), "no country has this id"
            + "\nMaybe add the country, or check the spelling against "
            + new TreeSet<>(n.countries().stream().map(Country::id).toList()));
      }
      if (n.siteIndex(o.id()) >= 0) {
        throw new InvalidModelException(where + ": id", o.id(), "a site has this id too; a component flow names"
            + " its source by id, so supplier offers and sites need distinct ones");
      }
      o.pricePerUnit().checkLength(n.periods(), where + ": pricePerUnit");
      o.capacity().checkLength(n.periods(), where + ": capacity");
    }
    for (Product p : n.products()) {
      for (String c : p.components().keySet()) {
        String field = "product '" + p.id() + "': components";
        if (n.productIndex(c) < 0) {
          throw new InvalidModelException(field, c, "no product has this id");
        }
      }
    }
    checkCycles();
    for (Product p : n.products()) {
      for (String c : p.components().keySet()) {
        if (!obtainable(c)) {
          throw new InvalidModelException("product '" + p.id() + "': components", c, "no site may make this"
              + " component and no supplier offer sells it\nMaybe add it to a site's products, or add a"
              + " supplierOffer for it.");
        }
      }
    }
  }

  private boolean obtainable(String component) {
    for (Site s : n.sites()) {
      if (s.mayMake(component)) {
        return true;
      }
    }
    for (SupplierOffer o : n.supplierOffers()) {
      if (o.product().equals(component)) {
        return true;
      }
    }
    return false;
  }

  /** Depth-first search over the component relation; a grey node met again closes a cycle. */
  private void checkCycles() {
    Map<String, Integer> state = new HashMap<>(); // absent white, 1 grey, 2 black
    for (Product p : n.products()) {
      List<String> path = new ArrayList<>();
      visit(p.id(), state, path);
    }
  }

  private void visit(String id, Map<String, Integer> state, List<String> path) {
    Integer s = state.get(id);
    if (s != null && s == 2) {
      return;
    }
    if (s != null && s == 1) {
      int from = path.indexOf(id);
      List<String> cycle = new ArrayList<>(path.subList(from, path.size()));
      cycle.add(id);
      throw new InvalidModelException("product '" + path.get(path.size() - 1) + "': components",
          String.join(" -> ", cycle), "a bill of materials with a cycle: a product would consume itself");
    }
    state.put(id, 1);
    path.add(id);
    for (String c : n.products().get(n.productIndex(id)).components().keySet()) {
      visit(c, state, path);
    }
    path.remove(path.size() - 1);
    state.put(id, 2);
  }
}
