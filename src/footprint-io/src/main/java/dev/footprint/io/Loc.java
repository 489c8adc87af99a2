package dev.footprint.io;

/**
 * Where a value of a study is: the file, the 1-based line (0 when unknown), the path in the study
 * such as {@code sites[2].capacity}, and the value's text as written (for scalars, else null).
 */
record Loc(String file, int line, String path, String raw) {

  Loc(String file, int line, String path) {
    this(file, line, path, null);
  }

  /** @return the location of a field of the value here, on the same line */
  Loc child(String key) {
    return new Loc(file, line, append(path, key), null);
  }

  /** @return the location of an element of the list here, on the same line */
  Loc index(int i) {
    return new Loc(file, line, path + "[" + i + "]", null);
  }

  Loc withLine(int newLine) {
    return new Loc(file, newLine, path, raw);
  }

  Loc withPath(String newPath) {
    return new Loc(file, line, newPath, raw);
  }

  Loc withRaw(String text) {
    return new Loc(file, line, path, text);
  }

  /** @return {@code path.key}, or {@code path["key"]} when the key is not a plain word */
  static String append(String path, String key) {
    if (plain(key)) {
      return path.isEmpty() ? key : path + "." + key;
    }
    return path + "[\"" + key + "\"]";
  }

  /** @return whether the key is a plain word of letters, digits, '_' and '-' */
  private static boolean plain(String key) {
    if (key.isEmpty()) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  Problem problem(String message) {
    return new Problem(file, line, path, message);
  }
}
