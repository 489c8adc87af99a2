package dev.footprint.model;

/**
 * An external supplier's offer of a product, used as a component where products are assembled
 * (docs/model.md, Bills of materials): units bought at a price in each period, up to a capacity,
 * shipped from the supplier's country to the assembling site with the freight of that lane and the
 * duty at the assembly border.
 *
 * @param id unique id, distinct from every site id (a component flow names its source by id)
 * @param product id of the product sold
 * @param country id of the country it ships from
 * @param pricePerUnit price per unit in each period, in the network's money, &gt;= 0
 * @param capacity the most units it sells in each period, over all buyers, &gt;= 0
 */
public record SupplierOffer(String id, String product, String country, Series pricePerUnit, Series capacity) {

  /**
   * Validates.
   *
   * @param id unique id, distinct from every site id
   * @param product id of the product sold
   * @param country id of the country it ships from
   * @param pricePerUnit price per unit in each period, &gt;= 0
   * @param capacity the most units it sells in each period, &gt;= 0
   */
  public SupplierOffer {
    Check.id(id, "supplierOffer.id");
    String where = "supplierOffer '" + id + "'";
    Check.id(product, where + ": product");
    Check.id(country, where + ": country");
    Check.present(pricePerUnit, where + ": pricePerUnit");
    Check.present(capacity, where + ": capacity");
    for (int t = 0; t < pricePerUnit.length(); t++) {
      Check.nonNegative(pricePerUnit.at(t), where + ": pricePerUnit[" + t + "]");
    }
    for (int t = 0; t < capacity.length(); t++) {
      Check.nonNegative(capacity.at(t), where + ": capacity[" + t + "]");
    }
  }

  /**
   * An offer at one price and capacity in every period.
   *
   * @param id unique id
   * @param product id of the product sold
   * @param country id of the country it ships from
   * @param pricePerUnit price per unit
   * @param capacity the most units sold per period
   * @return the offer
   */
  public static SupplierOffer of(String id, String product, String country, double pricePerUnit, double capacity) {
    return new SupplierOffer(id, product, country, Series.constant(pricePerUnit), Series.constant(capacity));
  }
}
