package dev.footprint.cli;

import dev.footprint.analysis.Parameter;
import dev.footprint.analysis.Specs;
import dev.footprint.io.Study;
import dev.footprint.io.StudyReader;
import dev.footprint.model.Network;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.RealDistribution;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * {@code footprint} command lines in Markdown, and a check of one against the command without
 * running it.
 */
final class DocCommands {
  private DocCommands() {}

  /**
   * A command line found in a document.
   *
   * @param where {@code FILE:LINE} of its first line
   * @param args the arguments after {@code ./footprint}
   */
  record Line(String where, List<String> args) {}

  private static final Set<String> OPERATORS = Set.of("&&", "||", ";", "|", "&");

  /** The info strings of fenced blocks holding shell commands; other blocks (yaml, java) are skipped. */
  private static final Set<String> SHELLS = Set.of("", "sh", "bash", "shell", "console", "zsh");

  /**
   * @param name the document's name, for {@link Line#where}
   * @param markdown its text
   * @return every footprint command line in its fenced shell code blocks, in order
   */
  static List<Line> extract(String name, String markdown) {
    List<Line> out = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    boolean fenced = false;
    boolean shell = false;
    for (int i = 0; i < lines.length; i++) {
      String l = lines[i];
      if (l.strip().startsWith("```")) {
        fenced = !fenced;
        shell = fenced && SHELLS.contains(l.strip().substring(3).strip());
        continue;
      }
      if (!shell || !l.contains("footprint")) {
        continue;
      }
      int first = i;
      StringBuilder joined = new StringBuilder();
      while (l.endsWith("\\") && i + 1 < lines.length) {
        joined.append(l, 0, l.length() - 1).append(' ');
        l = lines[++i];
      }
      joined.append(l);
      for (List<String> args : invocations(words(joined.toString()))) {
        out.add(new Line(name + ":" + (first + 1), args));
      }
    }
    return out;
  }

  /**
   * @param words a shell line's words, operators as words of their own
   * @return the arguments of each footprint invocation in it
   */
  static List<List<String>> invocations(List<String> words) {
    List<List<String>> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= words.size(); i++) {
      if (i == words.size() || OPERATORS.contains(words.get(i))) {
        List<String> simple = words.subList(start, i);
        int k = 0;
        while (k < simple.size() && simple.get(k).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
          k++; // VAR=value before the command
        }
        List<String> cmd = simple.subList(k, simple.size());
        if (!cmd.isEmpty() && (cmd.get(0).equals("./footprint") || cmd.get(0).equals("footprint"))) {
          out.add(List.copyOf(cmd.subList(1, cmd.size())));
        } else if (!cmd.isEmpty() && cmd.get(0).equals("java")) {
          int jar = cmd.indexOf("-jar");
          if (jar >= 0 && jar + 1 < cmd.size() && cmd.get(jar + 1).endsWith("footprint.jar")) {
            out.add(List.copyOf(cmd.subList(jar + 2, cmd.size())));
          }
        }
        start = i + 1;
      }
    }
    return out;
  }

  /**
   * Splits a shell line into words: quotes and backslashes as the shell reads them, {@code &&},
   * {@code ||}, {@code ;}, {@code |} as words of their own, and nothing from a redirection or a
   * {@code #} comment on.
   *
   * @param line the line
   * @return its words
   */
  static List<String> words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder w = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\'' || c == '"') {
        int end = line.indexOf(c, i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed quote in: " + line);
        }
        w = w == null ? new StringBuilder() : w;
        w.append(line, i + 1, end);
        i = end;
      } else if (c == '\\' && i + 1 < line.length()) {
        w = w == null ? new StringBuilder() : w;
        w.append(line.charAt(++i));
      } else if (Character.isWhitespace(c)) {
        if (w != null) {
          out.add(w.toString());
          w = null;
        }
      } else if (w == null && c == '#') {
        break; // a comment
      } else if (c == '>' || c == '<') {
        if (w != null && !w.toString().matches("\\d+")) {
          out.add(w.toString()); // as the shell does: 'freight:KR->US' needs quotes
        }
        w = null;
        break; // a redirection: the rest is not the command's
      } else if (c == '&' || c == '|' || c == ';') {
        if (w != null) {
          out.add(w.toString());
          w = null;
        }
        boolean doubled = i + 1 < line.length() && line.charAt(i + 1) == c && c != ';';
        out.add(doubled ? "" + c + c : "" + c);
        i += doubled ? 1 : 0;
      } else {
        w = w == null ? new StringBuilder() : w;
        w.append(c);
      }
    }
    if (w != null) {
      out.add(w.toString());
    }
    return out;
  }

  /** Checks command lines against the command's options and the studies they name. */
  static final class Checker {
    private final Map<Path, Study> studies = new HashMap<>();

    /**
     * @param args a command line after {@code footprint}
     * @throws RuntimeException saying what is wrong: an option picocli refuses, a study that does
     *     not exist, a scenario, parameter, decision, distribution or country the study does not have
     */
    void check(List<String> args) {
      StringWriter sink = new StringWriter();
      CommandLine cmd = new Main().commandLine(new PrintWriter(sink), new PrintWriter(sink));
      ParseResult top = cmd.parseArgs(args.toArray(String[]::new));
      ParseResult pr = top.subcommand();
      if (pr == null || pr.isUsageHelpRequested() || pr.isVersionHelpRequested()) {
        return;
      }
      Path file = Path.of(pr.matchedPositionalValue(0, Path.of("")).toString());
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("STUDY = '" + file + "': no such file");
      }
      Study study = studies.computeIfAbsent(file, Checker::read);
      Object named = pr.hasMatchedOption("--scenario") ? pr.matchedOption("--scenario").getValue() : Study.BASE;
      String scenario = Study.BASE;
      if (named instanceof List<?> list) { // solve: several, or all
        for (Object s : list) {
          if (!s.equals("all")) {
            network(study, s.toString());
          }
        }
      } else {
        scenario = named.toString();
      }
      Network base = network(study, scenario);
      Map<String, Double> regimes = pr.matchedOptionValue("--regimes", Map.of());
      if (!regimes.isEmpty()) {
        double sum = 0;
        for (var e : regimes.entrySet()) {
          network(study, e.getKey());
          sum += e.getValue();
        }
        if (Math.abs(sum - 1) > 1e-9) {
          throw new IllegalArgumentException("--regimes " + regimes + ": the probabilities add up to " + sum
              + ", not to 1");
        }
        base = network(study, regimes.keySet().iterator().next());
      }
      if (pr.hasMatchedOption("--parameter")) {
        Parameter p = Specs.parameter(pr.matchedOptionValue("--parameter", ""));
        p.at(base, pr.matchedOptionValue("--from", 0.0));
      }
      if (pr.hasMatchedOption("--decision")) {
        String d = pr.matchedOptionValue("--decision", "");
        Specs.decision(d);
        String id = d.substring(d.indexOf(':') + 1);
        if (d.startsWith("opens:")) {
          requireId(base.sites().stream().map(s -> s.id()).toList(), id, "site");
        } else {
          requireId(base.products().stream().map(s -> s.id()).toList(), id.substring(0, id.indexOf('@')), "product");
          String country = id.substring(id.indexOf('@') + 1);
          requireId(base.countries().stream().map(s -> s.id()).toList(),
              country.contains(":") ? country.substring(0, country.indexOf(':')) : country, "country");
        }
      }
      for (String u : pr.<List<String>>matchedOptionValue("--uncertain", List.of())) {
        int eq = u.indexOf('=');
        RealDistribution dist = Specs.distribution(u.substring(eq + 1));
        Specs.parameter(u.substring(0, eq)).at(base, dist.getNumericalMean());
      }
      for (String option : List.of("--jobs", "--capex")) {
        if (pr.hasMatchedOption(option)) {
          requireId(base.countries().stream().map(s -> s.id()).toList(), pr.matchedOptionValue(option, ""),
              "country");
        }
      }
    }

    private static Study read(Path file) {
      return StudyReader.read(file);
    }

    private static Network network(Study study, String name) {
      if (!study.scenarios().containsKey(name)) {
        throw new IllegalArgumentException("the study has no scenario '" + name + "': " + study.scenarios().keySet());
      }
      return study.scenario(name);
    }

    private static void requireId(List<String> ids, String id, String what) {
      if (!ids.contains(id)) {
        throw new IllegalArgumentException("the scenario has no " + what + " '" + id + "'");
      }
    }
  }
}
