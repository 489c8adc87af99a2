package dev.footprint.cli.corpus;

import static dev.footprint.cli.corpus.CorpusCase.refused;
import static dev.footprint.cli.corpus.FieldMutations.edited;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Broken study files as a whole, and the study-level sections: files that are empty, binary, huge or
 * not files; YAML and JSON that cannot be read, or use what a study refuses (aliases, anchors, merge
 * keys, tags, a second document, deep nesting); the horizon, solver options, money and scenarios
 * with wrong values, and sizes beyond the limits.
 */
final class DocumentCases {
  private DocumentCases() {}

  private static CorpusCase bytes(String category, String id, String name, byte[] content, String... fragments) {
    return refused("file/" + id, category, dir -> Files.write(dir.resolve(name), content), fragments);
  }

  private static CorpusCase text(String category, String id, String name, String content, String... fragments) {
    return bytes(category, id, name, content.getBytes(StandardCharsets.UTF_8), fragments);
  }

  static List<CorpusCase> cases() {
    List<CorpusCase> out = new ArrayList<>();
    String study = Studies.STUDY;
    // Files that hold no study.
    out.add(text("unreadable file", "empty", study, "", study, "the file is empty"));
    out.add(text("unreadable file", "blank", study, "  \n\n   \n", study, "the file is empty"));
    out.add(text("unreadable file", "only a comment", study, "# nothing\n", study, "the file is empty"));
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    out.add(bytes("unreadable file", "binary garbage", study, garbage, study, "is not UTF-8 text"));
    out.add(bytes("unreadable file", "NUL bytes", study, "name: a\u0000b\n".getBytes(StandardCharsets.UTF_8), study,
        "a NUL byte"));
    out.add(bytes("unreadable file", "UTF-16", study, Studies.SMALL.getBytes(StandardCharsets.UTF_16), study,
        "is not UTF-8 text"));
    out.add(bytes("unreadable file", "Latin-1", study, Studies.SMALL.replace("Mexico", "M\u00e9xico")
        .getBytes(StandardCharsets.ISO_8859_1), study, "is not UTF-8 text"));
    out.add(text("unreadable file", "control character", study, "name: a\u0007b\n", study,
        "special characters are not allowed"));
    out.add(text("unreadable file", "a list, not a mapping", study, "- a\n- b\n", study, "must be a mapping of keys"));
    out.add(text("unreadable file", "a scalar, not a mapping", study, "hello\n", study, "must be a mapping of keys"));
    out.add(text("unreadable file", "YAML syntax", study, "name: [a, b\ncountries: x\n", study, "cannot be read as YAML"));
    out.add(text("unreadable file", "tab indentation", study, "countries:\n\t- id: US\n", study,
        "cannot be read as YAML"));
    out.add(text("unreadable file", "JSON syntax", "study.json", "{\"name\": \"x\",}", "study.json",
        "cannot be read as JSON"));
    out.add(text("unreadable file", "JSON truncated", "study.json", "{\"countries\": [{\"id\": \"US\"", "study.json",
        "cannot be read as JSON"));
    out.add(text("unreadable file", "JSON number of a million digits", "study.json", "{\"name\": "
        + "9".repeat(1_000_000) + "}", "study.json", "cannot be read as JSON"));
    out.add(text("unreadable file", "wrong extension", "study.txt", Studies.SMALL, "study.txt",
        "must end in .yaml, .yml or .json"));
    out.add(refused("file/no such file", "unreadable file", dir -> dir.resolve("nowhere.yaml"), "nowhere.yaml",
        "no such file"));
    out.add(refused("file/a folder", "unreadable file", dir -> Files.createDirectory(dir.resolve(study)), study,
        "it is a folder"));
    out.add(refused("file/a named pipe", "unreadable file", dir -> {
      Path p = dir.resolve(study);
      return Pipes.mkfifo(p) ? p : Files.createSymbolicLink(p, Path.of("/dev/null"));
    }, study, "is not a regular file"));
    out.add(refused("file/a link to /dev/zero", "unreadable file",
        dir -> Files.createSymbolicLink(dir.resolve(study), Path.of("/dev/zero")), study, "is not a regular file"));
    out.add(refused("file/beyond 16 MiB", "limits", dir -> {
      try (RandomAccessFile f = new RandomAccessFile(dir.resolve(study).toFile(), "rw")) {
        f.setLength((16L << 20) + 1);
      }
      return dir.resolve(study);
    }, study, "more than the 16 MiB"));

    // YAML a study refuses.
    out.add(edited("YAML feature", "alias", s -> s.replace("laborCostPerHour: 43.14", "laborCostPerHour: &w 43.14")
        .replace("laborCostPerHour: 2.99", "laborCostPerHour: *w"), "countries[2].laborCostPerHour",
        "YAML aliases and anchors are not supported: write the value"));
    out.add(edited("YAML feature", "anchor", s -> s.replace("  - id: US-Ohio", "  - &ohio\n    id: US-Ohio"),
        "sites[0]", "YAML aliases and anchors are not supported"));
    out.add(edited("YAML feature", "merge key", s -> s.replace("    kind: candidate", "    <<: {fixedCost: 1}\n"
        + "    kind: candidate"), "merge keys (<<) are not supported"));
    out.add(edited("YAML feature", "java tag", s -> s.replace("closingCost: 50000",
        "closingCost: !!java.net.URL [\"http://example.org\"]"), "sites[0].closingCost", "tags are not supported"));
    out.add(edited("YAML feature", "standard tag", s -> s.replace("capacity: 1000", "capacity: !!str 1000"),
        "sites[0].capacity", "tags are not supported"));
    out.add(edited("YAML feature", "custom tag", s -> s.replace("name: Mexico\n    laborCostPerHour",
        "name: !local Mexico\n    laborCostPerHour"), "countries[1].name", "tags are not supported"));
    out.add(edited("YAML feature", "duplicate key", s -> s.replace("    closingCost: 50000",
        "    closingCost: 50000\n    closingCost: 60000"), "sites[0].closingCost", "duplicate key 'closingCost'",
        "first on line"));
    out.add(edited("YAML feature", "second document", s -> s + "---\nname: other\n", "a second YAML document"));
    out.add(edited("YAML feature", "deep nesting", s -> s.replace("description: Where",
        "description: " + "[".repeat(100_000) + "]".repeat(100_000) + "\nsource: Where"), "nest deeper than 64"));
    out.add(edited("YAML feature", "unknown top-level key", s -> s.replace("tariffs:\n", "tarifs:\n"), "tarifs",
        "Maybe you meant 'tariffs'"));
    out.add(edited("YAML feature", "complex key", s -> s + "? [a, b]\n: 3\n", "cannot be read as YAML"));

    // The horizon.
    String horizon = "  firstYear: 2026\n  periods: 3\n  discountRate: 0.08";
    String[][] horizons = {
        {"periods 1e9", "  firstYear: 2026\n  periods: 1000000000\n  discountRate: 0.08", "horizon.periods",
            "at most 1000 periods"},
        {"periods 1001", "  firstYear: 2026\n  periods: 1001\n  discountRate: 0.08", "horizon.periods",
            "at most 1000 periods"},
        {"periods 0", "  firstYear: 2026\n  periods: 0\n  discountRate: 0.08", "horizon.periods", "at least 1"},
        {"periods -1", "  firstYear: 2026\n  periods: -1\n  discountRate: 0.08", "horizon.periods", "at least 1"},
        {"periods 2.5", "  firstYear: 2026\n  periods: 2.5\n  discountRate: 0.08", "horizon.periods", "whole number"},
        {"periods abc", "  firstYear: 2026\n  periods: abc\n  discountRate: 0.08", "horizon.periods", "'abc'"},
        {"periods 1e20", "  firstYear: 2026\n  periods: 1e20\n  discountRate: 0.08", "horizon.periods",
            "whole number"},
        {"discount 1", "  firstYear: 2026\n  periods: 3\n  discountRate: 1", "horizon.discountRate", "[0, 1)"},
        {"discount NaN", "  firstYear: 2026\n  periods: 3\n  discountRate: .nan", "horizon.discountRate", "is .nan"},
        {"discount 8%", "  firstYear: 2026\n  periods: 3\n  discountRate: 8%", "horizon.discountRate",
            "is a percentage"},
        {"firstYear abc", "  firstYear: abc\n  periods: 3\n  discountRate: 0.08", "horizon.firstYear", "'abc'"},
        {"labels and firstYear", "  firstYear: 2026\n  labels: [a, b, c]\n  discountRate: 0.08", "horizon.firstYear",
            "not both"},
        {"labels twice", "  labels: [a, b, a]\n  discountRate: 0.08", "horizon.labels[2]", "given twice"},
        {"labels 5000", "  labels: [" + "x, ".repeat(4999) + "y]", "horizon.labels", "at most 1000 periods"},
        {"labels not a list", "  labels: a", "horizon.labels", "must be a list"},
        {"no periods", "  discountRate: 0.08", "horizon", "needs 'periods'"},
        {"unknown key", horizon + "\n  period: 3", "horizon.period", "unknown key 'period'"}};
    for (String[] h : horizons) {
      out.add(edited("horizon", "horizon " + h[0], s -> s.replace(horizon, h[1]), h[2], h[3]));
    }
    out.add(edited("horizon", "horizon not a mapping", s -> s.replace("horizon:\n" + horizon, "horizon: 3"), "horizon",
        "must be the horizon"));

    // Solver options.
    String[][] solver = {
        {"backend nope", "backend: scip", "backend: nope", "solver.backend", "'nope' is not one of"},
        {"time limit -1", "timeLimitSeconds: 60", "timeLimitSeconds: -1", "solver.timeLimitSeconds", ">= 0"},
        {"time limit abc", "timeLimitSeconds: 60", "timeLimitSeconds: abc", "solver.timeLimitSeconds", "'abc'"},
        {"gap 1", "relativeGap: 1e-6", "relativeGap: 1", "solver.relativeGap", "[0, 1)"},
        {"gap 5%", "relativeGap: 1e-6", "relativeGap: 5%", "solver.relativeGap", "percentage"},
        {"threads 0", "threads: 1", "threads: 0", "solver.threads", "at least 1"},
        {"threads 2.5", "threads: 1", "threads: 2.5", "solver.threads", "whole number"},
        {"seed 1e20", "seed: 0", "seed: 1e20", "solver.seed", "whole number"},
        {"verify maybe", "seed: 0", "seed: 0\n  verify: maybe", "solver.verify", "true or false"},
        {"fixed status wrong length", "seed: 0", "seed: 0\n  fixedSiteStatus: {US-Ohio: [true]}",
            "solver.fixedSiteStatus.US-Ohio", "3 true/false values"},
        {"fixed status unknown site", "seed: 0", "seed: 0\n  fixedSiteStatus: {Nowhere: [true, true, true]}",
            "solver.fixedSiteStatus.Nowhere", "no site has the id 'Nowhere'"},
        {"fixed status not booleans", "seed: 0", "seed: 0\n  fixedSiteStatus: {US-Ohio: [yes, no, 1]}",
            "solver.fixedSiteStatus.US-Ohio[0]", "true or false"},
        {"unknown key", "seed: 0", "seed: 0\n  threds: 2", "solver.threds", "Maybe you meant 'threads'"}};
    for (String[] o : solver) {
      out.add(edited("solver options", "solver " + o[0], s -> s.replace("  " + o[1], "  " + o[2]), o[3], o[4]));
    }

    // Money.
    String[][] money = {
        {"currency lower case", "{currency: usd, unit: 1}", "money.currency", "Maybe you meant 'USD'"},
        {"currency unknown", "{currency: XYZ, unit: 1}", "money.currency", "not an ISO 4217"},
        {"no currency", "{unit: 1}", "money.currency", "missing"},
        {"unit -1", "{currency: USD, unit: -1}", "money.unit", "> 0"},
        {"unit lots", "{currency: USD, unit: lots}", "money.unit", "is not a unit"},
        {"unit 0", "{currency: USD, unit: 0}", "money.unit", "> 0"},
        {"not a mapping", "USD", "money", "must be the study's money"}};
    for (String[] m : money) {
      out.add(edited("money", "money " + m[0], s -> s.replace("{currency: USD, unit: 1}", m[1]), m[2], m[3]));
    }

    // Scenarios.
    String[][] scenarios = {
        {"extends unknown", "    extends: vn-46\n", "    extends: vn-64\n", "scenarios.vn-46-mx-wages.extends",
            "no scenario named 'vn-64'"},
        {"extends later", "    extends: vn-46\n", "    extends: no-usmca\n", "scenarios.vn-46-mx-wages.extends",
            "written above"},
        {"set unknown id", "\"tariffs.us-vn.rate\": 0.46", "\"tariffs.us-vm.rate\": 0.46",
            "scenarios.vn-46.set[\"tariffs.us-vm.rate\"]", "no tariff has the id 'us-vm'"},
        {"set unknown field", "\"tariffs.us-vn.rate\": 0.46", "\"tariffs.us-vn.rat\": 0.46",
            "scenarios.vn-46.set[\"tariffs.us-vn.rat\"]", "no field 'rat'"},
        {"set unknown collection", "\"tariffs.us-vn.rate\": 0.46", "\"tarifs.us-vn.rate\": 0.46",
            "scenarios.vn-46.set[\"tarifs.us-vn.rate\"]", "is not a collection"},
        {"set bad value", "\"tariffs.us-vn.rate\": 0.46", "\"tariffs.us-vn.rate\": 46",
            "scenarios.vn-46.set[\"tariffs.us-vn.rate\"]", "percentage"},
        {"set an id", "\"tariffs.us-vn.rate\": 0.46", "\"tariffs.us-vn.id\": x",
            "scenarios.vn-46.set[\"tariffs.us-vn.id\"]", "an id cannot be set"},
        {"set money", "\"tariffs.us-vn.rate\": 0.46", "\"money.currency\": EUR",
            "scenarios.vn-46.set[\"money.currency\"]", "state it once"},
        {"set horizon 1e9", "\"tariffs.us-vn.rate\": 0.46", "\"horizon.periods\": 1000000000",
            "scenarios.vn-46.set[\"horizon.periods\"]", "at most 1000 periods"},
        {"remove unknown", "remove: [tariffs.usmca, policies.us-widgets]", "remove: [tariffs.usmcb]",
            "scenarios.no-usmca.remove[0]", "no tariff has the id 'usmcb'"},
        {"remove required field", "remove: [tariffs.usmca, policies.us-widgets]",
            "remove: [sites.US-Ohio.capacity]", "sites[0].capacity", "in scenario 'no-usmca': missing"},
        {"remove not a list", "remove: [tariffs.usmca, policies.us-widgets]", "remove: {a: 1}",
            "scenarios.no-usmca.remove", "must be a list of paths"},
        {"add duplicate id", "{id: mx-25, destination: US", "{id: us-mfn, destination: US",
            "scenarios.no-usmca.add.tariffs[0]", "already a tariff with the id 'us-mfn'"},
        {"add bad element", "{id: mx-25, destination: US, origins: [MX], rate: 0.25}",
            "{id: mx-25, destination: US, origins: [MX], rate: -0.25}", "scenarios.no-usmca.add.tariffs[0].rate",
            "fraction"},
        {"add unknown collection", "    add:\n      tariffs:", "    add:\n      tarifs:", "scenarios.no-usmca.add.tarifs",
            "unknown collection"},
        {"add breaks a reference", "{id: mx-25, destination: US, origins: [MX], rate: 0.25}",
            "{id: mx-25, destination: XX, origins: [MX], rate: 0.25}", "scenarios.no-usmca.add.tariffs[0].destination",
            "no country has the id 'XX'"},
        {"remove breaks a reference", "remove: [tariffs.usmca, policies.us-widgets]", "remove: [countries.MX]",
            "in scenario 'no-usmca'", "no country has the id 'MX'"},
        {"named base", "  vn-46:\n", "  base:\n", "scenarios.base", "name of the study's base network"},
        {"unknown key", "    extends: vn-46\n", "    extend: vn-46\n", "scenarios.vn-46-mx-wages.extend",
            "Maybe you meant 'extends'"},
        {"not a mapping", "  vn-46:\n    description: Vietnam's threatened 46% instead of the 20% deal\n    set:\n"
            + "      \"tariffs.us-vn.rate\": 0.46\n", "  vn-46: 0.46\n", "scenarios.vn-46", "must be a scenario"},
        {"duplicate lane added", "{id: mx-25, destination: US, origins: [MX], rate: 0.25}",
            "{id: mx-25, destination: US, origins: [MX], rate: 0.25}\n      freight:\n"
                + "        - {origin: VN, destination: MX, costPerUnit: 9}", "scenarios.no-usmca.add.freight[0]",
            "duplicate freight rate"}};
    for (String[] sc : scenarios) {
      out.add(edited("scenario", "scenario " + sc[0], s -> s.replace(sc[1], sc[2]), sc[3], sc[4]));
    }
    StringBuilder many = new StringBuilder("\n");
    for (int i = 0; i <= 1000; i++) {
      many.append("  s").append(i).append(": {set: {\"tariffs.us-vn.rate\": 0.1}}\n");
    }
    out.add(edited("limits", "1001 scenarios", s -> s.replace("scenarios:\n", "scenarios:" + many), "scenarios",
        "scenarios, more than the 1000"));
    StringBuilder problems = new StringBuilder();
    for (int i = 0; i < 1500; i++) {
      problems.append("  - {id: g").append(i).append(", country: MX, grantPerJob: 1, oops: 1}\n");
    }
    out.add(edited("limits", "1500 problems", s -> s.replace("jobGrants:\n", "jobGrants:\n" + problems),
        "more problem(s) not listed"));
    out.add(edited("limits", "a number of 400 digits", s -> s.replace("capacity: 1000", "capacity: 1" + "0".repeat(29)),
        "sites[0].capacity", "beyond 1e15"));
    return out;
  }
}
