package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.find;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables are read only from regular files in the study's folder (and the folders in it) unless
 * tables outside are allowed, within their size limits, and a problem never quotes a file that is
 * not a table of the study.
 */
class TableFilesTest {
  @TempDir
  Path root;

  /** A line no message may ever show: it stands for a secret in a file that is not a table. */
  private static final String SECRET = "root:$6$s3cr3tHASH:19000:0:99999:7:::";

  private static final String SITES_CSV = """
      id,country,kind,capacity,closingCost,openingCapex,openingPeriod
      US-NC,US,existing,100,500,,
      VN-HCM,VN,candidate,200,,1000,2027
      """;

  /** @return the tiny study with its sites in the table {@code ref} */
  private static String tinyWithSites(String ref) {
    int from = TINY.indexOf("sites:\n");
    int to = TINY.indexOf("markets:\n");
    return TINY.substring(0, from) + "sites: " + ref + "\n" + TINY.substring(to);
  }

  private Path study(Path dir, String ref) throws IOException {
    Files.createDirectories(dir);
    return write(dir, "study.yaml", tinyWithSites(ref));
  }

  private static String all(List<Problem> problems) {
    return problems.stream().map(Problem::toString).reduce("", (a, b) -> a + "\n" + b);
  }

  @Test
  void aTableInTheStudysFolderOrBelowIsRead() throws IOException {
    Path dir = root.resolve("study");
    Files.createDirectories(dir.resolve("tables"));
    write(dir.resolve("tables"), "sites.csv", SITES_CSV);
    Study s = StudyReader.read(study(dir, "{csv: tables/sites.csv}"));
    assertEquals(2, s.base().sites().size());
    // A path that goes down and up again but stays inside is inside.
    Study again = StudyReader.read(study(dir, "{csv: tables/../tables/sites.csv}"));
    assertEquals(s.base(), again.base());
  }

  @Test
  void anAbsolutePathIsRefusedUnlessAllowed() throws IOException {
    Path outside = write(root, "sites.csv", SITES_CSV).toAbsolutePath();
    Path f = study(root.resolve("study"), "{csv: " + outside + "}");
    String text = Files.readString(f);
    Problem p = find(problems(f), f, lineOf(text, "sites: {csv"), "sites.csv", "is an absolute path",
        "only from the study's folder", "allowTablesOutside(true)", "--allow-outside-tables");
    assertTrue(p.message().contains(outside.toString()), p.message());
    Study allowed = StudyReader.options().allowTablesOutside(true).read(f);
    assertEquals(List.of("US-NC", "VN-HCM"), allowed.base().sites().stream().map(x -> x.id()).toList());
  }

  @Test
  void aPathLeadingOutThroughDotDotIsRefusedUnlessAllowed() throws IOException {
    write(root, "sites.csv", SITES_CSV);
    Path f = study(root.resolve("a").resolve("study"), "{csv: ../../sites.csv}");
    find(problems(f), f, lineOf(Files.readString(f), "sites: {csv"), "sites.csv", "'../../sites.csv' leads out of"
        + " the study's folder");
    assertEquals(2, StudyReader.options().allowTablesOutside(true).read(f).base().sites().size());
  }

  @Test
  void aLinkLeadingOutIsRefusedAndALinkInsideIsRead() throws IOException {
    Path outside = write(root, "outside.csv", SITES_CSV);
    Path dir = root.resolve("study");
    Files.createDirectories(dir);
    write(dir, "real.csv", SITES_CSV);
    try {
      Files.createSymbolicLink(dir.resolve("out.csv"), outside.toAbsolutePath());
      Files.createSymbolicLink(dir.resolve("in.csv"), dir.resolve("real.csv").toAbsolutePath());
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here: " + e);
    }
    Path f = study(dir, "{csv: out.csv}");
    find(problems(f), f, lineOf(Files.readString(f), "sites: {csv"), "sites.csv", "'out.csv' is a link to a file"
        + " outside the study's folder");
    assertEquals(2, StudyReader.options().allowTablesOutside(true).read(f).base().sites().size());
    assertEquals(2, StudyReader.read(study(dir, "{csv: in.csv}")).base().sites().size());
  }

  @Test
  void aFolderIsRefused() throws IOException {
    Path dir = root.resolve("study");
    Files.createDirectories(dir.resolve("sites.csv"));
    Path f = study(dir, "{csv: sites.csv}");
    find(problems(f), f, lineOf(Files.readString(f), "sites: {csv"), "sites.csv", "it is a folder, not a file");
  }

  @Test
  void aDeviceIsRefusedEvenWhenTablesOutsideAreAllowed() throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero), "no /dev/zero here");
    Path f = study(root.resolve("study"), "{csv: /dev/zero}");
    List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> assertThrows(StudyException.class, () -> StudyReader.options().allowTablesOutside(true).read(f)))
        .problems();
    find(problems, f, lineOf(Files.readString(f), "sites: {csv"), "sites.csv", "is not a regular file");
  }

  @Test
  void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
    Path dir = root.resolve("study");
    Files.createDirectories(dir);
    Path fifo = dir.resolve("sites.csv");
    assumeTrue(mkfifo(fifo), "mkfifo is not available");
    Path f = study(dir, "{csv: sites.csv}");
    List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> problems(f));
    find(problems, f, lineOf(Files.readString(f), "sites: {csv"), "sites.csv", "is not a regular file",
        "a named pipe");
  }

  /** @return whether a named pipe could be made with the system's mkfifo */
  static boolean mkfifo(Path at) {
    try {
      Process p = new ProcessBuilder("mkfifo", at.toString()).redirectErrorStream(true).start();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(at) && !Files.isRegularFile(at);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void aTableBeyondItsSizeLimitIsRefusedBeforeItIsRead() throws Exception {
    Path dir = root.resolve("study");
    Files.createDirectories(dir);
    try (RandomAccessFile big = new RandomAccessFile(dir.resolve("sites.csv").toFile(), "rw")) {
      big.setLength(StudyLimits.MAX_TABLE_BYTES + 1); // sparse: nothing is written
    }
    Path f = study(dir, "{csv: sites.csv}");
    List<Problem> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> problems(f));
    find(problems, f, lineOf(Files.readString(f), "sites: {csv"), "sites.csv", "is 64.0 MiB", "more than the 64 MiB");
  }

  @Test
  void aFileThatIsNotATableIsNamedWithoutQuotingIt() throws IOException {
    Path dir = root.resolve("study");
    Files.createDirectories(dir);
    Path secret = write(root, "shadow", SECRET + "\nbin:*:19000:0:99999:7:::\n");
    Path f = study(dir, "{csv: " + secret.toAbsolutePath() + "}");
    List<Problem> problems = assertThrows(StudyException.class,
        () -> StudyReader.options().allowTablesOutside(true).read(f)).problems();
    Problem p = find(problems, secret.toAbsolutePath(), 1, "sites", "is not a CSV table of sites",
        "none of its columns is a field of a site", "it needs the columns id, country, kind, capacity");
    assertEquals(1, problems.size(), all(problems));
    assertFalse(all(problems).contains("s3cr3t") || all(problems).contains("root:"), all(problems));
    assertFalse(new StudyException(problems).getMessage().contains("s3cr3t"));
    // Inside the folder too, and as a mapping table.
    write(dir, "notes.csv", SECRET + "\n");
    Path g = write(dir, "study2.yaml", TINY.replace("shirts: [80, 90, 100]", "{csv: notes.csv}")
        .replace("demand:\n      {csv", "demand: {csv"));
    List<Problem> second = problems(g);
    assertTrue(second.stream().anyMatch(q -> q.message().startsWith("is not a CSV table of demand")), all(second));
    assertFalse(all(second).contains("s3cr3t"), all(second));
  }

  @Test
  void binaryOrNonUtf8TablesAreRefusedWithoutQuotingThem() throws IOException {
    Path dir = root.resolve("study");
    Files.createDirectories(dir);
    Files.write(dir.resolve("sites.csv"), new byte[] {'i', 'd', '\n', 0, 1, 2, (byte) 0xFF, 's', 'e', 'c'});
    Path f = study(dir, "{csv: sites.csv}");
    List<Problem> problems = problems(f);
    Problem p = find(problems, dir.resolve("sites.csv"), 2, "sites", "is not UTF-8 text", "byte 4", "a NUL byte");
    assertTrue(p.message().contains("CSV UTF-8"), p.message());
    Files.write(dir.resolve("sites.csv"), "id,country\nC\u00f4te,CI\n".getBytes(java.nio.charset.StandardCharsets
        .ISO_8859_1));
    find(problems(f), dir.resolve("sites.csv"), 2, "sites", "is not UTF-8 text", "byte 13 (0xF4)");
  }

  @Test
  void aBrokenCsvFileIsDescribedWithoutClassNames() throws IOException {
    Path dir = root.resolve("study");
    Files.createDirectories(dir);
    write(dir, "sites.csv", "id,country,kind,capacity\nUS-NC,US,existing,\"100\n");
    Path f = study(dir, "{csv: sites.csv}");
    List<Problem> problems = problems(f);
    Problem p = find(problems, dir.resolve("sites.csv"), 0, "sites", "cannot be read as CSV", "EOF reached before"
        + " encapsulated token finished", "Maybe a value opens a double quote");
    assertFalse(p.message().contains("Exception"), p.message());
    write(dir, "sites.csv", "id,,kind,capacity\nUS-NC,US,existing,100\n");
    find(problems(f), dir.resolve("sites.csv"), 1, "sites", "the header row leaves a column without a name");
  }

  @Test
  void aMissingTableNamedTwiceIsReportedAtEachPlace() throws IOException {
    Path f = write(root, "s.yaml", TINY.replace("shirts: [80, 90, 100]", "{csv: nope.csv}")
        .replace("demand:\n      {csv", "demand: {csv")
        .replace("markets:\n", "markets:\n  - id: VN\n    demand: {csv: nope.csv}\n"));
    List<Problem> problems = problems(f);
    String text = Files.readString(f);
    int first = lineOf(text, "nope.csv");
    find(problems, f, first, "markets[0].demand.csv", "cannot read the CSV file 'nope.csv': no such file");
    long at = problems.stream().filter(p -> p.message().startsWith("cannot read the CSV file 'nope.csv'")).count();
    assertEquals(2, at, all(problems));
  }
}
