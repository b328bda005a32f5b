package io.nwtn.stress.logfile;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the records of a binary {@code simulation.log} written by Gatling 3.15.1 to a {@link
 * LogVisitor}, in file order, with memory bounded by one read buffer and the log's distinct
 * strings.
 *
 * <p>The format (Gatling's {@code LogFileDataWriter}): a run record (type 0: Gatling version,
 * simulation class, start epoch ms, run description, scenario names, length-prefixed assertion
 * blobs), then request (1), user (2), group (3) and error (4) records. Integers are big-endian;
 * record times are int millisecond offsets from the run start. Strings are the JDK's internal bytes
 * plus a coder byte (Latin-1, or UTF-16 in the writing platform's byte order, so a log is read on a
 * machine of the same byte order). Request names, group names and messages are cached: a positive
 * index introduces a new string, a negative one repeats an earlier one.
 *
 * <p>Strings are returned as written: unlike Gatling's report, tabs and line breaks in messages are
 * not replaced by spaces.
 *
 * <p>Errors: a file that is not a complete 3.15.1 log (empty, truncated, corrupt, another Gatling
 * version) raises {@link LogFormatException} naming the file, the byte offset and what was
 * expected; a file that cannot be opened or read raises the underlying {@link IOException}; an
 * exception thrown by the visitor propagates unchanged.
 */
public final class SimulationLogReader {

  /** The only Gatling version whose logs this reader accepts. */
  public static final String SUPPORTED_GATLING_VERSION = "3.15.1";

  private static final int RUN = 0;
  private static final int REQUEST = 1;
  private static final int USER = 2;
  private static final int GROUP = 3;
  private static final int ERROR = 4;
  private static final int MAX_STRING_BYTES = LogInput.BUFFER_BYTES - 1;
  private static final int MAX_SCENARIOS = 1 << 16;
  private static final int MAX_ASSERTIONS = 1 << 16;
  private static final int MAX_GROUP_DEPTH = 1 << 10;

  private final LogInput in;
  private final LogVisitor visitor;
  private final List<String> strings = new ArrayList<>();
  private List<String> scenarios;
  private long start;

  private SimulationLogReader(LogInput in, LogVisitor visitor) {
    this.in = in;
    this.visitor = visitor;
  }

  /**
   * Decodes {@code file}, calling {@code visitor} once for the header and once per record.
   *
   * @return the header, also given to {@link LogVisitor#header} before any record
   * @throws LogFormatException the file is empty, truncated, corrupt or not from Gatling 3.15.1
   * @throws IOException the file cannot be opened or read
   */
  public static LogHeader read(Path file, LogVisitor visitor)
      throws LogFormatException, IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return new SimulationLogReader(new LogInput(file, channel), visitor).readAll();
    }
  }

  private LogHeader readAll() throws IOException, LogFormatException {
    LogHeader header = readHeader();
    visitor.header(header);
    for (int type = in.nextOrEnd(); type >= 0; type = in.nextOrEnd()) {
      switch (type) {
        case REQUEST -> visitor.request(readRequest());
        case USER -> visitor.user(readUser());
        case GROUP -> visitor.group(readGroup());
        case ERROR -> visitor.error(readError());
        default ->
            throw in.error(
                in.offset() - 1,
                "expected a record type 1 to 4 (request, user, group, error), found "
                    + type
                    + "; the file is corrupt");
      }
    }
    return header;
  }

  private LogHeader readHeader() throws IOException, LogFormatException {
    int type = in.nextOrEnd();
    if (type != RUN) {
      throw in.error(0, notALog(type));
    }
    String version = in.readString("the Gatling version", 64);
    if (!SUPPORTED_GATLING_VERSION.equals(version)) {
      throw in.error(1, wrongVersion(version));
    }
    String simulationClass = in.readString("the simulation class", MAX_STRING_BYTES);
    start = in.readLong("the run start time");
    String description = in.readString("the run description", MAX_STRING_BYTES);
    int scenarioCount = in.readLength("the scenario count", MAX_SCENARIOS, 4);
    List<String> names = new ArrayList<>(scenarioCount);
    for (int i = 0; i < scenarioCount; i++) {
      names.add(in.readString("a scenario name", MAX_STRING_BYTES));
    }
    scenarios = List.copyOf(names);
    int assertionCount = in.readLength("the assertion count", MAX_ASSERTIONS, 4);
    for (int i = 0; i < assertionCount; i++) {
      in.skip(in.readLength("an assertion length", MAX_STRING_BYTES, 1), "an assertion");
    }
    return new LogHeader(version, simulationClass, start, description, scenarios, assertionCount);
  }

  private static String notALog(int type) {
    if (type < 0) {
      return "empty file, expected a Gatling " + SUPPORTED_GATLING_VERSION + " simulation.log";
    }
    String hint = type == 'R' ? " (a text log from Gatling before 3.13?)" : "";
    return "expected the run record (type 0) that opens a binary Gatling simulation.log, found "
        + type
        + hint;
  }

  private static String wrongVersion(String version) {
    return "written by Gatling "
        + version
        + ", this suite reads "
        + SUPPORTED_GATLING_VERSION
        + " logs only; rerun the simulation with this suite (Gatling "
        + SUPPORTED_GATLING_VERSION
        + ") or read it with the Gatling that wrote it";
  }

  private LogRecord.Request readRequest() throws IOException, LogFormatException {
    List<String> groups = readGroups();
    String name = readCached("the request name");
    long startMs = start + in.readInt("the request start time");
    long endMs = start + in.readInt("the request end time");
    boolean ok = in.readBoolean("the request status");
    String message = readCached("the request message");
    return new LogRecord.Request(groups, name, startMs, endMs, ok, message);
  }

  private LogRecord.User readUser() throws IOException, LogFormatException {
    long at = in.offset();
    int scenario = in.readInt("the user scenario index");
    if (scenario < 0 || scenario >= scenarios.size()) {
      throw in.error(
          at, "user record names scenario #" + scenario + " but the header declares " + scenarios);
    }
    boolean startEvent = in.readBoolean("the user event (start or end)");
    long epochMs = start + in.readInt("the user event time");
    return new LogRecord.User(scenarios.get(scenario), startEvent, epochMs);
  }

  private LogRecord.Group readGroup() throws IOException, LogFormatException {
    List<String> groups = readGroups();
    long startMs = start + in.readInt("the group start time");
    long endMs = start + in.readInt("the group end time");
    int cumulated = in.readInt("the group cumulated response time");
    boolean ok = in.readBoolean("the group status");
    return new LogRecord.Group(groups, startMs, endMs, cumulated, ok);
  }

  private LogRecord.Error readError() throws IOException, LogFormatException {
    String message = readCached("the error message");
    long epochMs = start + in.readInt("the error time");
    return new LogRecord.Error(message, epochMs);
  }

  private List<String> readGroups() throws IOException, LogFormatException {
    int depth = in.readLength("the group depth", MAX_GROUP_DEPTH, 4);
    return switch (depth) {
      case 0 -> List.of();
      case 1 -> List.of(readCached("a group name"));
      default -> {
        String[] names = new String[depth];
        for (int i = 0; i < depth; i++) {
          names[i] = readCached("a group name");
        }
        yield List.of(names);
      }
    };
  }

  /** A cached string: index n > 0 introduces string n (in sequence), -n repeats it. */
  private String readCached(String what) throws IOException, LogFormatException {
    long at = in.offset();
    int index = in.readCacheIndex(what);
    if (index < 0 && index >= -strings.size()) {
      return strings.get(-index - 1);
    }
    if (index != strings.size() + 1) {
      throw in.error(
          at,
          "expected "
              + what
              + " as a new string #"
              + (strings.size() + 1)
              + " or a reference to #1.."
              + strings.size()
              + ", found "
              + index
              + "; the file is corrupt");
    }
    String value = in.readString(what, MAX_STRING_BYTES);
    strings.add(value);
    return value;
  }
}
