package dev.footprint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.footprint.solve.Backend;
import dev.footprint.solve.Certificate;
import dev.footprint.solve.SolveStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How certificates decide the exit code of solve and compare with --certify. */
class CertifyExitCodeTest {
  static Certificate certificate(Certificate.Verdict verdict) {
    return new Certificate(verdict, Backend.SCIP, Backend.HIGHS, SolveStatus.OPTIMAL, SolveStatus.OPTIMAL, 100, 90,
        100, 90, 1e-4, 1e-6, List.of());
  }

  @Test
  void disagreementExitsWithFiveAndSaysSoOnStandardError() {
    StringWriter err = new StringWriter();
    SolveCommand c = new SolveCommand();
    c.out = new Output(new PrintWriter(new StringWriter()), new PrintWriter(err), false, true);
    Map<String, Certificate> certs = new LinkedHashMap<>();
    certs.put("base", certificate(Certificate.Verdict.AGREED));
    certs.put("no-deal", certificate(Certificate.Verdict.DISAGREED));
    assertEquals(5, ExitCode.CERTIFICATION_FAILED);
    assertEquals(ExitCode.CERTIFICATION_FAILED, c.certifiedCode(ExitCode.OK, certs));
    assertEquals(ExitCode.CERTIFICATION_FAILED, c.certifiedCode(ExitCode.NO_SOLUTION, certs));
    assertTrue(err.toString().contains("certification failed: two backends disagree beyond the gap on no-deal"),
        err.toString());
  }

  @Test
  void inconclusiveIsReportedButExitsNormally() {
    StringWriter err = new StringWriter();
    SolveCommand c = new SolveCommand();
    c.out = new Output(new PrintWriter(new StringWriter()), new PrintWriter(err), false, false);
    Map<String, Certificate> certs = Map.of("base", certificate(Certificate.Verdict.INCONCLUSIVE));
    assertEquals(ExitCode.OK, c.certifiedCode(ExitCode.OK, certs));
    assertEquals(ExitCode.INFEASIBLE, c.certifiedCode(ExitCode.INFEASIBLE, certs));
    assertEquals("", err.toString());
  }
}
