package io.nwtn.stress.verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * A finding with what to do about it, in the seed's words: a marked headline followed by indented
 * actions. The stress verdict and the agent validation both speak in these.
 *
 * @param severity {@link Severity#CRITICAL} (🔴, a requirement failed) or {@link Severity#WARNING}
 *     (🟡)
 */
public record Recommendation(Severity severity, String message, List<String> actions) {

  public Recommendation {
    actions = List.copyOf(actions);
  }

  /** The line the console shows, with its marker. */
  public String headline() {
    return severity.mark() + " " + message;
  }

  /** The headline line and one line per action. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(headline());
    actions.forEach(a -> lines.add("   - " + a));
    return lines;
  }
}
