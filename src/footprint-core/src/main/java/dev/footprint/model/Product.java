package dev.footprint.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A product line. A unit is whatever the user counts in (a car, a GWh of cells, a million chips);
 * every per-unit figure of the network must use the same unit for this product.
 *
 * @param id unique id
 * @param name display name
 * @param sector sector name, used by tariff measures and subsidy programs scoped by sector
 * @param laborHoursPerUnit labor hours per unit at productivity 1
 * @param materialCostPerUnit material and overhead cost per unit, USD, where no override applies
 * @param materialCostByCountry per-country overrides of the material and overhead cost, USD
 * @param capacityUsePerUnit capacity units one unit of this product takes at a site
 * @param declaredCustomsValue customs value per unit, USD, if declared; otherwise the value is the
 *     unit production cost at the origin times {@code 1 + customsMarkup}
 * @param customsMarkup markup on the production cost that gives the customs value, a fraction
 * @param unit what one unit of the product is, for reports: "car", "GWh", "wafer" (default
 *     {@value #DEFAULT_UNIT}); quantities of products with different units are never added up
 * @param components the bill of materials: per component product id, the units of it one unit of
 *     this product consumes where it is assembled (docs/model.md, Bills of materials); empty for a
 *     product made from materials alone. The material cost then counts what is not a listed component.
 */
public record Product(String id, String name, String sector, double laborHoursPerUnit,
    double materialCostPerUnit, Map<String, Double> materialCostByCountry, double capacityUsePerUnit,
    OptionalDouble declaredCustomsValue, double customsMarkup, String unit, Map<String, Double> components) {

  /** The unit of a product that names none. */
  public static final String DEFAULT_UNIT = "unit";

  /**
   * Validates and copies.
   *
   * @param id unique id
   * @param name display name
   * @param sector sector name, used by tariff measures and subsidy programs scoped by sector
   * @param laborHoursPerUnit labor hours per unit at productivity 1
   * @param materialCostPerUnit material and overhead cost per unit, USD, where no override applies
   * @param materialCostByCountry per-country overrides of the material and overhead cost, USD
   * @param capacityUsePerUnit capacity units one unit of this product takes at a site
   * @param declaredCustomsValue customs value per unit, USD, if declared; otherwise the value is the unit production cost at the origin times {@code 1 + customsMarkup}
   * @param customsMarkup markup on the production cost that gives the customs value, a fraction
   * @param unit what one unit of the product is, for reports: "car", "GWh", "wafer" (default {@value #DEFAULT_UNIT}); quantities of products with different units are never added up
   * @param components per component product id, the units one unit of this product consumes (each &gt; 0)
   */
  public Product {
    Check.id(id, "product.id");
    String where = "product '" + id + "'";
    Check.text(name, where + ": name");
    Check.id(sector, where + ": sector");
    Check.nonNegative(laborHoursPerUnit, where + ": laborHoursPerUnit");
    Check.nonNegative(materialCostPerUnit, where + ": materialCostPerUnit");
    materialCostByCountry = Check.nonNegativeById(materialCostByCountry, where + ": materialCostByCountry");
    Check.positive(capacityUsePerUnit, where + ": capacityUsePerUnit");
    Check.present(declaredCustomsValue, where + ": declaredCustomsValue");
    if (declaredCustomsValue.isPresent()) {
      Check.nonNegative(declaredCustomsValue.getAsDouble(), where + ": declaredCustomsValue");
    }
    Check.nonNegative(customsMarkup, where + ": customsMarkup");
    Check.id(unit, where + ": unit");
    Check.present(components, where + ": components");
    Map<String, Double> bom = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : components.entrySet()) {
      String field = where + ": components['" + e.getKey() + "']";
      Check.id(e.getKey(), where + ": components");
      Check.present(e.getValue(), field);
      Check.positive(e.getValue(), field);
      bom.put(e.getKey(), e.getValue());
    }
    components = Collections.unmodifiableMap(bom);
  }

  /**
   * A product without a bill of materials.
   *
   * @param id unique id
   * @param name display name
   * @param sector sector name
   * @param laborHoursPerUnit labor hours per unit at productivity 1
   * @param materialCostPerUnit material and overhead cost per unit
   * @param materialCostByCountry per-country overrides of the material and overhead cost
   * @param capacityUsePerUnit capacity units one unit takes at a site
   * @param declaredCustomsValue customs value per unit, if declared
   * @param customsMarkup markup on the production cost that gives the customs value
   * @param unit what one unit of the product is, for reports
   */
  public Product(String id, String name, String sector, double laborHoursPerUnit, double materialCostPerUnit,
      Map<String, Double> materialCostByCountry, double capacityUsePerUnit, OptionalDouble declaredCustomsValue,
      double customsMarkup, String unit) {
    this(id, name, sector, laborHoursPerUnit, materialCostPerUnit, materialCostByCountry, capacityUsePerUnit,
        declaredCustomsValue, customsMarkup, unit, Map.of());
  }

  /**
   * A product counted in the default unit.
   *
   * @param id unique id
   * @param name display name
   * @param sector sector name
   * @param laborHoursPerUnit labor hours per unit at productivity 1
   * @param materialCostPerUnit material and overhead cost per unit
   * @param materialCostByCountry per-country overrides of the material and overhead cost
   * @param capacityUsePerUnit capacity units one unit takes at a site
   * @param declaredCustomsValue customs value per unit, if declared
   * @param customsMarkup markup on the production cost that gives the customs value
   */
  public Product(String id, String name, String sector, double laborHoursPerUnit, double materialCostPerUnit,
      Map<String, Double> materialCostByCountry, double capacityUsePerUnit, OptionalDouble declaredCustomsValue,
      double customsMarkup) {
    this(id, name, sector, laborHoursPerUnit, materialCostPerUnit, materialCostByCountry, capacityUsePerUnit,
        declaredCustomsValue, customsMarkup, DEFAULT_UNIT);
  }

  /**
   * @param id product id
   * @param sector sector
   * @param laborHoursPerUnit labor hours per unit
   * @param materialCostPerUnit material and overhead cost per unit, USD
   * @return a product using one capacity unit per unit, customs value = production cost
   */
  public static Product of(String id, String sector, double laborHoursPerUnit, double materialCostPerUnit) {
    return new Product(id, id, sector, laborHoursPerUnit, materialCostPerUnit, Map.of(), 1,
        OptionalDouble.empty(), 0);
  }

  /**
   * @param country country id
   * @return the material and overhead cost per unit in that country
   */
  public double materialCostIn(String country) {
    Double v = materialCostByCountry.get(Check.key(country, "product '" + id + "': country"));
    return v == null ? materialCostPerUnit : v;
  }

  /**
   * @param name display name
   * @return a copy with it
   */
  public Product withName(String name) {
    return new Product(id, name, sector, laborHoursPerUnit, materialCostPerUnit, materialCostByCountry,
        capacityUsePerUnit, declaredCustomsValue, customsMarkup, unit, components);
  }

  /**
   * @param country country id
   * @param cost material and overhead cost per unit there, USD
   * @return a copy with that override
   */
  public Product withMaterialCost(String country, double cost) {
    Map<String, Double> m = new HashMap<>(materialCostByCountry);
    m.put(country, cost);
    return new Product(id, name, sector, laborHoursPerUnit, materialCostPerUnit, m,
        capacityUsePerUnit, declaredCustomsValue, customsMarkup, unit, components);
  }

  /**
   * @param use capacity units per unit
   * @return a copy with it
   */
  public Product withCapacityUse(double use) {
    return new Product(id, name, sector, laborHoursPerUnit, materialCostPerUnit, materialCostByCountry,
        use, declaredCustomsValue, customsMarkup, unit, components);
  }

  /**
   * @param value declared customs value per unit, USD
   * @return a copy with it
   */
  public Product withDeclaredCustomsValue(double value) {
    return new Product(id, name, sector, laborHoursPerUnit, materialCostPerUnit, materialCostByCountry,
        capacityUsePerUnit, OptionalDouble.of(value), customsMarkup, unit, components);
  }

  /**
   * @param markup markup on production cost for the customs value
   * @return a copy with it
   */
  public Product withCustomsMarkup(double markup) {
    return new Product(id, name, sector, laborHoursPerUnit, materialCostPerUnit, materialCostByCountry,
        capacityUsePerUnit, declaredCustomsValue, markup, unit, components);
  }

  /**
   * @param unit what one unit of the product is, for reports
   * @return a copy with it
   */
  public Product withUnit(String unit) {
    return new Product(id, name, sector, laborHoursPerUnit, materialCostPerUnit, materialCostByCountry,
        capacityUsePerUnit, declaredCustomsValue, customsMarkup, unit, components);
  }

  /**
   * @param componentId id of a product one unit of this one consumes where it is assembled
   * @param quantity units of it per unit of this product, &gt; 0
   * @return a copy with that line of the bill of materials (replacing one for the same component)
   */
  public Product withComponent(String componentId, double quantity) {
    Map<String, Double> m = new LinkedHashMap<>(components);
    m.put(componentId, quantity);
    return new Product(id, name, sector, laborHoursPerUnit, materialCostPerUnit, materialCostByCountry,
        capacityUsePerUnit, declaredCustomsValue, customsMarkup, unit, m);
  }
}
