package dev.footprint.analysis;

import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.result.Figures;
import dev.footprint.solve.Backend;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.Solution;
import dev.footprint.solve.internal.Engine;
import dev.footprint.solve.internal.Formulation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shadow prices and reduced costs of a solution's allocation with its site decisions fixed (and, in
 * single-sourced markets, the site each demand is served from): the linear program left once the
 * footprint is chosen, solved by Glop for its duals.
 *
 * <p>A capacity shadow price is what one more unit of capacity at a site in a period would save; a
 * demand shadow price is what one more unit demanded would cost; a lane's reduced cost is how much
 * cheaper per unit an unused shipment lane would have to be before it is used. They hold for small
 * changes that keep the same footprint and the same basis. Which site to open at all is a break-even
 * question: see {@link BreakEven}. Every marginal value is in the network's money
 * ({@link dev.footprint.model.Network#money()}), present value.
 *
 * @param objective the cost of the fixed-footprint linear program (equal to the solution's cost)
 * @param capacity per active site and period, the value of one more unit of capacity (present value)
 * @param demand per product, market and period, the cost of one more unit of demand (present value)
 * @param lanes per unused lane at an active site, its reduced cost per unit (present value)
 */
public record Sensitivity(double objective, List<Price> capacity, List<Price> demand, List<Price> lanes) {

  /**
   * One marginal value.
   *
   * @param key what it is about, such as {@code KR-Ulsan,2026}
   * @param value the network's money per unit, present value
   * @param meaning the same in words
   */
  public record Price(String key, double value, String meaning) {
    /**
     * Validates.
     *
     * @param key what it is about, such as {@code KR-Ulsan,2026}
     * @param value the network's money per unit, present value
     * @param meaning the same in words
     */
    public Price {
      AnalysisLimits.require(key, "price.key");
      AnalysisLimits.require(meaning, "price '" + key + "': meaning");
    }
  }

  /**
   * Copies.
   *
   * @param objective the cost of the fixed-footprint linear program (equal to the solution's cost)
   * @param capacity per active site and period, the value of one more unit of capacity (present value)
   * @param demand per product, market and period, the cost of one more unit of demand (present value)
   * @param lanes per unused lane at an active site, its reduced cost per unit (present value)
   */
  public Sensitivity {
    capacity = List.copyOf(AnalysisLimits.requireAll(capacity, "sensitivity.capacity"));
    demand = List.copyOf(AnalysisLimits.requireAll(demand, "sensitivity.demand"));
    lanes = List.copyOf(AnalysisLimits.requireAll(lanes, "sensitivity.lanes"));
  }

  /**
   * @param solver the solver whose options (other than backend and fixings) to use
   * @param solution a solution with an allocation
   * @return its sensitivity
   * @throws IllegalStateException if the solution has no allocation or the fixed LP fails
   */
  public static Sensitivity of(FootprintSolver solver, Solution solution) {
    AnalysisLimits.require(solver, "solver");
    AnalysisLimits.require(solution, "solution");
    Network n = solution.network();
    int periods = n.periods();
    Map<String, List<Boolean>> fixed = new HashMap<>();
    for (Site s : n.sites()) {
      List<Boolean> flags = new ArrayList<>();
      for (int t = 0; t < periods; t++) {
        flags.add(solution.allocation().isActive(s.id(), t));
      }
      fixed.put(s.id(), flags);
    }
    SolveOptions options = solver.options().withBackend(Backend.GLOP).withRelaxIntegrality(false)
        .withFixedSiteStatus(fixed);
    Engine.Run run = Engine.solveWithSourcingOf(n, options, solution.allocation());
    if (!run.raw().status().hasAllocation() || run.raw().duals() == null) {
      throw new IllegalStateException("the fixed-footprint LP ended " + run.raw().status() + " ("
          + run.raw().backendStatus() + ")");
    }
    Formulation f = run.formulation();
    double[] duals = run.raw().duals();
    double[] reduced = run.raw().reducedCosts();
    double[] values = run.raw().values();
    String money = n.money().label();
    List<Price> capacity = new ArrayList<>();
    for (int s = 0; s < n.sites().size(); s++) {
      for (int t = 0; t < periods; t++) {
        int row = f.capacityRow(s, t);
        if (row >= 0) {
          double v = -duals[row];
          String key = n.sites().get(s).id() + "," + n.horizon().label(t);
          capacity.add(new Price(key, clean(v), String.format(Locale.ROOT,
              "one more unit of capacity at %s in %s is worth %s %s (present value)", n.sites().get(s).id(),
              n.horizon().label(t), Figures.money(v), money)));
        }
      }
    }
    List<Price> demand = new ArrayList<>();
    for (int p = 0; p < n.products().size(); p++) {
      for (int m = 0; m < n.markets().size(); m++) {
        for (int t = 0; t < periods; t++) {
          int row = f.demandRow(p, m, t);
          if (row >= 0) {
            double v = duals[row];
            String key = n.products().get(p).id() + "," + n.markets().get(m).id() + "," + n.horizon().label(t);
            demand.add(new Price(key, clean(v), String.format(Locale.ROOT,
                "one more %s of %s demanded in %s in %s costs %s %s (present value)", n.products().get(p).unit(),
                n.products().get(p).id(), n.markets().get(m).id(), n.horizon().label(t), Figures.money(v),
                money)));
          }
        }
      }
    }
    List<Price> lanes = new ArrayList<>();
    for (int a = 0; a < f.arcCount(); a++) {
      int s = f.arcSite(a);
      for (int t = 0; t < periods; t++) {
        int v = f.shipVariable(a, t);
        if (f.capacityRow(s, t) >= 0 && values[v] <= 1e-9 && reduced[v] > 1e-9) {
          String key = n.products().get(f.arcProduct(a)).id() + "," + n.sites().get(s).id() + ","
              + n.markets().get(f.arcMarket(a)).id() + "," + n.horizon().label(t);
          lanes.add(new Price(key, reduced[v], String.format(Locale.ROOT,
              "shipping %s from %s to %s in %s would need to cost %s %s less per %s (present value) to be used",
              n.products().get(f.arcProduct(a)).id(), n.sites().get(s).id(), n.markets().get(f.arcMarket(a)).id(),
              n.horizon().label(t), Figures.money(reduced[v]), money, n.products().get(f.arcProduct(a)).unit())));
        }
      }
    }
    return new Sensitivity(run.raw().objective(), capacity, demand, lanes);
  }

  private static double clean(double v) {
    return v == 0 ? 0 : v; // no -0.0 in reports
  }
}
