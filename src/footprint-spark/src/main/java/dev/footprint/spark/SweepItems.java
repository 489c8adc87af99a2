package dev.footprint.spark;

import dev.footprint.analysis.Parameter;
import dev.footprint.analysis.Specs;
import dev.footprint.analysis.Summary;
import dev.footprint.analysis.Sweep;
import dev.footprint.io.Study;
import dev.footprint.model.Network;
import dev.footprint.solve.FootprintSolver;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/** The points of a sweep: point {@code i} is the scenario with the parameter at {@code values[i]}, solved. */
final class SweepItems implements Items {
  static final StructType SCHEMA = Rows.schema(List.of(
      Rows.field("point", Rows.INT),
      Rows.field("parameter", Rows.STRING),
      Rows.field("value", Rows.DOUBLE),
      Rows.field("solved", Rows.BOOLEAN)), Rows.SUMMARY);

  private final SweepSpec spec;
  private final double[] values;

  SweepItems(SweepSpec spec) {
    this.spec = spec;
    this.values = spec.values();
  }

  @Override
  public long count() {
    return values.length;
  }

  @Override
  public StructType schema() {
    return SCHEMA;
  }

  @Override
  public Solver open(Study study, FootprintSolver solver) {
    Network base = study.scenario(spec.scenario());
    Parameter p = Specs.parameter(spec.parameter());
    return index -> {
      int i = Math.toIntExact(index);
      List<Object> row = Rows.list(i, p.name(), values[i], true);
      row.addAll(Rows.summary(Summary.of(solver.solve(p.at(base, values[i])))));
      return row;
    };
  }

  /**
   * @param rows every point's row, in any order
   * @return the sweep, every point solved
   */
  Sweep assemble(List<Row> rows) {
    Sweep.Point[] points = new Sweep.Point[values.length];
    for (Row r : rows) {
      int i = r.getAs("point");
      points[i] = new Sweep.Point(r.getAs("value"), Rows.summary(r), r.getAs("solved"));
    }
    for (int i = 0; i < points.length; i++) {
      if (points[i] == null) {
        throw new IllegalStateException("point " + i + " did not come back");
      }
    }
    return new Sweep(Specs.parameter(spec.parameter()).name(), List.of(points), points.length);
  }
}
