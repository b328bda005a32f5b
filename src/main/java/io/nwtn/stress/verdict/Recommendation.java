package io.nwtn.stress.verdict;

import java.util.List;

/**
 * A finding with what to do about it, in the seed's words.
 *
 * @param severity {@code critical} (🔴, a requirement failed) or {@code warning} (🟡)
 */
public record Recommendation(String severity, String message, List<String> actions) {

  /** The line the console shows, with its marker. */
  public String headline() {
    return ("critical".equals(severity) ? "🔴 " : "🟡 ") + message;
  }
}
