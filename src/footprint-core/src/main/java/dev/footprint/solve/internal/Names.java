package dev.footprint.solve.internal;

import dev.footprint.model.Network;

/** Variable and constraint names from domain keys, such as {@code ship[cells,KR-Ulsan,US,2026]}. */
final class Names {
  private final Network n;

  Names(Network network) {
    this.n = network;
  }

  String ship(int p, int s, int m, int t) {
    return "ship[" + n.products().get(p).id() + "," + n.sites().get(s).id() + "," + n.markets().get(m).id()
        + "," + n.horizon().label(t) + "]";
  }

  String active(int s, int t) {
    return "active[" + n.sites().get(s).id() + "," + n.horizon().label(t) + "]";
  }

  String lost(int p, int m, int t) {
    return "lost[" + n.products().get(p).id() + "," + n.markets().get(m).id() + "," + n.horizon().label(t) + "]";
  }

  String claim(int k, int t) {
    return "claim[" + n.productionCredits().get(k).id() + "," + n.horizon().label(t) + "]";
  }

  String inQuota(int k, int s, int t) {
    return "inQuota[" + n.quotas().get(k).id() + "," + n.sites().get(s).id() + "," + n.horizon().label(t) + "]";
  }

  String source(int p, int s, int m, int t) {
    return "source[" + n.products().get(p).id() + "," + n.sites().get(s).id() + "," + n.markets().get(m).id()
        + "," + n.horizon().label(t) + "]";
  }

  /** A row name: the family, then the keys, the last one a period when it is an Integer. */
  String row(String family, Object... keys) {
    StringBuilder sb = new StringBuilder(family).append('[');
    for (int i = 0; i < keys.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      Object k = keys[i];
      sb.append(k instanceof Integer t ? n.horizon().label(t) : k);
    }
    return sb.append(']').toString();
  }
}
