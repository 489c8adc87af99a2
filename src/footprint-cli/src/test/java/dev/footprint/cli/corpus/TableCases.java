package dev.footprint.cli.corpus;

import static dev.footprint.cli.corpus.CorpusCase.ABSENT;
import static dev.footprint.cli.corpus.CorpusCase.refused;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Broken table references and tables: files that are missing, folders, named pipes, devices,
 * outside the study's folder (absolute, through {@code ..}, by a link), too large, too long, binary,
 * in another encoding, not tables of their kind; CSV files with wrong columns, rows and cells; and
 * workbooks that are not workbooks, zip bombs, sheets that are missing or hold dates.
 */
final class TableCases {
  private TableCases() {}

  /** The small study's sites, as a CSV table. */
  static final String SITES_CSV = """
      id,country,kind,capacity,fixedCost,closingCost,openingCapex,openingPeriod,products
      US-Ohio,US,existing,1000,20000,50000,,,
      MX-Monterrey,MX,candidate,0;800;800,8000,,150000,2027,widget
      VN-HCMC,VN,committed,600,,,90000,0,gadget;widget
      """;

  /** A line no output may show: it stands for the first line of a file that is not a table. */
  static final String SECRET = "root:x:0:0:s3cr3t-line:/root:/bin/bash";

  /** @return the small study with its sites given by the reference */
  static String smallWithSites(String reference) {
    int from = Studies.SMALL.indexOf("sites:\n");
    int to = Studies.SMALL.indexOf("markets:\n");
    return Studies.SMALL.substring(0, from) + "sites: " + reference + "\n" + Studies.SMALL.substring(to);
  }

  /** A case whose study reads its sites from the reference, the folder prepared by {@code files}. */
  private static CorpusCase sites(String category, String id, String reference, Files2 files, String... fragments) {
    return refused("table/" + id, category, dir -> {
      files.write(dir);
      return Files.writeString(dir.resolve(Studies.STUDY), smallWithSites(reference));
    }, fragments);
  }

  /** Writes files into a case's folder. */
  @FunctionalInterface
  interface Files2 {
    void write(Path dir) throws Exception;
  }

  private static Files2 csv(String text) {
    return dir -> Files.writeString(dir.resolve("sites.csv"), text);
  }

  private static Files2 csvEdit(Function<String, String> edit) {
    String text = edit.apply(SITES_CSV);
    if (text.equals(SITES_CSV)) {
      throw new IllegalStateException("the edit changes nothing");
    }
    return csv(text);
  }

  static List<CorpusCase> cases() {
    List<CorpusCase> out = new ArrayList<>();
    String ref = "{csv: sites.csv}";
    // Where the file is, and what it is.
    out.add(sites("table location", "missing file", "{csv: nope.csv}", dir -> { }, "sites.csv",
        "cannot read the CSV file 'nope.csv': no such file"));
    out.add(sites("table location", "folder", ref, dir -> Files.createDirectory(dir.resolve("sites.csv")),
        "it is a folder"));
    out.add(sites("table location", "named pipe", ref, dir -> {
      if (!Pipes.mkfifo(dir.resolve("sites.csv"))) {
        Files.createSymbolicLink(dir.resolve("sites.csv"), Path.of("/dev/null"));
      }
    }, "is not a regular file"));
    out.add(sites("table location", "link to /dev/zero", ref,
        dir -> Files.createSymbolicLink(dir.resolve("sites.csv"), Path.of("/dev/zero")), "is not a regular file"));
    out.add(sites("table location", "/dev/zero", "{csv: /dev/zero}", dir -> { }, "'/dev/zero' is an absolute path",
        "--allow-outside-tables"));
    out.add(sites("table location", "/etc/passwd", "{csv: /etc/passwd}", dir -> { }, "'/etc/passwd' is an absolute"
        + " path", ABSENT + "root:"));
    out.add(sites("table location", "/etc/shadow", "{csv: /etc/shadow}", dir -> { }, "'/etc/shadow' is an absolute"
        + " path"));
    out.add(sites("table location", "../../etc/passwd", "{csv: ../../etc/passwd}", dir -> { },
        "'../../etc/passwd' leads out of the study's folder", ABSENT + "root:"));
    out.add(sites("table location", "beside the folder", "{csv: ../sites.csv}",
        dir -> Files.writeString(dir.resolveSibling(dir.getFileName() + "-sites.csv"), SITES_CSV),
        "'../sites.csv' leads out of the study's folder"));
    out.add(sites("table location", "link to /etc/passwd", ref,
        dir -> Files.createSymbolicLink(dir.resolve("sites.csv"), Path.of("/etc/passwd")),
        "'sites.csv' is a link to a file outside the study's folder", ABSENT + "root:"));
    out.add(sites("table location", "link to a folder outside", "{csv: up/sites.csv}", dir -> {
      Path outside = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-outside"));
      Files.writeString(outside.resolve("sites.csv"), SITES_CSV);
      Files.createSymbolicLink(dir.resolve("up"), outside);
    }, "'up/sites.csv' is a link to a file outside the study's folder"));
    out.add(sites("table location", "not a file name", "{csv: \"a\\0b.csv\"}", dir -> { }, "is not a file name"));

    // Sizes.
    out.add(sites("limits", "table beyond 64 MiB", ref, dir -> {
      try (RandomAccessFile f = new RandomAccessFile(dir.resolve("sites.csv").toFile(), "rw")) {
        f.setLength((64L << 20) + 1);
      }
    }, "more than the 64 MiB"));
    out.add(sites("limits", "table of 1,000,001 rows", ref, dir -> {
      StringBuilder sb = new StringBuilder(SITES_CSV.lines().findFirst().orElseThrow()).append('\n');
      String row = "X,US,candidate,1,,,,,\n";
      sb.append(row.repeat(1_000_001));
      Files.writeString(dir.resolve("sites.csv"), sb);
    }, "sites.csv", "more than the 1,000,000 rows"));

    // What the file holds.
    byte[] garbage = new byte[2048];
    new Random(7).nextBytes(garbage);
    out.add(sites("table content", "binary", ref, dir -> Files.write(dir.resolve("sites.csv"), garbage),
        "sites.csv", "is not UTF-8 text"));
    out.add(sites("table content", "Latin-1", ref, dir -> Files.write(dir.resolve("sites.csv"),
        SITES_CSV.replace("US-Ohio", "US-\u00d6hio").getBytes(StandardCharsets.ISO_8859_1)), "sites.csv",
        "is not UTF-8 text", "CSV UTF-8"));
    out.add(sites("table content", "empty", ref, csv(""), "sites.csv", "the CSV file is empty"));
    out.add(sites("table content", "not a table of sites", ref, csv(SECRET + "\ndaemon:x:1:1::/:/bin/false\n"),
        "sites.csv", "is not a CSV table of sites", ABSENT + "s3cr3t", ABSENT + "daemon"));
    out.add(sites("table content", "unclosed quote", ref, csvEdit(s -> s.replace("US-Ohio,", "\"US-Ohio,")),
        "sites.csv", "cannot be read as CSV"));
    out.add(sites("table content", "nameless column", ref, csvEdit(s -> s.replace("id,country", "id,,country")),
        "sites.csv", "leaves a column without a name"));
    out.add(sites("table content", "missing column", ref, csvEdit(s -> s.replace(",capacity,", ",capacty,")),
        "sites.csv", "unknown column 'capacty'", "Maybe you meant 'capacity'", "missing: every site needs 'capacity'"));
    out.add(sites("table content", "row too short", ref, csvEdit(s -> s.replace("US-Ohio,US,existing,1000,20000,50000,,,",
        "US-Ohio,US,existing,1000")), "sites.csv", "the row has 4 values but the header has 9"));
    out.add(sites("table content", "row too long", ref, csvEdit(s -> s.replace("50000,,,", "50000,,,,x")),
        "sites.csv", "the row has 10 values"));
    out.add(sites("table content", "negative cell", ref, csvEdit(s -> s.replace("existing,1000", "existing,-5")),
        "sites.csv", "sites[0].capacity", "finite number >= 0"));
    out.add(sites("table content", "NaN cell", ref, csvEdit(s -> s.replace("existing,1000", "existing,NaN")),
        "sites.csv", "sites[0].capacity"));
    out.add(sites("table content", "unknown id in a cell", ref, csvEdit(s -> s.replace("US-Ohio,US,", "US-Ohio,USA,")),
        "sites.csv", "sites[0].country", "no country has the id 'USA'"));
    out.add(sites("table content", "unknown kind", ref, csvEdit(s -> s.replace(",existing,", ",existng,")),
        "sites.csv", "sites[0].kind"));
    out.add(sites("table content", "series of the wrong length", ref, csvEdit(s -> s.replace("0;800;800", "0;800")),
        "sites.csv", "sites[1].capacity", "has 2 values"));
    out.add(sites("table content", "duplicate id", ref, csvEdit(s -> s + "US-Ohio,US,existing,5,,,,,\n"), "sites.csv",
        "duplicate id 'US-Ohio'"));
    out.add(sites("table content", "header only", ref, csv(SITES_CSV.lines().findFirst().orElseThrow() + "\n"),
        "freight[5].site", "no site has the id 'MX-Monterrey'"));

    // The reference itself.
    out.add(sites("table reference", "sheet of a CSV file", "{csv: sites.csv, sheet: x}", csv(SITES_CSV),
        "only a workbook has sheets"));
    out.add(sites("table reference", "both kinds", "{csv: sites.csv, xlsx: book.xlsx}", csv(SITES_CSV), "not both"));
    out.add(sites("table reference", "unknown key", "{csv: sites.csv, sheets: x}", csv(SITES_CSV),
        "unknown key 'sheets' in a table reference"));
    out.add(sites("table reference", "a number", "{csv: 5}", dir -> { }, "must be the name of a CSV file"));
    out.add(sites("table reference", "a workbook as CSV", "{csv: sites.xlsx}", dir -> { },
        "is a workbook, not a CSV file"));
    out.add(sites("table reference", "an .xls workbook", "{xlsx: sites.xls, sheet: sites}", dir -> { },
        "Excel 97-2003"));
    out.add(refused("table/freight lanes twice", "table content", dir -> {
      Files.writeString(dir.resolve("freight.csv"), "origin,destination,product,costPerUnit\nMX,US,,1.5\nMX,US,,1.7\n");
      String s = Studies.SMALL;
      int from = s.indexOf("freight:\n");
      int to = s.indexOf("tariffs:\n");
      return Files.writeString(dir.resolve(Studies.STUDY), s.substring(0, from) + "freight: {csv: freight.csv}\n"
          + s.substring(to));
    }, "freight.csv", "duplicate freight rate: freight[0] gives the same lane, MX->US"));
    out.add(refused("table/demand without its columns", "table content", dir -> {
      Files.writeString(dir.resolve("demand.csv"), "market,item,2026,2027,2028\nUS,widget,1,2,3\n");
      return Files.writeString(dir.resolve(Studies.STUDY), Studies.SMALL.replace("demand: {widget: 100}",
          "demand: {csv: demand.csv}"));
    }, "demand.csv", "unknown column 'item'", "needs a column 'product'"));

    // Workbooks.
    out.add(sites("workbook", "no sheet named", "{xlsx: book.xlsx}", dir -> book(dir, List.of()),
        "names its sheet"));
    out.add(sites("workbook", "missing sheet", "{xlsx: book.xlsx, sheet: site}", dir -> book(dir, List.of()),
        "no sheet is named 'site'", "Maybe you meant 'sites'"));
    out.add(sites("workbook", "text named .xlsx", "{xlsx: book.xlsx, sheet: sites}",
        dir -> Files.writeString(dir.resolve("book.xlsx"), SITES_CSV), "is not an .xlsx workbook"));
    out.add(sites("workbook", "an .xls renamed", "{xlsx: book.xlsx, sheet: sites}", dir -> Files.write(
        dir.resolve("book.xlsx"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
            0x1A, (byte) 0xE1, 0, 0, 0, 0}), "Excel 97-2003"));
    out.add(sites("workbook", "zip bomb", "{xlsx: book.xlsx, sheet: sites}", dir -> Files.write(dir.resolve("book.xlsx"),
        zip("xl/worksheets/sheet1.xml", (257L << 20))), "expands to more than 256 MiB"));
    out.add(sites("workbook", "damaged", "{xlsx: book.xlsx, sheet: sites}", dir -> Files.write(dir.resolve("book.xlsx"),
        zip("[Content_Types].xml", 10)), "cannot be read as an .xlsx workbook", ABSENT + "Exception"));
    out.add(sites("workbook", "date in a cell", "{xlsx: book.xlsx, sheet: sites}",
        dir -> book(dir, List.of(List.of(3, LocalDate.of(2027, 1, 1)))), "book.xlsx[sites]!D2", "holds a date"));
    out.add(sites("workbook", "negative cell in a sheet", "{xlsx: book.xlsx, sheet: sites}",
        dir -> book(dir, List.of(List.of(3, -5))), "book.xlsx[sites]!D2", "sites[0].capacity"));
    out.add(sites("workbook", "not a sheet of sites", "{xlsx: book.xlsx, sheet: other}", dir -> book(dir, List.of()),
        "is not a sheet of sites"));
    return out;
  }

  /**
   * Writes book.xlsx: a sheet "sites" with the small study's sites, cells changed as given, and a
   * sheet "other" that is no table of the study.
   *
   * @param changes each a column index and the value its first data row takes
   */
  private static void book(Path dir, List<List<Object>> changes) throws IOException {
    try (var stream = Files.newOutputStream(dir.resolve("book.xlsx"))) {
      Workbook wb = new Workbook(stream, "corpus", "1.0");
      Worksheet ws = wb.newWorksheet("sites");
      List<String> lines = SITES_CSV.lines().toList();
      for (int r = 0; r < lines.size(); r++) {
        String[] cells = lines.get(r).split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          if (!cells[c].isEmpty()) {
            ws.value(r, c, cells[c]);
          }
        }
      }
      for (List<Object> change : changes) {
        int c = (Integer) change.get(0);
        Object v = change.get(1);
        if (v instanceof LocalDate d) {
          ws.value(1, c, d);
          ws.style(1, c).format("yyyy-mm-dd").set();
        } else {
          ws.value(1, c, (Number) v);
        }
      }
      Worksheet other = wb.newWorksheet("other");
      other.value(0, 0, "owner");
      other.value(0, 1, "phone");
      other.value(1, 0, "someone");
      wb.finish();
    }
  }

  /** @return a zip of one entry of {@code size} zero bytes */
  private static byte[] zip(String entry, long size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      byte[] zeros = new byte[1 << 20];
      for (long n = 0; n < size; n += zeros.length) {
        zip.write(zeros, 0, (int) Math.min(zeros.length, size - n));
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }
}
