package dev.footprint.result;

import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The credits of investment-credit programs with a budget, given the site statuses (docs/model.md,
 * Investment-credit budgets): each site a program covers that opens in period o (by y[s,o] − y[s,o−1])
 * may be awarded up to the program's share of its capex in the network's money; an award is worth
 * the present value of the capex charges per unit of capex; the budget, undiscounted, goes to the
 * awards worth most first. That fill is the best the model can do with the statuses (a fractional
 * knapsack), so it is what the solver's awards cost at an optimum; it is computed here, apart from the
 * formulation, from {@link Pricing}.
 */
final class InvestmentAwards {
  /** Receives each award: the program, the site's country, its present value and the amount. */
  interface Sink {
    void accept(String program, String country, double value, double awarded);
  }

  private final Network n;
  private final Pricing price;

  InvestmentAwards(Network network, Pricing price) {
    this.n = network;
    this.price = price;
  }

  void award(Allocation a, Sink sink) {
    for (InvestmentCredit c : n.investmentCredits()) {
      if (c.budget().isEmpty()) {
        continue;
      }
      List<double[]> claims = new ArrayList<>(); // {site, most, value per unit}
      for (int s = 0; s < n.sites().size(); s++) {
        Site site = n.sites().get(s);
        if (site.kind() == SiteKind.EXISTING) {
          continue;
        }
        double previous = 0;
        for (int t = 0; t < n.periods(); t++) {
          double y = a.siteStatus(site.id(), t);
          double opened = y - previous;
          previous = y;
          if (!(opened > 0) || !price.investmentCreditCovers(c, s, t)) {
            continue;
          }
          double capex = price.capexIn(s, t);
          if (capex > 0) {
            claims.add(new double[] {s, opened * c.share() * capex, price.capexCharge(s, t) / capex});
          }
        }
      }
      claims.sort(Comparator.comparingDouble((double[] x) -> -x[2]));
      double left = c.budget().getAsDouble();
      for (double[] claim : claims) {
        double awarded = Math.min(claim[1], left);
        if (!(awarded > 0) || !(claim[2] > 0)) {
          break;
        }
        left -= awarded;
        sink.accept(c.id(), n.sites().get((int) claim[0]).country(), awarded * claim[2], awarded);
      }
    }
  }
}
