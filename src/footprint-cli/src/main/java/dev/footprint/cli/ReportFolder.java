package dev.footprint.cli;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileStore;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Report files written whole or not at all: the files of a run go to a temporary folder, which is
 * moved into place at the end.
 *
 * <ul>
 *   <li>When the folder {@code DIR} does not exist, the files are written to
 *       {@code .DIR.tmp-NUMBER} next to it, which is then renamed to {@code DIR} in one atomic step:
 *       {@code DIR} appears with every file or not at all.
 *   <li>When {@code DIR} exists (empty or not), each file of the report is moved into it in one
 *       atomic step, replacing the file of the same name: a reader sees the old file or the new
 *       one, never part of one, and the files are replaced one after the other, in a few
 *       milliseconds. Other files are left alone, and so is {@code DIR} itself (its permissions, and
 *       a shell whose working folder it is). The temporary folder is next to {@code DIR} where it
 *       can be, or else inside it, as {@code DIR/.footprint.tmp-NUMBER} (a parent that cannot be
 *       written, {@code DIR} on another file system than its parent, or a link).
 * </ul>
 *
 * <p>If the writing fails or the command is interrupted ({@link Interruption}) before the move, the
 * temporary folder is deleted, with any folders made for it, and nothing of the report shows. An
 * interruption during the moves waits for them to end. Files and folders are made with the
 * permissions the process gives new files (its umask), as if written in place.
 */
final class ReportFolder {
  private static final SecureRandom RANDOM = new SecureRandom();

  private ReportFolder() {}

  /** Writes the files of a report into a folder. */
  @FunctionalInterface
  interface Writer {
    /**
     * @param dir the folder to write to
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    List<Path> write(Path dir) throws IOException;
  }

  /**
   * Checks, before anything is solved, that a report folder can be made or written to: a folder is
   * made and deleted where the report's temporary folder will go.
   *
   * @param dir the folder
   * @param option the option that names it, such as {@code --out}
   * @throws CommandException (exit code 2) naming the folder and why it cannot be written
   */
  static void check(Path dir, String option) {
    Path target = absolute(dir, option);
    if (Files.exists(target)) {
      if (!Files.isDirectory(target)) {
        throw refused(dir, option, "it is a file, not a folder");
      }
      probe(dir, target, option);
      return;
    }
    probe(dir, existingAncestor(dir, target, option), option);
  }

  /**
   * Checks, before anything is solved, that a file can be written.
   *
   * @param file the file
   * @param option the option that names it
   * @throws CommandException (exit code 2) naming the file and why it cannot be written
   */
  static void checkFile(Path file, String option) {
    Path target = linked(absolute(file, option));
    if (Files.isDirectory(target)) {
      throw refused(file, option, "it is a folder");
    }
    if (Files.exists(target)) {
      if (!Files.isWritable(target)) {
        throw refused(file, option, "permission denied");
      }
      if (!Files.isRegularFile(target)) {
        return; // a device or a pipe, written to as it is
      }
    }
    probe(file, existingAncestor(file, target, option), option);
  }

  private static Path absolute(Path given, String option) {
    if (given.toString().isEmpty()) {
      throw refused(given, option, "the path is empty");
    }
    return given.toAbsolutePath().normalize();
  }

  private static Path existingAncestor(Path given, Path target, String option) {
    if (Files.isSymbolicLink(target)) {
      throw refused(given, option, "it is a link to nothing");
    }
    Path a = target.getParent();
    while (a != null && !Files.exists(a)) {
      a = a.getParent();
    }
    if (a == null) {
      throw refused(given, option, "no folder above it exists");
    }
    if (!Files.isDirectory(a)) {
      throw refused(given, option, a + " is a file, not a folder");
    }
    return a;
  }

  /** Makes and deletes a folder in {@code folder}, as the report's temporary folder will be made. */
  private static void probe(Path given, Path folder, String option) {
    if (!Files.isWritable(folder)) {
      throw refused(given, option, "permission denied in " + folder);
    }
    try {
      Files.delete(temporary(folder, ".footprint.check-", true));
    } catch (FileSystemException e) {
      throw refused(given, option, StudyCommand.reason(e) + " in " + folder);
    } catch (IOException e) {
      throw refused(given, option, e.getMessage() + " in " + folder);
    }
  }

  private static CommandException refused(Path given, String option, String reason) {
    return new CommandException(ExitCode.INVALID_INPUT, "cannot write " + (given.toString().isEmpty() ? "''" : given)
        + " (" + option + "): " + reason);
  }

  /**
   * @param p a path
   * @return the file it names through links (which need not exist), or the path itself if the links
   *     cannot be read or go round in a loop
   */
  private static Path linked(Path p) {
    Path q = p;
    try {
      for (int i = 0; i < 40 && Files.isSymbolicLink(q); i++) {
        q = q.resolveSibling(Files.readSymbolicLink(q)).normalize();
      }
    } catch (IOException e) {
      return p;
    }
    return Files.isSymbolicLink(q) ? p : q;
  }

  /**
   * Writes a report into a temporary folder and moves it into place (see the class's description).
   *
   * @param dir the report folder, made if missing
   * @param interruption the command's interruption: it deletes the temporary folder if it fires
   * @param writer writes the files
   * @return the files in {@code dir}
   * @throws IOException if a file cannot be written or moved
   * @throws CommandException (exit code 130) if the command was interrupted
   */
  static List<Path> write(Path dir, Interruption interruption, Writer writer) throws IOException {
    try {
      return interruption.whileWriting(() -> writeWhole(dir, interruption, writer));
    } catch (FileSystemException e) {
      throw named(dir, e);
    }
  }

  private static List<Path> writeWhole(Path dir, Interruption interruption, Writer writer) throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    List<Path> made = new ArrayList<>();
    Path tmp = null;
    try {
      boolean beside = parent != null && besideIsPossible(target, parent, made);
      tmp = temporary(beside ? parent : makeDirectories(target, made),
          beside ? "." + target.getFileName() + ".tmp-" : ".footprint.tmp-", true);
      interruption.track(tmp);
      List<Path> files = writer.write(tmp);
      interruption.check();
      moveIntoPlace(tmp, target, beside);
      List<Path> placed = new ArrayList<>();
      for (Path f : files) {
        placed.add(dir.resolve(tmp.relativize(f)));
      }
      made.clear();
      interruption.untrack(tmp);
      tmp = null;
      return placed;
    } finally {
      cleanUp(interruption, tmp, made);
    }
  }

  /**
   * @param given the file or folder of the report
   * @param e why a file of it could not be written
   * @return the same failure, naming the report's path and the file that failed
   */
  private static FileSystemException named(Path given, FileSystemException e) {
    if (given.toString().equals(e.getFile())) {
      return e;
    }
    FileSystemException named = new FileSystemException(given.toString(), e.getFile(), StudyCommand.reason(e));
    named.initCause(e);
    return named;
  }

  /**
   * Writes one file through a temporary file next to it, renamed to it at the end. A file that is
   * no regular file (a device such as /dev/stdout, a pipe) is written to as it is; a link, through
   * to the file it names.
   *
   * @param file the file
   * @param interruption the command's interruption
   * @param writer writes the temporary file
   * @throws IOException if the file cannot be written
   * @throws CommandException (exit code 130) if the command was interrupted
   */
  static void writeFile(Path file, Interruption interruption, FileWriter writer) throws IOException {
    Path target = linked(file.toAbsolutePath().normalize());
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      interruption.whileWriting(() -> {
        writer.write(target);
        return null;
      });
      return;
    }
    try {
      writeThroughTemporary(target, interruption, writer);
    } catch (FileSystemException e) {
      throw named(file, e);
    }
  }

  private static void writeThroughTemporary(Path target, Interruption interruption, FileWriter writer)
      throws IOException {
    interruption.whileWriting(() -> {
      List<Path> made = new ArrayList<>();
      Path tmp = null;
      try {
        tmp = temporary(makeDirectories(target.getParent(), made), "." + target.getFileName() + ".tmp-", false);
        interruption.track(tmp);
        writer.write(tmp);
        interruption.check();
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        made.clear();
        interruption.untrack(tmp);
        tmp = null;
        return null;
      } finally {
        cleanUp(interruption, tmp, made);
      }
    });
  }

  /**
   * After a report that was not moved into place: deletes its temporary file or folder, then the
   * folders made for it (outermost last), each only if empty.
   */
  private static void cleanUp(Interruption interruption, Path tmp, List<Path> made) {
    if (tmp != null) {
      Interruption.deleteAll(tmp);
      interruption.untrack(tmp);
    }
    for (int i = made.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(made.get(i));
      } catch (IOException e) {
        break; // not empty any more: something else uses it
      }
    }
  }

  /** Writes one file. */
  @FunctionalInterface
  interface FileWriter {
    /**
     * @param file where
     * @throws IOException if it cannot be written
     */
    void write(Path file) throws IOException;
  }

  /**
   * @param target the report folder
   * @param parent its parent
   * @param made the folders made, appended to (the parent and any missing above it)
   * @return whether the temporary folder goes next to the report folder: the parent can be written
   *     and is on the same file system, and the report folder is no link
   */
  private static boolean besideIsPossible(Path target, Path parent, List<Path> made) throws IOException {
    if (Files.isSymbolicLink(target)) {
      return false;
    }
    if (!Files.exists(target)) {
      makeDirectories(parent, made);
      return true;
    }
    if (!Files.isWritable(parent)) {
      return false;
    }
    try {
      FileStore a = Files.getFileStore(target);
      FileStore b = Files.getFileStore(parent);
      return a.equals(b);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * @param dir a folder
   * @param made the folders made, appended to, the outermost first
   * @return the folder, made with any missing above it
   */
  private static Path makeDirectories(Path dir, List<Path> made) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path a = dir; a != null && !Files.exists(a); a = a.getParent()) {
      missing.add(0, a);
    }
    Files.createDirectories(dir);
    made.addAll(missing);
    return dir;
  }

  /**
   * Makes a folder or reserves a file name that nothing else uses. Unlike
   * {@link Files#createTempDirectory}, which makes folders only the owner can read, the folder gets
   * the permissions of any new folder, since it becomes the report.
   *
   * @param dir where
   * @param prefix the name's start
   * @param folder whether to make a folder (else the name of a file not yet made)
   * @return the path
   */
  private static Path temporary(Path dir, String prefix, boolean folder) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path p = dir.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
      try {
        if (folder) {
          return Files.createDirectory(p);
        }
        return Files.createFile(p);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  private static void moveIntoPlace(Path tmp, Path target, boolean beside) throws IOException {
    if (beside && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        return;
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
        // files came into the folder meanwhile: move them one by one
      }
    }
    Files.createDirectories(target);
    List<Path> files;
    try (Stream<Path> s = Files.list(tmp)) {
      files = s.sorted().toList();
    }
    for (Path f : files) {
      Path to = target.resolve(f.getFileName().toString());
      if (Files.isDirectory(to, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(to.toString(), null, "a folder of the same name is in the way");
      }
    }
    for (Path f : files) {
      // With ATOMIC_MOVE a file of the same name is replaced (rename(2)); REPLACE_EXISTING says so.
      Files.move(f, target.resolve(f.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    }
    Files.delete(tmp);
  }
}
