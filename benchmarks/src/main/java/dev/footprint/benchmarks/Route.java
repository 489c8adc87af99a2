package dev.footprint.benchmarks;

import com.google.ortools.modelbuilder.ModelBuilderHelper;
import dev.footprint.solve.internal.Formulation;
import dev.footprint.solve.internal.OrToolsModel;
import dev.footprint.solve.internal.RecordedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openjdk.jmh.infra.Blackhole;

/** A way to hand a formulated model to OR-Tools, each building the whole model and releasing it. */
public enum Route {
  /** Straight into the native model builder by index, one JNI call per bound or term (production). */
  MODEL_BUILDER {
    @Override
    long build(Formulation formulation, boolean integer, Blackhole sink) {
      try (OrToolsModel model = new OrToolsModel()) {
        formulation.emit(model, integer, false);
        sink.consume(model.constraints());
        return model.nonzeros();
      }
    }
  },
  /** Through MPSolver's object API: a Java wrapper per variable and row, setCoefficient per term. */
  MPSOLVER {
    @Override
    long build(Formulation formulation, boolean integer, Blackhole sink) {
      try (MpSolverSink model = new MpSolverSink()) {
        formulation.emit(model, integer, false);
        sink.consume(model.solver().numConstraints());
        return model.nonzeros();
      }
    }
  },
  /** Protobuf builders on the heap, serialized once and read into the native model builder. */
  PROTO {
    @Override
    long build(Formulation formulation, boolean integer, Blackhole sink) {
      ProtoSink model = new ProtoSink();
      formulation.emit(model, integer, false);
      try {
        ModelBuilderHelper helper = model.load();
        try {
          sink.consume(helper.numConstraints());
        } finally {
          helper.delete();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return model.nonzeros();
    }
  },
  /** Plain Java arrays, no solver: the floor under the other routes. */
  ARRAYS {
    @Override
    long build(Formulation formulation, boolean integer, Blackhole sink) {
      RecordedModel model = new RecordedModel();
      formulation.emit(model, integer, false);
      sink.consume(model.rows());
      return model.nonzeros();
    }
  };

  /**
   * Writes the whole model through this route and releases what it allocated.
   *
   * @param formulation the formulated model
   * @param integer whether site decisions are integer
   * @param sink consumes a value that depends on the built model
   * @return the number of nonzeros written
   */
  abstract long build(Formulation formulation, boolean integer, Blackhole sink);
}
