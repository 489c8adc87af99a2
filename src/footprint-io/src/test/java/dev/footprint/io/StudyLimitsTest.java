package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.find;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each limit of docs/study-format.md ("Limits") is refused at once, by name, just beyond it, and not at it. */
class StudyLimitsTest {
  @TempDir
  Path dir;

  private static String tinyWith(String from, String to) {
    assertTrue(TINY.contains(from), from);
    return TINY.replace(from, to);
  }

  private static <T> T quickly(org.junit.jupiter.api.function.ThrowingSupplier<T> s) {
    return assertTimeoutPreemptively(Duration.ofSeconds(20), s);
  }

  @Test
  void aStudyFileBeyondItsSizeIsRefusedBeforeItIsRead() throws IOException {
    Path f = dir.resolve("big.yaml");
    try (RandomAccessFile big = new RandomAccessFile(f.toFile(), "rw")) {
      big.setLength(StudyLimits.MAX_STUDY_BYTES + 1);
    }
    List<Problem> problems = quickly(() -> problems(f));
    find(problems, f, 0, "", "the study file is 16.0 MiB, more than the 16 MiB it may have");
  }

  @Test
  void aStudyFileThatIsNotAFileIsRefused() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("folder.yaml"));
    find(problems(folder), folder, 0, "", "cannot read the study file: it is a folder, not a file");
    Path missing = dir.resolve("missing.yaml");
    find(problems(missing), missing, 0, "", "cannot read the study file: no such file");
    Path fifo = dir.resolve("pipe.yaml");
    if (TableFilesTest.mkfifo(fifo)) {
      find(quickly(() -> problems(fifo)), fifo, 0, "", "it is not a regular file");
    }
  }

  @Test
  void aStudyFileThatIsNotUtf8IsRefusedByLine() throws IOException {
    Path f = dir.resolve("latin1.yaml");
    Files.write(f, TINY.replace("name: United States", "name: \u00c9tats-Unis")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(TINY, "name: United States"), "", "the study file is not UTF-8 text", "(0xC9)",
        "Maybe save it as UTF-8 text.");
  }

  @Test
  void aHorizonOfMorePeriodsThanTheLimitIsRefusedWithoutMakingTheLabels() {
    String text = tinyWith("periods: 3", "periods: 1000000000");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = quickly(() -> problems(f));
    find(problems, f, lineOf(text, "periods: 1000000000"), "horizon.periods",
        "a horizon may have at most 1000 periods, not 1000000000", "Maybe use longer periods");
    String labels = tinyWith("firstYear: 2026\n  periods: 3", "labels: [" + "x, ".repeat(1000) + "y]");
    Path g = write(dir, "l.yaml", labels);
    find(quickly(() -> problems(g)), g, lineOf(labels, "labels:"), "horizon.labels", "has 1001 labels",
        "at most 1000 periods");
    String scenario = TINY + "scenarios:\n  long:\n    set:\n      horizon.periods: 5000\n";
    Path h = write(dir, "h.yaml", scenario);
    find(quickly(() -> problems(h)), h, lineOf(scenario, "horizon.periods: 5000"),
        "scenarios.long.set[\"horizon.periods\"]", "at most 1000 periods, not 5000");
    // 1000 is allowed: the study is refused only because its series have 3 values.
    String atLimit = tinyWith("firstYear: 2026\n  periods: 3", "periods: 1000");
    Path k = write(dir, "k.yaml", atLimit);
    assertTrue(problems(k).stream().noneMatch(p -> p.message().contains("at most 1000")), problems(k).toString());
  }

  @Test
  void moreScenariosThanTheLimitAreRefused() {
    StringBuilder sb = new StringBuilder(TINY).append("scenarios:\n");
    for (int i = 0; i <= StudyLimits.MAX_SCENARIOS; i++) {
      sb.append("  s").append(i).append(": {set: {\"tariffs.vn-20.rate\": 0.1}}\n");
    }
    Path f = write(dir, "s.yaml", sb.toString());
    List<Problem> problems = quickly(() -> problems(f));
    find(problems, f, lineOf(sb.toString(), "scenarios:"), "scenarios", "the study has 1001 scenarios, more than the"
        + " 1000 it may have");
    assertEquals(1, problems.size());
  }

  @Test
  void numbersBeyondTheLargestAreRefused() {
    String text = tinyWith("capacity: 100", "capacity: 1e20").replace("openingCapex: 1000", "openingCapex: -1e16")
        .replace("materialCostPerUnit: 4.5", "materialCostPerUnit: 1e15");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "1e20"), "sites[0].capacity", "is 1e20, beyond 1e15, the largest number a study may"
        + " hold", "Maybe state money in millions");
    // Negative is what is wrong with -1e16.
    find(problems, f, lineOf(text, "-1e16"), "sites[1].openingCapex", "is -1e16 but must be a finite number >= 0");
    assertTrue(problems.stream().noneMatch(p -> p.path().equals("products[0].materialCostPerUnit")), problems.toString());
  }

  @Test
  void tooManyProblemsAreCountedNotListed() {
    StringBuilder text = new StringBuilder(TINY).append("jobGrants:\n");
    for (int i = 0; i < 1500; i++) {
      text.append("  - {id: g").append(i).append(", country: US, grantPerJob: 1, oops: 1}\n");
    }
    Path f = write(dir, "s.yaml", text.toString());
    List<Problem> problems = quickly(() -> problems(f));
    assertEquals(StudyLimits.MAX_PROBLEMS + 1, problems.size());
    Problem last = problems.get(problems.size() - 1);
    assertEquals("and 500 more problem(s) not listed: only the first 1000 found are (docs/study-format.md, Limits)"
        + "\nMaybe fix these first: one mistake often causes many problems.", last.message());
  }

  @Test
  void aCsvTableOfMoreRowsThanTheLimitIsRefused() throws IOException {
    StringBuilder csv = new StringBuilder("origin,destination,costPerUnit\n");
    for (int i = 0; i <= StudyLimits.MAX_TABLE_ROWS; i++) {
      csv.append("VN,US,1\n");
    }
    write(dir, "freight.csv", csv.toString());
    String text = tinyWith("freight:\n  - origin: VN\n    destination: US\n    costPerUnit: 0.25",
        "freight: {csv: freight.csv}");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = quickly(() -> problems(f));
    find(problems, dir.resolve("freight.csv"), StudyLimits.MAX_TABLE_ROWS + 2, "freight", "the table has more than the"
        + " 1,000,000 rows a table may have");
    assertEquals(1, problems.size());
  }

  @Test
  void aWorkbookThatUnzipsBeyondTheLimitIsRefused() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      byte[] zeros = new byte[1 << 20];
      for (long n = 0; n <= StudyLimits.MAX_WORKBOOK_UNZIPPED_BYTES; n += zeros.length) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertTrue(bytes.size() < 2 << 20, "a bomb: " + bytes.size());
    Files.write(dir.resolve("book.xlsx"), bytes.toByteArray());
    String text = tinyWith("freight:\n  - origin: VN\n    destination: US\n    costPerUnit: 0.25",
        "freight: {xlsx: book.xlsx, sheet: freight}");
    Path f = write(dir, "s.yaml", text);
    find(quickly(() -> problems(f)), f, lineOf(text, "book.xlsx"), "freight.xlsx", "'" + dir.resolve("book.xlsx")
        + "' expands to more than 256 MiB when unzipped");
  }

  @Test
  void aDamagedWorkbookIsNamedWithoutQuotingIt() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types secret-s3cr3t".getBytes(java.nio.charset.StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    Files.write(dir.resolve("book.xlsx"), bytes.toByteArray());
    String text = tinyWith("freight:\n  - origin: VN\n    destination: US\n    costPerUnit: 0.25",
        "freight: {xlsx: book.xlsx, sheet: freight}");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    Problem p = find(problems, f, lineOf(text, "book.xlsx"), "freight.xlsx", "cannot be read as an .xlsx workbook: it"
        + " is damaged, or not a workbook");
    assertTrue(!p.message().contains("s3cr3t") && !p.message().contains("Exception"), p.message());
  }

  @Test
  void theOptionsAreValuesAndTheDefaultKeepsTablesInside() {
    StudyReader.Options d = StudyReader.options();
    assertTrue(!d.tablesOutsideAllowed());
    StudyReader.Options o = d.allowTablesOutside(true);
    assertTrue(o.tablesOutsideAllowed());
    assertTrue(!d.tablesOutsideAllowed(), "options are immutable");
    assertTrue(!o.allowTablesOutside(false).tablesOutsideAllowed());
    NullPointerException e = assertThrows(NullPointerException.class, () -> StudyReader.read(null));
    assertEquals("file", e.getMessage());
    assertDoesNotThrow(() -> StudyReader.read(write(dir, "t.yaml", TINY)));
  }
}
