package dev.footprint.generate;

import dev.footprint.model.Country;
import dev.footprint.model.Product;
import dev.footprint.model.Series;
import dev.footprint.model.SupplierOffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The bills of materials and supplier offers of a generated network ({@link NetworkGenerator.Spec#bomDepth()}
 * levels), drawn from a random stream of their own so that the rest of the network is the same as
 * without them.
 *
 * <p>Product {@code p} is on level {@code p % (depth + 1)}. A product on level {@code k >= 1} takes 1
 * to 3 distinct components, the first from level {@code k - 1} (so the longest chain of components
 * has exactly {@code depth} links) and the others from any lower level, 0.5, 1, 1.5 or 2 units of
 * each: the bills form a DAG by construction. Level 0 is made from materials alone.
 */
final class BomPlan {
  private final List<Product> products; // with their components
  private final int depth;
  private final int[] level;
  private final Random rnd;

  /**
   * @param products the generated products, without components, in index order
   * @param depth levels of components, {@code >= 1}
   * @param seed the network's seed
   */
  BomPlan(List<Product> products, int depth, long seed) {
    this.depth = depth;
    this.rnd = new Random(seed ^ 0x9E3779B97F4A7C15L);
    int n = products.size();
    level = new int[n];
    List<List<Integer>> byLevel = new ArrayList<>();
    for (int k = 0; k <= depth; k++) {
      byLevel.add(new ArrayList<>());
    }
    for (int p = 0; p < n; p++) {
      level[p] = p % (depth + 1);
      byLevel.get(level[p]).add(p);
    }
    List<Product> out = new ArrayList<>(products);
    for (int p = 0; p < n; p++) {
      int k = level[p];
      if (k == 0) {
        continue;
      }
      List<Integer> below = byLevel.get(k - 1);
      int wanted = 1 + rnd.nextInt(3);
      Product q = out.get(p).withComponent(products.get(below.get(rnd.nextInt(below.size()))).id(), quantity());
      for (int tries = 0; q.components().size() < wanted && tries < 20; tries++) {
        List<Integer> on = byLevel.get(rnd.nextInt(k)); // a level below k, then a product on it
        String c = products.get(on.get(rnd.nextInt(on.size()))).id();
        if (!q.components().containsKey(c)) {
          q = q.withComponent(c, quantity());
        }
      }
      out.set(p, q);
    }
    this.products = out;
  }

  private double quantity() {
    return 0.5 * (1 + rnd.nextInt(4));
  }

  /** @return the products with their bills of materials, in index order */
  List<Product> products() {
    return products;
  }

  /**
   * @return per product, the units of products one unit of it takes in all, itself included (1 for a
   *     product without components): the factor on its lost-sales penalty, so that losing a sale
   *     costs more than making the whole assembly
   */
  double[] unitsInAll() {
    double[] units = new double[products.size()];
    for (int k = 0; k <= depth; k++) {
      for (int p = 0; p < units.length; p++) {
        if (level[p] == k) {
          units[p] = 1;
          for (var e : products.get(p).components().entrySet()) {
            units[p] += e.getValue() * units[index(e.getKey())];
          }
        }
      }
    }
    return units;
  }

  /**
   * @param ownDemand per product, its mean market demand per period
   * @return per product, the mean units per period the products listing it consume when their own
   *     and derived demand are made
   */
  double[] derivedDemand(double[] ownDemand) {
    double[] derived = new double[products.size()];
    for (int k = depth; k >= 1; k--) {
      for (int q = 0; q < derived.length; q++) {
        if (level[q] == k) {
          for (var e : products.get(q).components().entrySet()) {
            derived[index(e.getKey())] += e.getValue() * (ownDemand[q] + derived[q]);
          }
        }
      }
    }
    return derived;
  }

  /**
   * Supplier offers: first one for every component no site may make (its only source), then {@code
   * extra} on components drawn at random. Each sells from a random country at what making the
   * component there costs (materials and labor) times 0.8 to 1.3, by period; its capacity is 1.2 to
   * 1.8 times the component's derived demand for a sole source, else 0.1 to 0.5 times.
   *
   * @param extra offers besides the sole sources
   * @param countries the generated countries
   * @param makers per product, the number of sites that may make it
   * @param derived per product, its derived demand ({@link #derivedDemand})
   * @param periods periods of the horizon
   * @return the offers, ids {@code O0}, {@code O1}, ...
   */
  List<SupplierOffer> offers(int extra, List<Country> countries, int[] makers, double[] derived, int periods) {
    List<Integer> components = new ArrayList<>();
    for (int p = 0; p < products.size(); p++) {
      if (isComponent(p)) {
        components.add(p);
      }
    }
    List<SupplierOffer> offers = new ArrayList<>();
    for (int c : components) {
      if (makers[c] == 0) {
        offers.add(offer(offers.size(), c, 1.2 + 0.6 * rnd.nextDouble(), countries, derived, periods));
      }
    }
    for (int i = 0; i < extra && !components.isEmpty(); i++) {
      int c = components.get(rnd.nextInt(components.size()));
      offers.add(offer(offers.size(), c, 0.1 + 0.4 * rnd.nextDouble(), countries, derived, periods));
    }
    return offers;
  }

  private SupplierOffer offer(int k, int c, double share, List<Country> countries, double[] derived, int periods) {
    Product p = products.get(c);
    Country country = countries.get(rnd.nextInt(countries.size()));
    double markup = 0.8 + 0.5 * rnd.nextDouble();
    double[] price = new double[periods];
    for (int t = 0; t < periods; t++) {
      double cost = p.materialCostIn(country.id())
          + p.laborHoursPerUnit() / country.productivity() * country.laborCostPerHour().at(t);
      price[t] = Math.round(cost * markup * 100) / 100.0;
    }
    double capacity = Math.max(1, Math.ceil(derived[c] * share));
    return new SupplierOffer("O" + k, p.id(), country.id(), Series.of(price), Series.constant(capacity));
  }

  private boolean isComponent(int p) {
    String id = products.get(p).id();
    for (Product q : products) {
      if (q.components().containsKey(id)) {
        return true;
      }
    }
    return false;
  }

  private int index(String id) {
    return Integer.parseInt(id.substring(1)); // generated products are P0, P1, ...
  }
}
