package io.nwtn.stress.logfile;

import java.nio.file.Path;

/** A {@code simulation.log} that cannot be read: its path, the byte offset and what was wrong. */
public final class LogFormatException extends Exception {

  private final transient Path file;
  private final long offset;

  public LogFormatException(Path file, long offset, String problem) {
    super(file + " at byte " + offset + ": " + problem);
    this.file = file;
    this.offset = offset;
  }

  public Path file() {
    return file;
  }

  public long offset() {
    return offset;
  }
}
