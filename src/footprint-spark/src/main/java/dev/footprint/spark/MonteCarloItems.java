package dev.footprint.spark;

import dev.footprint.analysis.MonteCarlo;
import dev.footprint.analysis.Summary;
import dev.footprint.analysis.Uncertainty;
import dev.footprint.io.Study;
import dev.footprint.model.Network;
import dev.footprint.solve.FootprintSolver;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The samples of a Monte Carlo run: sample {@code i} is drawn by {@link MonteCarlo#draw} and solved. */
final class MonteCarloItems implements Items {
  static final StructType INPUT = Rows.struct(Rows.field("input", Rows.STRING), Rows.field("value", Rows.DOUBLE));
  static final StructType SCHEMA = Rows.schema(List.of(
      Rows.field("sample", Rows.INT),
      Rows.field("seed", Rows.LONG),
      Rows.field("regime", Rows.STRING),
      Rows.field("inputs", Rows.array(INPUT))), Rows.SUMMARY);

  private final MonteCarloSpec spec;

  MonteCarloItems(MonteCarloSpec spec) {
    this.spec = spec;
  }

  @Override
  public long count() {
    return spec.samples();
  }

  @Override
  public StructType schema() {
    return SCHEMA;
  }

  @Override
  public Solver open(Study study, FootprintSolver solver) {
    Network base = spec.base(study);
    List<Uncertainty> inputs = spec.inputs(study);
    List<MonteCarloSpec.Input> parsed = spec.parsed();
    return index -> {
      int i = Math.toIntExact(index);
      Network n = MonteCarlo.draw(base, inputs, spec.seed(), i);
      MonteCarloSpec.Draw d = spec.draw(parsed, i);
      // The values told in the row must be the ones the sample was solved with.
      Network told = d.regime() == null ? base : study.scenario(d.regime());
      List<Row> values = new ArrayList<>();
      for (int k = 0; k < parsed.size(); k++) {
        told = parsed.get(k).parameter().at(told, d.values().get(k));
        values.add(RowFactory.create(parsed.get(k).spec(), d.values().get(k)));
      }
      if (!told.equals(n)) {
        throw new IllegalStateException("sample " + i + ": the drawn values " + d + " do not rebuild the network that "
            + "MonteCarlo.draw made; the derivation of per-sample draws has changed");
      }
      List<Object> row = Rows.list(i, spec.seed(), d.regime(), values);
      row.addAll(Rows.summary(Summary.of(solver.solve(n))));
      return row;
    };
  }

  /**
   * @param rows every sample's row, in any order
   * @return the run, as {@link MonteCarlo#run} returns it
   */
  MonteCarlo assemble(List<Row> rows) {
    Summary[] summaries = new Summary[spec.samples()];
    for (Row r : rows) {
      int i = r.getAs("sample");
      if (summaries[i] != null) {
        throw new IllegalStateException("sample " + i + " came back twice");
      }
      summaries[i] = Rows.summary(r);
    }
    double[] costs = new double[summaries.length];
    for (int i = 0; i < summaries.length; i++) {
      if (summaries[i] == null) {
        throw new IllegalStateException("sample " + i + " did not come back");
      }
      costs[i] = summaries[i].objective();
    }
    return new MonteCarlo(spec.samples(), spec.samples(), costs, List.of(summaries), false);
  }
}
