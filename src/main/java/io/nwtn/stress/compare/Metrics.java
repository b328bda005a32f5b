package io.nwtn.stress.compare;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.files.HistogramCodec;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.HdrHistogram.Histogram;

/** Picks the figures that matter out of two results files, paired by name. */
final class Metrics {

  private static final String RUN_HISTOGRAM = "response_time_histogram";
  private static final String AGENT_HISTOGRAM = "execution_time_histogram";

  private Metrics() {}

  static List<MetricPair> pair(RunResults baseline, RunResults current) throws CompareException {
    JsonNode b = baseline.root();
    JsonNode c = current.root();
    List<MetricPair> out = new ArrayList<>();
    Histogram hb = histogram(baseline, b.path(RUN_HISTOGRAM));
    Histogram hc = histogram(current, c.path(RUN_HISTOGRAM));
    for (String f :
        List.of("p50_latency_ms", "p95_latency_ms", "p99_latency_ms", "avg_latency_ms")) {
      add(out, f, Kind.LATENCY, b.path(f), c.path(f), hb, hc);
    }
    add(out, "success_rate", Kind.SUCCESS_RATE, b.path("success_rate"), c.path("success_rate"));
    add(
        out,
        "pipeline_integrity",
        Kind.SUCCESS_RATE,
        b.path("pipeline_integrity"),
        c.path("pipeline_integrity"));
    add(out, "avg_rps", Kind.THROUGHPUT, b.path("avg_rps"), c.path("avg_rps"));
    add(out, "peak_rps", Kind.THROUGHPUT, b.path("peak_rps"), c.path("peak_rps"));
    add(
        out,
        "max_concurrent_users",
        Kind.CONCURRENCY,
        b.path("max_concurrent_users"),
        c.path("max_concurrent_users"));
    agents(out, baseline, current);
    classes(out, baseline, current);
    errors(out, b, c);
    return out;
  }

  private static void agents(List<MetricPair> out, RunResults baseline, RunResults current)
      throws CompareException {
    JsonNode b = baseline.root().path("agent_performance");
    JsonNode c = current.root().path("agent_performance");
    for (String agent : names(b, c)) {
      // Agent times are in seconds on the wire; compared in milliseconds like every latency.
      JsonNode pb = b.path(agent).path("p95_time");
      JsonNode pc = c.path(agent).path("p95_time");
      if (pb.isNumber() && pc.isNumber()) {
        out.add(
            new MetricPair(
                "agent." + agent + " p95_ms",
                Kind.LATENCY,
                pb.asDouble() * 1000,
                pc.asDouble() * 1000,
                0,
                0,
                histogram(baseline, b.path(agent).path(AGENT_HISTOGRAM)),
                histogram(current, c.path(agent).path(AGENT_HISTOGRAM))));
      }
    }
  }

  private static void classes(List<MetricPair> out, RunResults baseline, RunResults current)
      throws CompareException {
    JsonNode b = baseline.root().path("query_class_results");
    JsonNode c = current.root().path("query_class_results");
    for (String name : names(b, c)) {
      Histogram hb = histogram(baseline, b.path(name).path("latency_histogram"));
      Histogram hc = histogram(current, c.path(name).path("latency_histogram"));
      add(
          out,
          "class." + name + " p95_ms",
          Kind.LATENCY,
          b.path(name).path("p95_latency_ms"),
          c.path(name).path("p95_latency_ms"),
          hb,
          hc);
    }
  }

  private static void errors(List<MetricPair> out, JsonNode b, JsonNode c) {
    long nb = b.path("total_requests").asLong();
    long nc = c.path("total_requests").asLong();
    JsonNode eb = b.path("error_breakdown");
    JsonNode ec = c.path("error_breakdown");
    for (String category : names(eb, ec)) {
      out.add(
          new MetricPair(
              "errors." + category,
              Kind.ERRORS,
              eb.path(category).asDouble(0),
              ec.path(category).asDouble(0),
              nb,
              nc,
              null,
              null));
    }
  }

  private static void add(List<MetricPair> out, String name, Kind kind, JsonNode b, JsonNode c) {
    add(out, name, kind, b, c, null, null);
  }

  private static void add(
      List<MetricPair> out,
      String name,
      Kind kind,
      JsonNode b,
      JsonNode c,
      Histogram hb,
      Histogram hc) {
    if (b.isNumber() && c.isNumber()) {
      out.add(new MetricPair(name, kind, b.asDouble(), c.asDouble(), 0, 0, hb, hc));
    }
  }

  /** The field names of two objects, sorted, so both runs' keys are covered. */
  private static TreeSet<String> names(JsonNode b, JsonNode c) {
    TreeSet<String> out = new TreeSet<>();
    for (JsonNode node : List.of(b, c)) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        out.add(it.next().getKey());
      }
    }
    return out;
  }

  private static Histogram histogram(RunResults run, JsonNode text) throws CompareException {
    if (!text.isTextual()) {
      return null;
    }
    try {
      return HistogramCodec.decode(text.asText());
    } catch (IllegalArgumentException e) {
      throw new CompareException(
          run.file() + " holds a damaged histogram (" + e.getMessage() + "): rerun the report", e);
    }
  }
}
