package dev.footprint.solve.internal;

import dev.footprint.model.Network;
import dev.footprint.solve.SolveOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The two-stage stochastic model: one copy of the formulation per regime, all sharing the site
 * decisions (non-anticipativity rows {@code active^k[s,t] = active^0[s,t]}), minimizing
 * {@code (1 - lambda) E[cost] + lambda CVaR_alpha(cost)} with
 * {@code CVaR_alpha = eta + (1/alpha) sum_k p_k u_k}, {@code u_k >= cost_k - eta}, {@code u_k >= 0}.
 */
public final class StochasticEngine {
  private StochasticEngine() {}

  /**
   * What one run produced.
   *
   * @param raw the backend's answer for the whole model
   * @param formulations one per regime
   * @param values per regime, the values of its own variables (null without a solution)
   * @param costs per regime, its own cost at the solution (NaN without one)
   * @param integer whether site decisions were integer
   * @param variables variables of the whole model
   * @param constraints constraints of the whole model
   */
  public record Run(RawResult raw, List<Formulation> formulations, List<double[]> values, double[] costs,
      boolean integer, int variables, int constraints) {}

  /**
   * @param regimes one network per regime; all must have the same sites and horizon
   * @param probabilities one per regime, adding up to 1
   * @param cvarWeight lambda in [0, 1]
   * @param alpha the tail share for CVaR, in (0, 1]
   * @param options solve options
   * @return the run
   */
  public static Run solve(List<Network> regimes, double[] probabilities, double cvarWeight, double alpha,
      SolveOptions options) {
    int k = regimes.size();
    List<Formulation> fs = new ArrayList<>();
    boolean integer = false;
    for (Network n : regimes) {
      Formulation f = new Formulation(n, options);
      Engine.checkGrid(f, options);
      fs.add(f);
      integer |= !options.relaxIntegrality() && f.hasIntegerDecisions();
    }
    Engine.checkBackend(options, integer);
    // The strongest scaling any regime asks for: the weighted copies have coefficients no larger.
    double scale = 1;
    for (Formulation f : fs) {
      scale = Math.min(scale, f.objectiveScale());
    }
    try (NativeModel model = NativeModel.create(options, integer)) {
      model.scaleObjective(scale);
      List<ShiftedModel> parts = new ArrayList<>();
      int offset = 0;
      for (int i = 0; i < k; i++) {
        ShiftedModel part = new ShiftedModel(model, offset, (1 - cvarWeight) * probabilities[i], null);
        fs.get(i).emit(part, integer, false);
        parts.add(part);
        offset += part.variables;
      }
      Formulation f0 = fs.get(0);
      for (int i = 1; i < k; i++) {
        for (int s = 0; s < f0.siteCount; s++) {
          for (int t = 0; t < f0.periods; t++) {
            int row = model.addConstraint(0, 0, null);
            model.addTerm(row, parts.get(i).variableOffset() + fs.get(i).active(s, t), 1);
            model.addTerm(row, parts.get(0).variableOffset() + f0.active(s, t), -1);
          }
        }
      }
      double constant = 0;
      for (int i = 0; i < k; i++) {
        constant += (1 - cvarWeight) * probabilities[i] * parts.get(i).offset;
      }
      if (cvarWeight > 0) {
        // eta and u_k are money: they are written in the backend's scaled money, as their rows are (the
        // model multiplies their objective coefficients by the scale, so they are given divided by it).
        int eta = model.addVariable(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, cvarWeight / scale,
            null);
        for (int i = 0; i < k; i++) {
          ShiftedModel part = parts.get(i);
          int u = model.addVariable(0, Double.POSITIVE_INFINITY, false,
              cvarWeight * probabilities[i] / alpha / scale, null);
          // s (u_k + eta - cost_k(x)) >= s offset_k, u_k and eta in scaled money
          int row = model.addConstraint(part.offset * scale, Double.POSITIVE_INFINITY, null);
          model.addTerm(row, u, 1);
          model.addTerm(row, eta, 1);
          for (int v = 0; v < part.variables; v++) {
            if (part.objective[v] != 0) {
              model.addTerm(row, part.variableOffset() + v, -part.objective[v] * scale);
            }
          }
        }
      }
      model.setObjectiveOffset(constant);
      int modelVariables = model.variables();
      int modelConstraints = model.constraints();
      RawResult raw = BackendRunner.run(model, options, integer, SolveControl.of(options), true);
      List<double[]> values = new ArrayList<>();
      double[] costs = new double[k];
      Arrays.fill(costs, Double.NaN);
      if (raw.status().hasAllocation()) {
        for (int i = 0; i < k; i++) {
          ShiftedModel part = parts.get(i);
          values.add(Arrays.copyOfRange(raw.values(), part.variableOffset(), part.variableOffset() + part.variables));
          costs[i] = part.cost(raw.values());
        }
      }
      return new Run(raw, fs, values, costs, integer, modelVariables, modelConstraints);
    }
  }

  /**
   * CVaR of a discrete distribution: the expected cost of the worst {@code alpha} probability mass.
   *
   * @param costs cost per outcome
   * @param probabilities probability per outcome, as many
   * @param alpha tail share in (0, 1]
   * @return the CVaR
   */
  public static double cvar(double[] costs, double[] probabilities, double alpha) {
    Integer[] order = new Integer[costs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(costs[b], costs[a]));
    double mass = 0;
    double sum = 0;
    for (int i : order) {
      if (alpha - mass <= 0) {
        break;
      }
      double take = Math.min(probabilities[i], alpha - mass);
      sum += take * costs[i];
      mass += take;
    }
    return sum / alpha;
  }
}
