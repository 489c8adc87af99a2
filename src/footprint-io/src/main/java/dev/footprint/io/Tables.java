package dev.footprint.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the tables a study points to, a CSV file {@code {csv: file.csv}} or a sheet of a workbook
 * {@code {xlsx: book.xlsx, sheet: sites}}, turning each into the same tree the study file would hold
 * in its place, with every cell's file, line (or row) and study path recorded. Both kinds are read
 * into a {@link Grid} first ({@link Grid#csv}, {@link Workbooks#read}), so they follow the same
 * conventions and give the same problems.
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
      "materialCostByCountry", new MapShape("country", "product", "costPerUnit", false),
      "prices", new MapShape("product", "market", "pricePerUnit", true),
      "minServiceShare", new MapShape("product", "market", "share", false),
      "components", new MapShape("component", "product", "quantity", false));

  /** The keys of a table reference. */
  static final List<String> REFERENCE_KEYS = List.of("csv", "xlsx", "sheet", Kind.SOURCE);

  private final Path directory;
  private final boolean allowOutside;
  private final SourceMap sources;
  private final Problems problems;
  /** Every file read, in the order first read, with its bytes (for the study's hash). */
  private final Map<Path, byte[]> files;
  /** The grids read, by file and sheet. */
  private final Map<String, Grid> cache = new HashMap<>();
  /** The table files read, by name as written. */
  private final Map<String, InputFiles.Read> fileCache = new HashMap<>();
  /** The table files that could not be read, by name as written, with why. */
  private final Map<String, String> refused = new HashMap<>();
  private List<String> labels = List.of();

  Tables(Path directory, boolean allowOutside, SourceMap sources, Problems problems, Map<Path, byte[]> files) {
    this.directory = directory;
    this.allowOutside = allowOutside;
    this.sources = sources;
    this.problems = problems;
    this.files = files;
  }

  /** @param periodLabels the horizon's labels, the column names of per-period values */
  void labels(List<String> periodLabels) {
    this.labels = periodLabels;
  }

  /** @return whether the node is a table reference, {@code {csv: file}} or {@code {xlsx: book, sheet: name}} */
  static boolean isReference(JsonNode node) {
    return node != null && node.isObject() && (node.has("csv") || node.has("xlsx"));
  }

  /**
   * Replaces a table reference by the elements it holds.
   *
   * @param node the value of a collection: a list (returned as is) or a table reference
   * @param at where the value is
   * @param kind the collection
   * @return a list of elements, or the node itself when it is not a table reference, or null when the
   *     table cannot be read (with a problem)
   */
  JsonNode elements(JsonNode node, Loc at, Kind kind) {
    if (!isReference(node)) {
      return node;
    }
    Grid t = table(node, at);
    if (t == null) {
      return null;
    }
    Map<String, Kind.Type> fields = kind.fields();
    // Columns: field names, "field.key" for mappings, and source.
    Map<Integer, String[]> columns = new LinkedHashMap<>();
    Set<String> known = new LinkedHashSet<>(fields.keySet());
    known.add(Kind.SOURCE);
    if (!recognized(t, known)) {
      problems.add(new Loc(t.display(), t.headerLine(), at.path()), notATable(t, kind.collection())
          + ": none of its columns is a field of a " + kind.singular() + "; it needs the columns "
          + String.join(", ", kind.fields().keySet().stream().filter(kind.required()::contains).toList()));
      return null;
    }
    for (int c = 0; c < t.header().size(); c++) {
      String name = t.header().get(c);
      int dot = name.indexOf('.');
      String field = dot > 0 ? name.substring(0, dot) : name;
      Kind.Type type = fields.get(field);
      Loc header = t.cell(c, t.headerLine(), at.path(), null);
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
      Grid.Row row = t.rows().get(r);
      int line = row.line();
      Loc rowAt = new Loc(t.display(), line, at.path() + "[" + r + "]");
      if (!checkWidth(t, row, rowAt)) {
        continue;
      }
      ObjectNode o = Documents.NODES.objectNode();
      for (Map.Entry<Integer, String[]> col : columns.entrySet()) {
        String[] f = col.getValue();
        String path = f.length == 1 ? rowAt.child(f[0]).path() : rowAt.child(f[0]).child(f[1]).path();
        if (!readable(t, row, col.getKey(), path)) {
          continue;
        }
        String cell = row.cells().get(col.getKey());
        if (cell.isEmpty()) {
          continue;
        }
        Kind.Type type = fields.get(f[0]);
        if (f.length == 1) {
          Loc cellAt = t.cell(col.getKey(), line, path, cell);
          o.set(f[0], cell(cell, type, o, f[0], cellAt));
          sources.put(o, f[0], cellAt);
        } else {
          ObjectNode map = o.has(f[0]) ? (ObjectNode) o.get(f[0]) : Documents.NODES.objectNode();
          if (!o.has(f[0])) {
            o.set(f[0], map);
            sources.put(o, f[0], rowAt.child(f[0]));
          }
          Loc cellAt = t.cell(col.getKey(), line, path, cell);
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
   * @param node the field's value: a mapping (returned as is) or a table reference
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
    Grid t = table(node, at);
    if (t == null) {
      return null;
    }
    Loc header = new Loc(t.display(), t.headerLine(), at.path());
    List<String> wanted = new ArrayList<>(List.of(shape.keyColumn(), shape.ownerColumn(), shape.valueColumn()));
    if (shape.perPeriod()) {
      wanted.addAll(labels);
    }
    if (!recognized(t, wanted)) {
      problems.add(header, notATable(t, field) + ": it needs the columns " + shape.keyColumn() + " and "
          + shape.valueColumn() + (shape.perPeriod() ? " (or one column per period)" : "")
          + ", and may have " + shape.ownerColumn());
      return null;
    }
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
      problems.add(t.cell(t.header().indexOf(h), t.headerLine(), header.child(h).path(), null),
          "unknown column '" + h + "' in a table of " + field + Problems.maybe(h, expected));
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
      Grid.Row row = t.rows().get(r);
      int line = row.line();
      Loc rowAt = new Loc(t.display(), line, at.path());
      if (!checkWidth(t, row, rowAt)) {
        continue;
      }
      if (ownerCol >= 0 && (!readable(t, row, ownerCol, rowAt.child(shape.ownerColumn()).path())
          || !row.cells().get(ownerCol).equals(owner))) {
        continue;
      }
      if (!readable(t, row, key, rowAt.child(shape.keyColumn()).path())) {
        continue;
      }
      String k = row.cells().get(key);
      Loc cellAt = t.cell(key, line, rowAt.child(k.isEmpty() ? shape.keyColumn() : k).path(), null);
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
        if (!readable(t, row, value, cellAt.path())) {
          continue;
        }
        String cell = row.cells().get(value);
        Loc valueAt = t.cell(value, line, cellAt.path(), cell);
        v = cell(cell, shape.perPeriod() ? Kind.Type.SERIES : Kind.Type.NUMBER, out, k, valueAt);
        sources.put(out, k, valueAt.withRaw(v.isTextual() ? v.asText() : null));
      } else {
        ArrayNode a = Documents.NODES.arrayNode();
        boolean readable = true;
        for (String label : labels) {
          int c = t.header().indexOf(label);
          String path = cellAt.index(a.size()).path();
          readable &= readable(t, row, c, path);
          String cell = row.cells().get(c);
          a.add(TextNode.valueOf(cell));
          sources.put(a, Integer.toString(a.size() - 1), t.cell(c, line, path, cell));
        }
        if (!readable) {
          continue;
        }
        v = a;
        sources.put(out, k, cellAt);
      }
      out.set(k, v);
    }
    return out;
  }

  /**
   * @return whether the table's header names at least one of the columns a table of its kind has
   *     (or a name close to one): else it is some other file, whose lines are not quoted in problems
   */
  private static boolean recognized(Grid t, java.util.Collection<String> columns) {
    for (String h : t.header()) {
      int dot = h.indexOf('.');
      String name = dot > 0 ? h.substring(0, dot) : h;
      if (name.equals(Kind.SOURCE) || columns.contains(name) || Problems.closest(name, columns) != null) {
        return true;
      }
    }
    return false;
  }

  private static String notATable(Grid t, String of) {
    return "is not " + (t.workbook() ? "a sheet" : "a CSV table") + " of " + of;
  }

  /** Reports a row whose number of values does not fit the header. */
  private boolean checkWidth(Grid t, Grid.Row row, Loc rowAt) {
    if (row.widthProblem() == null) {
      return true;
    }
    problems.add(row.widthColumn() < 0 ? rowAt : t.cell(row.widthColumn(), row.line(), rowAt.path(), null),
        row.widthProblem());
    return false;
  }

  /** @return whether a cell can be read; if not, reports why at the cell */
  private boolean readable(Grid t, Grid.Row row, int column, String path) {
    String bad = row.bad().get(column);
    if (bad == null) {
      return true;
    }
    problems.add(t.cell(column, row.line(), path, null), bad);
    return false;
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

  /**
   * Reads the table a reference names: {@code {csv: file.csv}}, or {@code {xlsx: book.xlsx, sheet: name}}.
   * Files are looked for relative to the study file's directory, and only there unless tables
   * outside it are allowed ({@link InputFiles#readTable}); each is read once.
   *
   * @return the table, or null (with a problem) when it cannot be read
   */
  private Grid table(JsonNode ref, Loc at) {
    ref.fieldNames().forEachRemaining(f -> {
      if (!REFERENCE_KEYS.contains(f)) {
        problems.add(sources.of(ref, f, at), "unknown key '" + f + "' in a table reference: write {csv: file.csv} or"
            + " {xlsx: book.xlsx, sheet: name}" + Problems.maybe(f, List.of("csv", "xlsx", "sheet")));
      }
    });
    boolean workbook = ref.has("xlsx");
    String key = workbook ? "xlsx" : "csv";
    Loc fileAt = sources.of(ref, key, at);
    if (workbook && ref.has("csv")) {
      problems.add(at, "a table reference names either a CSV file (csv) or a workbook (xlsx), not both");
      return null;
    }
    if (!workbook && ref.has("sheet")) {
      problems.add(sources.of(ref, "sheet", at), "only a workbook has sheets: write {xlsx: book.xlsx, sheet: name}");
      return null;
    }
    JsonNode name = ref.get(key);
    if (!name.isTextual() || name.asText().isBlank()) {
      problems.add(fileAt, "must be the name of a " + (workbook ? "workbook (.xlsx)" : "CSV file")
          + " beside the study, not " + Documents.describe(name));
      return null;
    }
    String given = name.asText();
    String lower = given.toLowerCase(Locale.ROOT);
    String wrongName = lower.endsWith(".xls") ? "'" + given + "' is an Excel 97-2003 workbook (.xls), which is not"
        + " read\nMaybe save it as an Excel Workbook (.xlsx) and write {xlsx: book.xlsx, sheet: name}."
        : workbook && !Workbooks.isWorkbookName(lower) ? "'" + given + "' is not an .xlsx workbook\nMaybe write"
            + " {csv: " + given + "} for a CSV file."
        : !workbook && Workbooks.isWorkbookName(lower) ? "'" + given + "' is a workbook, not a CSV file\nMaybe"
            + " write {xlsx: " + given + ", sheet: name}."
        : null;
    if (wrongName != null) {
      problems.add(fileAt, wrongName);
      return null;
    }
    String sheet = null;
    Loc sheetAt = sources.of(ref, "sheet", at);
    if (workbook && ref.hasNonNull("sheet")) {
      JsonNode s = ref.get("sheet");
      if (s.isContainerNode() || s.asText().isEmpty()) {
        problems.add(sheetAt, "must be the name of a sheet of the workbook, not " + Documents.describe(s));
        return null;
      }
      sheet = s.isTextual() ? s.asText() : sheetAt.raw() != null ? sheetAt.raw() : s.asText();
    }
    String cacheKey = given + (sheet == null ? "" : "\u0000" + sheet);
    if (cache.containsKey(cacheKey)) {
      // A table that could not be read was reported where it was first named, or in the file itself.
      return cache.get(cacheKey);
    }
    InputFiles.Read read = fileCache.get(given);
    if (read == null) {
      if (refused.containsKey(given)) {
        problems.add(fileAt, refused.get(given));
        return null;
      }
      Problems found = new Problems();
      read = InputFiles.readTable(directory, given, allowOutside, workbook ? "workbook" : "CSV file", fileAt, found);
      if (read == null) {
        // Said for every reference to the file, each at its own place.
        refused.put(given, found.list().get(0).message());
        problems.add(found.list().get(0));
        return null;
      }
      fileCache.put(given, read);
      files.putIfAbsent(read.file(), read.bytes());
    }
    String display = read.file().toString();
    Grid t = workbook ? Workbooks.read(display, read.bytes(), sheet, problems, fileAt, sheetAt, at.path())
        : Grid.csv(display, read.bytes(), problems, at.path());
    cache.put(cacheKey, t);
    return t;
  }
}
