package io.nwtn.stress.logfile;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@code simulation.log} byte for byte as Gatling 3.15.1's {@code LogFileDataWriter} does,
 * so tests and benchmarks can build logs of any size and content that Gatling itself accepts.
 */
public final class SimulationLogWriter implements AutoCloseable {

  private static final Charset UTF16_NATIVE =
      ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN
          ? StandardCharsets.UTF_16LE
          : StandardCharsets.UTF_16BE;

  private final DataOutputStream out;
  private final Map<String, Integer> cache = new HashMap<>();
  private final Map<String, Integer> scenarioIndex = new HashMap<>();
  private final long start;

  private SimulationLogWriter(OutputStream out, long start) {
    this.out = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    this.start = start;
  }

  /**
   * Opens {@code file} and writes the run record of {@code header}, with {@code assertions} as the
   * opaque assertion blobs (their count must be the header's assertion count).
   */
  public static SimulationLogWriter create(Path file, LogHeader header, List<byte[]> assertions)
      throws IOException {
    if (assertions.size() != header.assertionCount()) {
      throw new IllegalArgumentException("assertion count differs from the blobs given");
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    SimulationLogWriter writer =
        new SimulationLogWriter(Files.newOutputStream(file), header.startEpochMs());
    writer.header(header, assertions);
    return writer;
  }

  private void header(LogHeader header, List<byte[]> assertions) throws IOException {
    out.writeByte(0);
    writeString(header.gatlingVersion());
    writeString(header.simulationClassName());
    out.writeLong(start);
    writeString(header.runDescription());
    out.writeInt(header.scenarios().size());
    for (String scenario : header.scenarios()) {
      scenarioIndex.put(scenario, scenarioIndex.size());
      writeString(scenario);
    }
    out.writeInt(assertions.size());
    for (byte[] assertion : assertions) {
      out.writeInt(assertion.length);
      out.write(assertion);
    }
  }

  public void request(
      List<String> groups, String name, long startMs, long endMs, boolean ok, String message)
      throws IOException {
    out.writeByte(1);
    writeGroups(groups);
    writeCached(name);
    out.writeInt((int) (startMs - start));
    out.writeInt((int) (endMs - start));
    out.writeBoolean(ok);
    writeCached(message);
  }

  public void user(String scenario, boolean startEvent, long epochMs) throws IOException {
    out.writeByte(2);
    out.writeInt(scenarioIndex.get(scenario));
    out.writeBoolean(startEvent);
    out.writeInt((int) (epochMs - start));
  }

  public void group(List<String> groups, long startMs, long endMs, int cumulated, boolean ok)
      throws IOException {
    out.writeByte(3);
    writeGroups(groups);
    out.writeInt((int) (startMs - start));
    out.writeInt((int) (endMs - start));
    out.writeInt(cumulated);
    out.writeBoolean(ok);
  }

  public void error(String message, long epochMs) throws IOException {
    out.writeByte(4);
    writeCached(message);
    out.writeInt((int) (epochMs - start));
  }

  private void writeGroups(List<String> groups) throws IOException {
    out.writeInt(groups.size());
    for (String group : groups) {
      writeCached(group);
    }
  }

  private void writeCached(String value) throws IOException {
    Integer index = cache.get(value);
    if (index != null) {
      out.writeInt(-index);
      return;
    }
    index = cache.size() + 1;
    cache.put(value, index);
    out.writeInt(index);
    writeString(value);
  }

  /** The JDK's compact-string layout: Latin-1 when every char fits a byte, else native UTF-16. */
  private void writeString(String value) throws IOException {
    if (value.isEmpty()) {
      out.writeInt(0);
      return;
    }
    boolean latin1 = value.chars().allMatch(c -> c <= 0xFF);
    byte[] bytes = value.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : UTF16_NATIVE);
    out.writeInt(bytes.length);
    out.write(bytes);
    out.writeByte(latin1 ? 0 : 1);
  }

  /** Bytes written so far (up to 2 GiB), i.e. the offset where the next record starts. */
  public int bytesWritten() {
    return out.size();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
