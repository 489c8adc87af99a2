package dev.footprint.model;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An investment credit (CHIPS Act 48D style): a share of the capex of every candidate or committed
 * site opened in {@code country} is paid back, in step with the capex as it is charged (docs/model.md,
 * Capex accounting). With a product scope, it covers only sites that may make a covered product. With
 * a construction-start window, it covers only sites whose construction starts within it (construction
 * starts {@code buildPeriods} periods before the site opens); 48D, for one, requires construction to
 * begin before 2027. The shares of all credits covering one site add up, and must not exceed 1.
 *
 * <p>With a budget, the credits the program awards (its share of the capex of each covered site
 * opened, in the network's money and undiscounted) add up to at most the budget over the horizon;
 * the budget goes where it is worth most (docs/model.md, Investment-credit budgets). With named sites,
 * it covers only those sites, which must lie in its country.
 *
 * @param id unique id
 * @param country country id
 * @param scope products a site must be able to make to qualify; all products means every site
 * @param share share of capex credited, a fraction
 * @param startFrom first period in which a covered site's construction may start, if limited
 * @param startTo last period in which a covered site's construction may start, if limited
 * @param budget the most the program awards over the horizon, undiscounted, if capped
 * @param sites the only sites it covers, by id; empty for every site of its country
 */
public record InvestmentCredit(String id, String country, ProductScope scope, double share, OptionalInt startFrom,
    OptionalInt startTo, OptionalDouble budget, Set<String> sites) {

  /**
   * Validates.
   *
   * @param id unique id
   * @param country country id
   * @param scope products a site must be able to make to qualify; all products means every site
   * @param share share of capex credited, a fraction
   * @param startFrom first period in which a covered site's construction may start, if limited
   * @param startTo last period in which a covered site's construction may start, if limited
   * @param budget the most the program awards over the horizon, undiscounted, if capped
   * @param sites the only sites it covers, by id; empty for every site of its country
   */
  public InvestmentCredit {
    Check.id(id, "investmentCredit.id");
    String where = "investmentCredit '" + id + "'";
    Check.id(country, where + ": country");
    Check.present(scope, where + ": scope");
    Check.rate(share, 1, where + ": share");
    Check.present(startFrom, where + ": startFrom");
    Check.present(startTo, where + ": startTo");
    if (startFrom.isPresent() && startFrom.getAsInt() < 0) {
      throw new InvalidModelException(where + ": startFrom", startFrom.getAsInt(), "must be a period >= 0");
    }
    if (startTo.isPresent() && startTo.getAsInt() < 0) {
      throw new InvalidModelException(where + ": startTo", startTo.getAsInt(), "must be a period >= 0");
    }
    if (startFrom.isPresent() && startTo.isPresent() && startTo.getAsInt() < startFrom.getAsInt()) {
      throw new InvalidModelException(where + ": startTo", startTo.getAsInt(),
          "is before startFrom " + startFrom.getAsInt() + ": the window would be empty");
    }
    Check.present(budget, where + ": budget");
    if (budget.isPresent()) {
      Check.nonNegative(budget.getAsDouble(), where + ": budget");
    }
    sites = Check.ids(Check.present(sites, where + ": sites"), where + ": sites");
  }

  /**
   * A credit for every covered site of its country, without a budget.
   *
   * @param id unique id
   * @param country country id
   * @param scope products a site must be able to make to qualify; all products means every site
   * @param share share of capex credited, a fraction
   * @param startFrom first period in which a covered site's construction may start, if limited
   * @param startTo last period in which a covered site's construction may start, if limited
   */
  public InvestmentCredit(String id, String country, ProductScope scope, double share, OptionalInt startFrom,
      OptionalInt startTo) {
    this(id, country, scope, share, startFrom, startTo, OptionalDouble.empty(), Set.of());
  }

  /**
   * @param cap the most the program awards over the horizon, undiscounted, in the network's money
   * @return a copy with that budget
   */
  public InvestmentCredit withBudget(double cap) {
    return new InvestmentCredit(id, country, scope, share, startFrom, startTo, OptionalDouble.of(cap), sites);
  }

  /**
   * @param siteIds the only sites the program covers
   * @return a copy limited to them
   */
  public InvestmentCredit withSites(String... siteIds) {
    return new InvestmentCredit(id, country, scope, share, startFrom, startTo, budget,
        Check.idArray(siteIds, "investmentCredit '" + id + "': sites"));
  }

  /**
   * @param siteId a site id
   * @return whether the program's list of sites admits it (always, without a list)
   */
  public boolean namesSite(String siteId) {
    Check.key(siteId, "investmentCredit '" + id + "': site");
    return sites.isEmpty() || sites.contains(siteId);
  }

  /**
   * A credit for sites whatever period their construction starts in.
   *
   * @param id unique id
   * @param country country id
   * @param scope products a site must be able to make to qualify; all products means every site
   * @param share share of capex credited, a fraction
   */
  public InvestmentCredit(String id, String country, ProductScope scope, double share) {
    this(id, country, scope, share, OptionalInt.empty(), OptionalInt.empty());
  }

  /**
   * @param from first period in which construction may start
   * @param to last period in which construction may start
   * @return a copy covering only sites whose construction starts in [from, to]
   */
  public InvestmentCredit withStartWindow(int from, int to) {
    return new InvestmentCredit(id, country, scope, share, OptionalInt.of(from), OptionalInt.of(to), budget, sites);
  }

  /**
   * @param start the period a site's construction starts (its opening period less its build periods)
   * @return whether that start lies in the window (always, without one)
   */
  public boolean startsInWindow(int start) {
    return (startFrom.isEmpty() || start >= startFrom.getAsInt()) && (startTo.isEmpty() || start <= startTo.getAsInt());
  }
}
