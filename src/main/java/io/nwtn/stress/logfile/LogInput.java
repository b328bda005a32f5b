package io.nwtn.stress.logfile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Big-endian primitives and Gatling strings read from a file channel through one reusable buffer,
 * with the file offset of every field kept for error messages.
 *
 * <p>Every length read from the file is checked against what remains in the file before anything is
 * allocated, so a corrupt length is reported instead of exhausting memory.
 */
final class LogInput {

  static final int BUFFER_BYTES = 1 << 20;
  private static final byte CODER_LATIN1 = 0;
  private static final byte CODER_UTF16 = 1;

  /** Gatling writes the JDK's internal UTF-16 array, whose byte order is the platform's. */
  private static final Charset UTF16_NATIVE =
      ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
          ? StandardCharsets.UTF_16LE
          : StandardCharsets.UTF_16BE;

  private final Path file;
  private final FileChannel channel;
  private final long size;
  private final ByteBuffer buf;
  private long bufStart;

  LogInput(Path file, FileChannel channel) throws IOException {
    this.file = file;
    this.channel = channel;
    this.size = channel.size();
    // a small file needs no more buffer than its size: every field fits in what remains of it
    int capacity = (int) Math.max(16, Math.min(BUFFER_BYTES, size));
    this.buf = ByteBuffer.allocate(capacity).order(ByteOrder.BIG_ENDIAN);
    this.buf.limit(0);
  }

  long offset() {
    return bufStart + buf.position();
  }

  long size() {
    return size;
  }

  long remaining() {
    return size - offset();
  }

  LogFormatException error(long at, String problem) {
    return new LogFormatException(file, at, problem);
  }

  /** Next byte, or -1 at a clean end of file (between records). */
  int nextOrEnd() throws IOException, LogFormatException {
    if (!buf.hasRemaining() && !fill(1, "a record type")) {
      return -1;
    }
    return buf.get() & 0xFF;
  }

  byte readByte(String what) throws IOException, LogFormatException {
    require(1, what);
    return buf.get();
  }

  boolean readBoolean(String what) throws IOException, LogFormatException {
    long at = offset();
    byte b = readByte(what);
    if (b != 0 && b != 1) {
      throw error(at, "expected " + what + " as a boolean byte 0 or 1, found " + b);
    }
    return b == 1;
  }

  int readInt(String what) throws IOException, LogFormatException {
    require(Integer.BYTES, what);
    return buf.getInt();
  }

  /**
   * Reads the cache index of a string whose description is {@code what}; the description is only
   * put together for an error, as this runs for nearly every string of the log.
   */
  int readCacheIndex(String what) throws IOException, LogFormatException {
    if (buf.remaining() < Integer.BYTES) {
      require(Integer.BYTES, what + " cache index");
    }
    return buf.getInt();
  }

  long readLong(String what) throws IOException, LogFormatException {
    require(Long.BYTES, what);
    return buf.getLong();
  }

  /** A count or length in [0, max] that also fits in what remains of the file. */
  int readLength(String what, int max, int minBytesPerUnit) throws IOException, LogFormatException {
    long at = offset();
    int n = readInt(what);
    if (n < 0 || n > max) {
      throw error(
          at, "implausible " + what + " " + n + " (allowed 0 to " + max + "); the file is corrupt");
    }
    if ((long) n * minBytesPerUnit > remaining()) {
      throw error(
          at,
          "truncated: "
              + what
              + " "
              + n
              + " needs at least "
              + (long) n * minBytesPerUnit
              + " more bytes but the file ends at byte "
              + size
              + "; the run was cut short or the copy is incomplete");
    }
    return n;
  }

  /** A string as Gatling writes it: byte length, the JDK's internal bytes, then the coder. */
  String readString(String what, int maxBytes) throws IOException, LogFormatException {
    int length = readLength(what + " length", maxBytes, 1);
    if (length == 0) {
      return "";
    }
    long at = offset();
    require(length + 1, what);
    int start = buf.position();
    byte coder = buf.get(start + length);
    String value;
    if (coder == CODER_LATIN1) {
      value = new String(buf.array(), start, length, StandardCharsets.ISO_8859_1);
    } else if (coder == CODER_UTF16 && length % 2 == 0) {
      value = new String(buf.array(), start, length, UTF16_NATIVE);
    } else if (coder == CODER_UTF16) {
      throw error(at, what + " is UTF-16 but has an odd byte length " + length + "; corrupt");
    } else {
      throw error(
          at + length,
          "expected the string coder of " + what + " (0 Latin-1 or 1 UTF-16), found " + coder);
    }
    buf.position(start + length + 1);
    return value;
  }

  void skip(int length, String what) throws IOException, LogFormatException {
    int left = length;
    while (left > 0) {
      require(Math.min(left, buf.capacity()), what);
      int step = Math.min(left, buf.remaining());
      buf.position(buf.position() + step);
      left -= step;
    }
  }

  private void require(int n, String what) throws IOException, LogFormatException {
    if (buf.remaining() < n && !fill(n, what)) {
      throw error(
          offset(),
          "truncated: expected "
              + n
              + " bytes of "
              + what
              + " but the file ends at byte "
              + size
              + "; the run was cut short or the copy is incomplete");
    }
  }

  /** Makes at least n bytes available; false when the file ends first. */
  private boolean fill(int n, String what) throws IOException, LogFormatException {
    if (n > buf.capacity()) {
      return false;
    }
    bufStart += buf.position();
    buf.compact();
    while (buf.position() < n) {
      if (channel.read(buf) < 0) {
        break;
      }
    }
    buf.flip();
    return buf.remaining() >= n;
  }
}
