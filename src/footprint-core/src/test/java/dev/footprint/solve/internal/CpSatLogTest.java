package dev.footprint.solve.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Progress read from CP-SAT search lines as OR-Tools 9.15 logs them (copied from a real run). */
class CpSatLogTest {

  @Test
  void solutionLineGivesIncumbentAndBound() {
    assertArrayEquals(new double[] {6958017.56, 6564243.35},
        CpSatLog.progress("#1       0.67s best:6958017.56 next:[6564243.35,6958017.56] main"), 0);
    assertArrayEquals(new double[] {6755432, 6750782.57},
        CpSatLog.progress("#8       3.28s best:6755432 next:[6750782.57,6755432] main"), 0);
  }

  @Test
  void boundLineBeforeAnySolutionGivesTheBoundOnly() {
    double[] p = CpSatLog.progress("#Bound   0.29s best:inf   next:[-46741213.9,39123365.8] initial_domain");
    assertTrue(Double.isNaN(p[0]));
    assertArrayEquals(new double[] {-46741213.9}, new double[] {p[1]}, 0);
    assertArrayEquals(new double[] {6755595.68, 6719820.51},
        CpSatLog.progress("#Bound   1.05s best:6755595.68 next:[6719820.51,6755595.68] main"), 0);
  }

  @Test
  void otherLinesAreNotProgress() {
    assertNull(CpSatLog.progress("#Model   0.10s var:1444/1444 constraints:1453/1453"));
    assertNull(CpSatLog.progress("#Done    4.03s main"));
    assertNull(CpSatLog.progress("Starting CP-SAT solver v9.15.6755"));
    assertNull(CpSatLog.progress(""));
    assertNull(CpSatLog.progress("#"));
  }

  @Test
  void scientificNotationIsRead() {
    assertArrayEquals(new double[] {4.70833e+08, -3.82334e+09},
        CpSatLog.progress("#2 12.5s best:4.70833e+08 next:[-3.82334e+09,4.70833e+08] rins"), 0);
  }
}
