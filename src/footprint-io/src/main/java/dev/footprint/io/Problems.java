package dev.footprint.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The problems found while reading a study, in the order found, and the hints they give. A problem
 * found twice (a shared table read for each element that points to it) is kept once. At most
 * {@link StudyLimits#MAX_PROBLEMS} are kept; the others are only counted.
 */
final class Problems {
  /** Known ids beyond this many get no "Maybe you meant" hint: finding the closest would take too long. */
  static final int MAX_HINT_CANDIDATES = 5000;

  private final List<Problem> list = new ArrayList<>();
  private final Set<Problem> seen = new HashSet<>();
  private int dropped;

  void add(Loc at, String message) {
    add(at.problem(message));
  }

  void add(Problem p) {
    if (list.size() >= StudyLimits.MAX_PROBLEMS) {
      if (!seen.contains(p)) {
        dropped++;
      }
      return;
    }
    if (seen.add(p)) {
      list.add(p);
    }
  }

  /** @return how many problems were found, those kept and those only counted */
  int size() {
    return list.size() + dropped;
  }

  boolean isEmpty() {
    return size() == 0;
  }

  /** @return the problems kept, in the order found */
  List<Problem> list() {
    return list;
  }

  /**
   * Rewrites the problems kept from an index on (those found by one step of the reading).
   *
   * @param from the index of the first to rewrite
   * @param rewrite how
   */
  void rewriteFrom(int from, java.util.function.UnaryOperator<Problem> rewrite) {
    for (int i = from; i < list.size(); i++) {
      Problem p = rewrite.apply(list.get(i));
      seen.remove(list.get(i));
      seen.add(p);
      list.set(i, p);
    }
  }

  /** @return how many problems were found beyond those kept */
  int dropped() {
    return dropped;
  }

  /**
   * @param word a word that is not known
   * @param known the words that are
   * @return a hint on a new line naming the closest known word ("Maybe you meant 'x'"), or the list
   *     of known words when there are few and none is close, or nothing
   */
  static String maybe(String word, Collection<String> known) {
    String best = closest(word, known);
    if (best != null) {
      return "\nMaybe you meant '" + best + "'.";
    }
    if (!known.isEmpty() && known.size() <= 15) {
      return "\nMaybe use one of " + new TreeSet<>(known) + ".";
    }
    return "";
  }

  /** @return the known word closest to {@code word} by edit distance, if it is close enough */
  static String closest(String word, Collection<String> known) {
    if (word == null || known.size() > MAX_HINT_CANDIDATES || word.length() > 200) {
      return null;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      String kl = k.toLowerCase(Locale.ROOT);
      int d;
      if (kl.equals(lower)) {
        d = 0;
      } else if (lower.length() >= 3 && (kl.startsWith(lower) || lower.startsWith(kl)) && kl.length() >= 3) {
        d = 1;
      } else if (Math.abs(kl.length() - lower.length()) > 3) {
        continue;
      } else {
        d = distance(lower, kl);
      }
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    int allowed = Math.max(1, Math.min(3, word.length() / 3));
    return bestDistance <= allowed ? best : null;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
