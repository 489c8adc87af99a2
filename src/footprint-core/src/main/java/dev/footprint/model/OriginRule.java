package dev.footprint.model;

/**
 * A regional value content rule (docs/model.md, Origin of goods): a unit of {@code product} made at
 * a site in a member of {@code agreement} originates in the agreement only if its originating
 * content is at least {@code minContentShare} of its customs value, measured by {@code method}. A
 * component counts as originating if its source (the site that made it or the supplier's country)
 * is in a member country, and, for a component with its own rule under the same agreement, never
 * (its own qualification is not carried into the assembly). Which units qualify is a decision of
 * the model: it may source components so that they do. A product with no rule under an agreement
 * originates where it is made.
 *
 * <p>A rule needs the product's declared customs value ({@link Product#withDeclaredCustomsValue}):
 * the share is of that value, and a value computed from the unit's own material and labor would
 * leave its components out.
 *
 * @param id unique id
 * @param agreement id of the trade agreement
 * @param product id of the product
 * @param minContentShare the least originating share, in [0, 1]
 * @param method build-down or build-up
 */
public record OriginRule(String id, String agreement, String product, double minContentShare,
    ContentMethod method) {

  /**
   * Validates.
   *
   * @param id unique id
   * @param agreement id of the trade agreement
   * @param product id of the product
   * @param minContentShare the least originating share, in [0, 1]
   * @param method build-down or build-up
   */
  public OriginRule {
    Check.id(id, "originRule.id");
    String where = "originRule '" + id + "'";
    Check.id(agreement, where + ": agreement");
    Check.id(product, where + ": product");
    Check.rate(minContentShare, 1, where + ": minContentShare");
    Check.present(method, where + ": method");
  }

  /**
   * @param id unique id
   * @param agreement agreement id
   * @param product product id
   * @param minContentShare least originating share
   * @param method how content is measured
   * @return the rule
   */
  public static OriginRule of(String id, String agreement, String product, double minContentShare,
      ContentMethod method) {
    return new OriginRule(id, agreement, product, minContentShare, method);
  }

  /**
   * @param share the least originating share, in [0, 1]
   * @return a copy with it
   */
  public OriginRule withMinContentShare(double share) {
    return new OriginRule(id, agreement, product, share, method);
  }
}
