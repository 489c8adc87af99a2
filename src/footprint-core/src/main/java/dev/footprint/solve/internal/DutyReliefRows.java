package dev.footprint.solve.internal;

import dev.footprint.model.DutyDrawback;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.result.ComponentUse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Duty relief at the border in a {@link Formulation} (docs/model.md, Origin of goods: Duty drawback
 * and Foreign-trade zones). Variables, in this order, after those of {@link OriginRows}:
 *
 * <ul>
 *   <li>{@code refund[i,p,t]}, units of flow arc i in exported units of p whose duty a drawback
 *       program refunds, with rows Σ_p refund − flow ≤ 0 and Σ_i refund − bom · exported ≤ 0;
 *   <li>{@code entry[i,p,t]}, units of flow arc i in the units of p a foreign-trade-zone site sells
 *       into its own country, with rows Σ_p entry − flow ≤ 0 and Σ_i entry − bom · domestic = 0,
 *       charged the finished good's ad valorem rate on the component's value.
 * </ul>
 *
 * The flows into a zone site pay no duty ({@link BomRows}). A network without drawback programs or
 * zone sites gets no variable or row.
 */
final class DutyReliefRows {
  private final Network n;
  private final int periods;
  // Drawback: {flow arc, product, program}; zone entries: {flow arc, product}.
  private final List<int[]> refunds = new ArrayList<>();
  private final List<int[]> entries = new ArrayList<>();
  private double[] entryRate = new double[0]; // [e*T + t], ad valorem rate at zone entry
  private int base;
  /** Number of variables. */
  int count;

  DutyReliefRows(Formulation f) {
    this.n = f.n;
    this.periods = f.periods;
  }

  /** Finds the refund and entry assignments, once the flows are known; sets the variable count. */
  void index(Formulation f, BomRows bom, int base) {
    this.base = base;
    int T = periods;
    if (n.dutyDrawbacks().isEmpty() && n.sites().stream().noneMatch(Site::foreignTradeZone)) {
      return;
    }
    List<double[]> rates = new ArrayList<>();
    for (int d = 0; d < f.siteCount; d++) {
      Site site = n.sites().get(d);
      String country = site.country();
      for (int p = 0; p < f.productCount; p++) {
        Product product = n.products().get(p);
        if (product.components().isEmpty() || !site.mayMake(product.id())) {
          continue;
        }
        Optional<DutyDrawback> program = site.foreignTradeZone() ? Optional.empty() : n.dutyDrawback(country, p);
        for (String c : product.components().keySet()) {
          int ci = n.productIndex(c);
          for (int i = 0; i < bom.arcCount; i++) {
            if (bom.toSite[i] != d || bom.product[i] != ci) {
              continue;
            }
            if (program.isPresent() && program.get().share() > 0 && paysDuty(bom, i)) {
              refunds.add(new int[] {i, p, n.dutyDrawbacks().indexOf(program.get())});
            }
            if (site.foreignTradeZone()) {
              String source = OriginRows.sourceCountry(n, f, bom, i);
              double[] rate = new double[T];
              for (int t = 0; t < T; t++) {
                rate[t] = source.equals(country) ? 0 : n.effectiveTariff(source, country, p, t).adValoremRate();
              }
              entries.add(new int[] {i, p});
              rates.add(rate);
            }
          }
        }
      }
    }
    entryRate = new double[entries.size() * T];
    for (int e = 0; e < entries.size(); e++) {
      System.arraycopy(rates.get(e), 0, entryRate, e * T, T);
    }
    count = (refunds.size() + entries.size()) * T;
  }

  private boolean paysDuty(BomRows bom, int i) {
    for (int t = 0; t < periods; t++) {
      if (bom.duty[i * periods + t] > 0) {
        return true;
      }
    }
    return false;
  }

  private int refundVar(int r, int t) {
    return base + r * periods + t;
  }

  private int entryVar(int e, int t) {
    return base + (refunds.size() + e) * periods + t;
  }

  /** @return the largest objective coefficient, weight included, in absolute value */
  double largestCost(Formulation f, BomRows bom) {
    double largest = 0;
    int T = periods;
    for (int[] r : refunds) {
      for (int t = 0; t < T; t++) {
        largest = Math.max(largest, bom.duty[r[0] * T + t] * f.operatingWeight[t]);
      }
    }
    for (int e = 0; e < entries.size(); e++) {
      for (int t = 0; t < T; t++) {
        largest = Math.max(largest, entryRate[e * T + t] * bom.value[entries.get(e)[0] * T + t] * f.operatingWeight[t]);
      }
    }
    return largest;
  }

  /** Writes the variables, in their order. */
  void emitVariables(Formulation f, BomRows bom, LinearModel model, Names names) {
    int T = periods;
    for (int[] r : refunds) {
      double share = n.dutyDrawbacks().get(r[2]).share();
      for (int t = 0; t < T; t++) {
        model.addVariable(0, bom.upper[r[0] * T + t], false, -f.operatingWeight[t] * share * bom.duty[r[0] * T + t],
            names == null ? null : names.row("refund", n.products().get(r[1]).id(),
                n.products().get(bom.product[r[0]]).id(), bom.source(r[0]), n.sites().get(bom.toSite[r[0]]).id(), t));
      }
    }
    for (int e = 0; e < entries.size(); e++) {
      int i = entries.get(e)[0];
      for (int t = 0; t < T; t++) {
        model.addVariable(0, bom.upper[i * T + t], false,
            f.operatingWeight[t] * entryRate[e * T + t] * bom.value[i * T + t], names == null ? null
                : names.row("entry", n.products().get(entries.get(e)[1]).id(), n.products().get(bom.product[i]).id(),
                    bom.source(i), n.sites().get(bom.toSite[i]).id(), t));
      }
    }
  }

  /** Writes the rows. */
  void emitRows(Formulation f, BomRows bom, LinearModel model, Names names) {
    for (int t = 0; t < periods; t++) {
      emitRefundRows(f, bom, model, names, t);
      emitEntryRows(f, bom, model, names, t);
    }
  }

  private void emitRefundRows(Formulation f, BomRows bom, LinearModel model, Names names, int t) {
    Map<Integer, Integer> within = new HashMap<>();
    Map<String, Integer> perExport = new HashMap<>();
    for (int k = 0; k < refunds.size(); k++) {
      int i = refunds.get(k)[0];
      int p = refunds.get(k)[1];
      int d = bom.toSite[i];
      Integer r = within.get(i);
      if (r == null) {
        r = model.addConstraint(Double.NEGATIVE_INFINITY, 0, names == null ? null
            : names.row("refundWithin", n.products().get(bom.product[i]).id(), bom.source(i), n.sites().get(d).id(), t));
        model.addTerm(r, bom.variable(i, t), -1);
        within.put(i, r);
      }
      model.addTerm(r, refundVar(k, t), 1);
      String key = p + "/" + d + "/" + bom.product[i];
      Integer e = perExport.get(key);
      if (e == null) {
        String component = n.products().get(bom.product[i]).id();
        e = model.addConstraint(Double.NEGATIVE_INFINITY, 0, names == null ? null
            : names.row("refundExport", n.products().get(p).id(), component, n.sites().get(d).id(), t));
        double per = n.products().get(p).components().get(component);
        addMadeTerms(f, bom, model, e, p, d, t, -per, false);
        perExport.put(key, e);
      }
      model.addTerm(e, refundVar(k, t), 1);
    }
  }

  private void emitEntryRows(Formulation f, BomRows bom, LinearModel model, Names names, int t) {
    Map<Integer, Integer> within = new HashMap<>();
    Map<String, Integer> perEntry = new HashMap<>();
    for (int k = 0; k < entries.size(); k++) {
      int i = entries.get(k)[0];
      int p = entries.get(k)[1];
      int d = bom.toSite[i];
      Integer r = within.get(i);
      if (r == null) {
        r = model.addConstraint(Double.NEGATIVE_INFINITY, 0, names == null ? null
            : names.row("entryWithin", n.products().get(bom.product[i]).id(), bom.source(i), n.sites().get(d).id(), t));
        model.addTerm(r, bom.variable(i, t), -1);
        within.put(i, r);
      }
      model.addTerm(r, entryVar(k, t), 1);
      String key = p + "/" + d + "/" + bom.product[i];
      Integer e = perEntry.get(key);
      if (e == null) {
        String component = n.products().get(bom.product[i]).id();
        e = model.addConstraint(0, 0, names == null ? null
            : names.row("zoneEntry", n.products().get(p).id(), component, n.sites().get(d).id(), t));
        double per = n.products().get(p).components().get(component);
        addMadeTerms(f, bom, model, e, p, d, t, -per, true);
        perEntry.put(key, e);
      }
      model.addTerm(e, entryVar(k, t), 1);
    }
  }

  /**
   * Adds coef times the units of p that site d sends abroad ({@code domestic} false: to markets and
   * sites in other countries) or into its own country ({@code domestic} true: to its markets and to
   * other sites there outside zones) in t.
   */
  private void addMadeTerms(Formulation f, BomRows bom, LinearModel model, int row, int p, int d, int t,
      double coef, boolean domestic) {
    int home = f.countryOfSite[d];
    for (int a = f.siteArcStart[d]; a < f.siteArcStart[d + 1]; a++) {
      if (f.arcProduct[a] == p && (f.countryOfMarket[f.arcMarket[a]] == home) == domestic) {
        model.addTerm(row, f.ship(a, t), coef);
      }
    }
    for (int j = 0; j < bom.arcCount; j++) {
      if (bom.fromSite[j] != d || bom.product[j] != p) {
        continue;
      }
      int to = bom.toSite[j];
      boolean inside = f.countryOfSite[to] == home;
      boolean counts = domestic ? inside && to != d && !n.sites().get(to).foreignTradeZone() : !inside;
      if (counts) {
        model.addTerm(row, bom.variable(j, t), coef);
      }
    }
  }

  /** @return the drawback and zone-entry assignments with units, at the given values */
  List<ComponentUse> uses(BomRows bom, double[] values) {
    List<ComponentUse> out = new ArrayList<>();
    for (int t = 0; t < periods; t++) {
      for (int k = 0; k < refunds.size(); k++) {
        double v = values[refundVar(k, t)];
        if (v > 1e-9) {
          int i = refunds.get(k)[0];
          out.add(new ComponentUse(ComponentUse.Purpose.DRAWBACK, n.dutyDrawbacks().get(refunds.get(k)[2]).id(),
              n.products().get(refunds.get(k)[1]).id(), n.products().get(bom.product[i]).id(), bom.source(i),
              n.sites().get(bom.toSite[i]).id(), t, v));
        }
      }
      for (int k = 0; k < entries.size(); k++) {
        double v = values[entryVar(k, t)];
        if (v > 1e-9) {
          int i = entries.get(k)[0];
          out.add(new ComponentUse(ComponentUse.Purpose.ZONE_ENTRY, "", n.products().get(entries.get(k)[1]).id(),
              n.products().get(bom.product[i]).id(), bom.source(i), n.sites().get(bom.toSite[i]).id(), t, v));
        }
      }
    }
    return out;
  }
}
