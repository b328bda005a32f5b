package io.nwtn.stress.reference;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.settings.KnownKeys;
import io.nwtn.stress.settings.SettingsReader;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The faults in force, changeable while the server runs. Each request reads one consistent
 * snapshot; a change applies to requests that arrive after it.
 */
public final class Faults {

  private static final String SECTION = "nwtn.reference.faults";

  private record State(FaultSettings settings, long anchorNanos) {}

  private final FaultSettings initial;
  private final long startNanos;
  private final LongSupplier clock;
  private volatile State state;

  Faults(FaultSettings initial, LongSupplier nanoClock) {
    this.initial = initial;
    this.clock = nanoClock;
    this.startNanos = nanoClock.getAsLong();
    this.state = new State(initial, startNanos);
  }

  /** The faults in force now. */
  public FaultSettings current() {
    return state.settings();
  }

  /** Replaces every fault; the outage window is counted from now. */
  public void set(FaultSettings settings) {
    state = new State(settings, clock.getAsLong());
  }

  /**
   * Applies a patch in the keys of {@code nwtn.reference.faults} (JSON or HOCON, e.g. {@code
   * {"error-ratio": 0.2}}); keys it leaves out keep their value.
   *
   * @throws IllegalArgumentException naming the bad key when the patch is invalid
   */
  public synchronized FaultSettings patch(String json) {
    Config patch;
    try {
      patch = ConfigFactory.parseString(json);
    } catch (ConfigException e) {
      throw new IllegalArgumentException(
          "faults patch: not a JSON object; allowed: {\"key\": value}");
    }
    KnownKeys.reference().check(patch.atPath(SECTION));
    Config merged = patch.withFallback(ConfigFactory.parseMap(current().toMap())).resolve();
    FaultSettings updated = FaultSettings.read(SettingsReader.section(merged, SECTION));
    set(updated);
    return updated;
  }

  /** Back to the faults of the settings, with the outage window counted from server start. */
  public void reset() {
    state = new State(initial, startNanos);
  }

  /** Whether the outage window covers this moment. */
  public boolean outageNow() {
    State s = state;
    Duration sinceAnchor = Duration.ofNanos(clock.getAsLong() - s.anchorNanos());
    Duration start = s.settings().outageStart();
    return sinceAnchor.compareTo(start) >= 0
        && sinceAnchor.compareTo(start.plus(s.settings().outageDuration())) < 0;
  }

  /** What {@code GET /admin/faults} shows. */
  Map<String, Object> describe() {
    Map<String, Object> view = new LinkedHashMap<>(current().toMap());
    view.put("outage-active", outageNow());
    return view;
  }
}
