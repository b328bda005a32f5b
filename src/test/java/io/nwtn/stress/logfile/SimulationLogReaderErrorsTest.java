package io.nwtn.stress.logfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every damaged copy of the golden log fails with the file, the byte offset and the problem. */
class SimulationLogReaderErrorsTest {

  private static final byte[] GOLDEN = read(SimulationLogReaderTest.FIXTURE);

  /** Where the first "fail" request name starts: its length field, then bytes, then the coder. */
  private static final int FAIL = indexOf(GOLDEN, entry("fail"));

  private static final int UNICODE = indexOf(GOLDEN, "Prüfung – 検査".getBytes(nativeUtf16()));

  /** A damaged copy, the byte range its error must point into, and a word of the message. */
  record Damage(String name, UnaryOperator<byte[]> damage, long from, long to, String says) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Damage> damages() {
    int size = GOLDEN.length;
    return Stream.of(
        new Damage("empty file", b -> new byte[0], 0, 0, "empty file"),
        new Damage("other version", b -> replace(b, "3.15.1", "3.14.0"), 1, 1, "Gatling 3.14.0"),
        new Damage(
            "text log", b -> "RUN\tx\n".getBytes(StandardCharsets.UTF_8), 0, 0, "run record"),
        new Damage("cut in the version", b -> cut(b, 3), 1, 1, "truncated"),
        new Damage("cut in the class name", b -> cut(b, 20), 12, 12, "truncated"),
        new Damage(
            "cut in a UTF-16 name",
            b -> cut(b, UNICODE + 5),
            UNICODE - 4,
            UNICODE - 4,
            "truncated"),
        new Damage("cut in a name", b -> cut(b, FAIL + 6), FAIL, FAIL, "truncated"),
        new Damage("last byte missing", b -> cut(b, size - 1), size - 9, size - 1, "truncated"),
        new Damage("last 8 bytes missing", b -> cut(b, size - 8), size - 16, size - 8, "truncated"),
        new Damage("huge string length", b -> putInt(b, FAIL, 0x7FFFFFF0), FAIL, FAIL, "length"),
        new Damage(
            "unknown cached string", b -> putInt(b, FAIL - 4, -999), FAIL - 4, FAIL - 4, "-999"),
        new Damage("bad string coder", b -> put(b, FAIL + 8, 7), FAIL + 8, FAIL + 8, "coder"),
        new Damage("bad record type", b -> put(b, FAIL - 9, 9), FAIL - 9, FAIL - 9, "record type"),
        new Damage("bad status byte", b -> put(b, FAIL + 17, 5), FAIL + 17, FAIL + 17, "boolean"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damages")
  void damagedLogFailsWithFileOffsetAndProblem(Damage damage, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("simulation.log");
    Files.write(file, damage.damage().apply(GOLDEN.clone()));

    LogFormatException e =
        assertThrows(
            LogFormatException.class, () -> SimulationLogReader.read(file, new LogVisitor() {}));

    assertEquals(file, e.file());
    assertTrue(
        e.offset() >= damage.from() && e.offset() <= damage.to(),
        "offset " + e.offset() + " outside " + damage.from() + ".." + damage.to());
    assertTrue(e.getMessage().startsWith(file + " at byte " + e.offset() + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(damage.says()), e.getMessage());
  }

  @Test
  void missingFileIsAnIoError(@TempDir Path dir) {
    assertThrows(
        NoSuchFileException.class,
        () -> SimulationLogReader.read(dir.resolve("absent.log"), new LogVisitor() {}));
  }

  private static byte[] entry(String latin1) {
    byte[] text = latin1.getBytes(StandardCharsets.ISO_8859_1);
    return ByteBuffer.allocate(4 + text.length + 1)
        .putInt(text.length)
        .put(text)
        .put((byte) 0)
        .array();
  }

  private static java.nio.charset.Charset nativeUtf16() {
    return ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
        ? StandardCharsets.UTF_16LE
        : StandardCharsets.UTF_16BE;
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new IllegalStateException("the golden log lacks the expected bytes");
  }

  private static byte[] replace(byte[] b, String from, String to) {
    int at = indexOf(b, from.getBytes(StandardCharsets.ISO_8859_1));
    System.arraycopy(to.getBytes(StandardCharsets.ISO_8859_1), 0, b, at, to.length());
    return b;
  }

  private static byte[] cut(byte[] b, int length) {
    return Arrays.copyOf(b, length);
  }

  private static byte[] putInt(byte[] b, int at, int value) {
    ByteBuffer.wrap(b).putInt(at, value);
    return b;
  }

  private static byte[] put(byte[] b, int at, int value) {
    b[at] = (byte) value;
    return b;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
