package dev.footprint.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.footprint.model.InvalidModelException;
import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.solve.SolveOptions;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a study file (YAML, or JSON by its {@code .json} extension) and the tables it points to (CSV
 * files and sheets of .xlsx workbooks) into a {@link Study}: the base network, one network per
 * scenario, and the solver options. The format is described in {@code docs/study-format.md}.
 *
 * <p>Every problem is found before anything is solved, and all of them are reported together in one
 * {@link StudyException}, each with its file, line and path ({@code sites[2].capacity}): unknown keys
 * (with the closest known key as a hint), wrong types, missing fields, references to unknown
 * countries, products, sectors or sites, negative or NaN numbers, rates written as percentages,
 * table rows with missing values, cells that cannot be read (named by workbook, sheet and cell),
 * scenario paths that do not resolve, and anything else the domain's own validation refuses.
 */
public final class StudyReader {
  private static final List<String> TOP_LEVEL;

  static {
    List<String> keys = new ArrayList<>(List.of("name", "description", Kind.SOURCE, "money", "horizon"));
    keys.addAll(Kind.collections());
    keys.addAll(List.of("solver", "scenarios"));
    TOP_LEVEL = List.copyOf(keys);
  }

  private final Path file;
  private final String display;
  private final SourceMap src = new SourceMap();
  private final Problems problems = new Problems();
  private final Map<Path, byte[]> files = new LinkedHashMap<>();
  private final Tables tables;
  private final Decoder dec;

  private StudyReader(Path file, Options options) {
    this.file = file;
    this.display = file.toString();
    Path directory = file.getParent() == null ? Path.of("") : file.getParent();
    this.tables = new Tables(directory, options.tablesOutside, src, problems, files);
    this.dec = new Decoder(src, problems, tables);
  }

  /**
   * Reads a study, with tables only from the study's folder and the folders in it.
   *
   * @param file a {@code .yaml}, {@code .yml} or {@code .json} study file; the tables it names are
   *     looked for in the same directory
   * @return the study, every scenario's network built and validated
   * @throws StudyException listing every problem found in the study and its tables
   * @throws NullPointerException if the file is null
   */
  public static Study read(Path file) {
    return options().read(file);
  }

  /** @return the default options of reading, to change and then {@link Options#read read} with */
  public static Options options() {
    return Options.DEFAULTS;
  }

  /**
   * How a study is read. Immutable: each setting returns new options.
   *
   * <pre>
   * Study s = StudyReader.options().allowTablesOutside(true).read(Path.of("study.yaml"));
   * </pre>
   */
  public static final class Options {
    static final Options DEFAULTS = new Options(false);

    private final boolean tablesOutside;

    private Options(boolean tablesOutside) {
      this.tablesOutside = tablesOutside;
    }

    /**
     * @param allow whether tables ({@code {csv: ...}}, {@code {xlsx: ...}}) may be read from anywhere:
     *     by an absolute path, a path through {@code ..}, or a link leading out of the study's folder.
     *     By default (false) they are read only from the study's folder and the folders in it. Either
     *     way a table must be a regular file within {@link StudyLimits#MAX_TABLE_BYTES}: never a
     *     device, a named pipe or a folder.
     * @return options with that setting
     */
    public Options allowTablesOutside(boolean allow) {
      return allow == tablesOutside ? this : new Options(allow);
    }

    /** @return whether tables may be read from outside the study's folder */
    public boolean tablesOutsideAllowed() {
      return tablesOutside;
    }

    /**
     * Reads a study with these options.
     *
     * @param file a {@code .yaml}, {@code .yml} or {@code .json} study file
     * @return the study, every scenario's network built and validated
     * @throws StudyException listing every problem found in the study and its tables
     * @throws NullPointerException if the file is null
     */
    public Study read(Path file) {
      Objects.requireNonNull(file, "file");
      return new StudyReader(file, this).run();
    }
  }

  private Study run() {
    String name = file.getFileName() == null ? display : file.getFileName().toString();
    if (!Documents.supported(name)) {
      throw new StudyException(List.of(new Problem(display, 0, "",
          "a study file must end in .yaml, .yml or .json, which say how to read it")));
    }
    byte[] bytes = InputFiles.readStudy(file, display, problems);
    String text = bytes == null ? null : InputFiles.utf8(bytes, "the study file", new Loc(display, 0, ""), problems,
        "\nMaybe save it as UTF-8 text.");
    if (text == null) {
      throw new StudyException(problems.list());
    }
    files.put(file.toAbsolutePath().normalize(), bytes);
    boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
    ObjectNode root = new Documents(src, problems).read(text, display, json);
    if (root == null) {
      throw new StudyException(problems.list());
    }
    Loc at = new Loc(display, 1, "");
    dec.keys(root, at, TOP_LEVEL, "the study");

    // The horizon first: periods and per-period values refer to it.
    Parts base = new Parts();
    if (Decoder.present(root, "horizon")) {
      base.horizonAt = src.of(root, "horizon", at);
      var h = new Settings(dec).horizon(root.get("horizon"), base.horizonAt);
      if (h != null) {
        base.horizon = h;
        base.horizonNode = (ObjectNode) root.get("horizon");
      }
    }
    dec.horizon(base.horizon);
    if (Decoder.present(root, "money")) {
      Money money = new MoneyReader(dec, src, problems).read(root.get("money"), src.of(root, "money", at));
      base.money = money == null ? base.money : money;
    }
    for (Kind kind : Kind.values()) {
      if (!Decoder.present(root, kind.collection())) {
        continue;
      }
      Loc cAt = src.of(root, kind.collection(), at);
      JsonNode list = tables.elements(root.get(kind.collection()), cAt, kind);
      ArrayNode items = list == null ? null : dec.list(list, cAt, kind.collection());
      if (items == null) {
        continue;
      }
      for (int i = 0; i < items.size(); i++) {
        Parts.Entry e = dec.entry(kind, items.get(i), src.of(items, i, cAt));
        if (e != null) {
          base.of(kind).add(e);
        }
      }
    }
    SolveOptions options = SolveOptions.defaults();
    if (Decoder.present(root, "solver")) {
      SolveOptions o = new Settings(dec).options(root.get("solver"), src.of(root, "solver", at));
      if (o != null) {
        options = o;
        checkFixedSites(o, base, src.of(root, "solver", at));
      }
    }
    new References(base, src, problems).check();
    List<Problem> baseProblems = List.copyOf(problems.list());
    Map<String, Network> networks = new LinkedHashMap<>();
    if (baseProblems.isEmpty()) {
      try {
        networks.put(Study.BASE, base.build());
      } catch (InvalidModelException e) {
        problems.add(ModelErrors.locate(e, base, src, at));
      }
    }
    readScenarios(root, at, base, baseProblems, networks);

    if (!problems.isEmpty()) {
      throw new StudyException(sorted(problems.list()));
    }
    String studyName = Decoder.present(root, "name") ? root.get("name").asText() : stripExtension(name);
    return new Study(studyName, networks, options, sha256());
  }

  private void readScenarios(ObjectNode root, Loc at, Parts base, List<Problem> baseProblems,
      Map<String, Network> networks) {
    if (!Decoder.present(root, "scenarios")) {
      return;
    }
    Loc sAt = src.of(root, "scenarios", at);
    ObjectNode scenarios = dec.object(root.get("scenarios"), sAt,
        "a mapping from scenario names to their overrides, such as {no-deal: {set: {...}}}");
    if (scenarios == null) {
      return;
    }
    Map<String, Parts> done = new LinkedHashMap<>();
    done.put(Study.BASE, base);
    Scenarios applier = new Scenarios(dec, tables, src, problems);
    Set<Problem> known = new HashSet<>(baseProblems);
    List<String> names = new ArrayList<>();
    scenarios.fieldNames().forEachRemaining(names::add);
    if (names.size() > StudyLimits.MAX_SCENARIOS) {
      problems.add(sAt, "the study has " + names.size() + " scenarios, more than the " + StudyLimits.MAX_SCENARIOS
          + " it may have (docs/study-format.md, Limits)\nMaybe split it into several studies.");
      return;
    }
    for (String name : names) {
      Loc nAt = src.of(scenarios, name, sAt);
      if (name.equals(Study.BASE)) {
        problems.add(nAt, "'" + Study.BASE + "' is the name of the study's base network: name the scenario otherwise");
        continue;
      }
      ObjectNode node = dec.object(scenarios.get(name), nAt, "a scenario: {extends, remove, add, set}");
      if (node == null) {
        continue;
      }
      dec.keys(node, nAt, Scenarios.FIELDS, "a scenario");
      Parts start = base;
      if (Decoder.present(node, "extends")) {
        String parent = node.get("extends").asText();
        start = done.get(parent);
        if (start == null) {
          problems.add(src.of(node, "extends", nAt), "no scenario named '" + parent + "' comes before this one"
              + Problems.maybe(parent, done.keySet()) + (names.contains(parent)
                  ? "\nA scenario may extend only the base or a scenario written above it." : ""));
          continue;
        }
      }
      int before = problems.size();
      int kept = problems.list().size();
      Parts parts = applier.apply(node, nAt, start);
      // An element an override reads again may be wrong where the base writes it (a required field
      // removed): the problem stands there, and says which scenario.
      problems.rewriteFrom(kept, p -> inScenario(p, name));
      dec.horizon(base.horizon);
      done.put(name, parts);
      Problems refs = new Problems();
      new References(parts, src, refs).check();
      for (Problem p : refs.list()) {
        if (known.add(p)) {
          problems.add(inScenario(p, name));
        }
      }
      if (problems.size() > before || !baseProblems.isEmpty()) {
        continue;
      }
      try {
        networks.put(name, parts.build());
      } catch (InvalidModelException e) {
        problems.add(inScenario(ModelErrors.locate(e, parts, src, nAt), name));
      }
    }
  }

  /** Names the scenario in a problem found at a place outside it (where the base is written). */
  private static Problem inScenario(Problem p, String scenario) {
    if (p.path().startsWith("scenarios.")) {
      return p;
    }
    return new Problem(p.file(), p.line(), p.path(), "in scenario '" + scenario + "': " + p.message());
  }

  private void checkFixedSites(SolveOptions o, Parts base, Loc at) {
    List<String> sites = base.keys(Kind.SITES);
    for (String site : o.fixedSiteStatus().keySet()) {
      if (!sites.contains(site)) {
        problems.add(at.child("fixedSiteStatus").child(site), "no site has the id '" + site + "'"
            + Problems.maybe(site, sites));
      }
    }
  }

  /**
   * @return the problems by file (the study file first; the cells of a sheet together) and line, in
   *     the order found within a line
   */
  private List<Problem> sorted(List<Problem> found) {
    List<Problem> out = new ArrayList<>(found);
    out.sort(java.util.Comparator.comparing((Problem p) -> !p.file().equals(display))
        .thenComparing(Problem::fileWithoutCell).thenComparingInt(Problem::line));
    if (problems.dropped() > 0) {
      out.add(new Problem(display, 0, "", "and " + problems.dropped() + " more problem(s) not listed: only the first "
          + StudyLimits.MAX_PROBLEMS + " found are (docs/study-format.md, Limits)\nMaybe fix these first: one"
          + " mistake often causes many problems."));
    }
    return out;
  }

  private String sha256() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (byte[] b : files.values()) {
        md.update(b);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static String stripExtension(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
