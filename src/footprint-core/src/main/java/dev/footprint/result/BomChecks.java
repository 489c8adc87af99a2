package dev.footprint.result;

import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.SupplierOffer;
import java.util.List;
import java.util.Locale;

/**
 * The verifier's checks of component flows (docs/model.md, Bills of materials), in its own code: each
 * flow is non-negative, from a site that may make the component or an offer that sells it, over a lane
 * with freight, to a site that may make something the component goes into; at every site, component
 * and period, the units brought equal what the site's assembly consumes (its shipments and the
 * components it sends on, times the quantities per unit); no offer sells more than its capacity.
 */
final class BomChecks {
  private BomChecks() {}

  static void check(Allocation a, Pricing price, double tolerance, List<Violation> out) {
    Network n = a.network();
    int periods = n.periods();
    int products = n.products().size();
    double[][][] brought = new double[products][n.sites().size()][periods];
    double[][] sold = new double[n.supplierOffers().size()][periods];
    for (ComponentFlow f : a.componentFlows()) {
      String name = "flow[" + f.product() + "," + f.from() + "," + f.to() + "," + f.period() + "]";
      int p = n.productIndex(f.product());
      int to = n.siteIndex(f.to());
      int from = n.siteIndex(f.from());
      if (!(f.units() >= -tolerance * Math.max(1, Math.abs(f.units())))) {
        out.add(new Violation(name, "negative units " + f.units(), -f.units()));
      }
      brought[p][to][f.period()] += f.units();
      String origin;
      if (from >= 0) {
        origin = n.sites().get(from).country();
        if (f.units() > 0 && !n.sites().get(from).mayMake(f.product())) {
          out.add(new Violation(name, "the site may not make this product", f.units()));
        }
      } else {
        int o = n.supplierOfferIndex(f.from());
        SupplierOffer offer = n.supplierOffers().get(o);
        origin = offer.country();
        sold[o][f.period()] += f.units();
        if (f.units() > 0 && !offer.product().equals(f.product())) {
          out.add(new Violation(name, "the supplier offer sells " + offer.product(), f.units()));
        }
      }
      String destination = n.sites().get(to).country();
      if (f.units() > 0 && Double.isNaN(price.laneFreight(p, from, origin, destination))) {
        out.add(new Violation(name, "no freight lane from " + origin + " to " + destination, f.units()));
      }
    }
    for (int s = 0; s < n.sites().size(); s++) {
      Site site = n.sites().get(s);
      for (int c = 0; c < products; c++) {
        String component = n.products().get(c).id();
        for (int t = 0; t < periods; t++) {
          double consumed = 0;
          for (int q = 0; q < products; q++) {
            Product assembled = n.products().get(q);
            Double per = assembled.components().get(component);
            if (per != null) {
              consumed += per * a.production(q, s, t);
            }
          }
          double in = brought[c][s][t];
          if (Math.abs(in - consumed) > tolerance * Math.max(1, Math.max(in, consumed))) {
            out.add(new Violation("balance[" + component + "," + site.id() + "," + t + "]", String.format(Locale.ROOT,
                "%.6f units brought but assembly consumes %.6f", in, consumed), in - consumed));
          }
        }
      }
    }
    for (int o = 0; o < sold.length; o++) {
      SupplierOffer offer = n.supplierOffers().get(o);
      for (int t = 0; t < periods; t++) {
        double cap = offer.capacity().at(t);
        if (sold[o][t] - cap > tolerance * Math.max(1, cap)) {
          out.add(new Violation("supply[" + offer.id() + "," + t + "]", String.format(Locale.ROOT,
              "sells %.6f, above the capacity %.6f", sold[o][t], cap), sold[o][t] - cap));
        }
      }
    }
  }
}
