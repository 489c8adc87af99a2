package dev.footprint.result;

/**
 * Units of a component flow assigned to a use at the site that consumes them (docs/model.md, Origin
 * of goods): the components in the units of {@code product} a content claim covers ({@link
 * Purpose#CONTENT}), in the exported units a duty drawback refunds ({@link Purpose#DRAWBACK}), or in
 * the units a foreign-trade-zone site sells into its own country ({@link Purpose#ZONE_ENTRY}).
 *
 * @param purpose what the assignment is for
 * @param rule for a content assignment, the rule's id; for a drawback, the program's id; empty for a
 *     zone entry
 * @param product the finished product the components go into
 * @param component the component's product id
 * @param source the id of the site or supplier offer the flow comes from
 * @param site the id of the consuming site
 * @param period 0-based period
 * @param units units of the component assigned
 */
public record ComponentUse(Purpose purpose, String rule, String product, String component, String source,
    String site, int period, double units) {

  /** What an assignment of components is for. */
  public enum Purpose {
    /** Components in the units a content claim covers. */
    CONTENT,
    /** Components in exported units whose duty is refunded. */
    DRAWBACK,
    /** Components in the units a foreign-trade-zone site sells into its own country. */
    ZONE_ENTRY
  }
}
