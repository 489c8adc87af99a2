package dev.footprint.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Country;
import dev.footprint.model.FreightRate;
import dev.footprint.model.Horizon;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import dev.footprint.model.TariffMeasure;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link FootprintSolver} promises that one instance may be shared by any number of threads. One
 * solver, eight threads, 64 different instances on SCIP, HiGHS and CP-SAT in turn: every result is
 * the one the same instance gave when solved alone beforehand, and nothing throws.
 *
 * <p>The instances are transportation networks with site decisions and integral demands and
 * capacities, so that for any fixed site decisions the shipment LP has integral vertices: CP-SAT,
 * which makes continuous variables integer, solves them exactly (see {@link BackendAgreementTest}
 * for what happens with fractional demands).
 */
class ConcurrentSolveTest {
  private static final int THREADS = 8;
  private static final int SOLVES = 64;
  private static final double REL_TOL = 1e-6;
  private static final List<Backend> BACKENDS = List.of(Backend.SCIP, Backend.HIGHS, Backend.CP_SAT);

  /** Instance {@code i}: three countries, an existing site and two candidates, two markets. */
  static Network instance(int i) {
    Random rnd = new Random(31L * i + 7);
    int periods = 1 + i % 2;
    Network.Builder b = Network.builder().horizon(Horizon.of(periods, 0.05))
        .country(Country.of("A", 18 + rnd.nextInt(8)), Country.of("B", 3 + rnd.nextInt(4)),
            Country.of("C", 8 + rnd.nextInt(4)))
        .product(Product.of("widget", "goods", 1 + rnd.nextInt(3), 10), Product.of("gadget", "goods", 1, 4 + rnd.nextInt(3)))
        .site(Site.existing("A-old", "A", 40 + rnd.nextInt(30)).withFixedCost(100 + rnd.nextInt(200))
                .withClosingCost(150),
            Site.candidate("B-new", "B", 50 + rnd.nextInt(40), 600 + rnd.nextInt(900)).withFixedCost(80),
            Site.candidate("C-new", "C", 30 + rnd.nextInt(30), 300 + rnd.nextInt(600)).withFixedCost(50))
        .market(Market.of("A-mkt", "A").withDemand("widget", 20 + rnd.nextInt(30)).withDemand("gadget", 10 + rnd.nextInt(20)),
            Market.of("C-mkt", "C").withDemand("widget", 5 + rnd.nextInt(20)).withLostSalesPenalty("widget", 90))
        .freight(FreightRate.lane("B", "A", 1.37 + rnd.nextInt(3)), FreightRate.lane("C", "A", 0.85),
            FreightRate.lane("A", "C", 1.1), FreightRate.lane("B", "C", 0.6))
        .tariff(TariffMeasure.adValorem("A-on-B", "A", 0.05 * rnd.nextInt(6)).from("B"));
    return b.build();
  }

  @Test
  void sharedSolverGivesTheSequentialAnswersFromEightThreads() throws Exception {
    FootprintSolver solver = FootprintSolver.create(SolveOptions.DEFAULT.withRelativeGap(0));
    List<Network> networks = new ArrayList<>();
    List<Solution> sequential = new ArrayList<>();
    for (int i = 0; i < SOLVES; i++) {
      Network n = instance(i);
      networks.add(n);
      Solution s = solver.solve(n, options(solver, i));
      assertEquals(SolveStatus.OPTIMAL, s.status(), () -> "sequential " + s);
      sequential.add(s);
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Solution>> futures = new ArrayList<>();
      for (int i = 0; i < SOLVES; i++) {
        int k = i;
        futures.add(pool.submit(() -> {
          go.await();
          return solver.solve(networks.get(k), options(solver, k));
        }));
      }
      go.countDown(); // release every task at once
      for (int i = 0; i < SOLVES; i++) {
        Solution alone = sequential.get(i);
        Solution together = futures.get(i).get(60, TimeUnit.SECONDS); // rethrows what the task threw
        String context = String.format(Locale.ROOT, "instance %d on %s: alone %s, in parallel %s", i,
            options(solver, i).backend(), alone, together);
        assertEquals(SolveStatus.OPTIMAL, together.status(), context);
        assertTrue(together.verification().orElseThrow().passed(), context);
        assertTrue(Math.abs(together.objective() - alone.objective())
            <= REL_TOL * Math.max(1, Math.abs(alone.objective())), context);
      }
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS), "the solver threads did not stop");
    }
  }

  private static SolveOptions options(FootprintSolver solver, int i) {
    return solver.options().withBackend(BACKENDS.get(i % BACKENDS.size()));
  }
}
