package io.nwtn.stress.validation;

/** How urgent a recommendation is, with the mark the console and the report show. */
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
}
