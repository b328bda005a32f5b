package io.nwtn.stress.documents;

import io.nwtn.stress.settings.TargetKind;
import java.time.Instant;

/**
 * What identifies a validation run in its report.
 *
 * @param runId the name of the run folder, e.g. {@code validation-20261127T074512Z}
 * @param target the orchestrator's base URL (never with credentials)
 * @param targetKind whether that is the reference orchestrator the suite started in-process
 */
public record RunInfo(
    String runId, String target, TargetKind targetKind, Instant startedAt, int repetitions) {}
