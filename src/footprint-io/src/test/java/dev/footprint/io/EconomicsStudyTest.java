package dev.footprint.io;

import static dev.footprint.io.StudyFiles.TINY;
import static dev.footprint.io.StudyFiles.find;
import static dev.footprint.io.StudyFiles.lineOf;
import static dev.footprint.io.StudyFiles.problems;
import static dev.footprint.io.StudyFiles.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.model.CapexAccounting;
import dev.footprint.model.InvestmentCredit;
import dev.footprint.model.Network;
import dev.footprint.model.Site;
import dev.footprint.model.SiteGrant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The investment and labor economics in study files: the horizon's capex accounting, a site's asset
 * life, construction, fixed staffing and severance, an investment credit's construction-start window
 * and grants to named sites are read, written back the same, and refused with the file, line, study
 * path and value when wrong.
 */
class EconomicsStudyTest {
  @TempDir
  Path dir;

  /** The tiny study with every new field given. */
  private static final String ECONOMICS = TINY
      .replace("  discountRate: 0.05\n", "  discountRate: 0.05\n  capexAccounting: annuity\n")
      .replace("    closingCost: 500\n", "    closingCost: 500\n    fixedJobs: 4\n    severancePerJob: 250\n")
      .replace("    openingPeriod: \"2027\"\n", "    openingPeriod: \"2027\"\n    assetLife: 20\n    buildPeriods: 1\n")
      + """
      investmentCredits:
        - id: vn-fab
          country: VN
          share: 0.2
          startFrom: "2026"
          startTo: "2027"
      siteGrants:
        - id: vn-award
          site: VN-HCM
          period: "2028"
          amount: 150
      """;

  private static String with(String from, String to) {
    assertTrue(ECONOMICS.contains(from), from);
    return ECONOMICS.replace(from, to);
  }

  @Test
  void everyNewFieldIsReadAndWrittenBackTheSame() throws Exception {
    Study study = StudyReader.read(write(dir, "economics.yaml", ECONOMICS));
    Network n = study.base();
    assertEquals(CapexAccounting.ANNUITY, n.horizon().capexAccounting());
    Site us = n.sites().get(0);
    assertEquals(4, us.fixedJobs(), 0);
    assertEquals(250, us.severancePerJob(), 0);
    Site vn = n.sites().get(1);
    assertEquals(20, vn.assetLife());
    assertEquals(1, vn.buildPeriods());
    InvestmentCredit credit = n.investmentCredits().get(0);
    assertEquals(OptionalInt.of(0), credit.startFrom());
    assertEquals(OptionalInt.of(1), credit.startTo());
    assertEquals(List.of(new SiteGrant("vn-award", "VN-HCM", 2, 150)), n.siteGrants());

    Path file = dir.resolve("written.yaml");
    StudyWriter.write(new Study("economics", Map.of(Study.BASE, n), study.options(), ""), file);
    assertEquals(n, StudyReader.read(file).base());
  }

  @Test
  void negativeAssetLifeOrStaffing() {
    String text = with("assetLife: 20", "assetLife: -5").replace("fixedJobs: 4", "fixedJobs: -3");
    Path f = write(dir, "s.yaml", text);
    List<Problem> problems = problems(f);
    find(problems, f, lineOf(text, "assetLife: -5"), "sites[1].assetLife", "-5");
    find(problems, f, lineOf(text, "fixedJobs: -3"), "sites[0].fixedJobs", "-3", "must be a finite number >= 0");
  }

  @Test
  void buildPeriodsBeyondTheHorizon() {
    String text = with("buildPeriods: 1", "buildPeriods: 3");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "buildPeriods: 3"), "sites[1].buildPeriods", "3",
        "could not open within the horizon");
  }

  @Test
  void creditWindowOutsideTheHorizon() {
    String text = with("startTo: \"2027\"", "startTo: \"2031\"");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "startTo: \"2031\""), "investmentCredits[0].startTo",
        "no period is labelled '2031'");
  }

  @Test
  void grantToAnUnknownSite() {
    String text = with("site: VN-HCM", "site: VN-HNI");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "site: VN-HNI"), "siteGrants[0].site", "VN-HNI");
  }

  @Test
  void unknownCapexAccounting() {
    String text = with("capexAccounting: annuity", "capexAccounting: annuty");
    Path f = write(dir, "s.yaml", text);
    find(problems(f), f, lineOf(text, "capexAccounting: annuty"), "horizon.capexAccounting", "annuty",
        "Maybe you meant 'annuity'");
  }
}
