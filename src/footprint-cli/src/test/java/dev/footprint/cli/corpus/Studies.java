package dev.footprint.cli.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The valid studies the corpus breaks: a small study with every section, and the two examples. */
final class Studies {
  private Studies() {}

  /** The file name every corpus study is written as. */
  static final String STUDY = "study.yaml";

  /**
   * A small valid study in which every section and every field of the format appears at least once
   * (the complete example of docs/study-format.md, fixed here so that the corpus does not change
   * with the doc): 3 periods, 3 countries, 2 products, 3 sites, 2 markets, 3 scenarios.
   */
  static final String SMALL = """
      name: widgets-and-gadgets
      description: Where to make widgets and gadgets for the US and Mexico, 2026-2028.
      money: {currency: USD, unit: 1}
      horizon:
        firstYear: 2026
        periods: 3
        discountRate: 0.08
      countries:
        - id: US
          name: United States
          laborCostPerHour: 43.14
        - id: MX
          name: Mexico
          laborCostPerHour: [4.8, 5.0, 5.2]
          productivity: 0.8
        - id: VN
          laborCostPerHour: 2.99
          hoursPerJob: 2300
      products:
        - id: widget
          sector: electronics
          unit: widget
          laborHoursPerUnit: 0.5
          materialCostPerUnit: 20
          materialCostByCountry: {MX: 18}
          declaredCustomsValue: 30
        - id: gadget
          name: Gadget (boxed)
          sector: toys
          unit: box of 10
          laborHoursPerUnit: 0.2
          materialCostPerUnit: 3
          capacityUsePerUnit: 0.5
          customsMarkup: 0.1
      sites:
        - id: US-Ohio
          country: US
          kind: existing
          capacity: 1000
          fixedCost: 20000
          closingCost: 50000
        - id: MX-Monterrey
          country: MX
          kind: candidate
          capacity: [0, 800, 800]
          fixedCost: 8000
          openingCapex: 150000
          openingPeriod: "2027"
          products: [widget]
        - id: VN-HCMC
          country: VN
          kind: committed
          capacity: 600
          openingCapex: 90000
          openingPeriod: 0
          products: [gadget, widget]
      markets:
        - id: US
          demand:
            widget: [600, 650, 700]
            gadget: 400
          lostSalesPenalty: {gadget: 40}
        - id: MX-market
          name: Mexico
          country: MX
          demand: {widget: 100}
          singleSource: true
      freight:
        - {origin: MX, destination: US, costPerUnit: 1.5}
        - {origin: VN, destination: US, costPerUnit: 2.4}
        - {origin: VN, destination: US, product: gadget, costPerUnit: 0.8}
        - {origin: VN, destination: MX, costPerUnit: 2.6}
        - {origin: US, destination: MX, costPerUnit: 1.0}
        - {origin: MX, destination: US, site: MX-Monterrey, product: widget, costPerUnit: 1.2}
      tariffs:
        - id: us-mfn
          destination: US
          rate: 0.03
        - id: us-vn
          destination: US
          origins: [VN]
          rate: 0.20
          rule: floor
        - id: us-toys-vn
          destination: US
          origins: [VN]
          sectors: [toys]
          periods: ["2027", "2028"]
          specificDutyPerUnit: 0.5
        - id: usmca
          destination: US
          origins: [MX]
          products: [widget]
          rate: 0
          rule: replace
      quotas:
        - id: us-vn-gadgets
          product: gadget
          destination: US
          origins: [VN]
          periods: ["2027", "2028"]
          volume: [100, 120, 140]
          inQuotaRate: 0.05
          inQuotaSpecificDutyPerUnit: 0.1
          outOfQuotaRate: 0.3
          outOfQuotaSpecificDutyPerUnit: 1
      productionCredits:
        - id: us-widget-credit
          country: US
          products: [widget]
          creditPerUnit: [2, 2, 1.5]
          budget: 2500
      investmentCredits:
        - id: mx-itc
          country: MX
          sectors: [electronics]
          share: 0.25
      jobGrants:
        - id: mx-jobs
          country: MX
          grantPerJob: 300
      policies:
        - {id: us-pledge, type: pledge, country: US, minimumCapex: 0}
        - {id: us-jobs, type: employmentFloor, country: US, minimumJobs: 0.05}
        - {id: us-widgets, type: homeShare, product: widget, country: US, minimumShare: 0.1}
        - {id: gadget-spread, type: concentrationCap, product: gadget, maximumShare: 1}
      solver:
        backend: scip
        timeLimitSeconds: 60
        relativeGap: 1e-6
        threads: 1
        seed: 0
      scenarios:
        vn-46:
          description: Vietnam's threatened 46% instead of the 20% deal
          set:
            "tariffs.us-vn.rate": 0.46
        vn-46-mx-wages:
          extends: vn-46
          set:
            "countries.MX.laborCostPerHour": 6.1
            "markets.US.demand.widget": [700, 750, 800]
        no-usmca:
          remove: [tariffs.usmca, policies.us-widgets]
          add:
            tariffs:
              - {id: mx-25, destination: US, origins: [MX], rate: 0.25}
      """;

  /**
   * The small study with the origin of goods (docs/study-format.md, Origin of goods): an agreement
   * of the US and Mexico under which widgets need 60% regional content, the usmca measure limited to
   * goods originating in it, a transshipment rule on widgets from Vietnam, a duty drawback in Mexico
   * and a foreign-trade zone at US-Ohio.
   */
  static final String ORIGIN = SMALL
      .replace("    closingCost: 50000\n", "    closingCost: 50000\n    foreignTradeZone: true\n")
      .replace("    rule: replace\n", "    rule: replace\n    originStatus: originating\n    agreement: usmca\n")
      .replace("solver:\n", """
          agreements:
            - id: usmca
              members: [US, MX]
          originRules:
            - id: widget-usmca
              agreement: usmca
              product: widget
              minContentShare: 0.6
              method: build-down
          transshipmentRules:
            - id: us-transship
              destination: US
              origins: [VN]
              products: [widget]
              maxForeignContentShare: 0.4
              penaltyRate: 0.4
          dutyDrawbacks:
            - id: mx-drawback
              country: MX
              products: [widget]
              share: 0.99
          solver:
          """);

  /** The example studies, by folder under {@code examples/}. */
  static final List<String> EXAMPLES = List.of("korea-us", "apparel-toys");

  /**
   * Copies an example's study and tables into a folder.
   *
   * @param example the example's folder under {@code examples/}
   * @param dir where to
   * @return the study file
   */
  static Path copyExample(String example, Path dir) {
    Path from = Path.of("examples", example);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".csv")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName().toString()));
      }
      return dir.resolve(STUDY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the text of a file of an example */
  static String exampleFile(String example, String file) {
    try {
      return Files.readString(Path.of("examples", example, file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
