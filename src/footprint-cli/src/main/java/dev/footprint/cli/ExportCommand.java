package dev.footprint.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.io.Study;
import dev.footprint.io.results.ResultJson;
import dev.footprint.solve.ModelFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code footprint export}: a scenario's model in MPS or LP, for other solvers. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes a scenario's model in MPS or LP format, with variables and constraints named from "
        + "the study's ids, for use with other solvers. Without --out the model goes to standard output."})
final class ExportCommand extends SolvingCommand {
  @Option(names = "--scenario", paramLabel = "NAME", defaultValue = Study.BASE,
      description = "The scenario (default: ${DEFAULT-VALUE}).")
  String scenario;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "mps or lp.")
  ModelFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "The file to write.")
  Path outFile;

  @Override
  void checkOutput() {
    if (outFile != null) {
      ReportFolder.checkFile(outFile, "--out");
    }
  }

  @Override
  int run() throws IOException {
    var network = scenario(scenario);
    progress.status("exporting scenario " + scenario);
    String model = solver().export(network, format);
    ObjectNode doc = ResultJson.object();
    doc.put("scenario", scenario);
    doc.put("format", format.name());
    if (outFile != null) {
      ReportFolder.writeFile(outFile, interruption(), f -> Files.writeString(f, model, StandardCharsets.UTF_8));
      doc.put("file", outFile.toString());
      doc.put("bytes", Files.size(outFile));
      out.text("wrote " + outFile + " (" + format + ", " + Numbers.whole(Files.size(outFile)) + " bytes)");
    } else {
      doc.put("model", model);
      out.product(model);
    }
    out.document(doc);
    return ExitCode.OK;
  }
}
