package dev.footprint.solve.internal;

import java.util.Arrays;

/**
 * Index helpers of {@link BomRows}: the arcs as they are found, and arcs grouped by a key with their
 * order kept (counting sorts), so that building the rows never scans every arc per row.
 */
final class ArcIndex {
  private ArcIndex() {}

  /** @return per key in [0, keys), the arcs whose key is it, ascending; arcs with key -1 in none */
  static int[][] group(int[] keyOfArc, int keys) {
    int[] size = new int[keys];
    for (int key : keyOfArc) {
      if (key >= 0) {
        size[key]++;
      }
    }
    int[][] out = new int[keys][];
    for (int k = 0; k < keys; k++) {
      out[k] = new int[size[k]];
      size[k] = 0;
    }
    for (int i = 0; i < keyOfArc.length; i++) {
      int key = keyOfArc[i];
      if (key >= 0) {
        out[key][size[key]++] = i;
      }
    }
    return out;
  }

  /** The arcs as they are found: growable columns. */
  static final class Arcs {
    int size;
    int[] product = new int[16];
    int[] fromSite = new int[16];
    int[] fromOffer = new int[16];
    int[] toSite = new int[16];

    void add(int c, int s, int o, int d) {
      if (size == product.length) {
        int len = 2 * size;
        product = Arrays.copyOf(product, len);
        fromSite = Arrays.copyOf(fromSite, len);
        fromOffer = Arrays.copyOf(fromOffer, len);
        toSite = Arrays.copyOf(toSite, len);
      }
      product[size] = c;
      fromSite[size] = s;
      fromOffer[size] = o;
      toSite[size] = d;
      size++;
    }
  }

  /**
   * Groups arcs by product, keeping their order within a product (a counting sort): the arcs are
   * {@code from..to-1}, or {@code ids[from..to-1]} when ids is given, and {@code productOf} their
   * products. Fills {@code start} (product q's arcs are {@code out[start[q]..start[q+1]-1]}).
   *
   * @return out, or a larger array when it was too small
   */
  static int[] bucket(int[] productOf, int from, int to, int[] ids, int[] start, int[] out) {
    Arrays.fill(start, 0);
    for (int x = from; x < to; x++) {
      start[productOf[ids == null ? x : ids[x]] + 1]++;
    }
    for (int q = 0; q + 1 < start.length; q++) {
      start[q + 1] += start[q];
    }
    if (out.length < to - from) {
      out = new int[Math.max(to - from, 2 * out.length)];
    }
    int[] next = Arrays.copyOf(start, start.length - 1);
    for (int x = from; x < to; x++) {
      int a = ids == null ? x : ids[x];
      out[next[productOf[a]]++] = a;
    }
    return out;
  }
}
