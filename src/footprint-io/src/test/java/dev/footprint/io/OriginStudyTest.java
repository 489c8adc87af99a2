package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.find;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.ContentMethod;
import dev.footprint.model.DutyDrawback;
import dev.footprint.model.Network;
import dev.footprint.model.OriginCondition;
import dev.footprint.model.OriginRule;
import dev.footprint.model.ProductScope;
import dev.footprint.model.TradeAgreement;
import dev.footprint.model.TransshipmentRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The origin of goods in study files: the collections {@code agreements}, {@code originRules},
 * {@code transshipmentRules} and {@code dutyDrawbacks} (inline or CSV tables), a tariff's
 * {@code originStatus} and {@code agreement}, and a site's {@code foreignTradeZone} are read, written
 * back the same, and refused with the file, line, study path and value when wrong.
 */
class OriginStudyTest {
  @TempDir
  Path dir;

  static final String ORIGIN = TINY
      .replace("  - id: VN\n", "  - id: MX\n    laborCostPerHour: 5\n  - id: VN\n")
      .replace("    closingCost: 500\n", "    closingCost: 500\n    foreignTradeZone: true\n")
      .replace("    rate: 0.2\n", "    rate: 0.2\n"
          + "  - id: usmx-general\n    destination: US\n    origins: [MX]\n    rate: 0.1\n"
          + "    originStatus: non-originating\n    agreement: usmx\n"
          + "  - id: usmx-pref\n    destination: US\n    origins: [MX]\n    products: [shirts]\n    rate: 0\n"
          + "    rule: replace\n    originStatus: originating\n    agreement: usmx\n")
      + """
      agreements:
        - id: usmx
          members: [US, MX]
      originRules:
        - id: shirts-usmx
          agreement: usmx
          product: shirts
          minContentShare: 0.6
          method: build-up
      transshipmentRules:
        - id: us-transship
          destination: US
          origins: [VN]
          products: [shirts]
          maxForeignContentShare: 0.4
          penaltyRate: 0.4
      dutyDrawbacks:
        - id: us-drawback
          country: US
          sectors: [apparel]
          share: 0.99
      """;

  private static String with(String from, String to) {
    assertTrue(ORIGIN.contains(from), from);
    return ORIGIN.replace(from, to);
  }

  private static void assertOrigin(Network n) {
    assertEquals(List.of(TradeAgreement.of("usmx", "US", "MX")), n.agreements());
    assertEquals(List.of(OriginRule.of("shirts-usmx", "usmx", "shirts", 0.6, ContentMethod.BUILD_UP)),
        n.originRules());
    assertEquals(List.of(TransshipmentRule.of("us-transship", "US", 0.4, 0.4, "VN")
        .on(ProductScope.products("shirts"))), n.transshipmentRules());
    assertEquals(List.of(DutyDrawback.of("us-drawback", "US", 0.99).on(ProductScope.sectors("apparel"))),
        n.dutyDrawbacks());
    assertEquals(Optional.empty(), n.tariffs().get(0).originCondition());
    assertEquals(Optional.of(new OriginCondition("usmx", false)), n.tariffs().get(1).originCondition());
    assertEquals(Optional.of(new OriginCondition("usmx", true)), n.tariffs().get(2).originCondition());
    assertTrue(n.sites().get(0).foreignTradeZone());
    assertFalse(n.sites().get(1).foreignTradeZone());
  }

  @Test
  void originIsReadAndWrittenBackTheSame() throws Exception {
    Study study = StudyReader.read(write(dir, "origin.yaml", ORIGIN));
    Network n = study.base();
    assertOrigin(n);
    Path file = dir.resolve("written.yaml");
    StudyWriter.write(new Study("origin", Map.of(Study.BASE, n), study.options(), ""), file);
    assertEquals(n, StudyReader.read(file).base());
    String text = Files.readString(file);
    for (String key : List.of("agreements:", "originRules:", "transshipmentRules:", "dutyDrawbacks:",
        "originStatus: non-originating", "originStatus: originating", "foreignTradeZone: true",
        "method: build-up")) {
      assertTrue(text.contains(key), key + " in\n" + text);
    }
  }

  @Test
  void aNetworkBuiltInJavaRoundTrips() throws Exception {
    Network base = StudyReader.read(write(dir, "origin.yaml", ORIGIN)).base();
    Network n = base.toBuilder()
        .replaceOriginRule(OriginRule.of("shirts-usmx", "usmx", "shirts", 0.35, ContentMethod.BUILD_DOWN))
        .replaceTransshipmentRule(TransshipmentRule.of("us-transship", "US", 0.25, 0.4, "VN"))
        .build();
    Path file = dir.resolve("java.yaml");
    StudyWriter.write(new Study("java", Map.of(Study.BASE, n), dev.footprint.solve.SolveOptions.defaults(), ""), file);
    Network back = StudyReader.read(file).base();
    assertEquals(n, back);
    assertEquals(ProductScope.ALL, back.transshipmentRules().get(0).scope());
    assertEquals(ContentMethod.BUILD_DOWN, back.originRules().get(0).method());
  }

  @Test
  void methodsAndStatusesAreReadInEveryUsualSpelling() {
    for (String[] spelling : new String[][] {{"build-down", "nonOriginating"}, {"buildDown", "non_originating"},
        {"BUILD_DOWN", "NON-ORIGINATING"}}) {
      String text = with("method: build-up", "method: " + spelling[0])
          .replace("originStatus: non-originating", "originStatus: " + spelling[1]);
      Network n = StudyReader.read(write(dir, "s.yaml", text)).base();
      assertEquals(ContentMethod.BUILD_DOWN, n.originRules().get(0).method(), spelling[0]);
      assertEquals(Optional.of(new OriginCondition("usmx", false)), n.tariffs().get(1).originCondition(),
          spelling[1]);
    }
  }

  @Test
  void originFromCsvTables() {
    write(dir, "agreements.csv", """
        id,members,source
        usmx,US;MX,"the agreement's text"
        """);
    write(dir, "rules.csv", """
        id,agreement,product,minContentShare,method
        shirts-usmx,usmx,shirts,0.6,build-up
        """);
    write(dir, "transship.csv", """
        id,destination,origins,products,sectors,maxForeignContentShare,penaltyRate
        us-transship,US,VN,shirts,,0.4,0.4
        """);
    write(dir, "drawbacks.csv", """
        id,country,products,sectors,share
        us-drawback,US,,apparel,0.99
        """);
    write(dir, "tariffs.csv", """
        id,destination,origins,products,rate,rule,originStatus,agreement
        vn-20,US,VN,,0.2,,,
        usmx-general,US,MX,,0.1,,non-originating,usmx
        usmx-pref,US,MX,shirts,0,replace,originating,usmx
        """);
    write(dir, "sites.csv", """
        id,country,kind,capacity,closingCost,openingCapex,openingPeriod,foreignTradeZone
        US-NC,US,existing,100,500,,,true
        VN-HCM,VN,candidate,200,,1000,2027,
        """);
    String text = ORIGIN.substring(0, ORIGIN.indexOf("agreements:")) + """
        agreements: {csv: agreements.csv}
        originRules: {csv: rules.csv}
        transshipmentRules: {csv: transship.csv}
        dutyDrawbacks: {csv: drawbacks.csv}
        """;
    text = text.substring(0, text.indexOf("sites:")) + "sites: {csv: sites.csv}\n"
        + text.substring(text.indexOf("markets:"));
    text = text.substring(0, text.indexOf("tariffs:")) + "tariffs: {csv: tariffs.csv}\n"
        + text.substring(text.indexOf("policies:"));
    assertOrigin(StudyReader.read(write(dir, "s.yaml", text)).base());
  }

  @Test
  void badCellsOfTheOriginTables() {
    write(dir, "agreements.csv", "id,members\nusmx,US;CA\n");
    write(dir, "rules.csv", "id,agreement,product,minContentShare,method\nshirts-usmx,nafta,shirts,1.5,net-cost\n");
    String text = ORIGIN.substring(0, ORIGIN.indexOf("agreements:")) + """
        agreements: {csv: agreements.csv}
        originRules: {csv: rules.csv}
        """;
    List<Problem> problems = problems(write(dir, "s.yaml", text));
    Path agreements = dir.resolve("agreements.csv");
    Path rules = dir.resolve("rules.csv");
    find(problems, agreements, 2, "agreements[0].members[1]", "no country has the id 'CA'");
    find(problems, rules, 2, "originRules[0].agreement", "no agreement has the id 'nafta'");
    find(problems, rules, 2, "originRules[0].minContentShare", "1.5", "fraction");
    find(problems, rules, 2, "originRules[0].method", "'net-cost' is not one of [build-down, build-up]");
  }

  @Test
  void aContentShareBelowZeroOrAboveOne() {
    String text = with("minContentShare: 0.6", "minContentShare: -0.1")
        .replace("maxForeignContentShare: 0.4", "maxForeignContentShare: 1.5")
        .replace("share: 0.99", "share: 2");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "minContentShare: -0.1"), "originRules[0].minContentShare", "-0.1");
    find(problems, f, lineOf(text, "maxForeignContentShare: 1.5"), "transshipmentRules[0].maxForeignContentShare",
        "1.5", "fraction");
    find(problems, f, lineOf(text, "share: 2"), "dutyDrawbacks[0].share", "2");
  }

  @Test
  void aPenaltyWrittenAsAPercentage() {
    String text = with("penaltyRate: 0.4", "penaltyRate: 40");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "penaltyRate: 40"), "transshipmentRules[0].penaltyRate", "0.4");
  }

  @Test
  void anUnknownAgreement() {
    String text = with("    agreement: usmx\n    product: shirts", "    agreement: nafta\n    product: shirts")
        .replace("originStatus: originating\n    agreement: usmx", "originStatus: originating\n    agreement: usnx");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "agreement: nafta"), "originRules[0].agreement", "no agreement has the id 'nafta'");
    find(problems, f, lineOf(text, "agreement: usnx"), "tariffs[2].agreement", "no agreement has the id 'usnx'",
        "Maybe you meant 'usmx'");
  }

  @Test
  void anUnknownCountry() {
    String text = with("members: [US, MX]", "members: [US, CA]")
        .replace("    country: US\n    sectors: [apparel]", "    country: DE\n    sectors: [apparel]")
        .replace("origins: [VN]\n    products: [shirts]", "origins: [VNM]\n    products: [shirts]");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "members: [US, CA]"), "agreements[0].members[1]", "no country has the id 'CA'");
    find(problems, f, lineOf(text, "country: DE"), "dutyDrawbacks[0].country", "no country has the id 'DE'");
    find(problems, f, lineOf(text, "origins: [VNM]"), "transshipmentRules[0].origins[0]", "'VNM'", "Maybe you meant 'VN'");
  }

  @Test
  void anUnknownProductOrSector() {
    String text = with("    product: shirts\n    minContentShare", "    product: socks\n    minContentShare")
        .replace("products: [shirts]\n    maxForeign", "products: [sox]\n    maxForeign")
        .replace("sectors: [apparel]", "sectors: [toys]");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "product: socks"), "originRules[0].product", "no product has the id 'socks'");
    find(problems, f, lineOf(text, "products: [sox]"), "transshipmentRules[0].products[0]", "'sox'");
    find(problems, f, lineOf(text, "sectors: [toys]"), "dutyDrawbacks[0].sectors[0]", "no product is in the sector 'toys'");
  }

  @Test
  void aBadMethodOrOriginStatus() {
    String text = with("method: build-up", "method: net-cost")
        .replace("originStatus: originating", "originStatus: preferential");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "method: net-cost"), "originRules[0].method",
        "'net-cost' is not one of [build-down, build-up]");
    find(problems, f, lineOf(text, "originStatus: preferential"), "tariffs[2].originStatus",
        "'preferential' is not one of [originating, non-originating]");
  }

  @Test
  void anOriginStatusWithoutItsAgreementAndTheOtherWayRound() {
    String text = with("    rule: replace\n    originStatus: originating\n    agreement: usmx\n",
        "    rule: replace\n    originStatus: originating\n")
        .replace("    originStatus: non-originating\n", "");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "usmx-pref"), "tariffs[2].agreement", "missing", "'originStatus'");
    find(problems, f, lineOf(text, "agreement: usmx"), "tariffs[1].agreement", "needs an 'originStatus'");
  }

  @Test
  void aRequiredFieldMissing() {
    String text = with("    method: build-up\n", "");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "shirts-usmx"), "originRules[0].method", "missing");
  }

  @Test
  void whatTheModelRefusesIsPlacedAtItsField() {
    String one = with("members: [US, MX]", "members: [US]");
    Path f = write(dir, "s.yaml", one);
    find(problems(f), f, lineOf(one, "members: [US]"), "agreements[0].members", "at least two");
    String notMember = with("members: [US, MX]", "members: [VN, MX]");
    Path g = write(dir, "t.yaml", notMember);
    find(problems(g), g, lineOf(notMember, "agreement: usmx"), "tariffs[1].agreement", "not a member");
    String zone = with("foreignTradeZone: true", "foreignTradeZone: maybe");
    Path h = write(dir, "u.yaml", zone);
    find(problems(h), h, lineOf(zone, "foreignTradeZone: maybe"), "sites[0].foreignTradeZone",
        "must be true or false");
  }

  @Test
  void aScenarioSetsAContentShare() {
    String text = ORIGIN + """
        scenarios:
          looser:
            set:
              "originRules.shirts-usmx.minContentShare": 0.4
              "sites.US-NC.foreignTradeZone": false
            remove: [dutyDrawbacks.us-drawback]
        """;
    Study study = StudyReader.read(write(dir, "s.yaml", text));
    Network looser = study.scenario("looser");
    assertEquals(0.4, looser.originRules().get(0).minContentShare(), 0);
    assertFalse(looser.sites().get(0).foreignTradeZone());
    assertEquals(List.of(), looser.dutyDrawbacks());
    assertEquals(0.6, study.base().originRules().get(0).minContentShare(), 0);
  }
}
