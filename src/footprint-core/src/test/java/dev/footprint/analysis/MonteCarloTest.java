package dev.footprint.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.SolveOptions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/**
 * Monte Carlo on {@link TestNetworks#twoSites} at tariff rate 0.1 with B's wage w drawn from
 * Normal(5, 1). A unit from SB costs 10 + 2w (production, the customs value) + 3 + 0.1*(10 + 2w) =
 * 14 + 2.2w, below SA's 50 for any w < 16.4, so SB makes 60 and SA 60: cost 60*(14 + 2.2w) + 3000
 * = 3840 + 132w. Its mean is 3840 + 132*5 = 4500 and its standard deviation 132.
 */
class MonteCarloTest {
  private static final FootprintSolver SOLVER = FootprintSolver.create();
  private static final Network BASE = TestNetworks.twoSites(0.1, 200);
  private static final List<Uncertainty> WAGE_B =
      List.of(Uncertainty.of(Parameters.wage("B"), new NormalDistribution(5, 1)));

  private static double wageOf(Network n) {
    return n.country("B").laborCostPerHour().at(0);
  }

  /** The hand cost of sample i: 3840 + 132 w_i, with w_i B's wage in the sample's network. */
  private static double handCost(long seed, int i) {
    return 3840 + 132 * wageOf(MonteCarlo.draw(BASE, WAGE_B, seed, i));
  }

  /**
   * Decomposed, the samples reuse earlier batches' footprints: still the same costs on any thread count,
   * and each sample's cost the whole model's, up to the gap (a generated S network, its C1 wage drawn
   * from Normal(5.8, 1.5); 17 samples, three batches).
   */
  @Test
  void decomposedSamplesReuseFootprintsAndKeepTheirOptima() {
    Network s = NetworkGenerator.generate(NetworkGenerator.Size.S, 1);
    List<Uncertainty> wage = List.of(Uncertainty.of(Parameters.wage("C1"), new NormalDistribution(5.8, 1.5)));
    FootprintSolver decomposing = FootprintSolver.create(SolveOptions.DEFAULT
        .withDecomposition(SolveOptions.Decomposition.BENDERS));
    int n = 2 * MonteCarlo.REUSE_BATCH + 1;
    MonteCarlo one = MonteCarlo.run(decomposing, s, wage, n, 5, 1, null, null);
    MonteCarlo three = MonteCarlo.run(decomposing, s, wage, n, 5, 3, null, null);
    MonteCarlo whole = MonteCarlo.run(SOLVER, s, wage, n, 5, 2, null, null);
    assertEquals(n, one.completed());
    assertArrayEquals(one.costs(), three.costs(), 1e-9);
    for (int i = 0; i < n; i++) {
      assertEquals(whole.costs()[i], one.costs()[i], 1e-6 * Math.abs(whole.costs()[i]), "sample " + i);
    }
  }

  @Test
  void sameSeedGivesTheSameCostsOnAnyThreadCount() {
    int n = 80;
    MonteCarlo one = MonteCarlo.run(SOLVER, BASE, WAGE_B, n, 42, 1, null, null);
    MonteCarlo two = MonteCarlo.run(SOLVER, BASE, WAGE_B, n, 42, 2, null, null);
    MonteCarlo four = MonteCarlo.run(SOLVER, BASE, WAGE_B, n, 42, 4, null, null);
    for (MonteCarlo mc : List.of(one, two, four)) {
      assertEquals(n, mc.samples());
      assertEquals(n, mc.completed());
      assertFalse(mc.cancelled());
      assertEquals(n, mc.costs().length);
      assertEquals(n, mc.summaries().size());
    }
    assertArrayEquals(one.costs(), two.costs(), 1e-9);
    assertArrayEquals(one.costs(), four.costs(), 1e-9);
    for (int i = 0; i < n; i++) {
      assertEquals(handCost(42, i), one.costs()[i], 1e-6, "sample " + i);
      assertEquals(one.costs()[i], one.summaries().get(i).objective(), 0);
    }
    // every sample draws its own wage
    assertEquals(n, Arrays.stream(one.costs()).distinct().count());

    MonteCarlo other = MonteCarlo.run(SOLVER, BASE, WAGE_B, n, 43, 4, null, null);
    assertFalse(Arrays.equals(one.costs(), other.costs()));
    int same = 0;
    for (int i = 0; i < n; i++) {
      assertEquals(handCost(43, i), other.costs()[i], 1e-6, "seed 43 sample " + i);
      same += one.costs()[i] == other.costs()[i] ? 1 : 0;
    }
    assertEquals(0, same, "seeds 42 and 43 share samples");
  }

  /**
   * The draws follow Normal(5, 1): Kolmogorov-Smirnov p-value above 0.001 on 200 draws (a false
   * alarm once in a thousand seeds; the seed is fixed, so the test is deterministic). The costs are
   * 3840 + 132 w, so their mean is within 4 standard errors (4 * 132 / sqrt(200) = 37.3) of 4500,
   * and, the cost being increasing and linear in w, each cost percentile is 3840 + 132 times the same
   * percentile of w. The percentiles equal Commons Math's {@link Percentile} on the costs and a
   * by-hand implementation of its default (R6) estimate: position p(n + 1)/100, linear between the
   * sorted neighbours.
   */
  @Test
  void distributionMeanAndPercentiles() {
    int n = 200;
    MonteCarlo mc = MonteCarlo.run(SOLVER, BASE, WAGE_B, n, 7, 4, null, null);
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = wageOf(MonteCarlo.draw(BASE, WAGE_B, 7, i));
      assertEquals(3840 + 132 * w[i], mc.costs()[i], 1e-6);
    }
    double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(5, 1), w);
    assertTrue(p > 1e-3, "KS p-value " + p);

    double mean = Arrays.stream(mc.costs()).sum() / n;
    assertEquals(mean, mc.mean(), 1e-9 * mean);
    assertEquals(4500, mc.mean(), 4 * 132 / Math.sqrt(n));

    double[] sorted = mc.costs().clone();
    Arrays.sort(sorted);
    for (double q : new double[] {1, 5, 25, 50, 75, 95, 100}) {
      double commons = new Percentile().evaluate(mc.costs(), q);
      assertEquals(commons, mc.percentile(q), 1e-9 * commons, "P" + q);
      assertEquals(r6(sorted, q), mc.percentile(q), 1e-9 * commons, "P" + q + " by hand");
      assertEquals(3840 + 132 * new Percentile().evaluate(w, q), mc.percentile(q), 1e-6, "P" + q + " from w");
    }
    assertEquals(sorted[0], mc.percentile(0.1), 0);
    assertEquals(sorted[n - 1], mc.percentile(100), 0);
    // P95 of Normal(4500, 132) is 4500 + 1.645*132 = 4717; the sample quantile's standard error is
    // sqrt(0.05*0.95/200) / phi(1.645) * 132 = 20, so 4 of them: 80
    assertEquals(4500 + 1.6449 * 132, mc.percentile(95), 80);
    assertTrue(mc.report().contains(n + " of " + n + " samples"), mc.report());
    // the report's figures, whole USD (they are above 1,000), against the hand costs 3840 + 132 w
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("200 of 200 samples; cost \\(USD\\): mean ([0-9,]+), "
        + "P5 ([0-9,]+), P50 ([0-9,]+), P95 ([0-9,]+)").matcher(mc.report().lines().findFirst().orElseThrow());
    assertTrue(m.matches(), mc.report());
    double[] hand = {3840 + 132 * Arrays.stream(w).average().orElseThrow(), 3840 + 132 * new Percentile().evaluate(w, 5),
        3840 + 132 * new Percentile().evaluate(w, 50), 3840 + 132 * new Percentile().evaluate(w, 95)};
    for (int k = 0; k < 4; k++) {
      assertEquals(hand[k], Double.parseDouble(m.group(k + 1).replace(",", "")), 0.5 + 1e-6, mc.report());
    }
  }

  /** Percentile estimate R6 (Commons Math's default), written out. */
  private static double r6(double[] sorted, double p) {
    int n = sorted.length;
    double pos = p * (n + 1) / 100;
    if (pos < 1) {
      return sorted[0];
    }
    if (pos >= n) {
      return sorted[n - 1];
    }
    int lower = (int) Math.floor(pos);
    double d = pos - lower;
    return sorted[lower - 1] + d * (sorted[lower] - sorted[lower - 1]);
  }

  /**
   * Three tariff regimes: rate 0 (p 0.2; cost 60*23 + 3000 = 4380), 0.5 (p 0.5; 60*33 + 3000 =
   * 4980) and 2 (p 0.3; above the 1.35 flip, SA makes all: 6000). Each cost identifies its regime.
   * Over N = 400 samples each regime's frequency is within 4 binomial standard deviations
   * 4*sqrt(p(1 - p)/400) of its probability: 0.080, 0.100, 0.092. B makes half of the widgets exactly
   * in the two low regimes, so its placement frequency (share >= 0.4) is their summed frequency.
   */
  @Test
  void discreteRegimesAreSampledAtTheirProbabilities() {
    Parameter rate = Parameters.tariffRate("a-on-b");
    Uncertainty regimes = Uncertainty.regimes("tariff regime", List.of(
        new Uncertainty.Regime("none", 0.2, n -> rate.at(n, 0)),
        new Uncertainty.Regime("mid", 0.5, n -> rate.at(n, 0.5)),
        new Uncertainty.Regime("high", 0.3, n -> rate.at(n, 2))));
    assertEquals("tariff regime", regimes.name());
    int n = 400;
    MonteCarlo mc = MonteCarlo.run(SOLVER, BASE, List.of(regimes), n, 2024, 4, null, null);
    assertEquals(n, mc.completed());
    double[] costs = {4380, 4980, 6000};
    double[] probabilities = {0.2, 0.5, 0.3};
    int[] count = new int[3];
    for (double c : mc.costs()) {
      int k = -1;
      for (int j = 0; j < 3; j++) {
        if (Math.abs(c - costs[j]) < 1e-6) {
          k = j;
        }
      }
      assertTrue(k >= 0, "cost " + c + " matches no regime");
      count[k]++;
    }
    for (int j = 0; j < 3; j++) {
      double f = (double) count[j] / n;
      double sd = Math.sqrt(probabilities[j] * (1 - probabilities[j]) / n);
      assertEquals(probabilities[j], f, 4 * sd, "regime " + j + ": " + count[j] + " of " + n);
    }
    Map<String, Map<String, Double>> placed = mc.placementFrequency(0.4);
    assertEquals((double) (count[0] + count[1]) / n, placed.get("widget").getOrDefault("B", 0.0), 1e-9);
    assertEquals(1.0, placed.get("widget").get("A"), 1e-9);
    assertEquals(Map.of(), mc.openingFrequency());
    double mean = (count[0] * 4380.0 + count[1] * 4980.0 + count[2] * 6000.0) / n;
    assertEquals(mean, mc.mean(), 1e-6);
  }

  /**
   * One thread, samples in order: the progress callback cancels when 5 are done, so the run stops
   * with exactly 5 completed (the later tasks see the flag and return), whose costs are those of
   * samples 0..4 by hand. With 3 threads at most the samples in flight finish after the flag.
   */
  @Test
  void cancellationKeepsTheSamplesDone() {
    AtomicBoolean cancel = new AtomicBoolean();
    MonteCarlo mc = MonteCarlo.run(SOLVER, BASE, WAGE_B, 60, 11, 1, (done, total) -> {
      if (done == 5) {
        cancel.set(true);
      }
    }, cancel);
    assertTrue(mc.cancelled());
    assertEquals(60, mc.samples());
    assertEquals(5, mc.completed());
    assertEquals(5, mc.costs().length);
    for (int i = 0; i < 5; i++) {
      assertEquals(handCost(11, i), mc.costs()[i], 1e-6);
    }

    AtomicBoolean cancel3 = new AtomicBoolean();
    MonteCarlo mc3 = MonteCarlo.run(SOLVER, BASE, WAGE_B, 60, 11, 3, (done, total) -> {
      if (done >= 5) {
        cancel3.set(true);
      }
    }, cancel3);
    assertTrue(mc3.cancelled());
    assertTrue(mc3.completed() >= 5 && mc3.completed() <= 5 + 2, "completed " + mc3.completed());
    assertEquals(mc3.completed(), mc3.costs().length);

    // cancelled before the start: nothing runs
    MonteCarlo none = MonteCarlo.run(SOLVER, BASE, WAGE_B, 10, 11, 2, null, new AtomicBoolean(true));
    assertTrue(none.cancelled());
    assertEquals(0, none.completed());
    assertTrue(Double.isNaN(none.mean()));
  }

  /** The callback runs once per completed sample, with done = 1..N each once and the total N. */
  @Test
  void progressIsReportedOncePerSample() {
    AtomicInteger calls = new AtomicInteger();
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    AtomicBoolean wrongTotal = new AtomicBoolean();
    MonteCarlo mc = MonteCarlo.run(SOLVER, BASE, WAGE_B, 40, 5, 4, (done, total) -> {
      calls.incrementAndGet();
      seen.add(done);
      if (total != 40) {
        wrongTotal.set(true);
      }
    }, null);
    assertEquals(mc.completed(), calls.get());
    assertEquals(40, calls.get());
    assertEquals(40, seen.size());
    for (int d = 1; d <= 40; d++) {
      assertTrue(seen.contains(d), "done = " + d);
    }
    assertFalse(wrongTotal.get());
  }

  @Test
  void regimeProbabilitiesMustAddUpToOne() {
    Uncertainty.Regime a = new Uncertainty.Regime("a", 0.5, n -> n);
    assertThrows(IllegalArgumentException.class,
        () -> Uncertainty.regimes("r", List.of(a, new Uncertainty.Regime("b", 0.4, n -> n))));
    assertThrows(IllegalArgumentException.class,
        () -> Uncertainty.regimes("r", List.of(a, new Uncertainty.Regime("b", 0.6, n -> n))));
    assertThrows(IllegalArgumentException.class, () -> Uncertainty.regimes("r", List.of(
        new Uncertainty.Regime("a", 1.2, n -> n), new Uncertainty.Regime("b", -0.2, n -> n))));
    Uncertainty ok = Uncertainty.regimes("r", List.of(a, new Uncertainty.Regime("b", 0.5, n -> n)));
    assertEquals("r", ok.name());
    assertThrows(IllegalArgumentException.class, () -> MonteCarlo.run(SOLVER, BASE, WAGE_B, 0, 1, 1, null, null));
    assertThrows(IllegalArgumentException.class, () -> MonteCarlo.run(SOLVER, BASE, WAGE_B, 1, 1, 0, null, null));
  }

  /**
   * A regime's draw picks by cumulative probability: u below 0.2 is the first, below 0.7 the second,
   * the rest the third.
   */
  @Test
  void regimeDrawFollowsTheCumulativeProbabilities() {
    Parameter rate = Parameters.tariffRate("a-on-b");
    Uncertainty regimes = Uncertainty.regimes("t", List.of(
        new Uncertainty.Regime("none", 0.2, n -> rate.at(n, 0)),
        new Uncertainty.Regime("mid", 0.5, n -> rate.at(n, 0.5)),
        new Uncertainty.Regime("high", 0.3, n -> rate.at(n, 2))));
    double[][] cases = {{0.01, 0}, {0.19, 0}, {0.21, 0.5}, {0.69, 0.5}, {0.71, 2}, {0.999, 2}};
    for (double[] c : cases) {
      assertEquals(c[1], regimes.apply(BASE, c[0]).tariffs().get(0).adValoremRate(), 0, "u = " + c[0]);
    }
    Uncertainty wage = WAGE_B.get(0);
    assertEquals("wage[B]", wage.name());
    assertEquals(5, wageOf(wage.apply(BASE, 0.5)), 1e-9);
    assertEquals(5 + 1.959964, wageOf(wage.apply(BASE, 0.975)), 1e-5);
  }
}
