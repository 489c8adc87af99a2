package dev.footprint.io;

import dev.footprint.model.FreightRate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses two freight rates for the same lane and scope (origin, destination, product, site): only
 * one could apply, and which one would be an accident of their order. The problem stands at the
 * second rate and names where the first is written, file and line, whether each is in the study
 * file, a table or a scenario.
 */
final class FreightLanes {
  private FreightLanes() {}

  /**
   * @param parts the parts of a network
   * @param problems where problems go
   */
  static void check(Parts parts, Problems problems) {
    Map<List<Object>, Integer> first = new HashMap<>();
    List<Parts.Entry> rates = parts.of(Kind.FREIGHT);
    for (int i = 0; i < rates.size(); i++) {
      Parts.Entry e = rates.get(i);
      if (!(e.value() instanceof FreightRate r)) {
        continue;
      }
      Integer before = first.putIfAbsent(List.of(r.origin(), r.destination(), r.product(), r.site()), i);
      if (before != null) {
        Parts.Entry other = rates.get(before);
        problems.add(e.at(), "duplicate freight rate: " + where(other) + " gives the same lane, " + r.describe()
            + (other.at().file().equals(e.at().file()) && other.at().line() == e.at().line() ? "" : ", at "
                + other.at().file() + (other.at().line() > 0 ? ":" + other.at().line() : ""))
            + "; of two rates for one lane only one could apply"
            + "\nMaybe remove one of them, or limit one to a product or a site.");
      }
    }
  }

  private static String where(Parts.Entry e) {
    return e.at().path().isEmpty() ? "another rate" : e.at().path();
  }
}
