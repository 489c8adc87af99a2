package dev.footprint.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes small workbooks for tests with fastexcel, as a spreadsheet program saves them: a formula
 * cell may carry its saved result, and a cell may hold an error value (fastexcel writes neither, so
 * they are put into the sheet's XML afterwards).
 */
final class Books {
  private Books() {}

  /**
   * A formula cell.
   *
   * @param formula the formula without its '='
   * @param saved its saved result as the file holds it, or null for none
   * @param type the result's type in the file: "n" (number), "str" (text), "b" (boolean), "e" (error)
   */
  record Formula(String formula, String saved, String type) {}

  /** @param code an error value such as {@code #N/A} */
  record Error(String code) {}

  /** @return a row of cells: String, Number, Boolean, LocalDate (shown as a date), Formula, Error, or null */
  static List<Object> row(Object... cells) {
    return Arrays.asList(cells);
  }

  /**
   * Writes a workbook.
   *
   * @param file where
   * @param sheets each sheet's rows by name, in order; an empty list of cells is a blank row
   * @return the file
   */
  static Path write(Path file, Map<String, List<List<Object>>> sheets) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // Per sheet, the XML of each special cell by its reference.
    List<Map<String, String>> special = new ArrayList<>();
    try {
      Workbook wb = new Workbook(bytes, "footprint-tests", "1.0");
      for (var sheet : sheets.entrySet()) {
        Worksheet ws = wb.newWorksheet(sheet.getKey());
        Map<String, String> cells = new HashMap<>();
        special.add(cells);
        List<List<Object>> rows = sheet.getValue();
        for (int r = 0; r < rows.size(); r++) {
          for (int c = 0; c < rows.get(r).size(); c++) {
            Object v = rows.get(r).get(c);
            String ref = Grid.columnName(c) + (r + 1);
            if (v instanceof String s) {
              ws.value(r, c, s);
            } else if (v instanceof Number n) {
              ws.value(r, c, n);
            } else if (v instanceof Boolean b) {
              ws.value(r, c, b);
            } else if (v instanceof LocalDate d) {
              ws.value(r, c, d);
              ws.style(r, c).format("yyyy-mm-dd").set();
            } else if (v instanceof Formula f) {
              ws.formula(r, c, f.formula());
              cells.put(ref, "<c r=\"" + ref + "\"" + (f.type().equals("n") ? "" : " t=\"" + f.type() + "\"") + "><f>"
                  + f.formula() + "</f>" + (f.saved() == null ? "" : "<v>" + f.saved() + "</v>") + "</c>");
            } else if (v instanceof Error e) {
              ws.formula(r, c, "0");
              cells.put(ref, "<c r=\"" + ref + "\" t=\"e\"><v>" + e.code() + "</v></c>");
            } else if (v != null) {
              throw new IllegalArgumentException("not a cell: " + v);
            }
          }
        }
      }
      wb.finish();
      Files.write(file, bytes.toByteArray());
      if (!special.stream().allMatch(Map::isEmpty)) {
        Files.write(file, patch(file, special));
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return a workbook of sheets given in order as name, rows, name, rows, ... */
  @SuppressWarnings("unchecked")
  static Map<String, List<List<Object>>> sheets(Object... nameThenRows) {
    Map<String, List<List<Object>>> m = new LinkedHashMap<>();
    for (int i = 0; i < nameThenRows.length; i += 2) {
      m.put((String) nameThenRows[i], (List<List<Object>>) nameThenRows[i + 1]);
    }
    return m;
  }

  /** Replaces the special cells of each sheet's XML by the XML a spreadsheet program would write. */
  private static byte[] patch(Path xlsx, List<Map<String, String>> special) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipFile in = new ZipFile(xlsx.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        byte[] content = in.getInputStream(e).readAllBytes();
        Matcher name = Pattern.compile("xl/worksheets/sheet([0-9]+)\\.xml").matcher(e.getName());
        if (name.matches()) {
          String xml = new String(content, StandardCharsets.UTF_8);
          for (var cell : special.get(Integer.parseInt(name.group(1)) - 1).entrySet()) {
            xml = xml.replaceFirst("<c r=\"" + cell.getKey() + "\"[^>/]*(?:/>|>.*?</c>)",
                Matcher.quoteReplacement(cell.getValue()));
          }
          content = xml.getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
