package dev.footprint.benchmarks;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Series;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.solve.Backend;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.internal.Engine;
import dev.footprint.solve.internal.Formulation;
import dev.footprint.solve.internal.LinearModel;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How tight the model is: per case and variant, the LP relaxation value, the MILP optimum (or
 * incumbent and bound at the limit), the root gap (MILP − LP) / |MILP|, the solve time and, for SCIP,
 * the branch-and-bound nodes; and what a few candidate tightenings would find to tighten. Not JMH: a
 * solve takes seconds to minutes, and variants are compared as ratios measured back to back in one JVM.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.footprint.benchmarks.TighteningRun \
 *     [CASES] [BACKENDS] [VARIANTS] [REPEATS] [LIMIT_SECONDS]
 * </pre>
 *
 * <p>Cases as in {@link BackendRun} (default {@code flagship,S,fl50x50-1,fl50x50-2,fl50x50-3}).
 * Backends: {@code HIGHS} is solved through {@code FootprintSolver.solve} (the library's whole call;
 * OR-Tools' model builder does not report HiGHS's node count); {@code SCIP} is solved on an {@code
 * MPSolver} built from the same {@code Formulation} with the library's parameters (gap 1e-6, one
 * thread, seed 0, the library's objective scaling), the route the library takes for SCIP, so that
 * {@code MPSolver.nodes()} can be read (its time is build and backend solve: no extraction or
 * verification). Variants (comma-separated, default {@code linking,nolinking}): {@code linking}, the
 * default options, and {@code nolinking}, {@code SolveOptions.withStrengthenLinking(false)}. The LP
 * relaxation is {@code withRelaxIntegrality(true)} with HiGHS, of the same model. Repeats (default 1)
 * give the median time; they interleave the variants, so that a change of load falls on all alike.
 * Time limit per solve (default 300 s).
 *
 * <p>Per case it also prints what the tightenings tried on 2026-12-01 (benchmarks/RESULTS.md,
 * Tightening) would find: the ship variables whose capacity bound (cap + step capacity) / u is below
 * their demand, the pledge coefficients above their row's right-hand side, the candidate sites
 * identical in every field but id and name (symmetry), and the arcs whose site can be active in no
 * period with demand on the arc (never usable).
 */
public final class TighteningRun {
  private TighteningRun() {}

  /**
   * @param args cases, backends, variants, repeats, limit in seconds (see the class comment)
   * @throws InterruptedException if interrupted while waiting for backend threads
   */
  public static void main(String[] args) throws InterruptedException {
    List<String> cases = List.of((args.length > 0 ? args[0] : "flagship,S,fl50x50-1,fl50x50-2,fl50x50-3").split(","));
    List<Backend> backends = Arrays.stream((args.length > 1 ? args[1] : "HIGHS,SCIP").split(","))
        .map(Backend::valueOf).toList();
    List<String> variants = List.of((args.length > 2 ? args[2] : "linking,nolinking").split(","));
    int repeats = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    Duration limit = Duration.ofMillis(Math.round(1000 * (args.length > 4 ? Double.parseDouble(args[4]) : 300)));
    Loader.loadNativeLibraries();
    List<String> table = new ArrayList<>();
    table.add("| case | variant | LP | backend | status | MILP (bound) | LP gap | s | nodes |");
    table.add("|---|---|---|---|---|---|---|---|---|");
    Network warm = BackendRun.instance("S");
    for (Backend b : backends) {
      FootprintSolver.create(SolveOptions.DEFAULT.withBackend(b)).solve(warm);
    }
    for (String c : cases) {
      Network n = BackendRun.instance(c);
      System.out.printf(Locale.ROOT, "# %s: ship bounds below demand %d, pledge coefficients above the right-hand side %d,"
          + " identical candidate groups %d, never-usable arcs %d%n", c, shipBoundsBelowDemand(n),
          pledgeCoefficientsAboveRhs(n), identicalCandidates(n), neverUsableArcs(n));
      Map<String, Double> lpValues = new HashMap<>();
      for (String v : variants) {
        SolveOptions options = options(v);
        Formulation f = new Formulation(n, options);
        Counter counter = new Counter();
        f.emit(counter, true, false);
        long t0 = System.nanoTime();
        Solution lp = FootprintSolver.create(options.withRelaxIntegrality(true).withTimeLimit(limit)).solve(n);
        double lpSeconds = (System.nanoTime() - t0) / 1e9;
        double lpValue = lp.hasAllocation() ? lp.objective() : Double.NaN;
        System.out.printf(Locale.ROOT, "# %s %s: %d vars, %d rows, %d nonzeros; LP %s %.10g in %.2f s%n", c, v,
            counter.variables, counter.rows, counter.terms, lp.status(), lpValue, lpSeconds);
        lpValues.put(v, lpValue);
      }
      // Repeats interleave the variants (A, B, A, B, ...), so that a change in the machine's load
      // during the run falls on every variant alike.
      Map<String, double[]> seconds = new HashMap<>();
      Map<String, Result> last = new HashMap<>();
      for (int i = 0; i < repeats; i++) {
        for (String v : variants) {
          SolveOptions options = options(v);
          for (Backend b : backends) {
            Result r = b == Backend.SCIP ? scip(n, options, limit) : library(n, options.withBackend(b), limit);
            seconds.computeIfAbsent(v + " " + b, k -> new double[repeats])[i] = r.seconds();
            last.put(v + " " + b, r);
            while (Engine.busyBackendThreads() > 0) {
              Thread.sleep(10);
            }
          }
        }
      }
      for (String v : variants) {
        for (Backend b : backends) {
          Result r = last.get(v + " " + b);
          double[] times = seconds.get(v + " " + b);
          double median = median(times);
          double lpValue = lpValues.get(v);
          double gap = (r.objective() - lpValue) / Math.abs(r.objective());
          System.out.printf(Locale.ROOT, "# %s %s %s %s %.10g bound %.10g LP gap %.4g%% times %s median %.3f s nodes %s%n",
              c, v, b, r.status(), r.objective(), r.bound(), 100 * gap, Arrays.toString(times), median,
              r.nodes() < 0 ? "n/a" : Long.toString(r.nodes()));
          table.add(String.format(Locale.ROOT, "| %s | %s | %.6g | %s | %s | %.8g (%.8g) | %.3f%% | %.2f | %s |",
              c, v, lpValue, b, r.status(), r.objective(), r.bound(), 100 * gap, median,
              r.nodes() < 0 ? "n/a" : Long.toString(r.nodes())));
        }
      }
    }
    System.out.println();
    table.forEach(System.out::println);
  }

  /** One solve: status, objective (incumbent), bound, seconds, nodes (-1 where not reported). */
  record Result(String status, double objective, double bound, double seconds, long nodes) {}

  static SolveOptions options(String variant) {
    return switch (variant) {
      case "linking" -> SolveOptions.DEFAULT;
      case "nolinking" -> SolveOptions.DEFAULT.withStrengthenLinking(false);
      default -> throw new IllegalArgumentException("variant " + variant + ": linking or nolinking");
    };
  }

  private static Result library(Network n, SolveOptions options, Duration limit) {
    long t0 = System.nanoTime();
    Solution s = FootprintSolver.create(options.withTimeLimit(limit)).solve(n);
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new Result(s.status().toString(), s.hasAllocation() ? s.objective() : Double.NaN, s.stats().bestBound(),
        seconds, -1);
  }

  /** SCIP on an MPSolver built from the formulation, as the library's SCIP route, to read its nodes. */
  private static Result scip(Network n, SolveOptions options, Duration limit) {
    Formulation f = new Formulation(n, options);
    double scale = f.objectiveScale();
    MpSolverSink sink = new MpSolverSink("SCIP");
    MPSolverParameters params = new MPSolverParameters();
    try {
      long t0 = System.nanoTime();
      f.emit(new Scaled(sink, scale), true, false);
      MPSolver solver = sink.solver();
      solver.suppressOutput();
      solver.setTimeLimit(limit.toMillis());
      params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, SolveOptions.DEFAULT.relativeGap());
      solver.setSolverSpecificParametersAsString(
          "parallel/maxnthreads = 1\nrandomization/randomseedshift = 0\nmisc/catchctrlc = FALSE");
      MPSolver.ResultStatus status = solver.solve(params);
      double seconds = (System.nanoTime() - t0) / 1e9;
      boolean has = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
      return new Result(status.toString(), has ? solver.objective().value() / scale : Double.NaN,
          has ? solver.objective().bestBound() / scale : Double.NaN, seconds, solver.nodes());
    } finally {
      params.delete();
      sink.close();
    }
  }

  static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /**
   * @param n a network
   * @return how many ship variables x[a,t] with demand have (cap[s,t] · max(1, largest ramp-up share) +
   *     Σ_k inc[k,t] · N[k] over the site's steps) / u[p] below d[p,m,t] (the tried SHIP_BOUNDS)
   */
  static int shipBoundsBelowDemand(Network n) {
    Formulation f = new Formulation(n, SolveOptions.DEFAULT);
    int count = 0;
    for (int a = 0; a < f.arcCount(); a++) {
      Site site = n.sites().get(f.arcSite(a));
      String product = n.products().get(f.arcProduct(a)).id();
      double use = n.products().get(f.arcProduct(a)).capacityUsePerUnit();
      Series d = n.markets().get(f.arcMarket(a)).demand().get(product);
      double share = 1;
      for (double r : site.rampUp()) {
        share = Math.max(share, r);
      }
      for (int t = 0; t < n.periods(); t++) {
        if (d.at(t) <= 0 || !site.mayBeActiveIn(t)) {
          continue;
        }
        double cap = site.capacity().at(t) * share;
        for (var k : n.capacitySteps()) {
          if (k.site().equals(site.id())) {
            cap += k.capacityIncrement().at(t) * k.maxCount();
          }
        }
        if (use > 0 && cap / use < d.at(t)) {
          count++;
        }
      }
    }
    return count;
  }

  /**
   * @param n a network
   * @return how many candidate sites of a pledged country (network's money, not closable) have capex
   *     above the pledge less the committed sites' capex (the tried PLEDGE_COEFFICIENTS)
   */
  static int pledgeCoefficientsAboveRhs(Network n) {
    int count = 0;
    for (var p : n.policies()) {
      if (!(p instanceof dev.footprint.model.Policy.InvestmentPledge x)) {
        continue;
      }
      double rest = x.minimumCapex();
      for (Site s : n.sites()) {
        if (s.country().equals(x.country()) && s.kind() == SiteKind.COMMITTED) {
          rest -= s.openingCapex();
        }
      }
      for (Site s : n.sites()) {
        if (s.country().equals(x.country()) && s.kind() == SiteKind.CANDIDATE && !s.closable()
            && rest > 0 && s.openingCapex() > rest) {
          count++;
        }
      }
    }
    return count;
  }

  /**
   * @param n a network
   * @return how many groups of two or more candidate sites are identical in every field but id and name
   */
  static int identicalCandidates(Network n) {
    Map<List<Object>, Integer> groups = new HashMap<>();
    for (Site s : n.sites()) {
      if (s.kind() != SiteKind.CANDIDATE) {
        continue;
      }
      List<Object> key = new ArrayList<>();
      for (RecordComponent rc : Site.class.getRecordComponents()) {
        if (rc.getName().equals("id") || rc.getName().equals("name")) {
          continue;
        }
        try {
          key.add(rc.getAccessor().invoke(s));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      groups.merge(key, 1, Integer::sum);
    }
    return (int) groups.values().stream().filter(k -> k > 1).count();
  }

  /**
   * @param n a network
   * @return the arcs (product, site, market) of its model whose site can be active in no period in
   *     which the market demands the product
   */
  static int neverUsableArcs(Network n) {
    Formulation f = new Formulation(n, SolveOptions.DEFAULT);
    int count = 0;
    for (int a = 0; a < f.arcCount(); a++) {
      Site site = n.sites().get(f.arcSite(a));
      Market market = n.markets().get(f.arcMarket(a));
      Series d = market.demand().get(n.products().get(f.arcProduct(a)).id());
      int first = site.kind() == SiteKind.EXISTING ? 0 : site.firstOpenPeriod();
      boolean usable = false;
      for (int t = first; t < n.periods() && !usable; t++) {
        usable = d.at(t) > 0;
      }
      if (!usable) {
        count++;
      }
    }
    return count;
  }

  /** Counts what a formulation writes, without a solver. */
  static final class Counter implements LinearModel {
    int variables;
    int rows;
    long terms;

    @Override
    public int addVariable(double lower, double upper, boolean integer, double objective, String name) {
      return variables++;
    }

    @Override
    public int addConstraint(double lower, double upper, String name) {
      return rows++;
    }

    @Override
    public void setConstraintBounds(int row, double lower, double upper) {}

    @Override
    public void addTerm(int row, int variable, double coefficient) {
      terms++;
    }

    @Override
    public void setObjectiveOffset(double offset) {}
  }

  /** Writes a model with its objective scaled, as the library gives it to a backend. */
  record Scaled(LinearModel target, double scale) implements LinearModel {
    Scaled {
      Objects.requireNonNull(target);
    }

    @Override
    public void reserve(int variables) {
      target.reserve(variables);
    }

    @Override
    public int addVariable(double lower, double upper, boolean integer, double objective, String name) {
      return target.addVariable(lower, upper, integer, objective * scale, name);
    }

    @Override
    public int addConstraint(double lower, double upper, String name) {
      return target.addConstraint(lower, upper, name);
    }

    @Override
    public void setConstraintBounds(int row, double lower, double upper) {
      target.setConstraintBounds(row, lower, upper);
    }

    @Override
    public void addTerm(int row, int variable, double coefficient) {
      target.addTerm(row, variable, coefficient);
    }

    @Override
    public void setObjectiveOffset(double offset) {
      target.setObjectiveOffset(offset * scale);
    }
  }
}
