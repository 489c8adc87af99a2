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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
  private final int[][] outOfSite; // per site, the arcs it is the source of, ascending
  private final int[][] needs; // per site, the components its balance rows cover
  // Indexes for the rows, so that no row scans every arc. Arcs are made grouped by destination site
  // and, within it, by component in the order of needs[d]: the arcs into d of needs[d][j] are
  // [intoStart[d][j], intoStart[d][j + 1]).
  private final int[][] intoStart;
  private final int[][] madeBy; // per site, the product indexes it may make, ascending
  private final int[][] parents; // per component, the products whose bill lists it, ascending
  private final double[][] perUnit; // per component, the units of it each of those products takes
  private final int[][] outOfOffer; // per offer, its arcs, ascending
  private final int[][] ofProduct; // per product, the arcs from a site that bring it, ascending
  private int base;

  BomRows(Formulation f, FreightTable freight, TariffTable tariffs) {
    this.n = f.n;
    this.periods = f.periods;
    int T = periods;
    int P = f.productCount;
    int S = f.siteCount;
    int O = n.supplierOffers().size();
    needs = new int[S][];
    intoStart = new int[S][];
    madeBy = new int[S][];
    boolean[] active = new boolean[S];
    int[] makerCount = new int[P];
    for (int s = 0; s < S; s++) {
      active[s] = mayBeActive(f, s);
      madeBy[s] = madeBy(n.sites().get(s), P);
      if (active[s]) {
        for (int q : madeBy[s]) {
          makerCount[q]++;
        }
      }
    }
    int[][] makers = new int[P][]; // per product, the sites that may make it and may be active, ascending
    for (int q = 0; q < P; q++) {
      makers[q] = new int[makerCount[q]];
      makerCount[q] = 0;
    }
    for (int s = 0; s < S; s++) {
      if (active[s]) {
        for (int q : madeBy[s]) {
          makers[q][makerCount[q]++] = s;
        }
      }
    }
    int[] offerCountry = new int[O];
    List<List<Integer>> offersOf = new ArrayList<>();
    for (int q = 0; q < P; q++) {
      offersOf.add(new ArrayList<>());
    }
    for (int o = 0; o < O; o++) {
      SupplierOffer offer = n.supplierOffers().get(o);
      offerCountry[o] = n.countryIndex(offer.country());
      int q = n.productIndex(offer.product());
      if (q >= 0) {
        offersOf.get(q).add(o);
      }
    }
    List<List<Integer>> parentList = new ArrayList<>();
    List<List<Double>> perList = new ArrayList<>();
    for (int c = 0; c < P; c++) {
      parentList.add(new ArrayList<>());
      perList.add(new ArrayList<>());
    }
    for (int q = 0; q < P; q++) {
      for (Map.Entry<String, Double> e : n.products().get(q).components().entrySet()) {
        int c = n.productIndex(e.getKey());
        parentList.get(c).add(q);
        perList.get(c).add(e.getValue());
      }
    }
    parents = new int[P][];
    perUnit = new double[P][];
    for (int c = 0; c < P; c++) {
      parents[c] = parentList.get(c).stream().mapToInt(Integer::intValue).toArray();
      perUnit[c] = perList.get(c).stream().mapToDouble(Double::doubleValue).toArray();
    }

    ArcIndex.Arcs arcs = new ArcIndex.Arcs();
    for (int d = 0; d < S; d++) {
      Set<Integer> need = new LinkedHashSet<>();
      for (int q : madeBy[d]) {
        for (String c : n.products().get(q).components().keySet()) {
          need.add(n.productIndex(c));
        }
      }
      needs[d] = need.stream().mapToInt(Integer::intValue).toArray();
      intoStart[d] = new int[needs[d].length + 1];
      Arrays.fill(intoStart[d], arcs.size);
      if (!active[d]) {
        continue;
      }
      int cd = f.countryOfSite[d];
      for (int j = 0; j < needs[d].length; j++) {
        int c = needs[d][j];
        intoStart[d][j] = arcs.size;
        for (int s : makers[c]) {
          if (!Double.isNaN(freight.rate(c, s, f.countryOfSite[s], cd))) {
            arcs.add(c, s, -1, d);
          }
        }
        for (int o : offersOf.get(c)) {
          if (!Double.isNaN(freight.rate(c, offerCountry[o], cd))) {
            arcs.add(c, -1, o, d);
          }
        }
      }
      intoStart[d][needs[d].length] = arcs.size;
    }
    arcCount = arcs.size;
    count = arcCount * T;
    product = Arrays.copyOf(arcs.product, arcCount);
    fromSite = Arrays.copyOf(arcs.fromSite, arcCount);
    fromOffer = Arrays.copyOf(arcs.fromOffer, arcCount);
    toSite = Arrays.copyOf(arcs.toSite, arcCount);
    jobsPerUnit = new double[arcCount];
    upper = new double[count];
    cost = new double[count];
    value = new double[count];
    duty = new double[count];
    outOfSite = ArcIndex.group(fromSite, S);
    outOfOffer = ArcIndex.group(fromOffer, O);
    int[] siteProduct = new int[arcCount];
    for (int i = 0; i < arcCount; i++) {
      siteProduct[i] = fromSite[i] >= 0 ? product[i] : -1;
    }
    ofProduct = ArcIndex.group(siteProduct, P);
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
    int C = n.countries().size();
    // per (component, origin country), what a unit made there costs by period, before freight and duty,
    // and its customs value: [unit_0, value_0, unit_1, value_1, ...]
    double[][] made = new double[P * C][];
    for (int i = 0; i < arcCount; i++) {
      int c = product[i];
      Product component = n.products().get(c);
      int d = toSite[i];
      int cd = f.countryOfSite[d];
      int origin;
      double lane;
      SupplierOffer offer = fromOffer[i] >= 0 ? n.supplierOffers().get(fromOffer[i]) : null;
      double[] unitAndValue = null;
      if (offer == null) {
        origin = f.countryOfSite[fromSite[i]];
        lane = freight.rate(c, fromSite[i], origin, cd);
        Country country = n.countries().get(origin);
        jobsPerUnit[i] = component.laborHoursPerUnit() / country.productivity() / country.hoursPerJob();
        unitAndValue = made[c * C + origin];
        if (unitAndValue == null) {
          unitAndValue = madeUnit(component, c, origin, jobsPerUnit[i], grantPerJob);
          made[c * C + origin] = unitAndValue;
        }
      } else {
        origin = offerCountry[fromOffer[i]];
        lane = freight.rate(c, origin, cd);
      }
      double[] tariff = null;
      // A foreign-trade zone takes components in free of duty (DutyReliefRows charges their entry).
      if (origin != cd && !n.sites().get(d).foreignTradeZone()) {
        tariff = tariffs.row(origin, cd, c);
      }
      for (int t = 0; t < T; t++) {
        int k = i * T + t;
        boolean open = f.activeUpper[d * T + t] > 0
            && (offer == null ? f.activeUpper[fromSite[i] * T + t] > 0 : offer.capacity().at(t) > 0);
        upper[k] = open ? Double.POSITIVE_INFINITY : 0;
        double unit;
        double value;
        if (offer == null) {
          unit = unitAndValue[2 * t];
          value = unitAndValue[2 * t + 1];
        } else {
          unit = offer.pricePerUnit().at(t);
          value = unit;
          if (component.declaredCustomsValue().isPresent()) {
            value = component.declaredCustomsValue().getAsDouble();
          }
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

  /**
   * What a unit of component c made in a country costs per period (materials and labor, less job
   * grants and uncapped credits), before freight and duty, and its customs value (declared, else the
   * production cost times one plus the markup): {@code [unit_0, value_0, unit_1, value_1, ...]}.
   */
  private double[] madeUnit(Product component, int c, int origin, double jobs, double[][] grantPerJob) {
    Country country = n.countries().get(origin);
    double[] out = new double[2 * periods];
    for (int t = 0; t < periods; t++) {
      double material = n.conversion().material(component, origin, t);
      double labor = component.laborHoursPerUnit() / country.productivity() * n.conversion().wage(origin, t);
      double value = material + labor;
      out[2 * t] = material + labor - grantPerJob[origin][t] * jobs - uncappedCredit(c, origin, t);
      value *= 1 + component.customsMarkup();
      if (component.declaredCustomsValue().isPresent()) {
        value = component.declaredCustomsValue().getAsDouble();
      }
      out[2 * t + 1] = value;
    }
    return out;
  }

  /** @return the product indexes site may make, ascending (every product when it names none) */
  private int[] madeBy(Site site, int productCount) {
    if (site.products().isEmpty()) {
      int[] all = new int[productCount];
      for (int q = 0; q < productCount; q++) {
        all[q] = q;
      }
      return all;
    }
    int[] out = new int[site.products().size()];
    int k = 0;
    for (String id : site.products()) {
      int q = n.productIndex(id);
      if (q >= 0) {
        out[k++] = q;
      }
    }
    out = Arrays.copyOf(out, k);
    Arrays.sort(out);
    return out;
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
    boolean[] mayMake = new boolean[f.productCount]; // of site d, reset after it
    int[] shipStart = new int[f.productCount + 1]; // ship arcs of site d by product, counting sort
    int[] shipArcs = new int[0];
    int[] outStart = new int[f.productCount + 1]; // flow arcs out of site d by product
    int[] outArcs = new int[0];
    for (int d = 0; d < f.siteCount; d++) {
      if (needs[d].length == 0 || !mayBeActive(f, d)) {
        continue;
      }
      Site site = n.sites().get(d);
      for (int q : madeBy[d]) {
        mayMake[q] = true;
      }
      int first = f.siteArcStart[d];
      int last = f.siteArcStart[d + 1];
      shipArcs = ArcIndex.bucket(f.arcProduct, first, last, null, shipStart, shipArcs);
      outArcs = ArcIndex.bucket(product, 0, outOfSite[d].length, outOfSite[d], outStart, outArcs);
      for (int t = 0; t < T; t++) {
        if (f.activeUpper[d * T + t] == 0) {
          continue; // nothing is made or brought there
        }
        for (int j = 0; j < needs[d].length; j++) {
          int c = needs[d][j];
          int row = model.addConstraint(0, 0,
              names == null ? null : names.row("balance", n.products().get(c).id(), site.id(), t));
          for (int i = intoStart[d][j]; i < intoStart[d][j + 1]; i++) {
            model.addTerm(row, variable(i, t), 1);
          }
          for (int k = 0; k < parents[c].length; k++) {
            int q = parents[c][k];
            if (!mayMake[q]) {
              continue;
            }
            double per = perUnit[c][k];
            for (int x = shipStart[q]; x < shipStart[q + 1]; x++) {
              model.addTerm(row, f.ship(shipArcs[x], t), -per);
            }
            for (int x = outStart[q]; x < outStart[q + 1]; x++) {
              model.addTerm(row, variable(outArcs[x], t), -per);
            }
          }
        }
      }
      for (int q : madeBy[d]) {
        mayMake[q] = false;
      }
    }
    for (int o = 0; o < outOfOffer.length; o++) {
      SupplierOffer offer = n.supplierOffers().get(o);
      for (int t = 0; t < T; t++) {
        int row = -1;
        for (int i : outOfOffer[o]) {
          if (upper[i * T + t] > 0) {
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
    for (int i : ofProduct[p]) {
      double coef = f.countryOfSite[fromSite[i]] == country ? 1 - share : -share;
      if (coef != 0) {
        model.addTerm(row, variable(i, t), coef);
      }
    }
  }

  /** Marks the countries where product p may be made as a component. */
  void markMakers(Formulation f, int p, boolean[] makes) {
    for (int i : ofProduct[p]) {
      makes[f.countryOfSite[fromSite[i]]] = true;
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
