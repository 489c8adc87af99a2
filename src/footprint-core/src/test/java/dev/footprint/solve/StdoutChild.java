package dev.footprint.solve;

import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Country;
import dev.footprint.model.Market;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import dev.footprint.model.Site;
import java.time.Duration;

/**
 * Exercises one backend along every path that runs native code: a plain solve, a solve with the
 * solver log and a progress listener on, a time-limited solve, a cancelled one, an infeasible
 * network in plain dollars (with its elastic diagnosis), a live model. It writes exactly one line to
 * standard output itself, at the end; {@link StdoutTest} runs it in a JVM of its own and checks that
 * nothing else reached standard output.
 */
public final class StdoutChild {
  private StdoutChild() {}

  /**
   * @param args the backend's name
   * @throws InterruptedException never (the cancelled solve is awaited)
   */
  public static void main(String[] args) throws InterruptedException {
    Backend backend = Backend.valueOf(args[0]);
    boolean lp = !backend.solvesIntegerModels();
    // Every solve has a limit: CP-SAT, for one, does not close the gap on S in minutes.
    SolveOptions base = SolveOptions.DEFAULT.withBackend(backend).withRelaxIntegrality(lp)
        .withTimeLimit(Duration.ofSeconds(10));
    FootprintSolver solver = FootprintSolver.create(base);
    StringBuilder summary = new StringBuilder("stdout-child " + backend);

    Network s = NetworkGenerator.generate(NetworkGenerator.Size.S, 20260101L);
    summary.append(' ').append(solver.solve(s, base).status());
    summary.append(' ').append(solver.solve(s, base.withTimeLimit(Duration.ofSeconds(2)).withSolverLog(true)
        .withProgress(SolveListener.onProgress(p -> { }))).status());

    Network fl = FacilityLocation.network(50, 50, 1);
    summary.append(' ').append(solver.solve(fl, base.withTimeLimit(Duration.ofMillis(300))).stats().stop());

    SolveHandle h = solver.start(fl, base.withTimeLimit(Duration.ofSeconds(5)));
    h.cancel();
    summary.append(' ').append(h.get().stats().stop());

    if (!lp || backend == Backend.GLOP) { // the elastic diagnosis of an LP runs with the LP backend
      Solution infeasible = solver.solve(plainDollarsInfeasible(), base.withSolverLog(true));
      summary.append(' ').append(infeasible.status());
    }
    try (LiveModel live = solver.open(s)) {
      summary.append(' ').append(live.solve().status());
    }
    System.out.println(summary);
  }

  /** Demand above every site's capacity, no lost sales; wages and capex in plain dollars. */
  static Network plainDollarsInfeasible() {
    return Network.builder()
        .country(Country.of("US", 38.5), Country.of("MX", 6.25))
        .product(Product.of("car", "autos", 30, 21_500))
        .site(Site.existing("US-1", "US", 180_000).withFixedCost(250_000_000),
            Site.candidate("MX-1", "MX", 120_000, 1_400_000_000))
        .market(Market.of("US-M", "US").withDemand("car", 450_000))
        .build();
  }
}
