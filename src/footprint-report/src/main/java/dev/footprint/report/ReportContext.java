package dev.footprint.report;

import dev.footprint.model.Money;
import dev.footprint.model.Network;
import dev.footprint.model.Product;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The report being built: its sections so far, and what its parts share: chart ids, one color per
 * country across all charts, the money label and each product's unit.
 */
final class ReportContext {
  /**
   * A section of the report.
   *
   * @param id its element id
   * @param heading its heading
   * @param body its markup
   */
  record Section(String id, String heading, String body) {}

  private final List<Section> sections = new ArrayList<>();
  private final Palette countries = new Palette();
  private final Map<String, String> units = new HashMap<>();
  private final Set<String> sites = new LinkedHashSet<>();
  private Money money = Money.USD;
  private boolean moneyGiven;
  private int charts;

  /**
   * @param what what the chart shows, for a readable id
   * @return a new chart id, unique in the report
   */
  String chartId(String what) {
    return "chart-" + (++charts) + "-" + what;
  }

  /** @return the colors of countries, shared by every chart */
  Palette countries() {
    return countries;
  }

  /**
   * @param ids countries
   * @return their colors, in order
   */
  List<String> colors(List<String> ids) {
    return ids.stream().map(countries::of).toList();
  }

  /**
   * Takes the money and product units from a network, unless money was given.
   *
   * @param n a network of the study
   */
  void describe(Network n) {
    if (!moneyGiven) {
      money = n.money();
    }
    for (Product p : n.products()) {
      units.putIfAbsent(p.id(), p.unit());
    }
    n.sites().forEach(s -> sites.add(s.id()));
  }

  /** @return the ids of every site of the networks described so far, in order */
  List<String> sites() {
    return List.copyOf(sites);
  }

  /**
   * @param m the money every figure of the report is in
   */
  void money(Money m) {
    money = Objects.requireNonNull(m, "money");
    moneyGiven = true;
  }

  /** @return the money label, such as {@code USD millions} */
  String money() {
    return money.label();
  }

  /**
   * @param product a product id
   * @return what one unit of it is, such as {@code GWh}; {@code unit} if not known
   */
  String unit(String product) {
    return units.getOrDefault(product, Product.DEFAULT_UNIT);
  }

  /**
   * @param id the section's id
   * @param heading its heading
   * @param body its markup
   */
  void add(String id, String heading, String body) {
    sections.add(new Section(Svg.id(id), heading, body));
  }

  /** @return the sections so far */
  List<Section> sections() {
    return sections;
  }
}
