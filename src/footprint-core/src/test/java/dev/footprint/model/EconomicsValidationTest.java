package dev.footprint.model;

import static dev.footprint.model.Refusals.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Bad input to the investment and labor economics (asset life, construction, credit windows, site
 * grants, fixed staffing, severance): each is refused with an {@link InvalidModelException} naming
 * the field and the value, while the value or the network is built.
 */
class EconomicsValidationTest {


  /** Three periods; a US fab that may open from period 0. */
  private static Network.Builder base() {
    return Network.builder().horizon(Horizon.of(3, 0.05))
        .country(Country.of("US", 30))
        .product(Product.of("widget", "goods", 1, 10))
        .site(Site.candidate("fab", "US", 100, 1000), Site.existing("old", "US", 100))
        .market(Market.of("M", "US").withDemand("widget", 50));
  }

  @Test
  void theEconomicsOfAValidNetworkAreAccepted() {
    Network n = assertDoesNotThrow(() -> base()
        .replaceSite(Site.candidate("fab", "US", 100, 1000).withAssetLife(20).withBuildPeriods(2).withFixedJobs(30))
        .investmentCredit(new InvestmentCredit("48D", "US", ProductScope.ALL, 0.25).withStartWindow(0, 2))
        .siteGrant(new SiteGrant("chips", "fab", 2, 400))
        .build());
    assertEquals(2, n.sites().get(0).firstOpenPeriod());
    assertEquals(0, n.sites().get(1).fixedJobs());
  }

  @Test
  void negativeAssetLife() {
    assertInvalid(() -> Site.candidate("fab", "US", 100, 1000).withAssetLife(-5), "site 'fab': assetLife", -5,
        "must be >= 0");
  }

  @Test
  void negativeBuildPeriods() {
    assertInvalid(() -> Site.candidate("fab", "US", 100, 1000).withBuildPeriods(-1), "site 'fab': buildPeriods", -1,
        "must be >= 0");
  }

  @Test
  void buildPeriodsBeyondTheHorizon() {
    assertInvalid(() -> base().replaceSite(Site.candidate("fab", "US", 100, 1000).withBuildPeriods(3)).build(),
        "site 'fab': buildPeriods", 3, "could not open within the horizon");
  }

  @Test
  void committedSiteWhoseConstructionWouldStartBeforeTheHorizon() {
    assertInvalid(() -> base().replaceSite(Site.committed("fab", "US", 100, 1000, 1).withBuildPeriods(2)).build(),
        "site 'fab': buildPeriods", 2, "would start before the horizon");
  }

  @Test
  void creditWindowOutsideTheHorizon() {
    InvestmentCredit credit = new InvestmentCredit("48D", "US", ProductScope.ALL, 0.25);
    assertInvalid(() -> base().investmentCredit(credit.withStartWindow(0, 3)).build(),
        "investmentCredit '48D': startTo", 3, "outside the horizon");
    assertInvalid(() -> credit.withStartWindow(-1, 2), "investmentCredit '48D': startFrom", -1, "must be a period >= 0");
    assertInvalid(() -> credit.withStartWindow(2, 1), "investmentCredit '48D': startTo", 1, "the window would be empty");
  }

  @Test
  void grantToAnUnknownSite() {
    assertInvalid(() -> base().siteGrant(new SiteGrant("chips", "fab-2", 0, 400)).build(), "siteGrant 'chips': site",
        "fab-2", "no site has this id");
  }

  @Test
  void grantOutsideTheHorizonOrNegative() {
    assertInvalid(() -> base().siteGrant(new SiteGrant("chips", "fab", 3, 400)).build(), "siteGrant 'chips': period",
        3, "outside the horizon");
    assertInvalid(() -> new SiteGrant("chips", "fab", 0, -400), "siteGrant 'chips': amount", -400.0, "must be a finite number >= 0");
  }

  @Test
  void negativeStaffingOrSeverance() {
    assertInvalid(() -> Site.existing("old", "US", 100).withFixedJobs(-3), "site 'old': fixedJobs", -3.0,
        "must be a finite number >= 0");
    assertInvalid(() -> Site.existing("old", "US", 100).withSeverancePerJob(-1), "site 'old': severancePerJob", -1.0,
        "must be a finite number >= 0");
  }

  @Test
  void missingAccounting() {
    assertInvalid(() -> Horizon.of(3, 0).withCapexAccounting(null), "horizon.capexAccounting", null, "a value is required");
  }
}
