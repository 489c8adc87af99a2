package dev.footprint.report;

import dev.footprint.analysis.Summary;
import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.model.SiteKind;
import dev.footprint.result.Allocation;
import dev.footprint.solve.Solution;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The sites whose status differs between the rows of a table (scenarios, sweep points, frontier
 * points), so that a table shows only those and not the whole footprint on every row. A status is
 * {@code opens 2027} or {@code open}, {@code closes 2028} or {@code closed}, or {@link #SAME} for a
 * site as it is today (an existing site kept, a candidate not opened). With one row, the sites that
 * change from today are the ones shown.
 */
final class SiteChanges {
  /** The status of a site as it is today: an existing site kept, a candidate not opened. */
  static final String SAME = "–";
  /** Sites shown as columns of a row table at most; beyond that a row lists them. */
  static final int MAX_COLUMNS = 6;

  private final List<String> rows;
  private final String noun;
  private final List<Map<String, String>> status;
  private final List<String> changing = new ArrayList<>();
  private final int unchanged;
  private final int changedInEveryRow;

  private SiteChanges(List<String> rows, String noun, List<Map<String, String>> status, Set<String> sites) {
    this.rows = List.copyOf(rows);
    this.noun = noun;
    this.status = List.copyOf(status);
    int same = 0;
    int always = 0;
    for (String site : sites) {
      Set<String> seen = new LinkedHashSet<>();
      status.forEach(m -> seen.add(m.getOrDefault(site, SAME)));
      boolean differs = seen.size() > 1 || (rows.size() == 1 && !seen.contains(SAME));
      if (differs) {
        changing.add(site);
      } else {
        same++;
        always += seen.contains(SAME) ? 0 : 1;
      }
    }
    this.unchanged = same;
    this.changedInEveryRow = always;
  }

  /**
   * @param names the scenarios' names
   * @param solutions their solutions, in the same order (those without an allocation count as rows
   *     with every site as today)
   * @return the sites whose status differs between the scenarios, with periods
   */
  static SiteChanges ofSolutions(List<String> names, List<Solution> solutions) {
    Set<String> sites = new LinkedHashSet<>();
    List<Map<String, String>> status = new ArrayList<>();
    for (Solution s : solutions) {
      s.network().sites().forEach(site -> sites.add(site.id()));
      status.add(s.hasAllocation() ? status(s.allocation()) : Map.of());
    }
    return new SiteChanges(names, "scenario", status, sites);
  }

  /**
   * @param a an allocation
   * @return the status of each site that opens or closes, with the period where the horizon has
   *     several
   */
  static Map<String, String> status(Allocation a) {
    Network n = a.network();
    Map<String, String> out = new LinkedHashMap<>();
    for (Site site : n.sites()) {
      boolean existing = site.kind() == SiteKind.EXISTING;
      OptionalInt t = existing ? a.closedIn(site.id()) : a.openedIn(site.id());
      if (t.isPresent()) {
        String word = existing ? (n.periods() > 1 ? "closes " : "closed") : (n.periods() > 1 ? "opens " : "open");
        out.put(site.id(), word + (n.periods() > 1 ? n.horizon().label(t.getAsInt()) : ""));
      }
    }
    return out;
  }

  /**
   * @param names the rows' names
   * @param noun what a row is, such as {@code point}
   * @param summaries their figures, in the same order
   * @param sites every site of the network, or an empty list when not known (then only sites that
   *     open or close in some row count)
   * @return the sites whose status differs between the rows (without periods: summaries have none)
   */
  static SiteChanges ofSummaries(List<String> names, String noun, List<Summary> summaries, List<String> sites) {
    Set<String> all = new LinkedHashSet<>(sites);
    List<Map<String, String>> status = new ArrayList<>();
    for (Summary s : summaries) {
      Map<String, String> m = new LinkedHashMap<>();
      s.sitesOpened().forEach(x -> m.put(x, "open"));
      s.sitesClosed().forEach(x -> m.put(x, "closed"));
      all.addAll(m.keySet());
      status.add(m);
    }
    return new SiteChanges(names, noun, status, all);
  }

  /** @return the sites whose status differs between the rows, in network order */
  List<String> changing() {
    return changing;
  }

  /**
   * @param row a row's index
   * @param site a site id
   * @return its status in the row
   */
  String status(int row, String site) {
    return status.get(row).getOrDefault(site, SAME);
  }

  /**
   * @param row a row's index
   * @return the changing sites not as today in that row, with their status: {@code US-GA opens 2027}
   */
  String list(int row) {
    List<String> out = new ArrayList<>();
    for (String site : changing) {
      String st = status(row, site);
      if (!st.equals(SAME)) {
        out.add(site + " " + st);
      }
    }
    return out.isEmpty() ? "none" : String.join(", ", out);
  }

  /**
   * @return whether the changing sites are few enough to be columns of a row table
   */
  boolean asColumns() {
    return changing.size() <= MAX_COLUMNS;
  }

  /**
   * A table with a row per changing site and a column per row name.
   *
   * @param corner the first column's name, such as {@code site}
   * @return the table, or a note when no site changes
   */
  String matrix(String corner) {
    if (changing.isEmpty()) {
      return Html.note(rows.size() == 1 ? "No site opens or closes." : "Every site has the same status in every "
          + noun + ".") + note();
    }
    List<Object[]> out = new ArrayList<>();
    for (String site : changing) {
      Object[] r = new Object[rows.size() + 1];
      r[0] = site;
      for (int i = 0; i < rows.size(); i++) {
        r[i + 1] = status(i, site);
      }
      out.add(r);
    }
    return Html.table(Html.header(corner, rows), out) + note();
  }

  /**
   * @return a note of how many sites are left out for having the same status in every row, or
   *     nothing if none is
   */
  String note() {
    if (unchanged == 0) {
      return "";
    }
    String what = rows.size() == 1 ? " neither open nor close and are not shown."
        : " have the same status in every " + noun + " and are not shown"
            + (changedInEveryRow > 0 ? " (" + changedInEveryRow + " of them open or close in every one)" : "") + ".";
    return Html.note(unchanged + (unchanged == 1 ? " site" : " sites") + what
        + " " + SAME + " means as today: an existing site kept, a candidate not opened.");
  }
}
