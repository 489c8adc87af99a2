package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.find;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.Network;
import dev.footprint.model.Series;
import dev.footprint.model.SupplierOffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bills of materials and supplier offers in study files: a product's {@code components} (a mapping or
 * a table: product, component, quantity) and a {@code supplierOffers} collection (inline or a CSV
 * table) are read, written back the same, and refused with the file, line, study path and value.
 */
class BomStudyTest {
  @TempDir
  Path dir;

  private static final String BOM = TINY
      .replace("    declaredCustomsValue: 8\n", "    declaredCustomsValue: 8\n    components:\n      fabric: 1.5\n"
          + "  - id: fabric\n    sector: apparel\n    laborHoursPerUnit: 0.1\n    materialCostPerUnit: 1\n")
      + """
      supplierOffers:
        - id: vn-mill
          product: fabric
          country: VN
          pricePerUnit: [1.2, 1.3, 1.4]
          capacity: 300
      """;

  private static String with(String from, String to) {
    assertTrue(BOM.contains(from), from);
    return BOM.replace(from, to);
  }

  @Test
  void componentsAndOffersAreReadAndWrittenBackTheSame() throws Exception {
    Study study = StudyReader.read(write(dir, "bom.yaml", BOM));
    Network n = study.base();
    assertEquals(Map.of("fabric", 1.5), n.products().get(0).components());
    assertEquals(List.of(new SupplierOffer("vn-mill", "fabric", "VN", Series.of(1.2, 1.3, 1.4), Series.constant(300))),
        n.supplierOffers());
    Path file = dir.resolve("written.yaml");
    StudyWriter.write(new Study("bom", Map.of(Study.BASE, n), study.options(), ""), file);
    assertEquals(n, StudyReader.read(file).base());
    String text = java.nio.file.Files.readString(file);
    assertTrue(text.contains("components:") && text.contains("supplierOffers:"), text);
  }

  @Test
  void componentsAndOffersFromCsvTables() {
    write(dir, "components.csv", """
        product,component,quantity
        shirts,fabric,1.5
        """);
    write(dir, "offers.csv", """
        id,product,country,pricePerUnit,capacity
        vn-mill,fabric,VN,1.2;1.3;1.4,300
        """);
    String text = with("    components:\n      fabric: 1.5\n", "    components: {csv: components.csv}\n");
    text = text.substring(0, text.indexOf("supplierOffers:")) + "supplierOffers: {csv: offers.csv}\n";
    Network n = StudyReader.read(write(dir, "s.yaml", text)).base();
    assertEquals(Map.of("fabric", 1.5), n.products().get(0).components());
    assertEquals("vn-mill", n.supplierOffers().get(0).id());
    assertEquals(1.3, n.supplierOffers().get(0).pricePerUnit().at(1), 0);
  }

  @Test
  void aNegativeQuantity() {
    String text = with("fabric: 1.5", "fabric: -1.5");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "fabric: -1.5"), "products[0].components.fabric", "-1.5");
  }

  @Test
  void anUnknownComponent() {
    String text = with("fabric: 1.5", "yarn: 1.5");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "yarn: 1.5"), "products[0].components.yarn", "no product has the id 'yarn'");
  }

  @Test
  void aCycleIsNamed() {
    String text = with("    materialCostPerUnit: 1\n", "    materialCostPerUnit: 1\n    components:\n      shirts: 1\n");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    assertTrue(problems.stream().anyMatch(p -> p.toString().contains("fabric -> shirts -> fabric")
        || p.toString().contains("shirts -> fabric -> shirts")), problems.toString());
  }

  @Test
  void anOfferOfAnUnknownCountryOrWithANegativePrice() {
    String text = with("country: VN\n    pricePerUnit", "country: CN\n    pricePerUnit");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "country: CN"), "supplierOffers[0].country", "CN");
    String neg = with("capacity: 300", "capacity: -50");
    Path g = write(dir, "t.yaml", neg);
    find(problems(g), g, lineOf(neg, "capacity: -50"), "supplierOffers[0].capacity", "-50");
  }

  /**
   * The tiny study with fabric bought: it solves, verifies, and its plan brings fabric to the sites.
   * (With the offer at 50 a period it is infeasible: US-NC, capacity 100, would have to make 80 shirts
   * and the 70 units of fabric the offer cannot sell.)
   */
  @Test
  void theStudySolvesWithComponentFlows() {
    Network n = StudyReader.read(write(dir, "r.yaml", BOM)).base();
    var solution = dev.footprint.solve.FootprintSolver.create().solve(n);
    assertEquals(dev.footprint.solve.SolveStatus.OPTIMAL, solution.status(), solution.toString());
    var report = dev.footprint.result.Verifier.create().verify(solution.allocation(), solution.objective());
    assertTrue(report.passed(), report.toString());
    assertTrue(!solution.allocation().componentFlows().isEmpty());
    var table = dev.footprint.io.results.ComponentFlowTable.of(Map.of("base", solution));
    assertEquals(List.of("scenario", "product", "from", "from_kind", "from_country", "to", "to_country", "period",
        "units"), table.columns());
    assertEquals(solution.allocation().componentFlows().size(), table.rows().size());
  }
}
