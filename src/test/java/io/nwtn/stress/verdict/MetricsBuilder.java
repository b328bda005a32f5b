package io.nwtn.stress.verdict;

import io.nwtn.stress.testing.RunFolders;

/** Run figures for tests: a run that meets Phase 1, changed one figure at a time. */
final class MetricsBuilder {
  long total = 1000;
  long ok = 990;
  double mean = 500;
  long p95 = 1500;
  long maxUsers = 1000;
  long rampPeak = 1000;
  double rampSuccess = 0.99;
  long breakerAnswers;
  Long breakerDelta = 0L;
  Double pipelineIntegrity = 1.0;

  RunMetrics build() {
    return new RunMetrics(
        RunFolders.START,
        RunFolders.START + 420_000,
        total,
        ok,
        total - ok,
        mean,
        400,
        p95,
        p95 + 100,
        p95 + 500,
        maxUsers,
        rampPeak,
        100,
        rampSuccess,
        120,
        breakerAnswers,
        breakerDelta,
        p95 - 10,
        pipelineIntegrity);
  }
}
