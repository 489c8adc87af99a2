package dev.footprint.io;

import static dev.footprint.io.Books.row;
import static dev.footprint.io.Books.sheets;
import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.footprint.io.Books.Error;
import dev.footprint.io.Books.Formula;
import dev.footprint.model.Network;
import dev.footprint.model.Series;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tables in sheets of an .xlsx workbook, {@code {xlsx: book.xlsx, sheet: name}}: read as the YAML
 * they stand for, whatever the cells' types, and refused with problems that name the workbook, the
 * sheet and the cell.
 */
class WorkbookTablesTest {
  @TempDir
  Path dir;

  /** The tiny study with its sites, demand, freight and tariffs in sheets of book.xlsx. */
  private static final String WITH_BOOK = TINY.substring(0, TINY.indexOf("sites:")) + """
      sites: {xlsx: book.xlsx, sheet: sites}
      markets:
        - id: US
          demand: {xlsx: book.xlsx, sheet: demand}
      freight: {xlsx: book.xlsx, sheet: freight}
      tariffs: {xlsx: book.xlsx, sheet: tariffs}
      policies:
        - id: us-floor
          type: employmentFloor
          country: US
          minimumJobs: 0.01
      """;

  private static final List<Object> SITES_HEADER = row("id", "country", "kind", "capacity", "closingCost",
      "openingCapex", "openingPeriod", "products", "source");

  /**
   * The tiny study's tables with every kind of cell: numbers, numbers written as text, text with
   * white space around it, empty cells, a formula with its saved result, period labels as numbers,
   * a comment row and a blank row.
   */
  private Path book(List<List<Object>> sites) {
    return Books.write(dir.resolve("book.xlsx"), sheets(
        "sites", sites,
        "demand", List.of(
            row("market", "product", 2026, 2027, 2028, "source"),
            row("US", "shirts", 80, 90.0, 100, "assumption"),
            row("EU", "shirts", 1, 2, 3, "another market's row")),
        "freight", List.of(
            row("origin", "destination", "product", "site", "costPerUnit", "source"),
            row("VN", "US", null, null, 0.25, "Xeneta")),
        "tariffs", List.of(
            row("id", "destination", "origins", "products", "sectors", "periods", "rate", "specificDutyPerUnit",
                "rule", "source"),
            row("vn-20", "US", "VN", "", null, null, "0.2", null, null, "deal, Jul 2 2025"))));
  }

  private static List<List<Object>> tinySites() {
    return List.of(
        row("# Sites: capacity in shirts a year; capex in USD."),
        SITES_HEADER,
        row("US-NC", "US", "existing", 100, 500, null, null, null, "assumption"),
        row(),
        row(" VN-HCM ", "VN", "candidate", "200", null, new Formula("500*2", "1000", "n"), 2027, null,
            "a quote, 2025"));
  }

  @Test
  void sheetsReadAsTheYamlTheyStandFor() {
    book(tinySites());
    Network fromBook = StudyReader.read(write(dir, "book.yaml", WITH_BOOK)).base();
    Network inline = StudyReader.read(write(dir, "tiny.yaml", TINY)).base();
    assertEquals(inline, fromBook);
  }

  @Test
  void listsPerPeriodValuesAndBooleansAreReadAsInCsv() {
    book(List.of(SITES_HEADER,
        row("US-NC", "US", "existing", "100;110;120", 500, null, null, "shirts", "a"),
        row("VN-HCM", "VN", "candidate", new Formula("\"200;210;220\"", "200;210;220", "str"), null, 1000, "2027",
            null, "b")));
    // A boolean cell is the text true or false, here in a product's name.
    Books.write(dir.resolve("names.xlsx"), sheets("products", List.of(
        row("id", "name", "sector", "laborHoursPerUnit", "materialCostPerUnit", "declaredCustomsValue"),
        row("shirts", true, "apparel", 0.5, 4.5, 8))));
    String text = WITH_BOOK.replace(TINY.substring(TINY.indexOf("products:"), TINY.indexOf("sites:")),
        "products: {xlsx: names.xlsx, sheet: products}\n");
    Network n = StudyReader.read(write(dir, "book.yaml", text)).base();
    assertEquals(Series.of(100, 110, 120), n.sites().get(0).capacity());
    assertEquals(Set.of("shirts"), n.sites().get(0).products());
    assertEquals(Series.of(200, 210, 220), n.sites().get(1).capacity());
    assertEquals(1, n.sites().get(1).openingPeriod());
    assertEquals("true", n.products().get(0).name());
  }

  @Test
  void scenariosMayAddFromASheetAndTheHashCoversTheWorkbook() {
    book(tinySites());
    Books.write(dir.resolve("more.xlsx"), sheets("tariffs", List.of(
        row("id", "destination", "sectors", "rate", "rule"),
        row("s122", "US", "apparel", 0.1, null))));
    Path study = write(dir, "book.yaml", WITH_BOOK + """
        scenarios:
          added:
            add: {tariffs: {xlsx: more.xlsx, sheet: tariffs}}
        """);
    Study s = StudyReader.read(study);
    assertEquals(List.of("vn-20", "s122"), s.scenario("added").tariffs().stream().map(t -> t.id()).toList());
    assertEquals(0.1, s.scenario("added").tariffs().get(1).adValoremRate(), 0);
    String before = s.sha256();
    Books.write(dir.resolve("more.xlsx"), sheets("tariffs", List.of(
        row("id", "destination", "sectors", "rate", "rule"),
        row("s122", "US", "apparel", 0.15, null))));
    assertNotEquals(before, StudyReader.read(study).sha256());
  }

  /** @return the problem at exactly this file (a workbook's sheet or cell), line and path */
  private Problem find(List<Problem> problems, String file, int line, String path, String... fragments) {
    String full = dir.resolve(file).toString();
    for (Problem p : problems) {
      if (p.file().equals(full) && p.line() == line && p.path().equals(path)) {
        for (String f : fragments) {
          assertTrue(p.message().contains(f), "problem at " + path + " says \"" + p.message() + "\", not \"" + f + "\"");
        }
        return p;
      }
    }
    return fail("no problem at " + full + ":" + line + " " + path + " among:\n"
        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
  }

  @Test
  void badCellsAreNamedByWorkbookSheetAndCell() {
    book(List.of(
        row("# Sites of the tiny study"),
        row("id", "country", "kind", "capacity", "closingCost", "openingCapex", "openingPeriod", "products", "source",
            "capex"),
        row("US-NC", "US", "existing", 100, 500, new Formula("1/0", "#DIV/0!", "e"), null, null, "x", 1),
        row("VN-HCM", "VN", "candidate", -5, new Error("#N/A"), new Formula("A1*2", null, "n"),
            LocalDate.of(2027, 1, 1), null, "y", 2)));
    List<Problem> problems = problems(write(dir, "book.yaml", WITH_BOOK));
    find(problems, "book.xlsx[sites]!J2", 2, "sites.capex", "unknown column 'capex'");
    Problem negative = find(problems, "book.xlsx[sites]!D4", 4, "sites[1].capacity",
        "is -5 but must be a finite number >= 0");
    assertEquals(dir.resolve("book.xlsx") + "[sites]!D4: sites[1].capacity: is -5 but must be a finite number >= 0",
        negative.toString());
    find(problems, "book.xlsx[sites]!F3", 3, "sites[0].openingCapex", "the formula =1/0", "the error #DIV/0!");
    find(problems, "book.xlsx[sites]!E4", 4, "sites[1].closingCost", "holds the error #N/A");
    find(problems, "book.xlsx[sites]!F4", 4, "sites[1].openingCapex", "the formula =A1*2 with no saved result",
        "Maybe open the workbook");
    find(problems, "book.xlsx[sites]!G4", 4, "sites[1].openingPeriod", "holds a date or time, 2027-01-01",
        "a study reads no dates");
    assertEquals(6, problems.size(), problems.toString());
  }

  @Test
  void mappingTablesInSheetsPointAtTheirCells() {
    Books.write(dir.resolve("book.xlsx"), sheets("demand", List.of(
        row("market", "item", 2026, 2027, 2028),
        row("US", "shirts", 80, 90, 100))));
    String text = TINY.replace("demand:\n      shirts: [80, 90, 100]", "demand: {xlsx: book.xlsx, sheet: demand}");
    List<Problem> problems = problems(write(dir, "s.yaml", text));
    find(problems, "book.xlsx[demand]", 1, "markets[0].demand", "needs a column 'product'");
    find(problems, "book.xlsx[demand]!B1", 1, "markets[0].demand.item", "unknown column 'item'");

    Books.write(dir.resolve("book.xlsx"), sheets("demand", List.of(
        row("market", "product", 2026, 2027, 2028),
        row("US", "shirts", 80, 90, 100),
        row("US", "shirts", 1, 2, 3),
        row("US", "hats", 1, new Error("#REF!"), 3),
        row("US", "socks", 1, 2, 3, "stray"))));
    problems = problems(write(dir, "s.yaml", text));
    find(problems, "book.xlsx[demand]!B3", 3, "markets[0].demand.shirts", "'shirts' is given twice for US");
    find(problems, "book.xlsx[demand]!D4", 4, "markets[0].demand.hats[1]", "holds the error #REF!");
    find(problems, "book.xlsx[demand]!F5", 5, "markets[0].demand", "holds 'stray' but the header row names no column F");
    assertEquals(3, problems.size(), problems.toString());
  }

  @Test
  void unknownSheetsAndBadReferencesAreNamed() {
    book(tinySites());
    String text = WITH_BOOK.replace("sheet: sites}", "sheet: site}");
    Path f = write(dir, "s.yaml", text);
    Problem p = StudyFiles.find(problems(f), f, lineOf(text, "sheet: site}"), "sites.sheet",
        "no sheet is named 'site' in '" + dir.resolve("book.xlsx") + "': its sheets are [sites, demand, freight, tariffs]",
        "Maybe you meant 'sites'");
    assertFalse(p.message().contains("Maybe use one of"), p.message());

    text = WITH_BOOK.replace("{xlsx: book.xlsx, sheet: sites}", "{xlsx: book.xlsx}");
    f = write(dir, "s.yaml", text);
    StudyFiles.find(problems(f), f, lineOf(text, "{xlsx: book.xlsx}"), "sites.xlsx", "names its sheet",
        "[sites, demand, freight, tariffs]");

    text = WITH_BOOK.replace("{xlsx: book.xlsx, sheet: sites}", "{xlsx: bok.xlsx, sheet: sites}");
    f = write(dir, "s.yaml", text);
    StudyFiles.find(problems(f), f, lineOf(text, "bok.xlsx"), "sites.xlsx", "cannot read the workbook",
        "Maybe the name is misspelt");

    text = WITH_BOOK.replace("{xlsx: book.xlsx, sheet: sites}", "{csv: book.xlsx, sheet: sites}");
    f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    StudyFiles.find(problems, f, lineOf(text, "{csv: book.xlsx"), "sites.sheet", "only a workbook has sheets");

    text = WITH_BOOK.replace("{xlsx: book.xlsx, sheet: sites}", "{csv: book.xlsx}");
    f = write(dir, "s.yaml", text);
    StudyFiles.find(problems(f), f, lineOf(text, "{csv: book.xlsx}"), "sites.csv", "is a workbook, not a CSV file",
        "Maybe write {xlsx: book.xlsx, sheet: name}");

    text = WITH_BOOK.replace("{xlsx: book.xlsx, sheet: sites}", "{xlsx: book.xls, sheet: sites}");
    f = write(dir, "s.yaml", text);
    StudyFiles.find(problems(f), f, lineOf(text, "book.xls,"), "sites.xlsx", "Excel 97-2003 workbook (.xls)");

    text = WITH_BOOK.replace("{xlsx: book.xlsx, sheet: sites}", "{xlsx: book.xlsx, sheets: sites}");
    f = write(dir, "s.yaml", text);
    StudyFiles.find(problems(f), f, lineOf(text, "sheets: sites"), "sites.sheets", "unknown key 'sheets'",
        "Maybe you meant 'sheet'");
  }

  @Test
  void aFileThatIsNotAWorkbookIsRefused() {
    write(dir, "book.xlsx", "id,country\nUS-NC,US\n");
    String text = WITH_BOOK;
    Path f = write(dir, "s.yaml", text);
    StudyFiles.find(problems(f), f, lineOf(text, "sheet: sites"), "sites.xlsx", "is not an .xlsx workbook",
        "Maybe open it in a spreadsheet program and save it as an Excel Workbook (.xlsx)");
  }

  @Test
  void headersWithAGapOrAnEmptySheetAreRefused() {
    Books.write(dir.resolve("book.xlsx"), sheets(
        "sites", List.of(row("id", "country", null, "kind"), row("US-NC", "US", null, "existing")),
        "demand", List.of(row(), row("# only a comment")),
        "freight", List.of(row("origin", "destination", "costPerUnit"), row("VN", "US", 0.25)),
        "tariffs", List.of(row("id", "destination"), row("vn-20", "US"))));
    List<Problem> problems = problems(write(dir, "book.yaml", WITH_BOOK));
    find(problems, "book.xlsx[sites]!C1", 1, "sites", "the header row names no column C");
    find(problems, "book.xlsx[demand]", 0, "markets[0].demand", "the sheet is empty");
  }

  @Test
  void numberFormatsThatShowDatesAreKnown() {
    for (String date : List.of("yyyy-mm-dd", "d/m/yy", "[$-409]mmmm d, yyyy", "h:mm:ss", "[h]:mm", "mmm-yy;@")) {
      assertTrue(Workbooks.isDateFormat(date), date);
    }
    for (String number : List.of("General", "0.00", "#,##0", "0%", "0.00E+00", "\"USD \"#,##0", "[Red]0.00",
        "#,##0 \"m\"", "@", "[$\u20ac-407]#,##0.00")) {
      assertFalse(Workbooks.isDateFormat(number), number);
    }
  }

  @Test
  void cellNamesAreExcelColumns() {
    assertEquals(List.of("A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"),
        List.of(0, 25, 26, 51, 52, 701, 702).stream().map(Grid::columnName).toList());
  }
}
