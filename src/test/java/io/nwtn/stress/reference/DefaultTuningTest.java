package io.nwtn.stress.reference;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.contract.QueryClass;
import java.util.Optional;
import java.util.Random;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/** The default pipeline times leave the Phase 1 thresholds well met, before any server overhead. */
class DefaultTuningTest {

  @Test
  void thePhaseOneMixHasMeanUnderOneSecondAndP95UnderTwo() {
    ReferenceSettings settings = TestServer.settings("");
    PipelineSimulator simulator = new PipelineSimulator(settings);
    Random random = new Random(42);
    Histogram micros = new Histogram(3);
    for (int i = 0; i < 100_000; i++) {
      double u = random.nextDouble();
      QueryClass queryClass =
          u < 0.4 ? QueryClass.SIMPLE : u < 0.8 ? QueryClass.MEDIUM : QueryClass.COMPLEX;
      SessionRequest request =
          new SessionRequest(
              "prompt", "user", queryClass.contextAllocation(), Optional.of(queryClass));
      PipelineSimulator.Plan plan = simulator.plan(request, settings.faults(), random);
      micros.recordValue(assertInstanceOf(PipelineSimulator.Run.class, plan).simulatedMicros());
    }
    double meanMs = micros.getMean() / 1000;
    double p95Ms = micros.getValueAtPercentile(95) / 1000.0;
    assertTrue(meanMs > 400 && meanMs < 800, "mean " + meanMs + " ms");
    assertTrue(p95Ms < 1500, "P95 " + p95Ms + " ms");
  }
}
