package dev.footprint.model;

/**
 * The origin status a {@link TariffMeasure} is limited to (docs/model.md, Origin of goods): goods
 * that originate in {@code agreement} ({@code originating}), typically a preferential rate, or goods
 * that do not (the general rate). A shipment between two members originates if its product has no
 * {@link OriginRule} under the agreement, or if the model qualifies the unit under that rule; a
 * shipment from a non-member never originates.
 *
 * @param agreement id of the trade agreement
 * @param originating true for originating goods, false for non-originating ones
 */
public record OriginCondition(String agreement, boolean originating) {

  /**
   * Validates.
   *
   * @param agreement id of the trade agreement
   * @param originating which status
   */
  public OriginCondition {
    Check.id(agreement, "originCondition.agreement");
  }

  @Override
  public String toString() {
    return (originating ? "originating in " : "not originating in ") + agreement;
  }
}
