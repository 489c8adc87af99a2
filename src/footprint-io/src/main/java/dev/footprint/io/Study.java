package dev.footprint.io;

import dev.footprint.model.Network;
import dev.footprint.solve.SolveOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A study read from a study file: the base network, named scenarios (each a network made by
 * applying the scenario's overrides to the base), and solver options. The base is the first scenario,
 * named {@link #BASE}.
 *
 * @param name the study's name
 * @param scenarios networks by scenario name, in file order, the base first
 * @param options solver options given in the study (defaults where it gives none)
 * @param sha256 hex SHA-256 of the study file and every CSV file it reads, to reproduce a run
 */
public record Study(String name, Map<String, Network> scenarios, SolveOptions options, String sha256) {

  /** The name of the base scenario. */
  public static final String BASE = "base";

  /**
   * Validates and copies, keeping the order of the scenarios.
   *
   * @param name the study's name
   * @param scenarios networks by scenario name, in file order; one must be named {@link #BASE}
   * @param options solver options given in the study
   * @param sha256 hex SHA-256 of the files read, or any text for a study built in Java
   * @throws IllegalArgumentException if there is no scenario named {@link #BASE}
   */
  public Study {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sha256, "sha256");
    if (!scenarios.containsKey(BASE)) {
      throw new IllegalArgumentException("a study needs a scenario named '" + BASE + "'");
    }
    scenarios = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scenarios));
  }

  /** @return the base network */
  public Network base() {
    return scenarios.get(BASE);
  }

  /**
   * @param scenario a scenario's name
   * @return its network
   * @throws IllegalArgumentException naming the known scenarios if there is none by that name
   */
  public Network scenario(String scenario) {
    Network n = scenarios.get(scenario);
    if (n == null) {
      throw new IllegalArgumentException("scenario = '" + scenario + "': no scenario has this name; the study has "
          + scenarios.keySet());
    }
    return n;
  }
}
