package dev.footprint.solve.internal;

import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Policy;
import dev.footprint.model.Site;
import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Explains an infeasible model in domain terms: which demands cannot be supplied (and which sites
 * stand in the way), and which policies must give way and by how much. Every answer about which
 * constraints conflict comes from feasibility solves (yes or no, with no objective), so that every
 * backend gives the same answer; only the amounts come from an elastic solve that minimizes the
 * slacks, each relative to its row's size.
 *
 * <ol>
 *   <li>Physical: the model without its policies. If it is infeasible, demand gets a shortfall slack
 *       (capacity, site dynamics and bounds stay hard) and the smallest total relative shortfall is
 *       found; each demand short is reported with the sites that could supply it and why they do
 *       not (at capacity, not open yet, fixed inactive). For the steps below each demand may fall
 *       short by no more than it does in that solution (bounds, which every backend holds exactly).
 *   <li>Policies, in the network's order: each is added to those kept if the model stays feasible
 *       with it (a solution that already meets its rows counts as proof, saving the solve);
 *       otherwise it is one that must give way. The result is a minimal set: every policy in it
 *       conflicts with those kept, and the model is feasible without them.
 *   <li>Amounts: one elastic solve with the policies that must give way made soft tells by how much
 *       each of their rows is short, in the policy's own units (units made, jobs, capex).
 * </ol>
 * All solves together stay within the budget given; when it runs out the answer says what was left
 * unchecked. A sub-model the backend refuses as invalid is solved by SCIP instead.
 */
final class ElasticModel {
  private static final double INF = Double.POSITIVE_INFINITY;

  private final Network n;
  private final Formulation f;
  private final SolveOptions options;
  private final boolean integer;
  private final RecordedModel rec;
  private final PolicyRows policyRows;
  private final Names names;
  private final long deadline;
  /** Terms of the policy rows, by policy row: [start, end) into termVar / termCoef. */
  private final int[] policyTermStart;
  private final int[] policyTermVar;
  private final double[] policyTermCoef;
  private final List<String> findings = new ArrayList<>();

  /** The answer of one solve: status and the values of the formulation's variables, or null. */
  private record Outcome(SolveStatus status, double[] values, double objective) {
    boolean feasible() {
      return status.hasAllocation();
    }

    boolean decided() {
      return status.hasAllocation() || status == SolveStatus.INFEASIBLE;
    }
  }

  private ElasticModel(Network network, SolveOptions options, boolean integer, Formulation f, long deadline) {
    this.n = network;
    this.f = f;
    this.options = options;
    this.integer = integer;
    this.deadline = deadline;
    this.rec = new RecordedModel();
    f.emit(rec, integer, false);
    this.policyRows = f.policyRows();
    this.names = new Names(network);
    int rows = policyRows.count;
    policyTermStart = new int[rows + 1];
    for (int i = 0; i < rec.terms; i++) {
      int k = rec.termRow[i] - policyRows.firstRow;
      if (policyRows.firstRow >= 0 && k >= 0) {
        policyTermStart[k + 1]++;
      }
    }
    for (int k = 0; k < rows; k++) {
      policyTermStart[k + 1] += policyTermStart[k];
    }
    policyTermVar = new int[policyTermStart[rows]];
    policyTermCoef = new double[policyTermStart[rows]];
    int[] fill = java.util.Arrays.copyOf(policyTermStart, rows);
    for (int i = 0; i < rec.terms; i++) {
      int k = rec.termRow[i] - policyRows.firstRow;
      if (policyRows.firstRow >= 0 && k >= 0) {
        policyTermVar[fill[k]] = rec.termVar[i];
        policyTermCoef[fill[k]++] = rec.termCoef[i];
      }
    }
  }

  /**
   * @param network an infeasible network
   * @param options the options it was solved with
   * @param budget time for all the diagnosis's solves together, {@link Duration#ZERO} for no limit
   * @return a sentence naming the constraints that must give way, or null if the backend cannot say
   */
  static String diagnose(Network network, SolveOptions options, Duration budget) {
    long deadline = budget.isZero() ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
    Formulation f = new Formulation(network, options);
    boolean integer = !options.relaxIntegrality() && f.hasIntegerDecisions();
    if (integer && !options.backend().solvesIntegerModels()) {
      return null;
    }
    return new ElasticModel(network, options, integer, f, deadline).run();
  }

  private String run() {
    int policies = n.policies().size();
    boolean[] off = new boolean[policies];
    java.util.Arrays.fill(off, true);
    Outcome physical = solve(off, null, null);
    if (!physical.decided()) {
      return outOfTime("the model without its policies", List.of());
    }
    double[] shortfall = null;
    double[] witness = physical.values();
    if (!physical.feasible()) {
      Outcome least = solve(off, new double[0], null);
      if (!least.feasible()) {
        return outOfTime("the demands that cannot be supplied", List.of());
      }
      witness = least.values();
      shortfall = shortfallOf(witness);
      describeShortfall(witness);
    }
    // Policies in order: keep each one the model can take, the others must give way.
    List<Integer> giveWay = new ArrayList<>();
    List<String> unchecked = new ArrayList<>();
    for (int i = 0; i < policies; i++) {
      if (!unchecked.isEmpty()) {
        unchecked.add("'" + n.policies().get(i).id() + "'");
        continue;
      }
      off[i] = false;
      if (meets(witness, i)) {
        continue;
      }
      Outcome with = solve(off, shortfall, null);
      if (with.feasible()) {
        witness = with.values();
      } else if (with.decided()) {
        off[i] = true;
        giveWay.add(i);
      } else {
        off[i] = true;
        unchecked.add("'" + n.policies().get(i).id() + "'");
      }
    }
    if (!giveWay.isEmpty()) {
      boolean[] soft = new boolean[policies];
      for (int i : giveWay) {
        soft[i] = true;
        off[i] = false;
      }
      Outcome amounts = solve(off, shortfall, soft);
      for (int i : giveWay) {
        describePolicy(i, amounts.feasible() ? amounts.values() : null);
      }
    }
    if (findings.isEmpty()) {
      return unchecked.isEmpty() ? null : outOfTime("the policies", unchecked);
    }
    String answer = "the model becomes feasible only if these constraints give way: " + String.join("; ", findings);
    return unchecked.isEmpty() ? answer
        : answer + "; the diagnosis ran out of time before checking policies " + String.join(", ", unchecked);
  }

  private String outOfTime(String what, List<String> unchecked) {
    return "the model is infeasible; the diagnosis ran out of time while checking " + what
        + (unchecked.isEmpty() ? "" : " " + String.join(", ", unchecked));
  }

  /** Whether the values meet every row of policy i, to 1e-9 of the row's size. */
  private boolean meets(double[] values, int policy) {
    if (values == null) {
      return false;
    }
    for (int k = 0; k < policyRows.count; k++) {
      if (policyRows.policy[k] != policy) {
        continue;
      }
      int row = policyRows.firstRow + k;
      double activity = 0;
      double size = 1;
      for (int i = policyTermStart[k]; i < policyTermStart[k + 1]; i++) {
        double term = policyTermCoef[i] * values[policyTermVar[i]];
        activity += term;
        size = Math.max(size, Math.abs(term));
      }
      double lo = rec.rowLower[row];
      double hi = rec.rowUpper[row];
      size = Math.max(size, Math.max(Double.isInfinite(lo) ? 0 : Math.abs(lo), Double.isInfinite(hi) ? 0 : Math.abs(hi)));
      if (activity < lo - 1e-9 * size || activity > hi + 1e-9 * size) {
        return false;
      }
    }
    return true;
  }

  /**
   * Solves a variant of the model: the rows of the policies marked off are left out, the others
   * hard unless marked soft. Demand is hard when {@code shortfall} is null; otherwise each demand
   * row gets a shortfall slack, bounded by the demand and minimized relative to it when {@code
   * shortfall} is empty, or bounded by {@code shortfall[i]} (the i-th demand row, in the order of
   * {@link #forEachDemandRow}) with no objective. Soft policy rows get slacks minimized relative to
   * their rows' sizes. With no slack minimized there is no objective: a feasibility solve.
   */
  private Outcome solve(boolean[] off, double[] shortfall, boolean[] soft) {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      return new Outcome(SolveStatus.NO_SOLUTION, null, Double.NaN);
    }
    boolean minimizeShortfall = shortfall != null && shortfall.length == 0;
    boolean objective = soft != null || minimizeShortfall;
    try (OrToolsModel model = new OrToolsModel()) {
      model.reserve(rec.variables);
      for (int i = 0; i < rec.variables; i++) {
        model.addVariable(rec.varLower[i], rec.varUpper[i], rec.varInteger[i], 0, null);
      }
      int[] rowOf = new int[rec.rows];
      for (int r = 0; r < rec.rows; r++) {
        int k = policyRows.firstRow < 0 ? -1 : r - policyRows.firstRow;
        rowOf[r] = k >= 0 && off[policyRows.policy[k]] ? -1 : model.addConstraint(rec.rowLower[r], rec.rowUpper[r], null);
      }
      for (int i = 0; i < rec.terms; i++) {
        if (rowOf[rec.termRow[i]] >= 0) {
          model.addTerm(rowOf[rec.termRow[i]], rec.termVar[i], rec.termCoef[i]);
        }
      }
      if (shortfall != null) {
        int[] next = {0};
        forEachDemandRow((row, d) -> {
          double upper = minimizeShortfall ? d : shortfall[next[0]];
          next[0]++;
          if (upper > 0) {
            int v = model.addVariable(0, upper, false, minimizeShortfall ? 1 / Math.max(1, d) : 0, null);
            model.addTerm(rowOf[row], v, 1);
          }
        });
      }
      if (soft != null) {
        for (int k = 0; k < policyRows.count; k++) {
          if (!soft[policyRows.policy[k]]) {
            continue;
          }
          int row = policyRows.firstRow + k;
          double room = largestViolation(k);
          if (room > 0) {
            int v = model.addVariable(0, room, false, 1 / policySize(k), null);
            model.addTerm(rowOf[row], v, Double.isInfinite(rec.rowLower[row]) ? -1 : 1);
          }
        }
      }
      Duration limit = deadline == Long.MAX_VALUE ? Duration.ZERO : Duration.ofNanos(Math.max(1_000_000, left));
      SolveOptions o = options.withTimeLimit(limit)
          .withRelativeGap(objective ? Math.min(options.relativeGap(), 1e-9) : options.relativeGap());
      RawResult raw;
      try {
        raw = BackendRunner.run(model, o, integer);
      } catch (IllegalStateException refused) {
        if (o.backend() == Backend.SCIP) {
          throw refused;
        }
        // CP-SAT's MIP presolve in OR-Tools 9.15 calls some feasible models invalid (a demand row and
        // a home-share row over the same two shipments): SCIP answers for it.
        raw = BackendRunner.run(model, o.withBackend(Backend.SCIP), integer);
      }
      double[] values = raw.values() == null ? null : java.util.Arrays.copyOf(raw.values(), rec.variables);
      return new Outcome(raw.status(), values, raw.objective());
    }
  }

  /** The shortfall of each demand row in the values, in the order of {@link #forEachDemandRow}. */
  private double[] shortfallOf(double[] values) {
    List<Double> out = new ArrayList<>();
    int T = f.periods;
    for (int p = 0; p < f.productCount; p++) {
      for (int m = 0; m < f.marketCount; m++) {
        int pm = p * f.marketCount + m;
        for (int t = 0; t < T; t++) {
          if (f.demandRow(p, m, t) < 0) {
            continue;
          }
          double supplied = f.lostSlot[pm] >= 0 ? values[f.lost(f.lostSlot[pm], t)] : 0;
          for (int i = f.demandArcStart[pm]; i < f.demandArcStart[pm + 1]; i++) {
            supplied += values[f.ship(f.demandArcs[i], t)];
          }
          double d = f.demand(p, m, t);
          double gap = Math.max(0, d - supplied);
          out.add(gap > 1e-9 * Math.max(1, d) ? Math.min(d, gap * (1 + 1e-9) + 1e-9) : 0);
        }
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private interface DemandRow {
    void accept(int row, double demand);
  }

  private void forEachDemandRow(DemandRow action) {
    for (int p = 0; p < f.productCount; p++) {
      for (int m = 0; m < f.marketCount; m++) {
        for (int t = 0; t < f.periods; t++) {
          int row = f.demandRow(p, m, t);
          if (row >= 0) {
            action.accept(row, f.demand(p, m, t));
          }
        }
      }
    }
  }

  /** How far policy row k can be from its bound at worst: a finite upper bound for its slack. */
  private double largestViolation(int k) {
    int row = policyRows.firstRow + k;
    double min = 0;
    double max = 0;
    for (int i = policyTermStart[k]; i < policyTermStart[k + 1]; i++) {
      double c = policyTermCoef[i];
      int v = policyTermVar[i];
      min += Math.min(c * rec.varLower[v], c * rec.varUpper[v]);
      max += Math.max(c * rec.varLower[v], c * rec.varUpper[v]);
    }
    return Double.isInfinite(rec.rowLower[row]) ? Math.max(0, max - rec.rowUpper[row])
        : Math.max(0, rec.rowLower[row] - min);
  }

  /** The size a policy row's slack is measured against: its bound, or the product's demand. */
  private double policySize(int k) {
    Policy p = n.policies().get(policyRows.policy[k]);
    int t = policyRows.period[k];
    if (p instanceof Policy.HomeShare x) {
      return Math.max(1, totalDemand(n.productIndex(x.product()), t));
    } else if (p instanceof Policy.ConcentrationCap x) {
      return Math.max(1, totalDemand(n.productIndex(x.product()), t));
    }
    return Math.max(1, Math.abs(rec.rowLower[policyRows.firstRow + k]));
  }

  private double totalDemand(int p, int t) {
    double sum = 0;
    for (int m = 0; m < f.marketCount; m++) {
      sum += f.demand(p, m, t);
    }
    return sum;
  }

  /** Names each demand short in the values, with the sites that could supply it and why they do not. */
  private void describeShortfall(double[] values) {
    int T = f.periods;
    for (int p = 0; p < f.productCount; p++) {
      for (int m = 0; m < f.marketCount; m++) {
        int pm = p * f.marketCount + m;
        for (int t = 0; t < T; t++) {
          double d = f.demand(p, m, t);
          if (f.demandRow(p, m, t) < 0) {
            continue;
          }
          double supplied = f.lostSlot[pm] >= 0 ? values[f.lost(f.lostSlot[pm], t)] : 0;
          List<String> sites = new ArrayList<>();
          for (int i = f.demandArcStart[pm]; i < f.demandArcStart[pm + 1]; i++) {
            int a = f.demandArcs[i];
            supplied += values[f.ship(a, t)];
            sites.add(siteState(f.arcSite[a], t, values));
          }
          double shortBy = d - supplied;
          if (shortBy > 1e-6 * Math.max(1, d)) {
            Market market = n.markets().get(m);
            String product = n.products().get(p).id();
            findings.add(String.format(Locale.ROOT, "demand for '%s' in market '%s' (%s) in %s: %s of %s units "
                + "cannot be supplied (%s%s) [%s]", product, market.id(), market.country(), n.horizon().label(t),
                num(shortBy), num(d), sites.isEmpty() ? "no site may make it and reach the market"
                    : "sites that could: " + String.join(", ", sites),
                market.singleSource() && sites.size() > 1 ? "; the market is single-sourced: one site must supply"
                    + " all of it" : "", names.row("demand", product, market.id(), t)));
          }
        }
      }
    }
  }

  private String siteState(int s, int t, double[] values) {
    Site site = n.sites().get(s);
    int i = s * f.periods + t;
    if (f.activeUpper[i] == 0) {
      boolean fixed = options.fixedSiteStatus().containsKey(site.id());
      return "'" + site.id() + "' " + (fixed ? "fixed inactive in " + n.horizon().label(t)
          : site.mayBeActiveIn(t) ? "closed in " + n.horizon().label(t)
          : "not open before " + n.horizon().label(site.firstOpenPeriod()));
    }
    double cap = site.capacity().at(t);
    double used = 0;
    for (int a = f.siteArcStart[s]; a < f.siteArcStart[s + 1]; a++) {
      used += n.products().get(f.arcProduct[a]).capacityUsePerUnit() * values[f.ship(a, t)];
    }
    used += f.bomRows.capacityUsed(values, s, t);
    double available = cap * values[f.active(s, t)];
    if (LaborRows.ramps(f, s)) { // still ramping up: the capacity row's own coefficients
      double[] c = LaborRows.rampCoefficients(site, cap);
      available = 0;
      for (int k = 0; k < c.length && t - k >= 0; k++) {
        available += c[k] * values[f.active(s, t - k)];
      }
    }
    if (used >= available - 1e-6 * Math.max(1, cap)) {
      return "'" + site.id() + "' at capacity " + num(LaborRows.ramps(f, s) ? available : cap) + " [" + names.row("capacity", site.id(), t) + "]";
    }
    return "'" + site.id() + "' with " + num(available - used) + " capacity units to spare";
  }

  /** Names policy i and, when the elastic values are known, each of its rows that is short. */
  private void describePolicy(int i, double[] values) {
    Policy policy = n.policies().get(i);
    String what = describe(policy);
    List<String> rows = new ArrayList<>();
    for (int k = 0; k < policyRows.count; k++) {
      if (policyRows.policy[k] != i) {
        continue;
      }
      int row = policyRows.firstRow + k;
      int t = policyRows.period[k];
      String country = n.countries().get(policyRows.country[k]).id();
      String key = policy instanceof Policy.InvestmentPledge ? names.row("pledge", policy.id())
          : policy instanceof Policy.EmploymentFloor ? names.row("jobs", policy.id(), t)
          : policy instanceof Policy.HomeShare ? names.row("homeShare", policy.id(), t)
          : names.row("concentration", policy.id(), country, t);
      if (values == null) {
        rows.add("[" + key + "]");
        continue;
      }
      double activity = 0;
      for (int j = policyTermStart[k]; j < policyTermStart[k + 1]; j++) {
        activity += policyTermCoef[j] * values[policyTermVar[j]];
      }
      double gap = Double.isInfinite(rec.rowLower[row]) ? activity - rec.rowUpper[row] : rec.rowLower[row] - activity;
      if (!(gap > 1e-6 * policySize(k))) {
        continue;
      }
      String in = t < 0 ? "" : " in " + n.horizon().label(t);
      String amount = policy instanceof Policy.InvestmentPledge ? "capex short by " + num(gap * policyRows.unit[k])
          : policy instanceof Policy.EmploymentFloor ? num(gap) + " jobs short"
          : policy instanceof Policy.HomeShare ? country + " makes " + num(gap) + " units too few"
          : country + " makes " + num(gap) + " units too many";
      rows.add(amount + in + " [" + key + "]");
    }
    findings.add("policy '" + policy.id() + "' (" + what + "): "
        + (rows.isEmpty() ? "cannot hold together with the constraints kept" : String.join(", ", rows)));
  }

  private static String describe(Policy policy) {
    if (policy instanceof Policy.InvestmentPledge x) {
      return "investment pledge: at least " + num(x.minimumCapex()) + " of capex opened in " + x.country();
    } else if (policy instanceof Policy.EmploymentFloor x) {
      String jobs = x.minimumJobs().isConstant() ? num(x.minimumJobs().at(0)) : x.minimumJobs().toString();
      return "employment floor: at least " + jobs + " jobs in " + x.country();
    } else if (policy instanceof Policy.HomeShare x) {
      return "home share: at least " + num(100 * x.minimumShare()) + "% of " + x.product() + " made in "
          + x.country();
    }
    Policy.ConcentrationCap x = (Policy.ConcentrationCap) policy;
    return "concentration cap: no country makes more than " + num(100 * x.maximumShare()) + "% of " + x.product();
  }

  /** A figure with up to 6 significant digits and no trailing zeros. */
  static String num(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
