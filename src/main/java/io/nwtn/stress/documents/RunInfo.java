package io.nwtn.stress.documents;

import io.nwtn.stress.settings.TargetKind;
import java.time.Instant;

/**
 * What identifies a validation run in its report.
 *
 * @param runId the name of the run folder, e.g. {@code validation-20261127T074512Z}
 * @param target the orchestrator's base URL (never with credentials)
 * @param targetKind the suite's reference orchestrator (started in-process or found answering) or
 *     another orchestrator
 */
public record RunInfo(
    String runId, String target, TargetKind targetKind, Instant startedAt, int repetitions) {}
