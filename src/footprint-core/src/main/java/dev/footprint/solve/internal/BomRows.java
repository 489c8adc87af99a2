package dev.footprint.solve.internal;

import dev.footprint.model.Country;
import dev.footprint.model.JobGrant;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.ProductionCredit;
import dev.footprint.model.Site;
import dev.footprint.model.SupplierOffer;
import dev.footprint.result.ComponentFlow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The bills of materials of a {@link Formulation} (docs/model.md, Bills of materials). A flow arc i
 * brings component c to a site d that may make a product whose bill lists c, from a source: a site s
 * that may make c (d itself included) with a freight lane from its country to d's, or a supplier
 * offer o of c with a lane from its country. Variables {@code flow[i,t] >= 0}, 0 where the source or
 * d cannot be active in t. With {@code make[q,s,t] = sum_{ship arcs a of q at s} ship[a,t] +
 * sum_{flow arcs i of q from s} flow[i,t]} (what s makes), rows for every t:
 *
 * <ul>
 *   <li>balance, for each site d and component c it may need, while d may be active: {@code
 *       sum_{i into d of c} flow[i,t] - sum_q bom[q,c] make[q,d,t] = 0};
 *   <li>supply, for each supplier offer with arcs: {@code sum_{i from o} flow[i,t] <= cap[o,t]};
 *   <li>the capacity, jobs, capped-credit and share rows of a source site gain its flows as made
 *       units ({@link #addCapacityTerms}, {@link #addJobTerms}, {@link #addCreditTerms}, {@link
 *       #addShareTerms}).
 * </ul>
 *
 * A flow from a site costs, per unit at the operating weight, what a shipped unit costs to make there
 * (materials, labor, less uncapped credits and job grants) plus freight and the duty at d's border; a
 * flow from an offer costs its price plus freight and duty. The duty is the effective tariff from the
 * source's country into d's at the component's customs value (declared, else the production cost
 * times one plus the markup for a made unit, the price for a bought one); none for a domestic flow
 * or a flow into a foreign-trade-zone site ({@code DutyReliefRows} charges what the zone's goods
 * pay on entry).
 * A network without bills of materials gets no arcs, variables or rows.
 */
final class BomRows {
  private final Network n;
  private final int periods;
  /** Number of flow variables: arcs times periods. */
  final int count;
  final int arcCount;
  final int[] product; // component index
  final int[] fromSite; // source site index, or -1
  final int[] fromOffer; // source offer index, or -1
  final int[] toSite;
  final double[] jobsPerUnit;
  final double[] upper; // [i*T + t]
  final double[] cost; // [i*T + t], at the operating weight
  final double[] value; // [i*T + t], the component's customs value on the flow
  final double[] duty; // [i*T + t], the duty paid per unit at d's border (0 into a foreign-trade zone)
  private final int[][] outOfSite; // per site, the arcs it is the source of
  private final int[][] needs; // per site, the components its balance rows cover
  private int base;

  BomRows(Formulation f, FreightTable freight) {
    this.n = f.n;
    this.periods = f.periods;
    int T = periods;
    int P = f.productCount;
    int S = f.siteCount;
    needs = new int[S][];
    List<int[]> arcs = new ArrayList<>(); // {c, s, o, d}
    for (int d = 0; d < S; d++) {
      Site site = n.sites().get(d);
      Set<Integer> need = new LinkedHashSet<>();
      for (Product q : n.products()) {
        if (site.mayMake(q.id())) {
          for (String c : q.components().keySet()) {
            need.add(n.productIndex(c));
          }
        }
      }
      needs[d] = need.stream().mapToInt(Integer::intValue).toArray();
      if (!mayBeActive(f, d)) {
        continue;
      }
      int cd = f.countryOfSite[d];
      for (int c : needs[d]) {
        String cid = n.products().get(c).id();
        for (int s = 0; s < S; s++) {
          if (n.sites().get(s).mayMake(cid) && mayBeActive(f, s)
              && !Double.isNaN(freight.rate(c, s, f.countryOfSite[s], cd))) {
            arcs.add(new int[] {c, s, -1, d});
          }
        }
        for (int o = 0; o < n.supplierOffers().size(); o++) {
          SupplierOffer offer = n.supplierOffers().get(o);
          if (offer.product().equals(cid) && !Double.isNaN(freight.rate(c, n.countryIndex(offer.country()), cd))) {
            arcs.add(new int[] {c, -1, o, d});
          }
        }
      }
    }
    arcCount = arcs.size();
    count = arcCount * T;
    product = new int[arcCount];
    fromSite = new int[arcCount];
    fromOffer = new int[arcCount];
    toSite = new int[arcCount];
    jobsPerUnit = new double[arcCount];
    upper = new double[count];
    cost = new double[count];
    value = new double[count];
    duty = new double[count];
    List<List<Integer>> out = new ArrayList<>();
    for (int s = 0; s < S; s++) {
      out.add(new ArrayList<>());
    }
    for (int i = 0; i < arcCount; i++) {
      int[] a = arcs.get(i);
      product[i] = a[0];
      fromSite[i] = a[1];
      fromOffer[i] = a[2];
      toSite[i] = a[3];
      if (a[1] >= 0) {
        out.get(a[1]).add(i);
      }
    }
    outOfSite = new int[S][];
    for (int s = 0; s < S; s++) {
      outOfSite[s] = out.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
    if (arcCount == 0) {
      return;
    }
    double[][] grantPerJob = new double[n.countries().size()][T];
    for (JobGrant g : n.jobGrants()) {
      int c = n.countryIndex(g.country());
      for (int t = 0; t < T; t++) {
        grantPerJob[c][t] += g.grantPerJob().at(t);
      }
    }
    for (int i = 0; i < arcCount; i++) {
      int c = product[i];
      Product component = n.products().get(c);
      int d = toSite[i];
      int cd = f.countryOfSite[d];
      int origin;
      double lane;
      SupplierOffer offer = fromOffer[i] >= 0 ? n.supplierOffers().get(fromOffer[i]) : null;
      if (offer == null) {
        origin = f.countryOfSite[fromSite[i]];
        lane = freight.rate(c, fromSite[i], origin, cd);
        Country country = n.countries().get(origin);
        jobsPerUnit[i] = component.laborHoursPerUnit() / country.productivity() / country.hoursPerJob();
      } else {
        origin = n.countryIndex(offer.country());
        lane = freight.rate(c, origin, cd);
      }
      // A foreign-trade zone takes components in free of duty (OriginRows charges their entry).
      double[] tariff = origin == cd || n.sites().get(d).foreignTradeZone() ? null : f.tariffRow(origin, cd, c);
      for (int t = 0; t < T; t++) {
        int k = i * T + t;
        boolean open = f.activeUpper[d * T + t] > 0
            && (offer == null ? f.activeUpper[fromSite[i] * T + t] > 0 : offer.capacity().at(t) > 0);
        upper[k] = open ? Double.POSITIVE_INFINITY : 0;
        double unit;
        double value;
        if (offer == null) {
          Country country = n.countries().get(origin);
          double material = n.conversion().material(component, origin, t);
          double labor = component.laborHoursPerUnit() / country.productivity() * n.conversion().wage(origin, t);
          value = material + labor;
          unit = material + labor - grantPerJob[origin][t] * jobsPerUnit[i] - uncappedCredit(c, origin, t);
          value *= 1 + component.customsMarkup();
        } else {
          unit = offer.pricePerUnit().at(t);
          value = unit;
        }
        if (component.declaredCustomsValue().isPresent()) {
          value = component.declaredCustomsValue().getAsDouble();
        }
        unit += lane;
        this.value[k] = value;
        if (tariff != null) {
          duty[k] = tariff[2 * t] * value + tariff[2 * t + 1];
          unit += duty[k];
        }
        cost[k] = f.operatingWeight[t] * unit;
      }
    }
  }

  private double uncappedCredit(int c, int country, int t) {
    double sum = 0;
    for (ProductionCredit k : n.productionCredits()) {
      if (k.budget().isEmpty() && n.countryIndex(k.country()) == country && k.scope().covers(n.products().get(c))) {
        sum += k.creditPerUnit().at(t);
      }
    }
    return sum;
  }

  private static boolean mayBeActive(Formulation f, int s) {
    for (int t = 0; t < f.periods; t++) {
      if (f.activeUpper[s * f.periods + t] > 0) {
        return true;
      }
    }
    return false;
  }

  /** @param base the index of the first flow variable */
  void index(int base) {
    this.base = base;
  }

  int variable(int i, int t) {
    return base + i * periods + t;
  }

  /** @return the largest objective coefficient in absolute value */
  double largestCost() {
    return Formulation.largestAbs(cost);
  }

  /** Writes the flow variables, in their order. */
  void emitVariables(LinearModel model, Names names) {
    int T = periods;
    for (int i = 0; i < arcCount; i++) {
      for (int t = 0; t < T; t++) {
        model.addVariable(0, upper[i * T + t], false, cost[i * T + t],
            names == null ? null : names.row("flow", n.products().get(product[i]).id(), source(i),
                n.sites().get(toSite[i]).id(), t));
      }
    }
  }

  String source(int i) {
    return fromSite[i] >= 0 ? n.sites().get(fromSite[i]).id() : n.supplierOffers().get(fromOffer[i]).id();
  }

  /** Writes the balance and supply rows. */
  void emitRows(Formulation f, LinearModel model, Names names) {
    int T = periods;
    for (int d = 0; d < f.siteCount; d++) {
      if (needs[d].length == 0) {
        continue;
      }
      Site site = n.sites().get(d);
      for (int t = 0; t < T; t++) {
        if (f.activeUpper[d * T + t] == 0) {
          continue; // nothing is made or brought there
        }
        for (int c : needs[d]) {
          String cid = n.products().get(c).id();
          int row = model.addConstraint(0, 0, names == null ? null : names.row("balance", cid, site.id(), t));
          for (int i = 0; i < arcCount; i++) {
            if (toSite[i] == d && product[i] == c) {
              model.addTerm(row, variable(i, t), 1);
            }
          }
          for (int q = 0; q < f.productCount; q++) {
            Double per = n.products().get(q).components().get(cid);
            if (per == null || !site.mayMake(n.products().get(q).id())) {
              continue;
            }
            for (int a = f.siteArcStart[d]; a < f.siteArcStart[d + 1]; a++) {
              if (f.arcProduct[a] == q) {
                model.addTerm(row, f.ship(a, t), -per);
              }
            }
            for (int i : outOfSite[d]) {
              if (product[i] == q) {
                model.addTerm(row, variable(i, t), -per);
              }
            }
          }
        }
      }
    }
    for (int o = 0; o < n.supplierOffers().size(); o++) {
      SupplierOffer offer = n.supplierOffers().get(o);
      for (int t = 0; t < T; t++) {
        int row = -1;
        for (int i = 0; i < arcCount; i++) {
          if (fromOffer[i] == o && upper[i * T + t] > 0) {
            if (row < 0) {
              row = model.addConstraint(Double.NEGATIVE_INFINITY, offer.capacity().at(t),
                  names == null ? null : names.row("supply", offer.id(), t));
            }
            model.addTerm(row, variable(i, t), 1);
          }
        }
      }
    }
  }

  /** Adds the capacity the components site s makes in t use to a row. */
  void addCapacityTerms(LinearModel model, int row, int s, int t) {
    for (int i : outOfSite[s]) {
      model.addTerm(row, variable(i, t), n.products().get(product[i]).capacityUsePerUnit());
    }
  }

  /** @return the capacity the components site s makes in t use, at the given values */
  double capacityUsed(double[] values, int s, int t) {
    double sum = 0;
    for (int i : outOfSite[s]) {
      sum += n.products().get(product[i]).capacityUsePerUnit() * values[variable(i, t)];
    }
    return sum;
  }

  /** Adds sign times the jobs the components site s makes in t take to a row. */
  void addJobTerms(LinearModel model, int row, int s, int t, double sign) {
    for (int i : outOfSite[s]) {
      if (jobsPerUnit[i] != 0) {
        model.addTerm(row, variable(i, t), sign * jobsPerUnit[i]);
      }
    }
  }

  /** @return whether the components site s may make take jobs */
  boolean hasJobs(int s) {
    for (int i : outOfSite[s]) {
      if (jobsPerUnit[i] != 0) {
        return true;
      }
    }
    return false;
  }

  /** @return the jobs the components site s makes in t take, at the given values */
  double jobs(double[] values, int s, int t) {
    double sum = 0;
    for (int i : outOfSite[s]) {
      sum += jobsPerUnit[i] * values[variable(i, t)];
    }
    return sum;
  }

  /** Adds -rate times the covered components site s makes in t to a capped credit's earned row. */
  void addCreditTerms(LinearModel model, int row, int s, int t, boolean[] covered, double rate) {
    for (int i : outOfSite[s]) {
      if (covered[product[i]]) {
        model.addTerm(row, variable(i, t), -rate);
      }
    }
  }

  /** Adds the share terms of product p's units made as components to a home-share or concentration row. */
  void addShareTerms(Formulation f, LinearModel model, int row, int p, int country, double share, int t) {
    for (int i = 0; i < arcCount; i++) {
      if (product[i] == p && fromSite[i] >= 0) {
        double coef = f.countryOfSite[fromSite[i]] == country ? 1 - share : -share;
        if (coef != 0) {
          model.addTerm(row, variable(i, t), coef);
        }
      }
    }
  }

  /** Marks the countries where product p may be made as a component. */
  void markMakers(Formulation f, int p, boolean[] makes) {
    for (int i = 0; i < arcCount; i++) {
      if (product[i] == p && fromSite[i] >= 0) {
        makes[f.countryOfSite[fromSite[i]]] = true;
      }
    }
  }

  /** @return the component flows with units, at the given values */
  List<ComponentFlow> extract(double[] values) {
    List<ComponentFlow> out = new ArrayList<>();
    for (int i = 0; i < arcCount; i++) {
      for (int t = 0; t < periods; t++) {
        double v = values[variable(i, t)];
        if (v > 1e-9) {
          out.add(new ComponentFlow(n.products().get(product[i]).id(), source(i), n.sites().get(toSite[i]).id(), t, v));
        }
      }
    }
    return out;
  }
}
