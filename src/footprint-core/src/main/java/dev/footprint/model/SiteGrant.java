package dev.footprint.model;

/**
 * A fixed grant to a named site (a CHIPS Act award to one fab, a state incentive to one plant): the
 * amount is paid in {@code period} if the site is open then. It is linear in the site's status in
 * that period, so it needs no variable of its own; a grant paid on opening is one in the period the
 * site opens (for a committed site, its opening period).
 *
 * @param id unique id
 * @param site id of the site it goes to
 * @param period the 0-based period it is paid in
 * @param amount the amount, USD
 */
public record SiteGrant(String id, String site, int period, double amount) {

  /**
   * Validates.
   *
   * @param id unique id
   * @param site id of the site it goes to
   * @param period the 0-based period it is paid in
   * @param amount the amount, USD
   */
  public SiteGrant {
    Check.id(id, "siteGrant.id");
    String where = "siteGrant '" + id + "'";
    Check.id(site, where + ": site");
    if (period < 0) {
      throw new InvalidModelException(where + ": period", period, "must be >= 0");
    }
    Check.nonNegative(amount, where + ": amount");
  }

  /**
   * @param amount the amount, USD
   * @return a copy with it
   */
  public SiteGrant withAmount(double amount) {
    return new SiteGrant(id, site, period, amount);
  }
}
