package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.find;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of mistake in a study file. Each asserts the file, the line and the study path
 * of the problem, and what the message says (with its "Maybe" hint where there is one).
 */
class StudyErrorsTest {
  @TempDir
  Path dir;

  /** @return the tiny study with one text replaced (which must occur) */
  private static String tinyWith(String from, String to) {
    assertTrue(TINY.contains(from), from);
    return TINY.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  @Test
  void tinyStudyIsValid() {
    Study s = assertDoesNotThrow(() -> StudyReader.read(write(dir, "tiny.yaml", TINY)));
    assertEquals(List.of("base"), List.copyOf(s.scenarios().keySet()));
  }

  @Test
  void unknownKeyNamesTheClosestKnownKey() {
    String text = tinyWith("closingCost: 500", "closingCosts: 500");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "closingCosts"), "sites[0].closingCosts",
        "unknown key 'closingCosts'", "Maybe you meant 'closingCost'");
  }

  @Test
  void aPortfolioNamesBackends() throws Exception {
    String good = TINY + "solver:\n  backend: scip\n  portfolio: [highs, CBC]\n";
    Study s = StudyReader.read(write(dir, "good.yaml", good));
    assertEquals(List.of(dev.footprint.solve.Backend.HIGHS, dev.footprint.solve.Backend.CBC), s.options().portfolio());
    String one = TINY + "solver:\n  portfolio: highs\n";
    assertEquals(List.of(dev.footprint.solve.Backend.HIGHS),
        StudyReader.read(write(dir, "one.yaml", one)).options().portfolio());

    String bad = TINY + "solver:\n  portfolio: [highs, gurobi]\n";
    Path f = write(dir, "bad.yaml", bad);
    find(problems(f), f, lineOf(bad, "portfolio:"), "solver.portfolio[1]", "'gurobi' is not one of");
  }

  @Test
  void decompositionIsAMode() throws Exception {
    String good = TINY + "solver:\n  decomposition: auto\n";
    assertEquals(dev.footprint.solve.SolveOptions.Decomposition.AUTO,
        StudyReader.read(write(dir, "auto.yaml", good)).options().decomposition());
    assertEquals(dev.footprint.solve.SolveOptions.Decomposition.OFF,
        StudyReader.read(write(dir, "none.yaml", TINY)).options().decomposition());
    String bad = TINY + "solver:\n  decomposition: dantzig-wolfe\n";
    Path f = write(dir, "badmode.yaml", bad);
    find(problems(f), f, lineOf(bad, "decomposition:"), "solver.decomposition", "'dantzig-wolfe' is not one of");
  }

  @Test
  void unknownTopLevelKey() {
    String text = tinyWith("tariffs:", "tarifs:");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "tarifs:"), "tarifs", "Maybe you meant 'tariffs'");
  }

  @Test
  void wrongTypes() {
    String text = tinyWith("capacity: 100", "capacity: lots").replace("countries:\n", "countries:\n");
    text = text.replace("origins: [VN]", "origins: {VN: 1}");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "capacity: lots"), "sites[0].capacity", "must be a finite number >= 0, not 'lots'");
    find(problems, f, lineOf(text, "origins: {VN"), "tariffs[0].origins", "must be a list of ids");
  }

  @Test
  void collectionThatIsNotAList() {
    String text = tinyWith("freight:\n  - origin: VN\n    destination: US\n    costPerUnit: 0.25",
        "freight: 0.25");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "freight: 0.25"), "freight", "must be a list of freight, or {csv: file.csv}");
  }

  @Test
  void missingRequiredField() {
    String text = tinyWith("    country: VN\n    kind: candidate", "    kind: candidate");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "id: VN-HCM"), "sites[1].country", "missing", "needs 'country'");
  }

  @Test
  void unknownReferencesWithHints() {
    String text = tinyWith("    country: VN\n    kind: candidate", "    country: VNM\n    kind: candidate")
        .replace("origins: [VN]", "origins: [VN, CN]")
        .replace("shirts: [80, 90, 100]", "shirt: [80, 90, 100]");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "country: VNM"), "sites[1].country", "no country has the id 'VNM'",
        "Maybe you meant 'VN'");
    find(problems, f, lineOf(text, "origins: [VN, CN]"), "tariffs[0].origins[1]", "no country has the id 'CN'");
    find(problems, f, lineOf(text, "shirt: ["), "markets[0].demand.shirt", "no product has the id 'shirt'",
        "Maybe you meant 'shirts'");
  }

  @Test
  void unknownSectorAndPeriodLabel() {
    String text = tinyWith("rate: 0.2", "rate: 0.2\n    sectors: [aparel]\n    periods: [\"2027\", \"2031\"]");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "sectors: [aparel]"), "tariffs[0].sectors[0]",
        "no product is in the sector 'aparel'", "Maybe you meant 'apparel'");
    find(problems, f, lineOf(text, "periods: ["), "tariffs[0].periods[1]", "no period is labelled '2031'");
  }

  @Test
  void negativeAndNanNumbers() {
    String text = tinyWith("capacity: 200", "capacity: -200").replace("[2.7, 2.9, 3.1]", "[2.7, .nan, 3.1]");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "capacity: -200"), "sites[1].capacity", "is -200 but must be a finite number >= 0");
    find(problems, f, lineOf(text, ".nan"), "countries[1].laborCostPerHour[1]", "is .nan but must be");
  }

  @Test
  void ratesGivenAsPercentages() {
    String text = tinyWith("rate: 0.2", "rate: 20").replace("discountRate: 0.05", "discountRate: 5%");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "rate: 20"), "tariffs[0].rate", "is 20 but must be a fraction",
        "Maybe it was written as a percentage: you meant 0.2 for 20%");
    find(problems, f, lineOf(text, "discountRate: 5%"), "horizon.discountRate", "'5%' is a percentage",
        "Maybe you meant 0.05");
  }

  @Test
  void seriesOfTheWrongLength() {
    String text = tinyWith("[2.7, 2.9, 3.1]", "[2.7, 2.9]");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "[2.7, 2.9]"), "countries[1].laborCostPerHour",
        "has 2 values but the horizon has 3 periods");
  }

  @Test
  void duplicateIds() {
    String text = tinyWith("  - id: VN-HCM", "  - id: US-NC");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "kind: candidate") - 2, "sites[1].id", "duplicate id 'US-NC'",
        "sites[0] has it too");
  }

  @Test
  void csvRowWithMissingValues() {
    write(dir, "sites.csv", """
        id,country,kind,capacity,openingCapex,source
        US-NC,US,existing,100,,"our plant"
        VN-HCM,VN,candidate,200
        """);
    String text = tinyWith(TINY.substring(TINY.indexOf("sites:"), TINY.indexOf("markets:")),
        "sites: {csv: sites.csv}\n");
    Path f = write(dir, "s.yaml", text);
    Path csv = dir.resolve("sites.csv");
    find(problems(f), csv, 3, "sites[1]", "the row has 4 values but the header has 6 columns",
        "missing [openingCapex, source]");
  }

  @Test
  void csvCellWithABadValueAndAnUnknownColumn() {
    write(dir, "sites.csv", """
        # Sites of the tiny study
        id,country,kind,capacity,capex
        US-NC,US,existing,100,0
        VN-HCM,VN,candidate,-5,0
        """);
    String text = tinyWith(TINY.substring(TINY.indexOf("sites:"), TINY.indexOf("markets:")),
        "sites: {csv: sites.csv}\n");
    Path f = write(dir, "s.yaml", text);
    Path csv = dir.resolve("sites.csv");
    List<Problem> problems = problems(f);
    find(problems, csv, 2, "sites.capex", "unknown column 'capex'");
    find(problems, csv, 4, "sites[1].capacity", "is -5 but must be a finite number >= 0");
  }

  @Test
  void csvTableWithoutARequiredColumn() {
    write(dir, "demand.csv", """
        market,item,2026,2027,2028
        US,shirts,80,90,100
        """);
    String text = tinyWith("demand:\n      shirts: [80, 90, 100]", "demand: {csv: demand.csv}");
    Path f = write(dir, "s.yaml", text);
    Path csv = dir.resolve("demand.csv");
    List<Problem> problems = problems(f);
    find(problems, csv, 1, "markets[0].demand", "needs a column 'product'");
    find(problems, csv, 1, "markets[0].demand.item", "unknown column 'item'");
  }

  @Test
  void missingCsvFile() {
    String text = tinyWith("  - origin: VN\n    destination: US\n    costPerUnit: 0.25", "  {csv: fraight.csv}")
        .replace("freight:\n  {csv", "freight: {csv");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "fraight.csv"), "freight.csv", "cannot read the CSV file");
  }

  @Test
  void domainValidationBecomesAProblemAtTheField() {
    // Demand that no site can serve: the network's own validation refuses it.
    String text = tinyWith("  - origin: VN\n    destination: US\n    costPerUnit: 0.25\n", "")
        .replace("freight:\n", "").replace("capacity: 100", "capacity: 100\n    products: []")
        .replace("US-NC\n    country: US\n    kind: existing", "US-NC\n    country: VN\n    kind: existing");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "shirts: [80"), "markets[0].demand.shirts",
        "no site that may make 'shirts' has a freight lane to US", "Maybe");
  }

  @Test
  void wrongEnumAndPolicyType() {
    String text = tinyWith("kind: candidate", "kind: candidat").replace("type: employmentFloor", "type: jobsFloor");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "kind: candidat"), "sites[1].kind", "'candidat' is not one of",
        "Maybe you meant 'candidate'");
    find(problems, f, lineOf(text, "type: jobsFloor"), "policies[0].type", "unknown policy type 'jobsFloor'");
  }

  @Test
  void scenarioPathsThatDoNotResolve() {
    String text = TINY + """
        scenarios:
          broken:
            remove: [policies.us-flor]
            set:
              "tariffs.vn-20.rat": 0.1
              "countries.VN.laborCostPerHour": -3
              "tarifs.vn-20.rate": 0.1
        """;
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "us-flor"), "scenarios.broken.remove[0]", "no policy has the id 'us-flor'",
        "Maybe you meant 'us-floor'");
    find(problems, f, lineOf(text, "vn-20.rat\""), "scenarios.broken.set[\"tariffs.vn-20.rat\"]",
        "a tariff has no field 'rat'", "Maybe you meant 'rate'");
    find(problems, f, lineOf(text, "laborCostPerHour\": -3"), "scenarios.broken.set[\"countries.VN.laborCostPerHour\"]",
        "is -3 but must be a finite number >= 0");
    find(problems, f, lineOf(text, "\"tarifs"), "scenarios.broken.set[\"tarifs.vn-20.rate\"]",
        "Maybe you meant 'tariffs'");
  }

  @Test
  void scenarioThatBreaksAReference() {
    String text = TINY + """
        scenarios:
          no-vietnam:
            remove: [countries.VN]
        """;
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "    country: VN"), "sites[1].country",
        "in scenario 'no-vietnam': no country has the id 'VN'");
  }

  @Test
  void jsonSyntaxErrorHasItsLine() {
    Path f = write(dir, "s.json", "{\n  \"name\": \"x\",\n  \"countries\": [\n    {\"id\": \"US\",}\n  ]\n}\n");
    find(problems(f), f, 4, "", "cannot be read as JSON");
  }

  @Test
  void unsupportedExtension() {
    Path f = write(dir, "s.txt", TINY);
    find(problems(f), f, 0, "", "must end in .yaml, .yml or .json");
  }

  @Test
  void severalMistakesAreReportedTogether() {
    String text = tinyWith("closingCost: 500", "closingCosts: 500")
        .replace("rate: 0.2", "rate: 20")
        .replace("    country: VN\n    kind: candidate", "    country: VNM\n    kind: candidate")
        .replace("capacity: 200", "capacity: -200")
        .replace("    laborHoursPerUnit: 0.5\n", "")
        + "scenarios:\n  truce:\n    set: {\"tariffs.vn-21.rate\": 0.1}\n";
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "closingCosts"), "sites[0].closingCosts", "Maybe you meant 'closingCost'");
    find(problems, f, lineOf(text, "rate: 20"), "tariffs[0].rate", "percentage");
    find(problems, f, lineOf(text, "country: VNM"), "sites[1].country", "no country has the id 'VNM'");
    find(problems, f, lineOf(text, "capacity: -200"), "sites[1].capacity", "must be a finite number >= 0");
    find(problems, f, lineOf(text, "id: shirts"), "products[0].laborHoursPerUnit", "missing");
    find(problems, f, lineOf(text, "vn-21"), "scenarios.truce.set[\"tariffs.vn-21.rate\"]",
        "no tariff has the id 'vn-21'", "Maybe you meant 'vn-20'");
    assertTrue(problems.size() >= 6, problems.toString());
    StudyException e = org.junit.jupiter.api.Assertions.assertThrows(StudyException.class, () -> StudyReader.read(f));
    assertTrue(e.getMessage().startsWith(problems.size() + " problem(s) in the study:"), e.getMessage());
  }
}
