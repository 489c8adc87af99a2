package dev.footprint.benchmarks;

import dev.footprint.examples.KoreaUsStudy;
import dev.footprint.generate.FacilityLocationGenerator;
import dev.footprint.generate.NetworkGenerator;
import dev.footprint.model.Network;
import dev.footprint.solve.Backend;
import dev.footprint.solve.FootprintSolver;
import dev.footprint.solve.ModelFormat;
import dev.footprint.solve.Solution;
import dev.footprint.solve.SolveOptions;
import dev.footprint.solve.internal.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which backend solves which model class fastest: each MILP backend on the flagship, the generated
 * sizes and facility-location instances, in one JVM, the library's whole {@code solve} call (build,
 * backend, extraction, verification) timed as the median of a few runs after a warm-up. With an
 * output folder it also writes each instance's model as MPS (the same model, exported by the
 * library), for the standalone solvers that {@code benchmarks/backends.sh} then runs on it in the
 * same run. Not JMH: a case takes seconds to minutes, and the backends are compared as ratios
 * measured back to back.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.footprint.benchmarks.BackendRun \
 *     [CASES] [BACKENDS] [REPEATS] [LIMIT_SECONDS] [MPS_FOLDER]
 * </pre>
 *
 * <p>Cases (comma-separated; default {@code flagship,S,fl50x50-1,fl50x50-2,fl50x50-3}): {@code
 * flagship} (the Korea-US study's base scenario: the 2025 deal with the pledge), {@code S}, {@code M},
 * {@code L} (generated, seed {@value AbstractBenchmark#SEED}), {@code flAxB-K} (a facility-location
 * instance with A sites, B markets, seed K; {@code flAxB-K@R} with capacity ratio R). Backends
 * default to SCIP, HIGHS, CBC (CP-SAT refuses the flagship's demands, which are off its grid); {@code
 * BACKEND/DECOMPOSITION} (say {@code HIGHS/BENDERS}) solves with that {@link
 * SolveOptions.Decomposition} too, so that a decomposed solve is measured against the standalone
 * solver in the same run. The
 * time limit (default 600 s) applies to each solve. Prints one line per case and backend, then a
 * table; with a folder, also {@code library.tsv} there (case, backend, median seconds, status,
 * objective).
 */
public final class BackendRun {
  private BackendRun() {}

  /**
   * A backend with a decomposition setting.
   *
   * @param backend the backend
   * @param decomposition the decomposition setting
   */
  record Method(Backend backend, SolveOptions.Decomposition decomposition) {
    static Method parse(String text) {
      String[] parts = text.strip().split("/");
      return new Method(Backend.valueOf(parts[0]),
          parts.length > 1 ? SolveOptions.Decomposition.valueOf(parts[1]) : SolveOptions.Decomposition.OFF);
    }

    SolveOptions options() {
      return SolveOptions.DEFAULT.withBackend(backend).withDecomposition(decomposition);
    }

    @Override
    public String toString() {
      return decomposition == SolveOptions.Decomposition.OFF ? backend.name() : backend + "/" + decomposition;
    }
  }

  /** One row of the table. */
  record Row(String instance, Method backend, double[] seconds, double build, String status, double objective,
      double gap) {
    double median() {
      double[] s = seconds.clone();
      Arrays.sort(s);
      return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
  }

  /**
   * @param args cases, backends, repeats, limit in seconds, MPS folder (see the class comment)
   * @throws IOException if the folder cannot be written
   * @throws InterruptedException if interrupted while waiting for backend threads
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    List<String> cases = List.of((args.length > 0 ? args[0] : "flagship,S,fl50x50-1,fl50x50-2,fl50x50-3").split(","));
    List<Method> backends = Arrays.stream((args.length > 1 ? args[1] : "SCIP,HIGHS,CBC").split(","))
        .map(Method::parse).toList();
    int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Duration limit = Duration.ofMillis(Math.round(1000 * (args.length > 3 ? Double.parseDouble(args[3]) : 600)));
    Path folder = args.length > 4 ? Files.createDirectories(Path.of(args[4])) : null;

    Network warm = NetworkGenerator.generate(NetworkGenerator.Size.S, AbstractBenchmark.SEED);
    for (Method b : backends) {
      FootprintSolver.create(b.options()).solve(warm);
    }
    List<Row> rows = new ArrayList<>();
    for (String c : cases) {
      Network n = instance(c);
      if (folder != null) {
        FootprintSolver.create().export(n, ModelFormat.MPS, folder.resolve(c + ".mps"));
      }
      for (Method b : backends) {
        Row r = run(c, n, b, repeats, limit);
        rows.add(r);
        System.out.printf(Locale.ROOT, "# %s %s %s median %.3f s (build %.3f s) %s %.10g gap %.2g%n", c, b,
            Arrays.toString(r.seconds()), r.median(), r.build(), r.status(), r.objective(), r.gap());
      }
    }
    System.out.println();
    System.out.println("| case | " + String.join(" s | ", backends.stream().map(Method::toString).toList()) + " s |");
    System.out.println("|---|" + "---|".repeat(backends.size()));
    StringBuilder tsv = new StringBuilder("case\tbackend\tseconds\tstatus\tobjective\n");
    for (String c : cases) {
      StringBuilder line = new StringBuilder("| " + c + " |");
      for (Row r : rows) {
        if (r.instance().equals(c)) {
          line.append(String.format(Locale.ROOT, " %.2f%s |", r.median(), r.status().equals("OPTIMAL") ? "" : " " + r.status()));
          tsv.append(String.format(Locale.ROOT, "%s\t%s\t%.4f\t%s\t%.10g%n", c, r.backend(), r.median(), r.status(),
              r.objective()));
        }
      }
      System.out.println(line);
    }
    if (folder != null) {
      try {
        Files.writeString(folder.resolve("library.tsv"), tsv);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * @param name a case name (see the class comment)
   * @return its network
   */
  static Network instance(String name) {
    if (name.equals("flagship")) {
      return KoreaUsStudy.network(KoreaUsStudy.Regime.DEAL_2025, true);
    }
    if (name.startsWith("fl")) {
      String[] at = name.substring(2).split("@");
      String[] sizeSeed = at[0].split("-");
      String[] ab = sizeSeed[0].split("x");
      double ratio = at.length > 1 ? Double.parseDouble(at[1]) : FacilityLocationGenerator.DEFAULT_CAPACITY_RATIO;
      return FacilityLocationGenerator.network(Integer.parseInt(ab[0]), Integer.parseInt(ab[1]), ratio,
          Long.parseLong(sizeSeed[1]));
    }
    return NetworkGenerator.generate(NetworkGenerator.Size.valueOf(name), AbstractBenchmark.SEED);
  }

  private static Row run(String name, Network n, Method b, int repeats, Duration limit) throws InterruptedException {
    double[] seconds = new double[repeats];
    Solution last = null;
    for (int i = 0; i < repeats; i++) {
      long t0 = System.nanoTime();
      last = FootprintSolver.create(b.options().withTimeLimit(limit)).solve(n);
      seconds[i] = (System.nanoTime() - t0) / 1e9;
      while (Engine.busyBackendThreads() > 0) {
        Thread.sleep(10); // the next run starts on a quiet machine
      }
    }
    return new Row(name, b, seconds, last.stats().buildMillis() / 1000.0, last.status().toString(),
        last.hasAllocation() ? last.objective() : Double.NaN, last.stats().relativeGap());
  }
}
