package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.footprint.report.SampleStudies;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad arguments end with exit code 2 and one message that names the option and the value, before
 * anything is solved, and never with a stack trace; each case here once ended otherwise (a stack
 * trace from the solver or an out-of-memory error, or a message naming an internal field).
 */
class BadInputTest {
  @TempDir
  static Path dir;
  static Path tariff;

  @BeforeAll
  static void writeStudy() throws Exception {
    tariff = SampleStudies.write(SampleStudies.tariffStudy(), Files.createDirectory(dir.resolve("tariff")));
  }

  /**
   * @param expected what the message on standard error must contain
   * @param args the command line after the command's name and the study
   */
  static void refused(String expected, String command, String... args) {
    String[] all = new String[args.length + 2];
    all[0] = command;
    all[1] = tariff.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    Cli.Result r = Cli.run(all);
    assertEquals(ExitCode.INVALID_INPUT, r.code(), r.toString());
    assertTrue(r.err().contains(expected), "expected '" + expected + "' in:\n" + r.err());
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace:\n" + r.err());
    assertTrue(r.err().startsWith("footprint: "), r.err());
    assertEquals("", r.out(), "nothing on standard output");
  }

  @Test
  void solverThreadsBeyondWhatScipTakes() {
    refused("--solver-threads = 65: SCIP takes at most 64 threads", "solve", "--backend", "SCIP", "--solver-threads", "65");
    refused("--solver-threads = 65: SCIP takes at most 64 threads", "solve", "--portfolio", "SCIP", "--solver-threads",
        "65");
    refused("--solver-threads = 0: must be at least 1", "compare", "--solver-threads", "0");
  }

  @Test
  void gapOutsideZeroToOne() {
    refused("--gap = 2.0: must be a fraction >= 0 and < 1", "solve", "--gap", "2");
    refused("--gap = NaN", "solve", "--gap", "NaN");
  }

  @Test
  void countsTooLargeToHoldInMemory() {
    refused("--points = 2000000000: must be from 2 to 100,000", "sweep", "--parameter", "tariff:us-vn", "--from", "0",
        "--to", "1", "--points", "2000000000");
    refused("--points = 1: must be from 2 to 100,000", "sweep", "--parameter", "tariff:us-vn", "--from", "0", "--to",
        "1", "--points", "1");
    refused("--points = 2000000000: must be from 2 to 100,000", "frontier", "--jobs", "KR", "--points", "2000000000");
    refused("--samples = 2000000000: must be from 1 to 1,000,000", "montecarlo", "--samples", "2000000000",
        "--uncertain", "wage:VN=normal(3,1)");
    refused("'99999999999' is not an int", "sweep", "--parameter", "tariff:us-vn", "--from", "0", "--to", "1",
        "--points", "99999999999");
  }

  @Test
  void rangesThatAreNotNumbers() {
    refused("--from = NaN: must be a finite number", "sweep", "--parameter", "demand", "--from", "NaN", "--to", "1");
    refused("--to = Infinity: must be a finite number", "breakeven", "--parameter", "demand", "--decision",
        "opens:US-GA", "--from", "0", "--to", "Infinity");
    refused("--tolerance = -1.0: must be a number > 0", "breakeven", "--parameter", "credit:45X", "--decision",
        "opens:US-GA", "--from", "0", "--to", "40", "--tolerance", "-1");
  }

  @Test
  void decisionsOnWhatTheScenarioDoesNotHave() {
    String[] range = {"--parameter", "credit:45X", "--from", "0", "--to", "40"};
    refused("--decision = 'made:nope@XX': the scenario has no product 'nope'\n  Maybe use one of: cells, modules",
        "breakeven", AnalysisCommandsTest.concat(range, "--decision", "made:nope@XX"));
    refused("--decision = 'made:cells@XX:0.5': the scenario has no country 'XX'\n  Maybe use one of: KR, US, VN",
        "breakeven", AnalysisCommandsTest.concat(range, "--decision", "made:cells@XX:0.5"));
    refused("--decision = 'opens:Nowhere': the scenario has no site 'Nowhere'", "breakeven",
        AnalysisCommandsTest.concat(range, "--decision", "opens:Nowhere"));
    refused("--decision = 'made:cells@US:2': decision: minimumShare = 2.0: must be in (0, 1]", "breakeven",
        AnalysisCommandsTest.concat(range, "--decision", "made:cells@US:2"));
    refused("--decision = 'cells-in-US': not understood", "breakeven",
        AnalysisCommandsTest.concat(range, "--decision", "cells-in-US"));
  }

  @Test
  void parametersOnWhatTheScenarioDoesNotHave() {
    refused("--parameter = 'tariff:nope': tariff = 'nope': no tariff has this id", "sweep", "--parameter",
        "tariff:nope", "--from", "0", "--to", "1");
    refused("--parameter = 'tarif:us-vn': not understood", "sweep", "--parameter", "tarif:us-vn", "--from", "0",
        "--to", "1");
    refused("--uncertain = 'wage:ZZ=normal(3,1)': country = 'ZZ': no country has this id", "montecarlo", "--samples",
        "4", "--uncertain", "wage:ZZ=normal(3,1)");
    refused("--uncertain = 'wage:VN=gaussian(3,1)': distribution = 'gaussian(3,1)': not understood", "montecarlo", "--samples", "4", "--uncertain",
        "wage:VN=gaussian(3,1)");
  }

  @Test
  void robustWeightsOutsideTheirRange() {
    refused("--cvar-weight = 2.0: must be from 0 to 1", "robust", "--regimes", "base=0.5,no-deal=0.5", "--cvar-weight",
        "2");
    refused("--alpha = 0.0: must be above 0 and at most 1", "robust", "--regimes", "base=0.5,no-deal=0.5", "--alpha",
        "0");
  }

  /** A report path under a file: the path is named, exit 2, and with --json the error is the document. */
  @Test
  void anOutputPathThatCannotBeWritten(@TempDir Path d) throws Exception {
    Path file = Files.writeString(d.resolve("a-file"), "x");
    refused("cannot write " + file, "export", "--format", "mps", "--out", file.resolve("model.mps").toString());
    Cli.Result json = Cli.run("solve", tariff.toString(), "--out", file.resolve("report").toString(), "--json");
    assertEquals(ExitCode.INVALID_INPUT, json.code(), json.toString());
    JsonNode error = json.json().get("error");
    assertTrue(error.get("message").asText().startsWith("cannot write " + file), error.toString());
  }

  /** Each once ended with a message that named no option, or only after the solves it stopped. */
  @Test
  void valuesOutsideWhatTheStudyTakesNameTheOption() {
    refused("--to = 20.0: tariff[us-vn].rate cannot take this value: ", "sweep", "--parameter", "tariff:us-vn",
        "--from", "0", "--to", "20");
    refused("--from = -1.0: wage[VN] cannot take this value: ", "breakeven", "--parameter", "wage:VN", "--decision",
        "opens:US-GA", "--from", "-1", "--to", "5");
    refused("--jobs = 'ZZ': the scenario has no country 'ZZ'\n  Maybe use one of: KR, US, VN", "frontier", "--jobs",
        "ZZ");
    refused("--capex = 'ZZ': the scenario has no country 'ZZ'", "frontier", "--capex", "ZZ");
    refused("--regimes = 'base=0.5,nope=0.5': the study has no scenario 'nope'", "robust", "--regimes",
        "base=0.5,nope=0.5");
    refused("--regimes = 'base=0.5,nope=0.5': the study has no scenario 'nope'", "montecarlo", "--samples", "3",
        "--regimes", "base=0.5,nope=0.5");
    refused("--regimes = 'base=0.5,no-deal=0.6': ", "robust", "--regimes", "base=0.5,no-deal=0.6");
    refused("--regimes = 'base=0.5,no-deal=0.6': ", "montecarlo", "--samples", "3", "--regimes",
        "base=0.5,no-deal=0.6");
    refused("--scenario = '': names no scenario", "solve", "--scenario", ",");
  }

  /**
   * A wage drawn below zero: the run ends naming the option and what the study refused. A solve runs
   * first so that OR-Tools' native library is loaded: when a sample fails, Monte Carlo interrupts the
   * solves still running, and an interrupted first load of the library left this JVM unable to
   * solve (UnsatisfiedLinkError in later tests).
   */
  @Test
  void aDrawTheStudyRefusesNamesTheUncertainInput() {
    assertEquals(ExitCode.OK, Cli.run("solve", tariff.toString()).code());
    refused("--uncertain = 'wage:VN=normal(0,50)': a sample drew a value the study refuses: country 'VN'",
        "montecarlo", "--samples", "20", "--threads", "1", "--uncertain", "wage:VN=normal(0,50)");
  }

  /** A missing study file: its name, not a Java exception's. */
  @Test
  void aStudyFileThatDoesNotExist(@TempDir Path d) {
    Cli.Result r = Cli.run("solve", d.resolve("nowhere.yaml").toString());
    assertEquals(ExitCode.INVALID_INPUT, r.code(), r.toString());
    assertEquals("footprint: STUDY = '" + d.resolve("nowhere.yaml") + "': no such file\n", r.err());
  }

  /**
   * A report folder that cannot be written is refused before the study is even read (here it does
   * not exist), so before anything is solved; an empty path is refused rather than taken as the
   * current folder.
   */
  @Test
  void anOutputFolderIsCheckedBeforeAnythingElse(@TempDir Path d) throws Exception {
    Path file = Files.writeString(d.resolve("a-file"), "x");
    for (String command : new String[] {"solve", "compare", "sensitivity"}) {
      Cli.Result r = Cli.run(command, d.resolve("nowhere.yaml").toString(), "--out", file.resolve("out").toString());
      assertEquals(ExitCode.INVALID_INPUT, r.code(), r.toString());
      assertEquals("footprint: cannot write " + file.resolve("out") + " (--out): " + file + " is a file, not a folder\n",
          r.err());
    }
    refused("cannot write '' (--out): the path is empty", "solve", "--out", "");
    refused("cannot write " + d + " (--out): it is a folder", "export", "--format", "lp", "--out", d.toString());
  }

  /** --skip-equal on a parameter that moves more than costs: named by its option, not by an internal name. */
  @Test
  void skipEqualOnAParameterThatMovesMoreThanCosts() {
    refused("--skip-equal: --parameter = 'demand' (demandScale) moves more than costs", "sweep", "--parameter",
        "demand", "--from", "0.5", "--to", "1", "--points", "3", "--skip-equal");
  }

  /**
   * A break-even whose range ends where the scenario has no plan (here: infeasible, the US pledge
   * above every candidate's capex) ends with that status, not as a range with no flip.
   */
  @Test
  void aBreakEvenWithNoPlanAtAnEndIsNotARangeWithoutAFlip() {
    Main infeasible = new Main().withStudyLoader(p -> SampleStudies.infeasibleStudy())
        .withProgressDelay(java.time.Duration.ofDays(1));
    Cli.Result r = Cli.run(infeasible, "breakeven", "x.yaml", "--parameter", "credit:45X", "--decision",
        "opens:US-GA", "--from", "0", "--to", "40");
    assertEquals(ExitCode.INFEASIBLE, r.code(), r.toString());
    assertTrue(r.err().startsWith("footprint: at credit[45X] = 0.0 scenario 'base' ended INFEASIBLE"), r.err());
    assertFalse(r.err().contains("no flip"), r.err());
  }
}
