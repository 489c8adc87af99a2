package dev.footprint.benchmarks;

import dev.footprint.analysis.Parameters;
import dev.footprint.analysis.Sweep;
import dev.footprint.examples.KoreaUsStudy;
import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import dev.footprint.model.TariffMeasure;
import dev.footprint.solve.Backend;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.LiveModel;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.SolveStatus;
import dev.footprint.solve.internal.Formulation;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A tariff-rate sweep, one whole sweep per operation: {@link #points} solves of the same network
 * with one tariff rate stepped evenly from 0 to 50%, each solved with the default options except the
 * backend and a time limit per solve (verification on).
 *
 * <ul>
 *   <li>{@code IN_PLACE}: one {@link LiveModel} opened for the sweep; per point
 *       {@code update(network at rate r)} and {@code solve()}, which change only the coefficients that
 *       differ and hint the previous solution.
 *   <li>{@code REBUILD}: per point {@code FootprintSolver.solve(network at rate r)}, which builds the
 *       model anew.
 * </ul>
 *
 * <p>Both run in one JMH run so that their ratio is meaningful. The networks of all points are made
 * once per trial and not measured. Instances: {@code FLAGSHIP} is {@link KoreaUsStudy} under
 * {@code NO_DEAL} with the pledge, sweeping Korea's reciprocal rate ({@code ieepa-KR-25});
 * {@code S} is the generated size-S network sweeping the MFN rate into country C0.
 *
 * <p>The backend is a parameter, SCIP (the library's default when these results were recorded)
 * unless told otherwise ({@code -p backend=HIGHS}). Live models pass the previous solution as a hint
 * to CP-SAT only: HiGHS in OR-Tools 9.15 crashed on a hinted model; see HOWTO.md. A flagship point takes about
 * 2 s with SCIP on two cores, so a sweep is one single-shot operation, with no warmup iteration (the
 * JIT is warm after the first points): 1000 points take about half an hour per way, and
 * {@code -p points=100} gives the ratio in a tenth of that.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class SweepBenchmark extends AbstractBenchmark {
  /** The highest rate of the sweep, a fraction. */
  public static final double MAX_RATE = 0.5;

  /** How a point is solved. */
  public enum Way {
    /** One live model, updated in place per point. */
    IN_PLACE,
    /** A fresh build and solve per point. */
    REBUILD,
    /**
     * {@link Sweep#run} with {@code skipBetweenEqual}: one live model, solving only where the optimal
     * allocation can change (the tariff rate moves cost coefficients only, so the optimal cost is
     * concave in it); other points take the allocation shared by their solved neighbours, costed and
     * verified at their own rate.
     */
    SKIP_EQUAL
  }

  /** The network swept. */
  @Param({"FLAGSHIP"})
  public String instance;

  /** Solves per sweep. */
  @Param({"1000"})
  public int points;

  /** The backend of every solve. */
  @Param({"SCIP"})
  public Backend backend;

  /** The wall-clock limit of one solve, seconds. */
  @Param({"60"})
  public int timeLimitSeconds;

  /** How each point is solved. */
  @Param({"IN_PLACE", "REBUILD", "SKIP_EQUAL"})
  public Way way;

  private Network[] networks;
  private Network base;
  private String tariffId;
  private double[] rates;
  private int solves;
  private FootprintSolver solver;
  private int rebuilds;
  private int notOptimal;
  private double objectiveSum;

  /** Makes the network of every point. */
  @Setup(Level.Trial)
  public void setUp() {
    if (points < 1) {
      throw new IllegalArgumentException("points = " + points + ": must be at least 1");
    }
    switch (instance) {
      case "FLAGSHIP" -> {
        base = KoreaUsStudy.network(KoreaUsStudy.Regime.NO_DEAL, true);
        tariffId = "ieepa-KR-25";
      }
      case "S" -> {
        base = network(NetworkGenerator.Size.S);
        tariffId = "mfn-C0";
      }
      default -> throw new IllegalArgumentException("instance = " + instance + ": must be FLAGSHIP or S");
    }
    TariffMeasure measure = base.tariffs().stream().filter(t -> t.id().equals(tariffId)).findFirst()
        .orElseThrow(() -> new IllegalStateException(instance + " has no tariff measure '" + tariffId + "'"));
    networks = new Network[points];
    rates = new double[points];
    for (int i = 0; i < points; i++) {
      rates[i] = points == 1 ? 0 : MAX_RATE * i / (points - 1);
      networks[i] = base.toBuilder().replaceTariff(withRate(measure, rates[i])).build();
    }
    solver = FootprintSolver.create(SolveOptions.DEFAULT.withBackend(backend)
        .withTimeLimit(Duration.ofSeconds(timeLimitSeconds)));
    describe(instance + " (MILP, sweep of " + tariffId + " over " + points + " points)", base, solver.options(),
        new Formulation(base, solver.options()).hasIntegerDecisions());
  }

  private static TariffMeasure withRate(TariffMeasure m, double rate) {
    return new TariffMeasure(m.id(), m.destination(), m.origins(), m.scope(), m.periods(), rate,
        m.specificDutyPerUnit(), m.rule());
  }

  /** @return the sum of the objectives over the sweep */
  @Benchmark
  public double sweep() {
    double sum = 0;
    if (way == Way.SKIP_EQUAL) {
      Sweep sweep = Sweep.run(solver, base, Parameters.tariffRate(tariffId), rates, true);
      for (Sweep.Point p : sweep.points()) {
        if (p.summary().status() != SolveStatus.OPTIMAL) {
          notOptimal++;
        }
        sum += p.summary().objective();
      }
      solves = sweep.solves();
    } else if (way == Way.IN_PLACE) {
      try (LiveModel live = solver.open(networks[0])) {
        for (Network n : networks) {
          if (!live.update(n)) {
            rebuilds++;
          }
          sum += objective(live.solve());
        }
      }
    } else {
      for (Network n : networks) {
        sum += objective(solver.solve(n));
      }
    }
    objectiveSum = sum;
    return sum;
  }

  private double objective(Solution s) {
    if (!s.hasAllocation()) {
      throw new IllegalStateException("a sweep point has no allocation: " + s.status());
    }
    if (s.status() != SolveStatus.OPTIMAL) {
      notOptimal++;
    }
    return s.objective();
  }

  /**
   * Prints the sum of objectives (equal for both ways up to the gap), the points that stopped at the
   * time limit, and any point that was rebuilt instead of updated in place.
   */
  @TearDown(Level.Trial)
  public void tearDown() {
    System.out.printf(Locale.ROOT, "%n# %s %s %s: last sweep's objective sum %.10g; over the trial, points"
        + " not proven optimal (time limit): %d, points rebuilt instead of updated in place: %d; solves in the"
        + " last sweep: %d%n", instance, way, backend, objectiveSum, notOptimal, rebuilds,
        way == Way.SKIP_EQUAL ? solves : points);
  }
}
