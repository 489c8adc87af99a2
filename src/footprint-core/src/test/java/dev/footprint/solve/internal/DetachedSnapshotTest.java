package dev.footprint.solve.internal;

import static org.junit.jupiter.api.Assertions.assertNull;

import dev.footprint.solve.Backend;
import dev.footprint.solve.FacilityLocation;
import dev.footprint.solve.SolveOptions;
import org.junit.jupiter.api.Test;

/**
 * When a solve stops waiting for HiGHS, the waiting thread reads HiGHS's incumbent file while the
 * backend's thread may finish at that very moment and delete the model. The snapshot must therefore
 * not touch the model's native memory: it once asked the deleted model for its column count and
 * crashed the JVM (a SIGSEGV in {@code ModelBuilderHelper::num_variables}). Here the model is deleted
 * first, deterministically, and the snapshot is taken after.
 */
class DetachedSnapshotTest {

  @Test
  void theSnapshotOfADeletedModelReadsOnlyTheFile() {
    SolveOptions o = SolveOptions.DEFAULT.withBackend(Backend.HIGHS);
    Formulation f = new Formulation(FacilityLocation.network(5, 5, 1), o);
    OrToolsModel m = new OrToolsModel(true);
    f.emit(m, true, false);
    BackendRunner.HelperJob job = new BackendRunner.HelperJob(m, o, true, SolveControl.quiet(), "");
    try {
      m.close(); // what the backend's thread does when a detached solve ends
      assertNull(job.snapshot(), "HiGHS never ran, so its file holds no incumbent");
    } finally {
      job.cleanup();
    }
  }
}
