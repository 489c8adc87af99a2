package dev.footprint.solve.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a model to find conflicting constraints: the objective is dropped, and every demand,
 * capacity and policy row gets a slack variable whose cost is one over the row's size, so that the
 * solve minimizes the relative violation. Rows of other families stay hard.
 */
final class ElasticModel implements LinearModel {
  private static final List<String> SOFT = List.of("demand", "capacity", "pledge", "jobs", "homeShare",
      "concentration");

  record Slack(String row, int variable, double size) {}

  private record Row(int index, String name, double lower, double upper) {}

  private final LinearModel inner;
  private final List<Row> soft = new ArrayList<>();
  final List<Slack> slacks = new ArrayList<>();

  ElasticModel(LinearModel inner) {
    this.inner = inner;
  }

  @Override
  public void reserve(int variables) {
    inner.reserve(variables);
  }

  @Override
  public int addVariable(double lower, double upper, boolean integer, double objective, String name) {
    return inner.addVariable(lower, upper, integer, 0, name);
  }

  @Override
  public int addConstraint(double lower, double upper, String name) {
    int row = inner.addConstraint(lower, upper, name);
    String family = name == null ? "" : name.substring(0, Math.max(0, name.indexOf('[')));
    if (SOFT.contains(family)) {
      soft.add(new Row(row, name, lower, upper));
    }
    return row;
  }

  @Override
  public void setConstraintBounds(int row, double lower, double upper) {
    inner.setConstraintBounds(row, lower, upper);
    for (int i = 0; i < soft.size(); i++) {
      if (soft.get(i).index() == row) {
        soft.set(i, new Row(row, soft.get(i).name(), lower, upper));
      }
    }
  }

  @Override
  public void addTerm(int row, int variable, double coefficient) {
    inner.addTerm(row, variable, coefficient);
  }

  @Override
  public void setObjectiveOffset(double offset) {
    // the elastic objective has no offset
  }

  /** Adds the slacks, once all rows are in. */
  void addSlacks() {
    for (Row r : soft) {
      double size = Math.max(1, Math.max(finiteAbs(r.lower()), finiteAbs(r.upper())));
      if (r.lower() > Double.NEGATIVE_INFINITY) {
        int v = inner.addVariable(0, Double.POSITIVE_INFINITY, false, 1 / size, "slack_up_" + r.name());
        inner.addTerm(r.index(), v, 1);
        slacks.add(new Slack(r.name(), v, size));
      }
      if (r.upper() < Double.POSITIVE_INFINITY) {
        int v = inner.addVariable(0, Double.POSITIVE_INFINITY, false, 1 / size, "slack_down_" + r.name());
        inner.addTerm(r.index(), v, -1);
        slacks.add(new Slack(r.name(), v, size));
      }
    }
  }

  private static double finiteAbs(double v) {
    return Double.isInfinite(v) ? 0 : Math.abs(v);
  }
}
