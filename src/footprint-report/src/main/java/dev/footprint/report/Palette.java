package dev.footprint.report;

import dev.footprint.result.CostKind;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Colors for charts: a fixed color per cost kind, and for countries and scenarios a color per name,
 * given out in order of first use so that a country has the same color in every chart of a report.
 */
public final class Palette {
  /** Tableau 10, then ten more of the same lightness, well apart for people with color deficiencies. */
  private static final String[] COLORS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
      "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac", "#1f5f8b", "#c85a00", "#8cd17d", "#b6992d", "#499894",
      "#86bcb6", "#d37295", "#fabfd2", "#79706e", "#d4a6c8"};

  /** Scenarios: darker and apart from the country colors, so a scenario is not read as a country. */
  private static final String[] SCENARIOS = {"#34495e", "#9b59b6", "#16a085", "#d4a017", "#c0392b", "#2980b9",
      "#7f8c8d", "#6d4c41", "#00838f", "#ad1457"};

  private static final Map<CostKind, String> KINDS = new EnumMap<>(CostKind.class);

  static {
    KINDS.put(CostKind.MATERIALS, "#9c755f");
    KINDS.put(CostKind.LABOR, "#4e79a7");
    KINDS.put(CostKind.FREIGHT, "#76b7b2");
    KINDS.put(CostKind.TARIFFS, "#e15759");
    KINDS.put(CostKind.PRODUCTION_CREDITS, "#59a14f");
    KINDS.put(CostKind.JOB_GRANTS, "#8cd17d");
    KINDS.put(CostKind.FIXED, "#bab0ac");
    KINDS.put(CostKind.FIXED_PAYROLL, "#a0cbe8");
    KINDS.put(CostKind.CAPEX, "#f28e2b");
    KINDS.put(CostKind.INVESTMENT_CREDITS, "#b6992d");
    KINDS.put(CostKind.SITE_GRANTS, "#d4a6c8");
    KINDS.put(CostKind.CLOSING, "#79706e");
    KINDS.put(CostKind.SEVERANCE, "#d37295");
    KINDS.put(CostKind.LOST_SALES, "#b07aa1");
    KINDS.put(CostKind.REVENUE, "#edc948");
    KINDS.put(CostKind.EXPANSION_CAPEX, "#ffbe7d");
    KINDS.put(CostKind.TERMINAL_VALUE, "#86bcb6");
  }

  private final Map<String, String> assigned = new LinkedHashMap<>();

  /**
   * @param kind a cost kind
   * @return its color
   */
  public static String of(CostKind kind) {
    return KINDS.get(kind);
  }

  /**
   * @param index an index
   * @return the palette's color at that index, cycling
   */
  public static String at(int index) {
    return COLORS[Math.floorMod(index, COLORS.length)];
  }

  /**
   * @param index a scenario's index
   * @return its color, cycling
   */
  public static String scenario(int index) {
    return SCENARIOS[Math.floorMod(index, SCENARIOS.length)];
  }

  /**
   * @param name a country, scenario or other name
   * @return its color, the next free one the first time a name is asked for
   */
  public String of(String name) {
    return assigned.computeIfAbsent(name, k -> at(assigned.size()));
  }
}
