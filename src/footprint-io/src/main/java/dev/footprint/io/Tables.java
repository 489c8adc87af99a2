package dev.footprint.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV tables a study points to with {@code {csv: file.csv}}, turning each into the same tree
 * the study file would hold in its place, with every cell's file, line and study path recorded.
 *
 * <p>A table of elements (a collection such as {@code sites}) has one column per field and one row
 * per element. A table of a mapping ({@code demand}, {@code lostSalesPenalty},
 * {@code materialCostByCountry}) has a key column, an optional owner column that picks the rows of
 * one element, and a value column or one column per period label. A column named {@code source} is
 * not read; lines starting with {@code #} are comments.
 */
final class Tables {
  /** The separator of several values in one cell (a list of ids, or one value per period). */
  static final String LIST_SEPARATOR = ";";

  /** The table of a mapping field: its key column, owner column and single-value column. */
  record MapShape(String keyColumn, String ownerColumn, String valueColumn, boolean perPeriod) {}

  static final Map<String, MapShape> MAP_SHAPES = Map.of(
      "demand", new MapShape("product", "market", "units", true),
      "lostSalesPenalty", new MapShape("product", "market", "penaltyPerUnit", false),
      "materialCostByCountry", new MapShape("country", "product", "costPerUnit", false));

  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
      .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();

  private final Path directory;
  private final SourceMap sources;
  private final Problems problems;
  /** Every file read, in the order first read, with its bytes (for the study's hash). */
  private final Map<Path, byte[]> files;
  private final Map<Path, Table> cache = new HashMap<>();
  private List<String> labels = List.of();

  private record Table(String display, List<String> header, int headerLine, List<CSVRecord> rows, int[] lines) {}

  Tables(Path directory, SourceMap sources, Problems problems, Map<Path, byte[]> files) {
    this.directory = directory;
    this.sources = sources;
    this.problems = problems;
    this.files = files;
  }

  /** @param periodLabels the horizon's labels, the column names of per-period values */
  void labels(List<String> periodLabels) {
    this.labels = periodLabels;
  }

  /** @return whether the node is a table reference {@code {csv: file}} */
  static boolean isReference(JsonNode node) {
    return node != null && node.isObject() && node.has("csv");
  }

  /**
   * Replaces a table reference by the elements it holds.
   *
   * @param node the value of a collection: a list (returned as is) or {@code {csv: file}}
   * @param at where the value is
   * @param kind the collection
   * @return a list of elements, or the node itself when it is not a table reference, or null when the
   *     table cannot be read (with a problem)
   */
  JsonNode elements(JsonNode node, Loc at, Kind kind) {
    if (!isReference(node)) {
      return node;
    }
    Table t = table(node, at);
    if (t == null) {
      return null;
    }
    Map<String, Kind.Type> fields = kind.fields();
    // Columns: field names, "field.key" for mappings, and source.
    Map<Integer, String[]> columns = new LinkedHashMap<>();
    Set<String> known = new LinkedHashSet<>(fields.keySet());
    known.add(Kind.SOURCE);
    Loc header = new Loc(t.display(), t.headerLine(), at.path());
    for (int c = 0; c < t.header().size(); c++) {
      String name = t.header().get(c);
      int dot = name.indexOf('.');
      String field = dot > 0 ? name.substring(0, dot) : name;
      Kind.Type type = fields.get(field);
      if (name.equals(Kind.SOURCE)) {
        continue;
      }
      if (type == null) {
        problems.add(header.child(name), "unknown column '" + name + "' in a table of " + kind.collection()
            + Problems.maybe(field, known));
      } else if (dot > 0 && type != Kind.Type.NUMBER_MAP && type != Kind.Type.SERIES_MAP) {
        problems.add(header.child(name), "column '" + name + "': only a mapping field (demand, lostSalesPenalty,"
            + " materialCostByCountry) takes a key after a dot");
      } else if (dot < 0 && (type == Kind.Type.NUMBER_MAP || type == Kind.Type.SERIES_MAP)) {
        problems.add(header.child(name), "column '" + name + "' is a mapping: name one column per key, such as '"
            + name + ".KR'");
      } else {
        columns.put(c, dot > 0 ? new String[] {field, name.substring(dot + 1)} : new String[] {field});
      }
    }
    ArrayNode out = Documents.NODES.arrayNode();
    sources.put(out, "", at);
    for (int r = 0; r < t.rows().size(); r++) {
      CSVRecord row = t.rows().get(r);
      int line = t.lines()[r];
      Loc rowAt = new Loc(t.display(), line, at.path() + "[" + r + "]");
      if (!checkWidth(t, row, rowAt)) {
        continue;
      }
      ObjectNode o = Documents.NODES.objectNode();
      for (Map.Entry<Integer, String[]> col : columns.entrySet()) {
        String cell = row.get(col.getKey());
        if (cell.isEmpty()) {
          continue;
        }
        String[] f = col.getValue();
        Kind.Type type = fields.get(f[0]);
        if (f.length == 1) {
          Loc cellAt = rowAt.child(f[0]).withRaw(cell);
          o.set(f[0], cell(cell, type, o, f[0], cellAt));
          sources.put(o, f[0], cellAt);
        } else {
          ObjectNode map = o.has(f[0]) ? (ObjectNode) o.get(f[0]) : Documents.NODES.objectNode();
          if (!o.has(f[0])) {
            o.set(f[0], map);
            sources.put(o, f[0], rowAt.child(f[0]));
          }
          Loc cellAt = rowAt.child(f[0]).child(f[1]).withRaw(cell);
          map.set(f[1], cell(cell, type == Kind.Type.SERIES_MAP ? Kind.Type.SERIES : Kind.Type.NUMBER, map, f[1], cellAt));
          sources.put(map, f[1], cellAt);
        }
      }
      out.add(o);
      sources.put(out, Integer.toString(out.size() - 1), rowAt);
    }
    return out;
  }

  /**
   * Replaces a table reference in a mapping field by the mapping it holds.
   *
   * @param node the field's value: a mapping (returned as is) or {@code {csv: file}}
   * @param at where the value is
   * @param field the field: demand, lostSalesPenalty or materialCostByCountry
   * @param owner the id of the element the field belongs to (rows of other owners are skipped)
   * @return the mapping, the node itself when it is not a reference, or null (with a problem)
   */
  JsonNode mapping(JsonNode node, Loc at, String field, String owner) {
    if (!isReference(node)) {
      return node;
    }
    MapShape shape = MAP_SHAPES.get(field);
    Table t = table(node, at);
    if (t == null) {
      return null;
    }
    Loc header = new Loc(t.display(), t.headerLine(), at.path());
    int key = t.header().indexOf(shape.keyColumn());
    int ownerCol = t.header().indexOf(shape.ownerColumn());
    int value = t.header().indexOf(shape.valueColumn());
    List<Integer> periodCols = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (int c = 0; c < t.header().size(); c++) {
      String h = t.header().get(c);
      if (c == key || c == ownerCol || c == value || h.equals(Kind.SOURCE)) {
        continue;
      }
      if (shape.perPeriod() && labels.contains(h)) {
        periodCols.add(c);
      } else {
        unknown.add(h);
      }
    }
    List<String> expected = new ArrayList<>(List.of(shape.keyColumn(), shape.ownerColumn(), shape.valueColumn(),
        Kind.SOURCE));
    if (shape.perPeriod()) {
      expected.addAll(labels);
    }
    boolean ok = true;
    for (String h : unknown) {
      problems.add(header.child(h), "unknown column '" + h + "' in a table of " + field + Problems.maybe(h, expected));
      ok = false;
    }
    if (key < 0) {
      problems.add(header, "the table of " + field + " needs a column '" + shape.keyColumn() + "'");
      ok = false;
    }
    if (value < 0 && periodCols.isEmpty()) {
      problems.add(header, "the table of " + field + " needs a column '" + shape.valueColumn() + "'"
          + (shape.perPeriod() ? " or one column per period label " + labels : ""));
      ok = false;
    } else if (value >= 0 && !periodCols.isEmpty()) {
      problems.add(header, "the table of " + field + " has both a column '" + shape.valueColumn()
          + "' and period columns: give one or the other");
      ok = false;
    } else if (!periodCols.isEmpty() && periodCols.size() != labels.size()) {
      List<String> missing = new ArrayList<>(labels);
      periodCols.forEach(c -> missing.remove(t.header().get(c)));
      problems.add(header, "the table of " + field + " misses the period columns " + missing);
      ok = false;
    }
    if (!ok) {
      return null;
    }
    ObjectNode out = Documents.NODES.objectNode();
    sources.put(out, "", at);
    for (int r = 0; r < t.rows().size(); r++) {
      CSVRecord row = t.rows().get(r);
      Loc rowAt = new Loc(t.display(), t.lines()[r], at.path());
      if (!checkWidth(t, row, rowAt)) {
        continue;
      }
      if (ownerCol >= 0 && !row.get(ownerCol).equals(owner)) {
        continue;
      }
      String k = row.get(key);
      Loc cellAt = rowAt.child(k.isEmpty() ? shape.keyColumn() : k);
      if (k.isEmpty()) {
        problems.add(cellAt, "the '" + shape.keyColumn() + "' cell is empty");
        continue;
      }
      if (out.has(k)) {
        problems.add(cellAt, "'" + k + "' is given twice for " + owner);
        continue;
      }
      JsonNode v;
      if (value >= 0) {
        String cell = row.get(value);
        v = cell(cell, shape.perPeriod() ? Kind.Type.SERIES : Kind.Type.NUMBER, out, k, cellAt.withRaw(cell));
      } else {
        ArrayNode a = Documents.NODES.arrayNode();
        for (String label : labels) {
          int c = t.header().indexOf(label);
          String cell = row.get(c);
          a.add(TextNode.valueOf(cell));
          sources.put(a, Integer.toString(a.size() - 1), cellAt.index(a.size() - 1).withRaw(cell));
        }
        v = a;
      }
      out.set(k, v);
      sources.put(out, k, cellAt.withRaw(v.isTextual() ? v.asText() : null));
    }
    return out;
  }

  private boolean checkWidth(Table t, CSVRecord row, Loc rowAt) {
    if (row.size() < t.header().size()) {
      List<String> missing = t.header().subList(row.size(), t.header().size());
      problems.add(rowAt, "the row has " + row.size() + " values but the header has " + t.header().size()
          + " columns: missing " + missing + "\nMaybe a comma is missing, or an empty value needs its comma.");
      return false;
    }
    if (row.size() > t.header().size()) {
      problems.add(rowAt, "the row has " + row.size() + " values but the header has " + t.header().size()
          + " columns\nMaybe a value holds a comma: put it in double quotes.");
      return false;
    }
    return true;
  }

  /** A cell as a node: lists split at {@link #LIST_SEPARATOR}, everything else as text. */
  private JsonNode cell(String cell, Kind.Type type, JsonNode parent, String key, Loc at) {
    boolean list = type == Kind.Type.IDS || type == Kind.Type.PERIODS
        || (type == Kind.Type.SERIES && cell.contains(LIST_SEPARATOR));
    if (!list) {
      return TextNode.valueOf(cell);
    }
    ArrayNode a = Documents.NODES.arrayNode();
    String[] parts = cell.split(LIST_SEPARATOR, -1);
    for (String part : parts) {
      a.add(TextNode.valueOf(part.strip()));
      sources.put(a, Integer.toString(a.size() - 1), at.index(a.size() - 1).withRaw(part.strip()));
    }
    return a;
  }

  private Table table(JsonNode ref, Loc at) {
    JsonNode name = ref.get("csv");
    ref.fieldNames().forEachRemaining(f -> {
      if (!f.equals("csv") && !f.equals(Kind.SOURCE)) {
        problems.add(at.child(f), "unknown key '" + f + "' in a table reference: write {csv: file.csv}"
            + Problems.maybe(f, List.of("csv", Kind.SOURCE)));
      }
    });
    if (!name.isTextual() || name.asText().isBlank()) {
      problems.add(at.child("csv"), "must be the name of a CSV file beside the study, not " + Documents.describe(name));
      return null;
    }
    Path file = directory.resolve(name.asText()).normalize();
    Table cached = cache.get(file);
    if (cached != null) {
      return cached;
    }
    String display = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | UncheckedIOException e) {
      problems.add(at.child("csv"), "cannot read the CSV file '" + display + "': " + e.getMessage()
          + "\nMaybe the name is misspelt: the file is looked for beside the study file.");
      return null;
    }
    files.putIfAbsent(file, bytes);
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    int[] lineStart = new int[lines.length];
    for (int i = 1, pos = 0; i < lines.length; i++) {
      pos += lines[i - 1].length() + 1;
      lineStart[i] = pos;
    }
    try (CSVParser p = CSVParser.parse(new StringReader(text.replace("\r\n", "\n").replace('\r', '\n')), FORMAT)) {
      List<String> header = p.getHeaderNames();
      int headerLine = firstContentLine(lines, 0);
      if (header.isEmpty()) {
        problems.add(new Loc(display, 0, at.path()), "the CSV file is empty: it needs a header row naming its columns");
        return null;
      }
      List<CSVRecord> rows = new ArrayList<>();
      List<Integer> rowLines = new ArrayList<>();
      for (CSVRecord r : p) {
        rows.add(r);
        int startLine = Arrays.binarySearch(lineStart, (int) r.getCharacterPosition());
        if (startLine < 0) {
          startLine = -startLine - 2;
        }
        rowLines.add(firstContentLine(lines, startLine));
      }
      Table t = new Table(display, header, headerLine, rows, rowLines.stream().mapToInt(Integer::intValue).toArray());
      cache.put(file, t);
      return t;
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      problems.add(new Loc(display, 0, at.path()), "cannot be read as CSV: " + e.getMessage());
      return null;
    }
  }

  /** @return the 1-based line of the first line at or after {@code from} (0-based) that is not blank or a comment */
  private static int firstContentLine(String[] lines, int from) {
    for (int i = Math.max(0, from); i < lines.length; i++) {
      String s = lines[i].strip();
      if (!s.isEmpty() && !s.startsWith("#")) {
        return i + 1;
      }
    }
    return from + 1;
  }
}
