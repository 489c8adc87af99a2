package dev.footprint.model;

/**
 * An investment credit (CHIPS Act 48D style): a share of the opening capex of every candidate or
 * committed site opened in {@code country} is paid back when it opens. With a product scope, it
 * covers only sites that may make a covered product. The shares of all credits covering one site
 * add up, and must not exceed 1.
 *
 * @param id unique id
 * @param country country id
 * @param scope products a site must be able to make to qualify; all products means every site
 * @param share share of capex credited, a fraction
 */
public record InvestmentCredit(String id, String country, ProductScope scope, double share) {

  /**
   * Validates.
   *
   * @param id unique id
   * @param country country id
   * @param scope products a site must be able to make to qualify; all products means every site
   * @param share share of capex credited, a fraction
   */
  public InvestmentCredit {
    Check.id(id, "investmentCredit.id");
    String where = "investmentCredit '" + id + "'";
    Check.id(country, where + ": country");
    Check.present(scope, where + ": scope");
    Check.rate(share, 1, where + ": share");
  }
}
