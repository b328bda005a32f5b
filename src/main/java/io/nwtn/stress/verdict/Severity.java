package io.nwtn.stress.verdict;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How urgent a recommendation is, with the mark the console and the reports show. */
public enum Severity {
  CRITICAL("🔴"),
  WARNING("🟡");

  private final String mark;

  Severity(String mark) {
    this.mark = mark;
  }

  public String mark() {
    return mark;
  }

  /** The name in the reports, e.g. {@code critical}. */
  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
