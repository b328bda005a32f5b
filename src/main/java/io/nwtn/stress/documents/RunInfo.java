package io.nwtn.stress.documents;

import java.time.Instant;

/**
 * What identifies a validation run in its report.
 *
 * @param runId the name of the run folder, e.g. {@code validation-20261127T074512Z}
 * @param target the orchestrator's base URL (never with credentials)
 */
public record RunInfo(String runId, String target, Instant startedAt, int repetitions) {}
