package dev.footprint.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.io.Decoder.Rule;
import dev.footprint.model.CapexAccounting;
import dev.footprint.model.Horizon;
import dev.footprint.model.InvalidModelException;
import dev.footprint.model.Objective;
import dev.footprint.model.TerminalValue;
import dev.footprint.solve.Backend;
import dev.footprint.solve.SolveOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the study's settings: its horizon (within {@link StudyLimits#MAX_PERIODS}, checked before
 * any label is made) and its solver options, field by field with the {@link Decoder}'s readers, so
 * that every wrong field is reported.
 */
final class Settings {
  static final List<String> HORIZON_FIELDS = List.of("periods", "firstYear", "labels", "discountRate", "capexAccounting",
      "objective", "terminalValue", Kind.SOURCE);
  static final List<String> SOLVER_FIELDS = List.of("backend", "timeLimitSeconds", "relativeGap", "threads", "seed",
      "verify", "relaxIntegrality", "strengthenLinking", "solverLog", "fixedSiteStatus", "portfolio", "decomposition", Kind.SOURCE);

  private final Decoder dec;
  private final SourceMap src;
  private final Problems problems;

  Settings(Decoder dec) {
    this.dec = dec;
    this.src = dec.sources();
    this.problems = dec.problems();
  }

  private static boolean present(ObjectNode o, String key) {
    return Decoder.present(o, key);
  }

  /** @return the horizon given by the node, or null (with problems) */
  Horizon horizon(JsonNode node, Loc at) {
    ObjectNode o = dec.object(node, at, "the horizon: {periods, labels or firstYear, discountRate}");
    if (o == null) {
      return null;
    }
    int before = problems.size();
    dec.keys(o, at, HORIZON_FIELDS, "the horizon");
    Integer periods = dec.integer(o, "periods", at, null, 1);
    if (periods != null && periods > StudyLimits.MAX_PERIODS) {
      problems.add(src.of(o, "periods", at), tooMany(periods));
      return null;
    }
    Integer firstYear = dec.integer(o, "firstYear", at, null, Integer.MIN_VALUE);
    List<String> labels = null;
    if (present(o, "labels")) {
      JsonNode l = o.get("labels");
      Loc lAt = src.of(o, "labels", at);
      if (!l.isArray() || l.isEmpty()) {
        problems.add(lAt, "must be a list of one label per period, such as [\"2026\", \"2027\"], not "
            + Documents.describe(l));
      } else if (l.size() > StudyLimits.MAX_PERIODS) {
        problems.add(lAt, "has " + l.size() + " labels: " + tooMany(l.size()));
        return null;
      } else {
        labels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < l.size(); i++) {
          String s = dec.id(l.get(i), src.of(l, i, lAt));
          if (s != null && !seen.add(s)) {
            problems.add(src.of(l, i, lAt), "label '" + s + "' is given twice: periods are referred to by label, so"
                + " labels must differ");
          }
          labels.add(s);
        }
      }
    }
    int beforeRate = problems.size();
    Double rate = dec.number(o, "discountRate", at, 0.0, Rule.DISCOUNT);
    if (beforeRate > before) {
      return null;
    }
    // A wrong discount rate is reported; the periods still serve to read the rest of the study.
    rate = rate == null ? 0.0 : rate;
    CapexAccounting accounting = dec.enumValue(o, "capexAccounting", at, CapexAccounting.class, CapexAccounting.FULL);
    Objective objective = dec.enumValue(o, "objective", at, Objective.class, Objective.MIN_COST);
    TerminalValue terminal = terminalValue(o, at);
    if (accounting == null || objective == null || terminal == null) {
      return null;
    }
    Horizon h = periodsAndRate(o, at, periods, firstYear, labels, rate);
    if (h == null) {
      return null;
    }
    try {
      return h.withCapexAccounting(accounting).withObjective(objective).withTerminalValue(terminal);
    } catch (InvalidModelException e) {
      problems.add(src.of(o, "terminalValue", at), ModelErrors.describe(e));
      return null;
    }
  }

  /**
   * @return the horizon's terminal value: {@code none} (the default), {@code perpetuity}, or a whole
   *     number of periods after the horizon, at least 1; null (with a problem) when wrong
   */
  private TerminalValue terminalValue(ObjectNode o, Loc at) {
    if (!present(o, "terminalValue")) {
      return TerminalValue.NONE;
    }
    JsonNode v = o.get("terminalValue");
    Loc vAt = src.of(o, "terminalValue", at);
    String expected = "must be 'none', 'perpetuity' or a whole number of periods after the horizon (at least 1), not ";
    if (v.isTextual() && v.asText().trim().matches("-?\\d{1,9}")) {
      v = com.fasterxml.jackson.databind.node.LongNode.valueOf(Long.parseLong(v.asText().trim())); // "5" as 5
    }
    if (v.isTextual()) {
      String text = v.asText().trim().toLowerCase(java.util.Locale.ROOT);
      if (text.equals("none")) {
        return TerminalValue.NONE;
      }
      if (text.equals("perpetuity")) {
        return TerminalValue.PERPETUITY;
      }
      problems.add(vAt, expected + "'" + v.asText() + "'" + Problems.maybe(text, List.of("none", "perpetuity"))
          .replaceAll("\nMaybe use.*", ""));
      return null;
    }
    if (!v.isNumber() || v.asDouble() != Math.rint(v.asDouble())) {
      problems.add(vAt, expected + Documents.describe(v));
      return null;
    }
    if (v.asDouble() < 1 || v.asDouble() > dev.footprint.model.Limits.MAX_PERIODS) {
      problems.add(vAt, "must be a whole number of periods in [1, " + dev.footprint.model.Limits.MAX_PERIODS
          + "], not " + v.asText() + (v.asDouble() < 1 ? "\nMaybe use 'none' for no terminal value." : "\nMaybe use"
          + " 'perpetuity'."));
      return null;
    }
    return TerminalValue.periods(v.asInt());
  }

  private Horizon periodsAndRate(ObjectNode o, Loc at, Integer periods, Integer firstYear, List<String> labels,
      double rate) {
    try {
      if (labels != null) {
        if (firstYear != null) {
          problems.add(src.of(o, "firstYear", at), "give either 'labels' or 'firstYear', not both");
          return null;
        }
        if (periods != null && periods != labels.size()) {
          problems.add(src.of(o, "periods", at), "is " + periods + " but " + labels.size() + " labels are given");
          return null;
        }
        return new Horizon(labels.size(), rate, labels);
      }
      if (firstYear != null) {
        if (periods == null) {
          problems.add(at, "'firstYear' needs 'periods', the number of years");
          return null;
        }
        return Horizon.years(firstYear, periods, rate);
      }
      if (periods == null) {
        problems.add(at, "the horizon needs 'periods' (labelled t0, t1, ...), 'labels', or 'firstYear' and 'periods'");
        return null;
      }
      return Horizon.of(periods, rate);
    } catch (InvalidModelException e) {
      problems.add(at, ModelErrors.describe(e));
      return null;
    }
  }

  private static String tooMany(int periods) {
    return "a horizon may have at most " + StudyLimits.MAX_PERIODS + " periods, not " + periods
        + " (docs/study-format.md, Limits)\nMaybe use longer periods: years or quarters rather than days.";
  }

  /** @return the options given by the node (defaults for what it leaves out), or null (with problems) */
  SolveOptions options(JsonNode node, Loc at) {
    ObjectNode o = dec.object(node, at, "the solver options");
    if (o == null) {
      return null;
    }
    int before = problems.size();
    dec.keys(o, at, SOLVER_FIELDS, "the solver options");
    SolveOptions d = SolveOptions.defaults();
    Backend backend = dec.enumValue(o, "backend", at, Backend.class, d.backend());
    Double seconds = dec.number(o, "timeLimitSeconds", at, 0.0, Rule.NON_NEGATIVE);
    Double gap = dec.number(o, "relativeGap", at, d.relativeGap(), Rule.DISCOUNT);
    Integer threads = dec.integer(o, "threads", at, d.threads(), 1);
    Integer seed = dec.integer(o, "seed", at, d.seed(), Integer.MIN_VALUE);
    boolean verify = dec.bool(o, "verify", at, d.verify());
    boolean relax = dec.bool(o, "relaxIntegrality", at, d.relaxIntegrality());
    boolean strengthen = dec.bool(o, "strengthenLinking", at, d.strengthenLinking());
    boolean log = dec.bool(o, "solverLog", at, d.solverLog());
    List<Backend> portfolio = dec.enumList(o, "portfolio", at, Backend.class);
    SolveOptions.Decomposition decomposition = dec.enumValue(o, "decomposition", at, SolveOptions.Decomposition.class,
        d.decomposition());
    Map<String, List<Boolean>> fixed = new LinkedHashMap<>();
    if (present(o, "fixedSiteStatus")) {
      Loc fAt = src.of(o, "fixedSiteStatus", at);
      JsonNode f = o.get("fixedSiteStatus");
      if (!f.isObject()) {
        problems.add(fAt, "must map site ids to one true/false per period, not " + Documents.describe(f));
      } else {
        f.fieldNames().forEachRemaining(site -> {
          JsonNode v = f.get(site);
          Loc vAt = src.of(f, site, fAt);
          if (!v.isArray() || v.size() != dec.horizon().periods()) {
            problems.add(vAt, "must be a list of " + dec.horizon().periods() + " true/false values, one per period, not "
                + Documents.describe(v));
            return;
          }
          List<Boolean> flags = new ArrayList<>();
          for (int i = 0; i < v.size(); i++) {
            Boolean b = dec.bool(v.get(i), src.of(v, i, vAt));
            flags.add(b);
          }
          if (!flags.contains(null)) {
            fixed.put(site, flags);
          }
        });
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new SolveOptions(backend, Duration.ofNanos(Math.round(seconds * 1e9)), gap, threads, seed, verify, relax,
        strengthen, fixed, log).withPortfolio(portfolio).withDecomposition(decomposition);
  }

}
