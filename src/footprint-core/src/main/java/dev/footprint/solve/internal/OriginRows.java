package dev.footprint.solve.internal;

import dev.footprint.model.ContentMethod;
import dev.footprint.model.EffectiveTariff;
import dev.footprint.model.Network;
import dev.footprint.model.OriginRule;
import dev.footprint.model.Product;
import dev.footprint.model.TradeAgreement;
import dev.footprint.model.TransshipmentRule;
import dev.footprint.result.ComponentUse;
import dev.footprint.result.OriginClaim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The origin of goods in a {@link Formulation} (docs/model.md, Origin of goods): claims that units of
 * a shipment qualify under a content rule (an agreement's {@link OriginRule} or a {@link
 * TransshipmentRule}) and the component flows assigned to them; duty drawback and foreign-trade zones
 * are {@link DutyReliefRows}. Variables, in this order, after the flows:
 *
 * <ul>
 *   <li>{@code claim[a,t]}, units of ship arc a that qualify, with rows claim − x ≤ 0;
 *   <li>{@code use[i,g,t]}, units of flow arc i in the qualifying units of claim group g (rule, site,
 *       product), with rows claim components (Σ_i use − bom · Σ claims = 0 per component), content
 *       (per group) and flow assigned (Σ_g use − flow ≤ 0 per flow);
 * </ul>
 *
 * The ship costs of ruled arcs carry the duty of a unit that does not qualify ({@link
 * #adjustShipCosts}); a claim takes off the saving. A network with none of these features gets no
 * variable or row.
 */
final class OriginRows {
  private final Network n;
  private final int periods;
  private final int originRuleCount;

  // Ruled ship arcs: the arc, its rule (origin rules first, then transshipment rules), savings.
  private int[] claimArc = new int[0];
  private int[] claimRule = new int[0];
  private double[] saving = new double[0]; // [j*T + t], per unit, undiscounted
  // Claim groups: (rule, site, product) with their claim indexes.
  private final List<int[]> groupKey = new ArrayList<>(); // {rule, site, product}
  private final List<List<Integer>> groupClaims = new ArrayList<>();
  // Component uses of claim groups: {group, flow arc, component}.
  private final List<int[]> uses = new ArrayList<>();

  private int base;
  /** Number of variables. */
  int count;

  OriginRows(Formulation f) {
    this.n = f.n;
    this.periods = f.periods;
    this.originRuleCount = n.originRules().size();
  }

  /** @return the rule with this index: an origin rule, else a transshipment rule */
  private String ruleId(int r) {
    return r < originRuleCount ? n.originRules().get(r).id() : n.transshipmentRules().get(r - originRuleCount).id();
  }

  /**
   * Finds the ship arcs under content rules and sets their ship costs to the duty of a unit that does
   * not qualify (or, for a product without components, of the status it always has); to be called
   * once the ship costs hold the default duty.
   */
  void adjustShipCosts(Formulation f, double[] shipCost) {
    if (n.originRules().isEmpty() && n.transshipmentRules().isEmpty()) {
      return;
    }
    int T = periods;
    List<int[]> ruled = new ArrayList<>();
    List<double[]> savings = new ArrayList<>();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int r = 0; r < originRuleCount; r++) {
      ruleIndex.put(n.originRules().get(r).id(), r);
    }
    for (int r = 0; r < n.transshipmentRules().size(); r++) {
      ruleIndex.put(n.transshipmentRules().get(r).id(), originRuleCount + r);
    }
    for (int a = 0; a < f.arcCount; a++) {
      int p = f.arcProduct[a];
      int s = f.arcSite[a];
      String origin = n.countries().get(f.countryOfSite[s]).id();
      String destination = n.countries().get(f.countryOfMarket[f.arcMarket[a]]).id();
      if (origin.equals(destination)) {
        continue;
      }
      Product product = n.products().get(p);
      boolean assembled = !product.components().isEmpty();
      Optional<TradeAgreement> g = n.agreementOf(origin, destination);
      Optional<OriginRule> rule = g.isPresent() ? n.originRule(product.id(), g.get().id()) : Optional.empty();
      Optional<TransshipmentRule> penalty = rule.isPresent() ? Optional.empty()
          : n.transshipmentRule(origin, destination, p);
      if (rule.isEmpty() && penalty.isEmpty()) {
        continue;
      }
      double[] e = new double[T];
      boolean any = false;
      for (int t = 0; t < T; t++) {
        double v = n.customsValue(p, s, t);
        double notQualifying;
        double qualifying;
        if (rule.isPresent()) {
          notQualifying = n.effectiveTariff(origin, destination, p, t, null).dutyPerUnit(v);
          qualifying = n.effectiveTariff(origin, destination, p, t, g.get().id()).dutyPerUnit(v);
        } else {
          EffectiveTariff plain = n.effectiveTariff(origin, destination, p, t);
          qualifying = plain.dutyPerUnit(v);
          notQualifying = Math.max(penalty.get().penaltyRate(), plain.adValoremRate()) * v + plain.specificDutyPerUnit();
        }
        // The arc's cost holds the default duty: non-originating for a ruled product, the measures'
        // rate under a transshipment rule. A product without components always qualifies under
        // build-down and transshipment rules (it has no foreign content), under build-up only at 0.
        double base = rule.isPresent() ? notQualifying : qualifying;
        boolean alwaysQualifies = !assembled && (penalty.isPresent()
            || rule.get().method() == ContentMethod.BUILD_DOWN || rule.get().minContentShare() == 0);
        double charged = alwaysQualifies ? Math.min(qualifying, notQualifying) : notQualifying;
        shipCost[a * T + t] += f.operatingWeight[t] * (charged - base);
        if (assembled) {
          e[t] = Math.max(0, notQualifying - qualifying);
          any |= e[t] > 0;
        }
      }
      if (any) {
        ruled.add(new int[] {a, ruleIndex.get(rule.isPresent() ? rule.get().id() : penalty.get().id())});
        savings.add(e);
      }
    }
    claimArc = new int[ruled.size()];
    claimRule = new int[ruled.size()];
    saving = new double[ruled.size() * T];
    Map<String, Integer> groups = new LinkedHashMap<>();
    for (int j = 0; j < ruled.size(); j++) {
      claimArc[j] = ruled.get(j)[0];
      claimRule[j] = ruled.get(j)[1];
      System.arraycopy(savings.get(j), 0, saving, j * T, T);
      int[] key = {claimRule[j], f.arcSite[claimArc[j]], f.arcProduct[claimArc[j]]};
      Integer gi = groups.get(key[0] + "/" + key[1] + "/" + key[2]);
      if (gi == null) {
        gi = groupKey.size();
        groups.put(key[0] + "/" + key[1] + "/" + key[2], gi);
        groupKey.add(key);
        groupClaims.add(new ArrayList<>());
      }
      groupClaims.get(gi).add(j);
    }
  }

  /** Finds the component assignments, once the flows are known; sets the variable count. */
  void index(Formulation f, BomRows bom, int base) {
    this.base = base;
    int T = periods;
    for (int g = 0; g < groupKey.size(); g++) {
      int d = groupKey.get(g)[1];
      Product p = n.products().get(groupKey.get(g)[2]);
      for (String c : p.components().keySet()) {
        int ci = n.productIndex(c);
        for (int i = 0; i < bom.arcCount; i++) {
          if (bom.toSite[i] == d && bom.product[i] == ci) {
            uses.add(new int[] {g, i, ci});
          }
        }
      }
    }
    count = (claimArc.length + uses.size()) * T;
  }

  static String sourceCountry(Network n, Formulation f, BomRows bom, int i) {
    return bom.fromSite[i] >= 0 ? n.countries().get(f.countryOfSite[bom.fromSite[i]]).id()
        : n.supplierOffers().get(bom.fromOffer[i]).country();
  }

  private int claimVar(int j, int t) {
    return base + j * periods + t;
  }

  private int useVar(int u, int t) {
    return base + (claimArc.length + u) * periods + t;
  }

  /** @return the largest objective coefficient, undiscounted weight included, in absolute value */
  double largestCost(Formulation f, BomRows bom) {
    double largest = 0;
    int T = periods;
    for (int j = 0; j < claimArc.length; j++) {
      for (int t = 0; t < T; t++) {
        largest = Math.max(largest, saving[j * T + t] * f.operatingWeight[t]);
      }
    }
    return largest;
  }

  /** Writes the variables, in their order. */
  void emitVariables(Formulation f, BomRows bom, LinearModel model, Names names) {
    int T = periods;
    for (int j = 0; j < claimArc.length; j++) {
      int a = claimArc[j];
      for (int t = 0; t < T; t++) {
        boolean open = f.activeUpper[f.arcSite[a] * T + t] > 0 && f.demand(f.arcProduct[a], f.arcMarket[a], t) > 0;
        model.addVariable(0, open ? Double.POSITIVE_INFINITY : 0, false, -f.operatingWeight[t] * saving[j * T + t],
            names == null ? null : names.row("claim", ruleId(claimRule[j]), n.products().get(f.arcProduct[a]).id(),
                n.sites().get(f.arcSite[a]).id(), n.markets().get(f.arcMarket[a]).id(), t));
      }
    }
    for (int[] u : uses) {
      int[] key = groupKey.get(u[0]);
      for (int t = 0; t < T; t++) {
        model.addVariable(0, bom.upper[u[1] * T + t], false, 0, names == null ? null
            : names.row("use", ruleId(key[0]), n.products().get(key[2]).id(), n.products().get(u[2]).id(),
                bom.source(u[1]), n.sites().get(key[1]).id(), t));
      }
    }
  }

  /** Writes the rows. */
  void emitRows(Formulation f, BomRows bom, LinearModel model, Names names) {
    int T = periods;
    for (int t = 0; t < T; t++) {
      for (int j = 0; j < claimArc.length; j++) {
        int a = claimArc[j];
        int row = model.addConstraint(Double.NEGATIVE_INFINITY, 0, names == null ? null
            : names.row("claimWithin", ruleId(claimRule[j]), n.products().get(f.arcProduct[a]).id(),
                n.sites().get(f.arcSite[a]).id(), n.markets().get(f.arcMarket[a]).id(), t));
        model.addTerm(row, claimVar(j, t), 1);
        model.addTerm(row, f.ship(a, t), -1);
      }
      emitContentRows(f, bom, model, names, t);
      emitAssigned(bom, model, names, t);
    }
  }

  private void emitContentRows(Formulation f, BomRows bom, LinearModel model, Names names, int t) {
    int T = periods;
    for (int g = 0; g < groupKey.size(); g++) {
      int[] key = groupKey.get(g);
      int r = key[0];
      int d = key[1];
      Product p = n.products().get(key[2]);
      String dCountry = n.sites().get(d).country();
      double v = p.declaredCustomsValue().getAsDouble();
      // Per component: sum_i use - bom * sum claims = 0.
      Map<Integer, Integer> componentRow = new HashMap<>();
      for (Map.Entry<String, Double> c : p.components().entrySet()) {
        int row = model.addConstraint(0, 0, names == null ? null
            : names.row("claimComponents", ruleId(r), p.id(), c.getKey(), n.sites().get(d).id(), t));
        componentRow.put(n.productIndex(c.getKey()), row);
        for (int j : groupClaims.get(g)) {
          model.addTerm(row, claimVar(j, t), -c.getValue());
        }
      }
      boolean buildUp = r < originRuleCount && n.originRules().get(r).method() == ContentMethod.BUILD_UP;
      double share = r < originRuleCount
          ? (buildUp ? n.originRules().get(r).minContentShare() : 1 - n.originRules().get(r).minContentShare())
          : n.transshipmentRules().get(r - originRuleCount).maxForeignContentShare();
      int content = buildUp
          ? model.addConstraint(0, Double.POSITIVE_INFINITY, names == null ? null : names.row("content", ruleId(r), p.id(), n.sites().get(d).id(), t))
          : model.addConstraint(Double.NEGATIVE_INFINITY, 0, names == null ? null : names.row("content", ruleId(r), p.id(), n.sites().get(d).id(), t));
      for (int j : groupClaims.get(g)) {
        model.addTerm(content, claimVar(j, t), -share * v);
      }
      for (int u = 0; u < uses.size(); u++) {
        if (uses.get(u)[0] != g) {
          continue;
        }
        int i = uses.get(u)[1];
        model.addTerm(componentRow.get(uses.get(u)[2]), useVar(u, t), 1);
        boolean originating = originates(f, bom, r, i, dCountry);
        if (originating == buildUp) {
          model.addTerm(content, useVar(u, t), bom.value[i * T + t]);
        }
      }
    }
  }

  /** Whether flow i originates for rule r: from a member (with no rule of its own there), or from the assembly country. */
  private boolean originates(Formulation f, BomRows bom, int r, int i, String assemblyCountry) {
    String source = sourceCountry(n, f, bom, i);
    if (r >= originRuleCount) {
      return source.equals(assemblyCountry);
    }
    OriginRule rule = n.originRules().get(r);
    TradeAgreement g = n.agreements().stream().filter(x -> x.id().equals(rule.agreement())).findFirst().orElseThrow();
    return g.members().contains(source)
        && n.originRule(n.products().get(bom.product[i]).id(), rule.agreement()).isEmpty();
  }

  private void emitAssigned(BomRows bom, LinearModel model, Names names, int t) {
    Map<Integer, Integer> row = new HashMap<>();
    for (int u = 0; u < uses.size(); u++) {
      int i = uses.get(u)[1];
      Integer r = row.get(i);
      if (r == null) {
        r = model.addConstraint(Double.NEGATIVE_INFINITY, 0, names == null ? null
            : names.row("flowAssigned", n.products().get(bom.product[i]).id(), bom.source(i),
                n.sites().get(bom.toSite[i]).id(), t));
        model.addTerm(r, bom.variable(i, t), -1);
        row.put(i, r);
      }
      model.addTerm(r, useVar(u, t), 1);
    }
  }

  /** @return the claims with units, at the given values */
  List<OriginClaim> claims(Formulation f, double[] values) {
    List<OriginClaim> out = new ArrayList<>();
    for (int j = 0; j < claimArc.length; j++) {
      int a = claimArc[j];
      for (int t = 0; t < periods; t++) {
        double v = values[claimVar(j, t)];
        if (v > 1e-9) {
          out.add(new OriginClaim(ruleId(claimRule[j]), n.products().get(f.arcProduct[a]).id(),
              n.sites().get(f.arcSite[a]).id(), n.markets().get(f.arcMarket[a]).id(), t, v));
        }
      }
    }
    return out;
  }

  /** @return the content assignments with units, at the given values */
  List<ComponentUse> uses(BomRows bom, double[] values) {
    List<ComponentUse> out = new ArrayList<>();
    for (int t = 0; t < periods; t++) {
      for (int u = 0; u < uses.size(); u++) {
        double v = values[useVar(u, t)];
        if (v > 1e-9) {
          int[] key = groupKey.get(uses.get(u)[0]);
          int i = uses.get(u)[1];
          out.add(new ComponentUse(ComponentUse.Purpose.CONTENT, ruleId(key[0]), n.products().get(key[2]).id(),
              n.products().get(bom.product[i]).id(), bom.source(i), n.sites().get(key[1]).id(), t, v));
        }
      }
    }
    return out;
  }
}
