package io.nwtn.stress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The JDK Flight Recorder recordings of {@link SuiteCostBenchmark}'s suite runs over their steady
 * part (the window each run printed), summed up: the hottest methods (CPU samples, {@code
 * jdk.ExecutionSample}, where the method is on top), the share by package of the top frame, the
 * share of samples and of sampled allocation whose stack passes through each class of the suite
 * ({@code io.nwtn}, {@code simulations}) or a library it calls on its own (Jackson, HdrHistogram),
 * and the garbage collections. JDK 17's {@code jfr} tool has no {@code view hot-methods}; this is
 * it.
 *
 * <p>Usage: {@code JfrProfile <top> <run-folder>...}, each folder holding {@code gatling.out} and
 * {@value #RECORDING}.
 */
public final class JfrProfile {

  /** The recording's name in a run folder of {@link SuiteCostBenchmark}. */
  static final String RECORDING = "recording.jfr";

  private static final List<String> LIBRARIES =
      List.of("io.nwtn.", "simulations.", "com.fasterxml.jackson.", "org.HdrHistogram.");

  private JfrProfile() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: JfrProfile <top> <run-folder>...");
      System.exit(2);
    }
    int top = Integer.parseInt(args[0]);
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> selfPackages = new HashMap<>();
    Map<String, Long> through = new HashMap<>();
    Map<String, Long> allocated = new HashMap<>();
    // thread name pattern -> (run and second of a reading -> cores over the threads of it)
    Map<String, Map<String, Double>> threadLoad = new HashMap<>();
    long samples = 0;
    long allocatedBytes = 0;
    long gcNanos = 0;
    long gcs = 0;
    double seconds = 0;
    for (int i = 1; i < args.length; i++) {
      Path run = Path.of(args[i]);
      SteadyCpu.Window window =
          SteadyCpu.Window.parse(
              Files.readAllLines(run.resolve("gatling.out")), SuiteCostSimulation.STEADY);
      seconds += (window.toEpochMs() - window.fromEpochMs()) / 1000.0;
      String runName = run.getFileName().toString();
      for (RecordedEvent e : RecordingFile.readAllEvents(run.resolve(RECORDING))) {
        long at = e.getStartTime().toEpochMilli();
        if (at < window.fromEpochMs() || at >= window.toEpochMs()) {
          continue;
        }
        String type = e.getEventType().getName();
        if (type.equals("jdk.ThreadCPULoad")) {
          threadLoad
              .computeIfAbsent(threadPattern(e.getThread("eventThread")), k -> new HashMap<>())
              .merge(
                  runName + "@" + at / 1000,
                  (double) e.getFloat("user") + e.getFloat("system"),
                  Double::sum);
          continue;
        }
        if (type.equals("jdk.GarbageCollection")) {
          gcs++;
          gcNanos += e.getDuration().toNanos();
          continue;
        }
        RecordedStackTrace stack = e.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
          continue;
        }
        if (type.equals("jdk.ExecutionSample")) {
          samples++;
          RecordedMethod first = stack.getFrames().get(0).getMethod();
          self.merge(name(first), 1L, Long::sum);
          selfPackages.merge(packageOf(first), 1L, Long::sum);
          suiteFrames(stack).forEach(key -> through.merge(key, 1L, Long::sum));
        } else if (type.equals("jdk.ObjectAllocationSample")) {
          long weight = e.getLong("weight");
          allocatedBytes += weight;
          suiteFrames(stack).forEach(key -> allocated.merge(key, weight, Long::sum));
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "steady part: %.1f s; %d execution samples; %d garbage collections, %.0f ms;"
            + " %.1f MB/s allocated (sampled)%n",
        seconds,
        samples,
        gcs,
        gcNanos / 1e6,
        allocatedBytes / seconds / 1e6);
    // the share of a core each kind of thread used, from the readings taken every 10 s
    Map<String, Long> millicores = new HashMap<>();
    long readings =
        threadLoad.values().stream().flatMap(m -> m.keySet().stream()).distinct().count();
    threadLoad.forEach(
        (pattern, byReading) ->
            millicores.put(
                pattern,
                Math.round(
                    byReading.values().stream().mapToDouble(Double::doubleValue).sum()
                        * 1000
                        / Math.max(1, readings))));
    print("threads' CPU (thousandths of a core, per name pattern)", millicores, 1000, top);
    print("hottest methods (self)", self, samples, top);
    print("top frame's package (self)", selfPackages, samples, top);
    print("stacks through (inclusive)", through, samples, top);
    print("allocation through (inclusive, bytes)", allocated, allocatedBytes, top);
  }

  /** A thread's name with its numbers as {@code #}, so that a pool's threads add up. */
  private static String threadPattern(jdk.jfr.consumer.RecordedThread thread) {
    if (thread == null) {
      return "?";
    }
    String name = thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
    return name == null ? "?" : name.replaceAll("[0-9]+", "#");
  }

  /** The suite's classes and the libraries on a stack, each once. */
  private static Set<String> suiteFrames(RecordedStackTrace stack) {
    Set<String> seen = new HashSet<>();
    for (RecordedFrame frame : stack.getFrames()) {
      String type = frame.getMethod().getType().getName();
      for (String library : LIBRARIES) {
        if (type.startsWith(library)) {
          seen.add(
              library.startsWith("io.nwtn") || library.startsWith("simulations")
                  ? type.replaceAll("\\$.*", "")
                  : library + "*");
        }
      }
    }
    return seen;
  }

  private static void print(String title, Map<String, Long> counts, long samples, int top) {
    System.out.println(title + ":");
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    for (Map.Entry<String, Long> entry : sorted.subList(0, Math.min(top, sorted.size()))) {
      System.out.printf(
          Locale.ROOT,
          "  %5.1f %%  %6d  %s%n",
          entry.getValue() * 100.0 / samples,
          entry.getValue(),
          entry.getKey());
    }
  }

  private static String name(RecordedMethod m) {
    return m.getType().getName() + "." + m.getName();
  }

  private static String packageOf(RecordedMethod m) {
    String type = m.getType().getName();
    int dot = type.lastIndexOf('.');
    return dot < 0 ? "(default)" : type.substring(0, dot);
  }
}
