package dev.footprint.spark;

import dev.footprint.analysis.RobustFootprint;
import dev.footprint.io.Study;
import dev.footprint.model.Network;
import dev.footprint.model.Site;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A robust footprint in the text forms of the command line: regimes as scenarios of the study with
 * their probabilities.
 *
 * <p>Serializable so that Spark can send it to the executors, which run the same jar: its serial form
 * is no exchange format and is left out of the serialized-form page.
 *
 * @param regimes scenario names with their probabilities, adding up to 1, in order
 * @param cvarWeight lambda in [0, 1]
 * @param alpha the CVaR tail share, in (0, 1]
 * @serial exclude
 */
public record RobustSpec(Map<String, Double> regimes, double cvarWeight, double alpha) implements Serializable {

  /**
   * Validates as {@link RobustFootprint#solve} does, and copies.
   *
   * @param regimes scenario names with their probabilities, adding up to 1, in order
   * @param cvarWeight lambda in [0, 1]
   * @param alpha the CVaR tail share, in (0, 1]
   */
  public RobustSpec {
    regimes = new LinkedHashMap<>(Check.noNullEntries(regimes, "regimes"));
    if (regimes.isEmpty()) {
      throw new IllegalArgumentException("regimes: at least one is needed");
    }
    if (!(cvarWeight >= 0 && cvarWeight <= 1) || !(alpha > 0 && alpha <= 1)) {
      throw new IllegalArgumentException("cvarWeight = " + cvarWeight + ", alpha = " + alpha
          + ": need 0 <= cvarWeight <= 1 and 0 < alpha <= 1");
    }
    double sum = 0;
    for (double p : regimes.values()) {
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("regimes: probability " + p + " must be in [0, 1]");
      }
      sum += p;
    }
    if (Math.abs(sum - 1) > 1e-9) {
      throw new IllegalArgumentException("regimes: probabilities add up to " + sum + ", not 1");
    }
  }

  /** @return the regime names, in order */
  public List<String> names() {
    return List.copyOf(regimes.keySet());
  }

  /** @return the probabilities, in order */
  public double[] probabilities() {
    return regimes.values().stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * @param study the study
   * @return the regimes, as {@link RobustFootprint#solve} takes them
   * @throws IllegalArgumentException if a scenario is missing, or the regimes differ in sites or horizon
   */
  public List<RobustFootprint.Regime> regimes(Study study) {
    List<RobustFootprint.Regime> out = new ArrayList<>();
    regimes.forEach((name, p) -> out.add(new RobustFootprint.Regime(name, study.scenario(name), p)));
    Network first = out.get(0).network();
    List<String> a = first.sites().stream().map(Site::id).toList();
    for (RobustFootprint.Regime r : out) {
      List<String> b = r.network().sites().stream().map(Site::id).toList();
      if (!a.equals(b) || !first.horizon().equals(r.network().horizon())) {
        throw new IllegalArgumentException("regime '" + r.name() + "': its sites or horizon differ from regime '"
            + out.get(0).name() + "'; a shared footprint needs the same sites and horizon");
      }
    }
    return out;
  }
}
