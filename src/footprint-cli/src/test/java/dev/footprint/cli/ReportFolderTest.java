package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report folder appears whole or not at all, and an --out that cannot be written is refused up front. */
class ReportFolderTest {
  /** Writes a.txt and b.txt with the given text. */
  static ReportFolder.Writer files(String text) {
    return dir -> List.of(Files.writeString(dir.resolve("a.txt"), text), Files.writeString(dir.resolve("b.txt"), text));
  }

  static Set<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  @Test
  void aNewFolderAppearsWithEveryFileAndNothingElse(@TempDir Path d) throws Exception {
    Path out = d.resolve("x/y/report");
    List<Path> written = ReportFolder.write(out, Interruption.none(), files("new"));
    assertEquals(List.of(out.resolve("a.txt"), out.resolve("b.txt")), written);
    assertEquals(Set.of("a.txt", "b.txt"), names(out));
    assertEquals("new", Files.readString(out.resolve("b.txt")));
    assertEquals(Set.of("report"), names(d.resolve("x/y")), "no temporary folder is left beside it");
    Path plain = Files.createDirectory(d.resolve("plain"));
    if (Files.getFileStore(d).supportsFileAttributeView("posix")) {
      assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out),
          "the folder has the permissions of any new folder, not a temporary folder's owner-only ones");
    }
  }

  @Test
  void intoAFolderWithFilesEachFileIsReplacedAndTheOthersLeftAlone(@TempDir Path d) throws Exception {
    Path out = Files.createDirectory(d.resolve("out"));
    Files.writeString(out.resolve("a.txt"), "old");
    Files.writeString(out.resolve("notes.md"), "mine");
    Object key = Files.readAttributes(out, BasicFileAttributes.class).fileKey();
    ReportFolder.write(out, Interruption.none(), files("new"));
    assertEquals(Set.of("a.txt", "b.txt", "notes.md"), names(out));
    assertEquals("new", Files.readString(out.resolve("a.txt")));
    assertEquals("mine", Files.readString(out.resolve("notes.md")));
    assertEquals(Set.of("out"), names(d));
    if (key != null) {
      assertEquals(key, Files.readAttributes(out, BasicFileAttributes.class).fileKey(), "the folder itself stays");
    }
  }

  @Test
  void anEmptyFolderIsFilledInPlace(@TempDir Path d) throws Exception {
    Path out = Files.createDirectory(d.resolve("out"));
    Object key = Files.readAttributes(out, BasicFileAttributes.class).fileKey();
    ReportFolder.write(out, Interruption.none(), files("new"));
    assertEquals(Set.of("a.txt", "b.txt"), names(out));
    assertEquals(Set.of("out"), names(d));
    if (key != null) {
      assertEquals(key, Files.readAttributes(out, BasicFileAttributes.class).fileKey());
    }
  }

  /** A writer that fails after one file: no folder, no temporary folder, no parent made for it. */
  @Test
  void aFailedWriteLeavesNothing(@TempDir Path d) throws Exception {
    Path out = d.resolve("new/report");
    IOException e = assertThrows(IOException.class, () -> ReportFolder.write(out, Interruption.none(), dir -> {
      Files.writeString(dir.resolve("a.txt"), "part");
      throw new IOException("disk full");
    }));
    assertEquals("disk full", e.getMessage());
    assertEquals(Set.of(), names(d));
    Path existing = Files.createDirectory(d.resolve("existing"));
    Files.writeString(existing.resolve("a.txt"), "old");
    assertThrows(IOException.class, () -> ReportFolder.write(existing, Interruption.none(), dir -> {
      Files.writeString(dir.resolve("a.txt"), "part");
      throw new IOException("disk full");
    }));
    assertEquals(Set.of("a.txt"), names(existing));
    assertEquals("old", Files.readString(existing.resolve("a.txt")));
    assertEquals(Set.of("existing"), names(d));
  }

  @Test
  void afterAnInterruptionNothingIsWritten(@TempDir Path d) throws Exception {
    Interruption i = Interruption.none();
    i.fire();
    CommandException e = assertThrows(CommandException.class, () -> ReportFolder.write(d.resolve("out"), i,
        files("new")));
    assertEquals(Interruption.EXIT_CODE, e.exitCode());
    assertEquals(Set.of(), names(d));
  }

  /**
   * Ctrl-C while the files are being written: the interruption waits for the writer, which then sees
   * it and moves nothing into place; the temporary folder goes, and the earlier report stays as it was.
   */
  @Test
  void anInterruptionWhileWritingLeavesTheEarlierReportAsItWas(@TempDir Path d) throws Exception {
    Path out = Files.createDirectory(d.resolve("out"));
    Files.writeString(out.resolve("a.txt"), "old");
    Interruption i = Interruption.none();
    CountDownLatch writing = new CountDownLatch(1);
    CountDownLatch proceed = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<Path>> writer = pool.submit(() -> ReportFolder.write(out, i, dir -> {
        Files.writeString(dir.resolve("a.txt"), "new");
        writing.countDown();
        await(proceed);
        return List.of(Files.writeString(dir.resolve("b.txt"), "new"), dir.resolve("a.txt"));
      }));
      assertTrue(writing.await(60, TimeUnit.SECONDS));
      Future<?> hook = pool.submit(i::fire);
      while (!i.interrupted()) {
        Thread.onSpinWait();
      }
      assertFalse(hook.isDone(), "the hook waits for the files being written");
      assertEquals(2, names(d).size(), "the temporary folder beside the report: " + names(d));
      proceed.countDown();
      ExecutionException e = assertThrows(ExecutionException.class, () -> writer.get(60, TimeUnit.SECONDS));
      assertEquals(Interruption.EXIT_CODE, ((CommandException) e.getCause()).exitCode());
      hook.get(60, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(Set.of("out"), names(d), "no temporary folder left");
    assertEquals(Set.of("a.txt"), names(out));
    assertEquals("old", Files.readString(out.resolve("a.txt")));
  }

  static void await(CountDownLatch latch) throws IOException {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IOException("not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  @Test
  void aFolderThatCannotBeMadeIsRefusedBeforeAnythingIsSolved(@TempDir Path d) throws Exception {
    Path file = Files.writeString(d.resolve("a-file"), "x");
    CommandException under = assertThrows(CommandException.class, () -> ReportFolder.check(file.resolve("out"),
        "--out"));
    assertEquals(ExitCode.INVALID_INPUT, under.exitCode());
    assertEquals("cannot write " + file.resolve("out") + " (--out): " + file + " is a file, not a folder",
        under.getMessage());
    assertEquals("cannot write " + file + " (--out): it is a file, not a folder",
        assertThrows(CommandException.class, () -> ReportFolder.check(file, "--out")).getMessage());
    assertEquals("cannot write '' (--out): the path is empty",
        assertThrows(CommandException.class, () -> ReportFolder.check(Path.of(""), "--out")).getMessage());
    assertEquals("cannot write " + d + " (--out): it is a folder",
        assertThrows(CommandException.class, () -> ReportFolder.checkFile(d, "--out")).getMessage());
    ReportFolder.check(d.resolve("new/deeper"), "--out");
    ReportFolder.check(d, "--out");
    ReportFolder.checkFile(d.resolve("new/model.lp"), "--out");
    assertEquals(Set.of("a-file"), names(d), "checking makes nothing");
  }

  @Test
  void aFolderWithoutWritePermissionIsRefused(@TempDir Path d) throws Exception {
    Assumptions.assumeTrue(Files.getFileStore(d).supportsFileAttributeView("posix"), "POSIX permissions");
    Path locked = Files.createDirectory(d.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      Assumptions.assumeFalse(Files.isWritable(locked), "permissions apply to this user (not root)");
      CommandException e = assertThrows(CommandException.class, () -> ReportFolder.check(locked.resolve("out"),
          "--out"));
      assertEquals("cannot write " + locked.resolve("out") + " (--out): permission denied in " + locked,
          e.getMessage());
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void oneFileIsReplacedWholeThroughLinksAndDevicesAreWrittenAsTheyAre(@TempDir Path d) throws Exception {
    Path model = Files.writeString(d.resolve("model.lp"), "old");
    Path link = Files.createSymbolicLink(d.resolve("link.lp"), model.getFileName());
    ReportFolder.writeFile(link, Interruption.none(), f -> Files.writeString(f, "new"));
    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertEquals("new", Files.readString(model));
    assertEquals(Set.of("model.lp", "link.lp"), names(d));
    assertThrows(IOException.class, () -> ReportFolder.writeFile(model, Interruption.none(), f -> {
      Files.writeString(f, "part");
      throw new IOException("disk full");
    }));
    assertEquals("new", Files.readString(model), "a failed write leaves the file as it was");
    assertEquals(Set.of("model.lp", "link.lp"), names(d));
    Path devNull = Path.of("/dev/null");
    Assumptions.assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "a device to write to");
    ReportFolder.checkFile(devNull, "--out");
    ReportFolder.writeFile(devNull, Interruption.none(), f -> Files.writeString(f, "x", StandardCharsets.UTF_8));
    assertFalse(Files.isRegularFile(devNull), "a device is written to, never replaced by a file");
  }
}
