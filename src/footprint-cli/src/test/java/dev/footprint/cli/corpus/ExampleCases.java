package dev.footprint.cli.corpus;

import static dev.footprint.cli.corpus.CorpusCase.ABSENT;
import static dev.footprint.cli.corpus.CorpusCase.refused;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Mutations of the two example studies and their CSV tables: a required column deleted, a cell made
 * negative, not a number or an unknown id, a row given twice (an id, a freight lane), a period
 * column missing; and the study file's horizon, countries and tables broken.
 */
final class ExampleCases {
  private ExampleCases() {}

  /** A table of an example changed: its header and rows, comments dropped. */
  private static String editCsv(String text, UnaryOperator<List<List<String>>> edit) {
    try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setCommentMarker('#')
        .setIgnoreEmptyLines(true).get())) {
      List<List<String>> rows = new ArrayList<>();
      for (CSVRecord r : p) {
        rows.add(new ArrayList<>(r.toList()));
      }
      List<List<String>> changed = edit.apply(rows);
      StringWriter out = new StringWriter();
      try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
        for (List<String> row : changed) {
          printer.printRecord(row);
        }
      }
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<String>> dropColumn(List<List<String>> rows, String column) {
    int c = rows.get(0).indexOf(column);
    if (c < 0) {
      throw new IllegalStateException("no column " + column);
    }
    rows.forEach(r -> r.remove(c));
    return rows;
  }

  private static List<List<String>> setCell(List<List<String>> rows, String column, String value) {
    int c = rows.get(0).indexOf(column);
    if (c < 0) {
      throw new IllegalStateException("no column " + column);
    }
    rows.get(1).set(c, value);
    return rows;
  }

  /** A case on a copy of an example with one table replaced. */
  private static CorpusCase table(String example, String category, String table, String what,
      UnaryOperator<List<List<String>>> edit, String... fragments) {
    String changed = editCsv(Studies.exampleFile(example, table), edit);
    List<String> expected = new ArrayList<>(List.of(table));
    expected.addAll(List.of(fragments));
    return refused(example + "/" + table + " " + what, category, dir -> {
      Path study = Studies.copyExample(example, dir);
      Files.writeString(dir.resolve(table), changed);
      return study;
    }, expected.toArray(String[]::new));
  }

  /** A case on a copy of an example with its study file changed. */
  private static CorpusCase study(String example, String category, String what, UnaryOperator<String> edit,
      String... fragments) {
    String original = Studies.exampleFile(example, Studies.STUDY);
    String changed = edit.apply(original);
    if (changed.equals(original)) {
      throw new IllegalStateException("the edit of " + example + "/" + what + " changes nothing");
    }
    return refused(example + "/study.yaml " + what, category, dir -> {
      Path study = Studies.copyExample(example, dir);
      Files.writeString(study, changed);
      return study;
    }, fragments);
  }

  static List<CorpusCase> cases() {
    List<CorpusCase> out = new ArrayList<>();
    for (String example : Studies.EXAMPLES) {
      out.add(table(example, "example tables", "sites.csv", "without capacity", rows -> dropColumn(rows, "capacity"),
          "sites[0].capacity", "missing: every site needs 'capacity'"));
      out.add(table(example, "example tables", "sites.csv", "negative capacity", rows -> setCell(rows, "capacity", "-1"),
          "sites[0].capacity", ">= 0"));
      out.add(table(example, "example tables", "sites.csv", "capacity 1e20", rows -> setCell(rows, "capacity", "1e20"),
          "sites[0].capacity", "beyond 1e15"));
      out.add(table(example, "example tables", "sites.csv", "unknown country", rows -> setCell(rows, "country", "NOPE"),
          "sites[0].country", "no country has the id 'NOPE'"));
      out.add(table(example, "example tables", "sites.csv", "unknown kind", rows -> setCell(rows, "kind", "closed"),
          "sites[0].kind", "'closed' is not one of"));
      out.add(table(example, "example tables", "sites.csv", "site twice", rows -> {
        rows.add(new ArrayList<>(rows.get(1)));
        return rows;
      }, "duplicate id '" + firstId(example) + "'"));
      out.add(table(example, "example tables", "freight.csv", "lane twice", rows -> {
        rows.add(new ArrayList<>(rows.get(1)));
        return rows;
      }, "duplicate freight rate"));
      out.add(table(example, "example tables", "freight.csv", "cost abc", rows -> setCell(rows, "costPerUnit", "abc"),
          "freight[0].costPerUnit", "not 'abc'"));
      out.add(table(example, "example tables", "freight.csv", "unknown product", rows -> setCell(rows, "product", "NOPE"),
          "freight[0].product", "no product has the id 'NOPE'"));
      out.add(table(example, "example tables", "freight.csv", "without origin", rows -> dropColumn(rows, "origin"),
          "freight[0].origin", "missing"));
      out.add(study(example, "example studies", "horizon of 1e9 periods", s -> s.replaceFirst("periods: [0-9]+",
          "periods: 1000000000"), "horizon.periods", "at most 1000 periods"));
      out.add(study(example, "example studies", "sites as /etc/passwd", s -> s.replace("sites: {csv: sites.csv}",
          "sites: {csv: /etc/passwd}"), "'/etc/passwd' is an absolute path", ABSENT + "root:"));
      out.add(study(example, "example studies", "sites through ..", s -> s.replace("sites: {csv: sites.csv}",
          "sites: {csv: ../" + example + "/sites.csv}"), "leads out of the study's folder"));
      out.add(study(example, "example studies", "alias", s -> s.replaceFirst("(?m)^horizon:", "horizon: &h")
          .replace("scenarios:\n", "scenarios:\n  again:\n    set:\n      horizon: *h\n"), "horizon",
          "YAML aliases and anchors are not supported"));
      out.add(study(example, "example studies", "countries removed", s -> s.replaceFirst("(?m)^countries:",
          "countries: []\nunused:"), "no country has the id"));
    }
    out.add(table("korea-us", "example tables", "demand.csv", "without a period", rows -> dropColumn(rows, "2028"),
        "misses the period columns [2028]"));
    out.add(table("korea-us", "example tables", "demand.csv", "negative demand", rows -> setCell(rows, "2026", "-3"),
        "finite number >= 0"));
    out.add(table("korea-us", "example tables", "demand.csv", "unknown product", rows -> setCell(rows, "product", "NOPE"),
        "no product has the id 'NOPE'"));
    return out;
  }

  private static String firstId(String example) {
    String sites = Studies.exampleFile(example, "sites.csv");
    String first = sites.lines().filter(l -> !l.startsWith("#")).skip(1).findFirst().orElseThrow();
    return first.substring(0, first.indexOf(','));
  }
}
