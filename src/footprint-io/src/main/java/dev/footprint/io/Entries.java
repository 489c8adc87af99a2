package dev.footprint.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The elements of one collection, in order, with an index of their keys, so that finding an element
 * by key (a scenario's paths, an added element's id) takes constant time rather than a scan: a
 * scenario that sets a field of every one of n sites would otherwise take n² steps.
 *
 * <p>The index is rebuilt on first use after the list changes in any way it cannot follow; it
 * follows appends, which {@code add} and reading a collection make one by one, and replacements that
 * keep the key.
 */
final class Entries extends ArrayList<Parts.Entry> {
  private static final long serialVersionUID = 1L;

  /** The first index of each key. */
  private transient Map<String, Integer> index;
  /** The hash of every key, to try only the prefixes of a path that may be keys. */
  private transient Set<Integer> hashes;
  /** The list's modification count when the index was last right. */
  private transient int indexed = -1;

  /**
   * The element a key names, and that key.
   *
   * @param index the element's index
   * @param key its key
   */
  record Found(int index, String key) {}

  @Override
  public boolean add(Parts.Entry e) {
    boolean current = indexed == modCount;
    super.add(e);
    if (current) {
      index.putIfAbsent(e.key(), size() - 1);
      hashes.add(e.key().hashCode());
      indexed = modCount;
    }
    return true;
  }

  @Override
  public Parts.Entry set(int i, Parts.Entry e) {
    Parts.Entry old = super.set(i, e);
    if (!old.key().equals(e.key())) {
      modCount++;
    }
    return old;
  }

  /** @return the index of the first element with that key, or -1 */
  int indexOf(String key) {
    Integer i = index().get(key);
    return i == null ? -1 : i;
  }

  /**
   * @param path a path after its collection, such as {@code US-GA.capacity}
   * @return the element whose key is the longest that the path equals or starts with followed by a
   *     dot (keys may hold dots), the first such element; or null
   */
  Found longestKeyOf(String path) {
    Map<String, Integer> keys = index();
    // String.hashCode of each prefix, computed as the prefix grows: only prefixes that end where the
    // path ends or before a dot, and whose hash is a key's, are looked up.
    Found best = null;
    int h = 0;
    for (int j = 0; j < path.length(); j++) {
      if (path.charAt(j) == '.' && hashes.contains(h)) {
        String k = path.substring(0, j);
        Integer i = keys.get(k);
        if (i != null) {
          best = new Found(i, k);
        }
      }
      h = 31 * h + path.charAt(j);
    }
    if (hashes.contains(h)) {
      Integer i = keys.get(path);
      if (i != null) {
        best = new Found(i, path);
      }
    }
    return best;
  }

  private Map<String, Integer> index() {
    if (indexed != modCount) {
      index = new HashMap<>();
      hashes = new HashSet<>();
      for (int i = 0; i < size(); i++) {
        index.putIfAbsent(get(i).key(), i);
        hashes.add(get(i).key().hashCode());
      }
      indexed = modCount;
    }
    return index;
  }
}
