package io.nwtn.stress.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * One finding with what to do about it, rendered in the suite's style: a marked headline followed
 * by indented bullets.
 */
public record Recommendation(Severity severity, String headline, List<String> actions) {

  public Recommendation {
    actions = List.copyOf(actions);
  }

  /** The headline line and one line per action. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(severity.mark() + " " + headline);
    actions.forEach(a -> lines.add("   - " + a));
    return lines;
  }
}
