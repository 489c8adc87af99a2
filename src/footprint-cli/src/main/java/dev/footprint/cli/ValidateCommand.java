package dev.footprint.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.io.Study;
import dev.footprint.io.StudyException;
import dev.footprint.io.results.ResultJson;
import dev.footprint.model.Network;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code footprint validate}: reads a study and lists every problem, solving nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Reads the study and its CSV tables and builds every scenario, solving nothing. Prints every "
        + "problem found, one per line as FILE:LINE: PATH: MESSAGE, and exits with 2 if there is any."})
final class ValidateCommand extends StudyCommand {
  @Override
  int run() {
    ObjectNode doc = ResultJson.object();
    doc.put("study", studyFile.toString());
    Study study;
    try {
      study = study();
    } catch (StudyException e) {
      doc.put("valid", false);
      doc.set("problems", Output.problems(e.problems()));
      StringBuilder sb = new StringBuilder();
      for (var p : e.problems()) {
        sb.append(p.toString().replace("\n", "\n    ")).append('\n');
      }
      out.product(sb.toString());
      out.note("footprint: " + studyFile + ": " + e.problems().size()
          + (e.problems().size() == 1 ? " problem" : " problems"));
      out.document(doc);
      return ExitCode.INVALID_INPUT;
    }
    doc.put("valid", true);
    doc.put("name", study.name());
    doc.put("sha256", study.sha256());
    var scenarios = doc.putArray("scenarios");
    study.scenarios().keySet().forEach(scenarios::add);
    doc.set("problems", Output.problems(List.of()));
    Network base = study.base();
    out.text(String.format(Locale.ROOT, "%s: valid. Study '%s': %s (%s); base has %s, %s, %s, %s, %s; money in %s.",
        studyFile, study.name(), Numbers.count(study.scenarios().size(), "scenario", "scenarios"),
        String.join(", ", study.scenarios().keySet()), Numbers.count(base.countries().size(), "country", "countries"),
        Numbers.count(base.products().size(), "product", "products"), Numbers.count(base.sites().size(), "site", "sites"),
        Numbers.count(base.markets().size(), "market", "markets"), Numbers.count(base.periods(), "period", "periods"),
        base.money().label()));
    out.document(doc);
    return ExitCode.OK;
  }
}
