package dev.footprint.analysis;

import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.result.Figures;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Monte Carlo over uncertain inputs: N samples, each a network drawn from the uncertainties and
 * solved on its own. Where the solver decomposes ({@link SolveOptions#withDecomposition}), the samples
 * are solved in batches of {@value #REUSE_BATCH}, each sample trying first the footprints most found
 * in the batches before and carrying the cuts the batch just before made ({@link
 * FootprintSolver#solve(Network, List, List)}: where the samples' blocks keep their prices, as under
 * uncertain demand), which saves master solves (benchmarks/RESULTS.md, Cuts carried). Sample {@code i} draws from its own generator seeded by (seed, i), and the
 * results are gathered by sample index, so a seed gives the same answer on any thread count.
 *
 * @param samples samples asked for
 * @param completed samples solved (fewer than asked if cancelled)
 * @param costs each completed sample's total cost, in sample order (NaN where it had no allocation)
 * @param summaries each completed sample's figures, in sample order
 * @param cancelled whether the run was cancelled before the end
 */
public record MonteCarlo(int samples, int completed, double[] costs, List<Summary> summaries, boolean cancelled) {
  /**
   * Samples solved at once, each trying first the footprints of the batches before (where the
   * solver decomposes), so that a sample's answer does not depend on the thread count.
   */
  static final int REUSE_BATCH = 8;
  /** The most footprints a sample tries first. */
  static final int REUSED = 4;

  /**
   * Validates and copies.
   *
   * @param samples samples asked for
   * @param completed samples solved (fewer than asked if cancelled)
   * @param costs each completed sample's total cost, in sample order (NaN where it had no allocation)
   * @param summaries each completed sample's figures, in sample order
   * @param cancelled whether the run was cancelled before the end
   */
  public MonteCarlo {
    costs = AnalysisLimits.require(costs, "monteCarlo.costs").clone();
    summaries = List.copyOf(AnalysisLimits.requireAll(summaries, "monteCarlo.summaries"));
  }

  /** Receives progress: samples done so far, and the total. Called from worker threads. */
  @FunctionalInterface
  public interface Progress {
    /**
     * @param done samples done
     * @param total samples asked for
     */
    void update(int done, int total);
  }

  /**
   * Runs the samples.
   *
   * @param solver the solver (stateless, shared by the worker threads)
   * @param base the network
   * @param uncertainties the inputs to draw, applied in this order
   * @param samples number of samples, from 1 to {@link AnalysisLimits#MAX_SAMPLES}
   * @param seed the seed
   * @param threads worker threads, from 1 to {@link AnalysisLimits#MAX_THREADS}
   * @param progress progress listener, or null
   * @param cancel set it to stop the run early (the samples done so far are kept), or null
   * @return the run
   */
  public static MonteCarlo run(FootprintSolver solver, Network base, List<Uncertainty> uncertainties, int samples,
      long seed, int threads, Progress progress, AtomicBoolean cancel) {
    AnalysisLimits.require(solver, "solver");
    AnalysisLimits.require(base, "base");
    List<Uncertainty> inputs = List.copyOf(AnalysisLimits.requireAll(uncertainties, "uncertainties"));
    AnalysisLimits.count(samples, AnalysisLimits.MAX_SAMPLES, "samples");
    AnalysisLimits.count(threads, AnalysisLimits.MAX_THREADS, "threads");
    AtomicBoolean stop = cancel == null ? new AtomicBoolean() : cancel;
    Summary[] results = new Summary[samples];
    @SuppressWarnings("unchecked")
    Map<String, List<Boolean>>[] footprints = new Map[samples];
    AtomicInteger done = new AtomicInteger();
    // Decomposed, each batch of samples tries first the footprints most found in the batches before it
    // (FootprintSolver.solve(Network, List)); batches of a fixed size, so that a seed gives the same
    // answer on any thread count.
    boolean reuse = solver.options().decomposition() != SolveOptions.Decomposition.OFF;
    int batch = reuse ? REUSE_BATCH : samples;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // ... and carries the cuts of the batch just before it (FootprintSolver.solve(Network, List, List)).
      Solution[] last = new Solution[batch];
      for (int from = 0; from < samples && !stop.get(); from += batch) {
        List<Map<String, List<Boolean>>> tryFirst = reuse ? mostFound(footprints, from) : List.of();
        List<Solution> carried = new ArrayList<>();
        for (Solution s : last) {
          if (s != null) {
            carried.add(s);
          }
        }
        Arrays.fill(last, null);
        int first = from;
        List<Future<?>> futures = new ArrayList<>();
        for (int i = from; i < Math.min(samples, from + batch); i++) {
          int index = i;
          futures.add(pool.submit(() -> {
            if (stop.get()) {
              return;
            }
            Network n = draw(base, inputs, seed, index);
            Solution s = solver.solve(n, tryFirst, carried);
            results[index] = Summary.of(s);
            if (reuse) {
              last[index - first] = s;
            }
            if (s.hasAllocation()) {
              footprints[index] = s.allocation().footprint();
            }
            int d = done.incrementAndGet();
            if (progress != null) {
              progress.update(d, samples);
            }
          }));
        }
        for (Future<?> f : futures) {
          f.get();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop.set(true);
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    List<Summary> kept = new ArrayList<>();
    List<Double> costs = new ArrayList<>();
    for (Summary s : results) {
      if (s != null) {
        kept.add(s);
        costs.add(s.objective());
      }
    }
    return new MonteCarlo(samples, kept.size(), costs.stream().mapToDouble(Double::doubleValue).toArray(),
        List.copyOf(kept), kept.size() < samples);
  }

  /**
   * @return the footprints of the first {@code count} samples, most found first (ties: first found
   *     first), at most {@link #REUSED}
   */
  private static List<Map<String, List<Boolean>>> mostFound(Map<String, List<Boolean>>[] footprints, int count) {
    Map<Map<String, List<Boolean>>, Integer> found = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      if (footprints[i] != null) {
        found.merge(footprints[i], 1, Integer::sum);
      }
    }
    List<Map<String, List<Boolean>>> order = new ArrayList<>(found.keySet());
    order.sort((a, b) -> Integer.compare(found.get(b), found.get(a)));
    return List.copyOf(order.subList(0, Math.min(REUSED, order.size())));
  }

  /**
   * The network of one sample: each uncertainty in turn takes the next uniform draw of the sample's
   * own generator.
   *
   * @param base the network
   * @param uncertainties the inputs
   * @param seed the run's seed
   * @param index the sample's index
   * @return the sample's network
   */
  public static Network draw(Network base, List<Uncertainty> uncertainties, long seed, int index) {
    AnalysisLimits.require(base, "base");
    AnalysisLimits.requireAll(uncertainties, "uncertainties");
    RandomGenerator rng = new Well19937c(new int[] {(int) seed, (int) (seed >>> 32), index, 0x5f3759df});
    Network n = base;
    for (Uncertainty u : uncertainties) {
      double x = rng.nextDouble();
      n = u.apply(n, Math.min(Math.max(x, 1e-12), 1 - 1e-12));
    }
    return n;
  }

  /** @return a copy of the costs, in sample order */
  @Override
  public double[] costs() {
    return costs.clone();
  }

  /** @return the mean cost over the samples with an allocation */
  public double mean() {
    return finiteCosts().length == 0 ? Double.NaN
        : java.util.Arrays.stream(finiteCosts()).average().orElse(Double.NaN);
  }

  /**
   * @param p percentile in (0, 100]
   * @return that percentile of cost over the samples with an allocation
   */
  public double percentile(double p) {
    double[] c = finiteCosts();
    return c.length == 0 ? Double.NaN : new Percentile().evaluate(c, p);
  }

  private double[] finiteCosts() {
    return java.util.Arrays.stream(costs).filter(Double::isFinite).toArray();
  }

  /** @return per site id, the share of samples in which it opens */
  public Map<String, Double> openingFrequency() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Summary s : summaries) {
      for (String site : s.sitesOpened()) {
        out.merge(site, 1.0 / summaries.size(), Double::sum);
      }
    }
    return out;
  }

  /**
   * @param minimumShare the share of a product's units a country must make to count, in (0, 1]
   * @return per product id, per country id, the share of samples in which the country makes at least
   *     that share of the product
   */
  public Map<String, Map<String, Double>> placementFrequency(double minimumShare) {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (Summary s : summaries) {
      for (var e : s.production().entrySet()) {
        for (String country : e.getValue().keySet()) {
          if (s.share(e.getKey(), country) >= minimumShare) {
            out.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).merge(country, 1.0 / summaries.size(),
                Double::sum);
          }
        }
      }
    }
    return out;
  }

  /**
   * @return a few lines: samples completed, mean and percentiles of cost labelled with the network's
   *     money, samples without a feasible allocation, and how often each site opens
   */
  public String report() {
    Money money = summaries.isEmpty() ? null : summaries.get(0).money();
    long without = java.util.Arrays.stream(costs).filter(c -> !Double.isFinite(c)).count();
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s of %s samples%s", Figures.whole(completed),
        Figures.whole(samples), cancelled ? " (cancelled)" : ""));
    if (finiteCosts().length > 0) {
      sb.append("; ").append(Text.labelled("cost", money)).append(": mean ").append(Figures.money(mean()))
          .append(", P5 ").append(Figures.money(percentile(5))).append(", P50 ")
          .append(Figures.money(percentile(50))).append(", P95 ").append(Figures.money(percentile(95)));
    }
    sb.append('\n');
    if (without > 0) {
      sb.append("  ").append(Figures.whole(without)).append(without == 1 ? " sample has" : " samples have")
          .append(" no feasible allocation\n");
    }
    openingFrequency().forEach((site, f) -> sb.append("  ").append(site).append(" opens in ")
        .append(Figures.share(f)).append(" of samples\n"));
    return sb.toString();
  }
}
