package dev.footprint.solve.internal;

/**
 * One regime's second stage for {@link BendersEngine}: its whole formulation, recorded once and split
 * into the blocks that the site statuses alone join. With the statuses fixed, the variables left fall
 * into groups that share no row (in a network without budgets or labour rows across periods, one group
 * per period); each group and its rows is a {@link BendersBlock}, a linear program of its own with its
 * own {@code theta} in the master (multi-cut), so that the master learns each period's cost apart and
 * the blocks solve on several threads at once. With several blocks, the statuses' own costs (fixed
 * costs, capex, grants) are the master's, priced exactly there, so that no block counts them twice; a
 * formulation that does not split is one block, whole, that keeps them.
 *
 * <p>Rows on site statuses alone (site dynamics, pledges on opened sites) are the master's too: the
 * blocks leave them out, and the whole formulation (for the regime's linear relaxation) keeps them
 * hard in phase one.
 */
final class BendersSubproblem {
  final Formulation formulation;
  private final RecordedModel rec;
  /** Per master column j: the formulation's variable for site status j. */
  private final int[] statusVariable;
  /** Per formulation variable: its master column, or -1. */
  private final int[] column;
  /** Per row: whether every term is on a site status. */
  final boolean[] statusOnlyRow;
  /** The blocks, each with its own theta in the master (after {@link #build}). */
  java.util.List<BendersBlock> blocks;
  /** The whole formulation, statuses priced, for the regime's linear relaxation (after {@link #build}). */
  BendersBlock whole;
  /** Per master column: the status's own cost, the master's to price (0 where the whole is one block). */
  double[] statusCost;
  /** The regime's constant cost: the formulation's offset and the best of variables on no row. */
  double offset;
  /** Whether a row without terms excludes 0: then no footprint suits the regime. */
  final boolean emptyRowInfeasible;
  /** The rows of each block, and its variables (the statuses its rows touch included), ascending. */
  private final java.util.List<int[]> blockRows = new java.util.ArrayList<>();
  private final java.util.List<int[]> blockVariables = new java.util.ArrayList<>();
  /** The constant of variables on no row, at their cheaper bounds. */
  private final double unconstrained;

  /**
   * Records the formulation and finds its blocks; {@link #build} then copies them out.
   *
   * @param formulation the regime's formulation
   * @param statusVariable per master column, the formulation's variable of that site status
   */
  BendersSubproblem(Formulation formulation, int[] statusVariable) {
    this.formulation = formulation;
    this.statusVariable = statusVariable.clone();
    rec = new RecordedModel();
    formulation.emit(rec, false, false);
    int columns = statusVariable.length;
    column = new int[rec.variables];
    java.util.Arrays.fill(column, -1);
    for (int j = 0; j < columns; j++) {
      column[statusVariable[j]] = j;
    }
    statusOnlyRow = new boolean[rec.rows];
    java.util.Arrays.fill(statusOnlyRow, true);
    boolean[] hasTerm = new boolean[rec.rows];
    for (long i = 0; i < rec.terms; i++) {
      int r = rec.termRow[(int) i];
      hasTerm[r] = true;
      if (rec.termCoef[(int) i] != 0 && column[rec.termVar[(int) i]] < 0) {
        statusOnlyRow[r] = false;
      }
    }
    boolean empty = false;
    for (int r = 0; r < rec.rows; r++) {
      statusOnlyRow[r] &= hasTerm[r];
      // A row without terms (a demand no arc serves and none may go unserved) is in no block and not
      // in the master: it is checked here.
      empty |= !hasTerm[r] && (rec.rowLower[r] > 1e-9 || rec.rowUpper[r] < -1e-9);
    }
    emptyRowInfeasible = empty;
    // The groups of variables other than statuses that rows join: union-find over each row's terms.
    int[] parent = new int[rec.variables];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    int[] anchor = new int[rec.rows];
    java.util.Arrays.fill(anchor, -1);
    boolean[] onRow = new boolean[rec.variables];
    for (long i = 0; i < rec.terms; i++) {
      int r = rec.termRow[(int) i];
      int v = rec.termVar[(int) i];
      if (statusOnlyRow[r] || column[v] >= 0) {
        continue;
      }
      onRow[v] = true;
      if (anchor[r] < 0) {
        anchor[r] = v;
      } else {
        union(parent, anchor[r], v);
      }
    }
    double constant = 0;
    java.util.Map<Integer, java.util.List<Integer>> rowsOf = new java.util.LinkedHashMap<>();
    for (int r = 0; r < rec.rows; r++) {
      if (anchor[r] >= 0) {
        rowsOf.computeIfAbsent(find(parent, anchor[r]), x -> new java.util.ArrayList<>()).add(r);
      }
    }
    java.util.Map<Integer, java.util.TreeSet<Integer>> varsOf = new java.util.HashMap<>();
    for (int v = 0; v < rec.variables; v++) {
      if (column[v] >= 0) {
        continue;
      }
      if (onRow[v]) {
        varsOf.computeIfAbsent(find(parent, v), x -> new java.util.TreeSet<>()).add(v);
      } else {
        // On no row: at its cheaper bound, whatever the statuses.
        double c = rec.varObjective[v];
        constant += c > 0 ? c * rec.varLower[v] : c < 0 ? c * rec.varUpper[v] : 0;
      }
    }
    if (!Double.isFinite(constant)) {
      throw new IllegalStateException("a variable on no row has an unbounded cost");
    }
    unconstrained = constant;
    for (long i = 0; i < rec.terms; i++) {
      int r = rec.termRow[(int) i];
      int v = rec.termVar[(int) i];
      if (anchor[r] >= 0 && column[v] >= 0) {
        varsOf.get(find(parent, anchor[r])).add(v);
      }
    }
    for (var e : rowsOf.entrySet()) {
      blockRows.add(e.getValue().stream().mapToInt(Integer::intValue).toArray());
      blockVariables.add(varsOf.get(e.getKey()).stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /** @return the site statuses the formulation leaves free (lower bound below upper) */
  int freeStatuses() {
    int n = 0;
    for (int v : statusVariable) {
      n += rec.varLower[v] < rec.varUpper[v] ? 1 : 0;
    }
    return n;
  }

  /** @return the blocks the formulation falls into, at least 1 */
  int blockCount() {
    return Math.max(1, blockRows.size());
  }

  /** Copies the whole formulation and its blocks out, for the engine. */
  void build() {
    int columns = statusVariable.length;
    int[] all = new int[rec.variables];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    int[] allRows = new int[rec.rows];
    for (int r = 0; r < allRows.length; r++) {
      allRows[r] = r;
    }
    whole = new BendersBlock(rec, column, columns, allRows, all, statusOnlyRow, true, rec.offset);
    statusCost = new double[columns];
    java.util.List<BendersBlock> out = new java.util.ArrayList<>();
    if (blockRows.size() <= 1) {
      // A formulation that does not split is its own one block, whole, as the decomposition of a
      // robust model over regimes had it before blocks: the statuses' costs and the rows on statuses
      // alone stay in it (phase one keeps the latter hard). Measured on size M (one block): with the
      // costs in the master and those rows left out, Glop and HiGHS failed on the linear master and
      // the first mixed-integer master had not ended after 190 s.
      out.add(whole);
      offset = 0;
    } else {
      for (int j = 0; j < columns; j++) {
        statusCost[j] = rec.varObjective[statusVariable[j]];
      }
      for (int b = 0; b < blockRows.size(); b++) {
        out.add(new BendersBlock(rec, column, columns, blockRows.get(b), blockVariables.get(b), statusOnlyRow, false,
            0));
      }
      offset = rec.offset + unconstrained;
    }
    blocks = java.util.List.copyOf(out);
  }

  private static int find(int[] parent, int v) {
    while (parent[v] != v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** @return the rows on site statuses alone, each as (lower, upper, master columns, coefficients) */
  java.util.List<double[][]> statusRows() {
    java.util.List<java.util.List<double[]>> terms = new java.util.ArrayList<>();
    for (int r = 0; r < rec.rows; r++) {
      terms.add(statusOnlyRow[r] ? new java.util.ArrayList<>() : null);
    }
    for (long i = 0; i < rec.terms; i++) {
      int r = rec.termRow[(int) i];
      if (statusOnlyRow[r] && rec.termCoef[(int) i] != 0) {
        terms.get(r).add(new double[] {column[rec.termVar[(int) i]], rec.termCoef[(int) i]});
      }
    }
    java.util.List<double[][]> out = new java.util.ArrayList<>();
    for (int r = 0; r < rec.rows; r++) {
      if (statusOnlyRow[r]) {
        double[][] row = new double[terms.get(r).size() + 1][];
        row[0] = new double[] {rec.rowLower[r], rec.rowUpper[r]};
        for (int i = 0; i < terms.get(r).size(); i++) {
          row[i + 1] = terms.get(r).get(i);
        }
        out.add(row);
      }
    }
    return out;
  }

  /**
   * Rows on the site statuses alone that every solution meets, for a master problem that sees no
   * shipments ({@link BendersEngine}): for each product and period, the sites that can make it must be
   * able to cover its demand that may not go unserved,
   * {@code sum_s min(cap[s,t] / use[p], demand site s can serve) active[s,t] >= required demand}. Valid
   * because a site makes no more than its capacity allows, only while active. None where capacity is
   * not simply {@code cap * active}: with capacity steps or ramp-up, or for a product that uses no
   * capacity.
   *
   * @return rows as {@code {{lower, upper}, {column, coefficient}, ...}}, the column of
   *     {@code active[s,t]} being {@code s * f.periods + t}
   */
  java.util.List<double[][]> coverRows() {
    Formulation f = formulation;
    java.util.List<double[][]> rows = new java.util.ArrayList<>();
    if (f.stepRows.count > 0) {
      return rows;
    }
    for (int s = 0; s < f.siteCount; s++) {
      if (LaborRows.ramps(f, s)) {
        return rows;
      }
    }
    int T = f.periods;
    for (int p = 0; p < f.productCount; p++) {
      dev.footprint.model.Product product = f.n.products().get(p);
      double use = product.capacityUsePerUnit();
      if (!(use > 0)) {
        continue;
      }
      for (int t = 0; t < T; t++) {
        double need = 0;
        for (int m = 0; m < f.marketCount; m++) {
          double d = f.demand(p, m, t);
          need += f.lostSlot[p * f.marketCount + m] >= 0
              ? d - ProfitTerms.unservedUpper(f.n.markets().get(m), product.id(), d) : d;
        }
        if (!(need > 0)) {
          continue;
        }
        java.util.Map<Integer, Double> served = new java.util.TreeMap<>();
        for (int i = f.productArcStart[p]; i < f.productArcStart[p + 1]; i++) {
          int a = f.productArcs[i];
          int s = f.arcSite[a];
          if (f.activeUpper[s * T + t] > 0) {
            served.merge(s, f.demand(p, f.arcMarket[a], t), Double::sum);
          }
        }
        double[][] row = new double[served.size() + 1][];
        row[0] = new double[] {need, Double.POSITIVE_INFINITY};
        int i = 1;
        for (var e : served.entrySet()) {
          double cap = f.n.sites().get(e.getKey()).capacity().at(t) / use;
          row[i++] = new double[] {e.getKey() * T + t, Math.min(cap, e.getValue())};
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** @return per master column, the lower bound the formulation gives the status */
  double lower(int j) {
    return rec.varLower[statusVariable[j]];
  }

  /** @return per master column, the upper bound the formulation gives the status */
  double upper(int j) {
    return rec.varUpper[statusVariable[j]];
  }
}
