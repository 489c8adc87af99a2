package dev.footprint.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * Opens the files a study reads, the study file and its tables, refusing at once what would hang or
 * exhaust memory (a named pipe, a device, a folder, a file beyond its size limit) and, unless
 * allowed, a table outside the study's folder (an absolute path, a path through {@code ..}, a link
 * that leads out). Messages name the file as written and say what is wrong; they never quote what
 * the file holds.
 */
final class InputFiles {
  private InputFiles() {}

  /** What to say when a table is refused for where it is. */
  static final String ALLOW_OUTSIDE_HINT = "\nMaybe copy the table into the study's folder; to read tables from"
      + " anywhere, use StudyReader.options().allowTablesOutside(true) (footprint: --allow-outside-tables).";

  /**
   * Reads the study file.
   *
   * @param file the study file
   * @param display the file as problems name it
   * @param problems where problems go
   * @return the file's bytes, or null (with a problem)
   */
  static byte[] readStudy(Path file, String display, Problems problems) {
    Loc at = new Loc(display, 0, "");
    String refused = refuseKind(file, "the study file", StudyLimits.MAX_STUDY_BYTES);
    if (refused != null) {
      problems.add(at, refused);
      return null;
    }
    return read(file, StudyLimits.MAX_STUDY_BYTES, "the study file", at, problems);
  }

  /**
   * Finds a table file named by a study and reads it.
   *
   * @param directory the study's folder
   * @param given the file's name as the study writes it
   * @param allowOutside whether a table may lie outside the study's folder
   * @param what what the file should be: "CSV file" or "workbook"
   * @param at where the study names the file
   * @param problems where problems go
   * @return the file (resolved against the folder) and its bytes, or null (with a problem)
   */
  static Read readTable(Path directory, String given, boolean allowOutside, String what, Loc at,
      Problems problems) {
    Path name;
    try {
      name = Path.of(given);
    } catch (InvalidPathException e) {
      problems.add(at, "'" + printable(given) + "' is not a file name: " + e.getReason());
      return null;
    }
    if (!allowOutside) {
      if (name.isAbsolute() || name.getRoot() != null) {
        problems.add(at, "'" + given + "' is an absolute path: tables are read only from the study's folder and"
            + " the folders in it" + ALLOW_OUTSIDE_HINT);
        return null;
      }
      Path normal = name.normalize();
      if (normal.startsWith("..")) {
        problems.add(at, "'" + given + "' leads out of the study's folder: tables are read only from the study's"
            + " folder and the folders in it" + ALLOW_OUTSIDE_HINT);
        return null;
      }
    }
    Path file = directory.resolve(name).normalize();
    String refused = refuseKind(file, "the " + what + " '" + given + "'", StudyLimits.MAX_TABLE_BYTES);
    if (refused != null) {
      problems.add(at, refused);
      return null;
    }
    if (!allowOutside) {
      try {
        Path real = file.toRealPath();
        Path folder = directory.toAbsolutePath().toRealPath();
        if (!real.startsWith(folder)) {
          problems.add(at, "'" + given + "' is a link to a file outside the study's folder: tables are read only"
              + " from the study's folder and the folders in it" + ALLOW_OUTSIDE_HINT);
          return null;
        }
      } catch (IOException e) {
        problems.add(at, "cannot read the " + what + " '" + given + "': " + reason(e));
        return null;
      }
    }
    byte[] bytes = read(file, StudyLimits.MAX_TABLE_BYTES, "the " + what + " '" + given + "'", at, problems);
    return bytes == null ? null : new Read(file, bytes);
  }

  /**
   * A table file read.
   *
   * @param file its path, the study's folder resolved against its name
   * @param bytes its content
   */
  record Read(Path file, byte[] bytes) {}

  /**
   * @return why the file cannot be read as an input (missing, a folder, not a regular file, too
   *     large), or null when it is a regular file within the limit
   */
  private static String refuseKind(Path file, String what, long limit) {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return "cannot read " + what + ": " + reason(e)
          + (e instanceof NoSuchFileException ? "\nMaybe the name is misspelt: tables are looked for in the"
              + " study's folder." : "");
    }
    if (a.isDirectory()) {
      return "cannot read " + what + ": it is a folder, not a file";
    }
    if (!a.isRegularFile()) {
      return "cannot read " + what + ": it is not a regular file (a device, a named pipe or a socket),"
          + " whose reading could block or never end";
    }
    if (a.size() > limit) {
      return what + " is " + mib(a.size()) + ", more than the " + mib(limit) + " it may have (docs/study-format.md,"
          + " Limits)";
    }
    return null;
  }

  /** Reads at most {@code limit} bytes: a file that grows while it is read is refused too. */
  private static byte[] read(Path file, long limit, String what, Loc at, Problems problems) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) limit + 1);
      if (bytes.length > limit) {
        problems.add(at, what + " is more than the " + mib(limit) + " it may have (docs/study-format.md, Limits)");
        return null;
      }
      return bytes;
    } catch (IOException | OutOfMemoryError e) {
      problems.add(at, "cannot read " + what + ": " + (e instanceof IOException io ? reason(io) : "out of memory"));
      return null;
    }
  }

  /**
   * Decodes a text file, refusing one that is not UTF-8 text (a binary file, or text saved in
   * another encoding) rather than reading it with replacement characters.
   *
   * @param bytes the file's content (a byte-order mark is skipped)
   * @param what the file, as the problem names it: "the study file", "the CSV file 'x.csv'"
   * @param at where to report
   * @param problems where problems go
   * @param hint how to save the file as UTF-8, on a new line starting "Maybe"
   * @return the text, or null (with a problem)
   */
  static String utf8(byte[] bytes, String what, Loc at, Problems problems, String hint) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    // A NUL byte is valid UTF-8 but no text file holds one: it says the file is binary.
    int bad = -1;
    for (int i = 0; bad < 0 && i < bytes.length; i++) {
      if (bytes[i] == 0) {
        bad = i;
      }
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    if (bad < 0) {
      CoderResult r = decoder.decode(in, out, true);
      if (!r.isError()) {
        r = decoder.flush(out);
      }
      bad = r.isError() ? in.position() : -1;
    }
    if (bad >= 0) {
      problems.add(at.withLine(lineAt(bytes, bad)), what + " is not UTF-8 text: byte " + (bad + 1) + " ("
          + (bytes[bad] == 0 ? "a NUL byte, as in a binary file" : String.format(Locale.ROOT, "0x%02X", bytes[bad]))
          + ") cannot be read" + hint);
      return null;
    }
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** @return the 1-based line of a byte */
  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  /** @return why a file could not be read, in words */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(Locale.ROOT);
    }
    return "input/output error";
  }

  /** @return a size in MiB, such as "16 MiB" or "16.2 MiB" */
  static String mib(long bytes) {
    double m = bytes / (double) (1 << 20);
    return (m == Math.rint(m) ? Long.toString((long) m) : String.format(Locale.ROOT, "%.1f", m)) + " MiB";
  }

  /** @return the text with control characters shown as '?' */
  static String printable(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return sb.toString();
  }
}
