package dev.footprint.solve.internal;

import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * The budgets of investment-credit programs (docs/model.md, Investment-credit budgets). For a program
 * k with a budget B[k], each site s it covers and each period o in which s may open with its
 * construction starting within k's window, a variable {@code award[k,s,o]} in [0, κ_k · K̂[s,o]] is the
 * credit k awards s for opening in o, where K̂[s,o] is the capex of s in the network's money if it
 * opens in o, undiscounted. It is earned only by opening in o:
 * {@code award[k,s,o] - κ_k K̂[s,o] (y[s,o] - y[s,o-1]) <= 0}, and the awards fit the budget:
 * {@code sum_{s,o} award[k,s,o] <= B[k]}. An award is paid in step with the capex charges, so its
 * objective coefficient is {@code -C[s,o] / K̂[s,o]}, the present value of the charges per unit of
 * capex. The program's share is then left out of the site's capex coefficients ({@code SiteCosts}).
 */
final class InvestmentCapRows {
  /** Number of award variables. */
  int count;
  private int[] credit = new int[0]; // per variable: index of the program in the network
  private int[] site = new int[0];
  private int[] period = new int[0];
  private double[] most = new double[0]; // κ K̂
  private double[] cost = new double[0]; // objective coefficient, <= 0

  /** Finds the award variables of every program with a budget. */
  void index(Formulation f, SiteCosts costs) {
    Network n = f.n;
    int T = f.periods;
    List<double[]> vars = new ArrayList<>();
    for (int k = 0; k < n.investmentCredits().size(); k++) {
      InvestmentCredit c = n.investmentCredits().get(k);
      if (!SiteCosts.capped(c)) {
        continue;
      }
      for (int s = 0; s < f.siteCount; s++) {
        if (!n.investmentCreditCovers(c, s)) {
          continue;
        }
        for (int t = n.sites().get(s).firstOpenPeriod(); t < T; t++) {
          if (f.activeUpper[s * T + t] == 0 || !c.startsInWindow(t - n.sites().get(s).buildPeriods())) {
            continue;
          }
          double capex = costs.capexSpent(s, t);
          if (!(capex > 0) || c.share() == 0) {
            continue;
          }
          vars.add(new double[] {k, s, t, c.share() * capex, -costs.grossCharge(s, t) / capex});
        }
      }
    }
    count = vars.size();
    credit = new int[count];
    site = new int[count];
    period = new int[count];
    most = new double[count];
    cost = new double[count];
    for (int i = 0; i < count; i++) {
      double[] v = vars.get(i);
      credit[i] = (int) v[0];
      site[i] = (int) v[1];
      period[i] = (int) v[2];
      most[i] = v[3];
      cost[i] = v[4];
    }
  }

  /** @return the largest objective coefficient of an award, in absolute value */
  double largestCost() {
    return Formulation.largestAbs(cost);
  }

  /** Writes the award variables, in their order. */
  void emitVariables(Formulation f, LinearModel model, Names names) {
    for (int i = 0; i < count; i++) {
      model.addVariable(0, most[i], false, cost[i], names == null ? null
          : names.row("award", f.n.investmentCredits().get(credit[i]).id(), f.n.sites().get(site[i]).id(), period[i]));
    }
  }

  /** Writes the rows tying each award to its site's opening and each program's budget row. */
  void emitRows(Formulation f, LinearModel model, Names names) {
    Network n = f.n;
    for (int i = 0; i < count; i++) {
      String id = n.investmentCredits().get(credit[i]).id();
      String siteId = n.sites().get(site[i]).id();
      int t = period[i];
      // award[k,s,t] - κK̂ y[s,t] + κK̂ y[s,t-1] <= 0
      int row = model.addConstraint(Double.NEGATIVE_INFINITY, 0,
          names == null ? null : names.row("awardOnOpening", id, siteId, t));
      model.addTerm(row, f.award(i), 1);
      model.addTerm(row, f.active(site[i], t), -most[i]);
      if (t > 0) {
        model.addTerm(row, f.active(site[i], t - 1), most[i]);
      }
    }
    for (int k = 0; k < n.investmentCredits().size(); k++) {
      InvestmentCredit c = n.investmentCredits().get(k);
      if (!SiteCosts.capped(c)) {
        continue;
      }
      int row = -1;
      for (int i = 0; i < count; i++) {
        if (credit[i] != k) {
          continue;
        }
        if (row < 0) {
          row = model.addConstraint(Double.NEGATIVE_INFINITY, c.budget().getAsDouble(),
              names == null ? null : names.row("investmentBudget", c.id()));
        }
        model.addTerm(row, f.award(i), 1);
      }
    }
  }
}
