package dev.footprint.benchmarks;

import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPVariableProto;
import com.google.ortools.modelbuilder.ModelBuilderHelper;
import dev.footprint.solve.internal.LinearModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bulk route: a {@link LinearModel} written into an {@link MPModelProto} with the protobuf
 * builders on the Java heap, then handed to native code in one piece by {@link #load()}: serialized
 * to a temporary file and read by {@link ModelBuilderHelper#readModelFromProtoFile} (the Java
 * bindings of the model builder take a proto only by file name).
 */
public final class ProtoSink implements LinearModel {
  private final MPModelProto.Builder model = MPModelProto.newBuilder();
  private final List<MPConstraintProto.Builder> rows = new ArrayList<>();
  private int variables;
  private long nonzeros;

  @Override
  public int addVariable(double lower, double upper, boolean integer, double objective, String name) {
    MPVariableProto.Builder v = model.addVariableBuilder().setLowerBound(lower).setUpperBound(upper);
    if (integer) {
      v.setIsInteger(true);
    }
    if (objective != 0) {
      v.setObjectiveCoefficient(objective);
    }
    if (name != null) {
      v.setName(name);
    }
    return variables++;
  }

  @Override
  public int addConstraint(double lower, double upper, String name) {
    MPConstraintProto.Builder c = model.addConstraintBuilder().setLowerBound(lower).setUpperBound(upper);
    if (name != null) {
      c.setName(name);
    }
    rows.add(c);
    return rows.size() - 1;
  }

  @Override
  public void setConstraintBounds(int row, double lower, double upper) {
    rows.get(row).setLowerBound(lower).setUpperBound(upper);
  }

  @Override
  public void addTerm(int row, int variable, double coefficient) {
    rows.get(row).addVarIndex(variable).addCoefficient(coefficient);
    nonzeros++;
  }

  @Override
  public void setObjectiveOffset(double offset) {
    model.setObjectiveOffset(offset);
  }

  /** @return the number of terms written */
  public long nonzeros() {
    return nonzeros;
  }

  /**
   * Builds the proto, writes it to a temporary file and reads that into a new native model.
   *
   * @return the native model; the caller deletes it
   * @throws IOException if the temporary file cannot be written
   */
  public ModelBuilderHelper load() throws IOException {
    MPModelProto proto = model.build();
    Path file = Files.createTempFile("footprint-bench", ".pb");
    try {
      try (OutputStream out = Files.newOutputStream(file)) {
        proto.writeTo(out);
      }
      ModelBuilderHelper helper = new ModelBuilderHelper();
      if (!helper.readModelFromProtoFile(file.toString())) {
        helper.delete();
        throw new IllegalStateException("OR-Tools could not read the model proto " + file);
      }
      return helper;
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
