package io.nwtn.stress.settings;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * What a run's target turned out to be once {@link EmbeddedMode} and the preflight had their say:
 * the reference orchestrator this suite started in its own JVM, the reference orchestrator found
 * answering (its {@code /health} names it), or another orchestrator. Recorded at run time, so that
 * no report lets a PASSED against the simulator read like a PASSED against a PRSM deployment.
 */
public enum TargetKind {
  /** The reference orchestrator this suite started in the run's own JVM. */
  EMBEDDED_REFERENCE(
      "embedded-reference", "embedded reference orchestrator — not a PRSM deployment"),
  /** The reference orchestrator found answering at the URL, e.g. started by {@code make run}. */
  STANDALONE_REFERENCE(
      "standalone-reference", "reference orchestrator started on its own — not a PRSM deployment"),
  /** Any other orchestrator answering at the URL, such as a PRSM deployment. */
  EXTERNAL("external", "external orchestrator"),
  /** A run folder without a sidecar, or one written before the kind was recorded. */
  UNKNOWN("unknown", "kind of target not recorded");

  private final String wireName;
  private final String label;

  TargetKind(String wireName, String label) {
    this.wireName = wireName;
    this.label = label;
  }

  /** The name in the sidecar and the reports, e.g. {@code embedded-reference}. */
  @JsonValue
  public String wireName() {
    return wireName;
  }

  /** What a person reads beside the target's URL. */
  public String label() {
    return label;
  }

  /** Whether the verdict was reached against the suite's own reference orchestrator. */
  public boolean reference() {
    return this == EMBEDDED_REFERENCE || this == STANDALONE_REFERENCE;
  }

  /** The kind of a wire name; {@link #UNKNOWN} for none or a name this suite does not know. */
  @JsonCreator
  public static TargetKind fromWire(String name) {
    return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst().orElse(UNKNOWN);
  }
}
